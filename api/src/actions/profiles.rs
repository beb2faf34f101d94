//! The organisation's profile (issue #17): the SME data a clinic keeps and confirms (an
//! application starts from it), its contact person and address. A provider user reads and
//! saves its own organisation's; an agency officer reads those of its member state's
//! organisations, the platform admin any. Out of scope looks exactly like missing.
use super::applications::SmeInput;
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use crate::store::organisations as orgs;
use crate::store::profiles as repo;
use domain::account::Scope;
use domain::profile::{ContactPerson, PostalAddress};
use uuid::Uuid;

pub use crate::store::profiles::Profile;

/// A save of the profile as the clinic enters it.
pub struct ProfileInput {
    /// When given, replaces the kept SME data and confirms it now (assessed first: the engine
    /// must accept it).
    pub sme: Option<SmeInput>,
    pub contact: ContactPerson,
    pub address: PostalAddress,
}

/// The profile of `organisation_id` (default: the caller's own organisation), or `None` when
/// missing or out of scope (a probe of one that exists elsewhere is audited).
pub async fn find(ctx: &Ctx, organisation_id: Option<Uuid>) -> ApiResult<Option<Profile>> {
    let p = ctx.authorize(Action::OrganisationProfileRead).await?;
    let id = match (organisation_id, &p.scope) {
        (Some(id), _) => id,
        (None, Scope::Organisation { id, .. }) => *id,
        (None, _) => {
            return Err(ApiError::validation(
                "organisationId",
                "name the organisation",
            ));
        }
    };
    let db = ctx.store().db();
    if orgs::find(db, &p.scope, id).await?.is_none() {
        if orgs::exists_anywhere(db, id).await? {
            ctx.probe(Action::OrganisationProfileRead, "Organisation", id)
                .await?;
        }
        return Ok(None);
    }
    Ok(Some(repo::get(db, id).await?))
}

/// The clinic saves its own organisation's profile; audited in the same transaction.
pub async fn update(ctx: &Ctx, input: ProfileInput) -> ApiResult<Profile> {
    let (p, id) = ctx
        .authorize_organisation(Action::OrganisationProfileUpdate)
        .await?;
    let org = orgs::find(ctx.store().db(), &p.scope, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let sme_input = match input.sme {
        None => None,
        Some(sme) => {
            super::sme::run(sme.input)
                .await
                .map_err(|e| e.under("sme"))?;
            Some(sme.as_entered)
        }
    };
    let change = repo::ProfileChange {
        sme_input,
        contact: input.contact,
        address: input.address,
    };
    Ok(repo::save(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        (org.id, org.member_state),
        &change,
    )
    .await?)
}
