//! The organisation registry: scoped reads, self-registration and verification.
use super::audit::{self, Actor};
use super::entities::{app_user, organisation};
use super::page::{self, Order, Page, PageRequest};
use super::tenancy::scoped;
use super::{Store, StoreError};
use domain::account::{Email, Role, Scope};
use domain::audit::Outcome;
use domain::member_state::MemberState;
use domain::organisation::{
    HealthcareType, Nis2Class, OrganisationKind, OrganisationName, OrganisationStatus,
    RegistrationId,
};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};
use uuid::Uuid;

pub type Organisation = organisation::Model;

/// A healthcare organisation registering itself, with its first account.
#[derive(Debug, Clone)]
pub struct Registration {
    pub name: OrganisationName,
    pub member_state: MemberState,
    pub healthcare_type: HealthcareType,
    pub nis2_class: Nis2Class,
    pub registration_id: RegistrationId,
    pub contact_name: String,
    pub contact_email: Email,
    pub password_hash: String,
}

/// An organisation created by the platform admin (agency or service provider, or a
/// pre-verified healthcare organisation).
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub kind: OrganisationKind,
    pub name: OrganisationName,
    pub member_state: MemberState,
    pub healthcare_type: Option<HealthcareType>,
    pub nis2_class: Option<Nis2Class>,
    pub registration_id: Option<RegistrationId>,
}

#[derive(Debug, Default, Clone)]
pub struct OrganisationFilter {
    pub kind: Option<OrganisationKind>,
    pub status: Option<OrganisationStatus>,
    pub member_state: Option<MemberState>,
    pub name_contains: Option<String>,
}

pub async fn find(
    db: &DatabaseConnection,
    scope: &Scope,
    id: Uuid,
) -> Result<Option<Organisation>, StoreError> {
    Ok(scoped::<organisation::Entity>(scope)
        .filter(organisation::Column::Id.eq(id))
        .one(db)
        .await?)
}

