//! The result of an SME assessment, stored as a JSON snapshot with each voucher application.
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::input::Category;

/// The result of [`super::assess`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SmeAssessment {
    /// The applicant's category by its figures (Art. 2, with the two-period rule of Art. 4(2)):
    /// `large` when over the medium ceilings. Read `isSme` first: an enterprise controlled by
    /// public bodies (Art. 3(4)) is not an SME whatever this says, and keeps the category its
    /// figures give here.
    pub category: Category,
    /// Whether the applicant is a micro, small or medium-sized enterprise: `category` is not
    /// `large` and public bodies do not control it (Art. 3(4)). `notSmeReason` says why not.
    pub is_sme: bool,
    /// Why the applicant is not an SME, if it is not.
    pub not_sme_reason: Option<NotSmeReason>,
    /// The applicant's figures with those of its linked and partner enterprises added, for the
    /// latest period assessed (Art. 6).
    pub aggregated: Aggregated,
    /// How each enterprise of the input relates to the applicant, in input order.
    pub enterprises: Vec<EnterpriseResult>,
    /// The reasoning, step by step.
    pub trace: Vec<TraceStep>,
    /// The version of the rules that produced this result ([`super::RULE_VERSION`]).
    pub rule_version: String,
    /// The category by size in each period assessed, oldest first (Art. 4(2)).
    pub period_categories: Vec<PeriodCategory>,
}

/// Why an enterprise is not an SME.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum NotSmeReason {
    /// Over the medium-sized ceilings (Art. 2(1)).
    Size,
    /// 25% or more of the capital or voting rights controlled by public bodies (Art. 3(4)).
    PublicBodyControl,
}

/// Aggregated figures, exact (not rounded).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Aggregated {
    /// Staff headcount in annual work units (Art. 5).
    pub staff_awu: Decimal,
    /// Annual turnover, EUR.
    pub annual_turnover: Decimal,
    /// Balance-sheet total, EUR.
    pub balance_sheet_total: Decimal,
}

/// How one enterprise of the input relates to the applicant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnterpriseResult {
    /// The enterprise's id in the input.
    pub id: String,
    /// The enterprise's name.
    pub name: String,
    /// Its relation to the applicant.
    pub relation: Relation,
    /// The share of its figures added to the applicant's, 0 to 100.
    pub included_percent: Decimal,
    /// The id of the enterprise through which it is connected, if not directly.
    pub via: Option<String>,
    /// Why, in plain English.
    pub explanation: String,
}

/// The relation of an enterprise to the applicant (Art. 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Relation {
    /// The applicant itself.
    Applicant,
    /// Linked (Art. 3(3)): figures added at 100%.
    Linked,
    /// Partner (Art. 3(2)), or linked to a partner: figures added pro rata.
    Partner,
    /// A holding under 25% either way (Art. 3(1)): nothing added.
    Autonomous,
    /// An exempt investor of Art. 3(2)(a) to (d): nothing added.
    ExemptInvestor,
    /// A public body (Art. 3(4)): nothing added, but its holding may make the applicant not an
    /// SME.
    PublicBody,
    /// A natural person: nothing added; may link enterprises (Art. 3(3)).
    NaturalPerson,
    /// Too far from the applicant to count (e.g. a partner of a partner, Art. 6(3)).
    NotIncluded,
}

/// One step of the reasoning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TraceStep {
    /// The article of the Annex to Recommendation 2003/361/EC, e.g. "Art. 3(2)".
    pub article: String,
    /// The step in plain English.
    pub text: String,
}

/// The category by size in one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PeriodCategory {
    /// The applicant's label for the period, e.g. "2024".
    pub label: String,
    /// The category by size of the aggregated figures for that period (Art. 2).
    pub category: Category,
}
