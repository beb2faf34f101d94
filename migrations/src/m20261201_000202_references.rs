//! References people can quote (`docs/vouchers.md`): `reference` on applications (numbered at
//! submission), vouchers (at issue), redemptions (when redeemed) and `payment_reference` on
//! redemptions (when paid), unique per programme; `voucher_reference` on ledger entries, so the
//! ledger names its voucher by reference. `reference_counter` holds, per programme and kind, the
//! last number given: the store increments it with a conditional update inside the transaction
//! that submits or issues, so numbers are gapless in commit order under any concurrency.
//!
//! Rows that exist already are numbered here, in the order they were submitted, issued,
//! redeemed or paid, and the counters start after them.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::prelude::Uuid;
use sea_orm_migration::sea_orm::{ConnectionTrait, QueryResult};
use std::collections::HashMap;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReferenceCounter {
    Table,
    ProgramId,
    Kind,
    Last,
}

#[derive(DeriveIden)]
enum VoucherProgram {
    Table,
    Id,
    MemberState,
    Code,
}

#[derive(DeriveIden)]
enum VoucherApplication {
    Table,
    QueueKey,
    Reference,
}

#[derive(DeriveIden)]
enum Voucher {
    Table,
    IssuedAt,
    Reference,
}

#[derive(DeriveIden)]
enum Redemption {
    Table,
    CreatedAt,
    PaidAt,
    Status,
    Reference,
    PaymentReference,
}

#[derive(DeriveIden)]
enum LedgerEntry {
    Table,
    VoucherReference,
}

/// The reference format of `domain::reference` as of this migration.
fn reference(state: &str, code: &str, letter: &str, n: i64) -> String {
    if code.starts_with(&format!("{state}-")) {
        format!("{code}-{letter}-{n:06}")
    } else {
        format!("{state}-{code}-{letter}-{n:06}")
    }
}

fn uuid_of(row: &QueryResult, col: &str) -> Result<Uuid, DbErr> {
    row.try_get::<Uuid>("", col)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReferenceCounter::Table)
                    .col(uuid(ReferenceCounter::ProgramId))
                    .col(string_len(ReferenceCounter::Kind, 1))
                    .col(big_integer(ReferenceCounter::Last).default(0))
                    .primary_key(
                        Index::create()
                            .col(ReferenceCounter::ProgramId)
                            .col(ReferenceCounter::Kind),
                    )
                    .to_owned(),
            )
            .await?;
        let add = |table: DynIden, col: DynIden| {
            Table::alter()
                .table(table)
                .add_column(ColumnDef::new(col).string_len(64).null())
                .to_owned()
        };
        for stmt in [
            add(
                VoucherApplication::Table.into_iden(),
                VoucherApplication::Reference.into_iden(),
            ),
            add(Voucher::Table.into_iden(), Voucher::Reference.into_iden()),
            add(
                Redemption::Table.into_iden(),
                Redemption::Reference.into_iden(),
            ),
            add(
                Redemption::Table.into_iden(),
                Redemption::PaymentReference.into_iden(),
            ),
            add(
                LedgerEntry::Table.into_iden(),
                LedgerEntry::VoucherReference.into_iden(),
            ),
        ] {
            manager.alter_table(stmt).await?;
        }
        for (name, table, col) in [
            (
                "voucher_application_reference_unique",
                VoucherApplication::Table.into_iden(),
                VoucherApplication::Reference.into_iden(),
            ),
            (
                "voucher_reference_unique",
                Voucher::Table.into_iden(),
                Voucher::Reference.into_iden(),
            ),
            (
                "redemption_reference_unique",
                Redemption::Table.into_iden(),
                Redemption::Reference.into_iden(),
            ),
            (
                "redemption_payment_reference_unique",
                Redemption::Table.into_iden(),
                Redemption::PaymentReference.into_iden(),
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(table)
                        .col(Alias::new("program_id"))
                        .col(col)
                        .unique()
                        .to_owned(),
                )
                .await?;
        }
        self.number_existing_rows(manager).await
    }
}

impl Migration {
    async fn number_existing_rows(&self, manager: &SchemaManager<'_>) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let mut programmes: HashMap<Uuid, (String, String)> = HashMap::new();
        let rows = db
            .query_all(
                Query::select()
                    .columns([
                        VoucherProgram::Id,
                        VoucherProgram::MemberState,
                        VoucherProgram::Code,
                    ])
                    .from(VoucherProgram::Table),
            )
            .await?;
        for row in rows {
            programmes.insert(
                uuid_of(&row, "id")?,
                (
                    row.try_get::<String>("", "member_state")?,
                    row.try_get::<String>("", "code")?,
                ),
            );
        }
        // (letter, table, column to set, order, only where)
        let kinds: [(&str, DynIden, DynIden, DynIden, Option<SimpleExpr>); 4] = [
            (
                "A",
                VoucherApplication::Table.into_iden(),
                VoucherApplication::Reference.into_iden(),
                VoucherApplication::QueueKey.into_iden(),
                Some(Expr::col(VoucherApplication::QueueKey).is_not_null()),
            ),
            (
                "V",
                Voucher::Table.into_iden(),
                Voucher::Reference.into_iden(),
                Voucher::IssuedAt.into_iden(),
                None,
            ),
            (
                "R",
                Redemption::Table.into_iden(),
                Redemption::Reference.into_iden(),
                Redemption::CreatedAt.into_iden(),
                None,
            ),
            (
                "P",
                Redemption::Table.into_iden(),
                Redemption::PaymentReference.into_iden(),
                Redemption::PaidAt.into_iden(),
                Some(Expr::col(Redemption::Status).eq("PAID")),
            ),
        ];
        for (letter, table, set, order, only) in kinds {
            let mut q = Query::select();
            q.column(Alias::new("id"))
                .column(Alias::new("program_id"))
                .from(table.clone())
                .order_by(order, Order::Asc)
                .order_by(Alias::new("id"), Order::Asc);
            if let Some(cond) = only {
                q.and_where(cond);
            }
            let mut last: HashMap<Uuid, i64> = HashMap::new();
            for row in db.query_all(&q).await? {
                let (id, program) = (uuid_of(&row, "id")?, uuid_of(&row, "program_id")?);
                let Some((state, code)) = programmes.get(&program) else {
                    continue;
                };
                let n = last.entry(program).or_insert(0);
                *n += 1;
                let stmt = Query::update()
                    .table(table.clone())
                    .value(set.clone(), reference(state, code, letter, *n))
                    .and_where(Expr::col(Alias::new("id")).eq(id))
                    .to_owned();
                manager.exec_stmt(stmt).await?;
            }
            for (program, n) in last {
                let stmt = Query::insert()
                    .into_table(ReferenceCounter::Table)
                    .columns([
                        ReferenceCounter::ProgramId,
                        ReferenceCounter::Kind,
                        ReferenceCounter::Last,
                    ])
                    .values_panic([program.into(), letter.into(), n.into()])
                    .to_owned();
                manager.exec_stmt(stmt).await?;
            }
        }
        db.execute_unprepared(
            "UPDATE ledger_entry SET voucher_reference = \
             (SELECT reference FROM voucher WHERE voucher.id = ledger_entry.voucher_id) \
             WHERE voucher_id IS NOT NULL",
        )
        .await?;
        Ok(())
    }
}
