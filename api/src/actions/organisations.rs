//! The registry: reading organisations in scope, self-registration, verification by the
//! agency, creation by the platform admin, and the directory of verified service providers.
use super::{Action, Ctx};
use crate::auth::password;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::store::accounts::{self, Account};
use crate::store::organisations::{self as repo, Registration};
use crate::store::page::{Page, PageRequest};
use crate::store::{Conflict, StoreError};
use domain::account::{Email, NewPassword, Scope};
use domain::decision::DecisionReason;
use domain::member_state::MemberState;
use domain::organisation::{
    self as rules, HealthcareType, Nis2Class, OrganisationKind, OrganisationName,
    OrganisationStatus, RegistrationId,
};
use uuid::Uuid;

/// What this capability reads and takes, for the transports.
pub use crate::store::organisations::{NewOrganisation, Organisation, OrganisationFilter};

/// One organisation the caller may see; `None` when missing or out of scope (a probe of one
/// that exists elsewhere is audited).
pub async fn find(ctx: &Ctx, id: Uuid) -> ApiResult<Option<Organisation>> {
    ctx.permit(Action::OrganisationRead).await?;
    let db = ctx.store().db();
    match repo::find(db, &ctx.scope(), id).await? {
        Some(o) => Ok(Some(o)),
        None if repo::exists_anywhere(db, id).await? => {
            ctx.probe(Action::OrganisationRead, "Organisation", id)
                .await?;
            Ok(None)
        }
        None => Ok(None),
    }
}

/// Organisations by id within the caller's scope (for relations; missing ones are left out).
pub async fn find_many(ctx: &Ctx, ids: &[Uuid]) -> ApiResult<Vec<Organisation>> {
    Ok(repo::find_many(ctx.store().db(), &ctx.scope(), ids).await?)
}

pub async fn list(
    ctx: &Ctx,
    filter: &OrganisationFilter,
    page: PageRequest,
) -> ApiResult<Page<Organisation>> {
    let p = ctx.authorize(Action::OrganisationList).await?;
    Ok(repo::list(ctx.store().db(), &p.scope, filter, page).await?)
}

/// The directory of verified service providers, any member state (services cross borders).
pub async fn directory(
    ctx: &Ctx,
    filter: &OrganisationFilter,
    page: PageRequest,
) -> ApiResult<Page<Organisation>> {
    ctx.authorize(Action::OrganisationDirectory).await?;
    Ok(repo::service_providers(ctx.store().db(), filter, page).await?)
}

/// A verified service provider's id, for a clinic naming who may redeem its voucher.
pub async fn verified_service_provider(ctx: &Ctx, id: Uuid) -> ApiResult<Uuid> {
    match repo::get(ctx.store().db(), id).await? {
        Some(o)
            if o.kind == OrganisationKind::ServiceProvider
                && o.status == OrganisationStatus::Verified =>
        {
            Ok(id)
        }
        _ => Err(ApiError::validation(
            "serviceProviderId",
            "is not a verified service provider",
        )),
    }
}

/// What a healthcare organisation registering itself supplies.
pub struct NewRegistration {
    pub name: OrganisationName,
    pub member_state: MemberState,
    pub healthcare_type: HealthcareType,
    pub nis2_class: Nis2Class,
    pub registration_id: RegistrationId,
    pub contact_name: String,
    pub contact_email: Email,
    pub password: NewPassword,
    /// The language of the first account's e-mails.
    pub language: domain::email::MailLanguage,
}

