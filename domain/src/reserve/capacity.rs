//! A Reserve provider's capacity: service-days per quarter, in an append-only ledger like the
//! funds ledger ([`crate::ledger`]), and the quarter arithmetic.
//!
//! Per provider and quarter, in service-days:
//! - `PRECOMMIT` adds days the provider pre-commits to the Reserve for the quarter;
//! - `RESERVE` earmarks free days for an assigned request; `RELEASE` returns reserved days
//!   (the provider declined, or delivery ended under the estimate); `CONSUME` turns reserved
//!   days into delivered ones (the delivery log);
//! - `CONVERT_TO_PREPAREDNESS` turns the quarter's unused pre-committed days into preparedness
//!   services once the quarter has ended (Regulation (EU) 2025/38, Art. 14(2): pre-committed
//!   services not used for incident response during the time for which they were pre-committed
//!   are convertible into preparedness services).
//!
//! Converted days form the quarter's preparedness pool, which `PREPAREDNESS` requests reserve
//! and consume in the same way. So, for each pool, `free = added − reserved − consumed` is
//! never negative:
//! - response: `precommitted − reserved − consumed − converted`;
//! - preparedness: `converted − reserved − consumed`.
//!
//! A response request reserves days of the quarter containing the assignment; a preparedness
//! request reserves converted days of an ended quarter. Quarters are counted in ENISA's zone
//! ([`RESERVE_ZONE`]).
use super::{ReserveError, invalid};
use crate::calendar::{CalendarError, TimeZoneName, local_date, start_of_day};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The zone quarters are counted in: ENISA's seat, Athens. ENISA is the contracting
/// authority of the Reserve.
pub const RESERVE_ZONE: &str = "Europe/Athens";

/// A calendar quarter, e.g. `2026-Q2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Quarter {
    pub year: i32,
    /// 1..=4.
    pub quarter: u32,
}

impl Quarter {
    /// Parses `YYYY-Qn` (field `quarter`).
    pub fn parse(s: &str) -> Result<Self, ReserveError> {
        let bad = || invalid("quarter", "must be a quarter such as 2026-Q2");
        let (y, q) = s.trim().split_once("-Q").ok_or_else(bad)?;
        let year: i32 = y.parse().map_err(|_| bad())?;
        let quarter: u32 = q.parse().map_err(|_| bad())?;
        if !(2000..=2999).contains(&year) || !(1..=4).contains(&quarter) || y.len() != 4 {
            return Err(bad());
        }
        Ok(Self { year, quarter })
    }

    /// The quarter containing `instant` on the wall in `zone`.
    pub fn containing(instant: DateTime<Utc>, zone: &TimeZoneName) -> Result<Self, CalendarError> {
        let d = local_date(instant, zone)?;
        Ok(Self {
            year: d.year(),
            quarter: (d.month() - 1) / 3 + 1,
        })
    }

    fn first_day(self) -> Result<NaiveDate, CalendarError> {
        NaiveDate::from_ymd_opt(self.year, (self.quarter - 1) * 3 + 1, 1)
            .ok_or(CalendarError::OutOfRange)
    }

    pub fn next(self) -> Self {
        if self.quarter == 4 {
            Self {
                year: self.year + 1,
                quarter: 1,
            }
        } else {
            Self {
                quarter: self.quarter + 1,
                ..self
            }
        }
    }

    /// The instant the quarter begins: 00:00 on its first day in `zone`.
    pub fn starts_at(self, zone: &TimeZoneName) -> Result<DateTime<Utc>, CalendarError> {
        start_of_day(self.first_day()?, zone)
    }

    /// The instant it ends: when the next quarter begins.
    pub fn ends_at(self, zone: &TimeZoneName) -> Result<DateTime<Utc>, CalendarError> {
        self.next().starts_at(zone)
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.quarter)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CapacityEntryKind {
    Precommit,
    Reserve,
    Release,
    Consume,
    ConvertToPreparedness,
}

crate::organisation::str_enum!(CapacityEntryKind {
    Precommit = "PRECOMMIT",
    Reserve = "RESERVE",
    Release = "RELEASE",
    Consume = "CONSUME",
    ConvertToPreparedness = "CONVERT_TO_PREPAREDNESS",
});

/// Which days an entry moves: incident response, or preparedness (converted days).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Pool {
    Response,
    Preparedness,
}

