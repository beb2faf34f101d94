//! Accounts: login, the caller, and account management by the platform admin.
use super::context::{self, require};
use super::error::{ApiError, ApiResult};
use super::member_states::MemberState;
use super::organisations::{Organisation, OrganisationLoader, parse_id};
use super::pagination::{connection, page_request};
use crate::auth::password;
use crate::store::accounts as repo;
use crate::store::audit::Actor;
use async_graphql::connection::Connection;
use async_graphql::dataloader::DataLoader;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::account::{Email, NewPassword, Role as DRole, Scope, parse_display_name};
use uuid::Uuid;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::account::Role")]
pub enum Role {
    PlatformAdmin,
    EnisaStaff,
    AgencyOfficer,
    ProviderUser,
    ServiceProvider,
}

/// An account.
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: DRole,
    pub organisation_id: Option<Uuid>,
    pub active: bool,
    /// The scope to read the account's organisation with, when it is not the request's: the
    /// account that just logged in sees its own organisation in the login payload.
    pub viewer: Option<Scope>,
}

impl TryFrom<repo::Account> for User {
    type Error = ApiError;
    fn try_from(m: repo::Account) -> Result<Self, ApiError> {
        Ok(Self {
            role: DRole::parse(&m.role)
                .map_err(|e| ApiError::internal(format!("account {}: {e}", m.id)))?,
            id: m.id,
            email: m.email,
            display_name: m.display_name,
            organisation_id: m.organisation_id,
            active: m.active,
            viewer: None,
        })
    }
}

impl User {
    async fn load_organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        let Some(id) = self.organisation_id else {
            return Ok(None);
        };
        if let Some(scope) = &self.viewer {
            let st = context::state(ctx)?;
            let row = crate::store::organisations::find(st.store.db(), scope, id).await?;
            return row.map(Organisation::try_from).transpose();
        }
        let loader = ctx.data::<DataLoader<OrganisationLoader>>()?;
        let row = loader
            .load_one(id)
            .await
            .map_err(|e| ApiError::internal(format!("{e:?}")))?;
        row.map(Organisation::try_from).transpose()
    }
}

#[Object]
impl User {
    async fn id(&self) -> ID {
        ID(self.id.to_string())
    }
    async fn email(&self) -> &str {
        &self.email
    }
    async fn display_name(&self) -> &str {
        &self.display_name
    }
    async fn role(&self) -> Role {
        self.role.into()
    }
    async fn active(&self) -> bool {
        self.active
    }
    /// The account's organisation, when the caller may see it.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        self.load_organisation(ctx).await
    }
    /// The member state of the account's organisation, when the caller may see it.
    async fn member_state(&self, ctx: &Context<'_>) -> ApiResult<Option<MemberState>> {
        Ok(self
            .load_organisation(ctx)
            .await?
            .map(|o| o.member_state.into()))
    }
}

#[derive(SimpleObject)]
pub struct LoginPayload {
    /// A bearer token for the `Authorization` header.
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub user: User,
}

#[derive(InputObject)]
pub struct CreateUserInput {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// Required for agency officers, provider users and service providers: an organisation of
    /// the matching kind.
    pub organisation_id: Option<ID>,
    /// At least 12 characters.
    pub password: String,
}

#[derive(Default)]
pub struct AccountQuery;

#[Object]
impl AccountQuery {
    /// The caller, or `null` when not logged in.
    async fn me(&self, ctx: &Context<'_>) -> ApiResult<Option<User>> {
        let req = context::request(ctx)?;
        let st = context::state(ctx)?;
        let Some(p) = &req.principal else {
            return Ok(None);
        };
        let rows = repo::find_many(st.store.db(), &Scope::Eu, &[p.user_id])
            .await
            .map_err(ApiError::from)?;
        Ok(rows.into_iter().next().map(User::try_from).transpose()?)
    }

