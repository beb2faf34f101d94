//! In-app notifications for an organisation: its applications' and vouchers' status changes.
use super::applications::VoucherApplication;
use super::context::ctx;
use super::loaders::{self, ApplicationLoader, VoucherLoader};
use super::pagination::{Conn, connection, page_request};
use super::scalars::{id, parse_id};
use super::vouchers::Voucher;
use crate::actions::notifications;
use crate::actions::notifications as repo;
use crate::error::ApiResult;
use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Utc};

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
    /// An incident clock expires within 6 hours (`incidentId`, `detail`: the stage).
    IncidentClockAboutToExpire,
    /// An incident clock is overdue (`incidentId`, `detail`: the stage).
    IncidentClockOverdue,
    /// A CRITICAL early-warning alert was published or updated (see `alertId`).
    AlertCritical,
    /// A participant on a training session's waitlist got a seat.
    TrainingSeatConfirmed,
    /// A Reserve request's summary report is due within 6 hours (`reserveRequestId`).
    ReserveReportAboutToExpire,
    /// A Reserve request's summary report is overdue (`reserveRequestId`).
    ReserveReportOverdue,
}

pub struct Notification(pub repo::Notification);

#[Object]
impl Notification {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn kind(&self) -> ApiResult<NotificationKind> {
        Ok(self.0.kind.into())
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }
    /// The incident case it is about, if any (open it with `incident(id:)`).
    async fn incident_id(&self) -> Option<ID> {
        self.0.incident_id.map(id)
    }
    /// The Reserve request it is about, if any (open it with `reserveRequest(id:)`).
    async fn reserve_request_id(&self) -> Option<ID> {
        self.0.reserve_request_id.map(id)
    }
    /// A short code detail, e.g. the incident stage (`EARLY_WARNING`).
    async fn detail(&self) -> Option<&str> {
        self.0.detail.as_deref()
    }
    async fn application(&self, ctx: &Context<'_>) -> ApiResult<Option<VoucherApplication>> {
        let Some(id) = self.0.subject.application else {
            return Ok(None);
        };
        Ok(loaders::load::<ApplicationLoader>(ctx, id)
            .await?
            .map(VoucherApplication))
    }
    async fn voucher(&self, ctx: &Context<'_>) -> ApiResult<Option<Voucher>> {
        let Some(id) = self.0.subject.voucher else {
            return Ok(None);
        };
        Ok(loaders::load::<VoucherLoader>(ctx, id).await?.map(Voucher))
    }
    async fn redemption_id(&self) -> Option<ID> {
        self.0.subject.redemption.map(id)
    }
    /// The alert a notification announces (`ALERT_CRITICAL`).
    async fn alert_id(&self) -> Option<ID> {
        self.0.alert.map(id)
    }
}

#[derive(Default)]
pub struct NotificationQuery;

#[Object]
impl NotificationQuery {
    /// The caller's organisation's notifications, newest first.
    async fn notifications(
        &self,
        c: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Conn<Notification>> {
        let page = notifications::list(ctx(c)?, page_request(first, after)?).await?;
        connection(page, |n| n.id, |n| Ok(Notification(n)))
    }

    /// How many of them are unread.
    async fn unread_notifications(&self, c: &Context<'_>) -> ApiResult<u64> {
        notifications::unread(ctx(c)?).await
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
        c: &Context<'_>,
        ids: Option<Vec<ID>>,
    ) -> ApiResult<u64> {
        let ids = ids
            .map(|ids| {
                ids.iter()
                    .map(|id| parse_id("ids", id))
                    .collect::<ApiResult<Vec<_>>>()
            })
            .transpose()?;
        notifications::mark_read(ctx(c)?, ids).await
    }
}
