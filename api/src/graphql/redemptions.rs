//! Redemptions and their payment. The agency's payment queue is `redemptions(filter:
//! {status: PENDING_PAYMENT})`; approving a payment disburses what the voucher's advance did
//! not already cover.
use super::context::{self, require};
use super::error::{ApiError, ApiResult};
use super::funds::refused;
use super::loaders::{self, VoucherLoader};
use super::organisations::{Organisation, OrganisationLoader, parse_id, parse_optional_id};
use super::pagination::{connection, page_request};
use super::vouchers::{Voucher, money_minor};
use crate::store::entities::redemption;
use crate::store::redemptions::{self as repo, RedemptionFilter};
use async_graphql::connection::Connection;
use async_graphql::dataloader::DataLoader;
use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use domain::account::Role;
use domain::voucher::RedemptionStatus as Status;
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
pub struct Redemption(pub redemption::Model);

impl Redemption {
    fn money(&self, minor: i64) -> Decimal {
        money_minor(&self.0.currency, minor)
    }
}

#[Object]
impl Redemption {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn status(&self) -> ApiResult<RedemptionStatus> {
        Status::parse(&self.0.status)
            .map(Into::into)
            .map_err(|_| ApiError::internal("redemption status"))
    }
    async fn invoice_reference(&self) -> &str {
        &self.0.invoice_reference
    }
    async fn service_category(&self) -> &str {
        &self.0.service_category
    }
    async fn currency(&self) -> &str {
        &self.0.currency
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
    async fn voucher_id(&self) -> ID {
        ID(self.0.voucher_id.to_string())
    }
    async fn voucher(&self, ctx: &Context<'_>) -> ApiResult<Option<Voucher>> {
        Ok(loaders::load::<VoucherLoader>(ctx, self.0.voucher_id)
            .await?
            .map(Voucher))
    }
    /// The service provider who redeemed it.
    async fn service_provider(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        let loader = ctx.data::<DataLoader<OrganisationLoader>>()?;
        loader
            .load_one(self.0.service_provider_id)
            .await
            .map_err(|e| (*e).clone())?
            .map(Organisation::try_from)
            .transpose()
    }
}

#[derive(InputObject, Default)]
pub struct RedemptionFilterInput {
    pub voucher_id: Option<ID>,
    pub program_id: Option<ID>,
    pub status: Option<RedemptionStatus>,
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
        ctx: &Context<'_>,
        filter: Option<RedemptionFilterInput>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Connection<String, Redemption>> {
        let p = require(
            ctx,
            "redemption.list",
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
        let filter = RedemptionFilter {
            voucher_id: parse_optional_id("filter.voucherId", f.voucher_id.as_ref())?,
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
        connection(page, |r| r.id, |r| Ok(Redemption(r)))
    }
}

#[derive(Default)]
pub struct RedemptionMutation;

#[Object]
impl RedemptionMutation {
    /// An agency officer approves a redemption's payment, which disburses its funds; the
    /// clinic and the service provider are notified.
    async fn approve_redemption_payment(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Redemption> {
        let p = require(ctx, "redemption.pay", &[Role::AgencyOfficer]).await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let uuid = parse_id("id", &id)?;
        let Some(r) = repo::find(st.store.db(), &p.scope, uuid).await? else {
            let elsewhere = repo::exists(st.store.db(), uuid).await?;
            return Err(context::not_found(
                ctx,
                "redemption.pay",
                "Redemption",
                uuid.to_string(),
                elsewhere,
            )
            .await);
        };
        if Status::parse(&r.status).ok() != Some(Status::PendingPayment) {
            return Err(ApiError::InvalidStateTransition(
                "the payment was approved already".into(),
            ));
        }
        match repo::approve_payment(&st.store, &req.actor(), &r).await? {
            Ok(Some((r, told))) => {
                context::notifications_changed(ctx, &told);
                Ok(Redemption(r))
            }
            Ok(None) => Err(ApiError::InvalidStateTransition(
                "the payment was approved already".into(),
            )),
            Err(refusal) => {
                let programme = crate::store::programmes::get(st.store.db(), r.program_id)
                    .await?
                    .ok_or(ApiError::NotFound)?;
                Err(refused(&programme, refusal))
            }
        }
    }
}
