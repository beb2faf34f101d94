//! Voucher programmes and their append-only funds ledger. Money is integer minor units.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum VoucherProgram {
    Table,
    Id,
    MemberState,
    Code,
    Status,
    Currency,
    Names,
    Descriptions,
    MinVoucherMinor,
    MaxVoucherMinor,
    AidIntensityBp,
    PrefinancingBp,
    SmeCategories,
    HealthcareTypes,
    Nis2Classes,
    ServiceCategories,
    OpensAt,
    ClosesAt,
    Cutoffs,
    ValidityDays,
    DeMinimis,
    AllocatedMinor,
    CommittedMinor,
    DisbursedMinor,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LedgerEntry {
    Table,
    Id,
    ProgramId,
    Kind,
    AmountMinor,
    Currency,
    Reference,
    VoucherId,
    IdempotencyKey,
    ActorId,
    AllocatedAfter,
    CommittedAfter,
    DisbursedAfter,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MemberState {
    Table,
    Code,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(VoucherProgram::Table)
                    .col(uuid(VoucherProgram::Id).primary_key())
                    .col(string_len(VoucherProgram::MemberState, 2))
                    .col(string_len(VoucherProgram::Code, 32))
                    .col(string_len(VoucherProgram::Status, 16))
                    .col(string_len(VoucherProgram::Currency, 3))
                    .col(text(VoucherProgram::Names))
                    .col(text(VoucherProgram::Descriptions))
                    .col(big_integer(VoucherProgram::MinVoucherMinor))
                    .col(big_integer(VoucherProgram::MaxVoucherMinor))
                    .col(integer(VoucherProgram::AidIntensityBp))
                    .col(integer_null(VoucherProgram::PrefinancingBp))
                    .col(text(VoucherProgram::SmeCategories))
                    .col(text(VoucherProgram::HealthcareTypes))
                    .col(text(VoucherProgram::Nis2Classes))
                    .col(text(VoucherProgram::ServiceCategories))
                    .col(timestamp_with_time_zone(VoucherProgram::OpensAt))
                    .col(timestamp_with_time_zone(VoucherProgram::ClosesAt))
                    .col(text(VoucherProgram::Cutoffs))
                    .col(integer(VoucherProgram::ValidityDays))
                    .col(boolean(VoucherProgram::DeMinimis))
                    .col(big_integer(VoucherProgram::AllocatedMinor).default(0))
                    .col(big_integer(VoucherProgram::CommittedMinor).default(0))
                    .col(big_integer(VoucherProgram::DisbursedMinor).default(0))
                    .col(timestamp_with_time_zone(VoucherProgram::CreatedAt))
                    .col(timestamp_with_time_zone(VoucherProgram::UpdatedAt))
                    // The funds invariant, enforced by the database as well as by the
                    // conditional updates: nothing negative, never more out than in.
                    .check((
                        "voucher_program_funds_check",
                        Expr::col(VoucherProgram::CommittedMinor)
                            .gte(0)
                            .and(Expr::col(VoucherProgram::DisbursedMinor).gte(0))
                            .and(
                                Expr::col(VoucherProgram::AllocatedMinor)
                                    .sub(Expr::col(VoucherProgram::CommittedMinor))
                                    .sub(Expr::col(VoucherProgram::DisbursedMinor))
                                    .gte(0),
                            ),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("voucher_program_member_state_fk")
                            .from(VoucherProgram::Table, VoucherProgram::MemberState)
                            .to(MemberState::Table, MemberState::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("voucher_program_code_unique")
                    .table(VoucherProgram::Table)
                    .col(VoucherProgram::MemberState)
                    .col(VoucherProgram::Code)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("voucher_program_status_idx")
                    .table(VoucherProgram::Table)
                    .col(VoucherProgram::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LedgerEntry::Table)
                    .col(uuid(LedgerEntry::Id).primary_key())
                    .col(uuid(LedgerEntry::ProgramId))
                    .col(string_len(LedgerEntry::Kind, 16))
                    .col(
                        big_integer(LedgerEntry::AmountMinor)
                            .check(Expr::col(LedgerEntry::AmountMinor).gt(0)),
                    )
                    .col(string_len(LedgerEntry::Currency, 3))
                    .col(string_len(LedgerEntry::Reference, 200))
                    .col(uuid_null(LedgerEntry::VoucherId))
                    .col(string_len_null(LedgerEntry::IdempotencyKey, 100))
                    .col(uuid_null(LedgerEntry::ActorId))
                    .col(big_integer(LedgerEntry::AllocatedAfter))
                    .col(big_integer(LedgerEntry::CommittedAfter))
                    .col(big_integer(LedgerEntry::DisbursedAfter))
                    .col(timestamp_with_time_zone(LedgerEntry::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("ledger_entry_program_fk")
                            .from(LedgerEntry::Table, LedgerEntry::ProgramId)
                            .to(VoucherProgram::Table, VoucherProgram::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ledger_entry_idempotency_unique")
                    .table(LedgerEntry::Table)
                    .col(LedgerEntry::ProgramId)
                    .col(LedgerEntry::IdempotencyKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ledger_entry_program_idx")
                    .table(LedgerEntry::Table)
                    .col(LedgerEntry::ProgramId)
                    .col(LedgerEntry::Id)
                    .to_owned(),
            )
            .await
    }
}
