//! The organisation registry: scoped reads, self-registration and verification. Reads return
//! [`Organisation`] (typed kind, status and member state), never raw rows.
use super::accounts::Account;
use super::audit::Actor;
use super::entities::{app_user, organisation};
use super::page::{self, Order, Page, PageRequest};
use super::tenancy::scoped;
use super::write::{Audit, change_one};
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::{Email, Role, Scope};
use domain::audit::member_state_chain;
use domain::calendar::{TimeZoneName, member_state_zone};
use domain::member_state::MemberState;
use domain::organisation::{
    HealthcareType, Nis2Class, OrganisationKind, OrganisationName, OrganisationStatus,
    RegistrationId, ReviewNoteKind,
};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

/// An organisation as the domain sees it.
#[derive(Debug, Clone)]
pub struct Organisation {
    pub id: Uuid,
    pub kind: OrganisationKind,
    pub name: String,
    pub member_state: MemberState,
    pub status: OrganisationStatus,
    pub healthcare_type: Option<HealthcareType>,
    pub nis2_class: Option<Nis2Class>,
    pub registration_id: Option<String>,
    pub created_at: DateTime<Utc>,
    /// The zone its calendar-month deadlines are counted in: its own, else its member state's.
    pub time_zone: TimeZoneName,
    /// The agency's latest message to the registering organisation.
    pub review_note: Option<ReviewNote>,
}

/// A rejection's reason, or the information the agency asks for (the registration stays
/// pending). Shown to the organisation and its agency.
#[derive(Debug, Clone)]
pub struct ReviewNote {
    pub kind: ReviewNoteKind,
    pub text: String,
    pub at: DateTime<Utc>,
}

impl TryFrom<organisation::Model> for Organisation {
    type Error = StoreError;
    fn try_from(m: organisation::Model) -> Result<Self, StoreError> {
        let corrupt = |e: domain::member_state::ParseError| {
            StoreError::Corrupt(format!("organisation {}: {e}", m.id))
        };
        Ok(Self {
            id: m.id,
            kind: OrganisationKind::parse(&m.kind).map_err(corrupt)?,
            name: m.name.clone(),
            member_state: MemberState::parse(&m.member_state).map_err(corrupt)?,
            status: OrganisationStatus::parse(&m.status).map_err(corrupt)?,
            healthcare_type: m
                .healthcare_type
                .as_deref()
                .map(HealthcareType::parse)
                .transpose()
                .map_err(corrupt)?,
            nis2_class: m
                .nis2_class
                .as_deref()
                .map(Nis2Class::parse)
                .transpose()
                .map_err(corrupt)?,
            registration_id: m.registration_id.clone(),
            created_at: m.created_at,
            review_note: match (&m.review_note, &m.review_note_kind, m.review_note_at) {
                (Some(text), Some(kind), Some(at)) => Some(ReviewNote {
                    kind: ReviewNoteKind::parse(kind).map_err(corrupt)?,
                    text: text.clone(),
                    at,
                }),
                _ => None,
            },
            time_zone: organisation_zone(&m)?,
        })
    }
}

/// The zone of an organisation row: its own (`time_zone`), else its member state's default.
pub fn organisation_zone(m: &organisation::Model) -> Result<TimeZoneName, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("organisation {}: bad {what}", m.id));
    match m.time_zone.as_deref() {
        Some(z) => TimeZoneName::parse(z).map_err(|_| corrupt("time zone")),
        None => MemberState::parse(&m.member_state)
            .map(member_state_zone)
            .map_err(|_| corrupt("member state")),
    }
}

fn typed(rows: Vec<organisation::Model>) -> Result<Vec<Organisation>, StoreError> {
    rows.into_iter().map(Organisation::try_from).collect()
}

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
    /// The language of the first account's e-mails.
    pub language: domain::email::MailLanguage,
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
    scoped::<organisation::Entity>(scope)
        .filter(organisation::Column::Id.eq(id))
        .one(db)
        .await?
        .map(Organisation::try_from)
        .transpose()
}

