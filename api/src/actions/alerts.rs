//! The early-warning service (issue #12): ENISA writes, publishes, updates and revokes alerts;
//! everyone reads the ones TLP lets them see; recipients acknowledge them.
//!
//! Who sees what is decided in one place, `domain::alert::tlp::may_see`, asked here through
//! [`view`] for every transport (GraphQL query and subscription, `alertsSince`, STIX, TAXII,
//! Atom). An alert one may not see is `NOT_FOUND`, exactly like one that does not exist.
use super::{Action, Ctx};
use crate::auth::Principal;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::store::alerts as repo;
use crate::store::organisations;
use domain::account::{Role, Scope};
use domain::alert::acknowledgement::{self, Acknowledgement, AcknowledgementCounts};
use domain::alert::content::{AlertContent, AlertInput};
use domain::alert::cursor::{EventCursor, StreamPosition};
use domain::alert::filter::{AlertFilter, notifies};
use domain::alert::lifecycle::{self, AlertEventKind, AlertStatus, AlertVersion};
use domain::alert::tlp::{
    AccountViewer, RecipientOrganisation, Viewer, ViewerOrganisation, may_see,
};
use domain::member_state::MemberState;
use domain::organisation::{OrganisationKind, OrganisationStatus};
use uuid::Uuid;

pub use crate::store::alerts::{AlertEventRecord, FeedItem, StoredAlert};

/// The most events one `alertsSince` answer covers; the client asks again from the cursor.
pub const MAX_EVENTS: u64 = 200;

/// What ENISA sends to write or update an alert: the content, with the recipient
/// organisations as ids (their member states come from the registry).
#[derive(Debug, Clone)]
pub struct AlertRequest {
    pub input: AlertInput,
    pub recipient_organisations: Vec<Uuid>,
}

/// An alert as one caller sees it: the versions the caller may read (each judged by its own
/// marking), and for ENISA staff the current content (a draft's included) and recipients.
#[derive(Debug, Clone)]
pub struct AlertView {
    pub id: Uuid,
    pub status: AlertStatus,
    pub versions: Vec<AlertVersion>,
    /// ENISA staff only: the draft's or latest version's content, recipients included.
    pub editor_content: Option<AlertContent>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
    pub revocation_reason: Option<String>,
}

impl AlertView {
    /// What the caller reads now: the latest version it may see, or (ENISA) the draft.
    pub fn content(&self) -> Option<&AlertContent> {
        self.versions
            .last()
            .map(|v| &v.content)
            .or(self.editor_content.as_ref())
    }
}

/// One event of the alert stream as a caller receives it.
#[derive(Debug, Clone)]
pub struct AlertDelivery {
    pub cursor: EventCursor,
    pub kind: AlertEventKind,
    pub version: u32,
    pub alert: AlertView,
}

/// The member state whose national authority the caller acts for, if any: what TLP:AMBER's
/// "and their authorities" looks at. An `AUTHORITY_OFFICER`'s token scope names it.
pub fn authority_of(principal: &Principal) -> Option<MemberState> {
    match principal.scope {
        Scope::Authority { member_state, .. } => Some(member_state),
        _ => None,
    }
}

/// The caller as TLP sees it: anonymous, or an account with its organisation as the registry
/// has it (verified or not) and the authority it acts for.
pub async fn viewer(ctx: &Ctx) -> ApiResult<Viewer> {
    let Some(p) = &ctx.caller.principal else {
        return Ok(Viewer::Anonymous);
    };
    // The token's organisation; an agency officer's token is scoped to its member state, so
    // its (agency) organisation comes from its account.
    let organisation_id = match p.scope {
        Scope::Organisation { id, .. } | Scope::Authority { id, .. } => Some(id),
        Scope::MemberState(_) => {
            crate::store::accounts::find_many(ctx.store().db(), &Scope::Eu, &[p.user_id])
                .await?
                .pop()
                .and_then(|a| a.organisation_id)
        }
        Scope::Eu | Scope::Public => None,
    };
    let organisation = match organisation_id {
        Some(id) => organisations::get(ctx.store().db(), id)
            .await?
            .map(|o| ViewerOrganisation {
                id: o.id,
                kind: o.kind,
                verified: o.status == OrganisationStatus::Verified,
                member_state: o.member_state,
            }),
        None => None,
    };
    Ok(Viewer::Account(AccountViewer {
        account_id: p.user_id,
        role: p.role,
        organisation,
        authority_of: authority_of(p),
    }))
}

