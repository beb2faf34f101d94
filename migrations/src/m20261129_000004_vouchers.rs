//! Voucher applications, vouchers, redemptions and in-app notifications. Money is integer minor
//! units of the programme's currency.
//!
//! Two partial unique indexes carry the "one at a time" rules under any concurrency: one
//! submitted application per organisation and programme, and one active voucher per
//! organisation and programme. Both databases support `CREATE UNIQUE INDEX … WHERE`.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum VoucherApplication {
    Table,
    Id,
    ProgramId,
    OrganisationId,
    MemberState,
    Status,
    Currency,
    RequestedMinor,
    ApprovedMinor,
    Services,
    EstimatedTotalMinor,
    SmeInput,
    SmeSnapshot,
    DeMinimisDeclaredEurMinor,
    ServiceProviderId,
    QueueKey,
    Cutoff,
    DecisionReason,
    SubmittedAt,
    DecidedAt,
    DecidedBy,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Voucher {
    Table,
    Id,
    ApplicationId,
    ProgramId,
    OrganisationId,
    MemberState,
    ServiceProviderId,
    Code,
    Status,
    Currency,
    AmountMinor,
    PrefinancedMinor,
    RedeemedMinor,
    ExpiresAt,
    IssuedAt,
    ClosedAt,
    CloseReason,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Redemption {
    Table,
    Id,
    VoucherId,
    ProgramId,
    MemberState,
    ServiceProviderId,
    InvoiceReference,
    ServiceCategory,
    Currency,
    InvoiceMinor,
    CoveredMinor,
    ClinicPaysMinor,
    NetPayableMinor,
    Status,
    CreatedBy,
    CreatedAt,
    PaidAt,
    PaidBy,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    Id,
    OrganisationId,
    Kind,
    ApplicationId,
    VoucherId,
    RedemptionId,
    CreatedAt,
    ReadAt,
}

#[derive(DeriveIden)]
enum VoucherProgram {
    Table,
    Id,
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

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use VoucherApplication as A;
        manager
            .create_table(
                Table::create()
                    .table(A::Table)
                    .col(uuid(A::Id).primary_key())
                    .col(uuid(A::ProgramId))
                    .col(uuid(A::OrganisationId))
                    .col(string_len(A::MemberState, 2))
                    .col(string_len(A::Status, 16))
                    .col(string_len(A::Currency, 3))
                    .col(big_integer(A::RequestedMinor).check(Expr::col(A::RequestedMinor).gte(0)))
                    .col(big_integer_null(A::ApprovedMinor))
                    .col(text(A::Services))
                    .col(big_integer(A::EstimatedTotalMinor))
                    .col(text_null(A::SmeInput))
                    .col(text_null(A::SmeSnapshot))
                    .col(big_integer(A::DeMinimisDeclaredEurMinor).default(0))
                    .col(uuid_null(A::ServiceProviderId))
                    .col(uuid_null(A::QueueKey))
                    .col(timestamp_with_time_zone_null(A::Cutoff))
                    .col(text_null(A::DecisionReason))
                    .col(timestamp_with_time_zone_null(A::SubmittedAt))
                    .col(timestamp_with_time_zone_null(A::DecidedAt))
                    .col(uuid_null(A::DecidedBy))
                    .col(uuid_null(A::CreatedBy))
                    .col(timestamp_with_time_zone(A::CreatedAt))
                    .col(timestamp_with_time_zone(A::UpdatedAt))
                    .foreign_key(&mut fk(
                        "voucher_application_program_fk",
                        (A::Table, A::ProgramId),
                        (VoucherProgram::Table, VoucherProgram::Id),
                    ))
                    .foreign_key(&mut fk(
                        "voucher_application_organisation_fk",
                        (A::Table, A::OrganisationId),
                        (Organisation::Table, Organisation::Id),
                    ))
                    .foreign_key(&mut fk(
                        "voucher_application_service_provider_fk",
                        (A::Table, A::ServiceProviderId),
                        (Organisation::Table, Organisation::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "voucher_application_org_idx",
                vec![A::OrganisationId, A::Id],
            ),
            (
                "voucher_application_queue_idx",
                vec![A::MemberState, A::Status, A::QueueKey],
            ),
            (
                "voucher_application_program_idx",
                vec![A::ProgramId, A::Status],
            ),
        ] {
            let mut idx = Index::create().name(name).table(A::Table).to_owned();
            for c in cols {
                idx.col(c);
            }
            manager.create_index(idx).await?;
        }

        use Voucher as V;
        manager
            .create_table(
                Table::create()
                    .table(V::Table)
                    .col(uuid(V::Id).primary_key())
                    .col(uuid(V::ApplicationId))
                    .col(uuid(V::ProgramId))
                    .col(uuid(V::OrganisationId))
                    .col(string_len(V::MemberState, 2))
                    .col(uuid_null(V::ServiceProviderId))
                    .col(string_len(V::Code, 20))
                    .col(string_len(V::Status, 20))
                    .col(string_len(V::Currency, 3))
                    .col(big_integer(V::AmountMinor))
                    .col(big_integer(V::PrefinancedMinor))
                    .col(big_integer(V::RedeemedMinor).default(0))
                    .col(timestamp_with_time_zone(V::ExpiresAt))
                    .col(timestamp_with_time_zone(V::IssuedAt))
                    .col(timestamp_with_time_zone_null(V::ClosedAt))
                    .col(text_null(V::CloseReason))
                    .col(timestamp_with_time_zone(V::UpdatedAt))
                    // Never redeemed beyond its amount, whatever the concurrency.
                    .check((
                        "voucher_redeemed_check",
                        Expr::col(V::RedeemedMinor)
                            .gte(0)
                            .and(Expr::col(V::RedeemedMinor).lte(Expr::col(V::AmountMinor)))
                            .and(Expr::col(V::PrefinancedMinor).gte(0))
                            .and(Expr::col(V::PrefinancedMinor).lte(Expr::col(V::AmountMinor))),
                    ))
                    .foreign_key(&mut fk(
                        "voucher_application_fk",
                        (V::Table, V::ApplicationId),
                        (VoucherApplication::Table, VoucherApplication::Id),
                    ))
                    .foreign_key(&mut fk(
                        "voucher_program_fk",
                        (V::Table, V::ProgramId),
                        (VoucherProgram::Table, VoucherProgram::Id),
                    ))
                    .foreign_key(&mut fk(
                        "voucher_organisation_fk",
                        (V::Table, V::OrganisationId),
                        (Organisation::Table, Organisation::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("voucher_code_unique")
                    .table(V::Table)
                    .col(V::Code)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("voucher_application_unique")
                    .table(V::Table)
                    .col(V::ApplicationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("voucher_org_idx")
                    .table(V::Table)
                    .col(V::OrganisationId)
                    .col(V::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("voucher_expiry_idx")
                    .table(V::Table)
                    .col(V::Status)
                    .col(V::ExpiresAt)
                    .to_owned(),
            )
            .await?;

        use Redemption as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(uuid(R::Id).primary_key())
                    .col(uuid(R::VoucherId))
                    .col(uuid(R::ProgramId))
                    .col(string_len(R::MemberState, 2))
                    .col(uuid(R::ServiceProviderId))
                    .col(string_len(R::InvoiceReference, 100))
                    .col(string_len(R::ServiceCategory, 40))
                    .col(string_len(R::Currency, 3))
                    .col(big_integer(R::InvoiceMinor).check(Expr::col(R::InvoiceMinor).gt(0)))
                    .col(big_integer(R::CoveredMinor).check(Expr::col(R::CoveredMinor).gt(0)))
                    .col(big_integer(R::ClinicPaysMinor))
                    .col(big_integer(R::NetPayableMinor))
                    .col(string_len(R::Status, 20))
                    .col(uuid_null(R::CreatedBy))
                    .col(timestamp_with_time_zone(R::CreatedAt))
                    .col(timestamp_with_time_zone_null(R::PaidAt))
                    .col(uuid_null(R::PaidBy))
                    .foreign_key(&mut fk(
                        "redemption_voucher_fk",
                        (R::Table, R::VoucherId),
                        (Voucher::Table, Voucher::Id),
                    ))
                    .foreign_key(&mut fk(
                        "redemption_service_provider_fk",
                        (R::Table, R::ServiceProviderId),
                        (Organisation::Table, Organisation::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("redemption_invoice_unique")
                    .table(R::Table)
                    .col(R::ServiceProviderId)
                    .col(R::InvoiceReference)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("redemption_voucher_idx")
                    .table(R::Table)
                    .col(R::VoucherId)
                    .col(R::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("redemption_state_idx")
                    .table(R::Table)
                    .col(R::MemberState)
                    .col(R::Status)
                    .col(R::Id)
                    .to_owned(),
            )
            .await?;

        use Notification as N;
        manager
            .create_table(
                Table::create()
                    .table(N::Table)
                    .col(uuid(N::Id).primary_key())
                    .col(uuid(N::OrganisationId))
                    .col(string_len(N::Kind, 40))
                    .col(uuid_null(N::ApplicationId))
                    .col(uuid_null(N::VoucherId))
                    .col(uuid_null(N::RedemptionId))
                    .col(timestamp_with_time_zone(N::CreatedAt))
                    .col(timestamp_with_time_zone_null(N::ReadAt))
                    .foreign_key(&mut fk(
                        "notification_organisation_fk",
                        (N::Table, N::OrganisationId),
                        (Organisation::Table, Organisation::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("notification_org_idx")
                    .table(N::Table)
                    .col(N::OrganisationId)
                    .col(N::Id)
                    .to_owned(),
            )
            .await?;

        // Partial unique indexes: same SQL on both databases.
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE UNIQUE INDEX voucher_application_one_submitted \
             ON voucher_application (program_id, organisation_id) WHERE status = 'SUBMITTED'",
        )
        .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX voucher_one_active \
             ON voucher (program_id, organisation_id) WHERE status IN ('ISSUED', 'PARTIALLY_REDEEMED')",
        )
        .await?;
        Ok(())
    }
}
