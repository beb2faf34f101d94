//! The organisation's profile (issue #17): the SME data a clinic keeps and confirms (the
//! application form starts from it), its contact person and its address.
use super::applications::sme_input;
use super::context::ctx;
use super::scalars::{id, parse_optional_id};
use super::sme::SmeAssessmentInput;
use crate::actions::profiles::{self, Profile, ProfileInput};
use crate::error::ApiResult;
use async_graphql::{Context, ID, InputObject, Json, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::profile::{ContactPerson, PostalAddress};

/// An organisation's profile. Parts never saved are null.
pub struct OrganisationProfile(pub Profile);

/// The organisation's contact person.
#[derive(SimpleObject, InputObject, Default)]
#[graphql(input_name = "ContactPersonInput")]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    /// Digits, spaces and `+ - ( ) /`, at least 6 digits.
    pub phone: Option<String>,
}

/// The organisation's postal address.
#[derive(SimpleObject, InputObject, Default)]
#[graphql(input_name = "PostalAddressInput")]
pub struct Address {
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
}

#[Object]
impl OrganisationProfile {
    async fn organisation_id(&self) -> ID {
        id(self.0.organisation_id)
    }
    /// The SME data as the clinic saved it (the shape of `SmeAssessmentInput`): a new
    /// application's SME step starts from it.
    async fn sme_input(&self) -> Option<Json<serde_json::Value>> {
        self.0.sme_input.clone().map(Json)
    }
    /// When the clinic last saved (confirmed) its SME data.
    async fn sme_confirmed_at(&self) -> Option<DateTime<Utc>> {
        self.0.sme_confirmed_at
    }
    async fn contact(&self) -> Contact {
        let c = &self.0.contact;
        Contact {
            name: c.name.clone(),
            email: c.email.as_ref().map(|e| e.as_str().to_owned()),
            phone: c.phone.clone(),
        }
    }
    async fn address(&self) -> Address {
        let a = &self.0.address;
        Address {
            street: a.street.clone(),
            postal_code: a.postal_code.clone(),
            city: a.city.clone(),
        }
    }
    /// When it was last saved; null when never.
    async fn updated_at(&self) -> Option<DateTime<Utc>> {
        self.0.updated_at
    }
}

/// A save of the own organisation's profile. Contact and address replace the old ones (empty
/// parts clear them); `sme`, when given, replaces the kept SME data and confirms it now.
#[derive(InputObject)]
pub struct OrganisationProfileInput {
    pub sme: Option<SmeAssessmentInput>,
    #[graphql(default)]
    pub contact: Contact,
    #[graphql(default)]
    pub address: Address,
}

impl OrganisationProfileInput {
    fn parse(self) -> ApiResult<ProfileInput> {
        let (c, a) = (self.contact, self.address);
        Ok(ProfileInput {
            sme: self.sme.map(sme_input).transpose()?,
            contact: ContactPerson::parse(
                c.name.as_deref(),
                c.email.as_deref(),
                c.phone.as_deref(),
            )?,
            address: PostalAddress::parse(
                a.street.as_deref(),
                a.postal_code.as_deref(),
                a.city.as_deref(),
            )?,
        })
    }
}

#[derive(Default)]
pub struct ProfileQuery;

#[Object]
impl ProfileQuery {
    /// An organisation's profile: without `organisationId`, the caller's own (a clinic).
    /// An agency officer reads those of its member state's organisations, the platform admin
    /// any; null when missing or out of scope.
    async fn organisation_profile(
        &self,
        c: &Context<'_>,
        organisation_id: Option<ID>,
    ) -> ApiResult<Option<OrganisationProfile>> {
        let id = parse_optional_id("organisationId", organisation_id.as_ref())?;
        Ok(profiles::find(ctx(c)?, id).await?.map(OrganisationProfile))
    }
}

#[derive(Default)]
pub struct ProfileMutation;

#[Object]
impl ProfileMutation {
    /// A clinic's provider user saves its own organisation's profile. SME data is assessed
    /// first (`VALIDATION` under `sme`) and confirmed now. Audited.
    async fn update_organisation_profile(
        &self,
        c: &Context<'_>,
        input: OrganisationProfileInput,
    ) -> ApiResult<OrganisationProfile> {
        let input = input.parse()?;
        Ok(OrganisationProfile(profiles::update(ctx(c)?, input).await?))
    }
}
