//! The organisation's profile (issue #17): the SME input a clinic keeps and confirms (an
//! application starts from it), its contact person and its address; and the agency's internal
//! notes on an application, which the clinic never sees.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum OrganisationProfile {
    Table,
    OrganisationId,
    SmeInput,
    SmeConfirmedAt,
    ContactName,
    ContactEmail,
    ContactPhone,
    AddressStreet,
    AddressPostalCode,
    AddressCity,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ApplicationNote {
    Table,
    Id,
    ApplicationId,
    AuthorId,
    AuthorName,
    Text,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum VoucherApplication {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OrganisationProfile::Table)
                    .col(uuid(OrganisationProfile::OrganisationId).primary_key())
                    .col(text_null(OrganisationProfile::SmeInput))
                    .col(timestamp_with_time_zone_null(
                        OrganisationProfile::SmeConfirmedAt,
                    ))
                    .col(string_len_null(OrganisationProfile::ContactName, 200))
                    .col(string_len_null(OrganisationProfile::ContactEmail, 320))
                    .col(string_len_null(OrganisationProfile::ContactPhone, 40))
                    .col(string_len_null(OrganisationProfile::AddressStreet, 200))
                    .col(string_len_null(OrganisationProfile::AddressPostalCode, 20))
                    .col(string_len_null(OrganisationProfile::AddressCity, 100))
                    .col(timestamp_with_time_zone(OrganisationProfile::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganisationProfile::Table,
                                OrganisationProfile::OrganisationId,
                            )
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApplicationNote::Table)
                    .col(uuid(ApplicationNote::Id).primary_key())
                    .col(uuid(ApplicationNote::ApplicationId))
                    .col(uuid(ApplicationNote::AuthorId))
                    .col(string_len(ApplicationNote::AuthorName, 200))
                    .col(text(ApplicationNote::Text))
                    .col(timestamp_with_time_zone(ApplicationNote::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApplicationNote::Table, ApplicationNote::ApplicationId)
                            .to(VoucherApplication::Table, VoucherApplication::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("application_note_by_application")
                    .table(ApplicationNote::Table)
                    .col(ApplicationNote::ApplicationId)
                    .col(ApplicationNote::CreatedAt)
                    .to_owned(),
            )
            .await
    }
}
