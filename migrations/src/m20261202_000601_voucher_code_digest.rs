//! Voucher codes at rest (issue #14, `docs/security.md`): from here on `voucher.code` holds the
//! code's HMAC-SHA256 digest (64 hex characters, still unique: it is what a look-up compares),
//! and `voucher.code_sealed` the code sealed under the data keys, opened only for the clinic
//! that holds the voucher.
//!
//! The keys live in configuration, not here, so vouchers issued before this migration are
//! digested and sealed by the server at start-up (`store::vouchers::seal_plain_codes`), before
//! it answers any request; a row whose `code_sealed` is NULL still holds its code in clear.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Voucher {
    Table,
    Code,
    CodeSealed,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            // SQLite does not enforce a text length; PostgreSQL's varchar(20) would refuse a digest.
            manager
                .alter_table(
                    Table::alter()
                        .table(Voucher::Table)
                        .modify_column(ColumnDef::new(Voucher::Code).string_len(64).not_null())
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Voucher::Table)
                    .add_column(ColumnDef::new(Voucher::CodeSealed).text().null())
                    .to_owned(),
            )
            .await
    }
}
