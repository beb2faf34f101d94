//! NIS2 incident cases (issue #19): the case, its submitted stages (immutable: one row each,
//! unique per case, stage and request), the authority's intermediate-report requests, comments,
//! cross-border shares, the ransom demand and its law-enforcement referral, each member state's
//! ransom rules, and the escalation job's reminder markers (unique per case, clock and kind, so
//! a reminder is sent once whatever the number of processes).
//!
//! Sensitive free text (the significance assessment, stage reports, comments, the ransom note)
//! is stored sealed: `<key id>:<base64 nonce ‖ ciphertext>` (`api/src/store/sealed.rs`).
//! Notifications gain the incident they refer to and a short detail (the stage).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Incident {
    Table,
    Id,
    OrganisationId,
    MemberState,
    Zone,
    Title,
    Category,
    AffectedServices,
    SuspectedMalicious,
    CrossBorder,
    SignificanceCriteria,
    AssessmentSealed,
    StartedAt,
    AwareAt,
    HandledAt,
    Status,
    ReportedBy,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden)]
enum IncidentSubmission {
    Table,
    Id,
    IncidentId,
    Stage,
    Seq,
    ReportSealed,
    SubmittedAt,
    SubmittedBy,
    AcknowledgedAt,
    AcknowledgedBy,
}

#[derive(DeriveIden)]
enum IncidentIntermediateRequest {
    Table,
    Id,
    IncidentId,
    Seq,
    RequestedAt,
    DueAt,
    AnsweredAt,
    RequestedBy,
}

#[derive(DeriveIden)]
enum IncidentComment {
    Table,
    Id,
    IncidentId,
    AuthorId,
    AuthorRole,
    BodySealed,
    CreatedAt,
}

#[derive(DeriveIden)]
enum IncidentShare {
    Table,
    IncidentId,
    MemberState,
    SharedAt,
    SharedBy,
}

#[derive(DeriveIden)]
enum RansomDemand {
    Table,
    IncidentId,
    ReceivedAt,
    AmountMinor,
    AmountCurrency,
    AmountCrypto,
    AmountAsset,
    ThreatActor,
    NoteSealed,
    Paid,
    PaidMinor,
    PaidCurrency,
    PaidCrypto,
    PaidAsset,
    RecordedAt,
    RecordedBy,
}

#[derive(DeriveIden)]
enum LawEnforcementReferral {
    Table,
    IncidentId,
    Authority,
    ReferredOn,
    CaseReference,
    RecordedAt,
    RecordedBy,
}