fn is_staff(viewer: &Viewer) -> bool {
    matches!(viewer, Viewer::Account(a) if a.role == Role::EnisaStaff)
}

/// What `viewer` sees of `alert`, or `None` when it may see nothing of it: the one place every
/// transport goes through.
pub fn view(viewer: &Viewer, alert: &StoredAlert) -> Option<AlertView> {
    let versions: Vec<AlertVersion> =
        lifecycle::visible_versions(viewer, alert.status, &alert.versions)
            .cloned()
            .collect();
    let staff = is_staff(viewer);
    if versions.is_empty()
        && !(staff && may_see(viewer, alert.status, alert.content.distribution()))
    {
        return None;
    }
    Some(AlertView {
        id: alert.id,
        status: alert.status,
        versions,
        editor_content: staff.then(|| alert.content.clone()),
        created_at: alert.created_at,
        updated_at: alert.updated_at,
        revoked_at: alert.revoked_at,
        revocation_reason: alert.revocation_reason.clone(),
    })
}

/// Parses what ENISA sent: resolves the recipient organisations in the registry (an unknown
/// one is refused by its index) and checks every field by the domain's rules.
async fn parse(ctx: &Ctx, req: AlertRequest) -> ApiResult<AlertContent> {
    let mut input = req.input;
    let found =
        organisations::find_many(ctx.store().db(), &Scope::Eu, &req.recipient_organisations)
            .await?;
    input.recipients.organisations = req
        .recipient_organisations
        .iter()
        .enumerate()
        .map(|(i, id)| {
            found
                .iter()
                .find(|o| o.id == *id)
                .map(|o| RecipientOrganisation {
                    id: o.id,
                    member_state: o.member_state,
                })
                .ok_or_else(|| {
                    ApiError::validation(
                        format!("recipients.organisations[{i}]"),
                        "no such organisation",
                    )
                })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    let accounts =
        crate::store::accounts::find_many(ctx.store().db(), &Scope::Eu, &input.recipients.accounts)
            .await?;
    if let Some(i) = input
        .recipients
        .accounts
        .iter()
        .position(|id| !accounts.iter().any(|a| a.id == *id))
    {
        return Err(ApiError::validation(
            format!("recipients.accounts[{i}]"),
            "no such account",
        ));
    }
    Ok(AlertContent::parse(&input)?)
}

async fn load(ctx: &Ctx, action: Action, id: Uuid) -> ApiResult<StoredAlert> {
    match repo::find(ctx.store().db(), id).await? {
        Some(a) => Ok(a),
        None => Err(ctx.not_found(action, "Alert", id, false).await),
    }
}

/// The alert as the caller sees it now (after a change it made).
async fn reread(ctx: &Ctx, viewer: &Viewer, id: Uuid) -> ApiResult<AlertView> {
    repo::find(ctx.store().db(), id)
        .await?
        .and_then(|a| view(viewer, &a))
        .ok_or(ApiError::NotFound)
}

/// Writes a new draft (ENISA staff).
pub async fn create(ctx: &Ctx, req: AlertRequest) -> ApiResult<AlertView> {
    ctx.authorize(Action::AlertWrite).await?;
    let content = parse(ctx, req).await?;
    let id = repo::create_draft(ctx.store(), &ctx.actor(), ctx.now(), &content).await?;
    reread(ctx, &viewer(ctx).await?, id).await
}

fn changed_by_someone_else() -> ApiError {
    ApiError::Conflict("the alert was changed meanwhile: reload it and try again".into())
}

/// Edits a draft, or publishes the next version of a published alert with a note of what
/// changed (`changeNote`, required then). The marking may only become less strict.
pub async fn update(
    ctx: &Ctx,
    id: Uuid,
    req: AlertRequest,
    change_note: Option<String>,
) -> ApiResult<AlertView> {
    ctx.authorize(Action::AlertWrite).await?;
    let alert = load(ctx, Action::AlertWrite, id).await?;
    let content = parse(ctx, req).await?;
    let v = viewer(ctx).await?;
    if alert.status == AlertStatus::Draft {
        lifecycle::check_editable(alert.status)?;
        if !repo::edit_draft(ctx.store(), &ctx.actor(), ctx.now(), id, &content).await? {
            return Err(changed_by_someone_else());
        }
        return reread(ctx, &v, id).await;
    }
    let Some(current) = alert.latest() else {
        return Err(ApiError::internal(format!(
            "alert {id} is out without a version"
        )));
    };
    let revision = lifecycle::update(
        alert.status,
        current,
        content,
        change_note.as_deref().unwrap_or(""),
        ctx.now(),
    )?;
    let from_version = current.number;
    release(ctx, &alert, from_version, revision).await?;
    reread(ctx, &v, id).await
}

/// Publishes a draft as version 1. Publishing twice is refused.
pub async fn publish(ctx: &Ctx, id: Uuid) -> ApiResult<AlertView> {
    ctx.authorize(Action::AlertPublish).await?;
    let alert = load(ctx, Action::AlertPublish, id).await?;
    let revision = lifecycle::publish(alert.status, id, alert.content.clone(), ctx.now())?;
    release(ctx, &alert, 0, revision).await?;
    reread(ctx, &viewer(ctx).await?, id).await
}

/// Writes a published version with its event and, for a CRITICAL alert, the in-app
/// notifications of the organisations that may see it; then publishes the events.
async fn release(
    ctx: &Ctx,
    alert: &StoredAlert,
    from_version: u32,
    revision: lifecycle::Revision,
) -> ApiResult<()> {
    let notified = if notifies(revision.version.content.severity()) {
        notified_organisations(ctx, revision.status, &revision.version.content).await?
    } else {
        Vec::new()
    };
    let seq = repo::publish_revision(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        alert.status,
        from_version,
        &revision,
        &notified,
    )
    .await?
    .ok_or_else(changed_by_someone_else)?;
    let events = std::iter::once(Event::AlertChanged { seq }).chain(
        notified
            .into_iter()
            .map(|organisation| Event::NotificationsChanged { organisation }),
    );
    ctx.published((), events);
    Ok(())
}

/// The verified healthcare organisations whose every user may see a version with `content`
/// and whose member state it affects. In-app notifications are the organisation's, so a
/// TLP:RED alert (named accounts only) notifies no organisation: its recipients get it live.
async fn notified_organisations(
    ctx: &Ctx,
    status: AlertStatus,
    content: &AlertContent,
) -> ApiResult<Vec<Uuid>> {
    let orgs = repo::verified_healthcare_organisations(ctx.store().db()).await?;
    Ok(orgs
        .into_iter()
        .filter(|(id, ms)| {
            let member = Viewer::Account(AccountViewer {
                account_id: Uuid::nil(),
                role: Role::ProviderUser,
                organisation: Some(ViewerOrganisation {
                    id: *id,
                    kind: OrganisationKind::HealthcareProvider,
                    verified: true,
                    member_state: *ms,
                }),
                authority_of: None,
            });
            content.member_states().includes(*ms)
                && may_see(&member, status, content.distribution())
        })
        .map(|(id, _)| id)
        .collect())
}

/// Revokes a published alert, with the reason.
pub async fn revoke(ctx: &Ctx, id: Uuid, reason: &str) -> ApiResult<AlertView> {
    ctx.authorize(Action::AlertRevoke).await?;
    let alert = load(ctx, Action::AlertRevoke, id).await?;
    let revocation = lifecycle::revoke(alert.status, reason, ctx.now())?;
    let version = alert.latest().map_or(0, |v| v.number);
    let seq = repo::revoke(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        id,
        alert.status,
        version,
        &revocation,
    )
    .await?
    .ok_or_else(changed_by_someone_else)?;
    ctx.published((), [Event::AlertChanged { seq }]);
    reread(ctx, &viewer(ctx).await?, id).await
}

/// One alert, if the caller may see it; `NOT_FOUND` otherwise (a probe is audited).
pub async fn get(ctx: &Ctx, id: Uuid) -> ApiResult<AlertView> {
    ctx.permit(Action::AlertRead).await?;
    let v = viewer(ctx).await?;
    let Some(alert) = repo::find(ctx.store().db(), id).await? else {
        return Err(ApiError::NotFound);
    };
    match view(&v, &alert) {
        Some(a) => Ok(a),
        None => Err(ctx.not_found(Action::AlertRead, "Alert", id, true).await),
    }
}

/// The alerts the caller may see that pass `filter`, newest first (ENISA: drafts included).
pub async fn list(ctx: &Ctx, filter: &AlertFilter) -> ApiResult<Vec<AlertView>> {
    ctx.permit(Action::AlertRead).await?;
    visible_alerts(ctx, filter).await
}

async fn visible_alerts(ctx: &Ctx, filter: &AlertFilter) -> ApiResult<Vec<AlertView>> {
    let v = viewer(ctx).await?;
    let alerts = repo::all(ctx.store().db(), is_staff(&v)).await?;
    Ok(alerts
        .into_iter()
        .filter_map(|a| view(&v, &a))
        .filter(|a| a.content().is_some_and(|c| filter.matches(c)))
        .collect())
}

/// The events after `after` that the caller may see and that pass `filter` (at most
/// [`MAX_EVENTS`] examined), and the cursor to ask from next.
pub async fn since(
    ctx: &Ctx,
    after: EventCursor,
    filter: &AlertFilter,
) -> ApiResult<(Vec<AlertDelivery>, EventCursor)> {
    ctx.permit(Action::AlertRead).await?;
    let v = viewer(ctx).await?;
    let events = repo::events_after(ctx.store().db(), after.sequence(), MAX_EVENTS).await?;
    let next = events
        .last()
        .and_then(|e| EventCursor::from_sequence(e.seq))
        .unwrap_or(after);
    let deliveries = deliveries(ctx, &v, filter, &events).await?;
    Ok((deliveries, next))
}

/// The deliveries of `events` to `viewer`: each event whose version the viewer may see and
/// whose content passes the filter, with the alert as the viewer sees it.
pub async fn deliveries(
    ctx: &Ctx,
    viewer: &Viewer,
    filter: &AlertFilter,
    events: &[AlertEventRecord],
) -> ApiResult<Vec<AlertDelivery>> {
    let mut ids: Vec<Uuid> = events.iter().map(|e| e.alert_id).collect();
    ids.sort();
    ids.dedup();
    let alerts = repo::find_many(ctx.store().db(), &ids).await?;
    Ok(events
        .iter()
        .filter_map(|e| {
            let alert = alerts.iter().find(|a| a.id == e.alert_id)?;
            deliver(viewer, filter, e, alert)
        })
        .collect())
}

/// The delivery of one event to `viewer`, if the event's version is one it may see and passes
/// its filter.
pub fn deliver(
    viewer: &Viewer,
    filter: &AlertFilter,
    event: &AlertEventRecord,
    alert: &StoredAlert,
) -> Option<AlertDelivery> {
    let version = visible_version(viewer, filter, event, alert)?;
    delivery(viewer, event, &as_of(alert, event, &version.content))
}

/// The delivery of one item of the node's live stream, whose alert is already as of its event
/// ([`feed_after`]): the same answer as [`deliver`], without copying the alert per subscriber.
fn deliver_live(viewer: &Viewer, filter: &AlertFilter, item: &FeedItem) -> Option<AlertDelivery> {
    visible_version(viewer, filter, &item.event, &item.alert)?;
    delivery(viewer, &item.event, &item.alert)
}

/// The event's version, if `viewer` may see it and it passes `filter`.
fn visible_version<'a>(
    viewer: &Viewer,
    filter: &AlertFilter,
    event: &AlertEventRecord,
    alert: &'a StoredAlert,
) -> Option<&'a AlertVersion> {
    let version = alert.versions.iter().find(|v| v.number == event.version)?;
    (may_see(viewer, alert.status, version.content.distribution())
        && filter.matches(&version.content))
    .then_some(version)
}

