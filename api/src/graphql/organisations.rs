//! The organisation registry: queries, self-registration, verification.
use super::context::ctx;
use super::member_states::MemberState;
use super::pagination::{Conn, connection, page_request};
use super::scalars::{id, lookup_id, parse_id};
use crate::actions::organisations as repo;
use crate::actions::organisations::{self, NewRegistration};
use crate::error::{ApiError, ApiResult};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::account::{Email, NewPassword, parse_display_name};
use domain::decision::DecisionReason;
use domain::member_state::MemberState as MS;
use domain::organisation as d;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::organisation::OrganisationKind")]
pub enum OrganisationKind {
    /// A national agency (programme owner, single point of contact).
    Agency,
    /// A hospital or other healthcare provider.
    HealthcareProvider,
    /// A vendor or trusted MSSP.
    ServiceProvider,
    /// A member state's NIS2 authority (CSIRT, competent authority, single point of contact).
    Authority,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::organisation::OrganisationStatus")]
pub enum OrganisationStatus {
    /// Registered, awaiting verification by an agency officer of its member state.
    Pending,
    Verified,
    Rejected,
}

/// NIS2 class (Directive (EU) 2022/2555, Art. 3).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::organisation::Nis2Class")]
pub enum Nis2Class {
    Essential,
    Important,
    NotInScope,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::organisation::HealthcareType")]
pub enum HealthcareType {
    Hospital,
    Clinic,
    PrimaryCare,
    Laboratory,
    Other,
}

/// An organisation in the registry.
pub struct Organisation(pub repo::Organisation);

#[Object]
impl Organisation {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn kind(&self) -> OrganisationKind {
        self.0.kind.into()
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn member_state(&self) -> MemberState {
        self.0.member_state.into()
    }
    async fn status(&self) -> OrganisationStatus {
        self.0.status.into()
    }
    /// For healthcare organisations.
    async fn healthcare_type(&self) -> Option<HealthcareType> {
        self.0.healthcare_type.map(Into::into)
    }
    /// For healthcare organisations.
    async fn nis2_class(&self) -> Option<Nis2Class> {
        self.0.nis2_class.map(Into::into)
    }
    /// National registration id (commercial or hospital register).
    async fn registration_id(&self) -> Option<&str> {
        self.0.registration_id.as_deref()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// The IANA time zone its calendar-month deadlines are counted in (the final incident
    /// report, NIS2 Art. 23(4)(d)): its own where set, else its member state's, e.g.
    /// `Europe/Berlin`.
    async fn time_zone(&self) -> &str {
        self.0.time_zone.as_str()
    }
    /// The agency's latest message on the registration: why it was rejected, or what
    /// information it asks for. Only the organisation itself and its agency see it.
    async fn review_note(&self, c: &Context<'_>) -> ApiResult<Option<ReviewNote>> {
        let note = organisations::review_note_for(ctx(c)?, &self.0);
        Ok(note.map(|n| ReviewNote {
            kind: n.kind.into(),
            text: n.text.clone(),
            at: n.at,
        }))
    }
}

/// The agency's message to a registering organisation.
#[derive(SimpleObject)]
pub struct ReviewNote {
    pub kind: ReviewNoteKind,
    pub text: String,
    pub at: DateTime<Utc>,
}

/// What the agency's message is.
#[derive(Enum, Copy, Clone, PartialEq, Eq)]
#[graphql(remote = "domain::organisation::ReviewNoteKind")]
pub enum ReviewNoteKind {
    /// Why the registration was rejected.
    Rejection,
    /// What the agency needs before deciding; the registration stays pending.
    InformationRequest,
}

#[derive(InputObject, Default)]
pub struct OrganisationFilter {
    pub kind: Option<OrganisationKind>,
    pub status: Option<OrganisationStatus>,
    /// A member-state code; it narrows the caller's scope, never widens it.
    pub member_state: Option<String>,
    /// Case-insensitive part of the name.
    pub name_contains: Option<String>,
}

/// A healthcare organisation registering itself, with its first account.
#[derive(InputObject)]
pub struct RegisterOrganisationInput {
    pub name: String,
    pub member_state: String,
    pub healthcare_type: HealthcareType,
    pub nis2_class: Nis2Class,
    pub registration_id: String,
    pub contact_name: String,
    pub contact_email: String,
    /// At least 12 characters.
    pub password: String,
    /// The language of the account's e-mails (English when not given).
    pub language: Option<super::languages::MailLanguage>,
}

/// The same answer whether or not the address already had an account (issue #14): the
/// e-mail tells the registrant what happened.
#[derive(SimpleObject)]
pub struct RegisterOrganisationPayload {
    /// Always `true`: the registration was received; look for an e-mail.
    pub received: bool,
    /// The address the e-mail goes to.
    pub contact_email: String,
}

/// An organisation created by the platform admin.
#[derive(InputObject)]
pub struct CreateOrganisationInput {
    pub kind: OrganisationKind,
    pub name: String,
    pub member_state: String,
    pub healthcare_type: Option<HealthcareType>,
    pub nis2_class: Option<Nis2Class>,
    pub registration_id: Option<String>,
}

fn filter(f: Option<OrganisationFilter>) -> ApiResult<repo::OrganisationFilter> {
    let f = f.unwrap_or_default();
    Ok(repo::OrganisationFilter {
        kind: f.kind.map(Into::into),
        status: f.status.map(Into::into),
        member_state: f.member_state.as_deref().map(MS::parse).transpose()?,
        name_contains: f.name_contains,
    })
}

#[derive(Default)]
pub struct OrganisationQuery;

#[Object]
impl OrganisationQuery {
    /// One organisation in the caller's scope; `null` when missing or out of scope.
    async fn organisation(&self, c: &Context<'_>, id: ID) -> ApiResult<Option<Organisation>> {
        let Some(id) = lookup_id(&id) else {
            return Ok(None);
        };
        Ok(organisations::find(ctx(c)?, id).await?.map(Organisation))
    }

