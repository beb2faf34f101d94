//! Voucher expiry: every interval, vouchers past their expiry date are expired and their
//! unspent funds released (`actions::vouchers::expire_due`). Two processes running it on one
//! PostgreSQL database expire each voucher exactly once: each close is a conditional update.
use crate::actions::{Ctx, vouchers};
use crate::error::ApiResult;
use crate::state::AppState;
use std::time::Duration;
use tokio::task::JoinHandle;

/// One sweep at the clock's now. Returns how many vouchers this process expired.
pub async fn sweep(app: &AppState) -> ApiResult<u64> {
    vouchers::expire_due(&Ctx::system(app.clone(), "voucher-expiry")).await
}

/// Runs [`sweep`] every `interval` (the first one interval after start) until aborted.
pub fn spawn(app: AppState, interval: Duration) -> JoinHandle<()> {
    super::periodic::every(app, interval, "voucher expiry", |app| async move {
        sweep(&app).await
    })
}
