//! The audit trail in the database: append inside the business transaction, verify, list.
//!
//! Appending locks only the head row of the event's chain (one per member state, one EU-wide),
//! so writes in different member states never wait for each other. See `docs/audit.md`.
use super::StoreError;
use super::entities::{audit_chain, audit_log};
use super::page::{self, Order, Page, PageRequest};
use domain::audit::{self, AuditEvent, ChainError, GENESIS, Outcome, StoredLink, checkpoint};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, Statement,
};
use uuid::Uuid;

/// Appends `event` to `chain` inside the caller's transaction.
pub async fn append<C: ConnectionTrait>(
    conn: &C,
    chain: &str,
    event: AuditEvent,
) -> Result<(), StoreError> {
    let event = event.normalised();
    let backend = conn.get_database_backend();
    let bump = Statement::from_sql_and_values(
        backend,
        match backend {
            sea_orm::DatabaseBackend::Postgres => {
                "UPDATE audit_chain SET seq = seq + 1 WHERE chain = $1 RETURNING seq, head_hash"
            }
            _ => "UPDATE audit_chain SET seq = seq + 1 WHERE chain = ? RETURNING seq, head_hash",
        },
        [chain.into()],
    );
    let mut row = conn.query_one_raw(bump.clone()).await?;
    if row.is_none() {
        let create = Statement::from_sql_and_values(
            backend,
            match backend {
                sea_orm::DatabaseBackend::Postgres => {
                    "INSERT INTO audit_chain (chain, seq, head_hash) VALUES ($1, 0, $2) ON CONFLICT (chain) DO NOTHING"
                }
                _ => {
                    "INSERT INTO audit_chain (chain, seq, head_hash) VALUES (?, 0, ?) ON CONFLICT (chain) DO NOTHING"
                }
            },
            [chain.into(), GENESIS.into()],
        );
        conn.execute_raw(create).await?;
        row = conn.query_one_raw(bump).await?;
    }
    let row = row.ok_or_else(|| StoreError::Corrupt(format!("audit chain {chain} has no head")))?;
    let seq: i64 = row.try_get("", "seq")?;
    let prev_hash: String = row.try_get("", "head_hash")?;
    let hash = audit::link_hash(&prev_hash, chain, seq, &event);
    audit_chain::Entity::update_many()
        .col_expr(
            audit_chain::Column::HeadHash,
            sea_orm::sea_query::Expr::value(hash.clone()),
        )
        .filter(audit_chain::Column::Chain.eq(chain))
        .exec(conn)
        .await?;
    audit_log::Entity::insert(audit_log::ActiveModel {
        id: Set(Uuid::now_v7()),
        chain: Set(chain.to_owned()),
        seq: Set(seq),
        prev_hash: Set(prev_hash),
        hash: Set(hash),
        at: Set(event.at),
        actor_id: Set(event.actor_id),
        actor_role: Set(event.actor_role),
        scope: Set(event.scope),
        action: Set(event.action),
        object_type: Set(event.object_type),
        object_id: Set(event.object_id),
        outcome: Set(event.outcome.as_str().to_owned()),
        detail: Set(event.detail),
        request_id: Set(event.request_id),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// The event a stored row records, with its outcome as read (`None` when the stored outcome is
/// not one the platform writes).
fn event_of(m: &audit_log::Model) -> (AuditEvent, bool) {
    let (outcome, known) = match m.outcome.as_str() {
        "SUCCESS" => (Outcome::Success, true),
        "DENIED" => (Outcome::Denied, true),
        _ => (Outcome::Denied, false),
    };
    let event = AuditEvent {
        at: m.at,
        actor_id: m.actor_id,
        actor_role: m.actor_role.clone(),
        scope: m.scope.clone(),
        action: m.action.clone(),
        object_type: m.object_type.clone(),
        object_id: m.object_id.clone(),
        outcome,
        detail: m.detail.clone(),
        request_id: m.request_id.clone(),
    };
    (event, known)
}

fn to_link(m: audit_log::Model) -> Result<StoredLink, StoreError> {
    let (event, known) = event_of(&m);
    Ok(StoredLink {
        seq: m.seq,
        prev_hash: m.prev_hash,
        // An unknown outcome cannot hash to the stored value: report it as that link's break.
        hash: if known { m.hash } else { String::new() },
        event,
    })
}

/// The result of checking every chain.
#[derive(Debug)]
pub struct Verification {
    pub chains: Vec<(String, i64)>,
}

/// Checks every chain, streaming each in pages of rows; the first broken link is the error.
/// Rows whose chain has no head row are reported too (rows inserted behind the API's back).
pub async fn verify(
    db: &DatabaseConnection,
) -> Result<Result<Verification, ChainError>, StoreError> {
    let heads = audit_chain::Entity::find()
        .order_by_asc(audit_chain::Column::Chain)
        .all(db)
        .await?;
    let mut chains = Vec::new();
    for head in &heads {
        let mut links = Vec::new();
        let mut last = 0i64;
        loop {
            let batch = audit_log::Entity::find()
                .filter(audit_log::Column::Chain.eq(head.chain.clone()))
                .filter(audit_log::Column::Seq.gt(last))
                .order_by_asc(audit_log::Column::Seq)
                .limit(5000)
                .all(db)
                .await?;
            if batch.is_empty() {
                break;
            }
            if let Some(l) = batch.last() {
                last = l.seq;
            }
            for m in batch {
                links.push(to_link(m)?);
            }
        }
        match audit::verify_chain(
            &head.chain,
            links,
            Some((head.seq, head.head_hash.as_str())),
        ) {
            Ok(n) => chains.push((head.chain.clone(), n)),
            Err(e) => return Ok(Err(e)),
        }
    }
    let known: Vec<String> = heads.iter().map(|h| h.chain.clone()).collect();
    if let Some(orphan) = audit_log::Entity::find()
        .filter(audit_log::Column::Chain.is_not_in(known))
        .order_by_asc(audit_log::Column::Seq)
        .one(db)
        .await?
    {
        return Ok(Err(ChainError::HeadMismatch {
            chain: orphan.chain,
            head_seq: 0,
            last_seq: orphan.seq,
        }));
    }
    Ok(Ok(Verification { chains }))
}

/// Filters for the admin's audit log view.
#[derive(Debug, Default, Clone)]
pub struct AuditFilter {
    pub chain: Option<String>,
    pub action: Option<String>,
    pub outcome: Option<Outcome>,
    pub actor_id: Option<Uuid>,
    pub object_id: Option<String>,
    /// Only rows about these kinds of object (set by the action from the caller's scope).
    pub object_types: Option<Vec<String>>,
}

/// One row of the trail as the domain sees it: its place in its chain and the event.
#[derive(Debug, Clone)]
pub struct AuditRecord {
    pub id: Uuid,
    pub chain: String,
    pub seq: i64,
    pub prev_hash: String,
    pub hash: String,
    pub event: AuditEvent,
}

impl TryFrom<audit_log::Model> for AuditRecord {
    type Error = StoreError;
    fn try_from(m: audit_log::Model) -> Result<Self, StoreError> {
        let (event, known) = event_of(&m);
        if !known {
            return Err(StoreError::Corrupt(format!("audit row {}: outcome", m.id)));
        }
        Ok(Self {
            id: m.id,
            chain: m.chain,
            seq: m.seq,
            prev_hash: m.prev_hash,
            hash: m.hash,
            event,
        })
    }
}

/// Newest first.
pub async fn list(
    db: &DatabaseConnection,
    filter: &AuditFilter,
    page: PageRequest,
) -> Result<Page<AuditRecord>, StoreError> {
    let mut q = audit_log::Entity::find();
    if let Some(c) = &filter.chain {
        q = q.filter(audit_log::Column::Chain.eq(c.clone()));
    }
    if let Some(a) = &filter.action {
        q = q.filter(audit_log::Column::Action.eq(a.clone()));
    }
    if let Some(o) = filter.outcome {
        q = q.filter(audit_log::Column::Outcome.eq(o.as_str()));
    }
    if let Some(a) = filter.actor_id {
        q = q.filter(audit_log::Column::ActorId.eq(a));
    }
    if let Some(o) = &filter.object_id {
        q = q.filter(audit_log::Column::ObjectId.eq(o.clone()));
    }
    if let Some(types) = &filter.object_types {
        q = q.filter(audit_log::Column::ObjectType.is_in(types.clone()));
    }
    page::fetch(db, q, audit_log::Column::Id, Order::NewestFirst, page)
        .await?
        .try_map(AuditRecord::try_from)
}

/// Who is acting, for the audit rows of one request.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: Option<Uuid>,
    pub role: Option<String>,
    pub scope: domain::account::Scope,
    pub request_id: String,
}

impl Actor {
    /// The platform itself, for a background job's audit rows.
    pub fn system(job: &str) -> Self {
        Self {
            id: None,
            role: Some("SYSTEM".into()),
            scope: domain::account::Scope::Eu,
            request_id: format!("job:{job}"),
        }
    }

    /// An audit event by this actor at `at`.
    pub fn event(
        &self,
        at: chrono::DateTime<chrono::Utc>,
        action: &str,
        object_type: &str,
        object_id: Option<String>,
        outcome: Outcome,
        detail: serde_json::Value,
    ) -> AuditEvent {
        AuditEvent {
            at,
            actor_id: self.id,
            actor_role: self.role.clone(),
            scope: self.scope.label(),
            action: action.to_owned(),
            object_type: object_type.to_owned(),
            object_id,
            outcome,
            detail: detail.to_string(),
            request_id: self.request_id.clone(),
        }
    }
}

/// Records a denial in its own transaction (there is no business transaction to join).
pub async fn record_denial(
    store: &super::Store,
    actor: &Actor,
    at: chrono::DateTime<chrono::Utc>,
    action: &str,
    object_type: &str,
    object_id: Option<String>,
    reason: &str,
) -> Result<(), StoreError> {
    let txn = store.begin_write().await?;
    let event = actor.event(
        at,
        action,
        object_type,
        object_id,
        Outcome::Denied,
        serde_json::json!({ "reason": reason }),
    );
    append(&txn, &actor.scope.audit_chain(), event).await?;
    txn.commit().await?;
    Ok(())
}

/// Every chain's head: its length and its last row's hash (for a checkpoint).
pub async fn heads(db: &DatabaseConnection) -> Result<Vec<checkpoint::Head>, StoreError> {
    Ok(audit_chain::Entity::find()
        .order_by_asc(audit_chain::Column::Chain)
        .all(db)
        .await?
        .into_iter()
        .map(|h| checkpoint::Head {
            chain: h.chain,
            seq: h.seq,
            hash: h.head_hash,
        })
        .collect())
}

/// A chain now, against a checkpoint's position `seq`: how long it is (counting its rows, so a
/// head moved back with its rows is seen) and its row at `seq`, if there is one.
pub async fn current(
    db: &DatabaseConnection,
    chain: &str,
    seq: i64,
) -> Result<Option<checkpoint::Current>, StoreError> {
    let last = audit_log::Entity::find()
        .filter(audit_log::Column::Chain.eq(chain))
        .order_by_desc(audit_log::Column::Seq)
        .one(db)
        .await?;
    let Some(last) = last else {
        return Ok(None);
    };
    let at = audit_log::Entity::find()
        .filter(audit_log::Column::Chain.eq(chain))
        .filter(audit_log::Column::Seq.eq(seq))
        .one(db)
        .await?;
    Ok(Some(checkpoint::Current {
        seq: last.seq,
        hash_at_checkpoint: at.map(|r| r.hash),
    }))
}
