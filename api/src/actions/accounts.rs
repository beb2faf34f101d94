//! Accounts and sessions: login, the caller, and account management by the platform admin.
use super::{Action, Ctx};
use crate::auth::password;
use crate::error::{ApiError, ApiResult};
use crate::store::accounts::{self as repo, NewAccount};
use crate::store::audit::Actor;
use crate::store::organisations::{self, Organisation};
use crate::store::page::{Page, PageRequest};
use crate::store::{Store, rate_limits};
use chrono::{DateTime, Utc};
use domain::account::{Email, NewPassword, Role, Scope, login_delay};
use uuid::Uuid;

/// What this capability reads, for the transports.
pub use crate::store::accounts::Account;

/// A successful login: the token, and the account with its own organisation (read in the
/// account's new scope, so the login payload can show it).
pub struct LoggedIn {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub account: Account,
    pub organisation: Option<Organisation>,
}

/// The rate-limit keys of a login: the account from this address, the address, the account.
struct LoginKeys {
    pair: String,
    address: String,
    account: String,
}

impl LoginKeys {
    fn of(email: &str, client_ip: &str) -> Self {
        let email = email.trim().to_lowercase();
        Self {
            pair: format!("login:{email}|{client_ip}"),
            address: format!("login-ip:{client_ip}"),
            account: format!("login-acct:{email}"),
        }
    }
}

/// Reserves a password check: refused while the account is held back by its progressive delay,
/// or beyond the failures allowed for this account from this address, or from this address.
/// Each reservation is one conditional update, so concurrency cannot exceed the limits.
async fn reserve_check(ctx: &Ctx, keys: &LoginKeys) -> ApiResult<bool> {
    let (db, limits, now) = (ctx.store().db(), &ctx.app.settings.limits, ctx.now());
    if rate_limits::blocked_until(db, &keys.account, now)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let window = limits.login_window;
    if !rate_limits::reserve(
        db,
        &keys.pair,
        limits.login_failures_per_account,
        window,
        now,
    )
    .await?
    {
        return Ok(false);
    }
    if !rate_limits::reserve(db, &keys.address, limits.login_failures_per_ip, window, now).await? {
        rate_limits::refund(db, &keys.pair).await?;
        return Ok(false);
    }
    Ok(true)
}

/// Logs in. Failures are rate-limited per account and address together and per address, an
/// account's repeated failures slow its next attempts down (`domain::account::login_delay`),
/// every refusal is audited, and the answer never says which part was wrong.
pub async fn login(ctx: &Ctx, email: &str, password: String) -> ApiResult<LoggedIn> {
    ctx.permit(Action::Login).await?;
    let (store, now) = (ctx.store(), ctx.now());
    let db = store.db();
    let keys = LoginKeys::of(email, &ctx.caller.client_ip);
    if !reserve_check(ctx, &keys).await? {
        repo::record_login_denial(store, &ctx.actor(), now, "rate_limited").await?;
        return Err(ApiError::RateLimited);
    }
    let account = match Email::parse(email) {
        Ok(e) => repo::find_by_email(db, &e).await?,
        Err(_) => None,
    };
    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let ok = password::verify(password, stored).await && account.as_ref().is_some_and(|a| a.active);
    let Some(account) = account.filter(|_| ok) else {
        // The reservations stay: they were failures.
        rate_limits::record_failure(db, &keys.account, now, login_delay).await?;
        repo::record_login_denial(store, &ctx.actor(), now, "bad_credentials").await?;
        return Err(ApiError::Unauthenticated);
    };
    // A right password gives back only its own reservations: failures counted by attempts
    // still in flight stay counted until their window ends, so a race that contains the right
    // password cannot check more wrong ones than the limit (docs/security.md). The account's
    // progressive delay is forgotten.
    rate_limits::refund(db, &keys.address).await?;
    rate_limits::refund(db, &keys.pair).await?;
    rate_limits::clear(db, &keys.account).await?;
    let org = repo::organisation_of(db, &account.organisation_id)
        .await?
        .map(|(id, ms, _)| (id, ms));
    let scope = Scope::for_account(account.role, org);
    // Token lifetimes follow the system clock: they guard access, not domain deadlines.
    let (token, expires_at) = ctx
        .app
        .tokens
        .issue(account.id, account.role, org, account.token_version)
        .map_err(ApiError::internal)?;
    let actor = Actor {
        id: Some(account.id),
        role: Some(account.role.as_str().to_owned()),
        scope,
        request_id: ctx.caller.request_id.clone(),
    };
    repo::record_login_success(store, &actor, now).await?;
    let organisation = match org {
        Some((id, _)) => organisations::find(db, &scope, id).await?,
        None => None,
    };
    Ok(LoggedIn {
        token,
        expires_at,
        account,
        organisation,
    })
}

/// A bearer token that did not verify: the denial is audited (the transport answers 401).
pub async fn token_refused(ctx: &Ctx) -> ApiResult<()> {
    ctx.deny(Action::Authenticate, "Session", None, "invalid_token")
        .await
}

/// The caller's account, or `None` when anonymous.
pub async fn me(ctx: &Ctx) -> ApiResult<Option<Account>> {
    let Some(p) = &ctx.caller.principal else {
        return Ok(None);
    };
    let rows = repo::find_many(ctx.store().db(), &Scope::Eu, &[p.user_id]).await?;
    Ok(rows.into_iter().next())
}

