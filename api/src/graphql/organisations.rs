//! The organisation registry: queries, self-registration, verification.
use super::accounts::User;
use super::context::{self, require};
use super::error::{ApiError, ApiResult};
use super::member_states::MemberState;
use super::pagination::{connection, page_request};
use crate::auth::password;
use crate::events::Event;
use crate::store::{self, organisations as repo};
use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::account::{Email, NewPassword, Role, parse_display_name};
use domain::organisation as d;
use uuid::Uuid;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::organisation::OrganisationKind")]
pub enum OrganisationKind {
    /// A national agency (programme owner, single point of contact).
    Agency,
    /// A hospital or other healthcare provider.
    HealthcareProvider,
    /// A vendor or trusted MSSP.
    ServiceProvider,
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
pub struct Organisation {
    pub id: Uuid,
    pub kind: d::OrganisationKind,
    pub name: String,
    pub member_state: domain::member_state::MemberState,
    pub status: d::OrganisationStatus,
    pub healthcare_type: Option<d::HealthcareType>,
    pub nis2_class: Option<d::Nis2Class>,
    pub registration_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<repo::Organisation> for Organisation {
    type Error = ApiError;
    fn try_from(m: repo::Organisation) -> Result<Self, ApiError> {
        let corrupt = |e: domain::member_state::ParseError| {
            ApiError::internal(format!("organisation {}: {e}", m.id))
        };
        Ok(Self {
            id: m.id,
            kind: d::OrganisationKind::parse(&m.kind).map_err(corrupt)?,
            name: m.name.clone(),
            member_state: domain::member_state::MemberState::parse(&m.member_state)
                .map_err(corrupt)?,
            status: d::OrganisationStatus::parse(&m.status).map_err(corrupt)?,
            healthcare_type: m
                .healthcare_type
                .as_deref()
                .map(d::HealthcareType::parse)
                .transpose()
                .map_err(corrupt)?,
            nis2_class: m
                .nis2_class
                .as_deref()
                .map(d::Nis2Class::parse)
                .transpose()
                .map_err(corrupt)?,
            registration_id: m.registration_id.clone(),
            created_at: m.created_at,
        })
    }
}

#[Object]
impl Organisation {
    async fn id(&self) -> ID {
        ID(self.id.to_string())
    }
    async fn kind(&self) -> OrganisationKind {
        self.kind.into()
    }
    async fn name(&self) -> &str {
        &self.name
    }
    async fn member_state(&self) -> MemberState {
        self.member_state.into()
    }
    async fn status(&self) -> OrganisationStatus {
        self.status.into()
    }
    /// For healthcare organisations.
    async fn healthcare_type(&self) -> Option<HealthcareType> {
        self.healthcare_type.map(Into::into)
    }
    /// For healthcare organisations.
    async fn nis2_class(&self) -> Option<Nis2Class> {
        self.nis2_class.map(Into::into)
    }
    /// National registration id (commercial or hospital register).
    async fn registration_id(&self) -> Option<&str> {
        self.registration_id.as_deref()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
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
}

#[derive(SimpleObject)]
pub struct RegisterOrganisationPayload {
    pub organisation: Organisation,
    pub user: User,
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

pub(crate) fn parse_id(field: &str, id: &ID) -> Result<Uuid, ApiError> {
    Uuid::parse_str(id.as_str())
        .map_err(|_| ApiError::validation(field, "is not an id from this API"))
}

/// [`parse_id`] for an optional argument or filter field.
pub(crate) fn parse_optional_id(field: &str, id: Option<&ID>) -> Result<Option<Uuid>, ApiError> {
    id.map(|id| parse_id(field, id)).transpose()
}

#[derive(Default)]
pub struct OrganisationQuery;

#[Object]
impl OrganisationQuery {
    /// One organisation in the caller's scope; `null` when missing or out of scope.
    async fn organisation(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Organisation>> {
        let req = context::request(ctx)?;
        let st = context::state(ctx)?;
        let Ok(uuid) = Uuid::parse_str(id.as_str()) else {
            return Ok(None);
        };
        let scope = req.scope();
        match repo::find(st.store.db(), &scope, uuid)
            .await
            .map_err(ApiError::from)?
        {
            Some(m) => Ok(Some(Organisation::try_from(m)?)),
            None => {
                if repo::exists_anywhere(st.store.db(), uuid)
                    .await
                    .map_err(ApiError::from)?
                {
                    context::deny(
                        ctx,
                        "organisation.read",
                        "Organisation",
                        Some(uuid.to_string()),
                        "out_of_scope",
                    )
                    .await?;
                }
                Ok(None)
            }
        }
    }

    /// Organisations in the caller's scope (an agency: its member state; a provider: itself;
    /// ENISA and admins: all), oldest first.
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        filter: Option<OrganisationFilter>,
    ) -> ApiResult<Connection<String, Organisation>> {
        let p = require(ctx, "organisation.list", &Role::ALL).await?;
        let st = context::state(ctx)?;
        let page = page_request(first, after)?;
        let f = filter.unwrap_or_default();
        let filter = repo::OrganisationFilter {
            kind: f.kind.map(Into::into),
            status: f.status.map(Into::into),
            member_state: f
                .member_state
                .as_deref()
                .map(domain::member_state::MemberState::parse)
                .transpose()?,
            name_contains: f.name_contains,
        };
        let rows = repo::list(st.store.db(), &p.scope, &filter, page)
            .await
            .map_err(ApiError::from)?;
        Ok(connection(rows, |m| m.id, Organisation::try_from)?)
    }

