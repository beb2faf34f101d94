//! One function per use case: the only path from a transport to the store.
//!
//! Every action takes the request's [`Ctx`] (the caller, the store, the clock, the settings)
//! and parsed domain input, and:
//! 1. checks the caller's permission in the one table, [`permissions`] (a denial is audited);
//! 2. loads what it needs within the caller's scope (out of scope is `NOT_FOUND`, exactly like
//!    a missing record, and a probe of a record that exists elsewhere is audited);
//! 3. asks the domain to decide (pure functions of the input and [`Ctx::now`]);
//! 4. applies the decision in one store transaction that carries its audit row;
//! 5. returns the result, handing its events to [`Ctx::published`] once the transaction
//!    committed: the one place events leave.
//!
//! GraphQL resolvers, the WebSocket, the CSV export and every REST endpoint call actions;
//! none of them checks roles or reads the store on its own. Errors: [`ApiError`].
pub mod accounts;
pub mod alert_exports;
pub mod alerts;
pub mod application_notes;
pub mod applications;
pub mod attachments;
pub mod audit;
pub mod catalogue;
pub mod directory;
pub mod email;
pub mod four_eyes;
pub mod funds;
pub mod incidents;
pub mod money;
pub mod notifications;
pub mod organisations;
pub mod password_reset;
pub mod pending_work;
pub mod permissions;
pub mod profiles;
pub mod programmes;
pub mod redemptions;
pub mod references;
pub mod reserve;
pub mod reserve_reminders;
pub mod retries;
pub mod sme;
pub mod training;
pub mod vouchers;

pub use crate::store::page::{DEFAULT_PAGE, MAX_PAGE, Page, PageRequest};
pub use permissions::Action;

use crate::auth::Principal;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::state::AppState;
use crate::store::Store;
use crate::store::audit::{Actor, record_denial};
use chrono::{DateTime, Utc};
use domain::account::Scope;
use uuid::Uuid;

/// Who is asking: the verified principal (none when anonymous), the request's id (for logs and
/// the audit trail) and the client's address (for rate limits).
#[derive(Debug, Clone)]
pub struct Caller {
    pub principal: Option<Principal>,
    pub request_id: String,
    pub client_ip: String,
}

impl Caller {
    pub fn anonymous(request_id: impl Into<String>, client_ip: impl Into<String>) -> Self {
        Self {
            principal: None,
            request_id: request_id.into(),
            client_ip: client_ip.into(),
        }
    }

    /// What the caller may see: from the token only.
    pub fn scope(&self) -> Scope {
        self.principal.as_ref().map_or(Scope::Public, |p| p.scope)
    }

    /// The caller as the audit trail records it.
    pub fn actor(&self) -> Actor {
        Actor {
            id: self.principal.as_ref().map(|p| p.user_id),
            role: self.principal.as_ref().map(|p| p.role.as_str().to_owned()),
            scope: self.scope(),
            request_id: self.request_id.clone(),
        }
    }
}

/// What an action works with. Cheap to clone (the state is shared).
#[derive(Clone)]
pub struct Ctx {
    pub app: AppState,
    pub caller: Caller,
}

impl Ctx {
    pub fn new(app: AppState, caller: Caller) -> Self {
        Self { app, caller }
    }

    /// A context for background work, acting as the system.
    pub fn system(app: AppState, job: &str) -> Self {
        Self::new(app, Caller::anonymous(format!("job:{job}"), "-"))
    }

    pub fn store(&self) -> &Store {
        &self.app.store
    }

    /// Now, from the application's clock (settable in tests).
    pub fn now(&self) -> DateTime<Utc> {
        self.app.clock.now()
    }

    pub fn scope(&self) -> Scope {
        self.caller.scope()
    }

    pub fn actor(&self) -> Actor {
        self.caller.actor()
    }

