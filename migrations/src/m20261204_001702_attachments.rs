//! Attachments of applications and redemptions (issue #17): quotes and invoices, PDF or image.
//! The content lives in the attachment store (`object_store`: a local directory or S3), under
//! its SHA-256; a row names its parent (an application or a redemption, exactly one), what it
//! is, the type read from its content, its size and its SHA-256. Rows are never changed.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Attachment {
    Table,
    Id,
    ApplicationId,
    RedemptionId,
    MemberState,
    Kind,
    Name,
    ContentType,
    SizeBytes,
    Sha256,
    UploadedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum VoucherApplication {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Redemption {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Attachment::Table)
                    .col(uuid(Attachment::Id).primary_key())
                    .col(uuid_null(Attachment::ApplicationId))
                    .col(uuid_null(Attachment::RedemptionId))
                    .col(string_len(Attachment::MemberState, 2))
                    .col(string_len(Attachment::Kind, 16))
                    .col(string_len(Attachment::Name, 200))
                    .col(string_len(Attachment::ContentType, 32))
                    .col(big_integer(Attachment::SizeBytes))
                    .col(string_len(Attachment::Sha256, 64))
                    .col(uuid_null(Attachment::UploadedBy))
                    .col(timestamp_with_time_zone(Attachment::CreatedAt))
                    .check(Expr::cust(
                        "(application_id IS NULL) <> (redemption_id IS NULL)",
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Attachment::Table, Attachment::ApplicationId)
                            .to(VoucherApplication::Table, VoucherApplication::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Attachment::Table, Attachment::RedemptionId)
                            .to(Redemption::Table, Redemption::Id),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("attachment_application", Attachment::ApplicationId),
            ("attachment_redemption", Attachment::RedemptionId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Attachment::Table)
                        .col(col)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