crate::organisation::str_enum!(Pool { Response = "RESPONSE", Preparedness = "PREPAREDNESS" });

/// The most service-days a provider may pre-commit for one quarter. It keeps every balance
/// far from overflow.
pub const MAX_PRECOMMIT_DAYS: i64 = 100_000;

/// Reserved and consumed days of one pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PoolBalances {
    pub reserved: i64,
    pub consumed: i64,
}

/// One provider's balances for one quarter, in service-days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapacityBalances {
    pub precommitted: i64,
    pub converted: i64,
    pub response: PoolBalances,
    pub preparedness: PoolBalances,
}

impl CapacityBalances {
    /// The days of `pool` free to reserve.
    pub fn free(&self, pool: Pool) -> i64 {
        match pool {
            Pool::Response => {
                self.precommitted - self.response.reserved - self.response.consumed - self.converted
            }
            Pool::Preparedness => {
                self.converted - self.preparedness.reserved - self.preparedness.consumed
            }
        }
    }

    fn pool_mut(&mut self, pool: Pool) -> &mut PoolBalances {
        match pool {
            Pool::Response => &mut self.response,
            Pool::Preparedness => &mut self.preparedness,
        }
    }

    /// The balances after one more entry, or why it is refused: not positive, more than is
    /// free (`INSUFFICIENT_CAPACITY`), more than is reserved, or a kind that has no such pool
    /// (pre-commitment and conversion are of response days).
    pub fn apply(
        self,
        kind: CapacityEntryKind,
        pool: Pool,
        days: i64,
    ) -> Result<Self, ReserveError> {
        if days <= 0 {
            return Err(invalid("days", "must be at least one service-day"));
        }
        let mut b = self;
        let free = self.free(pool);
        let insufficient = || ReserveError::InsufficientCapacity {
            available: free,
            requested: days,
        };
        match (kind, pool) {
            (CapacityEntryKind::Precommit, Pool::Response) => {
                b.precommitted = b
                    .precommitted
                    .checked_add(days)
                    .ok_or(ReserveError::Overflow)?;
                if b.precommitted > MAX_PRECOMMIT_DAYS {
                    return Err(ReserveError::Overflow);
                }
            }
            (CapacityEntryKind::ConvertToPreparedness, Pool::Response) => {
                if days > free {
                    return Err(insufficient());
                }
                b.converted += days;
            }
            (
                CapacityEntryKind::Precommit | CapacityEntryKind::ConvertToPreparedness,
                Pool::Preparedness,
            ) => {
                return Err(invalid(
                    "pool",
                    "pre-commitment and conversion are of response days",
                ));
            }
            (CapacityEntryKind::Reserve, _) => {
                if days > free {
                    return Err(insufficient());
                }
                b.pool_mut(pool).reserved += days;
            }
            (CapacityEntryKind::Release | CapacityEntryKind::Consume, _) => {
                let p = b.pool_mut(pool);
                if days > p.reserved {
                    return Err(ReserveError::ExceedsReserved {
                        reserved: p.reserved,
                        requested: days,
                    });
                }
                p.reserved -= days;
                if kind == CapacityEntryKind::Consume {
                    p.consumed += days;
                }
            }
        }
        Ok(b)
    }

    /// The balances of a list of entries, refusing the first one that breaks a rule (with its
    /// index).
    pub fn replay(
        entries: impl IntoIterator<Item = (CapacityEntryKind, Pool, i64)>,
    ) -> Result<Self, (usize, ReserveError)> {
        entries
            .into_iter()
            .enumerate()
            .try_fold(Self::default(), |b, (i, (k, p, d))| {
                b.apply(k, p, d).map_err(|e| (i, e))
            })
    }
}

