//! Vouchers: the clinic sees its vouchers and their codes; a service provider looks a code up
//! and redeems it against an invoice; the agency cancels. Code lookups are rate-limited per
//! service provider, and an unknown code, someone else's code and a code of a voucher the
//! provider may not use all answer the same `NOT_FOUND`. Codes are never logged.
use super::applications::{VoucherApplication, verified_service_provider};
use super::context::{self, require};
use super::error::{ApiError, ApiResult};
use super::loaders::{self, ApplicationLoader, ProgrammeLoader, RedemptionsByVoucherLoader};
use super::organisations::{parse_id, parse_optional_id};
use super::pagination::{connection, page_request};
use super::programmes::VoucherProgram;
use super::redemptions::Redemption;
use crate::store::entities::voucher;
use crate::store::vouchers::{self as repo, Invoice, RedeemRefused, VoucherFilter};
use crate::store::{accounts, programmes};
use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::account::{Role, Scope};
use domain::money::{Currency, Money};
use domain::programme::ServiceCategory;
use domain::voucher::{CodeError, VoucherCode, VoucherError, VoucherStatus as Status};
use rust_decimal::Decimal;
use uuid::Uuid;

/// An amount given in `currency`, as minor units: at most the currency's decimals, positive
/// (or zero when `allow_zero`), and below the ledger's ceiling.
pub(crate) fn minor_units(
    field: &str,
    amount: Decimal,
    currency: Currency,
    allow_zero: bool,
) -> ApiResult<i64> {
    let m = Money::new(amount, currency)
        .and_then(|m| m.to_minor_units())
        .map_err(|e| ApiError::validation(field, e.to_string()))?;
    if m < 0 || (!allow_zero && m == 0) || m > domain::ledger::MAX_BALANCE_MINOR {
        return Err(ApiError::validation(field, "must be a positive amount"));
    }
    Ok(m)
}

/// An amount of `minor` units in the currency with ISO code `currency`.
pub fn money_minor(currency: &str, minor: i64) -> Decimal {
    Currency::parse(currency)
        .map(|c| Money::from_minor_units(minor, c).amount())
        .unwrap_or_else(|_| Decimal::new(minor, 2))
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::voucher::VoucherStatus")]
pub enum VoucherStatus {
    /// Issued, nothing redeemed yet.
    Issued,
    /// Partly used.
    PartiallyRedeemed,
    /// Used in full.
    Redeemed,
    /// Its validity ended; the unspent funds were released.
    Expired,
    /// Cancelled by the agency; the unspent funds were released.
    Cancelled,
}

/// A voucher.
pub struct Voucher(pub voucher::Model);

impl Voucher {
    fn money(&self, minor: i64) -> Decimal {
        money_minor(&self.0.currency, minor)
    }
}

#[Object]
impl Voucher {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    /// The code to give the service provider, e.g. `7K2M-…`. Only the clinic holding the
    /// voucher sees it.
    async fn code(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        let scope = context::request(ctx)?.scope();
        Ok(match scope {
            Scope::Organisation { id, .. } if id == self.0.organisation_id => {
                VoucherCode::parse(&self.0.code).ok().map(|c| c.display())
            }
            _ => None,
        })
    }
    async fn status(&self) -> ApiResult<VoucherStatus> {
        Ok(repo::status(&self.0)?.into())
    }
    async fn currency(&self) -> &str {
        &self.0.currency
    }
    async fn amount(&self) -> Decimal {
        self.money(self.0.amount_minor)
    }
    /// What redemptions have covered so far.
    async fn redeemed(&self) -> Decimal {
        self.money(self.0.redeemed_minor)
    }
    async fn remaining(&self) -> Decimal {
        self.money(self.0.amount_minor - self.0.redeemed_minor)
    }
    /// Paid to the clinic on approval (the programme's pre-financing share).
    async fn prefinanced(&self) -> Decimal {
        self.money(self.0.prefinanced_minor)
    }
    async fn issued_at(&self) -> DateTime<Utc> {
        self.0.issued_at
    }
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.closed_at
    }
    async fn close_reason(&self) -> Option<&str> {
        self.0.close_reason.as_deref()
    }
    /// The only service provider who may redeem it, if the clinic chose one.
    async fn service_provider_id(&self) -> Option<ID> {
        self.0.service_provider_id.map(|id| ID(id.to_string()))
    }
    async fn program(&self, ctx: &Context<'_>) -> ApiResult<Option<VoucherProgram>> {
        Ok(loaders::load::<ProgrammeLoader>(ctx, self.0.program_id)
            .await?
            .map(VoucherProgram))
    }
    async fn application(&self, ctx: &Context<'_>) -> ApiResult<Option<VoucherApplication>> {
        Ok(
            loaders::load::<ApplicationLoader>(ctx, self.0.application_id)
                .await?
                .map(VoucherApplication),
        )
    }
    /// Its redemptions the caller may see, newest first.
    async fn redemptions(&self, ctx: &Context<'_>) -> ApiResult<Vec<Redemption>> {
        Ok(loaders::load::<RedemptionsByVoucherLoader>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(Redemption)
            .collect())
    }
}

