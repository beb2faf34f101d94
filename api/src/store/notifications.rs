//! In-app notifications: written in the same transaction as the change they report, read by
//! the organisation they belong to. Reads return [`Notification`] (typed kind).
use super::audit::Actor;
use super::entities::notification::{self, Column as N};
use super::page::{self, Order, Page, PageRequest};
use super::tenancy::scoped;
use super::write::Audit;
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::Scope;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

pub use domain::notification::NotificationKind as Kind;

/// What a notification refers to.
#[derive(Debug, Clone, Copy, Default)]
pub struct Subject {
    pub application: Option<Uuid>,
    pub voucher: Option<Uuid>,
    pub redemption: Option<Uuid>,
}

/// A notification as the domain sees it.
#[derive(Debug, Clone)]
pub struct Notification {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub kind: Kind,
    pub subject: Subject,
    /// The alert it announces (`ALERT_CRITICAL`).
    pub alert: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
    /// The incident case it is about (escalation reminders).
    pub incident_id: Option<Uuid>,
    /// A short code detail (the incident stage).
    pub detail: Option<String>,
    /// The Reserve request it is about (summary-report reminders).
    pub reserve_request_id: Option<Uuid>,
}

impl TryFrom<notification::Model> for Notification {
    type Error = StoreError;
    fn try_from(m: notification::Model) -> Result<Self, StoreError> {
        Ok(Self {
            kind: Kind::parse(&m.kind)
                .map_err(|_| StoreError::Corrupt(format!("notification {}: kind", m.id)))?,
            id: m.id,
            organisation_id: m.organisation_id,
            subject: Subject {
                application: m.application_id,
                voucher: m.voucher_id,
                redemption: m.redemption_id,
            },
            alert: m.alert_id,
            created_at: m.created_at,
            read_at: m.read_at,
            incident_id: m.incident_id,
            detail: m.detail,
            reserve_request_id: m.reserve_request_id,
        })
    }
}

/// Adds a notification inside the caller's transaction.
pub async fn notify<C: ConnectionTrait>(
    conn: &C,
    now: DateTime<Utc>,
    organisation: Uuid,
    kind: Kind,
    subject: Subject,
) -> Result<(), StoreError> {
    notification::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(organisation),
        kind: Set(kind.as_str().to_owned()),
        application_id: Set(subject.application),
        voucher_id: Set(subject.voucher),
        redemption_id: Set(subject.redemption),
        alert_id: Set(None),
        incident_id: Set(None),
        reserve_request_id: Set(None),
        detail: Set(None),
        created_at: Set(now),
        read_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Announces a critical alert to `organisation`, inside the caller's transaction.
pub async fn notify_alert<C: ConnectionTrait>(
    conn: &C,
    now: DateTime<Utc>,
    organisation: Uuid,
    alert: Uuid,
) -> Result<(), StoreError> {
    notification::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(organisation),
        kind: Set(Kind::AlertCritical.as_str().to_owned()),
        application_id: Set(None),
        voucher_id: Set(None),
        redemption_id: Set(None),
        alert_id: Set(Some(alert)),
        incident_id: Set(None),
        reserve_request_id: Set(None),
        detail: Set(None),
        created_at: Set(now),
        read_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The caller's notifications, newest first.
pub async fn list(
    db: &DatabaseConnection,
    scope: &Scope,
    req: PageRequest,
) -> Result<Page<Notification>, StoreError> {
    page::fetch(
        db,
        scoped::<notification::Entity>(scope),
        N::Id,
        Order::NewestFirst,
        req,
    )
    .await?
    .try_map(Notification::try_from)
}

pub async fn unread(db: &DatabaseConnection, scope: &Scope) -> Result<u64, StoreError> {
    Ok(scoped::<notification::Entity>(scope)
        .filter(N::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks `organisation`'s notifications read: the given ones, or all. Returns how many
/// changed.
pub async fn mark_read(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    organisation: Uuid,
    ids: Option<Vec<Uuid>>,
) -> Result<u64, StoreError> {
    let mut q = notification::Entity::update_many()
        .col_expr(N::ReadAt, Expr::value(now))
        .filter(N::OrganisationId.eq(organisation))
        .filter(N::ReadAt.is_null());
    if let Some(ids) = ids {
        q = q.filter(N::Id.is_in(ids));
    }
    let tx = store.tx(actor, now).await?;
    let changed = q.exec(&*tx).await?.rows_affected;
    if changed > 0 {
        tx.audit(
            Audit::new(
                actor.scope.audit_chain(),
                "notification.read",
                "Organisation",
                organisation,
            )
            .detail(serde_json::json!({ "count": changed })),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(changed)
}
