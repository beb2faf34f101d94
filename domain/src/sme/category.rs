//! Art. 2: the ceilings, and Art. 4(2): a category changes only after two consecutive periods.
use rust_decimal::Decimal;

use super::input::Category;
use super::trace::{Trace, awu, eur};

/// One row of the table in Art. 2.
struct Ceiling {
    category: Category,
    article: &'static str,
    /// Staff must be strictly below this many AWU.
    staff_below: Decimal,
    /// Turnover must not exceed this, or…
    turnover_max: Decimal,
    /// …the balance-sheet total must not exceed this.
    balance_sheet_max: Decimal,
    words: &'static str,
}

fn million(m: i64) -> Decimal {
    Decimal::from(m) * Decimal::from(1_000_000)
}

fn ceilings() -> [Ceiling; 3] {
    [
        Ceiling {
            category: Category::Micro,
            article: "Art. 2(3)",
            staff_below: Decimal::from(10),
            turnover_max: million(2),
            balance_sheet_max: million(2),
            words: "fewer than 10 staff, and turnover or balance sheet of at most EUR 2 million",
        },
        Ceiling {
            category: Category::Small,
            article: "Art. 2(2)",
            staff_below: Decimal::from(50),
            turnover_max: million(10),
            balance_sheet_max: million(10),
            words: "fewer than 50 staff, and turnover or balance sheet of at most EUR 10 million",
        },
        Ceiling {
            category: Category::Medium,
            article: "Art. 2(1)",
            staff_below: Decimal::from(250),
            turnover_max: million(50),
            balance_sheet_max: million(43),
            words: "fewer than 250 staff, and turnover of at most EUR 50 million or balance \
                    sheet of at most EUR 43 million",
        },
    ]
}

/// The category by size (Art. 2): staff strictly below the ceiling, and turnover or
/// balance-sheet total not above its ceiling (one of the two suffices).
#[must_use]
pub fn by_size(staff: Decimal, turnover: Decimal, balance_sheet: Decimal) -> Category {
    ceilings()
        .into_iter()
        .find(|c| fits(c, staff, turnover, balance_sheet))
        .map_or(Category::Large, |c| c.category)
}

fn fits(c: &Ceiling, staff: Decimal, turnover: Decimal, balance_sheet: Decimal) -> bool {
    staff < c.staff_below && (turnover <= c.turnover_max || balance_sheet <= c.balance_sheet_max)
}

/// Why the figures do not fit a row of Art. 2.
fn why_not(c: &Ceiling, staff: Decimal, turnover: Decimal, balance_sheet: Decimal) -> String {
    if staff >= c.staff_below {
        format!("staff is not fewer than {} AWU", c.staff_below)
    } else {
        format!(
            "turnover ({}) is over {} and balance sheet ({}) is over {}",
            eur(turnover),
            eur(c.turnover_max),
            eur(balance_sheet),
            eur(c.balance_sheet_max)
        )
    }
}

/// The category of one period's aggregated figures, with its explanation in the trace.
pub(crate) fn classify_period(
    label: &str,
    staff: Decimal,
    turnover: Decimal,
    balance_sheet: Decimal,
    trace: &mut Trace,
) -> Category {
    let rows = ceilings();
    let category = by_size(staff, turnover, balance_sheet);
    let figures = format!(
        "In {label}, with {}, turnover {} and balance sheet {}",
        awu(staff),
        eur(turnover),
        eur(balance_sheet)
    );
    let fitted = rows.iter().position(|c| c.category == category);
    let (article, text) = match fitted {
        Some(i) => {
            let row = &rows[i];
            let mut text = format!(
                "{figures}, the combined figures are within the ceilings of a {} ({}).",
                category.describe(),
                row.words
            );
            if i > 0 {
                let below = &rows[i - 1];
                text.push_str(&format!(
                    " Not a {}, because {}.",
                    below.category.describe(),
                    why_not(below, staff, turnover, balance_sheet)
                ));
            }
            (row.article, text)
        }
        None => {
            let medium = &rows[2];
            (
                "Art. 2(1)",
                format!(
                    "{figures}, the combined figures are over the ceilings of a medium-sized \
                     enterprise: {}. That is a large enterprise.",
                    why_not(medium, staff, turnover, balance_sheet)
                ),
            )
        }
    };
    trace.push(article, text);
    category
}

/// The category after a period whose figures give `now`, when the status was `status` and the
/// period before gave `before` (Art. 4(2)): it changes only if both periods left `status` in the
/// same direction, and then to the one of the two nearer to `status`, the one that held in both.
fn step(status: Category, before: Option<Category>, now: Category) -> Option<Category> {
    match before {
        Some(b) if b > status && now > status => Some(b.min(now)),
        Some(b) if b < status && now < status => Some(b.max(now)),
        _ => None,
    }
}

/// Art. 4(2): an enterprise gains or loses a category only if a ceiling is crossed, upwards or
/// downwards, in two consecutive accounting periods. The status is carried forward period by
/// period, oldest first, from `previous` (the status before the first period).
///
/// Without `previous`, the first two consecutive periods with the same category fix the status
/// (whatever it was before, two such periods give it), and it is carried forward from there;
/// if no two consecutive periods agree, the latest period decides.
pub(crate) fn decide(
    previous: Option<Category>,
    periods: &[(String, Category)],
    trace: &mut Trace,
) -> Category {
    let Some((last_label, last)) = periods.last() else {
        return previous.unwrap_or(Category::Large);
    };
    let (mut status, start) = match previous {
        Some(p) => (p, 0),
        None => {
            let Some(i) = periods.windows(2).position(|w| w[0].1 == w[1].1) else {
                trace.push(
                    "Art. 4(2)",
                    format!(
                        "No previous category was given, so the category of the latest period \
                         ({last_label}) applies: {}.",
                        last.describe()
                    ),
                );
                return *last;
            };
            let ((a, category), (b, _)) = (&periods[i], &periods[i + 1]);
            trace.push(
                "Art. 4(2)",
                format!(
                    "No previous category was given; the figures of {a} and {b}, two \
                     consecutive periods, both give a {}, so that is the category from {b}, \
                     whatever it was before.",
                    category.describe()
                ),
            );
            (*category, i + 2)
        }
    };
    for t in start..periods.len() {
        let (label, now) = &periods[t];
        let before = t.checked_sub(1).map(|b| &periods[b]);
        if *now == status {
            let text = if t == 0 {
                format!(
                    "{label} confirms the previous category: {}.",
                    status.describe()
                )
            } else {
                format!("{label} confirms the category: {}.", status.describe())
            };
            trace.push("Art. 4(2)", text);
            continue;
        }
        match (step(status, before.map(|b| b.1), *now), before) {
            (Some(new), Some((before_label, before_category))) => {
                trace.push(
                    "Art. 4(2)",
                    format!(
                        "The category was {}; the figures left it in two consecutive periods \
                         ({before_label}: {}; {label}: {}), so from {label} the category is {}.",
                        status.describe(),
                        before_category.describe(),
                        now.describe(),
                        new.describe()
                    ),
                );
                status = new;
            }
            _ => trace.push(
                "Art. 4(2)",
                format!(
                    "{label} points to a {}, but the category changes only if a ceiling is \
                     crossed in two consecutive periods, so the category stays: {}.",
                    now.describe(),
                    status.describe()
                ),
            ),
        }
    }
    if periods.len() > 2 || start > 0 {
        trace.push(
            "Art. 4(2)",
            format!(
                "After {last_label}, carried forward period by period, the category is {}.",
                status.describe()
            ),
        );
    }
    status
}