#[derive(InputObject, Default)]
pub struct VoucherFilterInput {
    pub program_id: Option<ID>,
    pub status: Option<VoucherStatus>,
}

/// What a voucher covers, for a service provider holding its code.
#[derive(SimpleObject)]
pub struct VoucherQuote {
    pub voucher_id: ID,
    pub status: VoucherStatus,
    pub currency: String,
    pub remaining: Decimal,
    pub expires_at: DateTime<Utc>,
    /// Percent of an invoice the voucher pays.
    pub aid_intensity: Decimal,
    /// The service categories it may pay for.
    pub service_categories: Vec<String>,
    /// For `invoiceAmount`: what the voucher covers…
    pub covers: Option<Decimal>,
    /// …and what the clinic pays.
    pub clinic_pays: Option<Decimal>,
}

/// A redemption against an invoice.
#[derive(InputObject)]
pub struct RedeemVoucherInput {
    /// The voucher's code as the clinic gave it; case, spaces and dashes don't matter.
    pub code: String,
    /// The invoice's reference, unique per service provider, 1 to 100 characters.
    pub invoice_reference: String,
    /// The category of the service invoiced; the programme must cover it.
    pub service_category: String,
    /// The invoice's amount in the voucher's currency; send as a string.
    pub invoice_amount: Decimal,
}

/// The result of a redemption.
#[derive(SimpleObject)]
pub struct RedeemVoucherPayload {
    pub redemption: Redemption,
    /// What the voucher covers.
    pub covered: Decimal,
    /// What the clinic pays.
    pub clinic_pays: Decimal,
    /// What remains on the voucher.
    pub remaining: Decimal,
    pub voucher_status: VoucherStatus,
}

fn redeem_error(e: VoucherError) -> ApiError {
    match e {
        VoucherError::CategoryNotCovered(c) => ApiError::validation(
            "serviceCategory",
            format!(
                "this voucher does not cover {}",
                c.to_lowercase().replace('_', " ")
            ),
        ),
        VoucherError::InvoiceNotPositive => {
            ApiError::validation("invoiceAmount", "must be a positive amount")
        }
        VoucherError::NothingLeft => ApiError::InvalidStateTransition(
            "nothing is left on this voucher for this invoice".into(),
        ),
        VoucherError::Expired => ApiError::InvalidStateTransition("the voucher has expired".into()),
        VoucherError::NotRedeemable(s) => ApiError::InvalidStateTransition(format!(
            "the voucher is {} and cannot be redeemed",
            s.as_str().to_lowercase().replace('_', " ")
        )),
        VoucherError::InvalidTransition { .. } => ApiError::InvalidStateTransition(e.to_string()),
    }
}

fn code_error(e: CodeError) -> ApiError {
    ApiError::validation("code", e.to_string())
}

fn rate_key(org: Uuid) -> String {
    format!("voucher-code:{org}")
}

/// The service provider's organisation, once it passes the code-lookup rate limit.
async fn provider_within_limit(ctx: &Context<'_>, action: &str) -> ApiResult<Uuid> {
    let p = require(ctx, action, &[Role::ServiceProvider]).await?;
    let st = context::state(ctx)?;
    let Scope::Organisation { id: org, .. } = p.scope else {
        return Err(ApiError::Forbidden);
    };
    let limits = &st.settings.limits;
    let failures =
        accounts::recent_failures(st.store.db(), &rate_key(org), limits.code_window).await?;
    if failures >= limits.code_failures_per_provider {
        context::deny(ctx, action, "Voucher", None, "rate_limited").await?;
        return Err(ApiError::RateLimited);
    }
    Ok(org)
}

/// An unknown code: counted against the provider's limit, audited, and answered as NOT_FOUND.
async fn unknown_code(ctx: &Context<'_>, action: &str, org: Uuid) -> ApiError {
    let (Ok(st), Ok(req)) = (context::state(ctx), context::request(ctx)) else {
        return ApiError::internal("context missing");
    };
    match repo::record_code_failure(&st.store, &req.actor(), &rate_key(org), action).await {
        Ok(()) => ApiError::NotFound,
        Err(e) => e.into(),
    }
}

