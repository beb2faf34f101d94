//! The Reserve's summary-report reminders: which were sent for a request, and sending one
//! exactly once (its marker row in `reserve_report_reminder` is the condition), with the
//! requesting organisation's notification and the audit row in one transaction.
use super::audit::Actor;
use super::entities::notification;
use super::entities::reserve_report_reminder as rem;
use super::reserve::ReserveRequest;
use super::write::Audit;
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::audit::member_state_chain;
use domain::notification::NotificationKind;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// The reminder kinds (`ABOUT_TO_EXPIRE`, `OVERDUE`) already sent for `request`.
pub async fn sent(db: &DatabaseConnection, request: Uuid) -> Result<Vec<String>, StoreError> {
    Ok(rem::Entity::find()
        .filter(rem::Column::RequestId.eq(request))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.kind)
        .collect())
}

/// Sends one reminder exactly once: inserts its marker (nothing when another process already
/// did) and, only if this call wrote it, the requesting organisation's notification and the
/// audit row. `true` when sent here.
pub async fn send(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    request: &ReserveRequest,
    kind: &str,
    notification_kind: NotificationKind,
) -> Result<bool, StoreError> {
    let tx = store.tx(actor, now).await?;
    let inserted = rem::Entity::insert(rem::ActiveModel {
        request_id: Set(request.id),
        kind: Set(kind.to_owned()),
        sent_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([rem::Column::RequestId, rem::Column::Kind])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&*tx)
    .await?;
    if inserted != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    notification::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(request.organisation_id),
        kind: Set(notification_kind.as_str().to_owned()),
        application_id: Set(None),
        voucher_id: Set(None),
        redemption_id: Set(None),
        incident_id: Set(None),
        reserve_request_id: Set(Some(request.id)),
        alert_id: Set(None),
        detail: Set(None),
        created_at: Set(now),
        read_at: Set(None),
    }
    .insert(&*tx)
    .await?;
    tx.audit(
        Audit::new(
            member_state_chain(request.member_state),
            "reserve.remind_report",
            "ReserveRequest",
            request.id,
        )
        .detail(serde_json::json!({ "kind": kind })),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}