fn delivery(
    viewer: &Viewer,
    event: &AlertEventRecord,
    then: &StoredAlert,
) -> Option<AlertDelivery> {
    Some(AlertDelivery {
        cursor: EventCursor::from_sequence(event.seq)?,
        kind: event.kind,
        version: event.version,
        alert: view(viewer, then)?,
    })
}

/// The alert as it was right after `event`: its versions up to the event's, that version's
/// content and the status the event gave it. A delivery rendered late (a subscriber reached
/// after the next update was published) still shows what its event published, never a later
/// version under an earlier event.
fn as_of(alert: &StoredAlert, event: &AlertEventRecord, content: &AlertContent) -> StoredAlert {
    let mut then = alert.clone();
    then.versions.retain(|v| v.number <= event.version);
    then.status = event.kind.status_after();
    if event.kind != AlertEventKind::Revoked {
        then.content = content.clone();
        then.revoked_at = None;
        then.revocation_reason = None;
    }
    then
}

/// The caller's organisation answers an alert it may see.
pub async fn acknowledge(ctx: &Ctx, id: Uuid, kind: &str) -> ApiResult<Acknowledgement> {
    let (p, org) = ctx.authorize_organisation(Action::AlertAcknowledge).await?;
    let Scope::Organisation { member_state, .. } = p.scope else {
        return Err(ApiError::Forbidden);
    };
    let alert = get(ctx, id).await?;
    let ack = acknowledgement::acknowledge(alert.status, org, member_state, kind, ctx.now())?;
    repo::acknowledge(ctx.store(), &ctx.actor(), ctx.now(), id, p.user_id, &ack).await?;
    Ok(ack)
}

