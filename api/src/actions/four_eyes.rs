//! Four eyes on money, for the actions that approve it (an application, a redemption's
//! payment): the domain decides whether this officer may approve this amount now; a refusal is
//! audited under the approving action and answered naming the field. The store enforces the
//! same rule again in the approving conditional update, so a race cannot get round it.
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use domain::four_eyes::{self as rules, FourEyes, Recommendation};
use domain::money::Currency;
use uuid::Uuid;

/// What is being approved, for the check and its audit row.
pub struct Approval<'a> {
    pub action: Action,
    pub object_type: &'a str,
    pub object_id: Uuid,
    pub rule: FourEyes,
    pub recommendation: Option<Recommendation>,
    pub amount_minor: i64,
    pub currency: Currency,
}

/// Whether the caller may approve now; a refusal is audited (`four_eyes`) and returned.
pub async fn check(ctx: &Ctx, a: Approval<'_>) -> ApiResult<()> {
    let approver = ctx.actor().id.ok_or(ApiError::Forbidden)?;
    let decided = rules::check_approval(
        a.rule,
        a.recommendation,
        approver,
        a.amount_minor,
        a.currency,
    );
    match decided {
        Ok(()) => Ok(()),
        Err(e) => {
            let object = Some(a.object_id.to_string());
            ctx.deny(a.action, a.object_type, object, "four_eyes")
                .await?;
            Err(e.into())
        }
    }
}
