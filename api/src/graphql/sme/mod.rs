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

use super::context::ctx;
use crate::actions::sme;
use crate::error::ApiResult;
use async_graphql::{Context, Object};

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
    async fn sme_assessment(
        &self,
        c: &Context<'_>,
        input: SmeAssessmentInput,
    ) -> ApiResult<SmeAssessment> {
        let result = sme::assess(ctx(c)?, to_domain(input)?).await?;
        Ok(from_domain(result))
    }
}
