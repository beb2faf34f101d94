//! Redemptions and their payment. The agency's payment queue is the list filtered to
//! `PENDING_PAYMENT`; approving a payment disburses what the voucher's advance did not cover.
use super::four_eyes::{self, Approval};
use super::{Action, Ctx, funds, retries};
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::store::page::{Page, PageRequest};
use crate::store::programmes;
use crate::store::redemptions as repo;
use domain::four_eyes::{FourEyes, Recommendation};
use domain::ledger::IdempotencyKey;
use domain::voucher::RedemptionStatus;
use std::collections::HashMap;
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

/// The most rows one export of redemptions holds.
pub const EXPORT_LIMIT: u64 = 10_000;

/// One row of the redemptions' export: the redemption, its clinic's and its service
/// provider's names.
pub struct ExportRow {
    pub redemption: Redemption,
    pub clinic: String,
    pub service_provider: String,
}

/// The redemptions the caller may see under `filter`, newest first, at most [`EXPORT_LIMIT`],
/// as rows for the CSV export (`GET /redemptions.csv`; the agency's payment queue is
/// `status=PENDING_PAYMENT`). Same permission and scope as [`list`].
pub async fn export(ctx: &Ctx, filter: &RedemptionFilter) -> ApiResult<Vec<ExportRow>> {
    let p = ctx.authorize(Action::RedemptionList).await?;
    let rows = repo::all(ctx.store().db(), &p.scope, filter, EXPORT_LIMIT).await?;
    let voucher_ids = distinct(rows.iter().map(|r| r.voucher_id));
    let clinic_of: HashMap<Uuid, Uuid> = super::vouchers::find_many(ctx, &voucher_ids)
        .await?
        .into_iter()
        .map(|v| (v.id, v.organisation_id))
        .collect();
    let org_ids = distinct(
        rows.iter()
            .map(|r| r.service_provider_id)
            .chain(clinic_of.values().copied()),
    );
    let names: HashMap<Uuid, String> = super::organisations::find_many(ctx, &org_ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let name = |id: Option<&Uuid>| id.and_then(|id| names.get(id)).cloned().unwrap_or_default();
    Ok(rows
        .into_iter()
        .map(|r| ExportRow {
            clinic: name(clinic_of.get(&r.voucher_id)),
            service_provider: name(Some(&r.service_provider_id)),
            redemption: r,
        })
        .collect())
}

fn distinct(ids: impl Iterator<Item = Uuid>) -> Vec<Uuid> {
    let mut ids: Vec<Uuid> = ids.collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The redemptions of these vouchers within the caller's scope, newest first (relations).
pub async fn of_vouchers(ctx: &Ctx, vouchers: &[Uuid]) -> ApiResult<Vec<Redemption>> {
    Ok(repo::of_vouchers(ctx.store().db(), &ctx.scope(), vouchers).await?)
}

/// A redemption in the caller's scope for `action`, or an (audited, when it exists elsewhere)
/// `NOT_FOUND`.
async fn in_scope(ctx: &Ctx, action: Action, id: Uuid) -> ApiResult<Redemption> {
    let p = ctx.authorize(action).await?;
    let db = ctx.store().db();
    match repo::find(db, &p.scope, id).await? {
        Some(r) => Ok(r),
        None => {
            let elsewhere = repo::exists(db, id).await?;
            Err(ctx.not_found(action, "Redemption", id, elsewhere).await)
        }
    }
}

fn paid_already() -> ApiError {
    ApiError::transition("a paid redemption cannot be paid again")
}

/// The first of the four eyes on a payment: an agency officer recommends paying a pending
/// redemption; a different officer then approves the payment.
pub async fn recommend_payment(ctx: &Ctx, id: Uuid) -> ApiResult<Redemption> {
    let action = Action::RedemptionRecommend;
    let r = in_scope(ctx, action, id).await?;
    if r.status != RedemptionStatus::PendingPayment {
        return Err(paid_already());
    }
    let recommended_already = || ApiError::transition("the payment was recommended already");
    if r.recommended_by.is_some() {
        return Err(recommended_already());
    }
    repo::recommend_payment(ctx.store(), &ctx.actor(), ctx.now(), &r)
        .await?
        .ok_or_else(recommended_already)
}

/// Whether the caller may approve `r`'s payment under its programme's four eyes.
async fn check_four_eyes(ctx: &Ctx, r: &Redemption, rule: FourEyes) -> ApiResult<()> {
    four_eyes::check(
        ctx,
        Approval {
            action: Action::RedemptionPay,
            object_type: "Redemption",
            object_id: r.id,
            rule,
            recommendation: r.recommended_by.map(|by| Recommendation {
                by,
                amount_minor: r.net_payable_minor,
            }),
            amount_minor: r.net_payable_minor,
            currency: r.currency,
        },
    )
    .await
}

/// An agency officer approves a redemption's payment, which disburses its funds; the clinic
/// and the service provider are notified. At or above the programme's four-eyes threshold,
/// another officer must have recommended it first; the recommender never approves. A retry
/// with the same idempotency key gets the first payment back.
pub async fn pay(ctx: &Ctx, id: Uuid, key: Option<IdempotencyKey>) -> ApiResult<Redemption> {
    let action = Action::RedemptionPay;
    let retry = |r: &Redemption| {
        let same = r.status == RedemptionStatus::Paid;
        retries::is_retry(key.as_ref(), r.payment_key.as_deref(), same)
    };
    let r = in_scope(ctx, action, id).await?;
    if retry(&r)? {
        return Ok(r);
    }
    let db = ctx.store().db();
    if r.status != RedemptionStatus::PendingPayment {
        return Err(paid_already());
    }
    let programme = programmes::get(db, r.program_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let rule = programme.rules.four_eyes;
    check_four_eyes(ctx, &r, rule).await?;
    match repo::approve_payment(ctx.store(), &ctx.actor(), ctx.now(), &r, key.as_ref()).await? {
        Ok(Some((r, told))) => {
            let events = told
                .into_iter()
                .map(|organisation| Event::NotificationsChanged { organisation });
            Ok(ctx.published(r, events))
        }
        Ok(None) => {
            // Paid meanwhile, or recommended by someone (the conditional update re-checked the
            // four eyes): say which, from what is there now.
            let now = in_scope(ctx, action, id).await?;
            if retry(&now)? {
                return Ok(now);
            }
            if now.status != RedemptionStatus::PendingPayment {
                return Err(paid_already());
            }
            check_four_eyes(ctx, &now, rule).await?;
            Err(ApiError::transition(
                "the payment changed meanwhile; try again",
            ))
        }
        Err(refusal) => Err(funds::refused(&programme, refusal)),
    }
}
