//! The public directory of national agencies and their helpdesks, for the contact page. No
//! login: it lists only what a public contact page shows (verified agencies, their member
//! state and helpdesk).
use super::context::ctx;
use super::member_states::MemberState;
use crate::actions::directory::{self as directory, AgencyListing};
use crate::error::ApiResult;
use async_graphql::{Context, ID, Object, SimpleObject};

/// How to reach an agency's helpdesk; each part may be missing.
#[derive(SimpleObject, Clone)]
pub struct Helpdesk {
    /// E-mail address.
    pub email: Option<String>,
    /// Telephone number in international form, as written (e.g. `+49 30 1234567`).
    pub phone: Option<String>,
    /// The same number as a `tel:` URI (RFC 3966), for links.
    pub phone_uri: Option<String>,
    /// An `https://` web address (contact form or help pages).
    pub url: Option<String>,
}

/// A verified national agency: the voucher programmes' owner and the member state's single
/// point of contact.
#[derive(SimpleObject, Clone)]
pub struct AgencyContact {
    pub id: ID,
    pub name: String,
    pub member_state: MemberState,
    /// Null until the agency's helpdesk has been entered.
    pub helpdesk: Option<Helpdesk>,
}

impl From<AgencyListing> for AgencyContact {
    fn from(a: AgencyListing) -> Self {
        Self {
            id: ID(a.id.to_string()),
            name: a.name,
            member_state: a.member_state.into(),
            helpdesk: a.helpdesk.map(|h| Helpdesk {
                email: h.email.map(|e| e.as_str().to_owned()),
                phone_uri: h.phone.as_ref().map(|p| p.tel_uri()),
                phone: h.phone.map(|p| p.as_str().to_owned()),
                url: h.url.map(|u| u.as_str().to_owned()),
            }),
        }
    }
}

#[derive(Default)]
pub struct DirectoryQuery;

#[Object]
impl DirectoryQuery {
    /// Every verified national agency with its helpdesk, by member state code, then name.
    /// Public.
    async fn agency_directory(&self, c: &Context<'_>) -> ApiResult<Vec<AgencyContact>> {
        let agencies = directory::agencies(ctx(c)?).await?;
        Ok(agencies.into_iter().map(Into::into).collect())
    }
}