    /// All accounts (platform admin).
    async fn users(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Connection<String, User>> {
        let p = require(ctx, "account.list", &[DRole::PlatformAdmin]).await?;
        let st = context::state(ctx)?;
        let page = page_request(first, after)?;
        let rows = repo::list(st.store.db(), &p.scope, page)
            .await
            .map_err(ApiError::from)?;
        Ok(connection(rows, |m| m.id, User::try_from)?)
    }
}

#[derive(Default)]
pub struct AccountMutation;

#[Object]
impl AccountMutation {
    /// Logs in with e-mail and password. Failures are rate-limited per account and per IP
    /// address and never say which part was wrong.
    async fn login(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
    ) -> ApiResult<LoginPayload> {
        let req = context::request(ctx)?;
        let st = context::state(ctx)?;
        let limits = &st.settings.limits;
        let normalised = email.trim().to_lowercase();
        let account_key = format!("acct:{normalised}");
        let ip_key = format!("ip:{}", req.client_ip);
        let anonymous = req.actor();
        let db = st.store.db();
        let acct_failures = repo::recent_failures(db, &account_key, limits.login_window)
            .await
            .map_err(ApiError::from)?;
        let ip_failures = repo::recent_failures(db, &ip_key, limits.login_window)
            .await
            .map_err(ApiError::from)?;
        if acct_failures >= limits.login_failures_per_account
            || ip_failures >= limits.login_failures_per_ip
        {
            repo::record_login_denial(&st.store, &anonymous, &[], "rate_limited")
                .await
                .map_err(ApiError::from)?;
            return Err(ApiError::RateLimited);
        }
        let account = match Email::parse(&email) {
            Ok(e) => repo::find_by_email(db, &e).await.map_err(ApiError::from)?,
            Err(_) => None,
        };
        let stored = account.as_ref().and_then(|a| a.password_hash.clone());
        let ok =
            password::verify(password, stored).await && account.as_ref().is_some_and(|a| a.active);
        let Some(account) = account.filter(|_| ok) else {
            repo::record_login_denial(
                &st.store,
                &anonymous,
                &[account_key, ip_key],
                "bad_credentials",
            )
            .await
            .map_err(ApiError::from)?;
            return Err(ApiError::Unauthenticated);
        };
        let mut user = User::try_from(account.clone())?;
        let org = repo::organisation_of(db, &account)
            .await
            .map_err(ApiError::from)?;
        let org = org.map(|(id, ms, _)| (id, ms));
        let scope = Scope::for_account(user.role, org);
        user.viewer = Some(scope);
        let (token, expires_at) = st
            .tokens
            .issue(user.id, user.role, org)
            .map_err(ApiError::internal)?;
        let actor = Actor {
            id: Some(user.id),
            role: Some(user.role.as_str().to_owned()),
            scope,
            request_id: req.request_id.clone(),
        };
        repo::record_login_success(&st.store, &actor, &account_key)
            .await
            .map_err(ApiError::from)?;
        Ok(LoginPayload {
            token,
            expires_at,
            user,
        })
    }

    /// Deactivates or reactivates an account (platform admin). A deactivated account cannot
    /// log in; tokens it already holds end at their expiry.
    async fn set_user_active(&self, ctx: &Context<'_>, id: ID, active: bool) -> ApiResult<User> {
        let p = require(ctx, "account.set_active", &[DRole::PlatformAdmin]).await?;
        let req = context::request(ctx)?;
        let st = context::state(ctx)?;
        let uuid = parse_id("id", &id)?;
        if uuid == p.user_id && !active {
            return Err(ApiError::validation(
                "id",
                "you cannot deactivate your own account",
            ));
        }
        let account = repo::set_active(&st.store, &req.actor(), uuid, active)
            .await?
            .ok_or(ApiError::NotFound)?;
        User::try_from(account)
    }

    /// Creates an account (platform admin).
    async fn create_user(&self, ctx: &Context<'_>, input: CreateUserInput) -> ApiResult<User> {
        require(ctx, "account.create", &[DRole::PlatformAdmin]).await?;
        let req = context::request(ctx)?;
        let st = context::state(ctx)?;
        let email = Email::parse(&input.email)?;
        let display_name = parse_display_name(&input.display_name)?;
        let pw = NewPassword::parse(&input.password)?;
        let role: DRole = input.role.into();
        let org_id = input
            .organisation_id
            .as_ref()
            .map(|i| parse_id("organisationId", i))
            .transpose()?;
        let chain = check_organisation(st, role, org_id).await?;
        let password_hash = password::hash(pw.expose().to_owned())
            .await
            .map_err(ApiError::internal)?;
        let account = repo::create(
            &st.store,
            &req.actor(),
            &chain,
            repo::NewAccount {
                email,
                display_name,
                role,
                organisation_id: org_id,
                password_hash: Some(password_hash),
                oidc: None,
            },
        )
        .await
        .map_err(ApiError::from)?;
        Ok(User::try_from(account)?)
    }
}

/// The role's organisation rule: returns the audit chain of the account's member state.
pub(crate) async fn check_organisation(
    st: &crate::state::AppState,
    role: DRole,
    org_id: Option<Uuid>,
) -> Result<String, ApiError> {
    repo::audit_chain_for(st.store.db(), role, org_id)
        .await?
        .map_err(|rule| ApiError::validation("organisationId", rule.to_string()))
}