/// Whether days may be pre-committed for `quarter` at `now`: not for a quarter that has ended.
pub fn check_precommit(
    quarter: Quarter,
    zone: &TimeZoneName,
    now: DateTime<Utc>,
) -> Result<(), ReserveError> {
    if now >= quarter.ends_at(zone)? {
        return Err(invalid("quarter", format!("{quarter} has ended")));
    }
    Ok(())
}

/// The end-of-quarter conversion (Art. 14(2)): once `quarter` has ended, all of its unused
/// pre-committed response days (neither reserved nor consumed) become preparedness days.
/// Returns how many; refused before the quarter ends (field `quarter`) and when none are left.
/// Days still reserved for a delivery under way stay reserved.
pub fn conversion_days(
    balances: &CapacityBalances,
    quarter: Quarter,
    zone: &TimeZoneName,
    now: DateTime<Utc>,
) -> Result<i64, ReserveError> {
    let ends = quarter.ends_at(zone)?;
    if now < ends {
        return Err(invalid(
            "quarter",
            format!(
                "{quarter} ends on {}: its unused days are converted after that",
                ends.format("%Y-%m-%d %H:%M UTC")
            ),
        ));
    }
    match balances.free(Pool::Response) {
        0 => Err(invalid(
            "quarter",
            format!("{quarter} has no unused pre-committed days"),
        )),
        n => Ok(n),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use CapacityEntryKind::*;
    use Pool::*;
    use proptest::prelude::*;

    fn zone() -> TimeZoneName {
        TimeZoneName::parse(RESERVE_ZONE).unwrap()
    }
    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn quarters_are_identified_from_an_instant_in_athens() {
        let rows = [
            ("2026-01-01T00:00:00Z", "2026-Q1"),
            ("2026-03-31T20:59:59Z", "2026-Q1"),
            // 21:00Z on 31 March is midnight on 1 April in Athens (EEST, UTC+3).
            ("2026-03-31T21:00:00Z", "2026-Q2"),
            ("2026-09-30T21:00:00Z", "2026-Q4"),
            // 22:00Z on 31 December is already 2027 in Athens (EET, UTC+2).
            ("2026-12-31T22:00:00Z", "2027-Q1"),
        ];
        for (instant, q) in rows {
            assert_eq!(
                Quarter::containing(utc(instant), &zone())
                    .unwrap()
                    .to_string(),
                q,
                "{instant}"
            );
        }
        let q2 = Quarter::parse("2026-Q2").unwrap();
        assert_eq!(q2.starts_at(&zone()).unwrap(), utc("2026-03-31T21:00:00Z"));
        assert_eq!(q2.ends_at(&zone()).unwrap(), utc("2026-06-30T21:00:00Z"));
        assert_eq!(
            Quarter::parse("2026-Q4").unwrap().next(),
            Quarter::parse("2027-Q1").unwrap()
        );
        for bad in ["2026-Q5", "2026-Q0", "2026Q1", "26-Q1", "2026-Q", "x"] {
            assert_eq!(
                Quarter::parse(bad).unwrap_err().field(),
                Some("quarter"),
                "{bad}"
            );
        }
    }

    #[test]
    fn reserving_beyond_the_free_days_is_insufficient_capacity() {
        let b = CapacityBalances::default()
            .apply(Precommit, Response, 10)
            .unwrap();
        assert_eq!(
            b.apply(Reserve, Response, 11),
            Err(ReserveError::InsufficientCapacity {
                available: 10,
                requested: 11
            })
        );
        let b = b.apply(Reserve, Response, 10).unwrap();
        assert_eq!(b.free(Response), 0);
        assert_eq!(
            b.apply(Reserve, Response, 1).unwrap_err().field(),
            Some("providerId")
        );
    }

    #[test]
    fn consuming_and_releasing_only_what_is_reserved() {
        let b = CapacityBalances::replay([
            (Precommit, Response, 20),
            (Reserve, Response, 8),
            (Consume, Response, 5),
        ])
        .unwrap();
        assert_eq!(
            (b.response.reserved, b.response.consumed, b.free(Response)),
            (3, 5, 12)
        );
        assert_eq!(
            b.apply(Consume, Response, 4),
            Err(ReserveError::ExceedsReserved {
                reserved: 3,
                requested: 4
            })
        );
        let b = b.apply(Release, Response, 3).unwrap();
        assert_eq!((b.response.reserved, b.free(Response)), (0, 15));
    }

    #[test]
    fn converted_days_form_the_preparedness_pool() {
        let b = CapacityBalances::replay([
            (Precommit, Response, 20),
            (Reserve, Response, 5),
            (ConvertToPreparedness, Response, 15),
        ])
        .unwrap();
        assert_eq!((b.free(Response), b.free(Preparedness)), (0, 15));
        assert!(b.apply(ConvertToPreparedness, Response, 1).is_err());
        let b = b
            .apply(Reserve, Preparedness, 4)
            .unwrap()
            .apply(Consume, Preparedness, 4)
            .unwrap();
        assert_eq!(b.free(Preparedness), 11);
        assert_eq!(
            b.apply(Precommit, Preparedness, 1).unwrap_err().field(),
            Some("pool")
        );
        assert_eq!(
            b.apply(ConvertToPreparedness, Preparedness, 1)
                .unwrap_err()
                .field(),
            Some("pool")
        );
    }

    #[test]
    fn zero_and_negative_days_are_refused_for_every_kind() {
        for k in [Precommit, Reserve, Release, Consume, ConvertToPreparedness] {
            for d in [0, -1] {
                assert_eq!(
                    CapacityBalances::default()
                        .apply(k, Response, d)
                        .unwrap_err()
                        .field(),
                    Some("days")
                );
            }
        }
        assert_eq!(
            CapacityBalances::default().apply(Precommit, Response, MAX_PRECOMMIT_DAYS + 1),
            Err(ReserveError::Overflow)
        );
    }

    #[test]
    fn unused_days_are_converted_only_after_the_quarter_ends() {
        let q1 = Quarter::parse("2026-Q1").unwrap();
        let b = CapacityBalances::replay([
            (Precommit, Response, 30),
            (Reserve, Response, 4),
            (Consume, Response, 2),
        ])
        .unwrap();
        // Q1 ends at 21:00Z on 31 March: midnight in Athens, already on summer time (EEST).
        let end = utc("2026-03-31T21:00:00Z");
        assert_eq!(
            conversion_days(&b, q1, &zone(), end - chrono::Duration::seconds(1))
                .unwrap_err()
                .field(),
            Some("quarter")
        );
        // 30 − 2 reserved − 2 consumed: the reserved days stay for the delivery under way.
        assert_eq!(conversion_days(&b, q1, &zone(), end), Ok(26));
        let converted = b.apply(ConvertToPreparedness, Response, 26).unwrap();
        assert_eq!(
            conversion_days(&converted, q1, &zone(), end)
                .unwrap_err()
                .field(),
            Some("quarter")
        );
        assert_eq!(
            check_precommit(q1, &zone(), end).unwrap_err().field(),
            Some("quarter")
        );
        assert_eq!(check_precommit(q1.next(), &zone(), end), Ok(()));
    }

    fn entry() -> impl Strategy<Value = (CapacityEntryKind, Pool, i64)> {
        (
            prop_oneof![
                Just(Precommit),
                Just(Reserve),
                Just(Release),
                Just(Consume),
                Just(ConvertToPreparedness)
            ],
            prop_oneof![Just(Response), Just(Preparedness)],
            1i64..50,
        )
    }

    proptest! {
        /// Whatever is attempted, the accepted entries never make a pool's free days negative,
        /// and they replay to the same balances.
        #[test]
        fn accepted_entries_never_overbook_and_replay_exactly(ops in proptest::collection::vec(entry(), 0..200)) {
            let mut b = CapacityBalances::default();
            let mut accepted = Vec::new();
            for (k, p, d) in ops {
                if let Ok(next) = b.apply(k, p, d) {
                    b = next;
                    accepted.push((k, p, d));
                }
                prop_assert!(b.free(Response) >= 0 && b.free(Preparedness) >= 0);
                prop_assert!(b.response.reserved >= 0 && b.preparedness.reserved >= 0);
            }
            prop_assert_eq!(CapacityBalances::replay(accepted).unwrap(), b);
        }
    }
}