pub async fn find_many(
    db: &DatabaseConnection,
    scope: &Scope,
    ids: &[Uuid],
) -> Result<Vec<Organisation>, StoreError> {
    typed(
        scoped::<organisation::Entity>(scope)
            .filter(organisation::Column::Id.is_in(ids.iter().copied()))
            .all(db)
            .await?,
    )
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
    page::fetch(db, q, organisation::Column::Id, Order::OldestFirst, page)
        .await?
        .try_map(Organisation::try_from)
}

/// Any organisation by id, without scope: for rules that look at another party (is this a
/// verified service provider?), never to show it.
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
) -> Result<Option<Organisation>, StoreError> {
    organisation::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(Organisation::try_from)
        .transpose()
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
    page::fetch(db, q, organisation::Column::Id, Order::OldestFirst, page)
        .await?
        .try_map(Organisation::try_from)
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
    now: DateTime<Utc>,
    r: Registration,
) -> Result<(Organisation, Account), StoreError> {
    let tx = store.tx(actor, now).await?;
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
        time_zone: Set(None),
        // No message from the agency yet.
        ..Default::default()
    }
    .insert(&*tx)
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
        token_version: Set(0),
        created_at: Set(now),
        language: Set(r.language.code().to_owned()),
    }
    .insert(&*tx)
    .await?;
    // The registrant's e-mail: received, and what happens next (issue #14: the answer on the
    // web is the same whether or not the address had an account; the e-mail tells them apart).
    let received = domain::email::Mail::RegistrationReceived {
        organisation: org.name.clone(),
    };
    super::outbox::enqueue(&*tx, &user.email, r.language, &received, now).await?;
    tx.audit(
        Audit::new(
            member_state_chain(r.member_state),
            "organisation.register",
            "Organisation",
            org.id,
        )
        .detail(serde_json::json!({ "userId": user.id })),
    )
    .await?;
    tx.commit().await?;
    Ok((org.try_into()?, user.try_into()?))
}

/// Whether an organisation of `member_state` is registered under `id` already.
pub async fn registration_taken(
    db: &DatabaseConnection,
    member_state: MemberState,
    id: &RegistrationId,
) -> Result<bool, StoreError> {
    let n = organisation::Entity::find()
        .filter(organisation::Column::MemberState.eq(member_state.code()))
        .filter(organisation::Column::RegistrationId.eq(id.as_str()))
        .count(db)
        .await?;
    Ok(n > 0)
}

/// A registration with an address that already has an account: nothing is created; the
/// holder is told by e-mail (in the account's language) that someone tried, and the refusal is
/// audited, in one transaction.
pub async fn register_with_taken_address(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    member_state: MemberState,
    holder: &Account,
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    let mail = domain::email::Mail::RegistrationWithExistingAddress;
    super::outbox::enqueue(&*tx, &holder.email, holder.language, &mail, now).await?;
    tx.audit_denied(Audit {
        chain: member_state_chain(member_state),
        action: "organisation.register",
        object_type: "Organisation",
        object_id: None,
        detail: serde_json::json!({ "reason": "address_taken", "holderId": holder.id }),
    })
    .await?;
    tx.commit().await
}

/// Creates an organisation directly (platform admin).
pub async fn create(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    n: NewOrganisation,
) -> Result<Organisation, StoreError> {
    let tx = store.tx(actor, now).await?;
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
        time_zone: Set(None),
        // No message from the agency yet.
        ..Default::default()
    }
    .insert(&*tx)
    .await?;
    tx.audit(
        Audit::new(
            member_state_chain(n.member_state),
            "organisation.create",
            "Organisation",
            org.id,
        )
        .detail(serde_json::json!({ "kind": n.kind.as_str() })),
    )
    .await?;
    tx.commit().await?;
    org.try_into()
}

