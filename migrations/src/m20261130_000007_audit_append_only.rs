//! The audit trail is append-only in the database itself: a trigger refuses every UPDATE and
//! DELETE of `audit_log` (and TRUNCATE on PostgreSQL), whoever asks. With the application's own
//! database role kept from UPDATE and DELETE there too (`cyberhealth db grant`), a fault or an
//! injection in the service cannot rewrite the trail; someone with the owner's rights can still
//! drop the trigger, which the signed checkpoints then show (`docs/audit.md`).
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger \
                     LANGUAGE plpgsql AS $$ BEGIN \
                       RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege'; \
                     END $$",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log \
                     FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log \
                     FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
                )
                .await?;
            }
            _ => {
                for (name, op) in [
                    ("audit_log_append_only_update", "UPDATE"),
                    ("audit_log_append_only_delete", "DELETE"),
                ] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {name} BEFORE {op} ON audit_log \
                         BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }
}
