//! The early-warning service (issue #12): alerts, their published versions (each with its
//! marking and recipients), acknowledgements, and the alert event stream whose increasing
//! `seq` is the catch-up cursor. In-app notifications may now refer to an alert.
//!
//! An alert's content is stored as the JSON of `domain::alert::content::AlertInput`
//! (`AlertContent::to_input`), which parses back into the same content; the columns beside it
//! (status, marking, severity, recipients) are what queries select on.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Alert {
    Table,
    Id,
    Status,
    Content,
    Version,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    RevokedAt,
    RevocationReason,
}

#[derive(DeriveIden)]
enum AlertVersion {
    Table,
    Id,
    AlertId,
    Number,
    Tlp,
    Severity,
    Content,
    PublishedAt,
    ChangeNote,
}

#[derive(DeriveIden)]
enum AlertRecipient {
    Table,
    Id,
    AlertId,
    Version,
    Kind,
    Recipient,
}

#[derive(DeriveIden)]
enum AlertAcknowledgement {
    Table,
    Id,
    AlertId,
    OrganisationId,
    MemberState,
    AccountId,
    Kind,
    At,
}

#[derive(DeriveIden)]
enum AlertEvent {
    Table,
    Seq,
    AlertId,
    Kind,
    Version,
    At,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    AlertId,
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
                    .table(Alert::Table)
                    .col(uuid(Alert::Id).primary_key())
                    .col(string_len(Alert::Status, 16))
                    .col(text(Alert::Content))
                    .col(integer(Alert::Version))
                    .col(uuid_null(Alert::CreatedBy))
                    .col(timestamp_with_time_zone(Alert::CreatedAt))
                    .col(timestamp_with_time_zone(Alert::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Alert::RevokedAt))
                    .col(text_null(Alert::RevocationReason))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AlertVersion::Table)
                    .col(uuid(AlertVersion::Id).primary_key())
                    .col(uuid(AlertVersion::AlertId))
                    .col(integer(AlertVersion::Number))
                    .col(string_len(AlertVersion::Tlp, 16))
                    .col(string_len(AlertVersion::Severity, 16))
                    .col(text(AlertVersion::Content))
                    .col(timestamp_with_time_zone(AlertVersion::PublishedAt))
                    .col(text_null(AlertVersion::ChangeNote))
                    .foreign_key(
                        ForeignKey::create()
                            .name("alert_version_alert_fk")
                            .from(AlertVersion::Table, AlertVersion::AlertId)
                            .to(Alert::Table, Alert::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("alert_version_number")
                    .table(AlertVersion::Table)
                    .col(AlertVersion::AlertId)
                    .col(AlertVersion::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AlertRecipient::Table)
                    .col(uuid(AlertRecipient::Id).primary_key())
                    .col(uuid(AlertRecipient::AlertId))
                    .col(integer(AlertRecipient::Version))
                    .col(string_len(AlertRecipient::Kind, 16))
                    .col(string_len(AlertRecipient::Recipient, 64))
                    .foreign_key(
                        ForeignKey::create()
                            .name("alert_recipient_alert_fk")
                            .from(AlertRecipient::Table, AlertRecipient::AlertId)
                            .to(Alert::Table, Alert::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("alert_recipient_recipient")
                    .table(AlertRecipient::Table)
                    .col(AlertRecipient::Kind)
                    .col(AlertRecipient::Recipient)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AlertAcknowledgement::Table)
                    .col(uuid(AlertAcknowledgement::Id).primary_key())
                    .col(uuid(AlertAcknowledgement::AlertId))
                    .col(uuid(AlertAcknowledgement::OrganisationId))
                    .col(string_len(AlertAcknowledgement::MemberState, 2))
                    .col(uuid(AlertAcknowledgement::AccountId))
                    .col(string_len(AlertAcknowledgement::Kind, 24))
                    .col(timestamp_with_time_zone(AlertAcknowledgement::At))
                    .foreign_key(
                        ForeignKey::create()
                            .name("alert_acknowledgement_alert_fk")
                            .from(AlertAcknowledgement::Table, AlertAcknowledgement::AlertId)
                            .to(Alert::Table, Alert::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("alert_acknowledgement_organisation_fk")
                            .from(
                                AlertAcknowledgement::Table,
                                AlertAcknowledgement::OrganisationId,
                            )
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("alert_acknowledgement_alert")
                    .table(AlertAcknowledgement::Table)
                    .col(AlertAcknowledgement::AlertId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AlertEvent::Table)
                    .col(big_integer(AlertEvent::Seq).auto_increment().primary_key())
                    .col(uuid(AlertEvent::AlertId))
                    .col(string_len(AlertEvent::Kind, 16))
                    .col(integer(AlertEvent::Version))
                    .col(timestamp_with_time_zone(AlertEvent::At))
                    .foreign_key(
                        ForeignKey::create()
                            .name("alert_event_alert_fk")
                            .from(AlertEvent::Table, AlertEvent::AlertId)
                            .to(Alert::Table, Alert::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Notification::Table)
                    .add_column(uuid_null(Notification::AlertId))
                    .to_owned(),
            )
            .await
    }
}
