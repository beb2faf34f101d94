//! Safe retries (issue #14, `docs/vouchers.md`, "Retrying safely"): the client's idempotency key
//! is kept on the row the operation changes, written by the same conditional update:
//! `voucher_application.decision_key` (approve or reject), `voucher.close_key` (cancel),
//! `redemption.payment_key` (approve the payment) and `redemption.request_key` (the redemption a
//! `redeemVoucher` created, unique per service provider). A retry with the same key finds its
//! own earlier change there and replays it instead of failing or doing it twice.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum VoucherApplication {
    Table,
    DecisionKey,
}

#[derive(DeriveIden)]
enum Voucher {
    Table,
    CloseKey,
}

#[derive(DeriveIden)]
enum Redemption {
    Table,
    ServiceProviderId,
    PaymentKey,
    RequestKey,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let key = |col: DynIden| ColumnDef::new(col).string_len(100).null().to_owned();
        manager
            .alter_table(
                Table::alter()
                    .table(VoucherApplication::Table)
                    .add_column(key(VoucherApplication::DecisionKey.into_iden()))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Voucher::Table)
                    .add_column(key(Voucher::CloseKey.into_iden()))
                    .to_owned(),
            )
            .await?;
        for col in [Redemption::PaymentKey, Redemption::RequestKey] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Redemption::Table)
                        .add_column(key(col.into_iden()))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("redemption_request_key_unique")
                    .table(Redemption::Table)
                    .col(Redemption::ServiceProviderId)
                    .col(Redemption::RequestKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }
}
