//! Art. 4 to 6: which periods' figures count, staff in annual work units, consolidated
//! accounts, and the adding up of the figures of linked and partner enterprises.
use std::collections::{HashSet, VecDeque};

use rust_decimal::Decimal;

use super::error::SmeError;
use super::input::{PeriodData, SmeAssessmentInput, StaffLine};
use super::output::Relation;
use super::relations::Relations;
use super::trace::{Trace, awu, count as whole, eur, pct};
use super::validate::Index;

/// Annual work units from a staff list (Art. 5): each line counts `count × fte × months / 12`;
/// apprentices, students in vocational training and people on maternity or parental leave do
/// not count. Part-time and seasonal work count as fractions.
#[must_use]
pub fn awu_from_detail(lines: &[StaffLine]) -> Decimal {
    let person_months: Decimal = lines
        .iter()
        .filter(|l| l.kind.counts())
        .map(|l| Decimal::from(l.count) * l.fte * l.months_worked)
        .sum();
    person_months / Decimal::from(12)
}

/// The staff of a period, in AWU: given directly, or computed from the staff list. Validation
/// ensures one of them is present.
pub(crate) fn staff_of(p: &PeriodData) -> Decimal {
    match (&p.staff, &p.staff_detail) {
        (Some(staff), _) => *staff,
        (None, Some(lines)) => awu_from_detail(lines),
        (None, None) => Decimal::ZERO,
    }
}

/// The aggregated figures of one period.
#[derive(Debug, Clone)]
pub(crate) struct PeriodTotals {
    pub label: String,
    pub staff: Decimal,
    pub turnover: Decimal,
    pub balance_sheet: Decimal,
}

fn consolidation_closure(
    input: &SmeAssessmentInput,
    index: &Index<'_>,
    e: usize,
) -> HashSet<usize> {
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([e]);
    while let Some(a) = queue.pop_front() {
        for id in &input.enterprises[a].consolidated_includes {
            if let Some(&b) = index.ids.get(id.as_str())
                && b != e
                && seen.insert(b)
            {
                queue.push_back(b);
            }
        }
    }
    seen
}

/// Art. 6(2): figures already in the consolidated accounts of a counted enterprise are not
/// counted again. An enterprise counted at a higher rate than the accounts that include it
/// adds only the difference.
fn apply_consolidation(
    input: &SmeAssessmentInput,
    index: &Index<'_>,
    relations: &mut Relations,
    trace: &mut Trace,
) {
    let n = input.enterprises.len();
    let rates: Vec<Decimal> = relations.assigned.iter().map(|a| a.rate).collect();
    let mut covered: Vec<Option<(usize, Decimal)>> = vec![None; n];
    for (e, rate) in rates.iter().enumerate() {
        if rate.is_zero() || input.enterprises[e].consolidated_includes.is_empty() {
            continue;
        }
        for x in consolidation_closure(input, index, e) {
            if covered[x].is_none_or(|(_, r)| *rate > r) {
                covered[x] = Some((e, *rate));
            }
        }
    }
    for (x, cover) in covered.into_iter().enumerate() {
        let Some((e, by)) = cover else {
            continue;
        };
        if rates[x].is_zero() {
            continue;
        }
        let remaining = (rates[x] - by).max(Decimal::ZERO);
        let a = &mut relations.assigned[x];
        let (xn, en) = (&input.enterprises[x].name, &input.enterprises[e].name);
        let text = if remaining.is_zero() {
            format!(
                "{xn}'s figures are already in the consolidated accounts of {en}, which are \
                 counted at {}, so they are not counted again (Art. 6(2)).",
                pct(by)
            )
        } else {
            format!(
                "{xn}'s figures are already in the consolidated accounts of {en} at {}, so only \
                 the remaining {} is added (Art. 6(2)).",
                pct(by),
                pct(remaining)
            )
        };
        a.rate = remaining;
        a.explanation.push(' ');
        a.explanation.push_str(&text);
        trace.push("Art. 6(2)", text);
    }
}

/// The periods whose figures count: the approved accounts; estimates only for a new enterprise
/// without approved accounts (Art. 4(1) and 4(3)).
fn usable_periods<'a>(
    input: &'a SmeAssessmentInput,
    e: usize,
    trace: &mut Trace,
) -> Vec<&'a PeriodData> {
    let ent = &input.enterprises[e];
    let approved: Vec<&PeriodData> = ent.periods.iter().filter(|p| !p.estimate).collect();
    if approved.is_empty() {
        if !ent.periods.is_empty() {
            let labels: Vec<&str> = ent.periods.iter().map(|p| p.label.as_str()).collect();
            trace.push(
                "Art. 4(3)",
                format!(
                    "{} has no approved accounts yet, so its bona-fide estimate ({}) is used.",
                    ent.name,
                    labels.join(", ")
                ),
            );
        }
        return ent.periods.iter().collect();
    }
    if approved.len() < ent.periods.len() {
        let labels: Vec<&str> = ent
            .periods
            .iter()
            .filter(|p| p.estimate)
            .map(|p| p.label.as_str())
            .collect();
        trace.push(
            "Art. 4(1)",
            format!(
                "{}'s estimate ({}) is not used: it has approved accounts, and the figures are \
                 those of the latest approved accounting period.",
                ent.name,
                labels.join(", ")
            ),
        );
    }
    approved
}

