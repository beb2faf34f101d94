//! In-app notifications of an organisation: its applications' and vouchers' status changes.
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::store::notifications as repo;
use crate::store::page::{Page, PageRequest};
use domain::account::Scope;
use uuid::Uuid;

/// What this capability reads, for the transports.
pub use crate::store::notifications::Notification;

/// The caller's organisation's notifications, newest first.
pub async fn list(ctx: &Ctx, page: PageRequest) -> ApiResult<Page<Notification>> {
    let p = ctx.authorize(Action::NotificationList).await?;
    Ok(repo::list(ctx.store().db(), &p.scope, page).await?)
}

/// How many of them are unread.
pub async fn unread(ctx: &Ctx) -> ApiResult<u64> {
    let p = ctx.authorize(Action::NotificationList).await?;
    Ok(repo::unread(ctx.store().db(), &p.scope).await?)
}

/// Marks notifications read: the given ones (at most 100), or all. Returns how many changed.
pub async fn mark_read(ctx: &Ctx, ids: Option<Vec<Uuid>>) -> ApiResult<u64> {
    let (_, org) = ctx.authorize_organisation(Action::NotificationRead).await?;
    if ids.as_ref().is_some_and(|ids| ids.len() > 100) {
        return Err(ApiError::validation("ids", "at most 100 at once"));
    }
    let changed = repo::mark_read(ctx.store(), &ctx.actor(), ctx.now(), org, ids).await?;
    let events = (changed > 0).then_some(Event::NotificationsChanged { organisation: org });
    Ok(ctx.published(changed, events))
}

/// Opens a live feed of the unread count: the caller's organisation and scope.
pub async fn watch(ctx: &Ctx) -> ApiResult<(Uuid, Scope)> {
    let (p, org) = ctx
        .authorize_organisation(Action::NotificationWatch)
        .await?;
    Ok((org, p.scope))
}

/// The unread count as `scope` sees it (for the live feed).
pub async fn unread_in(ctx: &Ctx, scope: &Scope) -> ApiResult<u64> {
    Ok(repo::unread(ctx.store().db(), scope).await?)
}
