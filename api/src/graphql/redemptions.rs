//! Redemptions and their payment. The agency's payment queue is `redemptions(filter:
//! {status: PENDING_PAYMENT})`; approving a payment disburses what the voucher's advance did
//! not already cover.
use super::accounts::{Officer, officer};
use super::attachments::Attachment;
use super::context::ctx;
use super::loaders::{self, OrganisationLoader, VoucherLoader};
use super::organisations::Organisation;
use super::pagination::{Conn, connection, page_request};
use super::scalars::{id, idempotency_key as idempotency_key_arg, parse_id, parse_optional_id};
use super::vouchers::Voucher;
use crate::actions::redemptions;
use crate::actions::redemptions::{self as repo, RedemptionFilter};
use crate::error::ApiResult;
use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use domain::search::SearchText;
use rust_decimal::Decimal;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::voucher::RedemptionStatus")]
pub enum RedemptionStatus {
    /// Waiting for the agency to approve the payment.
    PendingPayment,
    /// Paid: the funds were disbursed.
    Paid,
}

/// A voucher redeemed against an invoice.
pub struct Redemption(pub repo::Redemption);

impl Redemption {
    fn money(&self, minor: i64) -> Decimal {
        self.0.money(minor).amount()
    }
}

#[Object]
impl Redemption {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    /// The reference people quote, e.g. `DE-KH-CYBER-2027-R-000007`.
    async fn reference(&self) -> Option<&str> {
        self.0.reference.as_deref()
    }
    /// The payment's reference, once paid, e.g. `DE-KH-CYBER-2027-P-000005`.
    async fn payment_reference(&self) -> Option<&str> {
        self.0.payment_reference.as_deref()
    }
    async fn status(&self) -> ApiResult<RedemptionStatus> {
        Ok(self.0.status.into())
    }
    async fn invoice_reference(&self) -> &str {
        &self.0.invoice_reference
    }
    async fn service_category(&self) -> &str {
        self.0.service_category.as_str()
    }
    async fn currency(&self) -> &str {
        self.0.currency.code()
    }
    async fn invoice_amount(&self) -> Decimal {
        self.money(self.0.invoice_minor)
    }
    /// What the voucher covers.
    async fn covered(&self) -> Decimal {
        self.money(self.0.covered_minor)
    }
    /// What the clinic pays.
    async fn clinic_pays(&self) -> Decimal {
        self.money(self.0.clinic_pays_minor)
    }
    /// What approving the payment disburses: the covered amount less what the voucher's
    /// pre-financing already paid.
    async fn payable(&self) -> Decimal {
        self.money(self.0.net_payable_minor)
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn paid_at(&self) -> Option<DateTime<Utc>> {
        self.0.paid_at
    }
    /// The first of the four eyes on the payment: the officer who recommended it.
    async fn recommended_by_id(&self) -> Option<ID> {
        self.0.recommended_by.map(id)
    }
    /// Whether the caller recommended the payment (and so may not approve it).
    async fn recommended_by_you(&self, c: &Context<'_>) -> ApiResult<bool> {
        let me = ctx(c)?.actor().id;
        Ok(me.is_some() && self.0.recommended_by == me)
    }
    /// The officer who recommended the payment, by name (`null` to callers outside the
    /// officer's agency).
    async fn recommended_by(&self, c: &Context<'_>) -> ApiResult<Option<Officer>> {
        officer(c, self.0.recommended_by).await
    }
    async fn recommended_at(&self) -> Option<DateTime<Utc>> {
        self.0.recommended_at
    }
    /// The officer who approved the payment.
    async fn paid_by_id(&self) -> Option<ID> {
        self.0.paid_by.map(id)
    }
    /// The officer who approved the payment, by name (`null` to callers outside the
    /// officer's agency).
    async fn paid_by(&self, c: &Context<'_>) -> ApiResult<Option<Officer>> {
        officer(c, self.0.paid_by).await
    }
    async fn voucher_id(&self) -> ID {
        id(self.0.voucher_id)
    }
    /// Its invoices, oldest first (upload: `POST /redemptions/{id}/attachments`).
    async fn attachments(&self, ctx: &Context<'_>) -> ApiResult<Vec<Attachment>> {
        Ok(
            loaders::load::<loaders::AttachmentsByRedemptionLoader>(ctx, self.0.id)
                .await?
                .unwrap_or_default()
                .into_iter()
                .map(Attachment)
                .collect(),
        )
    }
    async fn voucher(&self, ctx: &Context<'_>) -> ApiResult<Option<Voucher>> {
        Ok(loaders::load::<VoucherLoader>(ctx, self.0.voucher_id)
            .await?
            .map(Voucher))
    }
    /// The service provider who redeemed it.
    async fn service_provider(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            loaders::load::<OrganisationLoader>(ctx, self.0.service_provider_id)
                .await?
                .map(Organisation),
        )
    }
}