/// Art. 4(1): the indirect taxes included in a stated turnover are deducted.
fn turnover_words(name: &str, p: &PeriodData) -> Option<String> {
    let gross = p.gross_turnover.as_ref()?;
    Some(format!(
        "{name}, {}: the turnover as stated, {}, includes {} of VAT and other indirect taxes; \
         turnover counts net of them, so {} counts (Art. 4(1)).",
        p.label,
        eur(gross.stated_turnover),
        eur(gross.indirect_taxes),
        eur(gross.net())
    ))
}

fn staff_words(name: &str, p: &PeriodData) -> Option<String> {
    let lines = p.staff_detail.as_ref()?;
    let excluded: u32 = lines
        .iter()
        .filter(|l| !l.kind.counts())
        .map(|l| l.count)
        .sum();
    let counted: u32 = lines
        .iter()
        .filter(|l| l.kind.counts())
        .map(|l| l.count)
        .sum();
    let mut text = format!(
        "{name}, {}: the staff list gives {} for {} people who count: each counts as their \
         full-time share × months worked ÷ 12, so part-time and seasonal work count as \
         fractions",
        p.label,
        awu(awu_from_detail(lines)),
        whole(counted)
    );
    if excluded > 0 {
        text.push_str(&format!(
            "; {} apprentices, students in vocational training or people on maternity or \
             parental leave are not counted",
            whole(excluded)
        ));
    }
    text.push_str(" (Art. 5).");
    Some(text)
}

/// Adds up the figures of every counted enterprise, period by period, oldest first. Periods
/// are aligned from the latest: the applicant's latest with each enterprise's latest.
pub(crate) fn aggregate(
    input: &SmeAssessmentInput,
    index: &Index<'_>,
    relations: &mut Relations,
    trace: &mut Trace,
) -> Result<Vec<PeriodTotals>, SmeError> {
    apply_consolidation(input, index, relations, trace);
    let app = index.applicant;
    let mut included: Vec<(usize, Decimal, Vec<&PeriodData>)> = Vec::new();
    // The applicant first, then the others in input order.
    let order = std::iter::once(app).chain((0..input.enterprises.len()).filter(|&i| i != app));
    for e in order {
        let a = &relations.assigned[e];
        if a.rate.is_zero() && e != app {
            continue;
        }
        let periods = usable_periods(input, e, trace);
        if periods.is_empty() {
            let what = match a.relation {
                Relation::Linked => "a linked enterprise".to_owned(),
                _ => format!("counted at {}", pct(a.rate)),
            };
            return Err(SmeError::validation(
                format!("enterprises[{e}].periods"),
                format!(
                    "{} is {what}, so its figures are needed: give at least one accounting \
                     period.",
                    input.enterprises[e].name
                ),
            ));
        }
        included.push((e, a.rate, periods));
    }
    let app_len = included.first().map_or(0, |i| i.2.len());
    let count = included.iter().map(|i| i.2.len()).min().unwrap_or(0);
    if count < app_len {
        let short: Vec<String> = included
            .iter()
            .filter(|i| i.2.len() < app_len)
            .map(|i| {
                format!(
                    "{} ({} period{})",
                    input.enterprises[i.0].name,
                    i.2.len(),
                    if i.2.len() == 1 { "" } else { "s" }
                )
            })
            .collect();
        trace.push(
            "Art. 4(2)",
            format!(
                "Only the latest {count} period{} can be assessed, because not every counted \
                 enterprise has figures for more: {}.",
                if count == 1 { "" } else { "s" },
                short.join(", ")
            ),
        );
    }
    for (e, _, periods) in &included {
        for p in &periods[periods.len() - count..] {
            let name = &input.enterprises[*e].name;
            if let Some(text) = turnover_words(name, p) {
                trace.push("Art. 4(1)", text);
            }
            if let Some(text) = staff_words(name, p) {
                trace.push("Art. 5", text);
            }
        }
    }

    let mut totals = Vec::with_capacity(count);
    for t in 0..count {
        let mut period = PeriodTotals {
            label: String::new(),
            staff: Decimal::ZERO,
            turnover: Decimal::ZERO,
            balance_sheet: Decimal::ZERO,
        };
        let mut words = Vec::with_capacity(included.len());
        for (e, rate, periods) in &included {
            let p = periods[periods.len() - count + t];
            if *e == app {
                period.label.clone_from(&p.label);
            }
            let share = *rate / Decimal::ONE_HUNDRED;
            let (staff, turnover, balance_sheet) = (
                staff_of(p) * share,
                p.net_turnover() * share,
                p.balance_sheet_total * share,
            );
            period.staff += staff;
            period.turnover += turnover;
            period.balance_sheet += balance_sheet;
            words.push(format!(
                "{} at {}: {}, turnover {}, balance sheet {}",
                input.enterprises[*e].name,
                pct(*rate),
                awu(staff),
                eur(turnover),
                eur(balance_sheet)
            ));
        }
        let article = if included.len() > 1 {
            "Art. 6(2)"
        } else {
            "Art. 6(1)"
        };
        trace.push(
            article,
            format!(
                "Figures for {}: {}. Together: {}, turnover {}, balance sheet {}.",
                period.label,
                words.join("; "),
                awu(period.staff),
                eur(period.turnover),
                eur(period.balance_sheet)
            ),
        );
        totals.push(period);
    }
    Ok(totals)
}
