//! This node's live alert stream: on each alert event of the bus (from this node or, on
//! PostgreSQL, from another), on a resync after a lost connection, and every few seconds as a
//! safety net, the node reads the events after the last one it read from the store, in sequence
//! order, and hands each (with its alert) to its subscribers (`AppState::alert_feed`), who
//! filter it by TLP. Reading from the store, not from the payload, is what lets a node that
//! missed notifications catch up from its last cursor.
use crate::actions::{Ctx, alerts};
use crate::state::AppState;
use tokio::sync::broadcast::error::RecvError;
use tokio::task::JoinHandle;

/// Where the node's stream starts: read before the server accepts its first request, so that no
/// event published after a subscriber's catch-up can fall before the feed's start (a gap).
/// `None` when the store did not answer; the feed then reads it when it starts.
pub async fn start_position(app: &AppState) -> Option<i64> {
    let ctx = Ctx::system(app.clone(), "alert-feed");
    match alerts::feed_start(&ctx).await {
        Ok(seq) => Some(seq),
        Err(e) => {
            tracing::error!(error = ?e, "alert feed: cannot read the stream's end");
            None
        }
    }
}

pub fn spawn(app: AppState, start: Option<i64>) -> JoinHandle<()> {
    tokio::spawn(async move {
        let ctx = Ctx::system(app.clone(), "alert-feed");
        // How often the node looks for events even without a notification.
        let catch_up = app.settings.limits.alert_catch_up;
        let mut rx = app.events.subscribe();
        let mut last = loop {
            if let Some(seq) = start {
                break seq;
            }
            match alerts::feed_start(&ctx).await {
                Ok(seq) => break seq,
                Err(e) => {
                    tracing::error!(error = ?e, "alert feed: cannot read the stream's end");
                    tokio::time::sleep(catch_up).await;
                }
            }
        };
        let mut tick = tokio::time::interval(catch_up);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                r = rx.recv() => match r {
                    Ok(e) if alerts::wakes_feed(&e) => {}
                    Err(RecvError::Lagged(_)) => {}
                    Ok(_) => continue,
                    Err(RecvError::Closed) => return,
                },
                _ = tick.tick() => {}
            }
            match alerts::feed_after(&ctx, last).await {
                Ok(items) => {
                    for item in items {
                        last = item.event.seq;
                        app.alert_feed.send(item);
                    }
                }
                Err(e) => tracing::error!(error = ?e, "alert feed: cannot read events"),
            }
        }
    })
}
