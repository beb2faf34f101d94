//! Training sessions with seats, a waitlist and automatic promotion (`docs/catalogue.md`).
use super::catalogue::CatalogueItem;
use super::context::ctx;
use super::scalars::{id, parse_id, parse_optional_id};
use crate::actions::catalogue;
use crate::actions::training::{
    self as training, Enrolment as EnrolmentRow, TrainingSession as Row,
};
use crate::error::ApiResult;
use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use domain::training::{Delivery, SessionInput};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::training::EnrolmentStatus")]
pub enum EnrolmentStatus {
    /// Holds a seat.
    Enrolled,
    /// Waits for a seat (see `position`).
    Waitlisted,
    /// Cancelled.
    Cancelled,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::training::Attendance")]
pub enum Attendance {
    /// Attended: completed.
    Attended,
    /// Did not attend.
    Absent,
}

/// A session of a training course.
pub struct TrainingSession(pub Row);

#[Object]
impl TrainingSession {
    /// Its id.
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    /// The course (a `TRAINING_COURSE` item) in `language`.
    async fn course(&self, c: &Context<'_>, language: Option<String>) -> ApiResult<CatalogueItem> {
        let view = catalogue::find(ctx(c)?, self.0.item_id).await?;
        Ok(CatalogueItem {
            view,
            requested: language,
        })
    }
    /// Start (an instant).
    async fn starts_at(&self) -> DateTime<Utc> {
        self.0.session.starts_at
    }
    /// End (an instant).
    async fn ends_at(&self) -> DateTime<Utc> {
        self.0.session.ends_at
    }
    /// The organiser's IANA time zone.
    async fn time_zone(&self) -> &str {
        self.0.session.time_zone.as_str()
    }
    /// Online, or on site at `place`.
    async fn online(&self) -> bool {
        matches!(self.0.session.delivery, Delivery::Online)
    }
    /// Where an on-site session takes place.
    async fn place(&self) -> Option<&str> {
        match &self.0.session.delivery {
            Delivery::OnSite(p) => Some(p.as_str()),
            Delivery::Online => None,
        }
    }
    /// The session's language.
    async fn language(&self) -> &str {
        self.0.session.language.code()
    }
    /// Seats.
    async fn capacity(&self) -> u32 {
        self.0.session.capacity
    }
    /// Seats taken.
    async fn enrolled(&self) -> u32 {
        self.0.enrolled
    }
    /// People waiting.
    async fn waitlisted(&self) -> u32 {
        self.0.waitlisted
    }
    /// Enrolment opens.
    async fn enrolment_opens_at(&self) -> DateTime<Utc> {
        self.0.session.window.opens_at
    }
    /// Enrolment closes (exclusive).
    async fn enrolment_closes_at(&self) -> DateTime<Utc> {
        self.0.session.window.closes_at
    }
    /// Most seats one organisation may hold.
    async fn seats_per_organisation(&self) -> Option<u32> {
        self.0.session.seats_per_organisation
    }
    /// Enrolments: all for ENISA, the caller's organisation's for a clinic.
    async fn enrolments(&self, c: &Context<'_>) -> ApiResult<Vec<Enrolment>> {
        let rows = training::roster(ctx(c)?, self.0.id).await?;
        Ok(rows.into_iter().map(Enrolment).collect())
    }
    /// The iCalendar download's path.
    async fn calendar_url(&self) -> String {
        format!("/training/sessions/{}.ics", self.0.id)
    }
}

/// A participant's enrolment.
pub struct Enrolment(pub EnrolmentRow);

#[Object]
impl Enrolment {
    /// Its id.
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    /// The session.
    async fn session_id(&self) -> ID {
        id(self.0.session_id)
    }
    /// The participant's organisation.
    async fn organisation_id(&self) -> ID {
        id(self.0.organisation_id)
    }
    /// The participant's name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The participant's e-mail address.
    async fn email(&self) -> &str {
        &self.0.email
    }
    /// Enrolled, waitlisted or cancelled.
    async fn status(&self) -> EnrolmentStatus {
        self.0.status.into()
    }
    /// Place on the waitlist (1 is next); null unless waitlisted.
    async fn position(&self) -> Option<u32> {
        self.0.position
    }
    /// Attendance, once marked.
    async fn attendance(&self) -> Option<Attendance> {
        self.0.attendance.map(|a| a.attendance.into())
    }
    /// When the participant completed the session (attended).
    async fn completed_at(&self) -> Option<DateTime<Utc>> {
        self.0.attendance.and_then(|a| a.completed_at)
    }
    /// When the enrolment was made.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A session as planned.
#[derive(InputObject)]
pub struct TrainingSessionInput {
    /// Start (an instant, in the future).
    pub starts_at: DateTime<Utc>,
    /// End, after the start.
    pub ends_at: DateTime<Utc>,
    /// The organiser's IANA time zone, e.g. `Europe/Berlin`.
    pub time_zone: String,
    /// Online (no place) or on site (a place).
    pub online: bool,
    /// Where an on-site session takes place.
    pub place: Option<String>,
    /// ISO 639-1.
    pub language: String,
    /// Seats, 1 to 10,000.
    pub capacity: i64,
    /// Enrolment opens.
    pub enrolment_opens_at: DateTime<Utc>,
    /// Enrolment closes, by the start.
    pub enrolment_closes_at: DateTime<Utc>,
    /// Most seats per organisation.
    pub seats_per_organisation: Option<i64>,
}

/// A participant to enrol.
#[derive(InputObject)]
pub struct EnrolInput {
    /// The session.
    pub session_id: ID,
    /// The caller's own organisation (optional; another is refused).
    pub organisation_id: Option<ID>,
    /// The participant's name.
    pub name: String,
    /// The participant's e-mail address.
    pub email: String,
}

#[derive(Default)]
pub struct TrainingQuery;

#[Object]
impl TrainingQuery {
    /// Training sessions, soonest first (anyone): of one course, or all.
    async fn training_sessions(
        &self,
        c: &Context<'_>,
        course_id: Option<ID>,
    ) -> ApiResult<Vec<TrainingSession>> {
        let course = parse_optional_id("courseId", course_id.as_ref())?;
        let rows = training::sessions(ctx(c)?, course).await?;
        Ok(rows.into_iter().map(TrainingSession).collect())
    }
    /// One session.
    async fn training_session(&self, c: &Context<'_>, id: ID) -> ApiResult<TrainingSession> {
        Ok(TrainingSession(
            training::session(ctx(c)?, parse_id("id", &id)?).await?,
        ))
    }
    /// The caller's organisation's enrolments in every session, with completions.
    async fn my_enrolments(&self, c: &Context<'_>) -> ApiResult<Vec<Enrolment>> {
        let rows = training::my_enrolments(ctx(c)?).await?;
        Ok(rows.into_iter().map(Enrolment).collect())
    }
}

fn session_input(input: TrainingSessionInput) -> SessionInput {
    SessionInput {
        starts_at: input.starts_at,
        ends_at: input.ends_at,
        time_zone: input.time_zone,
        online: input.online,
        place: input.place,
        language: input.language,
        capacity: input.capacity,
        enrolment_opens_at: input.enrolment_opens_at,
        enrolment_closes_at: input.enrolment_closes_at,
        seats_per_organisation: input.seats_per_organisation,
    }
}

#[derive(Default)]
pub struct TrainingMutation;

#[Object]
impl TrainingMutation {
    /// ENISA plans a session of a training course.
    async fn create_training_session(
        &self,
        c: &Context<'_>,
        course_id: ID,
        input: TrainingSessionInput,
    ) -> ApiResult<TrainingSession> {
        let i = session_input(input);
        Ok(TrainingSession(
            training::create_session(ctx(c)?, parse_id("courseId", &course_id)?, i).await?,
        ))
    }
    /// ENISA changes a planned session (not below its enrolled participants).
    async fn update_training_session(
        &self,
        c: &Context<'_>,
        id: ID,
        input: TrainingSessionInput,
    ) -> ApiResult<TrainingSession> {
        let i = session_input(input);
        Ok(TrainingSession(
            training::revise_session(ctx(c)?, parse_id("id", &id)?, i).await?,
        ))
    }
    /// Enrols a participant of the caller's organisation: a seat, or the waitlist.
    async fn enrol(&self, c: &Context<'_>, input: EnrolInput) -> ApiResult<Enrolment> {
        let session = parse_id("sessionId", &input.session_id)?;
        let org = parse_optional_id("organisationId", input.organisation_id.as_ref())?;
        let e = training::enrol(ctx(c)?, session, org, &input.name, &input.email).await?;
        Ok(Enrolment(e))
    }
    /// Cancels an enrolment; the first on the waitlist gets the seat.
    async fn cancel_enrolment(&self, c: &Context<'_>, id: ID) -> ApiResult<Enrolment> {
        Ok(Enrolment(
            training::cancel(ctx(c)?, parse_id("id", &id)?).await?,
        ))
    }
    /// ENISA marks attendance after the session.
    async fn mark_attendance(
        &self,
        c: &Context<'_>,
        enrolment_id: ID,
        attendance: Attendance,
    ) -> ApiResult<Enrolment> {
        let id = parse_id("enrolmentId", &enrolment_id)?;
        Ok(Enrolment(
            training::mark_attendance(ctx(c)?, id, attendance.into()).await?,
        ))
    }
}
