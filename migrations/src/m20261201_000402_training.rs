//! Training sessions of `TRAINING_COURSE` items and their enrolments (`docs/catalogue.md`).
//! A session row carries its seat counters and the next waitlist ticket; every enrolment,
//! cancellation and promotion changes them in the same transaction, with the session row
//! locked, so seats are never overbooked.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let (uuid, at, boolean) = match manager.get_database_backend() {
            DbBackend::Postgres => ("UUID", "TIMESTAMPTZ", "BOOLEAN"),
            _ => ("BLOB", "TEXT", "INTEGER"),
        };
        let tables = [
            format!(
                "CREATE TABLE training_session (\
                 id {uuid} PRIMARY KEY, \
                 item_id {uuid} NOT NULL REFERENCES catalogue_item(id), \
                 starts_at {at} NOT NULL, \
                 ends_at {at} NOT NULL, \
                 time_zone VARCHAR(64) NOT NULL, \
                 online {boolean} NOT NULL, \
                 place VARCHAR(300) NULL, \
                 language VARCHAR(2) NOT NULL, \
                 capacity INTEGER NOT NULL, \
                 enrolment_opens_at {at} NOT NULL, \
                 enrolment_closes_at {at} NOT NULL, \
                 seats_per_organisation INTEGER NULL, \
                 enrolled INTEGER NOT NULL, \
                 waitlisted INTEGER NOT NULL, \
                 next_ticket BIGINT NOT NULL, \
                 created_at {at} NOT NULL, \
                 updated_at {at} NOT NULL, \
                 CHECK (enrolled >= 0 AND enrolled <= capacity AND waitlisted >= 0))"
            ),
            "CREATE INDEX training_session_item ON training_session (item_id, starts_at)"
                .to_owned(),
            format!(
                "CREATE TABLE enrolment (\
                 id {uuid} PRIMARY KEY, \
                 session_id {uuid} NOT NULL REFERENCES training_session(id), \
                 organisation_id {uuid} NOT NULL REFERENCES organisation(id), \
                 name VARCHAR(200) NOT NULL, \
                 email VARCHAR(254) NOT NULL, \
                 status VARCHAR(16) NOT NULL, \
                 ticket BIGINT NOT NULL, \
                 attendance VARCHAR(16) NULL, \
                 marked_at {at} NULL, \
                 completed_at {at} NULL, \
                 created_at {at} NOT NULL, \
                 updated_at {at} NOT NULL, \
                 UNIQUE (session_id, ticket))"
            ),
            "CREATE INDEX enrolment_session ON enrolment (session_id, status, ticket)".to_owned(),
            "CREATE INDEX enrolment_organisation ON enrolment (organisation_id, status)".to_owned(),
        ];
        for sql in tables {
            db.execute_unprepared(&sql).await?;
        }
        Ok(())
    }
}