/// The officers among these ids whom the caller may name (relations: who recommended, decided
/// or paid): an agency officer those of its member state, the admin all; anyone else none, not
/// even ENISA staff, who read the same records EU-wide (`account.officer_name`).
pub async fn officers(ctx: &Ctx, ids: &[Uuid]) -> ApiResult<Vec<Account>> {
    if !ctx.may(Action::OfficerName) {
        return Ok(Vec::new());
    }
    Ok(repo::find_many(ctx.store().db(), &ctx.scope(), ids).await?)
}

/// All accounts (platform admin).
pub async fn list(ctx: &Ctx, page: PageRequest) -> ApiResult<Page<Account>> {
    let p = ctx.authorize(Action::AccountList).await?;
    Ok(repo::list(ctx.store().db(), &p.scope, page).await?)
}

/// What the platform admin supplies for a new account.
pub struct NewUser {
    pub email: Email,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: Option<Uuid>,
    pub password: NewPassword,
}

/// Creates an account (platform admin). The role's organisation rule is checked against the
/// registry (`Role::organisation_kind`).
pub async fn create(ctx: &Ctx, n: NewUser) -> ApiResult<Account> {
    ctx.authorize(Action::AccountCreate).await?;
    let chain = repo::audit_chain_for(ctx.store().db(), n.role, n.organisation_id)
        .await?
        .map_err(|rule| ApiError::validation("organisationId", rule.to_string()))?;
    let password_hash = password::hash_new(&n.password)
        .await
        .map_err(ApiError::internal)?;
    let new = NewAccount {
        email: n.email,
        display_name: n.display_name,
        role: n.role,
        organisation_id: n.organisation_id,
        password_hash: Some(password_hash),
        oidc: None,
    };
    Ok(repo::create(ctx.store(), &ctx.actor(), ctx.now(), &chain, new).await?)
}

/// Deactivates or reactivates an account (platform admin). A deactivated account cannot log
/// in, and the tokens it holds stop working within `auth::session::REVOCATION_WINDOW` on every
/// node (at once on this one).
pub async fn set_active(ctx: &Ctx, id: Uuid, active: bool) -> ApiResult<Account> {
    let p = ctx.authorize(Action::AccountSetActive).await?;
    if id == p.user_id && !active {
        return Err(ApiError::validation(
            "id",
            "you cannot deactivate your own account",
        ));
    }
    let account = repo::set_active(ctx.store(), &ctx.actor(), ctx.now(), id, active)
        .await?
        .ok_or(ApiError::NotFound)?;
    ctx.app.tokens.sessions.forget(id);
    Ok(account)
}

/// Ends every session of the caller's own account, on every device: all tokens issued before
/// stop working (at once on this node, within `auth::session::REVOCATION_WINDOW` on others).
pub async fn sign_out_everywhere(ctx: &Ctx) -> ApiResult<Account> {
    let p = ctx.authorize(Action::AccountSignOutEverywhere).await?;
    let account = repo::sign_out_everywhere(ctx.store(), &ctx.actor(), ctx.now(), p.user_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    ctx.app.tokens.sessions.forget(p.user_id);
    Ok(account)
}

/// The caller chooses the language of its own e-mails (en, de, fr).
pub async fn set_language(ctx: &Ctx, language: domain::email::MailLanguage) -> ApiResult<Account> {
    let p = ctx.authorize(Action::AccountSetLanguage).await?;
    repo::set_language(ctx.store(), &ctx.actor(), ctx.now(), p.user_id, language)
        .await?
        .ok_or(ApiError::NotFound)
}

/// `cyberhealth create-user`: the operator at the command line (who holds the database) creates
/// an account, e.g. the first admin. Validates like the API and audits as the command line.
pub async fn create_from_cli(
    store: &Store,
    now: DateTime<Utc>,
    email: &str,
    role: &str,
    display_name: &str,
    organisation: Option<Uuid>,
    password: &str,
) -> Result<Uuid, String> {
    let email = Email::parse(email).map_err(|e| e.to_string())?;
    let role = Role::parse(role).map_err(|e| e.to_string())?;
    let display_name =
        domain::account::parse_display_name(display_name).map_err(|e| e.to_string())?;
    let pw = domain::account::NewPassword::parse(password).map_err(|e| e.to_string())?;
    let chain = match repo::audit_chain_for(store.db(), role, organisation)
        .await
        .map_err(|e| e.to_string())?
    {
        Ok(chain) => chain,
        Err(repo::OrganisationRule::Required) => {
            return Err("this role needs --organisation".into());
        }
        Err(rule) => return Err(rule.to_string()),
    };
    let hash = password::hash(pw.expose().to_owned()).await?;
    let actor = Actor {
        id: None,
        role: Some("CLI".into()),
        scope: Scope::Eu,
        request_id: "cli".into(),
    };
    let account = repo::create(
        store,
        &actor,
        now,
        &chain,
        NewAccount {
            email,
            display_name,
            role,
            organisation_id: organisation,
            password_hash: Some(hash),
            oidc: None,
        },
    )
    .await
    .map_err(|e| match e {
        crate::store::StoreError::Conflict(_) => {
            "an account with this e-mail address already exists".to_owned()
        }
        other => other.to_string(),
    })?;
    Ok(account.id)
}
