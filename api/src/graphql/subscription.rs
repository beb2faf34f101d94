//! Live updates over graphql-ws. The caller is authenticated in `connection_init`; each
//! subscription asks its action for permission (a refusal is audited like any other).
use super::alerts::{AlertEvent, AlertFilterInput, parse_cursor, parse_filter};
use super::context::ctx;
use super::organisations::Organisation;
use crate::actions::{Ctx, alerts, notifications, organisations};
use crate::events::Event;
use async_graphql::{Context, Subscription};
use futures_util::stream::{Stream, StreamExt};

#[derive(Default)]
pub struct SubscriptionRoot;

#[Subscription]
impl SubscriptionRoot {
    /// New self-registrations awaiting verification, in the caller's scope (agency officers:
    /// their member state; ENISA and admins: all).
    async fn organisation_registered(
        &self,
        c: &Context<'_>,
    ) -> Result<impl Stream<Item = Organisation>, async_graphql::Error> {
        let ctx: Ctx = ctx(c)?.clone();
        let scope = organisations::watch_registrations(&ctx).await?;
        let rx = ctx.app.events.subscribe();
        Ok(events(rx).filter_map(move |e| {
            let ctx = ctx.clone();
            async move {
                let Event::OrganisationRegistered { id, member_state } = e else {
                    return None;
                };
                let found = organisations::registered(&ctx, scope, id, member_state).await;
                found.ok().flatten().map(Organisation)
            }
        }))
    }

    /// The caller's organisation's unread notification count: now, then after every change
    /// (a decision, a redemption, a payment, an expiry, notifications read).
    async fn unread_notifications(
        &self,
        c: &Context<'_>,
    ) -> Result<impl Stream<Item = u64>, async_graphql::Error> {
        let ctx: Ctx = ctx(c)?.clone();
        let (org, scope) = notifications::watch(&ctx).await?;
        let rx = ctx.app.events.subscribe();
        let changes = events(rx).filter(move |e| {
            // After a resync (missed events from other nodes) the count is read again.
            let mine = matches!(e, Event::NotificationsChanged { organisation } if *organisation == org)
                || *e == Event::Resync;
            async move { mine }
        });
        let ticks = futures_util::stream::once(async {}).chain(changes.map(|_| ()));
        Ok(changed_only(ticks.filter_map(move |()| {
            let ctx = ctx.clone();
            async move { notifications::unread_in(&ctx, &scope).await.ok() }
        })))
    }

    /// The alerts the caller may see (TLP) that pass `filter`: each once at publication, at
    /// each update and at revocation. With `after` (a cursor from `alertsSince` or an earlier
    /// event), everything after it first, then live, with no gap and no duplicate.
    async fn alerts(
        &self,
        c: &Context<'_>,
        filter: Option<AlertFilterInput>,
        after: Option<String>,
    ) -> Result<impl Stream<Item = AlertEvent> + use<>, async_graphql::Error> {
        let filter = parse_filter(filter)?;
        let after = after.map(|a| parse_cursor("after", Some(&a))).transpose()?;
        let stream = alerts::watch(ctx(c)?, filter, after).await?;
        Ok(stream.map(AlertEvent))
    }
}

/// The values of `counts` that differ from the one sent before: a re-read that finds the same
/// count (after a resync, or another organisation's change) sends nothing.
fn changed_only(counts: impl Stream<Item = u64>) -> impl Stream<Item = u64> {
    counts
        .scan(None, |last: &mut Option<u64>, n| {
            let changed = *last != Some(n);
            *last = Some(n);
            futures_util::future::ready(Some(changed.then_some(n)))
        })
        .filter_map(futures_util::future::ready)
}

fn events(rx: tokio::sync::broadcast::Receiver<Event>) -> impl Stream<Item = Event> {
    futures_util::stream::unfold(rx, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(e) => return Some((e, rx)),
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::changed_only;
    use futures_util::StreamExt;

    #[tokio::test]
    async fn a_count_is_sent_again_only_when_it_changed() {
        let counts = futures_util::stream::iter([0, 0, 1, 1, 1, 0, 2]);
        let sent: Vec<u64> = changed_only(counts).collect().await;
        assert_eq!(sent, [0, 1, 0, 2]);
    }
}
