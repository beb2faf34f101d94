//! E-mail that reaches people (issue #17): the outbox every e-mail is written to in the same
//! transaction as the change that causes it (sent later by `api/src/jobs/mail.rs`, claimed with
//! a lease so that several server processes send each e-mail once), single-use password-reset
//! tokens kept only as SHA-256 hashes, each voucher's expiry warning (sent once), and each
//! account's language for its e-mails.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EmailOutbox {
    Table,
    Id,
    Recipient,
    Language,
    Kind,
    Subject,
    Body,
    Status,
    Attempts,
    NextAttemptAt,
    LeaseOwner,
    LeaseUntil,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum PasswordReset {
    Table,
    TokenHash,
    UserId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

/// A voucher's expiry warning, sent once (its row is the condition).
#[derive(DeriveIden)]
enum VoucherExpiryWarning {
    Table,
    VoucherId,
    WarnedAt,
}

#[derive(DeriveIden)]
enum Voucher {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum AppUser {
    Table,
    Id,
    Language,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EmailOutbox::Table)
                    .col(uuid(EmailOutbox::Id).primary_key())
                    .col(string_len(EmailOutbox::Recipient, 320))
                    .col(string_len(EmailOutbox::Language, 8))
                    .col(string_len(EmailOutbox::Kind, 64))
                    .col(text(EmailOutbox::Subject))
                    .col(text(EmailOutbox::Body))
                    .col(string_len(EmailOutbox::Status, 16))
                    .col(big_integer(EmailOutbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(EmailOutbox::NextAttemptAt))
                    .col(string_len_null(EmailOutbox::LeaseOwner, 64))
                    .col(timestamp_with_time_zone_null(EmailOutbox::LeaseUntil))
                    .col(text_null(EmailOutbox::LastError))
                    .col(timestamp_with_time_zone(EmailOutbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(EmailOutbox::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("email_outbox_due")
                    .table(EmailOutbox::Table)
                    .col(EmailOutbox::Status)
                    .col(EmailOutbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PasswordReset::Table)
                    .col(string_len(PasswordReset::TokenHash, 64).primary_key())
                    .col(uuid(PasswordReset::UserId))
                    .col(timestamp_with_time_zone(PasswordReset::CreatedAt))
                    .col(timestamp_with_time_zone(PasswordReset::ExpiresAt))
                    .col(timestamp_with_time_zone_null(PasswordReset::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PasswordReset::Table, PasswordReset::UserId)
                            .to(AppUser::Table, AppUser::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VoucherExpiryWarning::Table)
                    .col(uuid(VoucherExpiryWarning::VoucherId).primary_key())
                    .col(timestamp_with_time_zone(VoucherExpiryWarning::WarnedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoucherExpiryWarning::Table, VoucherExpiryWarning::VoucherId)
                            .to(Voucher::Table, Voucher::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AppUser::Table)
                    .add_column(string_len(AppUser::Language, 8).default("en"))
                    .to_owned(),
            )
            .await
    }
}