/// Self-registration: a `PENDING` organisation and its first account, and the registrant's
/// e-mail; its agency is told live. The answer is the same whether or not the address already
/// has an account (issue #14): then nothing is created and the holder is told by e-mail that
/// someone tried. The same work is done either way (the password is hashed first).
pub async fn register(ctx: &Ctx, r: NewRegistration) -> ApiResult<()> {
    ctx.permit(Action::OrganisationRegister).await?;
    // Like login, limited per address before any work (a password hash) is done.
    let limits = &ctx.app.settings.limits;
    let key = format!("register:ip:{}", ctx.caller.client_ip);
    let within = crate::store::rate_limits::reserve(
        ctx.store().db(),
        &key,
        limits.registrations_per_ip,
        limits.registration_window,
        ctx.now(),
    )
    .await?;
    if !within {
        ctx.deny(
            Action::OrganisationRegister,
            "Organisation",
            None,
            "rate_limited",
        )
        .await?;
        return Err(ApiError::RateLimited);
    }
    let password_hash = password::hash_new(&r.password)
        .await
        .map_err(ApiError::internal)?;
    let (member_state, email) = (r.member_state, r.contact_email.clone());
    // A registration number already registered is refused whoever registers it, before the
    // address is looked at: were it checked after, a taken number would answer `CONFLICT` for a
    // new address and "received" for a taken one, and so tell them apart.
    if repo::registration_taken(ctx.store().db(), member_state, &r.registration_id).await? {
        return registration_taken(ctx).await;
    }
    let holder = accounts::find_by_email(ctx.store().db(), &email).await?;
    if let Some(holder) = holder {
        return taken(ctx, member_state, &holder).await;
    }
    let registration = Registration {
        name: r.name,
        member_state: r.member_state,
        healthcare_type: r.healthcare_type,
        nis2_class: r.nis2_class,
        registration_id: r.registration_id,
        contact_name: r.contact_name,
        contact_email: r.contact_email,
        password_hash,
        language: r.language,
    };
    match repo::register(ctx.store(), &ctx.actor(), ctx.now(), registration).await {
        Ok((org, _)) => {
            let event = Event::OrganisationRegistered {
                id: org.id,
                member_state: org.member_state,
            };
            ctx.published((), [event]);
            Ok(())
        }
        // Another registration took the address meanwhile: its holder is told, as above.
        Err(StoreError::Conflict(Conflict::EmailTaken)) => {
            match accounts::find_by_email(ctx.store().db(), &email).await? {
                Some(holder) => taken(ctx, member_state, &holder).await,
                None => Err(ApiError::transition("the registration raced; try again")),
            }
        }
        // Another registration took the number meanwhile (the unique constraint decided).
        Err(StoreError::Conflict(Conflict::RegistrationTaken)) => registration_taken(ctx).await,
        Err(e) => Err(e.into()),
    }
}

/// A registration number already registered in the member state: the refusal is audited like
/// every denial, then answered `CONFLICT` on `registrationId`.
async fn registration_taken(ctx: &Ctx) -> ApiResult<()> {
    ctx.deny(
        Action::OrganisationRegister,
        "Organisation",
        None,
        "registration_number_taken",
    )
    .await?;
    Err(StoreError::Conflict(Conflict::RegistrationTaken).into())
}

/// A registration with a taken address: the holder's e-mail and the audited refusal; the
/// caller hears what every registrant hears.
async fn taken(ctx: &Ctx, member_state: MemberState, holder: &Account) -> ApiResult<()> {
    repo::register_with_taken_address(ctx.store(), &ctx.actor(), ctx.now(), member_state, holder)
        .await?;
    Ok(())
}

/// The agency verifies or rejects a pending registration of its member state.
pub async fn decide(
    ctx: &Ctx,
    id: Uuid,
    to: OrganisationStatus,
    reason: Option<DecisionReason>,
) -> ApiResult<Organisation> {
    let org = pending_in_scope(ctx, Action::OrganisationDecide, id).await?;
    rules::decide_registration(org.kind, org.status, to)
        .map_err(|e| ApiError::transition(e.to_string()))?;
    let reason = reason.as_ref().map(DecisionReason::as_str);
    repo::transition(ctx.store(), &ctx.actor(), ctx.now(), &org, to, reason)
        .await?
        .ok_or_else(|| ApiError::transition("the registration was decided by someone else"))
}

