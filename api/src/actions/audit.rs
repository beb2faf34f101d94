//! The audit trail, for the platform admin.
use super::{Action, Ctx};
use crate::error::ApiResult;
use crate::store::audit as repo;
use crate::store::page::{Page, PageRequest};

/// What this capability reads, for the transports.
pub use crate::store::audit::{AuditFilter, AuditRecord};

/// The audit trail, newest first.
pub async fn list(
    ctx: &Ctx,
    filter: &AuditFilter,
    page: PageRequest,
) -> ApiResult<Page<AuditRecord>> {
    ctx.authorize(Action::AuditRead).await?;
    Ok(repo::list(ctx.store().db(), filter, page).await?)
}
