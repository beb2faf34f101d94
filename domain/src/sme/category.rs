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

/// Art. 4(2): the category changes from `previous` only if the new category holds in the two
/// latest consecutive periods. If the two latest periods both cross the same way but to
/// different categories, the one nearer to `previous` is the one that held in both. With no
/// previous category, the latest period decides.
pub(crate) fn decide(
    previous: Option<Category>,
    periods: &[(String, Category)],
    trace: &mut Trace,
) -> Category {
    let Some((last_label, last)) = periods.last() else {
        return previous.unwrap_or(Category::Large);
    };
    let Some(previous) = previous else {
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
    if *last == previous {
        trace.push(
            "Art. 4(2)",
            format!(
                "The latest period ({last_label}) confirms the previous category: {}.",
                previous.describe()
            ),
        );
        return previous;
    }
    let before = periods.len().checked_sub(2).map(|i| &periods[i]);
    let changed = match before {
        Some((_, b)) if *b > previous && *last > previous => Some((*b).min(*last)),
        Some((_, b)) if *b < previous && *last < previous => Some((*b).max(*last)),
        _ => None,
    };
    match (changed, before) {
        (Some(new), Some((before_label, _))) => {
            trace.push(
                "Art. 4(2)",
                format!(
                    "The previous category was {}; the figures left it in two consecutive \
                     periods ({before_label}: {}; {last_label}: {}), so the category changes to \
                     {}.",
                    previous.describe(),
                    before.map_or(new, |b| b.1).describe(),
                    last.describe(),
                    new.describe()
                ),
            );
            new
        }
        _ => {
            trace.push(
                "Art. 4(2)",
                format!(
                    "The latest period ({last_label}) points to a {}, but the category changes \
                     only if a ceiling is crossed in two consecutive periods, so the previous \
                     category stays: {}.",
                    last.describe(),
                    previous.describe()
                ),
            );
            previous
        }
    }
}