/// The counts per member state (ENISA staff).
pub async fn acknowledgement_counts(ctx: &Ctx, id: Uuid) -> ApiResult<Vec<AcknowledgementCounts>> {
    ctx.authorize(Action::AlertAcknowledgementCounts).await?;
    get(ctx, id).await?;
    let acks = repo::acknowledgements(ctx.store().db(), id).await?;
    Ok(acknowledgement::counts_per_member_state(&acks))
}

/// The caller's organisation's current answer to an alert it sees (none for other callers).
pub async fn own_acknowledgement(ctx: &Ctx, id: Uuid) -> ApiResult<Option<Acknowledgement>> {
    let Some(Scope::Organisation { id: org, .. }) = ctx.caller.principal.as_ref().map(|p| p.scope)
    else {
        return Ok(None);
    };
    if !ctx.may(Action::AlertAcknowledge) {
        return Ok(None);
    }
    let acks = repo::acknowledgements(ctx.store().db(), id).await?;
    Ok(acknowledgement::latest_of(&acks, org))
}

/// Whether a bus event means the node's live stream should read the store: an alert event,
/// or a resync after missed notifications.
pub fn wakes_feed(e: &Event) -> bool {
    matches!(e, Event::AlertChanged { .. } | Event::Resync)
}

/// Where this node's live stream starts: the last event's sequence number.
pub async fn feed_start(ctx: &Ctx) -> ApiResult<i64> {
    Ok(repo::last_seq(ctx.store().db()).await?)
}

