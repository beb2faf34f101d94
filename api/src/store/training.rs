//! Training sessions and enrolments. Every enrolment, cancellation and promotion runs in one
//! write transaction with the session row locked (`SELECT … FOR UPDATE` on PostgreSQL; SQLite
//! write transactions are `BEGIN IMMEDIATE`, one writer at a time), so the seat counters and the
//! waitlist order are decided on what is committed: seats are never overbooked.
use super::audit::Actor;
use super::catalogue::statement;
use super::notifications::{Kind, Subject, notify};
use super::write::Audit;
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::language::Language;
use domain::training::{
    Attendance, AttendanceRecord, Delivery, EnrolmentStatus, EnrolmentWindow, Participant, Place,
    SeatCounts, SeatDecision, Session, TimeZoneName, TrainingError, Waiting,
};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, QueryResult, Value};
use std::collections::BTreeMap;
use uuid::Uuid;

/// A session with its seat counters.
#[derive(Debug, Clone)]
pub struct TrainingSession {
    pub id: Uuid,
    pub item_id: Uuid,
    pub session: Session,
    pub enrolled: u32,
    pub waitlisted: u32,
}

/// An enrolment with its place in line (waitlisted only: 1 is next).
#[derive(Debug, Clone)]
pub struct Enrolment {
    pub id: Uuid,
    pub session_id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    pub email: String,
    pub status: EnrolmentStatus,
    pub position: Option<u32>,
    pub attendance: Option<AttendanceRecord>,
    pub created_at: DateTime<Utc>,
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("training: bad {what}"))
}

const SESSION_COLUMNS: &str = "id, item_id, starts_at, ends_at, time_zone, online, place, \
     language, capacity, enrolment_opens_at, enrolment_closes_at, seats_per_organisation, \
     enrolled, waitlisted";

fn session_of(r: &QueryResult) -> Result<TrainingSession, StoreError> {
    let place: Option<String> = r.try_get("", "place")?;
    let online: bool = r.try_get("", "online")?;
    let count = |c: &str| -> Result<u32, StoreError> {
        u32::try_from(r.try_get::<i32>("", c)?).map_err(|_| corrupt(c))
    };
    Ok(TrainingSession {
        id: r.try_get("", "id")?,
        item_id: r.try_get("", "item_id")?,
        session: Session {
            starts_at: r.try_get("", "starts_at")?,
            ends_at: r.try_get("", "ends_at")?,
            time_zone: TimeZoneName::parse(&r.try_get::<String>("", "time_zone")?)
                .map_err(|_| corrupt("time zone"))?,
            delivery: match (online, place) {
                (false, Some(p)) => {
                    Delivery::OnSite(Place::parse(&p).map_err(|_| corrupt("place"))?)
                }
                _ => Delivery::Online,
            },
            language: Language::parse(&r.try_get::<String>("", "language")?)
                .map_err(|_| corrupt("language"))?,
            capacity: count("capacity")?,
            window: EnrolmentWindow {
                opens_at: r.try_get("", "enrolment_opens_at")?,
                closes_at: r.try_get("", "enrolment_closes_at")?,
            },
            seats_per_organisation: r
                .try_get::<Option<i32>>("", "seats_per_organisation")?
                .map(|n| u32::try_from(n).map_err(|_| corrupt("cap")))
                .transpose()?,
        },
        enrolled: count("enrolled")?,
        waitlisted: count("waitlisted")?,
    })
}

/// Creates a session with its audit row.
pub async fn create(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    id: Uuid,
    item_id: Uuid,
    s: &Session,
    audit: Audit,
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    let place = match &s.delivery {
        Delivery::OnSite(p) => Some(p.as_str().to_owned()),
        Delivery::Online => None,
    };
    tx.execute_raw(statement(
        tx.get_database_backend(),
        "INSERT INTO training_session (id, item_id, starts_at, ends_at, time_zone, online, place, \
         language, capacity, enrolment_opens_at, enrolment_closes_at, seats_per_organisation, \
         enrolled, waitlisted, next_ticket, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, 0, 1, $13, $13)",
        vec![
            id.into(),
            item_id.into(),
            s.starts_at.into(),
            s.ends_at.into(),
            s.time_zone.as_str().into(),
            place.is_none().into(),
            place.into(),
            s.language.code().into(),
            (s.capacity as i32).into(),
            s.window.opens_at.into(),
            s.window.closes_at.into(),
            s.seats_per_organisation.map(|n| n as i32).into(),
            now.into(),
        ],
    ))
    .await?;
    tx.audit(audit).await?;
    tx.commit().await
}