#[derive(Default)]
pub struct VoucherQuery;

#[Object]
impl VoucherQuery {
    /// Vouchers the caller may see, newest first: a clinic its own, a service provider those it
    /// redeemed, an agency its member state's.
    async fn vouchers(
        &self,
        ctx: &Context<'_>,
        filter: Option<VoucherFilterInput>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Connection<String, Voucher>> {
        let p = require(
            ctx,
            "voucher.list",
            &[
                Role::ProviderUser,
                Role::ServiceProvider,
                Role::AgencyOfficer,
                Role::EnisaStaff,
                Role::PlatformAdmin,
            ],
        )
        .await?;
        let st = context::state(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = VoucherFilter {
            program_id: parse_optional_id("filter.programId", f.program_id.as_ref())?,
            status: f.status.map(Into::into),
        };
        let page = repo::list(
            st.store.db(),
            &p.scope,
            &filter,
            page_request(first, after)?,
        )
        .await?;
        connection(page, |v| v.id, |v| Ok(Voucher(v)))
    }

    /// One voucher in the caller's scope; `null` when missing or out of scope.
    async fn voucher(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Voucher>> {
        let req = context::request(ctx)?;
        let st = context::state(ctx)?;
        let Ok(uuid) = Uuid::parse_str(id.as_str()) else {
            return Ok(None);
        };
        Ok(repo::find(st.store.db(), &req.scope(), uuid)
            .await?
            .map(Voucher))
    }

    /// A service provider looks a code up before redeeming: what the voucher covers and, for
    /// `invoiceAmount`, what it pays and what the clinic pays. Rate-limited per service
    /// provider; an unknown code and a code the provider may not use both answer `NOT_FOUND`.
    async fn voucher_lookup(
        &self,
        ctx: &Context<'_>,
        code: String,
        invoice_amount: Option<Decimal>,
    ) -> ApiResult<VoucherQuote> {
        let org = provider_within_limit(ctx, "voucher.lookup").await?;
        let code = VoucherCode::parse(&code).map_err(code_error)?;
        let st = context::state(ctx)?;
        let Some(v) = repo::usable_by_code(st.store.db(), org, &code).await? else {
            return Err(unknown_code(ctx, "voucher.lookup", org).await);
        };
        let programme = programmes::get(st.store.db(), v.program_id)
            .await?
            .ok_or_else(|| ApiError::internal("voucher without programme"))?;
        let status = repo::status(&v)?;
        let remaining = v.amount_minor - v.redeemed_minor;
        let currency = programme.rules.currency;
        // A voucher that can no longer be redeemed covers nothing, whatever remains on it.
        let redeemable =
            domain::voucher::check_redeemable(status, Utc::now() >= v.expires_at).is_ok();
        let (covers, clinic_pays) = match invoice_amount {
            None => (None, None),
            Some(a) => {
                let invoice = minor_units("invoiceAmount", a, currency, false)?;
                let left = if redeemable { remaining } else { 0 };
                match domain::voucher::quote(programme.rules.aid_intensity, invoice, left) {
                    Ok(q) => (
                        Some(programme.money(q.covered).amount()),
                        Some(programme.money(q.clinic_pays).amount()),
                    ),
                    Err(_) => (
                        Some(programme.money(0).amount()),
                        Some(programme.money(invoice).amount()),
                    ),
                }
            }
        };
        Ok(VoucherQuote {
            voucher_id: ID(v.id.to_string()),
            status: status.into(),
            currency: currency.code().to_owned(),
            remaining: programme.money(remaining).amount(),
            expires_at: v.expires_at,
            aid_intensity: programme.rules.aid_intensity.value(),
            service_categories: programme
                .rules
                .service_categories
                .iter()
                .map(|c| c.as_str().to_owned())
                .collect(),
            covers,
            clinic_pays,
        })
    }
}

#[derive(Default)]
pub struct VoucherMutation;

#[Object]
impl VoucherMutation {
    /// A service provider redeems a voucher by its code against an invoice. The voucher pays
    /// the aid intensity × the invoice, capped at what remains; the clinic pays the rest.
    /// Refused for a category the programme does not cover, an expired or used-up voucher,
    /// or an invoice reference used before (`CONFLICT`).
    async fn redeem_voucher(
        &self,
        ctx: &Context<'_>,
        input: RedeemVoucherInput,
    ) -> ApiResult<RedeemVoucherPayload> {
        let org = provider_within_limit(ctx, "voucher.redeem").await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let code = VoucherCode::parse(&input.code).map_err(code_error)?;
        let reference = input.invoice_reference.trim().to_owned();
        if reference.is_empty()
            || reference.chars().count() > 100
            || reference.chars().any(char::is_control)
        {
            return Err(ApiError::validation(
                "invoiceReference",
                "must be 1 to 100 characters",
            ));
        }
        let category = ServiceCategory::parse(&input.service_category)
            .map_err(|_| ApiError::validation("serviceCategory", "unknown service category"))?;
        // The amount's precision depends on the voucher's currency: look it up first.
        let Some(v) = repo::usable_by_code(st.store.db(), org, &code).await? else {
            return Err(unknown_code(ctx, "voucher.redeem", org).await);
        };
        let currency = Currency::parse(&v.currency).map_err(ApiError::internal)?;
        let invoice = Invoice {
            reference,
            category,
            amount_minor: minor_units("invoiceAmount", input.invoice_amount, currency, false)?,
        };
        match repo::redeem(&st.store, &req.actor(), org, &code, &invoice, Utc::now()).await? {
            Ok((v, r)) => {
                context::notifications_changed(ctx, &[v.organisation_id]);
                Ok(RedeemVoucherPayload {
                    covered: money_minor(&r.currency, r.covered_minor),
                    clinic_pays: money_minor(&r.currency, r.clinic_pays_minor),
                    remaining: money_minor(&v.currency, v.amount_minor - v.redeemed_minor),
                    voucher_status: repo::status(&v)?.into(),
                    redemption: Redemption(r),
                })
            }
            Err(RedeemRefused::UnknownCode) => Err(unknown_code(ctx, "voucher.redeem", org).await),
            Err(RedeemRefused::InvoiceReused) => {
                context::deny(
                    ctx,
                    "voucher.redeem",
                    "Voucher",
                    Some(v.id.to_string()),
                    "invoice_reused",
                )
                .await?;
                Err(ApiError::Conflict(
                    "this invoice reference was redeemed before".into(),
                ))
            }
            Err(RedeemRefused::Voucher(e)) => {
                context::deny(
                    ctx,
                    "voucher.redeem",
                    "Voucher",
                    Some(v.id.to_string()),
                    "refused",
                )
                .await?;
                Err(redeem_error(e))
            }
        }
    }

    /// The agency cancels an active voucher; its unspent funds are released. Redemptions made
    /// before stay payable.
    async fn cancel_voucher(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> ApiResult<Voucher> {
        let p = require(ctx, "voucher.cancel", &[Role::AgencyOfficer]).await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > 2000 {
            return Err(ApiError::validation(
                "reason",
                "give a reason of 1 to 2000 characters",
            ));
        }
        let v = scoped_voucher(ctx, &p.scope, "voucher.cancel", &id).await?;
        domain::voucher::close(repo::status(&v)?, Status::Cancelled).map_err(redeem_error)?;
        repo::close(
            &st.store,
            &req.actor(),
            v.id,
            Status::Cancelled,
            reason,
            Utc::now(),
        )
        .await?
        .inspect(|v| context::notifications_changed(ctx, &[v.organisation_id]))
        .map(Voucher)
        .ok_or_else(|| ApiError::InvalidStateTransition("the voucher is no longer active".into()))
    }

    /// The clinic names the service provider who may redeem its active voucher (or none:
    /// any service provider with the code).
    async fn choose_service_provider(
        &self,
        ctx: &Context<'_>,
        voucher_id: ID,
        service_provider_id: Option<ID>,
    ) -> ApiResult<Voucher> {
        let p = require(
            ctx,
            "voucher.choose_service_provider",
            &[Role::ProviderUser],
        )
        .await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let v = scoped_voucher(
            ctx,
            &p.scope,
            "voucher.choose_service_provider",
            &voucher_id,
        )
        .await?;
        let sp = match service_provider_id {
            None => None,
            Some(id) => Some(verified_service_provider(ctx, &id).await?),
        };
        repo::choose_service_provider(&st.store, &req.actor(), &v, sp)
            .await?
            .map(Voucher)
            .ok_or_else(|| {
                ApiError::InvalidStateTransition("the voucher is no longer active".into())
            })
    }
}

/// A voucher in the caller's scope, or an (audited, when it exists elsewhere) NOT_FOUND.
async fn scoped_voucher(
    ctx: &Context<'_>,
    scope: &Scope,
    action: &str,
    id: &ID,
) -> ApiResult<voucher::Model> {
    let st = context::state(ctx)?;
    let uuid = parse_id("id", id)?;
    match repo::find(st.store.db(), scope, uuid).await? {
        Some(v) => Ok(v),
        None => {
            let elsewhere = repo::exists(st.store.db(), uuid).await?;
            Err(context::not_found(ctx, action, "Voucher", uuid.to_string(), elsewhere).await)
        }
    }
}
