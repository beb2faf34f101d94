//! Incident escalation: every interval (the voucher expiry's, `CYBERHEALTH_EXPIRY_INTERVAL_SECONDS`),
//! the clinic and its member state's authority are notified once when a NIS2 clock of an open
//! case has at most 6 hours left and once when it is overdue
//! (`actions::incidents::escalate_due`). Several processes on one PostgreSQL database send each
//! reminder exactly once: its marker row is the condition.
use crate::actions::{Ctx, incidents};
use crate::error::ApiResult;
use crate::state::AppState;
use std::time::Duration;
use tokio::task::JoinHandle;

/// One sweep at the clock's now. Returns how many reminders this process sent.
pub async fn sweep(app: &AppState) -> ApiResult<u64> {
    incidents::escalate_due(&Ctx::system(app.clone(), "incident-escalation")).await
}

/// Runs [`sweep`] every `interval` (the first one interval after start) until aborted.
pub fn spawn(app: AppState, interval: Duration) -> JoinHandle<()> {
    super::periodic::every(app, interval, "incident escalation", |app| async move {
        sweep(&app).await
    })
}
