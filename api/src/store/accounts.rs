//! Accounts and login failures. Reads return [`Account`] (typed role), never raw rows.
use super::audit::Actor;
use super::entities::{app_user, organisation};
use super::page::{self, Order, Page, PageRequest};
use super::tenancy::scoped;
use super::write::{Audit, change_one};
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::{Email, Role, Scope};
use domain::audit::{EU_CHAIN, member_state_chain};
use domain::member_state::MemberState;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use uuid::Uuid;

/// An account as the domain sees it.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: Option<Uuid>,
    /// For the login check only; never leaves the service.
    pub password_hash: Option<String>,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    /// Tokens carry it; "sign out everywhere" increments it (`auth::session`).
    pub token_version: i64,
    /// The language of the account's e-mails.
    pub language: domain::email::MailLanguage,
}

impl TryFrom<app_user::Model> for Account {
    type Error = StoreError;
    fn try_from(m: app_user::Model) -> Result<Self, StoreError> {
        Ok(Self {
            role: Role::parse(&m.role)
                .map_err(|_| StoreError::Corrupt(format!("account {}: role", m.id)))?,
            id: m.id,
            email: m.email,
            display_name: m.display_name,
            organisation_id: m.organisation_id,
            password_hash: m.password_hash,
            active: m.active,
            created_at: m.created_at,
            token_version: m.token_version,
            language: domain::email::MailLanguage::or_english(&m.language),
        })
    }
}

fn typed(rows: Vec<app_user::Model>) -> Result<Vec<Account>, StoreError> {
    rows.into_iter().map(Account::try_from).collect()
}

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
    app_user::Entity::find()
        .filter(app_user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .map(Account::try_from)
        .transpose()
}

pub async fn find_by_oidc(
    db: &DatabaseConnection,
    issuer: &str,
    subject: &str,
) -> Result<Option<Account>, StoreError> {
    app_user::Entity::find()
        .filter(app_user::Column::OidcIssuer.eq(issuer))
        .filter(app_user::Column::OidcSubject.eq(subject))
        .one(db)
        .await?
        .map(Account::try_from)
        .transpose()
}

pub async fn find_many(
    db: &DatabaseConnection,
    scope: &Scope,
    ids: &[Uuid],
) -> Result<Vec<Account>, StoreError> {
    typed(
        scoped::<app_user::Entity>(scope)
            .filter(app_user::Column::Id.is_in(ids.iter().copied()))
            .all(db)
            .await?,
    )
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
    .await?
    .try_map(Account::try_from)
}

/// The member state of an account's organisation, for its token's scope.
pub async fn organisation_of(
    db: &DatabaseConnection,
    organisation_id: &Option<Uuid>,
) -> Result<Option<(Uuid, MemberState, String)>, StoreError> {
    let Some(org_id) = *organisation_id else {
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
    now: DateTime<Utc>,
    chain: &str,
    n: NewAccount,
) -> Result<Account, StoreError> {
    let tx = store.tx(actor, now).await?;
    let account = insert(&*tx, n, now).await?;
    tx.audit(
        Audit::new(chain.to_owned(), "account.create", "Account", account.id).detail(
            serde_json::json!({ "role": account.role.as_str(), "organisationId": account.organisation_id }),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(account)
}

pub(crate) async fn insert<C: ConnectionTrait>(
    conn: &C,
    n: NewAccount,
    now: DateTime<Utc>,
) -> Result<Account, StoreError> {
    let (iss, sub) = n.oidc.map_or((None, None), |(i, s)| (Some(i), Some(s)));
    app_user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(n.email.as_str().to_owned()),
        display_name: Set(n.display_name),
        role: Set(n.role.as_str().to_owned()),
        organisation_id: Set(n.organisation_id),
        password_hash: Set(n.password_hash),
        oidc_issuer: Set(iss),
        oidc_subject: Set(sub),
        active: Set(true),
        token_version: Set(0),
        created_at: Set(now),
        language: Set(domain::email::MailLanguage::En.code().to_owned()),
    }
    .insert(conn)
    .await?
    .try_into()
}

/// Audits a refused login (the rate limits count it on their own: `store::rate_limits`).
pub async fn record_login_denial(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    reason: &str,
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    tx.audit_denied(Audit {
        chain: actor.scope.audit_chain(),
        action: "login",
        object_type: "Session",
        object_id: None,
        detail: serde_json::json!({ "reason": reason }),
    })
    .await?;
    tx.commit().await
}

/// Sets an account's `active` flag, with its audit row. `None`: no such account.
pub async fn set_active(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    id: Uuid,
    active: bool,
) -> Result<Option<Account>, StoreError> {
    let update = app_user::Entity::update_many()
        .col_expr(
            app_user::Column::Active,
            sea_orm::sea_query::Expr::value(active),
        )
        .filter(app_user::Column::Id.eq(id));
    let action = if active {
        "account.activate"
    } else {
        "account.deactivate"
    };
    change_one(
        store,
        actor,
        now,
        update,
        Audit::new(EU_CHAIN.to_owned(), action, "Account", id),
        id,
    )
    .await?
    .map(Account::try_from)
    .transpose()
}

/// "Sign out everywhere": increments the account's token version, which ends every token
/// issued before, with its audit row. `None`: no such account.
pub async fn sign_out_everywhere(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    id: Uuid,
) -> Result<Option<Account>, StoreError> {
    let update = app_user::Entity::update_many()
        .col_expr(
            app_user::Column::TokenVersion,
            sea_orm::sea_query::ExprTrait::add(
                sea_orm::sea_query::Expr::col(app_user::Column::TokenVersion),
                1,
            ),
        )
        .filter(app_user::Column::Id.eq(id));
    change_one(
        store,
        actor,
        now,
        update,
        Audit::new(
            EU_CHAIN.to_owned(),
            "account.sign_out_everywhere",
            "Account",
            id,
        ),
        id,
    )
    .await?
    .map(Account::try_from)
    .transpose()
}

/// The account chooses the language of its e-mails (audited with the new language).
pub async fn set_language(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    id: Uuid,
    language: domain::email::MailLanguage,
) -> Result<Option<Account>, StoreError> {
    let update = app_user::Entity::update_many()
        .col_expr(
            app_user::Column::Language,
            sea_orm::sea_query::Expr::value(language.code()),
        )
        .filter(app_user::Column::Id.eq(id));
    let audit = Audit::new(EU_CHAIN.to_owned(), "account.set_language", "Account", id)
        .detail(serde_json::json!({ "language": language.code() }));
    change_one(store, actor, now, update, audit, id)
        .await?
        .map(Account::try_from)
        .transpose()
}

/// A successful login: the account's failures are cleared and the login is audited.
pub async fn record_login_success(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    tx.audit(Audit {
        chain: actor.scope.audit_chain(),
        action: "login",
        object_type: "Session",
        object_id: actor.id.map(|i| i.to_string()),
        detail: serde_json::json!({}),
    })
    .await?;
    tx.commit().await
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
        (None, None) => Ok(EU_CHAIN.to_owned()),
        (None, Some(_)) => Err(OrganisationRule::NotAllowed),
        (Some(_), None) => Err(OrganisationRule::Required),
        (Some(kind), Some(id)) => match organisation::Entity::find_by_id(id).one(db).await? {
            None => Err(OrganisationRule::Missing),
            Some(org) if org.kind != kind.as_str() => Err(OrganisationRule::WrongKind {
                role: role.as_str(),
                kind: kind.as_str(),
            }),
            Some(org) => Ok(member_state_chain(
                MemberState::parse(&org.member_state)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            )),
        },
    })
}
