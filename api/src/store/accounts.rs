//! Accounts and login failures.
use super::audit::{self, Actor};
use super::entities::{app_user, login_failure, organisation};
use super::page::{self, Order, Page, PageRequest};
use super::tenancy::scoped;
use super::{Store, StoreError};
use domain::account::{Email, Role, Scope};
use domain::audit::Outcome;
use domain::member_state::MemberState;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Set,
};
use std::time::Duration;
use uuid::Uuid;

pub type Account = app_user::Model;

#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: Email,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: Option<Uuid>,
    pub password_hash: Option<String>,
    pub oidc: Option<(String, String)>,
}

/// Login lookup: by e-mail, across all tenants (the caller is not known yet).
pub async fn find_by_email(
    db: &DatabaseConnection,
    email: &Email,
) -> Result<Option<Account>, StoreError> {
    Ok(app_user::Entity::find()
        .filter(app_user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?)
}

pub async fn find_by_oidc(
    db: &DatabaseConnection,
    issuer: &str,
    subject: &str,
) -> Result<Option<Account>, StoreError> {
    Ok(app_user::Entity::find()
        .filter(app_user::Column::OidcIssuer.eq(issuer))
        .filter(app_user::Column::OidcSubject.eq(subject))
        .one(db)
        .await?)
}

pub async fn find_many(
    db: &DatabaseConnection,
    scope: &Scope,
    ids: &[Uuid],
) -> Result<Vec<Account>, StoreError> {
    Ok(scoped::<app_user::Entity>(scope)
        .filter(app_user::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}

pub async fn list(
    db: &DatabaseConnection,
    scope: &Scope,
    page: PageRequest,
) -> Result<Page<Account>, StoreError> {
    page::fetch(
        db,
        scoped::<app_user::Entity>(scope),
        app_user::Column::Id,
        Order::OldestFirst,
        page,
    )
    .await
}

/// The member state of an account's organisation, for its token's scope.
pub async fn organisation_of(
    db: &DatabaseConnection,
    account: &Account,
) -> Result<Option<(Uuid, MemberState, String)>, StoreError> {
    let Some(org_id) = account.organisation_id else {
        return Ok(None);
    };
    let Some(org) = organisation::Entity::find_by_id(org_id).one(db).await? else {
        return Ok(None);
    };
    let ms =
        MemberState::parse(&org.member_state).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(Some((org.id, ms, org.kind)))
}

/// Creates an account with its audit row.
pub async fn create(
    store: &Store,
    actor: &Actor,
    chain: &str,
    n: NewAccount,
) -> Result<Account, StoreError> {
    let txn = store.begin_write().await?;
    let account = insert(&txn, n).await?;
    let event = actor.event(
        "account.create",
        "Account",
        Some(account.id.to_string()),
        Outcome::Success,
        serde_json::json!({ "role": account.role, "organisationId": account.organisation_id }),
    );
    audit::append(&txn, chain, event).await?;
    txn.commit().await?;
    Ok(account)
}

pub(crate) async fn insert<C: ConnectionTrait>(
    conn: &C,
    n: NewAccount,
) -> Result<Account, StoreError> {
    let (iss, sub) = n.oidc.map_or((None, None), |(i, s)| (Some(i), Some(s)));
    Ok(app_user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(n.email.as_str().to_owned()),
        display_name: Set(n.display_name),
        role: Set(n.role.as_str().to_owned()),
        organisation_id: Set(n.organisation_id),
        password_hash: Set(n.password_hash),
        oidc_issuer: Set(iss),
        oidc_subject: Set(sub),
        active: Set(true),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(conn)
    .await?)
}

/// Failed logins for `key` (an account or an IP) within `window`.
pub async fn recent_failures(
    db: &DatabaseConnection,
    key: &str,
    window: Duration,
) -> Result<u64, StoreError> {
    let since = chrono::Utc::now()
        - chrono::Duration::from_std(window).unwrap_or_else(|_| chrono::Duration::minutes(15));
    Ok(login_failure::Entity::find()
        .filter(login_failure::Column::Key.eq(key))
        .filter(login_failure::Column::At.gt(since))
        .count(db)
        .await?)
}

/// Records a failed or refused login for each key, with the denial's audit row, in one
/// transaction.
pub async fn record_login_denial(
    store: &Store,
    actor: &Actor,
    keys: &[String],
    reason: &str,
) -> Result<(), StoreError> {
    let txn = store.begin_write().await?;
    for key in keys {
        login_failure::ActiveModel {
            id: Set(Uuid::now_v7()),
            key: Set(key.clone()),
            at: Set(chrono::Utc::now()),
        }
        .insert(&txn)
        .await?;
    }
    let event = actor.event(
        "login",
        "Session",
        None,
        Outcome::Denied,
        serde_json::json!({ "reason": reason }),
    );
    audit::append(&txn, &actor.scope.audit_chain(), event).await?;
    txn.commit().await?;
    Ok(())
}

/// Sets an account's `active` flag, with its audit row. `None`: no such account.
pub async fn set_active(
    store: &Store,
    actor: &Actor,
    id: Uuid,
    active: bool,
) -> Result<Option<Account>, StoreError> {
    let txn = store.begin_write().await?;
    let res = app_user::Entity::update_many()
        .col_expr(
            app_user::Column::Active,
            sea_orm::sea_query::Expr::value(active),
        )
        .filter(app_user::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    if res.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(None);
    }
    let event = actor.event(
        if active {
            "account.activate"
        } else {
            "account.deactivate"
        },
        "Account",
        Some(id.to_string()),
        Outcome::Success,
        serde_json::json!({}),
    );
    audit::append(&txn, "EU", event).await?;
    let account = app_user::Entity::find_by_id(id).one(&txn).await?;
    txn.commit().await?;
    Ok(account)
}

/// A successful login: the account's failures are cleared and the login is audited.
pub async fn record_login_success(
    store: &Store,
    actor: &Actor,
    account_key: &str,
) -> Result<(), StoreError> {
    let txn = store.begin_write().await?;
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::Key.eq(account_key))
        .exec(&txn)
        .await?;
    let event = actor.event(
        "login",
        "Session",
        actor.id.map(|i| i.to_string()),
        Outcome::Success,
        serde_json::json!({}),
    );
    audit::append(&txn, &actor.scope.audit_chain(), event).await?;
    txn.commit().await?;
    Ok(())
}

/// Why an account's organisation does not fit its role.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrganisationRule {
    #[error("this role does not belong to an organisation")]
    NotAllowed,
    #[error("this role needs an organisation")]
    Required,
    #[error("no such organisation")]
    Missing,
    #[error("a {role} belongs to an organisation of kind {kind}")]
    WrongKind {
        role: &'static str,
        kind: &'static str,
    },
}

/// The role's organisation rule (`Role::organisation_kind`), checked against the registry;
/// on success, the audit chain of the account's member state (`EU` for EU-wide roles).
pub async fn audit_chain_for(
    db: &DatabaseConnection,
    role: Role,
    organisation: Option<Uuid>,
) -> Result<Result<String, OrganisationRule>, StoreError> {
    Ok(match (role.organisation_kind(), organisation) {
        (None, None) => Ok("EU".to_owned()),
        (None, Some(_)) => Err(OrganisationRule::NotAllowed),
        (Some(_), None) => Err(OrganisationRule::Required),
        (Some(kind), Some(id)) => match organisation::Entity::find_by_id(id).one(db).await? {
            None => Err(OrganisationRule::Missing),
            Some(org) if org.kind != kind.as_str() => Err(OrganisationRule::WrongKind {
                role: role.as_str(),
                kind: kind.as_str(),
            }),
            Some(org) => Ok(format!("MS:{}", org.member_state)),
        },
    })
}

/// `cyberhealth create-user`: validates like the API and audits as the command line.
pub async fn create_from_cli(
    store: &Store,
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
    let chain = match audit_chain_for(store.db(), role, organisation)
        .await
        .map_err(|e| e.to_string())?
    {
        Ok(chain) => chain,
        Err(OrganisationRule::Required) => return Err("this role needs --organisation".into()),
        Err(rule) => return Err(rule.to_string()),
    };
    let hash = super::super::auth::password::hash(pw.expose().to_owned()).await?;
    let actor = Actor {
        id: None,
        role: Some("CLI".into()),
        scope: Scope::Eu,
        request_id: "cli".into(),
    };
    let account = create(
        store,
        &actor,
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
        StoreError::Conflict(_) => "an account with this e-mail address already exists".to_owned(),
        other => other.to_string(),
    })?;
    Ok(account.id)
}