/// Moves an organisation from `from` to `to` if it is still in `from` (a conditional update,
/// checked for one row), with its audit row. `None` means someone else decided first.
/// Decides a registration (`to`), with the reason of a rejection that the organisation reads.
pub async fn transition(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    org: &Organisation,
    to: OrganisationStatus,
    reason: Option<&str>,
) -> Result<Option<Organisation>, StoreError> {
    let from = org.status;
    let kind = reason.map(|_| ReviewNoteKind::Rejection.as_str());
    let update = organisation::Entity::update_many()
        .col_expr(organisation::Column::Status, Expr::value(to.as_str()))
        .col_expr(organisation::Column::ReviewNote, Expr::value(reason))
        .col_expr(organisation::Column::ReviewNoteKind, Expr::value(kind))
        .col_expr(
            organisation::Column::ReviewNoteAt,
            Expr::value(reason.map(|_| now)),
        )
        .col_expr(organisation::Column::UpdatedAt, Expr::value(now))
        .filter(organisation::Column::Id.eq(org.id))
        .filter(organisation::Column::Status.eq(from.as_str()));
    let audit = Audit::new(
        member_state_chain(org.member_state),
        "organisation.decide",
        "Organisation",
        org.id,
    )
    .detail(serde_json::json!({ "from": from.as_str(), "to": to.as_str() }));
    change_one(store, actor, now, update, audit, org.id)
        .await?
        .map(Organisation::try_from)
        .transpose()
}

/// Sets the organisation's own time zone if it is still `org.time_zone` (a conditional update),
/// audited with the old and new zone. `None`: someone changed it first; nothing was written.
pub async fn set_time_zone(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    org: &Organisation,
    zone: &TimeZoneName,
) -> Result<Option<Organisation>, StoreError> {
    let row = organisation::Entity::find_by_id(org.id)
        .one(store.db())
        .await?
        .ok_or_else(|| StoreError::Corrupt(format!("organisation {} vanished", org.id)))?;
    let mut update = organisation::Entity::update_many()
        .col_expr(organisation::Column::TimeZone, Expr::value(zone.as_str()))
        .col_expr(organisation::Column::UpdatedAt, Expr::value(now))
        .filter(organisation::Column::Id.eq(org.id));
    update = match row.time_zone.as_deref() {
        Some(old) => update.filter(organisation::Column::TimeZone.eq(old)),
        None => update.filter(organisation::Column::TimeZone.is_null()),
    };
    let audit = Audit::new(
        member_state_chain(org.member_state),
        "organisation.set_time_zone",
        "Organisation",
        org.id,
    )
    .detail(serde_json::json!({
        "from": org.time_zone.as_str(),
        "fromDefault": row.time_zone.is_none(),
        "to": zone.as_str(),
    }));
    change_one(store, actor, now, update, audit, org.id)
        .await?
        .map(Organisation::try_from)
        .transpose()
}

/// The agency asks a pending organisation for more information; the registration stays
/// pending and the organisation reads the message. `None`: it was decided meanwhile.
pub async fn request_information(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    org: &Organisation,
    message: &str,
) -> Result<Option<Organisation>, StoreError> {
    let pending = OrganisationStatus::Pending.as_str();
    let update = organisation::Entity::update_many()
        .col_expr(organisation::Column::ReviewNote, Expr::value(message))
        .col_expr(
            organisation::Column::ReviewNoteKind,
            Expr::value(ReviewNoteKind::InformationRequest.as_str()),
        )
        .col_expr(organisation::Column::ReviewNoteAt, Expr::value(now))
        .col_expr(organisation::Column::UpdatedAt, Expr::value(now))
        .filter(organisation::Column::Id.eq(org.id))
        .filter(organisation::Column::Status.eq(pending));
    // The message itself is the organisation's business, not the trail's: its length only.
    let audit = Audit::new(
        member_state_chain(org.member_state),
        "organisation.request_information",
        "Organisation",
        org.id,
    )
    .detail(serde_json::json!({ "messageChars": message.chars().count() }));
    change_one(store, actor, now, update, audit, org.id)
        .await?
        .map(Organisation::try_from)
        .transpose()
}
