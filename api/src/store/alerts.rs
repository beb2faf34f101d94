//! Early-warning alerts (issue #12): drafts, published versions with their marking and
//! recipients, acknowledgements, and the alert event stream. Reads return [`StoredAlert`]
//! (parsed `domain::alert` types); who may see what is decided above, by `tlp::may_see`.
//!
//! Every write that appends to `alert_event` first serialises the writers (`BEGIN IMMEDIATE`
//! on SQLite; an exclusive lock on `alert_event` on PostgreSQL), so events commit in the order
//! of their sequence numbers: a reader that has seen event n has seen every event before it,
//! which is what makes `alertsSince` lose nothing.
use super::audit::Actor;
use super::entities::organisation;
use super::entities::{
    alert, alert_acknowledgement as ack, alert_event, alert_recipient, alert_version,
};
use super::notifications::notify_alert;
use super::write::{Audit, Tx};
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::alert::acknowledgement::{Acknowledgement, AcknowledgementKind};
use domain::alert::content::AlertContent;
use domain::alert::lifecycle::{AlertEventKind, AlertStatus, AlertVersion, Revision, Revocation};
use domain::audit::EU_CHAIN;
use domain::member_state::MemberState;
use domain::organisation::{OrganisationKind, OrganisationStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// An alert as stored: its status, its current content (the draft's, or the latest
/// version's), and every published version in order.
#[derive(Debug, Clone)]
pub struct StoredAlert {
    pub id: Uuid,
    pub status: AlertStatus,
    pub content: AlertContent,
    pub versions: Vec<AlertVersion>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub revocation_reason: Option<String>,
}

impl StoredAlert {
    pub fn latest(&self) -> Option<&AlertVersion> {
        self.versions.last()
    }
}

/// An event of the alert stream with the alert as it was right after the event (its versions
/// up to the event's, that version's content): what a node hands its subscribers, who each
/// filter it by TLP.
#[derive(Debug, Clone)]
pub struct FeedItem {
    pub event: AlertEventRecord,
    pub alert: StoredAlert,
}

/// This node's live alert stream (filled by `jobs::alert_feed` from the store, in sequence
/// order).
#[derive(Clone)]
pub struct AlertFeed(tokio::sync::broadcast::Sender<std::sync::Arc<FeedItem>>);

impl Default for AlertFeed {
    fn default() -> Self {
        Self(tokio::sync::broadcast::channel(1024).0)
    }
}

impl AlertFeed {
    pub fn send(&self, item: FeedItem) {
        let _ = self.0.send(std::sync::Arc::new(item));
    }
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<std::sync::Arc<FeedItem>> {
        self.0.subscribe()
    }
}

/// One entry of the alert event stream; `seq` increases with every event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlertEventRecord {
    pub seq: i64,
    pub alert_id: Uuid,
    pub kind: AlertEventKind,
    pub version: u32,
    pub at: DateTime<Utc>,
}

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

fn to_json(content: &AlertContent) -> Result<String, StoreError> {
    serde_json::to_string(&content.to_input()).map_err(corrupt)
}

fn from_json(id: Uuid, s: &str) -> Result<AlertContent, StoreError> {
    let input = serde_json::from_str(s).map_err(|e| corrupt(format!("alert {id}: {e}")))?;
    AlertContent::parse(&input).map_err(|e| corrupt(format!("alert {id}: {e}")))
}

fn version_of(m: &alert_version::Model) -> Result<AlertVersion, StoreError> {
    Ok(AlertVersion {
        alert_id: m.alert_id,
        number: u32::try_from(m.number).map_err(corrupt)?,
        content: from_json(m.alert_id, &m.content)?,
        published_at: m.published_at,
        change_note: m.change_note.clone(),
    })
}