/// Every event after `after`, oldest first, with its alert as of that event (for this node's
/// live stream: computed once per event here, not once per subscriber; not filtered: each
/// subscriber filters by TLP).
pub async fn feed_after(ctx: &Ctx, after: i64) -> ApiResult<Vec<FeedItem>> {
    let mut out = Vec::new();
    let mut after = after;
    loop {
        let events = repo::events_after(ctx.store().db(), after, MAX_EVENTS).await?;
        let Some(last) = events.last() else {
            return Ok(out);
        };
        after = last.seq;
        let full = events.len() as u64 == MAX_EVENTS;
        let mut ids: Vec<Uuid> = events.iter().map(|e| e.alert_id).collect();
        ids.sort();
        ids.dedup();
        let alerts = repo::find_many(ctx.store().db(), &ids).await?;
        for event in events {
            if let Some(alert) = alerts.iter().find(|a| a.id == event.alert_id)
                && let Some(version) = alert.versions.iter().find(|v| v.number == event.version)
            {
                out.push(FeedItem {
                    alert: as_of(alert, &event, &version.content),
                    event,
                });
            }
        }
        if !full {
            return Ok(out);
        }
    }
}

/// A live subscription's state: who watches with which filter, how far it got, the node's
/// stream, and what is ready to deliver.
struct Watch {
    ctx: Ctx,
    viewer: Viewer,
    filter: AlertFilter,
    position: StreamPosition,
    live: tokio::sync::broadcast::Receiver<std::sync::Arc<FeedItem>>,
    ready: std::collections::VecDeque<AlertDelivery>,
    replay: bool,
}

