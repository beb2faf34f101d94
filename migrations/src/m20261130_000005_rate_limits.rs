//! Rate limits as counters that are reserved before the work they limit (a password check, a
//! voucher-code guess): `reserve` is one conditional update, so no more than the limit are
//! ever checked, whatever the concurrency (`api/src/store/rate_limits.rs`). An account's
//! progressive delay lives in the same row (`blocked_until`). And an account's token version,
//! for "sign out everywhere" and for revoking tokens within a bounded window. The old
//! count-then-check `login_failure` table goes.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RateLimit {
    Table,
    Key,
    WindowStart,
    Count,
    Failures,
    BlockedUntil,
}

#[derive(DeriveIden)]
enum LoginFailure {
    Table,
}

#[derive(DeriveIden)]
enum AppUser {
    Table,
    TokenVersion,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RateLimit::Table)
                    .col(string_len(RateLimit::Key, 200).primary_key())
                    .col(timestamp_with_time_zone(RateLimit::WindowStart))
                    .col(big_integer(RateLimit::Count).check(Expr::col(RateLimit::Count).gte(0)))
                    .col(big_integer(RateLimit::Failures).default(0))
                    .col(timestamp_with_time_zone_null(RateLimit::BlockedUntil))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AppUser::Table)
                    .add_column(big_integer(AppUser::TokenVersion).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(LoginFailure::Table).to_owned())
            .await
    }
}
