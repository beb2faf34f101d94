//! Training sessions of `TRAINING_COURSE` items (`docs/catalogue.md`): ENISA plans sessions,
//! a clinic's users enrol named participants of their own organisation (a full session puts
//! them on the waitlist with their position), a cancellation promotes the first in line in the
//! same transaction and notifies them, and ENISA marks attendance after the session.
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use crate::store::training as repo;
use crate::store::write::Audit;
use domain::account::{Role, Scope};
use domain::audit::EU_CHAIN;
use domain::catalogue::{ItemKind, ItemStatus};
use domain::training::{
    self as rules, Attendance, Participant, Session, SessionEvent, SessionInput,
};
use uuid::Uuid;

/// What this capability reads, for the transports.
pub use crate::store::training::{Enrolment, TrainingSession};

/// Sessions, soonest first (anyone): of one course, or all.
pub async fn sessions(ctx: &Ctx, course: Option<Uuid>) -> ApiResult<Vec<TrainingSession>> {
    ctx.permit(Action::TrainingSessionList).await?;
    Ok(repo::list(ctx.store().db(), course).await?)
}

/// One session (anyone).
pub async fn session(ctx: &Ctx, id: Uuid) -> ApiResult<TrainingSession> {
    ctx.permit(Action::TrainingSessionList).await?;
    repo::get(ctx.store().db(), id, false)
        .await?
        .ok_or(ApiError::NotFound)
}

/// ENISA plans a session of a published training course.
pub async fn create_session(
    ctx: &Ctx,
    course: Uuid,
    input: SessionInput,
) -> ApiResult<TrainingSession> {
    ctx.authorize(Action::TrainingSessionCreate).await?;
    let item = super::catalogue::find(ctx, course).await?;
    if item.item.item.kind != ItemKind::TrainingCourse {
        return Err(ApiError::validation(
            "courseId",
            "sessions belong to a TRAINING_COURSE item",
        ));
    }
    if item.item.item.status == ItemStatus::Retired {
        return Err(ApiError::transition("courseId: the course is retired"));
    }
    let s = Session::parse(&input, ctx.now())?;
    let id = Uuid::now_v7();
    let audit = Audit::new(
        EU_CHAIN.to_owned(),
        Action::TrainingSessionCreate.name(),
        "TrainingSession",
        id,
    );
    repo::create(ctx.store(), &ctx.actor(), ctx.now(), id, course, &s, audit).await?;
    session(ctx, id).await
}

/// ENISA changes a planned session: a capacity below the enrolled participants is refused; seats
/// a larger capacity frees go to those in line.
pub async fn revise_session(
    ctx: &Ctx,
    id: Uuid,
    input: SessionInput,
) -> ApiResult<TrainingSession> {
    ctx.authorize(Action::TrainingSessionCreate).await?;
    session(ctx, id).await?;
    let now = ctx.now();
    let audit = Audit::new(
        EU_CHAIN.to_owned(),
        Action::TrainingSessionCreate.name(),
        "TrainingSession",
        id,
    );
    let decided = repo::revise(
        ctx.store(),
        &ctx.actor(),
        now,
        id,
        |s, enrolled| s.revise(&input, enrolled, now),
        |s, enrolled, by_org, line| rules::promotions(s, enrolled, by_org, line, now),
        audit,
    )
    .await?;
    decided?;
    session(ctx, id).await
}

/// A clinic's user enrols a participant of its own organisation: a seat, or the waitlist with
/// a position. `organisation`, when given, must be the caller's own.
pub async fn enrol(
    ctx: &Ctx,
    session_id: Uuid,
    organisation: Option<Uuid>,
    name: &str,
    email: &str,
) -> ApiResult<Enrolment> {
    let (_, own) = ctx.authorize_organisation(Action::TrainingEnrol).await?;
    if organisation.is_some_and(|o| o != own) {
        return Err(ApiError::validation(
            "organisationId",
            "participants are enrolled by their own organisation",
        ));
    }
    let participant = Participant::parse(name, email)?;
    session(ctx, session_id).await?;
    let now = ctx.now();
    let decided = repo::enrol(
        ctx.store(),
        &ctx.actor(),
        now,
        session_id,
        own,
        &participant,
        |s, counts, active| rules::decide_seat(s, counts, active, now),
        |id| {
            Audit::new(
                EU_CHAIN.to_owned(),
                Action::TrainingEnrol.name(),
                "Enrolment",
                id,
            )
        },
    )
    .await?;
    Ok(decided?)
}

