//! Four eyes on money (`docs/vouchers.md`): a programme's threshold (`NULL` none, `0` every
//! approval, else the amount in minor units from which a second officer approves), and the
//! recommendation on an application and on a redemption's payment (who, when, for how much).
//!
//! The approving conditional update refuses an approver who is the recommender; a trigger on
//! each table refuses, whatever the statement, an approved application or a paid redemption
//! whose approver is its recommender.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum VoucherProgram {
    Table,
    FourEyesThresholdMinor,
}

#[derive(DeriveIden)]
enum VoucherApplication {
    Table,
    RecommendedBy,
    RecommendedAt,
    RecommendedMinor,
}

#[derive(DeriveIden)]
enum Redemption {
    Table,
    RecommendedBy,
    RecommendedAt,
}

/// `(table, name, condition)` of each four-eyes trigger.
const GUARDS: [(&str, &str, &str); 2] = [
    (
        "voucher_application",
        "voucher_application_four_eyes",
        "NEW.status = 'APPROVED' AND NEW.recommended_by IS NOT NULL AND NEW.decided_by = NEW.recommended_by",
    ),
    (
        "redemption",
        "redemption_four_eyes",
        "NEW.status = 'PAID' AND NEW.recommended_by IS NOT NULL AND NEW.paid_by = NEW.recommended_by",
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        let add =
            |table: DynIden, col: ColumnDef| Table::alter().table(table).add_column(col).to_owned();
        for stmt in [
            add(
                VoucherProgram::Table.into_iden(),
                ColumnDef::new(VoucherProgram::FourEyesThresholdMinor)
                    .big_integer()
                    .null()
                    .to_owned(),
            ),
            add(
                VoucherApplication::Table.into_iden(),
                ColumnDef::new(VoucherApplication::RecommendedBy)
                    .uuid()
                    .null()
                    .to_owned(),
            ),
            add(
                VoucherApplication::Table.into_iden(),
                ColumnDef::new(VoucherApplication::RecommendedAt)
                    .timestamp_with_time_zone()
                    .null()
                    .to_owned(),
            ),
            add(
                VoucherApplication::Table.into_iden(),
                ColumnDef::new(VoucherApplication::RecommendedMinor)
                    .big_integer()
                    .null()
                    .to_owned(),
            ),
            add(
                Redemption::Table.into_iden(),
                ColumnDef::new(Redemption::RecommendedBy)
                    .uuid()
                    .null()
                    .to_owned(),
            ),
            add(
                Redemption::Table.into_iden(),
                ColumnDef::new(Redemption::RecommendedAt)
                    .timestamp_with_time_zone()
                    .null()
                    .to_owned(),
            ),
        ] {
            manager.alter_table(stmt).await?;
        }
        let db = manager.get_connection();
        for (table, name, condition) in GUARDS {
            match manager.get_database_backend() {
                DbBackend::Postgres => {
                    db.execute_unprepared(&format!(
                        "CREATE OR REPLACE FUNCTION {name}() RETURNS trigger \
                         LANGUAGE plpgsql AS $$ BEGIN \
                           RAISE EXCEPTION 'four eyes: the recommending officer cannot approve' \
                           USING ERRCODE = 'check_violation'; \
                         END $$"
                    ))
                    .await?;
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {name} BEFORE UPDATE ON {table} FOR EACH ROW \
                         WHEN ({condition}) EXECUTE FUNCTION {name}()"
                    ))
                    .await?;
                }
                _ => {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {name} BEFORE UPDATE ON {table} FOR EACH ROW \
                         WHEN {condition} \
                         BEGIN SELECT RAISE(ABORT, 'four eyes: the recommending officer cannot approve'); END"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }
}
