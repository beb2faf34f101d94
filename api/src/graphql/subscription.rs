//! Live updates over graphql-ws. The caller is authenticated in `connection_init`.
use super::context;
use super::error::ApiError;
use super::organisations::Organisation;
use crate::events::Event;
use crate::store::organisations as repo;
use async_graphql::{Context, Subscription};
use domain::account::{Role, Scope};
use futures_util::stream::{Stream, StreamExt};

#[derive(Default)]
pub struct SubscriptionRoot;

#[Subscription]
impl SubscriptionRoot {
    /// New self-registrations awaiting verification, in the caller's scope (agency officers:
    /// their member state; ENISA and admins: all).
    async fn organisation_registered(
        &self,
        ctx: &Context<'_>,
    ) -> Result<impl Stream<Item = Organisation>, async_graphql::Error> {
        let req = context::request(ctx)?;
        let st = context::state(ctx)?.clone();
        let p = req.principal.clone().ok_or(ApiError::Unauthenticated)?;
        if !matches!(
            p.role,
            Role::AgencyOfficer | Role::EnisaStaff | Role::PlatformAdmin
        ) {
            return Err(ApiError::Forbidden.into());
        }
        let scope = p.scope;
        let rx = st.events.subscribe();
        let stream = tokio_stream_from(rx).filter_map(move |e| {
            let st = st.clone();
            async move {
                let Event::OrganisationRegistered { id, member_state } = e else {
                    return None;
                };
                let visible = match scope {
                    Scope::Eu => true,
                    Scope::MemberState(ms) => ms == member_state,
                    _ => false,
                };
                if !visible {
                    return None;
                }
                let row = repo::find(st.store.db(), &scope, id).await.ok().flatten()?;
                Organisation::try_from(row).ok()
            }
        });
        Ok(stream)
    }

    /// The caller's organisation's unread notification count: now, then after every change
    /// (a decision, a redemption, a payment, an expiry, notifications read).
    async fn unread_notifications(
        &self,
        ctx: &Context<'_>,
    ) -> Result<impl Stream<Item = u64>, async_graphql::Error> {
        let req = context::request(ctx)?;
        let st = context::state(ctx)?.clone();
        let p = req.principal.clone().ok_or(ApiError::Unauthenticated)?;
        let Scope::Organisation { id: org, .. } = p.scope else {
            return Err(ApiError::Forbidden.into());
        };
        if !matches!(p.role, Role::ProviderUser | Role::ServiceProvider) {
            return Err(ApiError::Forbidden.into());
        }
        let scope = p.scope;
        let rx = st.events.subscribe();
        let changes = tokio_stream_from(rx).filter(move |e| {
            let mine =
                matches!(e, Event::NotificationsChanged { organisation } if *organisation == org);
            async move { mine }
        });
        let ticks = futures_util::stream::once(async {}).chain(changes.map(|_| ()));
        Ok(ticks.filter_map(move |()| {
            let st = st.clone();
            async move {
                crate::store::notifications::unread(st.store.db(), &scope)
                    .await
                    .ok()
            }
        }))
    }
}

fn tokio_stream_from(rx: tokio::sync::broadcast::Receiver<Event>) -> impl Stream<Item = Event> {
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