async fn assemble<C: ConnectionTrait>(
    conn: &C,
    rows: Vec<alert::Model>,
) -> Result<Vec<StoredAlert>, StoreError> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut versions: HashMap<Uuid, Vec<AlertVersion>> = HashMap::new();
    for chunk in ids.chunks(500) {
        for v in alert_version::Entity::find()
            .filter(alert_version::Column::AlertId.is_in(chunk.iter().copied()))
            .order_by_asc(alert_version::Column::Number)
            .all(conn)
            .await?
        {
            versions
                .entry(v.alert_id)
                .or_default()
                .push(version_of(&v)?);
        }
    }
    rows.into_iter()
        .map(|r| {
            Ok(StoredAlert {
                status: AlertStatus::parse(&r.status)
                    .map_err(|_| corrupt(format!("alert {}: status", r.id)))?,
                content: from_json(r.id, &r.content)?,
                versions: versions.remove(&r.id).unwrap_or_default(),
                id: r.id,
                created_at: r.created_at,
                updated_at: r.updated_at,
                revoked_at: r.revoked_at,
                revocation_reason: r.revocation_reason,
            })
        })
        .collect()
}

/// One alert by id, in any status.
pub async fn find<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
) -> Result<Option<StoredAlert>, StoreError> {
    let Some(row) = alert::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    Ok(assemble(conn, vec![row]).await?.pop())
}