/// Cancels an enrolment (its organisation, or ENISA) and promotes the first in line.
pub async fn cancel(ctx: &Ctx, enrolment_id: Uuid) -> ApiResult<Enrolment> {
    let p = ctx.authorize(Action::TrainingCancel).await?;
    let e = match repo::enrolment(ctx.store().db(), enrolment_id).await? {
        Some(e) if sees(&p.scope, p.role, &e) => e,
        other => {
            return Err(ctx
                .not_found(
                    Action::TrainingCancel,
                    "Enrolment",
                    enrolment_id,
                    other.is_some(),
                )
                .await);
        }
    };
    let now = ctx.now();
    let audit = Audit::new(
        EU_CHAIN.to_owned(),
        Action::TrainingCancel.name(),
        "Enrolment",
        e.id,
    );
    let decided = repo::cancel(
        ctx.store(),
        &ctx.actor(),
        now,
        enrolment_id,
        |s, status| rules::cancel(status, s, now).map(|_| ()),
        |s, enrolled, by_org, line| rules::promotions(s, enrolled, by_org, line, now),
        audit,
    )
    .await?;
    decided?;
    repo::enrolment(ctx.store().db(), enrolment_id)
        .await?
        .ok_or(ApiError::NotFound)
}

fn sees(scope: &Scope, role: Role, e: &Enrolment) -> bool {
    match (role, scope) {
        (Role::EnisaStaff, _) => true,
        (_, Scope::Organisation { id, .. }) => *id == e.organisation_id,
        _ => false,
    }
}

/// A session's enrolments: all for ENISA, the caller's organisation's for a clinic.
pub async fn roster(ctx: &Ctx, session_id: Uuid) -> ApiResult<Vec<Enrolment>> {
    let p = ctx.authorize(Action::TrainingRoster).await?;
    let org = match (p.role, p.scope) {
        (Role::EnisaStaff, _) => None,
        (_, Scope::Organisation { id, .. }) => Some(id),
        _ => return Err(ApiError::Forbidden),
    };
    Ok(repo::enrolments(ctx.store().db(), Some(session_id), org).await?)
}

/// ENISA marks attendance after the session; `ATTENDED` records completion.
pub async fn mark_attendance(
    ctx: &Ctx,
    enrolment_id: Uuid,
    attendance: Attendance,
) -> ApiResult<Enrolment> {
    ctx.authorize(Action::TrainingAttendance).await?;
    let e = repo::enrolment(ctx.store().db(), enrolment_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let s = session(ctx, e.session_id).await?;
    let record = rules::mark_attendance(
        e.status,
        &s.session,
        attendance,
        e.attendance.as_ref(),
        ctx.now(),
    )?;
    let audit = Audit::new(
        EU_CHAIN.to_owned(),
        Action::TrainingAttendance.name(),
        "Enrolment",
        e.id,
    )
    .detail(serde_json::json!({ "attendance": attendance.as_str() }));
    repo::mark(ctx.store(), &ctx.actor(), ctx.now(), e.id, &record, audit).await?;
    repo::enrolment(ctx.store().db(), enrolment_id)
        .await?
        .ok_or(ApiError::NotFound)
}

/// The caller's organisation's enrolments (with completions), in every session.
pub async fn my_enrolments(ctx: &Ctx) -> ApiResult<Vec<Enrolment>> {
    let (_, org) = ctx.authorize_organisation(Action::TrainingRoster).await?;
    Ok(repo::enrolments(ctx.store().db(), None, Some(org)).await?)
}

/// A session as an RFC 5545 iCalendar document, in the organiser's time zone.
pub async fn calendar(ctx: &Ctx, id: Uuid) -> ApiResult<String> {
    let s = session(ctx, id).await?;
    let course = super::catalogue::find(ctx, s.item_id).await?;
    let content = course
        .item
        .current()
        .ok_or_else(|| ApiError::internal("a course without content"))?;
    let text = domain::catalogue::resolve(content, Some(s.session.language.code()))?;
    let uid = format!("training-session-{}@cyberhealth.europa.eu", s.id);
    let event = SessionEvent {
        uid: &uid,
        title: text.text.title.as_str(),
        description: Some(text.text.summary.as_str()),
        url: None,
    };
    Ok(rules::session_calendar(&s.session, &event, ctx.now()))
}