/// Sessions, soonest first: of one item, or all.
pub async fn list(
    db: &DatabaseConnection,
    item_id: Option<Uuid>,
) -> Result<Vec<TrainingSession>, StoreError> {
    let (filter, values): (&str, Vec<Value>) = match item_id {
        Some(id) => ("WHERE item_id = $1", vec![id.into()]),
        None => ("", vec![]),
    };
    let sql =
        format!("SELECT {SESSION_COLUMNS} FROM training_session {filter} ORDER BY starts_at, id");
    db.query_all_raw(statement(db.get_database_backend(), &sql, values))
        .await?
        .iter()
        .map(session_of)
        .collect()
}

/// One session (locked for update inside a PostgreSQL transaction when `lock`).
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    lock: bool,
) -> Result<Option<TrainingSession>, StoreError> {
    let backend = conn.get_database_backend();
    let lock = if lock && backend == DbBackend::Postgres {
        " FOR UPDATE"
    } else {
        ""
    };
    let sql = format!("SELECT {SESSION_COLUMNS} FROM training_session WHERE id = $1{lock}");
    conn.query_one_raw(statement(backend, &sql, vec![id.into()]))
        .await?
        .as_ref()
        .map(session_of)
        .transpose()
}

const ENROLMENT_COLUMNS: &str = "e.id, e.session_id, e.organisation_id, e.name, e.email, \
     e.status, e.attendance, e.marked_at, e.completed_at, e.created_at, \
     (SELECT COUNT(*) FROM enrolment w WHERE w.session_id = e.session_id \
      AND w.status = 'WAITLISTED' AND w.ticket <= e.ticket) AS position";

fn enrolment_of(r: &QueryResult) -> Result<Enrolment, StoreError> {
    let status = EnrolmentStatus::parse(&r.try_get::<String>("", "status")?)
        .map_err(|_| corrupt("status"))?;
    let attendance: Option<String> = r.try_get("", "attendance")?;
    let attendance = match attendance {
        None => None,
        Some(a) => Some(AttendanceRecord {
            attendance: Attendance::parse(&a).map_err(|_| corrupt("attendance"))?,
            marked_at: r
                .try_get::<Option<DateTime<Utc>>>("", "marked_at")?
                .ok_or_else(|| corrupt("marked_at"))?,
            completed_at: r.try_get("", "completed_at")?,
        }),
    };
    let position: i64 = r.try_get("", "position")?;
    Ok(Enrolment {
        id: r.try_get("", "id")?,
        session_id: r.try_get("", "session_id")?,
        organisation_id: r.try_get("", "organisation_id")?,
        name: r.try_get("", "name")?,
        email: r.try_get("", "email")?,
        position: (status == EnrolmentStatus::Waitlisted)
            .then(|| u32::try_from(position).unwrap_or(u32::MAX)),
        status,
        attendance,
        created_at: r.try_get("", "created_at")?,
    })
}

/// Enrolments of a session (of one organisation, or all), in the order they came.
pub async fn enrolments<C: ConnectionTrait>(
    conn: &C,
    session_id: Option<Uuid>,
    organisation: Option<Uuid>,
) -> Result<Vec<Enrolment>, StoreError> {
    let mut sql = format!("SELECT {ENROLMENT_COLUMNS} FROM enrolment e WHERE 1 = 1");
    let mut values: Vec<Value> = Vec::new();
    if let Some(s) = session_id {
        values.push(s.into());
        sql.push_str(&format!(" AND e.session_id = ${}", values.len()));
    }
    if let Some(o) = organisation {
        values.push(o.into());
        sql.push_str(&format!(" AND e.organisation_id = ${}", values.len()));
    }
    sql.push_str(" ORDER BY e.session_id, e.ticket");
    conn.query_all_raw(statement(conn.get_database_backend(), &sql, values))
        .await?
        .iter()
        .map(enrolment_of)
        .collect()
}

/// One enrolment by id.
pub async fn enrolment<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
) -> Result<Option<Enrolment>, StoreError> {
    let sql = format!("SELECT {ENROLMENT_COLUMNS} FROM enrolment e WHERE e.id = $1");
    conn.query_one_raw(statement(
        conn.get_database_backend(),
        &sql,
        vec![id.into()],
    ))
    .await?
    .as_ref()
    .map(enrolment_of)
    .transpose()
}

async fn count<C: ConnectionTrait>(
    conn: &C,
    sql: &str,
    values: Vec<Value>,
) -> Result<u32, StoreError> {
    let row = conn
        .query_one_raw(statement(conn.get_database_backend(), sql, values))
        .await?
        .ok_or_else(|| corrupt("count"))?;
    let n: i64 = row.try_get("", "n")?;
    u32::try_from(n).map_err(|_| corrupt("count"))
}

/// What a seat step decided, or why the domain refused it.
pub type Decided<T> = Result<T, TrainingError>;

