//! A programme's funds ledger: append-only entries and the balances derived from them.
//! Errors: [`LedgerError`].
//!
//! `available = allocated − committed − disbursed`, and it is never negative. A commit earmarks
//! funds for a voucher; a release returns them; a disbursement pays committed funds out (they
//! move from committed to disbursed). All amounts are integer minor units of the programme's
//! currency.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntryKind {
    /// Budget added (with a reference such as a budget decision).
    Allocate,
    /// Unused budget removed.
    Deallocate,
    /// Funds earmarked for an issued voucher.
    Commit,
    /// Committed funds returned: the voucher expired, was cancelled or was under-used.
    Release,
    /// A payment of committed funds.
    Disburse,
}

crate::organisation::str_enum!(EntryKind { Allocate = "ALLOCATE", Deallocate = "DEALLOCATE", Commit = "COMMIT", Release = "RELEASE", Disburse = "DISBURSE" });

/// The most a programme may hold, in minor units (10^15: ten trillion in a two-decimal
/// currency). It keeps every balance far from 64-bit overflow.
pub const MAX_BALANCE_MINOR: i64 = 1_000_000_000_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    #[error("the amount must be positive")]
    NotPositive,
    #[error("only {available} (minor units) are available, {requested} were asked")]
    InsufficientFunds { available: i64, requested: i64 },
    #[error("only {committed} (minor units) are committed, {requested} were asked")]
    ExceedsCommitted { committed: i64, requested: i64 },
    #[error("the amount is too large")]
    Overflow,
}

/// The balances of one programme, in minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Balances {
    pub allocated: i64,
    pub committed: i64,
    pub disbursed: i64,
}

impl Balances {
    pub fn available(&self) -> i64 {
        self.allocated - self.committed - self.disbursed
    }

    /// The balances after one more entry, or why the entry is refused.
    pub fn apply(self, kind: EntryKind, amount: i64) -> Result<Balances, LedgerError> {
        if amount <= 0 {
            return Err(LedgerError::NotPositive);
        }
        let add = |a: i64, b: i64| a.checked_add(b).ok_or(LedgerError::Overflow);
        let mut b = self;
        match kind {
            EntryKind::Allocate => {
                b.allocated = add(b.allocated, amount)?;
                if b.allocated > MAX_BALANCE_MINOR {
                    return Err(LedgerError::Overflow);
                }
            }
            EntryKind::Deallocate | EntryKind::Commit => {
                if self.available() < amount {
                    return Err(LedgerError::InsufficientFunds {
                        available: self.available(),
                        requested: amount,
                    });
                }
                if kind == EntryKind::Deallocate {
                    b.allocated -= amount;
                } else {
                    b.committed = add(b.committed, amount)?;
                }
            }
            EntryKind::Release | EntryKind::Disburse => {
                if self.committed < amount {
                    return Err(LedgerError::ExceedsCommitted {
                        committed: self.committed,
                        requested: amount,
                    });
                }
                b.committed -= amount;
                if kind == EntryKind::Disburse {
                    b.disbursed = add(b.disbursed, amount)?;
                }
            }
        }
        Ok(b)
    }

    /// The balances of a list of entries, refusing the first one that breaks a rule.
    pub fn replay(
        entries: impl IntoIterator<Item = (EntryKind, i64)>,
    ) -> Result<Balances, (usize, LedgerError)> {
        entries
            .into_iter()
            .enumerate()
            .try_fold(Balances::default(), |b, (i, (k, a))| {
                b.apply(k, a).map_err(|e| (i, e))
            })
    }
}

/// A movement's reference, e.g. the budget decision: trimmed, 1 to 200 characters, no control
/// characters (it ends up in the CSV export and the audit detail).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerReference(String);

impl LedgerReference {
    pub fn parse(s: &str) -> Result<Self, crate::member_state::ParseError> {
        let t = s.trim();
        if t.is_empty() || t.chars().count() > 200 || t.chars().any(char::is_control) {
            return Err(crate::member_state::ParseError::new(
                "reference",
                "must be 1 to 200 characters",
            ));
        }
        Ok(Self(t.to_owned()))
    }