pub async fn find_many(
    db: &DatabaseConnection,
    scope: &Scope,
    ids: &[Uuid],
) -> Result<Vec<Organisation>, StoreError> {
    Ok(scoped::<organisation::Entity>(scope)
        .filter(organisation::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}

/// Whether the id exists at all: used only to tell a tenancy probe (audited) from a typo.
pub async fn exists_anywhere(db: &DatabaseConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(organisation::Entity::find_by_id(id).count(db).await? > 0)
}

pub async fn list(
    db: &DatabaseConnection,
    scope: &Scope,
    filter: &OrganisationFilter,
    page: PageRequest,
) -> Result<Page<Organisation>, StoreError> {
    let q = filtered(scoped::<organisation::Entity>(scope), filter);
    page::fetch(db, q, organisation::Column::Id, Order::OldestFirst, page).await
}

/// The directory of verified service providers (any member state: services cross borders),
/// which clinics choose from. Only names and member states are shown from it.
pub async fn service_providers(
    db: &DatabaseConnection,
    filter: &OrganisationFilter,
    page: PageRequest,
) -> Result<Page<Organisation>, StoreError> {
    let directory = OrganisationFilter {
        kind: Some(OrganisationKind::ServiceProvider),
        status: Some(OrganisationStatus::Verified),
        ..filter.clone()
    };
    let q = filtered(organisation::Entity::find(), &directory);
    page::fetch(db, q, organisation::Column::Id, Order::OldestFirst, page).await
}

fn filtered(
    mut q: sea_orm::Select<organisation::Entity>,
    filter: &OrganisationFilter,
) -> sea_orm::Select<organisation::Entity> {
    if let Some(k) = filter.kind {
        q = q.filter(organisation::Column::Kind.eq(k.as_str()));
    }
    if let Some(s) = filter.status {
        q = q.filter(organisation::Column::Status.eq(s.as_str()));
    }
    if let Some(ms) = filter.member_state {
        q = q.filter(organisation::Column::MemberState.eq(ms.code()));
    }
    if let Some(n) = &filter.name_contains {
        q = q.filter(
            Expr::expr(Func::lower(Expr::col(organisation::Column::Name))).like(format!(
                "%{}%",
                n.to_lowercase()
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            )),
        );
    }
    q
}

/// Self-registration: a `PENDING` healthcare organisation and its first `PROVIDER_USER`
/// account, with the audit row, in one transaction.
pub async fn register(
    store: &Store,
    actor: &Actor,
    r: Registration,
) -> Result<(Organisation, app_user::Model), StoreError> {
    let now = chrono::Utc::now();
    let txn = store.begin_write().await?;
    let org = organisation::ActiveModel {
        id: Set(Uuid::now_v7()),
        kind: Set(OrganisationKind::HealthcareProvider.as_str().to_owned()),
        name: Set(r.name.as_str().to_owned()),
        member_state: Set(r.member_state.code().to_owned()),
        status: Set(OrganisationStatus::Pending.as_str().to_owned()),
        healthcare_type: Set(Some(r.healthcare_type.as_str().to_owned())),
        nis2_class: Set(Some(r.nis2_class.as_str().to_owned())),
        registration_id: Set(Some(r.registration_id.as_str().to_owned())),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let user = app_user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(r.contact_email.as_str().to_owned()),
        display_name: Set(r.contact_name),
        role: Set(Role::ProviderUser.as_str().to_owned()),
        organisation_id: Set(Some(org.id)),
        password_hash: Set(Some(r.password_hash)),
        oidc_issuer: Set(None),
        oidc_subject: Set(None),
        active: Set(true),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let event = actor.event(
        "organisation.register",
        "Organisation",
        Some(org.id.to_string()),
        Outcome::Success,
        serde_json::json!({ "userId": user.id }),
    );
    audit::append(&txn, &format!("MS:{}", r.member_state.code()), event).await?;
    txn.commit().await?;
    Ok((org, user))
}

/// Creates an organisation directly (platform admin).
pub async fn create(
    store: &Store,
    actor: &Actor,
    n: NewOrganisation,
) -> Result<Organisation, StoreError> {
    let now = chrono::Utc::now();
    let txn = store.begin_write().await?;
    let org = organisation::ActiveModel {
        id: Set(Uuid::now_v7()),
        kind: Set(n.kind.as_str().to_owned()),
        name: Set(n.name.as_str().to_owned()),
        member_state: Set(n.member_state.code().to_owned()),
        status: Set(OrganisationStatus::Verified.as_str().to_owned()),
        healthcare_type: Set(n.healthcare_type.map(|t| t.as_str().to_owned())),
        nis2_class: Set(n.nis2_class.map(|c| c.as_str().to_owned())),
        registration_id: Set(n.registration_id.map(|r| r.as_str().to_owned())),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let event = actor.event(
        "organisation.create",
        "Organisation",
        Some(org.id.to_string()),
        Outcome::Success,
        serde_json::json!({ "kind": n.kind.as_str() }),
    );
    audit::append(&txn, &format!("MS:{}", n.member_state.code()), event).await?;
    txn.commit().await?;
    Ok(org)
}

/// Moves an organisation from `from` to `to` if it is still in `from` (a conditional update,
/// checked for one row), with its audit row. `None` means someone else decided first.
pub async fn transition(
    store: &Store,
    actor: &Actor,
    org: &Organisation,
    from: OrganisationStatus,
    to: OrganisationStatus,
) -> Result<Option<Organisation>, StoreError> {
    let txn = store.begin_write().await?;
    let res = organisation::Entity::update_many()
        .col_expr(organisation::Column::Status, Expr::value(to.as_str()))
        .col_expr(
            organisation::Column::UpdatedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(organisation::Column::Id.eq(org.id))
        .filter(organisation::Column::Status.eq(from.as_str()))
        .exec(&txn)
        .await?;
    if res.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(None);
    }
    let event = actor.event(
        "organisation.decide",
        "Organisation",
        Some(org.id.to_string()),
        Outcome::Success,
        serde_json::json!({ "from": from.as_str(), "to": to.as_str() }),
    );
    audit::append(&txn, &format!("MS:{}", org.member_state), event).await?;
    let updated = organisation::Entity::find_by_id(org.id).one(&txn).await?;
    txn.commit().await?;
    Ok(updated)
}
