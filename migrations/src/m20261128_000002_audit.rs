//! The hash-chained audit trail: one row per event, one head per chain.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditChain {
    Table,
    Chain,
    Seq,
    HeadHash,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    Chain,
    Seq,
    PrevHash,
    Hash,
    At,
    ActorId,
    ActorRole,
    Scope,
    Action,
    ObjectType,
    ObjectId,
    Outcome,
    Detail,
    RequestId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditChain::Table)
                    .col(string_len(AuditChain::Chain, 16).primary_key())
                    .col(big_integer(AuditChain::Seq))
                    .col(string_len(AuditChain::HeadHash, 64))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(uuid(AuditLog::Id).primary_key())
                    .col(string_len(AuditLog::Chain, 16))
                    .col(big_integer(AuditLog::Seq))
                    .col(string_len(AuditLog::PrevHash, 64))
                    .col(string_len(AuditLog::Hash, 64))
                    .col(timestamp_with_time_zone(AuditLog::At))
                    .col(uuid_null(AuditLog::ActorId))
                    .col(string_len_null(AuditLog::ActorRole, 32))
                    .col(string_len(AuditLog::Scope, 64))
                    .col(string_len(AuditLog::Action, 64))
                    .col(string_len(AuditLog::ObjectType, 64))
                    .col(string_len_null(AuditLog::ObjectId, 64))
                    .col(string_len(AuditLog::Outcome, 16))
                    .col(text(AuditLog::Detail))
                    .col(string_len(AuditLog::RequestId, 64))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_log_chain_seq_unique")
                    .table(AuditLog::Table)
                    .col(AuditLog::Chain)
                    .col(AuditLog::Seq)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_log_at_idx")
                    .table(AuditLog::Table)
                    .col(AuditLog::At)
                    .to_owned(),
            )
            .await
    }
}
