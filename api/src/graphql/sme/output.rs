//! The result of `smeAssessment`, mapped one to one from the engine's result
//! ([`domain::sme::SmeAssessment`]).
use super::input::SmeCategory;
use async_graphql::{Enum, SimpleObject};
use domain::sme as d;
use rust_decimal::Decimal;

/// Whether the applicant is a micro, small or medium-sized enterprise (SME) under the Annex to
/// Commission Recommendation 2003/361/EC, with the figures and the reasoning behind it.
#[derive(SimpleObject, Debug)]
pub struct SmeAssessment {
    /// The applicant's category by its figures: the ceilings of Art. 2 with the two-period
    /// rule of Art. 4(2). `LARGE` means over the medium-sized ceilings. Read `isSme` first: an
    /// applicant controlled by public bodies is not an SME whatever its size, and keeps here
    /// the category its figures give (e.g. `MEDIUM` with `isSme: false` and `notSmeReason:
    /// PUBLIC_BODY_CONTROL`).
    pub category: SmeCategory,
    /// `true` if the applicant is a micro, small or medium-sized enterprise: `category` is not
    /// `LARGE` (Art. 2) and public bodies do not control 25% or more of it (Art. 3(4)). This is
    /// the answer to "is it an SME?"; `category` alone is not.
    pub is_sme: bool,
    /// Why the applicant is not an SME; `null` when it is one. `PUBLIC_BODY_CONTROL` when public
    /// control decides (even if the figures are also too big), else `SIZE`.
    pub not_sme_reason: Option<NotSmeReason>,
    /// The applicant's figures with those of its linked and partner enterprises added, for the
    /// latest accounting period assessed (Art. 6). Exact, not rounded.
    pub aggregated: SmeAggregatedFigures,
    /// How each party of the input relates to the applicant and how much of its figures is
    /// added, in input order (Art. 3 and 6).
    pub enterprises: Vec<SmeEnterpriseResult>,
    /// The reasoning, step by step, each step citing its article of the Annex.
    pub trace: Vec<SmeTraceStep>,
    /// The version of the rules that produced this result; keep it with the result.
    pub rule_version: String,
    /// The category by size alone in each accounting period assessed, oldest first; the
    /// two-period rule of Art. 4(2) decides `category` from them.
    pub period_categories: Vec<SmePeriodCategory>,
}

/// Why an enterprise is not an SME.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::sme::NotSmeReason")]
pub enum NotSmeReason {
    /// Its combined figures exceed the ceilings of a medium-sized enterprise (Art. 2(1)).
    Size,
    /// Public bodies, alone or jointly, directly or indirectly, control 25% or more of its
    /// capital or voting rights (Art. 3(4)), whatever its size.
    PublicBodyControl,
}

/// Aggregated figures of the applicant and its linked and partner enterprises (Art. 6).
#[derive(SimpleObject, Debug)]
pub struct SmeAggregatedFigures {
    /// Staff headcount in annual work units (AWU): full-time staff count 1 each, part-time and
    /// seasonal work count as fractions (Art. 5).
    pub staff_awu: Decimal,
    /// Annual turnover, EUR, excluding VAT and other indirect taxes (Art. 4(1)).
    pub annual_turnover: Decimal,
    /// Annual balance-sheet total, EUR.
    pub balance_sheet_total: Decimal,
}

/// How one party of the input relates to the applicant.
#[derive(SimpleObject, Debug)]
pub struct SmeEnterpriseResult {
    /// Its `id` in the input.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its relation to the applicant (Art. 3).
    pub relation: SmeRelation,
    /// The share of its staff and figures added to the applicant's, 0 to 100 (Art. 6).
    pub included_percent: Decimal,
    /// The `id` of the enterprise through which it is connected to the applicant, if not
    /// directly (e.g. the partner whose subsidiary it is, Art. 6(3)).
    pub via: Option<String>,
    /// Why, in plain English.
    pub explanation: String,
}

/// The relation of a party to the applicant (Art. 3).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::sme::Relation")]
pub enum SmeRelation {
    /// The applicant itself: its figures count in full (Art. 6(1)).
    Applicant,
    /// A linked enterprise: over 50% or a control right, in either direction, directly or
    /// through other linked enterprises (Art. 3(3)); its figures are added in full (Art. 6(2)).
    Linked,
    /// A partner enterprise: 25% to 50% in either direction (Art. 3(2)), or an enterprise
    /// linked to a partner or a partner of a linked enterprise; its figures are added in
    /// proportion (`includedPercent`, Art. 6(2) to 6(4)).
    Partner,
    /// A holding of under 25% either way: no partnership, nothing added (Art. 3(1)).
    Autonomous,
    /// An exempt investor holding 25% to 50%: nothing added, the applicant stays autonomous
    /// (Art. 3(2), second subparagraph).
    ExemptInvestor,
    /// A public body: nothing added, but 25% or more held by public bodies means the applicant
    /// is not an SME (Art. 3(4)).
    PublicBody,
    /// A natural person: nothing added; may link the enterprises it controls on the same or
    /// adjacent markets (Art. 3(3), fourth subparagraph).
    NaturalPerson,
    /// Too far from the applicant to count, e.g. a partner of a partner (Art. 6(3)).
    NotIncluded,
}

/// One step of the reasoning.
#[derive(SimpleObject, Debug)]
pub struct SmeTraceStep {
    /// The article of the Annex to Recommendation 2003/361/EC the step applies, e.g.
    /// `"Art. 3(2)"`.
    pub article: String,
    /// The step in plain English; figures in it are rounded for reading.
    pub text: String,
}

/// The category by size alone in one accounting period.
#[derive(SimpleObject, Debug)]
pub struct SmePeriodCategory {
    /// The applicant's label for the period, e.g. `"2024"`.
    pub label: String,
    /// The category of the aggregated figures of that period by the ceilings of Art. 2.
    pub category: SmeCategory,
}

/// Maps the engine's result to the GraphQL result, field by field.
pub fn from_domain(a: d::SmeAssessment) -> SmeAssessment {
    SmeAssessment {
        category: a.category.into(),
        is_sme: a.is_sme,
        not_sme_reason: a.not_sme_reason.map(Into::into),
        aggregated: SmeAggregatedFigures {
            staff_awu: a.aggregated.staff_awu,
            annual_turnover: a.aggregated.annual_turnover,
            balance_sheet_total: a.aggregated.balance_sheet_total,
        },
        enterprises: a
            .enterprises
            .into_iter()
            .map(|e| SmeEnterpriseResult {
                id: e.id,
                name: e.name,
                relation: e.relation.into(),
                included_percent: e.included_percent,
                via: e.via,
                explanation: e.explanation,
            })
            .collect(),
        trace: a
            .trace
            .into_iter()
            .map(|t| SmeTraceStep {
                article: t.article,
                text: t.text,
            })
            .collect(),
        rule_version: a.rule_version,
        period_categories: a
            .period_categories
            .into_iter()
            .map(|p| SmePeriodCategory {
                label: p.label,
                category: p.category.into(),
            })
            .collect(),
    }
}
