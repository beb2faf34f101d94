//! Vouchers: the clinic sees its vouchers and their codes; a service provider looks a code up
//! and redeems it against an invoice; the agency cancels; the expiry job closes vouchers past
//! their date. Code lookups are rate-limited per service provider, and an unknown code, someone
//! else's code and a code the provider may not use all answer the same `NOT_FOUND`. Codes are
//! never logged or audited.
use super::money::minor_units;
use super::organisations::verified_service_provider;
use super::{Action, Ctx, retries};
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::store::page::{Page, PageRequest};
use crate::store::programmes::{self, Programme};
use crate::store::rate_limits;
use crate::store::redemptions::Redemption;
use crate::store::vouchers::{self as repo, Invoice, RedeemRefused};
use domain::account::Scope;
use domain::decision::DecisionReason;
use domain::ledger::IdempotencyKey;
use domain::money::Money;
use domain::programme::ServiceCategory;
use domain::voucher::{self as rules, InvoiceReference, VoucherCode, VoucherStatus};
use rust_decimal::Decimal;
use uuid::Uuid;

/// What this capability reads, for the transports.
pub use crate::store::vouchers::{Voucher, VoucherFilter};

/// Vouchers the caller may see, newest first: a clinic its own, a service provider those it
/// redeemed, an agency its member state's.
pub async fn list(
    ctx: &Ctx,
    filter: &VoucherFilter,
    page: PageRequest,
) -> ApiResult<Page<Voucher>> {
    let p = ctx.authorize(Action::VoucherList).await?;
    Ok(repo::list(ctx.store().db(), &p.scope, filter, page).await?)
}

/// One voucher in the caller's scope (a probe of one elsewhere is audited, capped).
pub async fn find(ctx: &Ctx, id: Uuid) -> ApiResult<Option<Voucher>> {
    ctx.permit(Action::VoucherRead).await?;
    let db = ctx.store().db();
    let found = repo::find(db, &ctx.scope(), id).await?;
    if found.is_none() && repo::exists(db, id).await? {
        ctx.probe(Action::VoucherRead, "Voucher", id).await?;
    }
    Ok(found)
}

/// Vouchers by id within the caller's scope (for relations).
pub async fn find_many(ctx: &Ctx, ids: &[Uuid]) -> ApiResult<Vec<Voucher>> {
    Ok(repo::find_many(ctx.store().db(), &ctx.scope(), ids).await?)
}

/// The vouchers of these applications within the caller's scope (for relations).
pub async fn of_applications(ctx: &Ctx, applications: &[Uuid]) -> ApiResult<Vec<Voucher>> {
    Ok(repo::of_applications(ctx.store().db(), &ctx.scope(), applications).await?)
}

/// The code, for the clinic holding the voucher only: opened from its sealed copy (the
/// database keeps only its digest in clear, `docs/security.md`).
pub fn code_for(ctx: &Ctx, v: &Voucher) -> ApiResult<Option<String>> {
    match ctx.scope() {
        Scope::Organisation { id, .. } if id == v.organisation_id => {
            Ok(Some(repo::open_code(&ctx.app.keys, v)?.display()))
        }
        _ => Ok(None),
    }
}

fn rate_key(org: Uuid) -> String {
    format!("voucher-code:{org}")
}

/// The service provider's organisation, once it has reserved one guess within its code-lookup
/// limit (one conditional update: aliases and concurrent requests cannot exceed it). A code that
/// turns out valid gives the guess back ([`found_code`]).
async fn provider_within_limit(ctx: &Ctx, action: Action) -> ApiResult<Uuid> {
    let (_, org) = ctx.authorize_organisation(action).await?;
    let limits = &ctx.app.settings.limits;
    let (db, key) = (ctx.store().db(), rate_key(org));
    if !rate_limits::reserve(
        db,
        &key,
        limits.code_failures_per_provider,
        limits.code_window,
        ctx.now(),
    )
    .await?
    {
        ctx.deny(action, "Voucher", None, "rate_limited").await?;
        return Err(ApiError::RateLimited);
    }
    Ok(org)
}

/// A valid code: its guess is given back.
async fn found_code(ctx: &Ctx, org: Uuid) -> ApiResult<()> {
    Ok(rate_limits::refund(ctx.store().db(), &rate_key(org)).await?)
}

/// An unknown code: its guess stays counted; the denial is audited and answered as NOT_FOUND.
async fn unknown_code(ctx: &Ctx, action: Action) -> ApiError {
    match ctx.deny(action, "Voucher", None, "unknown_code").await {
        Ok(()) => ApiError::NotFound,
        Err(e) => e,
    }
}

/// What a voucher covers, for a service provider holding its code.
pub struct Quote {
    pub voucher: Voucher,
    pub programme: Programme,
    /// The clinic holding the voucher: a provider learns its name only with a valid code.
    pub clinic_name: String,
    /// For an invoice amount: what the voucher covers and what the clinic pays.
    pub split: Option<(Money, Money)>,
}