/// Enrols a participant of `organisation`: the session row is locked, the counts read, the
/// domain decides (`decide`), and the enrolment, the counters and the audit row are written in
/// one transaction.
#[allow(clippy::too_many_arguments)]
pub async fn enrol(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    session_id: Uuid,
    organisation: Uuid,
    participant: &Participant,
    decide: impl FnOnce(&Session, SeatCounts, bool) -> Decided<SeatDecision>,
    audit: impl FnOnce(Uuid) -> Audit,
) -> Result<Decided<Enrolment>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let backend = tx.get_database_backend();
    let Some(s) = get(&*tx, session_id, true).await? else {
        return Err(StoreError::Corrupt("session vanished".into()));
    };
    let org_enrolled = count(
        &*tx,
        "SELECT COUNT(*) AS n FROM enrolment WHERE session_id = $1 AND organisation_id = $2 \
         AND status = 'ENROLLED'",
        vec![session_id.into(), organisation.into()],
    )
    .await?;
    let active = count(
        &*tx,
        "SELECT COUNT(*) AS n FROM enrolment WHERE session_id = $1 AND email = $2 \
         AND status <> 'CANCELLED'",
        vec![session_id.into(), participant.email.as_str().into()],
    )
    .await?;
    let counts = SeatCounts {
        enrolled: s.enrolled,
        organisation_enrolled: org_enrolled,
        waitlisted: s.waitlisted,
    };
    let decision = match decide(&s.session, counts, active > 0) {
        Ok(d) => d,
        Err(e) => {
            tx.rollback().await?;
            return Ok(Err(e));
        }
    };
    let (status, enrolled, waitlisted) = match decision {
        SeatDecision::Enrolled => ("ENROLLED", 1, 0),
        SeatDecision::Waitlisted { .. } => ("WAITLISTED", 0, 1),
    };
    let id = Uuid::now_v7();
    tx.execute_raw(statement(
        backend,
        "INSERT INTO enrolment (id, session_id, organisation_id, name, email, status, ticket, \
         created_at, updated_at) SELECT $1, $2, $3, $4, $5, $6, next_ticket, $7, $7 \
         FROM training_session WHERE id = $2",
        vec![
            id.into(),
            session_id.into(),
            organisation.into(),
            participant.name.as_str().into(),
            participant.email.as_str().into(),
            status.into(),
            now.into(),
        ],
    ))
    .await?;
    tx.execute_raw(statement(
        backend,
        "UPDATE training_session SET enrolled = enrolled + $1, waitlisted = waitlisted + $2, \
         next_ticket = next_ticket + 1, updated_at = $3 WHERE id = $4",
        vec![
            enrolled.into(),
            waitlisted.into(),
            now.into(),
            session_id.into(),
        ],
    ))
    .await?;
    tx.audit(audit(id)).await?;
    let e = enrolment(&*tx, id)
        .await?
        .ok_or_else(|| corrupt("enrolment"))?;
    tx.commit().await?;
    Ok(Ok(e))
}

/// Cancels an enrolment and, in the same transaction, promotes whom `promote` names from the
/// waitlist (each promoted organisation is notified).
pub async fn cancel(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    enrolment_id: Uuid,
    decide: impl FnOnce(&Session, EnrolmentStatus) -> Decided<()>,
    promote: impl FnOnce(&Session, u32, &BTreeMap<Uuid, u32>, &[Waiting]) -> Vec<Uuid>,
    audit: Audit,
) -> Result<Decided<Vec<Uuid>>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let backend = tx.get_database_backend();
    let Some(before) = enrolment(&*tx, enrolment_id).await? else {
        return Err(StoreError::Corrupt("enrolment vanished".into()));
    };
    let Some(s) = get(&*tx, before.session_id, true).await? else {
        return Err(StoreError::Corrupt("session vanished".into()));
    };
    // Re-read under the lock: a concurrent cancellation may have won.
    let e = enrolment(&*tx, enrolment_id)
        .await?
        .ok_or_else(|| corrupt("enrolment"))?;
    if let Err(err) = decide(&s.session, e.status) {
        tx.rollback().await?;
        return Ok(Err(err));
    }
    let (enrolled, waitlisted) = match e.status {
        EnrolmentStatus::Enrolled => (1, 0),
        _ => (0, 1),
    };
    tx.execute_raw(statement(
        backend,
        "UPDATE enrolment SET status = 'CANCELLED', updated_at = $1 WHERE id = $2",
        vec![now.into(), enrolment_id.into()],
    ))
    .await?;
    let promoted =
        promote_waiting(&tx, now, &s.id, &s.session, s.enrolled - enrolled, promote).await?;
    let n = promoted.len() as i32;
    tx.execute_raw(statement(
        backend,
        "UPDATE training_session SET enrolled = enrolled - $1 + $2, \
         waitlisted = waitlisted - $3 - $2, updated_at = $4 WHERE id = $5",
        vec![
            enrolled.into(),
            n.into(),
            waitlisted.into(),
            now.into(),
            s.id.into(),
        ],
    ))
    .await?;
    tx.audit(audit.detail(
        serde_json::json!({ "promoted": promoted.iter().map(Uuid::to_string).collect::<Vec<_>>() }),
    ))
    .await?;
    tx.commit().await?;
    Ok(Ok(promoted))
}