#[derive(InputObject, Default)]
pub struct RedemptionFilterInput {
    pub voucher_id: Option<ID>,
    pub program_id: Option<ID>,
    pub status: Option<RedemptionStatus>,
    /// Part of a reference (the redemption's, its payment's or the invoice's) or of the name
    /// of the clinic or of the service provider, any case.
    pub search: Option<String>,
    /// Redeemed at or after this instant.
    pub redeemed_from: Option<DateTime<Utc>>,
    /// Redeemed before this instant.
    pub redeemed_before: Option<DateTime<Utc>>,
    /// `true`: recommended by a first officer, waiting for the second; `false`: not yet.
    pub recommended: Option<bool>,
}

impl RedemptionFilterInput {
    fn parse(self) -> ApiResult<RedemptionFilter> {
        Ok(RedemptionFilter {
            voucher_id: parse_optional_id("filter.voucherId", self.voucher_id.as_ref())?,
            program_id: parse_optional_id("filter.programId", self.program_id.as_ref())?,
            status: self.status.map(Into::into),
            search: SearchText::parse("filter.search", self.search.as_deref())?,
            redeemed_from: self.redeemed_from,
            redeemed_before: self.redeemed_before,
            recommended: self.recommended,
        })
    }
}

#[derive(Default)]
pub struct RedemptionQuery;

#[Object]
impl RedemptionQuery {
    /// Redemptions the caller may see, newest first: a service provider its own, a clinic
    /// those of its vouchers, an agency its member state's (filter `PENDING_PAYMENT` for the
    /// payments to approve).
    async fn redemptions(
        &self,
        c: &Context<'_>,
        filter: Option<RedemptionFilterInput>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Conn<Redemption>> {
        let filter = filter.unwrap_or_default().parse()?;
        let page = redemptions::list(ctx(c)?, &filter, page_request(first, after)?).await?;
        connection(page, |r| r.id, |r| Ok(Redemption(r)))
    }
}

#[derive(Default)]
pub struct RedemptionMutation;

#[Object]
impl RedemptionMutation {
    /// The first of the four eyes on a payment: an agency officer recommends paying a pending
    /// redemption; a different officer then approves it (`approveRedemptionPayment`).
    async fn recommend_redemption_payment(&self, c: &Context<'_>, id: ID) -> ApiResult<Redemption> {
        let id = parse_id("id", &id)?;
        Ok(Redemption(
            redemptions::recommend_payment(ctx(c)?, id).await?,
        ))
    }

    /// An agency officer approves a redemption's payment, which disburses its funds; the
    /// clinic and the service provider are notified. At or above the programme's four-eyes
    /// threshold another officer must have recommended it first; the recommender approving is
    /// `VALIDATION` on `recommendedBy`. With an `idempotencyKey`, a retry gets the first
    /// payment back.
    async fn approve_redemption_payment(
        &self,
        c: &Context<'_>,
        id: ID,
        idempotency_key: Option<String>,
    ) -> ApiResult<Redemption> {
        let (id, key) = (parse_id("id", &id)?, idempotency_key_arg(idempotency_key)?);
        Ok(Redemption(redemptions::pay(ctx(c)?, id, key).await?))
    }
}
