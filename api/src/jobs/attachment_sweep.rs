//! Unreferenced attachment content: every hour, content that no attachment row names and
//! that was written more than an hour ago (an upload whose row write failed) is removed
//! (`actions::attachments::sweep_orphans`). Several processes may sweep at once: deleting a
//! file twice is harmless, and content rewritten since the cutoff is kept.
use crate::actions::{Ctx, attachments};
use crate::error::ApiResult;
use crate::state::AppState;
use std::time::Duration;
use tokio::task::JoinHandle;

/// How often the sweep runs: hourly, like its grace period; listing a bucket is not free.
pub const INTERVAL: Duration = Duration::from_secs(3600);

/// One sweep at the clock's now; returns how many files this process removed.
pub async fn sweep(app: &AppState) -> ApiResult<u64> {
    let ctx = Ctx::system(app.clone(), "attachment-sweep");
    attachments::sweep_orphans(&ctx).await
}

/// Runs [`sweep`] every `interval` (the first one interval after start) until aborted.
pub fn spawn(app: AppState, interval: Duration) -> JoinHandle<()> {
    super::periodic::every(app, interval, "attachment sweep", |app| async move {
        sweep(&app).await
    })
}
