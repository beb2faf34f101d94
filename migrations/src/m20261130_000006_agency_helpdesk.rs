//! The helpdesk of each national agency (e-mail, telephone, web address), for the public
//! directory on the contact page. One row per agency organisation; each part is optional.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AgencyHelpdesk {
    Table,
    OrganisationId,
    Email,
    Phone,
    Url,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AgencyHelpdesk::Table)
                    .col(uuid(AgencyHelpdesk::OrganisationId).primary_key())
                    .col(string_len_null(AgencyHelpdesk::Email, 254))
                    .col(string_len_null(AgencyHelpdesk::Phone, 32))
                    .col(string_len_null(AgencyHelpdesk::Url, 500))
                    .col(timestamp_with_time_zone(AgencyHelpdesk::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("agency_helpdesk_organisation_fk")
                            .from(AgencyHelpdesk::Table, AgencyHelpdesk::OrganisationId)
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .to_owned(),
            )
            .await
    }
}
