//! The public directory of national agencies and their helpdesks (table `agency_helpdesk`,
//! migration `m20261130_000006`). Reads are public: only verified agencies are listed, and only
//! their name, member state and helpdesk.
use super::audit::Actor;
use super::entities::organisation;
use super::organisations::Organisation;
use super::write::Audit;
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::audit::member_state_chain;
use domain::directory::HelpdeskContact;
use domain::member_state::MemberState;
use domain::organisation::{OrganisationKind, OrganisationStatus};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set};
use std::collections::HashMap;
use uuid::Uuid;

/// The `agency_helpdesk` table; only this module reads or writes it.
mod agency_helpdesk {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "agency_helpdesk")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub organisation_id: Uuid,
        pub email: Option<String>,
        pub phone: Option<String>,
        pub url: Option<String>,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A verified national agency as the public directory shows it.
#[derive(Debug, Clone)]
pub struct AgencyListing {
    pub id: Uuid,
    pub name: String,
    pub member_state: MemberState,
    /// None until the agency's helpdesk has been entered.
    pub helpdesk: Option<HelpdeskContact>,
}

/// Every verified agency, by member state code, then name.
pub async fn agencies(db: &DatabaseConnection) -> Result<Vec<AgencyListing>, StoreError> {
    let rows = organisation::Entity::find()
        .filter(organisation::Column::Kind.eq(OrganisationKind::Agency.as_str()))
        .filter(organisation::Column::Status.eq(OrganisationStatus::Verified.as_str()))
        .order_by_asc(organisation::Column::MemberState)
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?;
    let mut helpdesks: HashMap<Uuid, agency_helpdesk::Model> = agency_helpdesk::Entity::find()
        .filter(agency_helpdesk::Column::OrganisationId.is_in(rows.iter().map(|r| r.id)))
        .all(db)
        .await?
        .into_iter()
        .map(|h| (h.organisation_id, h))
        .collect();
    rows.into_iter()
        .map(|row| {
            let corrupt = |e: domain::member_state::ParseError| {
                StoreError::Corrupt(format!("agency {}: {} {}", row.id, e.field, e.message))
            };
            let member_state = MemberState::parse(&row.member_state).map_err(corrupt)?;
            let helpdesk = helpdesks
                .remove(&row.id)
                .map(|h| {
                    HelpdeskContact::parse(h.email.as_deref(), h.phone.as_deref(), h.url.as_deref())
                })
                .transpose()
                .map_err(corrupt)?;
            Ok(AgencyListing {
                id: row.id,
                name: row.name,
                member_state,
                helpdesk,
            })
        })
        .collect()
}

/// Sets (or replaces) an agency's helpdesk, with its audit row in the agency's member-state
/// chain.
pub async fn set_helpdesk(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    agency: &Organisation,
    contact: &HelpdeskContact,
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    agency_helpdesk::Entity::insert(agency_helpdesk::ActiveModel {
        organisation_id: Set(agency.id),
        email: Set(contact.email.as_ref().map(|e| e.as_str().to_owned())),
        phone: Set(contact.phone.as_ref().map(|p| p.as_str().to_owned())),
        url: Set(contact.url.as_ref().map(|u| u.as_str().to_owned())),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(agency_helpdesk::Column::OrganisationId)
            .update_columns([
                agency_helpdesk::Column::Email,
                agency_helpdesk::Column::Phone,
                agency_helpdesk::Column::Url,
                agency_helpdesk::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(&*tx)
    .await?;
    tx.audit(Audit::new(
        member_state_chain(agency.member_state),
        "agency.helpdesk.set",
        "Organisation",
        agency.id,
    ))
    .await?;
    tx.commit().await
}
