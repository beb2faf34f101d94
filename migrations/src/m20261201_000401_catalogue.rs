//! The support centre's catalogue (`docs/catalogue.md`): items with their workflow state,
//! immutable numbered versions, the texts of each version per language, ENISA's controlled
//! topic list, and the full-text index of what the public sees, in each database's own engine:
//! an FTS5 table on SQLite, a `tsvector` column with a GIN index on PostgreSQL (built with the
//! language's text-search configuration, `simple` where PostgreSQL has none).
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

/// The topics the catalogue starts with.
const TOPICS: [&str; 14] = [
    "ransomware",
    "backups",
    "phishing",
    "medical-devices",
    "incident-response",
    "procurement",
    "awareness",
    "network-security",
    "cloud",
    "identity-access",
    "supply-chain",
    "risk-management",
    "threat-intelligence",
    "patient-data",
];

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Column types by backend: `(uuid, instant, boolean)`.
fn types(backend: DbBackend) -> (&'static str, &'static str, &'static str) {
    match backend {
        DbBackend::Postgres => ("UUID", "TIMESTAMPTZ", "BOOLEAN"),
        _ => ("BLOB", "TEXT", "INTEGER"),
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        let (uuid, at, boolean) = types(backend);
        let tables = [
            "CREATE TABLE catalogue_topic (code VARCHAR(48) PRIMARY KEY, created_at {at} NOT NULL)"
                .to_owned(),
            format!(
                "CREATE TABLE catalogue_item (\
                 id {uuid} PRIMARY KEY, \
                 kind VARCHAR(32) NOT NULL, \
                 status VARCHAR(16) NOT NULL, \
                 owner_organisation_id {uuid} NULL REFERENCES organisation(id), \
                 provider_member_state VARCHAR(2) NULL, \
                 is_public {boolean} NOT NULL, \
                 suspended {boolean} NOT NULL, \
                 revision INTEGER NOT NULL, \
                 state TEXT NOT NULL, \
                 published_version INTEGER NULL, \
                 first_published_at {at} NULL, \
                 published_at {at} NULL, \
                 original_language VARCHAR(2) NOT NULL, \
                 languages VARCHAR(120) NOT NULL, \
                 priorities VARCHAR(120) NOT NULL, \
                 topics TEXT NOT NULL, \
                 audience_types VARCHAR(200) NOT NULL, \
                 service_categories TEXT NOT NULL, \
                 service_member_states VARCHAR(120) NOT NULL, \
                 created_at {at} NOT NULL, \
                 updated_at {at} NOT NULL)"
            ),
            "CREATE INDEX catalogue_item_public ON catalogue_item (is_public, published_at)"
                .to_owned(),
            "CREATE INDEX catalogue_item_owner ON catalogue_item (owner_organisation_id)"
                .to_owned(),
            format!(
                "CREATE TABLE catalogue_version (\
                 item_id {uuid} NOT NULL REFERENCES catalogue_item(id), \
                 number INTEGER NOT NULL, \
                 content TEXT NOT NULL, \
                 change_note TEXT NOT NULL, \
                 published_at {at} NOT NULL, \
                 PRIMARY KEY (item_id, number))"
            ),
            format!(
                "CREATE TABLE catalogue_translation (\
                 item_id {uuid} NOT NULL, \
                 version INTEGER NOT NULL, \
                 language VARCHAR(2) NOT NULL, \
                 title TEXT NOT NULL, \
                 summary TEXT NOT NULL, \
                 body TEXT NOT NULL, \
                 PRIMARY KEY (item_id, version, language), \
                 FOREIGN KEY (item_id, version) REFERENCES catalogue_version(item_id, number))"
            ),
        ];
        for sql in tables {
            db.execute_unprepared(&sql.replace("{at}", at)).await?;
        }
        // ENISA's first controlled list of topics; more are added with `defineCatalogueTopic`.
        for code in TOPICS {
            db.execute_unprepared(&format!(
                "INSERT INTO catalogue_topic (code, created_at) VALUES ('{code}', CURRENT_TIMESTAMP)"
            ))
            .await?;
        }
        match backend {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE TABLE catalogue_search (\
                     item_id UUID NOT NULL REFERENCES catalogue_item(id), \
                     language VARCHAR(2) NOT NULL, \
                     config VARCHAR(32) NOT NULL, \
                     title TEXT NOT NULL, \
                     summary TEXT NOT NULL, \
                     body TEXT NOT NULL, \
                     tsv TSVECTOR NOT NULL, \
                     PRIMARY KEY (item_id, language))",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE INDEX catalogue_search_tsv ON catalogue_search USING GIN (tsv)",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE catalogue_search USING fts5(\
                     title, summary, body, item_id UNINDEXED, language UNINDEXED, \
                     tokenize = 'unicode61 remove_diacritics 2')",
                )
                .await?;
            }
        }
        Ok(())
    }
}
