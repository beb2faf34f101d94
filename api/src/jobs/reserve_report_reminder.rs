//! The Reserve's summary-report reminder: every interval (the voucher expiry's,
//! `CYBERHEALTH_EXPIRY_INTERVAL_SECONDS`), the requesting organisation is notified once when a
//! delivered request's summary report is due within 6 hours and once when it is overdue
//! (`actions::reserve_reminders::remind_due`). Several processes on one PostgreSQL database send
//! each reminder exactly once: its marker row is the condition.
use crate::actions::{Ctx, reserve_reminders};
use crate::error::ApiResult;
use crate::state::AppState;
use std::time::Duration;
use tokio::task::JoinHandle;

/// One sweep at the clock's now. Returns how many reminders this process sent.
pub async fn sweep(app: &AppState) -> ApiResult<u64> {
    reserve_reminders::remind_due(&Ctx::system(app.clone(), "reserve-report-reminder")).await
}

/// Runs [`sweep`] every `interval` (the first one interval after start) until aborted.
pub fn spawn(app: AppState, interval: Duration) -> JoinHandle<()> {
    super::periodic::every(app, interval, "reserve report reminder", |app| async move {
        sweep(&app).await
    })
}