/// A service provider looks a code up before redeeming: what the voucher covers and, for
/// `invoice_amount`, what it pays and what the clinic pays. A voucher that can no longer be
/// redeemed covers nothing, whatever remains on it.
pub async fn lookup(
    ctx: &Ctx,
    code: &VoucherCode,
    invoice_amount: Option<Decimal>,
) -> ApiResult<Quote> {
    let action = Action::VoucherLookup;
    let org = provider_within_limit(ctx, action).await?;
    let db = ctx.store().db();
    let Some(v) = repo::usable_by_code(db, org, &ctx.app.code_key.digest(code)).await? else {
        return Err(unknown_code(ctx, action).await);
    };
    found_code(ctx, org).await?;
    let programme = programmes::get(db, v.program_id)
        .await?
        .ok_or_else(|| ApiError::internal("voucher without programme"))?;
    let clinic_name = crate::store::organisations::get(db, v.organisation_id)
        .await?
        .map(|o| o.name)
        .ok_or_else(|| ApiError::internal("voucher without its clinic"))?;
    let currency = programme.rules.currency;
    let redeemable = rules::check_redeemable(v.status, ctx.now() >= v.expires_at).is_ok();
    let split = match invoice_amount {
        None => None,
        Some(a) => {
            let invoice = minor_units("invoiceAmount", a, currency, false)?;
            let left = if redeemable { v.remaining_minor() } else { 0 };
            Some(
                match rules::quote(programme.rules.aid_intensity, invoice, left) {
                    Ok(q) => (programme.money(q.covered), programme.money(q.clinic_pays)),
                    Err(_) => (programme.money(0), programme.money(invoice)),
                },
            )
        }
    };
    Ok(Quote {
        voucher: v,
        programme,
        clinic_name,
        split,
    })
}

/// A redemption as the service provider enters it.
pub struct RedeemRequest {
    pub code: VoucherCode,
    pub invoice_reference: InvoiceReference,
    pub service_category: ServiceCategory,
    pub invoice_amount: Decimal,
    /// The client's idempotency key: a retry with it gets the first redemption back.
    pub key: Option<IdempotencyKey>,
}

/// A service provider redeems a voucher by its code against an invoice. The voucher pays the
/// aid intensity × the invoice, capped at what remains; the clinic pays the rest.
pub async fn redeem(ctx: &Ctx, r: RedeemRequest) -> ApiResult<(Voucher, Redemption)> {
    let action = Action::VoucherRedeem;
    let org = provider_within_limit(ctx, action).await?;
    // The amount's precision depends on the voucher's currency: look it up first.
    let digest = ctx.app.code_key.digest(&r.code);
    let Some(v) = repo::usable_by_code(ctx.store().db(), org, &digest).await? else {
        return Err(unknown_code(ctx, action).await);
    };
    found_code(ctx, org).await?;
    let invoice = Invoice {
        reference: r.invoice_reference,
        category: r.service_category,
        amount_minor: minor_units("invoiceAmount", r.invoice_amount, v.currency, false)?,
        key: r.key,
    };
    if let Some(done) = redemption_retry(ctx, org, &v, &invoice).await? {
        return Ok(done);
    }
    let (actor, now) = (ctx.actor(), ctx.now());
    let object = Some(v.id.to_string());
    match repo::redeem(ctx.store(), &actor, now, org, &digest, &invoice).await? {
        Ok((v, redemption)) => {
            let event = Event::NotificationsChanged {
                organisation: v.organisation_id,
            };
            Ok(ctx.published((v, redemption), [event]))
        }
        Err(RedeemRefused::UnknownCode) => Err(unknown_code(ctx, action).await),
        Err(RedeemRefused::InvoiceReused | RedeemRefused::RequestKeyUsed)
            if invoice.key.is_some() =>
        {
            // A concurrent retry with the same key redeemed first: its redemption is ours.
            match redemption_retry(ctx, org, &v, &invoice).await? {
                Some(done) => Ok(done),
                None => invoice_reused(ctx, action, object).await,
            }
        }
        Err(RedeemRefused::InvoiceReused | RedeemRefused::RequestKeyUsed) => {
            invoice_reused(ctx, action, object).await
        }
        Err(RedeemRefused::Voucher(e)) => {
            ctx.deny(action, "Voucher", object, "refused").await?;
            Err(e.into())
        }
    }
}

async fn invoice_reused(
    ctx: &Ctx,
    action: Action,
    object: Option<String>,
) -> ApiResult<(Voucher, Redemption)> {
    ctx.deny(action, "Voucher", object, "invoice_reused")
        .await?;
    Err(ApiError::Conflict(
        "this invoice reference was redeemed before".into(),
    ))
}