    /// The directory of verified service providers a clinic may choose for its voucher, from
    /// any member state (services cross borders), oldest first. Shows each one's id, name and
    /// member state only.
    async fn service_providers(
        &self,
        ctx: &Context<'_>,
        member_state: Option<String>,
        name_contains: Option<String>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Connection<String, ServiceProviderListing>> {
        require(
            ctx,
            "organisation.directory",
            &[
                Role::ProviderUser,
                Role::AgencyOfficer,
                Role::EnisaStaff,
                Role::PlatformAdmin,
            ],
        )
        .await?;
        let st = context::state(ctx)?;
        let filter = repo::OrganisationFilter {
            member_state: member_state
                .as_deref()
                .map(domain::member_state::MemberState::parse)
                .transpose()?,
            name_contains,
            ..Default::default()
        };
        let rows =
            repo::service_providers(st.store.db(), &filter, page_request(first, after)?).await?;
        connection(
            rows,
            |m| m.id,
            |m| {
                Ok(ServiceProviderListing {
                    id: ID(m.id.to_string()),
                    name: m.name,
                    member_state: domain::member_state::MemberState::parse(&m.member_state)
                        .map_err(ApiError::internal)?
                        .into(),
                })
            },
        )
    }
}

/// A verified service provider in the directory.
#[derive(async_graphql::SimpleObject)]
pub struct ServiceProviderListing {
    pub id: ID,
    pub name: String,
    pub member_state: super::member_states::MemberState,
}

#[derive(Default)]
pub struct OrganisationMutation;

#[Object]
impl OrganisationMutation {
    /// A hospital or clinic registers itself and its first account. It stays `PENDING` until
    /// an agency officer of its member state verifies it.
    async fn register_organisation(
        &self,
        ctx: &Context<'_>,
        input: RegisterOrganisationInput,
    ) -> ApiResult<RegisterOrganisationPayload> {
        let req = context::request(ctx)?;
        let st = context::state(ctx)?;
        let name = d::OrganisationName::parse(&input.name)?;
        let member_state = domain::member_state::MemberState::parse(&input.member_state)?;
        let registration_id = d::RegistrationId::parse(&input.registration_id)?;
        let contact_name = parse_display_name(&input.contact_name)
            .map_err(|e| ApiError::validation("contactName", e.message))?;
        let contact_email = Email::parse(&input.contact_email)
            .map_err(|e| ApiError::validation("contactEmail", e.message))?;
        let pw = NewPassword::parse(&input.password)?;
        let password_hash = password::hash(pw.expose().to_owned())
            .await
            .map_err(ApiError::internal)?;
        let (org, user) = repo::register(
            &st.store,
            &req.actor(),
            repo::Registration {
                name,
                member_state,
                healthcare_type: input.healthcare_type.into(),
                nis2_class: input.nis2_class.into(),
                registration_id,
                contact_name,
                contact_email,
                password_hash,
            },
        )
        .await
        .map_err(ApiError::from)?;
        st.events.publish(Event::OrganisationRegistered {
            id: org.id,
            member_state,
        });
        Ok(RegisterOrganisationPayload {
            user: User::try_from(user)?,
            organisation: Organisation::try_from(org)?,
        })
    }

