//! E-mail (issue #17): the admin's view of the outbox, and the mail job's steps (claim the due
//! e-mails, record each outcome). E-mails themselves are written by the store, inside the
//! transaction of the change that causes them (`store::outbox`), never here.
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use crate::store::outbox as repo;
use chrono::Duration;

pub use crate::store::outbox::OutboxEmail;

/// The outbox, newest first (platform admin): what was sent, what waits, what failed and why.
pub async fn outbox(ctx: &Ctx, status: Option<&str>, first: u64) -> ApiResult<Vec<OutboxEmail>> {
    ctx.authorize(Action::EmailOutboxRead).await?;
    if let Some(s) = status
        && !["PENDING", "SENT", "FAILED"].contains(&s)
    {
        return Err(ApiError::validation("status", "PENDING, SENT or FAILED"));
    }
    let first = first.clamp(1, crate::actions::MAX_PAGE);
    Ok(repo::list(ctx.store().db(), status, first).await?)
}

/// The mail job claims the due e-mails for this process (`owner`) for the lease.
pub async fn claim_due(ctx: &Ctx, owner: &str) -> ApiResult<Vec<OutboxEmail>> {
    let lease =
        Duration::from_std(ctx.app.settings.mail.lease).unwrap_or_else(|_| Duration::minutes(2));
    Ok(repo::claim_due(ctx.store().db(), owner, ctx.now(), lease, 50).await?)
}

/// The outcome of one attempt: sent (the SMTP server accepted it), or failed with the reason
/// and the next attempt scheduled.
pub async fn record_outcome(
    ctx: &Ctx,
    mail: &OutboxEmail,
    owner: &str,
    outcome: Result<(), String>,
) -> ApiResult<()> {
    let db = ctx.store().db();
    match outcome {
        Ok(()) => {
            repo::mark_sent(db, mail.id, owner, ctx.now()).await?;
        }
        Err(e) => repo::mark_failed(db, mail, owner, &e, ctx.now()).await?,
    }
    Ok(())
}
