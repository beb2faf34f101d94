//! The agency's message to a registering organisation (issue #17, "Registrations"): the reason
//! for a rejection, or the information it asks for while the registration stays pending. The
//! organisation reads it; it is kept with its kind and time, and replaced by a later message.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisation {
    Table,
    ReviewNote,
    ReviewNoteKind,
    ReviewNoteAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [
            ColumnDef::new(Organisation::ReviewNote)
                .text()
                .null()
                .to_owned(),
            ColumnDef::new(Organisation::ReviewNoteKind)
                .string_len(32)
                .null()
                .to_owned(),
            ColumnDef::new(Organisation::ReviewNoteAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organisation::Table)
                        .add_column(col)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
