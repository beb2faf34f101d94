//! A sweep run every interval (the first one interval after start) until aborted, logging how
//! much it did and any failure: the shape of the expiry, escalation and reminder jobs.
use crate::error::ApiResult;
use crate::state::AppState;
use std::future::Future;
use std::time::Duration;
use tokio::task::JoinHandle;

/// Runs `sweep` every `interval` under `name` until aborted.
pub fn every<F, Fut>(
    app: AppState,
    interval: Duration,
    name: &'static str,
    sweep: F,
) -> JoinHandle<()>
where
    F: Fn(AppState) -> Fut + Send + 'static,
    Fut: Future<Output = ApiResult<u64>> + Send,
{
    tokio::spawn(async move {
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + interval, interval);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match sweep(app.clone()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(count = n, job = name, "job swept"),
                Err(e) => tracing::error!(error = ?e, job = name, "job failed"),
            }
        }
    })
}
