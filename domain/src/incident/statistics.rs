//! Anonymised incident statistics: counts by member state, month and category.
//!
//! ENISA receives anonymised and aggregated data on significant incidents, never individual
//! cases (NIS2 Art. 23(9)). The platform publishes the counts to ENISA and the public with
//! small cells suppressed: a count under [`SUPPRESSION_THRESHOLD`] is shown as "fewer than 3",
//! never as the figure. A member state's own authority sees its state's counts exactly.
//!
//! The rows carry no organisation or case: the input is already anonymous, and the output
//! lists only non-empty cells. No totals are given: an exact total next to a suppressed cell
//! would give the cell away.
use super::Category;
use crate::calendar::{CalendarError, TimeZoneName, local_date};
use crate::member_state::MemberState;
use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Counts under this are suppressed for ENISA and the public.
pub const SUPPRESSION_THRESHOLD: u32 = 3;

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    /// The month of `instant` on the wall in `zone`: an incident is counted in the month its
    /// organisation became aware of it, in the organisation's zone.
    pub fn of(instant: DateTime<Utc>, zone: &TimeZoneName) -> Result<Self, CalendarError> {
        let d = local_date(instant, zone)?;
        Ok(Self {
            year: d.year(),
            month: d.month(),
        })
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One significant incident, anonymous.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IncidentRow {
    pub member_state: MemberState,
    pub month: YearMonth,
    pub category: Category,
}

/// Who is looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// ENISA and the public: small cells suppressed everywhere.
    Public,
    /// A member state's authority: its own state's cells exact, the others as the public sees
    /// them.
    Authority(MemberState),
}

/// A cell's count as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CellCount {
    Exact(u32),
    /// 1 or 2 incidents: "fewer than 3".
    #[serde(rename = "FEWER_THAN_3")]
    FewerThan3,
}

impl CellCount {
    pub fn exact(self) -> Option<u32> {
        match self {
            CellCount::Exact(n) => Some(n),
            CellCount::FewerThan3 => None,
        }
    }
    pub fn is_suppressed(self) -> bool {
        self == CellCount::FewerThan3
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    pub member_state: MemberState,
    pub month: YearMonth,
    pub category: Category,
    pub count: CellCount,
}

/// The non-empty cells of `rows` as `audience` may see them, ordered by member state code,
/// month and category.
pub fn statistics(rows: &[IncidentRow], audience: Audience) -> Vec<Cell> {
    let mut counts: BTreeMap<(&'static str, YearMonth, Category), (MemberState, u32)> =
        BTreeMap::new();
    for r in rows {
        counts
            .entry((r.member_state.code(), r.month, r.category))
            .or_insert((r.member_state, 0))
            .1 += 1;
    }
    counts
        .into_iter()
        .map(|((_, month, category), (member_state, n))| {
            let exact = matches!(audience, Audience::Authority(own) if own == member_state);
            Cell {
                member_state,
                month,
                category,
                count: if exact || n >= SUPPRESSION_THRESHOLD {
                    CellCount::Exact(n)
                } else {
                    CellCount::FewerThan3
                },
            }
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn ms(c: &str) -> MemberState {
        MemberState::parse(c).unwrap()
    }
    fn ym(year: i32, month: u32) -> YearMonth {
        YearMonth { year, month }
    }

    fn rows() -> Vec<IncidentRow> {
        let mut v = Vec::new();
        let mut add = |c: &str, m: YearMonth, cat: Category, n: usize| {
            for _ in 0..n {
                v.push(IncidentRow {
                    member_state: ms(c),
                    month: m,
                    category: cat,
                });
            }
        };
        add("FR", ym(2026, 1), Category::Ransomware, 5);
        add("DE", ym(2026, 1), Category::Ransomware, 1);
        add("DE", ym(2026, 1), Category::DataBreach, 2);
        add("DE", ym(2026, 2), Category::Ransomware, 3);
        add("FR", ym(2026, 2), Category::HumanError, 2);
        v
    }

    fn find(cells: &[Cell], c: &str, m: YearMonth, cat: Category) -> CellCount {
        cells
            .iter()
            .find(|x| x.member_state.code() == c && x.month == m && x.category == cat)
            .unwrap()
            .count
    }

    #[test]
    fn the_public_never_sees_a_count_under_three_and_an_authority_sees_its_own_exactly() {
        use CellCount::*;
        let de = Audience::Authority(ms("DE"));
        // (state, month, category, public, the German authority)
        let expected = [
            (
                "DE",
                ym(2026, 1),
                Category::Ransomware,
                FewerThan3,
                Exact(1),
            ),
            (
                "DE",
                ym(2026, 1),
                Category::DataBreach,
                FewerThan3,
                Exact(2),
            ),
            ("DE", ym(2026, 2), Category::Ransomware, Exact(3), Exact(3)),
            ("FR", ym(2026, 1), Category::Ransomware, Exact(5), Exact(5)),
            (
                "FR",
                ym(2026, 2),
                Category::HumanError,
                FewerThan3,
                FewerThan3,
            ),
        ];
        let public = statistics(&rows(), Audience::Public);
        let german = statistics(&rows(), de);
        assert_eq!(
            (public.len(), german.len()),
            (expected.len(), expected.len())
        );
        for (c, m, cat, p, g) in expected {
            assert_eq!(find(&public, c, m, cat), p, "public {c} {m} {cat:?}");
            assert_eq!(find(&german, c, m, cat), g, "DE authority {c} {m} {cat:?}");
        }
        assert!(
            public
                .iter()
                .all(|c| c.count.exact().is_none_or(|n| n >= 3))
        );
        assert!(public.iter().filter(|c| c.count.is_suppressed()).count() == 3);
        let json = serde_json::to_string(&public).unwrap();
        assert!(json.contains("FEWER_THAN_3"));
    }

    #[test]
    fn cells_are_ordered_and_only_non_empty() {
        let cells = statistics(&rows(), Audience::Public);
        let keys: Vec<_> = cells
            .iter()
            .map(|c| (c.member_state.code(), c.month, c.category))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert!(statistics(&[], Audience::Public).is_empty());
    }

    #[test]
    fn an_incident_counts_in_the_month_of_awareness_in_its_zone() {
        let berlin = TimeZoneName::parse("Europe/Berlin").unwrap();
        let at = "2026-01-31T23:30:00Z".parse().unwrap();
        assert_eq!(YearMonth::of(at, &berlin).unwrap(), ym(2026, 2));
        assert_eq!(ym(2026, 2).to_string(), "2026-02");
    }
}