    /// An agency officer verifies a pending healthcare organisation of its member state.
    async fn verify_organisation(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Organisation> {
        decide(ctx, id, d::OrganisationStatus::Verified).await
    }

    /// An agency officer rejects a pending registration of its member state.
    async fn reject_organisation(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Organisation> {
        decide(ctx, id, d::OrganisationStatus::Rejected).await
    }

    /// The platform admin creates an agency, a service provider or a pre-verified
    /// healthcare organisation.
    async fn create_organisation(
        &self,
        ctx: &Context<'_>,
        input: CreateOrganisationInput,
    ) -> ApiResult<Organisation> {
        require(ctx, "organisation.create", &[Role::PlatformAdmin]).await?;
        let req = context::request(ctx)?;
        let st = context::state(ctx)?;
        let kind: d::OrganisationKind = input.kind.into();
        let healthcare = kind == d::OrganisationKind::HealthcareProvider;
        if healthcare && (input.healthcare_type.is_none() || input.nis2_class.is_none()) {
            return Err(ApiError::validation(
                "healthcareType",
                "a healthcare organisation needs a type and a NIS2 class",
            ));
        }
        let new = repo::NewOrganisation {
            kind,
            name: d::OrganisationName::parse(&input.name)?,
            member_state: domain::member_state::MemberState::parse(&input.member_state)?,
            healthcare_type: if healthcare {
                input.healthcare_type.map(Into::into)
            } else {
                None
            },
            nis2_class: if healthcare {
                input.nis2_class.map(Into::into)
            } else {
                None
            },
            registration_id: input
                .registration_id
                .as_deref()
                .map(d::RegistrationId::parse)
                .transpose()?,
        };
        let org = repo::create(&st.store, &req.actor(), new)
            .await
            .map_err(ApiError::from)?;
        Ok(Organisation::try_from(org)?)
    }
}

async fn decide(ctx: &Context<'_>, id: ID, to: d::OrganisationStatus) -> ApiResult<Organisation> {
    let p = require(ctx, "organisation.decide", &[Role::AgencyOfficer]).await?;
    let req = context::request(ctx)?;
    let st = context::state(ctx)?;
    let uuid = parse_id("id", &id)?;
    let Some(org) = repo::find(st.store.db(), &p.scope, uuid)
        .await
        .map_err(ApiError::from)?
    else {
        let elsewhere = repo::exists_anywhere(st.store.db(), uuid)
            .await
            .map_err(ApiError::from)?;
        return Err(context::not_found(
            ctx,
            "organisation.decide",
            "Organisation",
            uuid.to_string(),
            elsewhere,
        )
        .await);
    };
    let current = Organisation::try_from(org.clone())?;
    d::decide_registration(current.kind, current.status, to)
        .map_err(|e| ApiError::InvalidStateTransition(e.to_string()))?;
    let updated = repo::transition(&st.store, &req.actor(), &org, current.status, to)
        .await
        .map_err(ApiError::from)?
        .ok_or_else(|| {
            ApiError::InvalidStateTransition("the registration was decided by someone else".into())
        })?;
    Organisation::try_from(updated)
}

/// Loads organisations by id within the request's scope (one query per batch).
pub struct OrganisationLoader {
    pub store: store::Store,
    pub scope: domain::account::Scope,
}

impl async_graphql::dataloader::Loader<Uuid> for OrganisationLoader {
    type Value = repo::Organisation;
    type Error = std::sync::Arc<ApiError>;

    async fn load(
        &self,
        keys: &[Uuid],
    ) -> Result<std::collections::HashMap<Uuid, Self::Value>, Self::Error> {
        let rows = repo::find_many(self.store.db(), &self.scope, keys)
            .await
            .map_err(|e| std::sync::Arc::new(ApiError::from(e)))?;
        Ok(rows.into_iter().map(|m| (m.id, m)).collect())
    }
}
