//! Vouchers: the clinic sees its vouchers and their codes; a service provider looks a code up
//! and redeems it against an invoice; the agency cancels. Code lookups are rate-limited per
//! service provider, and an unknown code, someone else's code and a code of a voucher the
//! provider may not use all answer the same `NOT_FOUND`. Codes are never logged.
use super::applications::VoucherApplication;
use super::context::ctx;
use super::loaders::{self, ApplicationLoader, ProgrammeLoader, RedemptionsByVoucherLoader};
use super::pagination::{Conn, connection, page_request};
use super::programmes::VoucherProgram;
use super::redemptions::Redemption;
use super::scalars::{
    id, idempotency_key as idempotency_key_arg, lookup_id, parse_id, parse_optional_id,
};
use crate::actions::vouchers::VoucherFilter;
use crate::actions::vouchers::{self as vouchers, Quote, RedeemRequest};
use crate::error::{ApiError, ApiResult};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::decision::DecisionReason;
use domain::programme::ServiceCategory;
use domain::voucher::{InvoiceReference, VoucherCode};
use rust_decimal::Decimal;

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
pub struct Voucher(pub vouchers::Voucher);

#[Object]
impl Voucher {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    /// The code to give the service provider, e.g. `7K2M-…`. Only the clinic holding the
    /// voucher sees it.
    async fn code(&self, c: &Context<'_>) -> ApiResult<Option<String>> {
        vouchers::code_for(ctx(c)?, &self.0)
    }
    /// The reference people quote, e.g. `DE-KH-CYBER-2027-V-000042`.
    async fn reference(&self) -> Option<&str> {
        self.0.reference.as_deref()
    }
    async fn status(&self) -> ApiResult<VoucherStatus> {
        Ok(self.0.status.into())
    }
    async fn currency(&self) -> &str {
        self.0.currency.code()
    }
    async fn amount(&self) -> Decimal {
        self.0.amount().amount()
    }
    /// What redemptions have covered so far.
    async fn redeemed(&self) -> Decimal {
        self.0.redeemed().amount()
    }
    async fn remaining(&self) -> Decimal {
        self.0.remaining().amount()
    }
    /// Paid to the clinic on approval (the programme's pre-financing share).
    async fn prefinanced(&self) -> Decimal {
        self.0.prefinanced().amount()
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
        self.0.service_provider_id.map(id)
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
    /// The clinic holding the voucher, so the provider knows whose invoice it is. Shown only
    /// for a valid code this provider may use.
    pub clinic_name: String,
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
    #[graphql(directive = super::scalars::amount::apply())]
    pub invoice_amount: Decimal,
    /// Send one to retry safely: the same key again gets the first redemption back (never a
    /// second one); with a different invoice it is a `CONFLICT`. Unique per service provider.
    pub idempotency_key: Option<String>,
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

impl From<Quote> for VoucherQuote {
    fn from(q: Quote) -> Self {
        let rules = &q.programme.rules;
        Self {
            voucher_id: id(q.voucher.id),
            clinic_name: q.clinic_name,
            status: q.voucher.status.into(),
            currency: rules.currency.code().to_owned(),
            remaining: q.voucher.remaining().amount(),
            expires_at: q.voucher.expires_at,
            aid_intensity: rules.aid_intensity.value(),
            service_categories: rules
                .service_categories
                .iter()
                .map(|c| c.as_str().to_owned())
                .collect(),
            covers: q.split.map(|(covers, _)| covers.amount()),
            clinic_pays: q.split.map(|(_, pays)| pays.amount()),
        }
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
        c: &Context<'_>,
        filter: Option<VoucherFilterInput>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Conn<Voucher>> {
        let f = filter.unwrap_or_default();
        let filter = VoucherFilter {
            program_id: parse_optional_id("filter.programId", f.program_id.as_ref())?,
            status: f.status.map(Into::into),
        };
        let page = vouchers::list(ctx(c)?, &filter, page_request(first, after)?).await?;
        connection(page, |v| v.id, |v| Ok(Voucher(v)))
    }

    /// One voucher in the caller's scope; `null` when missing or out of scope.
    async fn voucher(&self, c: &Context<'_>, id: ID) -> ApiResult<Option<Voucher>> {
        let Some(id) = lookup_id(&id) else {
            return Ok(None);
        };
        Ok(vouchers::find(ctx(c)?, id).await?.map(Voucher))
    }

    /// A service provider looks a code up before redeeming: what the voucher covers and, for
    /// `invoiceAmount`, what it pays and what the clinic pays. Rate-limited per service
    /// provider; an unknown code and a code the provider may not use both answer `NOT_FOUND`.
    async fn voucher_lookup(
        &self,
        c: &Context<'_>,
        code: String,
        #[graphql(directive = super::scalars::amount::apply())] invoice_amount: Option<Decimal>,
    ) -> ApiResult<VoucherQuote> {
        let code = VoucherCode::parse(&code)?;
        Ok(vouchers::lookup(ctx(c)?, &code, invoice_amount)
            .await?
            .into())
    }
}

impl TryFrom<RedeemVoucherInput> for RedeemRequest {
    type Error = ApiError;
    fn try_from(input: RedeemVoucherInput) -> ApiResult<Self> {
        Ok(RedeemRequest {
            code: VoucherCode::parse(&input.code)?,
            invoice_reference: InvoiceReference::parse(&input.invoice_reference)?,
            service_category: ServiceCategory::parse(&input.service_category)
                .map_err(|_| ApiError::validation("serviceCategory", "unknown service category"))?,
            invoice_amount: input.invoice_amount,
            key: idempotency_key_arg(input.idempotency_key)?,
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
        c: &Context<'_>,
        input: RedeemVoucherInput,
    ) -> ApiResult<RedeemVoucherPayload> {
        let (v, r) = vouchers::redeem(ctx(c)?, input.try_into()?).await?;
        Ok(RedeemVoucherPayload {
            covered: r.money(r.covered_minor).amount(),
            clinic_pays: r.money(r.clinic_pays_minor).amount(),
            remaining: v.remaining().amount(),
            voucher_status: v.status.into(),
            redemption: Redemption(r),
        })
    }

    /// The agency cancels an active voucher; its unspent funds are released. Redemptions made
    /// before stay payable. With an `idempotencyKey`, a retry gets the first cancellation back.
    async fn cancel_voucher(
        &self,
        c: &Context<'_>,
        id: ID,
        reason: String,
        idempotency_key: Option<String>,
    ) -> ApiResult<Voucher> {
        let reason = DecisionReason::parse(&reason)?;
        let (id, key) = (parse_id("id", &id)?, idempotency_key_arg(idempotency_key)?);
        Ok(Voucher(vouchers::cancel(ctx(c)?, id, reason, key).await?))
    }

    /// The clinic names the service provider who may redeem its active voucher (or none:
    /// any service provider with the code).
    async fn choose_service_provider(
        &self,
        c: &Context<'_>,
        voucher_id: ID,
        service_provider_id: Option<ID>,
    ) -> ApiResult<Voucher> {
        let voucher_id = parse_id("id", &voucher_id)?;
        let sp = parse_optional_id("serviceProviderId", service_provider_id.as_ref())?;
        Ok(Voucher(
            vouchers::choose_service_provider(ctx(c)?, voucher_id, sp).await?,
        ))
    }
}
