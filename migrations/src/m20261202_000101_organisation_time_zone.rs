//! The organisation's own IANA time zone (`docs/incidents.md`, "How time is counted"): the zone
//! a calendar-month deadline is counted in. Empty (`NULL`) means the member state's default
//! zone (`domain::calendar::member_state_zone`), so every existing and newly created
//! organisation has one without a backfill; the organisation's provider user sets its own
//! (`setOrganisationTimeZone`), such as `Atlantic/Canary` for a clinic on the Canary Islands.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisation {
    Table,
    TimeZone,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organisation::Table)
                    .add_column(string_len_null(Organisation::TimeZone, 64))
                    .to_owned(),
            )
            .await
    }
}