    /// Organisations in the caller's scope (an agency: its member state; a provider: itself;
    /// ENISA and admins: all), oldest first.
    async fn organisations(
        &self,
        c: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        filter: Option<OrganisationFilter>,
    ) -> ApiResult<Conn<Organisation>> {
        let page = page_request(first, after)?;
        let rows = organisations::list(ctx(c)?, &self::filter(filter)?, page).await?;
        connection(rows, |o| o.id, |o| Ok(Organisation(o)))
    }

    /// The directory of verified service providers a clinic may choose for its voucher, from
    /// any member state (services cross borders), oldest first. Shows each one's id, name and
    /// member state only.
    async fn service_providers(
        &self,
        c: &Context<'_>,
        member_state: Option<String>,
        name_contains: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Conn<ServiceProviderListing>> {
        let filter = repo::OrganisationFilter {
            member_state: member_state.as_deref().map(MS::parse).transpose()?,
            name_contains,
            ..Default::default()
        };
        let rows = organisations::directory(ctx(c)?, &filter, page_request(first, after)?).await?;
        connection(rows, |o| o.id, |o| Ok(ServiceProviderListing::from(o)))
    }
}

/// A verified service provider in the directory.
#[derive(async_graphql::SimpleObject)]
pub struct ServiceProviderListing {
    pub id: ID,
    pub name: String,
    pub member_state: super::member_states::MemberState,
}

impl From<repo::Organisation> for ServiceProviderListing {
    fn from(o: repo::Organisation) -> Self {
        Self {
            id: id(o.id),
            name: o.name,
            member_state: o.member_state.into(),
        }
    }
}

fn registration(input: RegisterOrganisationInput) -> ApiResult<NewRegistration> {
    Ok(NewRegistration {
        name: d::OrganisationName::parse(&input.name)?,
        member_state: MS::parse(&input.member_state)?,
        healthcare_type: input.healthcare_type.into(),
        nis2_class: input.nis2_class.into(),
        registration_id: d::RegistrationId::parse(&input.registration_id)?,
        contact_name: parse_display_name(&input.contact_name)
            .map_err(|e| ApiError::validation("contactName", e.message))?,
        contact_email: Email::parse(&input.contact_email)
            .map_err(|e| ApiError::validation("contactEmail", e.message))?,
        password: NewPassword::parse(&input.password)?,
        language: input
            .language
            .map_or(domain::email::MailLanguage::En, Into::into),
    })
}

#[derive(Default)]
pub struct OrganisationMutation;

#[Object]
impl OrganisationMutation {
    /// A hospital or clinic registers itself and its first account. It stays `PENDING` until
    /// an agency officer of its member state verifies it.
    async fn register_organisation(
        &self,
        c: &Context<'_>,
        input: RegisterOrganisationInput,
    ) -> ApiResult<RegisterOrganisationPayload> {
        let registration = registration(input)?;
        let contact_email = registration.contact_email.as_str().to_owned();
        organisations::register(ctx(c)?, registration).await?;
        Ok(RegisterOrganisationPayload {
            received: true,
            contact_email,
        })
    }

