//! In-app notifications for an organisation: its applications' and vouchers' status changes.
use super::applications::VoucherApplication;
use super::context::{self, require};
use super::error::{ApiError, ApiResult};
use super::loaders::{self, ApplicationLoader, VoucherLoader};
use super::organisations::parse_id;
use super::pagination::{connection, page_request};
use super::vouchers::Voucher;
use crate::store::entities::notification;
use crate::store::notifications::{self as repo, Kind};
use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Utc};
use domain::account::Role;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::notification::NotificationKind")]
pub enum NotificationKind {
    /// An application was approved and its voucher issued.
    ApplicationApproved,
    /// An application was rejected (see its reason).
    ApplicationRejected,
    /// A service provider redeemed a voucher.
    VoucherRedeemed,
    /// The agency approved a redemption's payment.
    PaymentApproved,
    /// The agency cancelled a voucher.
    VoucherCancelled,
    /// A voucher expired.
    VoucherExpired,
}

pub struct Notification(pub notification::Model);

#[Object]
impl Notification {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn kind(&self) -> ApiResult<NotificationKind> {
        Kind::parse(&self.0.kind)
            .map(Into::into)
            .map_err(|_| ApiError::internal("notification kind"))
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }
    async fn application(&self, ctx: &Context<'_>) -> ApiResult<Option<VoucherApplication>> {
        let Some(id) = self.0.application_id else {
            return Ok(None);
        };
        Ok(loaders::load::<ApplicationLoader>(ctx, id)
            .await?
            .map(VoucherApplication))
    }
    async fn voucher(&self, ctx: &Context<'_>) -> ApiResult<Option<Voucher>> {
        let Some(id) = self.0.voucher_id else {
            return Ok(None);
        };
        Ok(loaders::load::<VoucherLoader>(ctx, id).await?.map(Voucher))
    }
    async fn redemption_id(&self) -> Option<ID> {
        self.0.redemption_id.map(|id| ID(id.to_string()))
    }
}

const ROLES: [Role; 2] = [Role::ProviderUser, Role::ServiceProvider];

#[derive(Default)]
pub struct NotificationQuery;

#[Object]
impl NotificationQuery {
    /// The caller's organisation's notifications, newest first.
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Connection<String, Notification>> {
        let p = require(ctx, "notification.list", &ROLES).await?;
        let st = context::state(ctx)?;
        let page = repo::list(st.store.db(), &p.scope, page_request(first, after)?).await?;
        connection(page, |n| n.id, |n| Ok(Notification(n)))
    }

    /// How many of them are unread.
    async fn unread_notifications(&self, ctx: &Context<'_>) -> ApiResult<u64> {
        let p = require(ctx, "notification.list", &ROLES).await?;
        let st = context::state(ctx)?;
        Ok(repo::unread(st.store.db(), &p.scope).await?)
    }
}

#[derive(Default)]
pub struct NotificationMutation;

#[Object]
impl NotificationMutation {
    /// Marks notifications read: the given ones, or all when `ids` is omitted. Returns how
    /// many changed.
    async fn mark_notifications_read(
        &self,
        ctx: &Context<'_>,
        ids: Option<Vec<ID>>,
    ) -> ApiResult<u64> {
        require(ctx, "notification.read", &ROLES).await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let ids = ids
            .map(|ids| {
                if ids.len() > 100 {
                    return Err(ApiError::validation("ids", "at most 100 at once"));
                }
                ids.iter()
                    .map(|id| parse_id("ids", id))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?;
        let changed = repo::mark_read(&st.store, &req.actor(), ids).await?;
        if changed > 0
            && let domain::account::Scope::Organisation { id, .. } = req.scope()
        {
            context::notifications_changed(ctx, &[id]);
        }
        Ok(changed)
    }
}
