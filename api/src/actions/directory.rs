//! The public directory of national agencies and their helpdesks, for the contact page.
use super::{Action, Ctx};
use crate::error::ApiResult;
use crate::store::directory as repo;

/// What this capability reads, for the transports.
pub use crate::store::directory::AgencyListing;

/// Every verified national agency with its helpdesk, by member state code, then name.
pub async fn agencies(ctx: &Ctx) -> ApiResult<Vec<AgencyListing>> {
    ctx.permit(Action::DirectoryRead).await?;
    Ok(repo::agencies(ctx.store().db()).await?)
}