    /// The caller, if the table allows `action` to its role; otherwise the denial is audited
    /// and answered `UNAUTHENTICATED` (anonymous) or `FORBIDDEN`.
    pub async fn authorize(&self, action: Action) -> ApiResult<Principal> {
        let (err, reason) = match &self.caller.principal {
            Some(p) if action.permission().allows(p.role) => return Ok(p.clone()),
            Some(_) => (ApiError::Forbidden, "role"),
            None => (ApiError::Unauthenticated, "anonymous"),
        };
        self.deny(action, "Operation", None, reason).await?;
        Err(err)
    }

    /// For actions the table may open to anonymous callers: the caller if any. A non-public
    /// action goes through [`Ctx::authorize`].
    pub async fn permit(&self, action: Action) -> ApiResult<Option<Principal>> {
        if action.permission().is_public() {
            return Ok(self.caller.principal.clone());
        }
        self.authorize(action).await.map(Some)
    }

    /// Whether the caller's role may take `action` (no audit: for what a field shows, not for
    /// an operation refused).
    pub fn may(&self, action: Action) -> bool {
        self.caller
            .principal
            .as_ref()
            .is_some_and(|p| action.permission().allows(p.role))
    }

    /// The caller's organisation, for actions only organisation roles may take.
    pub async fn authorize_organisation(&self, action: Action) -> ApiResult<(Principal, Uuid)> {
        let p = self.authorize(action).await?;
        match p.scope {
            Scope::Organisation { id, .. } | Scope::Authority { id, .. } => Ok((p, id)),
            _ => {
                self.deny(action, "Operation", None, "scope").await?;
                Err(ApiError::Forbidden)
            }
        }
    }

    /// The caller's member state, for actions only member-state roles may take.
    pub async fn authorize_member_state(
        &self,
        action: Action,
    ) -> ApiResult<(Principal, domain::member_state::MemberState)> {
        let p = self.authorize(action).await?;
        match p.scope {
            Scope::MemberState(ms) => Ok((p, ms)),
            _ => {
                self.deny(action, "Operation", None, "scope").await?;
                Err(ApiError::Forbidden)
            }
        }
    }

    /// Audits a denial of `action` (in its own transaction: there is no change to join).
    pub async fn deny(
        &self,
        action: Action,
        object_type: &str,
        object_id: Option<String>,
        reason: &str,
    ) -> ApiResult<()> {
        record_denial(
            self.store(),
            &self.actor(),
            self.now(),
            action.name(),
            object_type,
            object_id,
            reason,
        )
        .await?;
        Ok(())
    }

    /// A record the caller may not see: audited as a tenancy denial when it exists elsewhere,
    /// and answered exactly like a missing one.
    pub async fn not_found(
        &self,
        action: Action,
        object_type: &str,
        id: Uuid,
        exists_elsewhere: bool,
    ) -> ApiError {
        if exists_elsewhere
            && let Err(e) = self
                .deny(action, object_type, Some(id.to_string()), "out_of_scope")
                .await
        {
            return e;
        }
        ApiError::NotFound
    }

    /// A read by id of a record that exists out of the caller's scope: audited as a tenancy
    /// denial, at most `limits.probe_audits_per_principal` times per principal (or anonymous
    /// address) and window, so that probing cannot flood the trail. The caller answers it
    /// exactly like a missing record.
    pub async fn probe(&self, action: Action, object_type: &str, id: Uuid) -> ApiResult<()> {
        let key = match &self.caller.principal {
            Some(p) => format!("probe:{}", p.user_id),
            None => format!("probe:ip:{}", self.caller.client_ip),
        };
        let limits = &self.app.settings.limits;
        let audit = crate::store::rate_limits::reserve(
            self.store().db(),
            &key,
            limits.probe_audits_per_principal,
            limits.probe_window,
            self.now(),
        )
        .await?;
        if audit {
            self.deny(action, object_type, Some(id.to_string()), "out_of_scope")
                .await
        } else {
            tracing::warn!(
                action = action.name(),
                "tenancy probe refused without an audit row: the principal's cap is reached"
            );
            Ok(())
        }
    }

    /// Publishes a committed change's events and returns its result: the one place events
    /// leave an action. Call it only after the store transaction committed.
    pub fn published<T>(&self, value: T, events: impl IntoIterator<Item = Event>) -> T {
        self.app.events.publish_committed(events);
        value
    }
}
