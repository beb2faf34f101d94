//! The SME eligibility engine: Commission Recommendation 2003/361/EC (Annex, Title I) as pure
//! code, as explained by the Commission's 2020 user guide.
//!
//! [`assess`] takes a graph of enterprises and holdings ([`SmeAssessmentInput`]) and returns
//! the applicant's category with an explanation trace ([`SmeAssessment`]), or an
//! [`SmeError::Validation`] naming the input field at fault. Both round-trip through
//! `serde_json` (camelCase; decimals as strings), so the result can be kept as a snapshot with
//! each voucher application, together with [`RULE_VERSION`].
//!
//! The steps, by module:
//! - `validate`: the input is refused rather than guessed at.
//! - `relations`: Art. 3 — linked, partner, autonomous; exempt investors; natural persons;
//!   the public-body rule.
//! - `aggregate`: Art. 4 to 6 — periods, annual work units, consolidated accounts, adding up.
//! - `category`: Art. 2 ceilings and the two-consecutive-periods rule of Art. 4(2).
//!
//! See `docs/sme.md` for the rules as implemented and worked examples.
mod aggregate;
mod category;
mod error;
mod input;
mod output;
mod relations;
mod trace;
mod validate;

#[cfg(test)]
mod tests;

pub use aggregate::awu_from_detail;
pub use category::by_size;
pub use error::SmeError;
pub use input::{
    Category, Control, ControlBasis, ControlRight, Enterprise, EnterpriseKind, ExemptInvestorKind,
    GrossTurnover, Holding, PeriodData, SmeAssessmentInput, StaffKind, StaffLine,
};
pub use output::{
    Aggregated, EnterpriseResult, NotSmeReason, PeriodCategory, Relation, SmeAssessment, TraceStep,
};

use trace::{Trace, awu, eur};

/// The version of the rules implemented here; stored with every assessment.
pub const RULE_VERSION: &str = "2003/361/EC-annex-2020-guide-v2";

/// Assesses whether the applicant is a micro, small or medium-sized enterprise.
///
/// # Errors
/// [`SmeError::Validation`] if the input is inconsistent or incomplete, naming the field
/// (e.g. `holdings[0].capitalPercent`).
pub fn assess(input: &SmeAssessmentInput) -> Result<SmeAssessment, SmeError> {
    let index = validate::validate(input)?;
    let app = index.applicant;
    let app_name = &input.enterprises[app].name;
    let mut trace = Trace::default();
    trace.push(
        "Art. 1",
        format!(
            "We assess {app_name}, together with the enterprises connected to it through \
             holdings or control."
        ),
    );
    let mut relations = relations::analyse(input, &index, &mut trace)?;
    let periods = aggregate::aggregate(input, &index, &mut relations, &mut trace)?;

    let period_categories: Vec<PeriodCategory> = periods
        .iter()
        .map(|p| PeriodCategory {
            label: p.label.clone(),
            category: category::classify_period(
                &p.label,
                p.staff,
                p.turnover,
                p.balance_sheet,
                &mut trace,
            ),
        })
        .collect();
    let labelled: Vec<(String, Category)> = period_categories
        .iter()
        .map(|p| (p.label.clone(), p.category))
        .collect();
    let by_size = category::decide(input.previous_category, &labelled, &mut trace);

    // Public control (Art. 3(4)) decides SME status whatever the size, but the category by size
    // is still reported: callers read `isSme` first, then `category`.
    let category = by_size;
    let not_sme_reason = if relations.public_control {
        Some(NotSmeReason::PublicBodyControl)
    } else if by_size == Category::Large {
        Some(NotSmeReason::Size)
    } else {
        None
    };
    let aggregated = periods.last().map_or(
        Aggregated {
            staff_awu: rust_decimal::Decimal::ZERO,
            annual_turnover: rust_decimal::Decimal::ZERO,
            balance_sheet_total: rust_decimal::Decimal::ZERO,
        },
        |p| Aggregated {
            staff_awu: p.staff.normalize(),
            annual_turnover: p.turnover.normalize(),
            balance_sheet_total: p.balance_sheet.normalize(),
        },
    );
    let conclusion = match not_sme_reason {
        Some(NotSmeReason::PublicBodyControl) => (
            "Art. 3(4)",
            format!(
                "Result: {app_name} is not an SME, because 25% or more of its capital or voting \
                 rights is controlled by public bodies. By its figures it is a {}, and that \
                 category is still given ({}, turnover {}, balance sheet {}).",
                by_size.describe(),
                awu(aggregated.staff_awu),
                eur(aggregated.annual_turnover),
                eur(aggregated.balance_sheet_total)
            ),
        ),
        Some(NotSmeReason::Size) => (
            "Art. 2(1)",
            format!(
                "Result: {app_name} is a large enterprise, not an SME ({}, turnover {}, balance \
                 sheet {}).",
                awu(aggregated.staff_awu),
                eur(aggregated.annual_turnover),
                eur(aggregated.balance_sheet_total)
            ),
        ),
        None => (
            "Art. 2",
            format!(
                "Result: {app_name} is a {} and therefore an SME ({}, turnover {}, balance sheet \
                 {}).",
                category.describe(),
                awu(aggregated.staff_awu),
                eur(aggregated.annual_turnover),
                eur(aggregated.balance_sheet_total)
            ),
        ),
    };
    trace.push(conclusion.0, conclusion.1);

    let enterprises = input
        .enterprises
        .iter()
        .zip(relations.assigned)
        .map(|(e, a)| EnterpriseResult {
            id: e.id.clone(),
            name: e.name.clone(),
            relation: a.relation,
            included_percent: a.rate.normalize(),
            via: a.via.map(|v| input.enterprises[v].id.clone()),
            explanation: a.explanation,
        })
        .collect();

    Ok(SmeAssessment {
        category,
        is_sme: not_sme_reason.is_none(),
        not_sme_reason,
        aggregated,
        enterprises,
        trace: trace.into_steps(),
        rule_version: RULE_VERSION.to_owned(),
        period_categories,
    })
}
