//! The SME self-assessment (Recommendation 2003/361/EC): public, pure, nothing stored.
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use domain::sme::{SmeAssessment, SmeAssessmentInput};

/// Runs the engine off the async workers (a large group takes milliseconds of CPU, like
/// password hashing).
pub async fn assess(ctx: &Ctx, input: SmeAssessmentInput) -> ApiResult<SmeAssessment> {
    ctx.permit(Action::SmeAssess).await?;
    run(input).await
}

/// The engine itself, for actions that assess as part of their work (an application's SME
/// snapshot).
pub(crate) async fn run(input: SmeAssessmentInput) -> ApiResult<SmeAssessment> {
    tokio::task::spawn_blocking(move || domain::sme::assess(&input))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::from)
}
