//! Voucher expiry: every interval, vouchers past their expiry date are expired and their
//! unspent funds released (`store::vouchers::expire_due`). Two processes running it on one
//! PostgreSQL database expire each voucher exactly once: each close is a conditional update.
use crate::events::{Event, Events};
use crate::store::{Store, vouchers};
use chrono::Utc;
use std::time::Duration;
use tokio::task::JoinHandle;

/// Vouchers expired per transaction batch read.
const BATCH: u64 = 200;

/// One sweep: expires every due voucher, in batches, and tells live subscribers of each
/// voucher's organisation. Returns how many this process expired.
pub async fn sweep(store: &Store, events: &Events) -> Result<u64, crate::store::StoreError> {
    let actor = vouchers::system_actor("voucher-expiry");
    let mut total = 0;
    loop {
        let orgs = vouchers::expire_due(store, &actor, Utc::now(), BATCH).await?;
        let n = orgs.len() as u64;
        for organisation in orgs {
            events.publish(Event::NotificationsChanged { organisation });
        }
        total += n;
        if n < BATCH {
            return Ok(total);
        }
    }
}

/// Runs [`sweep`] every `interval` (the first one interval after start) until aborted.
pub fn spawn(store: Store, events: Events, interval: Duration) -> JoinHandle<()> {
    tokio::spawn(async move {
        // The first sweep one interval after start, then every interval.
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + interval, interval);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match sweep(&store, &events).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(expired = n, "voucher expiry"),
                Err(e) => tracing::error!(error = %e, "voucher expiry failed"),
            }
        }
    })
}