impl Watch {
    /// Reads the next page after the position from the store (catch-up, or after falling
    /// behind the node's stream).
    async fn replay_page(&mut self) -> ApiResult<()> {
        let after = self.position.cursor().sequence();
        let events = repo::events_after(self.ctx.store().db(), after, MAX_EVENTS).await?;
        self.replay = events.len() as u64 == MAX_EVENTS;
        let visible = deliveries(&self.ctx, &self.viewer, &self.filter, &events).await?;
        for e in &events {
            if self.position.admit(e.seq)
                && let Some(d) = visible.iter().find(|d| d.cursor.sequence() == e.seq)
            {
                self.ready.push_back(d.clone());
            }
        }
        Ok(())
    }

    async fn next(&mut self) -> Option<AlertDelivery> {
        loop {
            if let Some(d) = self.ready.pop_front() {
                return Some(d);
            }
            if self.replay {
                if let Err(e) = self.replay_page().await {
                    tracing::error!(error = ?e, "alert subscription: catch-up failed");
                    return None;
                }
                continue;
            }
            match self.live.recv().await {
                Ok(item) => {
                    if self.position.admit(item.event.seq)
                        && let Some(d) = deliver_live(&self.viewer, &self.filter, &item)
                    {
                        return Some(d);
                    }
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => self.replay = true,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
            }
        }
    }
}

/// Follows the alerts the caller may see, passing `filter`: each event once, at publication,
/// update and revocation. With `after`, first everything after that cursor (no gap, no
/// duplicate: the live stream is joined before the store is read, and the position drops what
/// both carry); without it, from now.
pub async fn watch(
    ctx: &Ctx,
    filter: AlertFilter,
    after: Option<EventCursor>,
) -> ApiResult<impl futures_util::Stream<Item = AlertDelivery> + use<>> {
    ctx.permit(Action::AlertWatch).await?;
    let viewer = viewer(ctx).await?;
    let live = ctx.app.alert_feed.subscribe();
    let (start, replay) = match after {
        Some(c) => (c, true),
        None => {
            let last = repo::last_seq(ctx.store().db()).await?;
            (
                EventCursor::from_sequence(last).unwrap_or(EventCursor::START),
                false,
            )
        }
    };
    let watch = Watch {
        ctx: ctx.clone(),
        viewer,
        filter,
        position: StreamPosition::new(start),
        live,
        ready: Default::default(),
        replay,
    };
    Ok(futures_util::stream::unfold(watch, |mut w| async move {
        w.next().await.map(|d| (d, w))
    }))
}