/// Alerts by id, in any status (missing ids are left out).
pub async fn find_many(
    db: &DatabaseConnection,
    ids: &[Uuid],
) -> Result<Vec<StoredAlert>, StoreError> {
    let rows = alert::Entity::find()
        .filter(alert::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    assemble(db, rows).await
}

/// Every alert, newest first; drafts only when `with_drafts`.
pub async fn all(
    db: &DatabaseConnection,
    with_drafts: bool,
) -> Result<Vec<StoredAlert>, StoreError> {
    let mut q = alert::Entity::find().order_by_desc(alert::Column::Id);
    if !with_drafts {
        q = q.filter(alert::Column::Status.ne(AlertStatus::Draft.as_str()));
    }
    assemble(db, q.all(db).await?).await
}

/// Saves a new draft; returns its id.
pub async fn create_draft(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    content: &AlertContent,
) -> Result<Uuid, StoreError> {
    let id = Uuid::now_v7();
    let tx = store.tx(actor, now).await?;
    alert::ActiveModel {
        id: Set(id),
        status: Set(AlertStatus::Draft.as_str().to_owned()),
        content: Set(to_json(content)?),
        version: Set(0),
        created_by: Set(actor.id),
        created_at: Set(now),
        updated_at: Set(now),
        revoked_at: Set(None),
        revocation_reason: Set(None),
    }
    .insert(&*tx)
    .await?;
    tx.audit(Audit::new(EU_CHAIN.to_owned(), "alert.create", "Alert", id))
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// Replaces a draft's content if it is still a draft; `false` when it no longer is.
pub async fn edit_draft(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    id: Uuid,
    content: &AlertContent,
) -> Result<bool, StoreError> {
    let tx = store.tx(actor, now).await?;
    let q = alert::Entity::update_many()
        .col_expr(alert::Column::Content, Expr::value(to_json(content)?))
        .col_expr(alert::Column::UpdatedAt, Expr::value(now))
        .filter(alert::Column::Id.eq(id))
        .filter(alert::Column::Status.eq(AlertStatus::Draft.as_str()));
    if !tx.update_one(q).await? {
        tx.rollback().await?;
        return Ok(false);
    }
    tx.audit(Audit::new(EU_CHAIN.to_owned(), "alert.update", "Alert", id))
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// Makes event writers take turns on PostgreSQL (SQLite's `BEGIN IMMEDIATE` already does), so
/// events commit in sequence order.
async fn serialise_events(tx: &Tx) -> Result<(), StoreError> {
    if tx.get_database_backend() == DatabaseBackend::Postgres {
        tx.execute_unprepared("LOCK TABLE alert_event IN EXCLUSIVE MODE")
            .await?;
    }
    Ok(())
}

async fn append_event(
    tx: &Tx,
    alert_id: Uuid,
    kind: AlertEventKind,
    version: u32,
) -> Result<i64, StoreError> {
    let row = alert_event::ActiveModel {
        seq: sea_orm::ActiveValue::NotSet,
        alert_id: Set(alert_id),
        kind: Set(kind.as_str().to_owned()),
        version: Set(i32::try_from(version).map_err(corrupt)?),
        at: Set(tx.now()),
    }
    .insert(&**tx)
    .await?;
    Ok(row.seq)
}

/// Publishes `revision` (version 1 or an update) of an alert still in `from` at version
/// `from_version`: the conditional update of the alert, the version, its recipients, the
/// event, in-app notifications for `notify` (organisation ids) and the audit row, in one
/// transaction. `None` when someone else changed the alert first (nothing written).
pub async fn publish_revision(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    from: AlertStatus,
    from_version: u32,
    revision: &Revision,
    notify: &[Uuid],
) -> Result<Option<i64>, StoreError> {
    let v = &revision.version;
    let number = i32::try_from(v.number).map_err(corrupt)?;
    let json = to_json(&v.content)?;
    let tx = store.tx(actor, now).await?;
    serialise_events(&tx).await?;
    let q = alert::Entity::update_many()
        .col_expr(alert::Column::Status, Expr::value(revision.status.as_str()))
        .col_expr(alert::Column::Content, Expr::value(json.clone()))
        .col_expr(alert::Column::Version, Expr::value(number))
        .col_expr(alert::Column::UpdatedAt, Expr::value(now))
        .filter(alert::Column::Id.eq(v.alert_id))
        .filter(alert::Column::Status.eq(from.as_str()))
        .filter(alert::Column::Version.eq(i32::try_from(from_version).map_err(corrupt)?));
    if !tx.update_one(q).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    alert_version::ActiveModel {
        id: Set(Uuid::now_v7()),
        alert_id: Set(v.alert_id),
        number: Set(number),
        tlp: Set(v.content.marking().as_str().to_owned()),
        severity: Set(v.content.severity().as_str().to_owned()),
        content: Set(json),
        published_at: Set(v.published_at),
        change_note: Set(v.change_note.clone()),
    }
    .insert(&*tx)
    .await?;
    let r = v.content.distribution().recipients();
    let recipients = r
        .organisations()
        .iter()
        .map(|o| ("ORGANISATION", o.id.to_string()))
        .chain(
            r.member_states()
                .iter()
                .map(|m| ("MEMBER_STATE", m.code().to_owned())),
        )
        .chain(r.accounts().iter().map(|a| ("ACCOUNT", a.to_string())));
    for (kind, recipient) in recipients {
        alert_recipient::ActiveModel {
            id: Set(Uuid::now_v7()),
            alert_id: Set(v.alert_id),
            version: Set(number),
            kind: Set(kind.to_owned()),
            recipient: Set(recipient),
        }
        .insert(&*tx)
        .await?;
    }
    for org in notify {
        notify_alert(&*tx, now, *org, v.alert_id).await?;
    }
    let seq = append_event(&tx, v.alert_id, revision.event, v.number).await?;
    tx.audit(
        Audit::new(
            EU_CHAIN.to_owned(),
            match revision.event {
                AlertEventKind::Published => "alert.publish",
                _ => "alert.update",
            },
            "Alert",
            v.alert_id,
        )
        .detail(serde_json::json!({
            "version": v.number,
            "tlp": v.content.marking().as_str(),
            "notified": notify.len(),
        })),
    )
    .await?;
    tx.commit().await?;
    Ok(Some(seq))
}

/// Revokes an alert still in `from` at version `version`. `None` when someone else changed it
/// first.
pub async fn revoke(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    id: Uuid,
    from: AlertStatus,
    version: u32,
    revocation: &Revocation,
) -> Result<Option<i64>, StoreError> {
    let tx = store.tx(actor, now).await?;
    serialise_events(&tx).await?;
    let q = alert::Entity::update_many()
        .col_expr(
            alert::Column::Status,
            Expr::value(revocation.status.as_str()),
        )
        .col_expr(alert::Column::RevokedAt, Expr::value(revocation.revoked_at))
        .col_expr(
            alert::Column::RevocationReason,
            Expr::value(revocation.reason.clone()),
        )
        .col_expr(alert::Column::UpdatedAt, Expr::value(now))
        .filter(alert::Column::Id.eq(id))
        .filter(alert::Column::Status.eq(from.as_str()))
        .filter(alert::Column::Version.eq(i32::try_from(version).map_err(corrupt)?));
    if !tx.update_one(q).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    let seq = append_event(&tx, id, revocation.event, version).await?;
    tx.audit(Audit::new(EU_CHAIN.to_owned(), "alert.revoke", "Alert", id))
        .await?;
    tx.commit().await?;
    Ok(Some(seq))
}

/// The events after `after`, oldest first, at most `limit`.
pub async fn events_after(
    db: &DatabaseConnection,
    after: i64,
    limit: u64,
) -> Result<Vec<AlertEventRecord>, StoreError> {
    alert_event::Entity::find()
        .filter(alert_event::Column::Seq.gt(after))
        .order_by_asc(alert_event::Column::Seq)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|e| {
            Ok(AlertEventRecord {
                kind: AlertEventKind::parse(&e.kind)
                    .map_err(|_| corrupt(format!("alert event {}: kind", e.seq)))?,
                version: u32::try_from(e.version).map_err(corrupt)?,
                seq: e.seq,
                alert_id: e.alert_id,
                at: e.at,
            })
        })
        .collect()
}

/// The last event's sequence number (0 before the first).
pub async fn last_seq(db: &DatabaseConnection) -> Result<i64, StoreError> {
    Ok(alert_event::Entity::find()
        .order_by_desc(alert_event::Column::Seq)
        .one(db)
        .await?
        .map_or(0, |e| e.seq))
}

/// Records an organisation's answer, with its audit row.
pub async fn acknowledge(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    alert_id: Uuid,
    account: Uuid,
    a: &Acknowledgement,
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    ack::ActiveModel {
        id: Set(Uuid::now_v7()),
        alert_id: Set(alert_id),
        organisation_id: Set(a.organisation_id),
        member_state: Set(a.member_state.code().to_owned()),
        account_id: Set(account),
        kind: Set(a.kind.as_str().to_owned()),
        at: Set(a.at),
    }
    .insert(&*tx)
    .await?;
    tx.audit(
        Audit::new(
            actor.scope.audit_chain(),
            "alert.acknowledge",
            "Alert",
            alert_id,
        )
        .detail(serde_json::json!({ "kind": a.kind.as_str() })),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Every answer to an alert, in the order given.
pub async fn acknowledgements(
    db: &DatabaseConnection,
    alert_id: Uuid,
) -> Result<Vec<Acknowledgement>, StoreError> {
    ack::Entity::find()
        .filter(ack::Column::AlertId.eq(alert_id))
        .order_by_asc(ack::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| {
            Ok(Acknowledgement {
                organisation_id: m.organisation_id,
                member_state: MemberState::parse(&m.member_state).map_err(corrupt)?,
                kind: AcknowledgementKind::parse(&m.kind).map_err(corrupt)?,
                at: m.at,
            })
        })
        .collect()
}

/// The verified healthcare organisations (id and member state): who an in-app notification
/// of a critical alert may go to.
pub async fn verified_healthcare_organisations(
    db: &DatabaseConnection,
) -> Result<Vec<(Uuid, MemberState)>, StoreError> {
    organisation::Entity::find()
        .filter(organisation::Column::Kind.eq(OrganisationKind::HealthcareProvider.as_str()))
        .filter(organisation::Column::Status.eq(OrganisationStatus::Verified.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| Ok((o.id, MemberState::parse(&o.member_state).map_err(corrupt)?)))
        .collect()
}
