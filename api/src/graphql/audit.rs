//! The audit trail, for the platform admin.
use super::context::ctx;
use super::pagination::{Conn, connection, page_request};
use super::scalars::{id, parse_optional_id};
use crate::actions::audit;
use crate::actions::audit::{AuditFilter as Filter, AuditRecord};
use crate::error::ApiResult;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};

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

impl From<AuditRecord> for AuditEntry {
    fn from(r: AuditRecord) -> Self {
        let e = r.event;
        Self {
            id: id(r.id),
            chain: r.chain,
            seq: r.seq,
            at: e.at,
            actor_id: e.actor_id.map(id),
            actor_role: e.actor_role,
            scope: e.scope,
            action: e.action,
            object_type: e.object_type,
            object_id: e.object_id,
            outcome: e.outcome.as_str().to_owned(),
            detail: e.detail,
            request_id: e.request_id,
            hash: r.hash,
            prev_hash: r.prev_hash,
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
    /// The audit trail, newest first: the platform admin reads every chain; an agency officer
    /// its own member state's voucher records (programmes, applications, vouchers,
    /// redemptions, organisations), whatever `filter.chain` says.
    async fn audit_log(
        &self,
        c: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        filter: Option<AuditFilter>,
    ) -> ApiResult<Conn<AuditEntry>> {
        let f = filter.unwrap_or_default();
        let filter = Filter {
            chain: f.chain,
            action: f.action,
            outcome: f.outcome.map(Into::into),
            actor_id: parse_optional_id("filter.actorId", f.actor_id.as_ref())?,
            object_id: f.object_id,
            object_types: None,
        };
        let rows = audit::list(ctx(c)?, &filter, page_request(first, after)?).await?;
        connection(rows, |r| r.id, |r| Ok(AuditEntry::from(r)))
    }
}
