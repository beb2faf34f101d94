//! The per-request context and the guards every resolver goes through.
//!
//! A guard that refuses writes the denial to the audit trail before answering.
use super::error::ApiError;
use crate::auth::Principal;
use crate::state::AppState;
use crate::store::audit::{self, Actor};
use async_graphql::Context;
use domain::account::{Role, Scope};

/// Who is asking, and the request's id (for logs and the audit trail).
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub principal: Option<Principal>,
    pub request_id: String,
    pub client_ip: String,
}

impl RequestContext {
    pub fn scope(&self) -> Scope {
        self.principal.as_ref().map_or(Scope::Public, |p| p.scope)
    }

    pub fn actor(&self) -> Actor {
        Actor {
            id: self.principal.as_ref().map(|p| p.user_id),
            role: self.principal.as_ref().map(|p| p.role.as_str().to_owned()),
            scope: self.scope(),
            request_id: self.request_id.clone(),
        }
    }
}

pub fn request<'a>(ctx: &'a Context<'_>) -> Result<&'a RequestContext, ApiError> {
    ctx.data::<RequestContext>()
        .map_err(|_| ApiError::internal("request context missing"))
}

pub fn state<'a>(ctx: &'a Context<'_>) -> Result<&'a AppState, ApiError> {
    ctx.data::<AppState>()
        .map_err(|_| ApiError::internal("state missing"))
}

/// Requires a logged-in caller with one of `roles`; audits and refuses otherwise.
pub async fn require(
    ctx: &Context<'_>,
    action: &str,
    roles: &[Role],
) -> Result<Principal, ApiError> {
    let req = request(ctx)?;
    let (err, reason) = match &req.principal {
        Some(p) if roles.contains(&p.role) => return Ok(p.clone()),
        Some(_) => (ApiError::Forbidden, "role"),
        None => (ApiError::Unauthenticated, "anonymous"),
    };
    deny(ctx, action, "Operation", None, reason).await?;
    Err(err)
}

/// Tells live subscribers that these organisations' notifications changed (after commit).
pub fn notifications_changed(ctx: &Context<'_>, organisations: &[uuid::Uuid]) {
    if let Ok(st) = state(ctx) {
        for org in organisations {
            st.events
                .publish(crate::events::Event::NotificationsChanged { organisation: *org });
        }
    }
}

/// Audits a denial (in its own transaction).
pub async fn deny(
    ctx: &Context<'_>,
    action: &str,
    object_type: &str,
    object_id: Option<String>,
    reason: &str,
) -> Result<(), ApiError> {
    let req = request(ctx)?;
    let st = state(ctx)?;
    audit::record_denial(
        &st.store,
        &req.actor(),
        action,
        object_type,
        object_id,
        reason,
    )
    .await?;
    Ok(())
}

/// An object the caller may not see: audited as a tenancy denial when it exists elsewhere,
/// and answered exactly like a missing one.
pub async fn not_found(
    ctx: &Context<'_>,
    action: &str,
    object_type: &str,
    id: String,
    exists_elsewhere: bool,
) -> ApiError {
    if exists_elsewhere
        && let Err(e) = deny(ctx, action, object_type, Some(id), "out_of_scope").await
    {
        return e;
    }
    ApiError::NotFound
}
