//! The Reserve's summary-report reminders (Regulation (EU) 2025/38, Art. 16; `docs/reserve.md`):
//! - `reserve_report_reminder`: one row per request and reminder kind (`ABOUT_TO_EXPIRE`,
//!   `OVERDUE`) sent; its primary key is the condition that makes several server processes send
//!   each reminder exactly once;
//! - `notification.reserve_request_id`: the request a notification is about.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReserveReportReminder {
    Table,
    RequestId,
    Kind,
    SentAt,
}

#[derive(DeriveIden)]
enum ReserveRequest {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    ReserveRequestId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ReserveReportReminder as M;
        manager
            .create_table(
                Table::create()
                    .table(M::Table)
                    .col(uuid(M::RequestId))
                    .col(string_len(M::Kind, 20))
                    .col(timestamp_with_time_zone(M::SentAt))
                    .primary_key(Index::create().col(M::RequestId).col(M::Kind))
                    .foreign_key(
                        ForeignKey::create()
                            .name("reserve_report_reminder_request_fk")
                            .from(M::Table, M::RequestId)
                            .to(ReserveRequest::Table, ReserveRequest::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Notification::Table)
                    .add_column(
                        ColumnDef::new(Notification::ReserveRequestId)
                            .uuid()
                            .null()
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await
    }
}