/// The agency's message on a registration, for the organisation itself and for agencies and
/// the admin (who only ever read organisations in their scope); nobody else.
pub fn review_note_for<'a>(ctx: &Ctx, org: &'a Organisation) -> Option<&'a repo::ReviewNote> {
    let permitted = ctx.caller.principal.as_ref().is_some_and(|p| {
        Action::OrganisationReadReviewNote
            .permission()
            .allows(p.role)
    });
    // The table's roles read it in their scope: a clinic its own organisation only.
    let in_reach = match ctx.scope() {
        Scope::Organisation { id, .. } => id == org.id,
        Scope::MemberState(_) | Scope::Eu => true,
        _ => false,
    };
    org.review_note.as_ref().filter(|_| permitted && in_reach)
}

/// An organisation of the officer's member state, for a decision on its registration.
async fn pending_in_scope(ctx: &Ctx, action: Action, id: Uuid) -> ApiResult<Organisation> {
    let p = ctx.authorize(action).await?;
    let db = ctx.store().db();
    match repo::find(db, &p.scope, id).await? {
        Some(org) => Ok(org),
        None => {
            let elsewhere = repo::exists_anywhere(db, id).await?;
            Err(ctx.not_found(action, "Organisation", id, elsewhere).await)
        }
    }
}

/// The agency asks a pending registration for more information: it stays pending, and the
/// organisation reads the message on its workspace.
pub async fn request_information(
    ctx: &Ctx,
    id: Uuid,
    message: DecisionReason,
) -> ApiResult<Organisation> {
    let org = pending_in_scope(ctx, Action::OrganisationRequestInformation, id).await?;
    rules::ask_for_information(org.kind, org.status)
        .map_err(|e| ApiError::transition(e.to_string()))?;
    repo::request_information(ctx.store(), &ctx.actor(), ctx.now(), &org, message.as_str())
        .await?
        .ok_or_else(|| ApiError::transition("the registration was decided by someone else"))
}

/// The platform admin creates an organisation (verified at once). Only a healthcare
/// organisation has a type and a NIS2 class, and it must have both.
pub async fn create(ctx: &Ctx, mut new: NewOrganisation) -> ApiResult<Organisation> {
    ctx.authorize(Action::OrganisationCreate).await?;
    if new.kind == OrganisationKind::HealthcareProvider {
        if new.healthcare_type.is_none() || new.nis2_class.is_none() {
            return Err(ApiError::validation(
                "healthcareType",
                "a healthcare organisation needs a type and a NIS2 class",
            ));
        }
    } else {
        new.healthcare_type = None;
        new.nis2_class = None;
    }
    Ok(repo::create(ctx.store(), &ctx.actor(), ctx.now(), new).await?)
}

/// Opens a live feed of new registrations: the caller's scope, whose registrations it sees.
pub async fn watch_registrations(ctx: &Ctx) -> ApiResult<Scope> {
    Ok(ctx.authorize(Action::OrganisationWatch).await?.scope)
}

/// A registration event as `scope` may see it: the organisation, if in scope.
pub async fn registered(
    ctx: &Ctx,
    scope: Scope,
    id: Uuid,
    member_state: MemberState,
) -> ApiResult<Option<Organisation>> {
    let visible = match scope {
        Scope::Eu => true,
        Scope::MemberState(ms) => ms == member_state,
        Scope::Public | Scope::Organisation { .. } | Scope::Authority { .. } => false,
    };
    if !visible {
        return Ok(None);
    }
    Ok(repo::find(ctx.store().db(), &scope, id).await?)
}

/// The organisation's provider user sets its own IANA time zone (field `timeZone`), the zone
/// its calendar-month deadlines are counted in (the final incident report, NIS2 Art. 23(4)(d));
/// audited with the old and new zone.
pub async fn set_time_zone(ctx: &Ctx, time_zone: &str) -> ApiResult<Organisation> {
    let (p, id) = ctx
        .authorize_organisation(Action::OrganisationSetTimeZone)
        .await?;
    let zone = domain::calendar::TimeZoneName::parse(time_zone)?;
    let db = ctx.store().db();
    let org = repo::find(db, &p.scope, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    repo::set_time_zone(ctx.store(), &ctx.actor(), ctx.now(), &org, &zone)
        .await?
        .ok_or_else(|| {
            ApiError::transition("the time zone was changed meanwhile; reload and retry")
        })
}
