//! The audit trail, for the platform admin.
use super::context::{self, require};
use super::error::{ApiError, ApiResult};
use super::pagination::{connection, page_request};
use crate::store::audit as repo;
use crate::store::entities::audit_log;
use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::account::Role;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::audit::Outcome")]
pub enum AuditOutcome {
    Success,
    Denied,
}

/// One audited change or denial. Rows are hash-chained per member state (`MS:DE`) and
/// EU-wide (`EU`).
#[derive(SimpleObject)]
pub struct AuditEntry {
    pub id: ID,
    pub chain: String,
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub actor_id: Option<ID>,
    pub actor_role: Option<String>,
    pub scope: String,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<String>,
    pub outcome: String,
    /// JSON with ids and codes only.
    pub detail: String,
    pub request_id: String,
    /// `SHA-256(prevHash ‖ canonical row)`.
    pub hash: String,
    pub prev_hash: String,
}

impl From<audit_log::Model> for AuditEntry {
    fn from(m: audit_log::Model) -> Self {
        Self {
            id: ID(m.id.to_string()),
            chain: m.chain,
            seq: m.seq,
            at: m.at,
            actor_id: m.actor_id.map(|a| ID(a.to_string())),
            actor_role: m.actor_role,
            scope: m.scope,
            action: m.action,
            object_type: m.object_type,
            object_id: m.object_id,
            outcome: m.outcome,
            detail: m.detail,
            request_id: m.request_id,
            hash: m.hash,
            prev_hash: m.prev_hash,
        }
    }
}

#[derive(InputObject, Default)]
pub struct AuditFilter {
    /// `EU` or `MS:<code>`.
    pub chain: Option<String>,
    pub action: Option<String>,
    pub outcome: Option<AuditOutcome>,
    pub actor_id: Option<ID>,
    pub object_id: Option<String>,
}

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// The audit trail, newest first (platform admin).
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        filter: Option<AuditFilter>,
    ) -> ApiResult<Connection<String, AuditEntry>> {
        require(ctx, "audit.read", &[Role::PlatformAdmin]).await?;
        let st = context::state(ctx)?;
        let page = page_request(first, after)?;
        let f = filter.unwrap_or_default();
        let filter = repo::AuditFilter {
            chain: f.chain,
            action: f.action,
            outcome: f.outcome.map(Into::into),
            actor_id: f
                .actor_id
                .map(|a| super::organisations::parse_id("filter.actorId", &a))
                .transpose()?,
            object_id: f.object_id,
        };
        let rows = repo::list(st.store.db(), &filter, page)
            .await
            .map_err(ApiError::from)?;
        Ok(connection(rows, |m| m.id, |m| Ok(AuditEntry::from(m)))?)
    }
}