    /// An agency officer verifies a pending healthcare organisation of its member state.
    async fn verify_organisation(&self, c: &Context<'_>, id: ID) -> ApiResult<Organisation> {
        let id = parse_id("id", &id)?;
        let verified = d::OrganisationStatus::Verified;
        let org = organisations::decide(ctx(c)?, id, verified, None).await?;
        Ok(Organisation(org))
    }

    /// An agency officer rejects a pending registration of its member state, with a reason
    /// (1 to 2000 characters) that the organisation reads.
    async fn reject_organisation(
        &self,
        c: &Context<'_>,
        id: ID,
        reason: String,
    ) -> ApiResult<Organisation> {
        let (id, reason) = (parse_id("id", &id)?, DecisionReason::parse(&reason)?);
        let rejected = d::OrganisationStatus::Rejected;
        let org = organisations::decide(ctx(c)?, id, rejected, Some(reason)).await?;
        Ok(Organisation(org))
    }

    /// An agency officer asks a pending registration for more information (1 to 2000
    /// characters): it stays pending, and the organisation reads the message.
    async fn request_organisation_information(
        &self,
        c: &Context<'_>,
        id: ID,
        message: String,
    ) -> ApiResult<Organisation> {
        let message = DecisionReason::parse(&message).map_err(|_| {
            ApiError::validation("message", "give a message of 1 to 2000 characters")
        })?;
        let id = parse_id("id", &id)?;
        let org = organisations::request_information(ctx(c)?, id, message).await?;
        Ok(Organisation(org))
    }

    /// The platform admin creates an agency, a service provider or a pre-verified
    /// healthcare organisation.
    async fn create_organisation(
        &self,
        c: &Context<'_>,
        input: CreateOrganisationInput,
    ) -> ApiResult<Organisation> {
        let new = repo::NewOrganisation {
            kind: input.kind.into(),
            name: d::OrganisationName::parse(&input.name)?,
            member_state: MS::parse(&input.member_state)?,
            healthcare_type: input.healthcare_type.map(Into::into),
            nis2_class: input.nis2_class.map(Into::into),
            registration_id: input
                .registration_id
                .as_deref()
                .map(d::RegistrationId::parse)
                .transpose()?,
        };
        Ok(Organisation(organisations::create(ctx(c)?, new).await?))
    }

    /// The caller's organisation's provider user sets its IANA time zone (such as
    /// `Atlantic/Canary`); an unknown name is `VALIDATION` on `timeZone`. Audited.
    async fn set_organisation_time_zone(
        &self,
        c: &Context<'_>,
        time_zone: String,
    ) -> ApiResult<Organisation> {
        let org = organisations::set_time_zone(ctx(c)?, &time_zone).await?;
        Ok(Organisation(org))
    }
}