/// Gives free seats to those in line (whom `promote` names), inside the caller's transaction,
/// and notifies their organisations. The caller updates the counters.
async fn promote_waiting(
    tx: &super::write::Tx,
    now: DateTime<Utc>,
    session_id: &Uuid,
    session: &Session,
    enrolled: u32,
    promote: impl FnOnce(&Session, u32, &BTreeMap<Uuid, u32>, &[Waiting]) -> Vec<Uuid>,
) -> Result<Vec<Uuid>, StoreError> {
    let backend = tx.get_database_backend();
    let s_id = *session_id;
    let all = enrolments(&**tx, Some(s_id), None).await?;
    let mut by_org: BTreeMap<Uuid, u32> = BTreeMap::new();
    for x in all.iter().filter(|x| x.status == EnrolmentStatus::Enrolled) {
        *by_org.entry(x.organisation_id).or_insert(0) += 1;
    }
    let line: Vec<Waiting> = all
        .iter()
        .filter(|x| x.status == EnrolmentStatus::Waitlisted)
        .map(|x| Waiting {
            enrolment: x.id,
            organisation: x.organisation_id,
        })
        .collect();
    let promoted = promote(session, enrolled, &by_org, &line);
    for p in &promoted {
        tx.execute_raw(statement(
            backend,
            "UPDATE enrolment SET status = 'ENROLLED', updated_at = $1 WHERE id = $2",
            vec![now.into(), (*p).into()],
        ))
        .await?;
        if let Some(w) = all.iter().find(|x| x.id == *p) {
            notify(
                &**tx,
                now,
                w.organisation_id,
                Kind::TrainingSeatConfirmed,
                Subject::default(),
            )
            .await?;
        }
    }
    Ok(promoted)
}

/// Changes a planned session (the domain decides with the enrolled count, under the lock) and
/// gives seats a larger capacity or cap frees to those in line.
pub async fn revise(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    session_id: Uuid,
    decide: impl FnOnce(&Session, u32) -> Decided<Session>,
    promote: impl FnOnce(&Session, u32, &BTreeMap<Uuid, u32>, &[Waiting]) -> Vec<Uuid>,
    audit: Audit,
) -> Result<Decided<()>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let backend = tx.get_database_backend();
    let Some(s) = get(&*tx, session_id, true).await? else {
        return Err(StoreError::Corrupt("session vanished".into()));
    };
    let next = match decide(&s.session, s.enrolled) {
        Ok(n) => n,
        Err(e) => {
            tx.rollback().await?;
            return Ok(Err(e));
        }
    };
    let place = match &next.delivery {
        Delivery::OnSite(p) => Some(p.as_str().to_owned()),
        Delivery::Online => None,
    };
    tx.execute_raw(statement(
        backend,
        "UPDATE training_session SET starts_at = $1, ends_at = $2, time_zone = $3, online = $4, \
         place = $5, language = $6, capacity = $7, enrolment_opens_at = $8, \
         enrolment_closes_at = $9, seats_per_organisation = $10, updated_at = $11 WHERE id = $12",
        vec![
            next.starts_at.into(),
            next.ends_at.into(),
            next.time_zone.as_str().into(),
            place.is_none().into(),
            place.into(),
            next.language.code().into(),
            (next.capacity as i32).into(),
            next.window.opens_at.into(),
            next.window.closes_at.into(),
            next.seats_per_organisation.map(|n| n as i32).into(),
            now.into(),
            session_id.into(),
        ],
    ))
    .await?;
    let promoted = promote_waiting(&tx, now, &session_id, &next, s.enrolled, promote).await?;
    let n = promoted.len() as i32;
    tx.execute_raw(statement(
        backend,
        "UPDATE training_session SET enrolled = enrolled + $1, waitlisted = waitlisted - $1 \
         WHERE id = $2",
        vec![n.into(), session_id.into()],
    ))
    .await?;
    tx.audit(audit).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Records attendance of an enrolment.
pub async fn mark(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    enrolment_id: Uuid,
    record: &AttendanceRecord,
    audit: Audit,
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    tx.execute_raw(statement(
        tx.get_database_backend(),
        "UPDATE enrolment SET attendance = $1, marked_at = $2, completed_at = $3, updated_at = $2 \
         WHERE id = $4",
        vec![
            record.attendance.as_str().into(),
            record.marked_at.into(),
            record.completed_at.into(),
            enrolment_id.into(),
        ],
    ))
    .await?;
    tx.audit(audit).await?;
    tx.commit().await
}