    /// A reference the platform writes itself (a voucher's commitment, a payment).
    pub fn system(s: String) -> Self {
        Self(s)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A client's idempotency key: replaying it returns the first result and writes nothing.
/// 1 to 100 letters, digits, `-`, `_`, `.` or `:`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    pub fn parse(s: &str) -> Result<Self, crate::member_state::ParseError> {
        if s.is_empty()
            || s.len() > 100
            || !s
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c))
        {
            return Err(crate::member_state::ParseError::new(
                "idempotencyKey",
                "use 1 to 100 letters, digits, '-', '_', '.' or ':'",
            ));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use EntryKind::*;
    use proptest::prelude::*;

    #[test]
    fn committing_beyond_the_budget_is_refused() {
        let b = Balances::default().apply(Allocate, 1000).unwrap();
        assert_eq!(
            b.apply(Commit, 1001),
            Err(LedgerError::InsufficientFunds {
                available: 1000,
                requested: 1001
            })
        );
        assert_eq!(b.apply(Commit, 1000).unwrap().available(), 0);
    }

    #[test]
    fn a_disbursement_moves_committed_funds_to_disbursed() {
        let b = Balances::replay([(Allocate, 1000), (Commit, 600), (Disburse, 200)]).unwrap();
        assert_eq!(
            b,
            Balances {
                allocated: 1000,
                committed: 400,
                disbursed: 200
            }
        );
        assert_eq!(b.available(), 400);
        assert_eq!(
            b.apply(Disburse, 401),
            Err(LedgerError::ExceedsCommitted {
                committed: 400,
                requested: 401
            })
        );
    }

    #[test]
    fn releasing_returns_funds_and_deallocating_takes_only_unused_budget() {
        let b = Balances::replay([(Allocate, 1000), (Commit, 600), (Release, 100)]).unwrap();
        assert_eq!(b.available(), 500);
        assert!(b.apply(Deallocate, 501).is_err());
        assert_eq!(b.apply(Deallocate, 500).unwrap().allocated, 500);
    }

    #[test]
    fn zero_and_negative_amounts_are_refused_for_every_kind() {
        for k in [Allocate, Deallocate, Commit, Release, Disburse] {
            assert_eq!(
                Balances::default().apply(k, 0),
                Err(LedgerError::NotPositive)
            );
            assert_eq!(
                Balances::default().apply(k, -5),
                Err(LedgerError::NotPositive)
            );
        }
    }

    #[test]
    fn a_budget_beyond_the_ceiling_is_refused() {
        let b = Balances::default()
            .apply(Allocate, MAX_BALANCE_MINOR)
            .unwrap();
        assert_eq!(b.apply(Allocate, 1), Err(LedgerError::Overflow));
    }

    #[test]
    fn replay_names_the_first_entry_that_breaks_a_rule() {
        assert_eq!(
            Balances::replay([(Allocate, 10), (Commit, 5), (Commit, 6)])
                .unwrap_err()
                .0,
            2
        );
    }

    fn kind() -> impl Strategy<Value = EntryKind> {
        prop_oneof![
            Just(Allocate),
            Just(Deallocate),
            Just(Commit),
            Just(Release),
            Just(Disburse)
        ]
    }

    proptest! {
        /// Whatever is attempted, the accepted entries keep every balance non-negative, keep
        /// committed + disbursed within allocated, and replay to the same balances.
        #[test]
        fn accepted_entries_never_overspend_and_replay_exactly(ops in proptest::collection::vec((kind(), 1i64..10_000), 0..200)) {
            let mut b = Balances::default();
            let mut accepted = Vec::new();
            for (k, a) in ops {
                if let Ok(next) = b.apply(k, a) {
                    b = next;
                    accepted.push((k, a));
                }
                prop_assert!(b.available() >= 0);
                prop_assert!(b.committed >= 0 && b.disbursed >= 0 && b.allocated >= 0);
                prop_assert!(b.committed + b.disbursed <= b.allocated);
            }
            prop_assert_eq!(Balances::replay(accepted.clone()).unwrap(), b);
            // Sums by kind give the same balances.
            let sum = |kinds: &[EntryKind]| accepted.iter().filter(|(k, _)| kinds.contains(k)).map(|(_, a)| *a).sum::<i64>();
            prop_assert_eq!(b.allocated, sum(&[Allocate]) - sum(&[Deallocate]));
            prop_assert_eq!(b.disbursed, sum(&[Disburse]));
            prop_assert_eq!(b.committed, sum(&[Commit]) - sum(&[Release]) - sum(&[Disburse]));
        }

        /// A commit is accepted exactly when it fits in what is available.
        #[test]
        fn a_commit_is_accepted_iff_it_fits(allocated in 0i64..1_000_000, committed in 0i64..1_000_000, ask in 1i64..1_000_000) {
            let b = Balances { allocated: allocated.max(committed), committed, disbursed: 0 };
            prop_assert_eq!(b.apply(Commit, ask).is_ok(), ask <= b.available());
        }
    }
    #[test]
    fn ledger_references_are_trimmed_and_bounded() {
        assert_eq!(
            LedgerReference::parse("  Budget decision 2027/14 ").map(|r| r.0),
            Ok("Budget decision 2027/14".to_owned())
        );
        for bad in ["", "  ", "line\nbreak", &"r".repeat(201)] {
            assert_eq!(
                LedgerReference::parse(bad).map_err(|e| e.field),
                Err("reference"),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn idempotency_keys_take_a_small_safe_alphabet() {
        for good in ["a", "req-2027.01:07_x", &"k".repeat(100)] {
            assert!(IdempotencyKey::parse(good).is_ok(), "{good:?}");
        }
        for bad in ["", "has space", "slash/", "ünïcode", &"k".repeat(101)] {
            assert_eq!(
                IdempotencyKey::parse(bad).map_err(|e| e.field),
                Err("idempotencyKey"),
                "{bad:?}"
            );
        }
    }
}