/// The redemption this provider's earlier `redeemVoucher` with the same key created, with its
/// voucher as it is now; `None` when there is none (the request is no retry).
async fn redemption_retry(
    ctx: &Ctx,
    org: Uuid,
    v: &Voucher,
    invoice: &Invoice,
) -> ApiResult<Option<(Voucher, Redemption)>> {
    let Some(key) = &invoice.key else {
        return Ok(None);
    };
    let db = ctx.store().db();
    let Some(r) = crate::store::redemptions::by_request_key(db, org, key).await? else {
        return Ok(None);
    };
    let same = r.voucher_id == v.id
        && r.invoice_reference == invoice.reference.as_str()
        && r.service_category == invoice.category
        && r.invoice_minor == invoice.amount_minor;
    retries::is_retry(Some(key), r.request_key.as_deref(), same)?;
    let now = repo::usable_by_id(db, org, v.id)
        .await?
        .ok_or_else(|| ApiError::internal("a redeemed voucher is gone"))?;
    Ok(Some((now, r)))
}

/// A voucher in the caller's scope for `action`, or an (audited, when it exists elsewhere)
/// `NOT_FOUND`.
async fn in_scope(ctx: &Ctx, action: Action, id: Uuid) -> ApiResult<Voucher> {
    let db = ctx.store().db();
    match repo::find(db, &ctx.scope(), id).await? {
        Some(v) => Ok(v),
        None => {
            let elsewhere = repo::exists(db, id).await?;
            Err(ctx.not_found(action, "Voucher", id, elsewhere).await)
        }
    }
}

/// The agency cancels an active voucher; its unspent funds are released. Redemptions made
/// before stay payable. A retry with the same idempotency key gets the first cancellation back.
pub async fn cancel(
    ctx: &Ctx,
    id: Uuid,
    reason: DecisionReason,
    key: Option<IdempotencyKey>,
) -> ApiResult<Voucher> {
    ctx.authorize(Action::VoucherCancel).await?;
    let status = VoucherStatus::Cancelled;
    let retry = |v: &Voucher| {
        let same = v.status == status && v.close_reason.as_deref() == Some(reason.as_str());
        retries::is_retry(key.as_ref(), v.close_key.as_deref(), same)
    };
    let v = in_scope(ctx, Action::VoucherCancel, id).await?;
    if retry(&v)? {
        return Ok(v);
    }
    rules::close(v.status, status)?;
    let (actor, now) = (ctx.actor(), ctx.now());
    let done = repo::close(
        ctx.store(),
        &actor,
        now,
        v.id,
        status,
        reason.as_str(),
        key.as_ref(),
    );
    let Some(closed) = done.await? else {
        let now = in_scope(ctx, Action::VoucherCancel, id).await?;
        if retry(&now)? {
            return Ok(now);
        }
        return Err(ApiError::transition("the voucher is no longer active"));
    };
    let event = Event::NotificationsChanged {
        organisation: closed.organisation_id,
    };
    Ok(ctx.published(closed, [event]))
}

/// The clinic names the service provider who may redeem its active voucher (or none: any
/// service provider with the code).
pub async fn choose_service_provider(
    ctx: &Ctx,
    voucher_id: Uuid,
    service_provider: Option<Uuid>,
) -> ApiResult<Voucher> {
    let action = Action::VoucherChooseServiceProvider;
    ctx.authorize(action).await?;
    let v = in_scope(ctx, action, voucher_id).await?;
    let sp = match service_provider {
        None => None,
        Some(id) => Some(verified_service_provider(ctx, id).await?),
    };
    repo::choose_service_provider(ctx.store(), &ctx.actor(), ctx.now(), &v, sp)
        .await?
        .ok_or_else(|| ApiError::transition("the voucher is no longer active"))
}

/// Vouchers closed per batch read.
const BATCH: u64 = 200;

/// The expiry job's sweep: expires every voucher past its date, releasing its unspent funds
/// and telling its clinic. Safe in several processes at once: each close is a conditional
/// update, so exactly one of them expires a voucher. Returns how many this call expired.
/// Warns the organisations of vouchers expiring within 30 days, once each, by e-mail
/// (`store::expiry_warnings`). Returns how many vouchers this process warned.
pub async fn warn_expiring(ctx: &Ctx) -> ApiResult<u64> {
    let actor = crate::store::audit::Actor::system("voucher-expiry");
    Ok(crate::store::expiry_warnings::warn_due(ctx.store(), &actor, ctx.now(), BATCH).await?)
}

pub async fn expire_due(ctx: &Ctx) -> ApiResult<u64> {
    let actor = crate::store::audit::Actor::system("voucher-expiry");
    let mut total = 0;
    loop {
        let now = ctx.now();
        let due = repo::due_for_expiry(ctx.store().db(), now, BATCH).await?;
        let n = due.len() as u64;
        for id in due {
            let status = VoucherStatus::Expired;
            if let Some(v) =
                repo::close(ctx.store(), &actor, now, id, status, "validity ended", None).await?
            {
                total += 1;
                let event = Event::NotificationsChanged {
                    organisation: v.organisation_id,
                };
                ctx.published((), [event]);
            }
        }
        if n < BATCH {
            return Ok(total);
        }
    }
}
