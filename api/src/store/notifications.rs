//! In-app notifications: written in the same transaction as the change they report, read by
//! the organisation they belong to.
use super::audit::{self, Actor};
use super::entities::notification::{self, Column as N};
use super::page::{self, Order, Page, PageRequest};
use super::tenancy::scoped;
use super::{Store, StoreError};
use chrono::Utc;
use domain::account::Scope;
use domain::audit::Outcome;
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

/// Adds a notification inside the caller's transaction.
pub async fn notify<C: ConnectionTrait>(
    conn: &C,
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
        created_at: Set(Utc::now()),
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
) -> Result<Page<notification::Model>, StoreError> {
    page::fetch(
        db,
        scoped::<notification::Entity>(scope),
        N::Id,
        Order::NewestFirst,
        req,
    )
    .await
}

pub async fn unread(db: &DatabaseConnection, scope: &Scope) -> Result<u64, StoreError> {
    Ok(scoped::<notification::Entity>(scope)
        .filter(N::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks the caller's notifications read: the given ones, or all. Returns how many changed.
pub async fn mark_read(
    store: &Store,
    actor: &Actor,
    ids: Option<Vec<Uuid>>,
) -> Result<u64, StoreError> {
    let Scope::Organisation { id, .. } = actor.scope else {
        return Ok(0);
    };
    let mut q = notification::Entity::update_many()
        .col_expr(N::ReadAt, Expr::value(Utc::now()))
        .filter(N::OrganisationId.eq(id))
        .filter(N::ReadAt.is_null());
    if let Some(ids) = ids {
        q = q.filter(N::Id.is_in(ids));
    }
    let txn = store.begin_write().await?;
    let changed = q.exec(&txn).await?.rows_affected;
    if changed > 0 {
        let event = actor.event(
            "notification.read",
            "Organisation",
            Some(id.to_string()),
            Outcome::Success,
            serde_json::json!({ "count": changed }),
        );
        audit::append(&txn, &actor.scope.audit_chain(), event).await?;
    }
    txn.commit().await?;
    Ok(changed)
}
