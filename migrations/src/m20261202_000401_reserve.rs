//! The EU Cybersecurity Reserve (Regulation (EU) 2025/38, Art. 14–17; `docs/reserve.md`):
//! - `reserve_provider`: a verified service provider flagged as a trusted Reserve MSSP, with the
//!   member states and languages it covers (`,DE,FR,` and `,de,fr,`: sets in one column);
//! - `reserve_capacity`: a provider's balances per quarter, kept by conditional updates whose
//!   CHECKs say no pool's free days go below zero (an assignment reserves in ONE conditional
//!   update, so concurrent assignments never over-reserve);
//! - `reserve_capacity_entry`: the append-only capacity ledger (`PRECOMMIT`, `RESERVE`,
//!   `RELEASE`, `CONSUME`, `CONVERT_TO_PREPAREDNESS`; triggers refuse UPDATE and DELETE);
//! - `reserve_request`: a clinic's request and its state, with `version` for optimistic changes;
//! - `reserve_engagement`: a provider's engagement on a request (reserved and consumed days),
//!   and `reserve_delivery_log` its logged service-days;
//! - `reserve_priority_override`: ENISA's overrides of the queue, with their justification;
//! - `reserve_summary_report`: the user's summary report (one per request).
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        let (uuid, at, boolean) = match backend {
            DbBackend::Postgres => ("UUID", "TIMESTAMPTZ", "BOOLEAN"),
            _ => ("BLOB", "TEXT", "INTEGER"),
        };
        let tables = [
            format!(
                "CREATE TABLE reserve_provider (\
                 organisation_id {uuid} PRIMARY KEY REFERENCES organisation(id), \
                 trusted {boolean} NOT NULL, \
                 member_states VARCHAR(200) NOT NULL, \
                 languages VARCHAR(200) NOT NULL, \
                 created_at {at} NOT NULL, \
                 updated_at {at} NOT NULL)"
            ),
            format!(
                "CREATE TABLE reserve_capacity (\
                 provider_id {uuid} NOT NULL REFERENCES reserve_provider(organisation_id), \
                 quarter VARCHAR(7) NOT NULL, \
                 precommitted BIGINT NOT NULL, \
                 converted BIGINT NOT NULL, \
                 response_reserved BIGINT NOT NULL, \
                 response_consumed BIGINT NOT NULL, \
                 preparedness_reserved BIGINT NOT NULL, \
                 preparedness_consumed BIGINT NOT NULL, \
                 updated_at {at} NOT NULL, \
                 PRIMARY KEY (provider_id, quarter), \
                 CONSTRAINT reserve_capacity_response_free CHECK \
                   (precommitted - response_reserved - response_consumed - converted >= 0), \
                 CONSTRAINT reserve_capacity_preparedness_free CHECK \
                   (converted - preparedness_reserved - preparedness_consumed >= 0), \
                 CHECK (response_reserved >= 0 AND response_consumed >= 0 AND \
                   preparedness_reserved >= 0 AND preparedness_consumed >= 0 AND converted >= 0))"
            ),
            format!(
                "CREATE TABLE reserve_request (\
                 id {uuid} PRIMARY KEY, \
                 organisation_id {uuid} NOT NULL REFERENCES organisation(id), \
                 member_state VARCHAR(2) NOT NULL, \
                 incident_id {uuid} NULL REFERENCES incident(id), \
                 zone VARCHAR(64) NOT NULL, \
                 status VARCHAR(16) NOT NULL, \
                 kind VARCHAR(16) NOT NULL, \
                 content TEXT NOT NULL, \
                 language VARCHAR(2) NULL, \
                 entity_type VARCHAR(16) NULL, \
                 impact VARCHAR(16) NOT NULL, \
                 total_days BIGINT NOT NULL, \
                 severity VARCHAR(16) NULL, \
                 spill_over VARCHAR(16) NULL, \
                 endorsement_note TEXT NULL, \
                 decline_reason TEXT NULL, \
                 provider_id {uuid} NULL REFERENCES reserve_provider(organisation_id), \
                 engagement_id {uuid} NULL, \
                 summary_report_months INTEGER NULL, \
                 delivery_ended_at {at} NULL, \
                 created_by {uuid} NOT NULL, \
                 created_at {at} NOT NULL, \
                 submitted_at {at} NULL, \
                 endorsed_at {at} NULL, \
                 decided_by {uuid} NULL, \
                 triaged_at {at} NULL, \
                 reported_at {at} NULL, \
                 closed_at {at} NULL, \
                 updated_at {at} NOT NULL, \
                 version BIGINT NOT NULL)"
            ),
            "CREATE INDEX reserve_request_organisation ON reserve_request (organisation_id, status)"
                .to_owned(),
            "CREATE INDEX reserve_request_member_state ON reserve_request (member_state, status)"
                .to_owned(),
            "CREATE INDEX reserve_request_provider ON reserve_request (provider_id, status)"
                .to_owned(),
            format!(
                "CREATE TABLE reserve_engagement (\
                 id {uuid} PRIMARY KEY, \
                 request_id {uuid} NOT NULL REFERENCES reserve_request(id), \
                 provider_id {uuid} NOT NULL REFERENCES reserve_provider(organisation_id), \
                 quarter VARCHAR(7) NOT NULL, \
                 pool VARCHAR(16) NOT NULL, \
                 status VARCHAR(16) NOT NULL, \
                 reserved_days BIGINT NOT NULL, \
                 consumed_days BIGINT NOT NULL, \
                 assigned_at {at} NOT NULL, \
                 assigned_by {uuid} NOT NULL, \
                 responded_at {at} NULL, \
                 completed_at {at} NULL, \
                 CHECK (consumed_days >= 0 AND consumed_days <= reserved_days))"
            ),
            "CREATE INDEX reserve_engagement_request ON reserve_engagement (request_id)".to_owned(),
            format!(
                "CREATE TABLE reserve_delivery_log (\
                 id {uuid} PRIMARY KEY, \
                 engagement_id {uuid} NOT NULL REFERENCES reserve_engagement(id), \
                 request_id {uuid} NOT NULL REFERENCES reserve_request(id), \
                 days BIGINT NOT NULL, \
                 note TEXT NULL, \
                 logged_at {at} NOT NULL, \
                 logged_by {uuid} NOT NULL, \
                 CHECK (days > 0))"
            ),
            "CREATE INDEX reserve_delivery_log_request ON reserve_delivery_log (request_id, logged_at)"
                .to_owned(),
            format!(
                "CREATE TABLE reserve_capacity_entry (\
                 id {uuid} PRIMARY KEY, \
                 provider_id {uuid} NOT NULL REFERENCES reserve_provider(organisation_id), \
                 quarter VARCHAR(7) NOT NULL, \
                 kind VARCHAR(32) NOT NULL, \
                 pool VARCHAR(16) NOT NULL, \
                 days BIGINT NOT NULL, \
                 request_id {uuid} NULL REFERENCES reserve_request(id), \
                 recorded_at {at} NOT NULL, \
                 recorded_by {uuid} NULL, \
                 CHECK (days > 0))"
            ),
            "CREATE INDEX reserve_capacity_entry_provider ON reserve_capacity_entry (provider_id, quarter, id)"
                .to_owned(),
            format!(
                "CREATE TABLE reserve_priority_override (\
                 id {uuid} PRIMARY KEY, \
                 request_id {uuid} NOT NULL REFERENCES reserve_request(id), \
                 direction VARCHAR(16) NOT NULL, \
                 justification TEXT NOT NULL, \
                 made_at {at} NOT NULL, \
                 made_by {uuid} NOT NULL)"
            ),
            "CREATE INDEX reserve_priority_override_request ON reserve_priority_override (request_id, made_at)"
                .to_owned(),
            format!(
                "CREATE TABLE reserve_summary_report (\
                 request_id {uuid} PRIMARY KEY REFERENCES reserve_request(id), \
                 service_provided TEXT NOT NULL, \
                 results TEXT NOT NULL, \
                 lessons_learned TEXT NOT NULL, \
                 submitted_at {at} NOT NULL, \
                 submitted_by {uuid} NOT NULL)"
            ),
        ];
        for sql in tables {
            db.execute_unprepared(&sql).await?;
        }
        // The capacity ledger is append-only, like the audit trail.
        match backend {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE OR REPLACE FUNCTION reserve_capacity_entry_append_only() RETURNS trigger \
                     LANGUAGE plpgsql AS $$ BEGIN \
                       RAISE EXCEPTION 'the capacity ledger is append-only' USING ERRCODE = 'insufficient_privilege'; \
                     END $$",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER reserve_capacity_entry_append_only BEFORE UPDATE OR DELETE \
                     ON reserve_capacity_entry FOR EACH ROW \
                     EXECUTE FUNCTION reserve_capacity_entry_append_only()",
                )
                .await?;
            }
            _ => {
                for (name, op) in [
                    ("reserve_capacity_entry_no_update", "UPDATE"),
                    ("reserve_capacity_entry_no_delete", "DELETE"),
                ] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {name} BEFORE {op} ON reserve_capacity_entry \
                         BEGIN SELECT RAISE(ABORT, 'the capacity ledger is append-only'); END"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }
}
