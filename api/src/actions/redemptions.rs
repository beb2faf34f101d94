//! Redemptions and their payment. The agency's payment queue is the list filtered to
//! `PENDING_PAYMENT`; approving a payment disburses what the voucher's advance did not cover.
use super::{Action, Ctx, funds};
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::store::page::{Page, PageRequest};
use crate::store::programmes;
use crate::store::redemptions as repo;
use domain::voucher::RedemptionStatus;
use uuid::Uuid;

/// What this capability reads, for the transports.
pub use crate::store::redemptions::{Redemption, RedemptionFilter};

/// Redemptions the caller may see, newest first.
pub async fn list(
    ctx: &Ctx,
    filter: &RedemptionFilter,
    page: PageRequest,
) -> ApiResult<Page<Redemption>> {
    let p = ctx.authorize(Action::RedemptionList).await?;
    Ok(repo::list(ctx.store().db(), &p.scope, filter, page).await?)
}

/// The redemptions of these vouchers within the caller's scope, newest first (relations).
pub async fn of_vouchers(ctx: &Ctx, vouchers: &[Uuid]) -> ApiResult<Vec<Redemption>> {
    Ok(repo::of_vouchers(ctx.store().db(), &ctx.scope(), vouchers).await?)
}

/// An agency officer approves a redemption's payment, which disburses its funds; the clinic
/// and the service provider are notified.
pub async fn pay(ctx: &Ctx, id: Uuid) -> ApiResult<Redemption> {
    let action = Action::RedemptionPay;
    let p = ctx.authorize(action).await?;
    let db = ctx.store().db();
    let Some(r) = repo::find(db, &p.scope, id).await? else {
        let elsewhere = repo::exists(db, id).await?;
        return Err(ctx.not_found(action, "Redemption", id, elsewhere).await);
    };
    let paid_already = || ApiError::transition("the payment was approved already");
    if r.status != RedemptionStatus::PendingPayment {
        return Err(paid_already());
    }
    match repo::approve_payment(ctx.store(), &ctx.actor(), ctx.now(), &r).await? {
        Ok(Some((r, told))) => {
            let events = told
                .into_iter()
                .map(|organisation| Event::NotificationsChanged { organisation });
            Ok(ctx.published(r, events))
        }
        Ok(None) => Err(paid_already()),
        Err(refusal) => {
            let programme = programmes::get(db, r.program_id)
                .await?
                .ok_or(ApiError::NotFound)?;
            Err(funds::refused(&programme, refusal))
        }
    }
}
