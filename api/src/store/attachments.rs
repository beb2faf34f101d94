//! Attachment rows (the content is in the attachment store, `crate::attachments`): one insert
//! with its audit row, and scoped reads.
use super::audit::Actor;
use super::entities::attachment::{self, Column as F};
use super::tenancy::scoped;
use super::write::Audit;
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::Scope;
use domain::attachment::{AttachmentKind, FileType};
use domain::audit::member_state_chain;
use domain::member_state::MemberState;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// What an attachment is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParentId {
    Application(Uuid),
    Redemption(Uuid),
}

/// An attachment as the domain sees it.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub id: Uuid,
    pub parent: ParentId,
    pub member_state: MemberState,
    pub kind: AttachmentKind,
    pub name: String,
    pub file_type: FileType,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<attachment::Model> for Attachment {
    type Error = StoreError;
    fn try_from(m: attachment::Model) -> Result<Self, StoreError> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("attachment {}: {what}", m.id));
        let parent = match (m.application_id, m.redemption_id) {
            (Some(a), None) => ParentId::Application(a),
            (None, Some(r)) => ParentId::Redemption(r),
            _ => return Err(corrupt("not exactly one parent")),
        };
        Ok(Self {
            id: m.id,
            parent,
            member_state: MemberState::parse(&m.member_state)
                .map_err(|_| corrupt("member state"))?,
            kind: AttachmentKind::parse(&m.kind).map_err(|_| corrupt("kind"))?,
            file_type: domain::attachment::FileType::declared(&m.content_type)
                .ok_or_else(|| corrupt("content type"))?,
            name: m.name,
            size_bytes: m.size_bytes,
            sha256: m.sha256,
            uploaded_by: m.uploaded_by,
            created_at: m.created_at,
        })
    }
}

/// A new attachment whose content is stored already.
pub struct NewAttachment {
    pub parent: ParentId,
    pub member_state: MemberState,
    pub kind: AttachmentKind,
    pub name: String,
    pub file_type: FileType,
    pub size_bytes: i64,
    pub sha256: String,
}

/// Inserts the row and its audit row (`attachment.upload`, ids and codes only: never the file
/// name or content) in one transaction.
pub async fn insert(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    new: NewAttachment,
) -> Result<Attachment, StoreError> {
    let tx = store.tx(actor, now).await?;
    let id = Uuid::now_v7();
    let (application_id, redemption_id, parent_type, parent_id) = match new.parent {
        ParentId::Application(a) => (Some(a), None, "VoucherApplication", a),
        ParentId::Redemption(r) => (None, Some(r), "Redemption", r),
    };
    let row = attachment::ActiveModel {
        id: Set(id),
        application_id: Set(application_id),
        redemption_id: Set(redemption_id),
        member_state: Set(new.member_state.code().to_owned()),
        kind: Set(new.kind.as_str().to_owned()),
        name: Set(new.name),
        content_type: Set(new.file_type.media_type().to_owned()),
        size_bytes: Set(new.size_bytes),
        sha256: Set(new.sha256),
        uploaded_by: Set(actor.id),
        created_at: Set(now),
    }
    .insert(&*tx)
    .await?;
    tx.audit(
        Audit::new(
            member_state_chain(new.member_state),
            "attachment.upload",
            "Attachment",
            id,
        )
        .detail(serde_json::json!({
            "parentType": parent_type,
            "parentId": parent_id,
            "kind": row.kind,
            "contentType": row.content_type,
            "sizeBytes": row.size_bytes,
            "sha256": row.sha256,
        })),
    )
    .await?;
    tx.commit().await?;
    Attachment::try_from(row)
}

pub async fn find(
    db: &DatabaseConnection,
    scope: &Scope,
    id: Uuid,
) -> Result<Option<Attachment>, StoreError> {
    scoped::<attachment::Entity>(scope)
        .filter(F::Id.eq(id))
        .one(db)
        .await?
        .map(Attachment::try_from)
        .transpose()
}

/// Whether an attachment with this id exists at all (to audit out-of-scope probes).
pub async fn exists(db: &DatabaseConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(attachment::Entity::find_by_id(id).count(db).await? > 0)
}

/// The attachments of these applications or redemptions within the scope, oldest first, in
/// one statement.
pub async fn of_parents(
    db: &DatabaseConnection,
    scope: &Scope,
    applications: &[Uuid],
    redemptions: &[Uuid],
) -> Result<Vec<Attachment>, StoreError> {
    let col = if redemptions.is_empty() {
        F::ApplicationId.is_in(applications.iter().copied())
    } else if applications.is_empty() {
        F::RedemptionId.is_in(redemptions.iter().copied())
    } else {
        return Err(StoreError::Corrupt(
            "attachments are read for one kind of parent at a time".into(),
        ));
    };
    scoped::<attachment::Entity>(scope)
        .filter(col)
        .order_by_asc(F::Id)
        .all(db)
        .await?
        .into_iter()
        .map(Attachment::try_from)
        .collect()
}

/// Records a download (`attachment.download`): who read which file, in its member state's
/// chain. Reads of these documents (quotes and invoices name people and prices) are audited
/// like changes.
pub async fn record_download(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    found: &Attachment,
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    tx.audit(
        Audit::new(
            member_state_chain(found.member_state),
            "attachment.download",
            "Attachment",
            found.id,
        )
        .detail(serde_json::json!({ "sha256": found.sha256 })),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Of these content keys, the ones no attachment row names, in one statement.
pub async fn unreferenced(
    db: &DatabaseConnection,
    keys: &[String],
) -> Result<Vec<String>, StoreError> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let named: std::collections::HashSet<String> = attachment::Entity::find()
        .select_only()
        .column(F::Sha256)
        .filter(F::Sha256.is_in(keys.iter().cloned()))
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(keys
        .iter()
        .filter(|k| !named.contains(*k))
        .cloned()
        .collect())
}

/// Records the removal of unreferenced content (`attachment.orphan_removed`, one row per
/// file, in the EU chain: content without a row belongs to no member state).
pub async fn record_orphans_removed(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    removed: &[String],
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    for sha256 in removed {
        tx.audit(Audit::new(
            domain::audit::EU_CHAIN.to_owned(),
            "attachment.orphan_removed",
            "AttachmentContent",
            sha256,
        ))
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
