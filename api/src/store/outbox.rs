//! The e-mail outbox (issue #17): an e-mail is a row written by [`enqueue`] inside the
//! transaction of the change that causes it, so it exists exactly when the change does. The
//! mail job ([`crate::jobs::mail`]) claims due rows with a lease, one conditional update per
//! row, so that of several server processes only one holds a row at a time; it marks a row
//! `SENT` after the SMTP server accepted it, or gives the lease back with the next attempt's
//! time (exponential backoff, `domain::email::next_attempt`). After
//! `domain::email::MAX_ATTEMPTS` failures the row stays as `FAILED` for the admin to see.
use super::StoreError;
use super::ledger::stmt;
use chrono::{DateTime, Duration, Utc};
use domain::email::{MAX_ATTEMPTS, Mail, MailLanguage, next_attempt};
use sea_orm::{ConnectionTrait, DatabaseConnection, QueryResult, Value};
use uuid::Uuid;

/// One e-mail as the outbox keeps it.
#[derive(Debug, Clone)]
pub struct OutboxEmail {
    pub id: Uuid,
    pub recipient: String,
    pub language: String,
    pub kind: String,
    pub subject: String,
    pub body: String,
    /// `PENDING`, `SENT` or `FAILED` (given up after the maximum attempts).
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

const COLUMNS: &str = "id, recipient, language, kind, subject, body, status, attempts, \
                       next_attempt_at, last_error, created_at, sent_at";

fn row(r: &QueryResult) -> Result<OutboxEmail, StoreError> {
    Ok(OutboxEmail {
        id: r.try_get("", "id")?,
        recipient: r.try_get("", "recipient")?,
        language: r.try_get("", "language")?,
        kind: r.try_get("", "kind")?,
        subject: r.try_get("", "subject")?,
        body: r.try_get("", "body")?,
        status: r.try_get("", "status")?,
        attempts: r.try_get("", "attempts")?,
        next_attempt_at: r.try_get("", "next_attempt_at")?,
        last_error: r.try_get("", "last_error")?,
        created_at: r.try_get("", "created_at")?,
        sent_at: r.try_get("", "sent_at")?,
    })
}

/// Writes `mail` to `recipient` in `language` into the outbox, inside the caller's
/// transaction; due at once.
pub async fn enqueue<C: ConnectionTrait>(
    conn: &C,
    recipient: &str,
    language: MailLanguage,
    mail: &Mail,
    now: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    let (subject, body) = mail.render(language);
    let id = Uuid::now_v7();
    conn.execute_raw(stmt(
        conn.get_database_backend(),
        "INSERT INTO email_outbox (id, recipient, language, kind, subject, body, status, \
         attempts, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'PENDING', 0, $7, $7)",
        vec![
            id.into(),
            recipient.into(),
            language.code().into(),
            mail.kind().into(),
            subject.into(),
            body.into(),
            now.into(),
        ],
    ))
    .await?;
    Ok(id)
}

/// Claims up to `limit` due e-mails for `owner` until `now + lease`: each by one conditional
/// update that only one process can win (a row is due, pending, and not leased by anyone).
pub async fn claim_due(
    db: &DatabaseConnection,
    owner: &str,
    now: DateTime<Utc>,
    lease: Duration,
    limit: u64,
) -> Result<Vec<OutboxEmail>, StoreError> {
    let backend = db.get_database_backend();
    let limit = i64::try_from(limit).unwrap_or(100);
    let due = db
        .query_all_raw(stmt(
            backend,
            &format!(
                "SELECT {COLUMNS} FROM email_outbox WHERE status = 'PENDING' \
                 AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1) \
                 ORDER BY next_attempt_at, id LIMIT $2"
            ),
            vec![now.into(), limit.into()],
        ))
        .await?;
    let mut claimed = Vec::new();
    for r in &due {
        let mail = row(r)?;
        let won = db
            .execute_raw(stmt(
                backend,
                "UPDATE email_outbox SET lease_owner = $2, lease_until = $3, \
                 attempts = attempts + 1 \
                 WHERE id = $1 AND status = 'PENDING' AND attempts = $4 \
                 AND (lease_until IS NULL OR lease_until <= $5)",
                vec![
                    mail.id.into(),
                    owner.into(),
                    (now + lease).into(),
                    mail.attempts.into(),
                    now.into(),
                ],
            ))
            .await?
            .rows_affected();
        if won == 1 {
            claimed.push(OutboxEmail {
                attempts: mail.attempts + 1,
                ..mail
            });
        }
    }
    Ok(claimed)
}

/// The SMTP server accepted the e-mail: it is `SENT` (only by the lease's holder).
pub async fn mark_sent(
    db: &DatabaseConnection,
    id: Uuid,
    owner: &str,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let done = db
        .execute_raw(stmt(
            db.get_database_backend(),
            "UPDATE email_outbox SET status = 'SENT', sent_at = $3, lease_owner = NULL, \
             lease_until = NULL, last_error = NULL WHERE id = $1 AND lease_owner = $2 \
             AND status = 'PENDING'",
            vec![id.into(), owner.into(), now.into()],
        ))
        .await?
        .rows_affected();
    Ok(done == 1)
}

/// Sending failed: the lease is given back and the next attempt scheduled with backoff, or,
/// after the last attempt, the e-mail is kept as `FAILED`.
pub async fn mark_failed(
    db: &DatabaseConnection,
    mail: &OutboxEmail,
    owner: &str,
    error: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let status = if mail.attempts >= MAX_ATTEMPTS {
        "FAILED"
    } else {
        "PENDING"
    };
    let error: String = error.chars().take(500).collect();
    db.execute_raw(stmt(
        db.get_database_backend(),
        "UPDATE email_outbox SET status = $3, next_attempt_at = $4, last_error = $5, \
         lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2",
        vec![
            mail.id.into(),
            owner.into(),
            status.into(),
            next_attempt(mail.attempts, now).into(),
            error.into(),
        ],
    ))
    .await?;
    Ok(())
}

/// The outbox, newest first, optionally one status only (the admin's page).
pub async fn list(
    db: &DatabaseConnection,
    status: Option<&str>,
    limit: u64,
) -> Result<Vec<OutboxEmail>, StoreError> {
    let limit = i64::try_from(limit).unwrap_or(100);
    let (filter, values): (&str, Vec<Value>) = match status {
        Some(s) => ("WHERE status = $2", vec![limit.into(), s.into()]),
        None => ("", vec![limit.into()]),
    };
    db.query_all_raw(stmt(
        db.get_database_backend(),
        &format!(
            "SELECT {COLUMNS} FROM email_outbox {filter} ORDER BY created_at DESC, id DESC LIMIT $1"
        ),
        values,
    ))
    .await?
    .iter()
    .map(row)
    .collect()
}

/// Writes `mail` to every active account of `organisation`, each in its own language, inside
/// the caller's transaction.
pub async fn to_organisation<C: ConnectionTrait>(
    conn: &C,
    organisation: Uuid,
    mail: &Mail,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let rows = conn
        .query_all_raw(stmt(
            conn.get_database_backend(),
            "SELECT email, language FROM app_user WHERE organisation_id = $1 AND active = $2 \
             ORDER BY email",
            vec![organisation.into(), true.into()],
        ))
        .await?;
    to_rows(conn, &rows, mail, now).await
}

/// Writes `mail` to every active officer of the national agencies of `member_state` (who
/// review its applications), inside the caller's transaction.
pub async fn to_agency<C: ConnectionTrait>(
    conn: &C,
    member_state: domain::member_state::MemberState,
    mail: &Mail,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let rows = conn
        .query_all_raw(stmt(
            conn.get_database_backend(),
            "SELECT u.email, u.language FROM app_user u JOIN organisation o \
             ON o.id = u.organisation_id WHERE o.member_state = $1 AND o.kind = $2 \
             AND u.role = $3 AND u.active = $4 ORDER BY u.email",
            vec![
                member_state.code().into(),
                domain::organisation::OrganisationKind::Agency
                    .as_str()
                    .into(),
                domain::account::Role::AgencyOfficer.as_str().into(),
                true.into(),
            ],
        ))
        .await?;
    to_rows(conn, &rows, mail, now).await
}

async fn to_rows<C: ConnectionTrait>(
    conn: &C,
    rows: &[QueryResult],
    mail: &Mail,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    for r in rows {
        let email: String = r.try_get("", "email")?;
        let language: String = r.try_get("", "language")?;
        enqueue(conn, &email, MailLanguage::or_english(&language), mail, now).await?;
    }
    Ok(())
}
