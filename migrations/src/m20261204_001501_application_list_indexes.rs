//! Indexes for the agency's lists of applications at volume (issue #15, `docs/benchmarks.md`).
//!
//! An agency sees its member state's submitted applications, newest first
//! (`store::tenancy`: `member_state = ? AND submitted_at IS NOT NULL ORDER BY id DESC`), and each
//! programme's first page of them. Without an index in that order, every page sorted and
//! counted the whole member state's rows (0.4 s at 100,000 applications on SQLite). Partial
//! indexes over the submitted rows give both databases the order and the count from the index
//! alone; the admin's list (every member state) gets its own. Both databases accept
//! `CREATE INDEX … WHERE` and use it when the query repeats the index's condition.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for sql in [
            "CREATE INDEX voucher_application_submitted_state_idx \
             ON voucher_application (member_state, id) WHERE submitted_at IS NOT NULL",
            "CREATE INDEX voucher_application_submitted_programme_idx \
             ON voucher_application (program_id, id, member_state) WHERE submitted_at IS NOT NULL",
            "CREATE INDEX voucher_application_submitted_idx \
             ON voucher_application (id) WHERE submitted_at IS NOT NULL",
        ] {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }
}
