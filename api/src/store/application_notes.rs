//! An agency's internal notes on an application (issue #17): append-only rows
//! (`application_note`), read only by the application's member state's officers and the admin.
use super::audit::Actor;
use super::ledger::stmt;
use super::write::Audit;
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::audit::member_state_chain;
use domain::member_state::MemberState;
use domain::profile::NoteText;
use sea_orm::{ConnectionTrait, DatabaseConnection, QueryResult};
use uuid::Uuid;

/// One internal note.
#[derive(Debug, Clone)]
pub struct Note {
    pub id: Uuid,
    pub application_id: Uuid,
    pub author_id: Uuid,
    pub author_name: String,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

fn from_row(r: &QueryResult) -> Result<Note, StoreError> {
    Ok(Note {
        id: r.try_get("", "id")?,
        application_id: r.try_get("", "application_id")?,
        author_id: r.try_get("", "author_id")?,
        author_name: r.try_get("", "author_name")?,
        text: r.try_get("", "text")?,
        created_at: r.try_get("", "created_at")?,
    })
}

/// The notes of the applications `ids`, oldest first (one statement for all of them).
pub async fn of_applications(
    db: &DatabaseConnection,
    ids: &[Uuid],
) -> Result<Vec<Note>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT id, application_id, author_id, author_name, text, created_at \
         FROM application_note WHERE application_id IN ({}) ORDER BY created_at, id",
        marks.join(", ")
    );
    let rows = db
        .query_all_raw(stmt(
            db.get_database_backend(),
            &sql,
            ids.iter().map(|id| (*id).into()).collect(),
        ))
        .await?;
    rows.iter().map(from_row).collect()
}

/// Writes a note and its audit row (its length only, never its text) in one transaction.
pub async fn add(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    (application_id, member_state): (Uuid, MemberState),
    (author_id, author_name): (Uuid, &str),
    text: &NoteText,
) -> Result<Note, StoreError> {
    let note = Note {
        id: Uuid::now_v7(),
        application_id,
        author_id,
        author_name: author_name.to_owned(),
        text: text.as_str().to_owned(),
        created_at: now,
    };
    let tx = store.tx(actor, now).await?;
    tx.execute_raw(stmt(
        tx.get_database_backend(),
        "INSERT INTO application_note (id, application_id, author_id, author_name, text, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        vec![
            note.id.into(),
            application_id.into(),
            author_id.into(),
            note.author_name.clone().into(),
            note.text.clone().into(),
            now.into(),
        ],
    ))
    .await?;
    tx.audit(
        Audit::new(
            member_state_chain(member_state),
            "application.note_add",
            "VoucherApplication",
            application_id,
        )
        .detail(serde_json::json!({ "note": note.id, "chars": note.text.chars().count() })),
    )
    .await?;
    tx.commit().await?;
    Ok(note)
}
