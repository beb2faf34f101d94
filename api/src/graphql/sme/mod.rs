//! The SME self-assessment: `smeAssessment` runs the engine of [`domain::sme`] on the caller's
//! input and returns the result. Public (no login) and pure: nothing is stored or audited.
//!
//! `input.rs` holds the input types and [`to_domain`]; `output.rs` the result types and
//! [`from_domain`]. Both sides are plain mappings; every rule is in the engine.
mod input;
mod output;

pub use input::{
    ControlRight, EnterpriseKind, ExemptInvestorInput, ExemptInvestorKind, MAX_ENTERPRISES,
    MAX_HOLDINGS, SmeAssessmentInput, SmeCategory, SmeEnterpriseInput, SmeHoldingInput,
    SmePeriodInput, SmeStaffLineInput, StaffKind, to_domain,
};
pub use output::{
    NotSmeReason, SmeAggregatedFigures, SmeAssessment, SmeEnterpriseResult, SmePeriodCategory,
    SmeRelation, SmeTraceStep, from_domain,
};

use super::error::{ApiError, ApiResult};
use async_graphql::Object;
use domain::sme::SmeError;

#[derive(Default)]
pub struct SmeQuery;

#[Object]
impl SmeQuery {
    /// Assesses whether an applicant (e.g. your clinic) is a micro, small or medium-sized
    /// enterprise under the Annex to Commission Recommendation 2003/361/EC, taking its partner
    /// and linked enterprises into account, and explains each step with its article.
    ///
    /// No login is needed and nothing is stored. A `VALIDATION` error names the input field at
    /// fault in `extensions.field`, e.g. `holdings[0].capitalPercent`.
    async fn sme_assessment(&self, input: SmeAssessmentInput) -> ApiResult<SmeAssessment> {
        let input = to_domain(input)?;
        // A large group takes milliseconds of CPU: off the async workers, like password hashing.
        let result = tokio::task::spawn_blocking(move || domain::sme::assess(&input))
            .await
            .map_err(ApiError::internal)?
            .map_err(engine_error)?;
        Ok(from_domain(result))
    }
}

/// The engine names fields by their path in its own input, which is the GraphQL input's path
/// except for an exempt investor's details: the engine's `enterprises[i].kind.annualBudgetEur`
/// is `enterprises[i].exemptInvestor.annualBudgetEur` here.
pub(crate) fn engine_error(e: SmeError) -> ApiError {
    let SmeError::Validation { field, message } = e;
    ApiError::validation(field.replace(".kind.", ".exemptInvestor."), message)
}