#[derive(DeriveIden)]
enum RansomRules {
    Table,
    MemberState,
    RansomReporting,
    ReferralMandatory,
    ReportingDeadlineHours,
    LawEnforcementContact,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum IncidentReminder {
    Table,
    IncidentId,
    Stage,
    Seq,
    Kind,
    SentAt,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    IncidentId,
    Detail,
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
}

fn fk(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .to_owned()
}

fn to_incident(name: &str, table: impl IntoIden, col: impl IntoIden) -> ForeignKeyCreateStatement {
    fk(name, (table, col), (Incident::Table, Incident::Id))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use Incident as I;
        manager
            .create_table(
                Table::create()
                    .table(I::Table)
                    .col(uuid(I::Id).primary_key())
                    .col(uuid(I::OrganisationId))
                    .col(string_len(I::MemberState, 2))
                    .col(string_len(I::Zone, 64))
                    .col(string_len(I::Title, 200))
                    .col(string_len(I::Category, 40))
                    .col(text(I::AffectedServices))
                    .col(boolean(I::SuspectedMalicious))
                    .col(boolean(I::CrossBorder))
                    .col(text(I::SignificanceCriteria))
                    .col(text(I::AssessmentSealed))
                    .col(timestamp_with_time_zone(I::StartedAt))
                    .col(timestamp_with_time_zone(I::AwareAt))
                    .col(timestamp_with_time_zone_null(I::HandledAt))
                    .col(string_len(I::Status, 16))
                    .col(uuid(I::ReportedBy))
                    .col(timestamp_with_time_zone(I::CreatedAt))
                    .col(timestamp_with_time_zone(I::UpdatedAt))
                    .col(big_integer(I::Version).default(0))
                    .foreign_key(&mut fk(
                        "incident_organisation_fk",
                        (I::Table, I::OrganisationId),
                        (Organisation::Table, Organisation::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("incident_member_state_idx", I::MemberState),
            ("incident_organisation_idx", I::OrganisationId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(I::Table)
                        .col(col)
                        .to_owned(),
                )
                .await?;
        }

        use IncidentSubmission as S;
        manager
            .create_table(
                Table::create()
                    .table(S::Table)
                    .col(uuid(S::Id).primary_key())
                    .col(uuid(S::IncidentId))
                    .col(string_len(S::Stage, 20))
                    .col(integer(S::Seq))
                    .col(text(S::ReportSealed))
                    .col(timestamp_with_time_zone(S::SubmittedAt))
                    .col(uuid(S::SubmittedBy))
                    .col(timestamp_with_time_zone_null(S::AcknowledgedAt))
                    .col(uuid_null(S::AcknowledgedBy))
                    .foreign_key(&mut to_incident(
                        "incident_submission_incident_fk",
                        S::Table,
                        S::IncidentId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("incident_submission_once")
                    .table(S::Table)
                    .col(S::IncidentId)
                    .col(S::Stage)
                    .col(S::Seq)
                    .unique()
                    .to_owned(),
            )
            .await?;

        use IncidentIntermediateRequest as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(uuid(R::Id).primary_key())
                    .col(uuid(R::IncidentId))
                    .col(integer(R::Seq))
                    .col(timestamp_with_time_zone(R::RequestedAt))
                    .col(timestamp_with_time_zone(R::DueAt))
                    .col(timestamp_with_time_zone_null(R::AnsweredAt))
                    .col(uuid(R::RequestedBy))
                    .foreign_key(&mut to_incident(
                        "incident_request_incident_fk",
                        R::Table,
                        R::IncidentId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("incident_request_seq_unique")
                    .table(R::Table)
                    .col(R::IncidentId)
                    .col(R::Seq)
                    .unique()
                    .to_owned(),
            )
            .await?;

        use IncidentComment as C;
        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(uuid(C::Id).primary_key())
                    .col(uuid(C::IncidentId))
                    .col(uuid(C::AuthorId))
                    .col(string_len(C::AuthorRole, 32))
                    .col(text(C::BodySealed))
                    .col(timestamp_with_time_zone(C::CreatedAt))
                    .foreign_key(&mut to_incident(
                        "incident_comment_incident_fk",
                        C::Table,
                        C::IncidentId,
                    ))
                    .to_owned(),
            )
            .await?;

        use IncidentShare as Sh;
        manager
            .create_table(
                Table::create()
                    .table(Sh::Table)
                    .col(uuid(Sh::IncidentId))
                    .col(string_len(Sh::MemberState, 2))
                    .col(timestamp_with_time_zone(Sh::SharedAt))
                    .col(uuid(Sh::SharedBy))
                    .primary_key(Index::create().col(Sh::IncidentId).col(Sh::MemberState))
                    .foreign_key(&mut to_incident(
                        "incident_share_incident_fk",
                        Sh::Table,
                        Sh::IncidentId,
                    ))
                    .to_owned(),
            )
            .await?;

        use RansomDemand as D;
        manager
            .create_table(
                Table::create()
                    .table(D::Table)
                    .col(uuid(D::IncidentId).primary_key())
                    .col(timestamp_with_time_zone(D::ReceivedAt))
                    .col(big_integer_null(D::AmountMinor).check(Expr::col(D::AmountMinor).gt(0)))
                    .col(string_len_null(D::AmountCurrency, 3))
                    .col(string_len_null(D::AmountCrypto, 60))
                    .col(string_len_null(D::AmountAsset, 10))
                    .col(string_len_null(D::ThreatActor, 200))
                    .col(text_null(D::NoteSealed))
                    .col(boolean(D::Paid))
                    .col(big_integer_null(D::PaidMinor).check(Expr::col(D::PaidMinor).gt(0)))
                    .col(string_len_null(D::PaidCurrency, 3))
                    .col(string_len_null(D::PaidCrypto, 60))
                    .col(string_len_null(D::PaidAsset, 10))
                    .col(timestamp_with_time_zone(D::RecordedAt))
                    .col(uuid(D::RecordedBy))
                    .foreign_key(&mut to_incident(
                        "ransom_demand_incident_fk",
                        D::Table,
                        D::IncidentId,
                    ))
                    .to_owned(),
            )
            .await?;

        use LawEnforcementReferral as L;
        manager
            .create_table(
                Table::create()
                    .table(L::Table)
                    .col(uuid(L::IncidentId).primary_key())
                    .col(string_len(L::Authority, 200))
                    .col(date(L::ReferredOn))
                    .col(string_len(L::CaseReference, 100))
                    .col(timestamp_with_time_zone(L::RecordedAt))
                    .col(uuid(L::RecordedBy))
                    .foreign_key(&mut to_incident(
                        "referral_incident_fk",
                        L::Table,
                        L::IncidentId,
                    ))
                    .to_owned(),
            )
            .await?;

        use RansomRules as RR;
        manager
            .create_table(
                Table::create()
                    .table(RR::Table)
                    .col(string_len(RR::MemberState, 2).primary_key())
                    .col(string_len(RR::RansomReporting, 16))
                    .col(boolean(RR::ReferralMandatory))
                    .col(integer_null(RR::ReportingDeadlineHours))
                    .col(string_len(RR::LawEnforcementContact, 500))
                    .col(timestamp_with_time_zone(RR::UpdatedAt))
                    .col(uuid_null(RR::UpdatedBy))
                    .to_owned(),
            )
            .await?;

        use IncidentReminder as M;
        manager
            .create_table(
                Table::create()
                    .table(M::Table)
                    .col(uuid(M::IncidentId))
                    .col(string_len(M::Stage, 20))
                    .col(integer(M::Seq))
                    .col(string_len(M::Kind, 20))
                    .col(timestamp_with_time_zone(M::SentAt))
                    .primary_key(
                        Index::create()
                            .col(M::IncidentId)
                            .col(M::Stage)
                            .col(M::Seq)
                            .col(M::Kind),
                    )
                    .foreign_key(&mut to_incident(
                        "incident_reminder_incident_fk",
                        M::Table,
                        M::IncidentId,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(Notification::Table)
                    .add_column(uuid_null(Notification::IncidentId))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Notification::Table)
                    .add_column(string_len_null(Notification::Detail, 40))
                    .to_owned(),
            )
            .await
    }
}
