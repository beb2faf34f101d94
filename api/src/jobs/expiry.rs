//! Voucher expiry: every interval, vouchers past their expiry date are expired and their
//! unspent funds released (`actions::vouchers::expire_due`). Two processes running it on one
//! PostgreSQL database expire each voucher exactly once: each close is a conditional update.
use crate::actions::{Ctx, vouchers};
use crate::error::ApiResult;
use crate::state::AppState;
use std::time::Duration;
use tokio::task::JoinHandle;

/// One sweep at the clock's now: vouchers due within 30 days are warned by e-mail (once), and
/// those past their date expire. Returns how many vouchers this process expired.
pub async fn sweep(app: &AppState) -> ApiResult<u64> {
    let ctx = Ctx::system(app.clone(), "voucher-expiry");
    let warned = vouchers::warn_expiring(&ctx).await?;
    if warned > 0 {
        tracing::info!(warned, "voucher expiry warnings");
    }
    vouchers::expire_due(&ctx).await
}

/// Runs [`sweep`] every `interval` (the first one interval after start) until aborted.
pub fn spawn(app: AppState, interval: Duration) -> JoinHandle<()> {
    super::periodic::every(app, interval, "voucher expiry", |app| async move {
        sweep(&app).await
    })
}
