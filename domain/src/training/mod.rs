//! Training sessions of a `TRAINING_COURSE` catalogue item: when and where, seats with a
//! waitlist and automatic promotion, participants, attendance and completion, and the session
//! as an RFC 5545 iCalendar event.
//!
//! - [`session`]: a session's instants with the organiser's IANA time zone, delivery, language,
//!   capacity, enrolment window and optional cap of seats per organisation;
//! - [`participant`]: a named participant (name and e-mail only);
//! - [`seat`]: the seat decision (enrolled or waitlisted with a position), cancellation and who
//!   is promoted;
//! - [`attendance`]: attendance after the session and completion per participant;
//! - [`ical`]: the `VCALENDAR` with its `VTIMEZONE` and `VEVENT`.
//!
//! Errors: [`TrainingError`], naming the field.
pub mod attendance;
pub mod ical;
pub mod participant;
pub mod seat;
pub mod session;

pub use attendance::{Attendance, AttendanceRecord, mark_attendance};
pub use ical::{SessionEvent, session_calendar};
pub use participant::{Participant, ParticipantName};
pub use seat::{
    EnrolmentStatus, SeatCounts, SeatDecision, Waiting, cancel, decide_seat, promotions,
};
pub use session::{Delivery, EnrolmentWindow, Place, Session, SessionInput, TimeZoneName};

/// Why a training input or step was refused. The API answers `VALIDATION` or
/// `INVALID_STATE_TRANSITION` with the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrainingError {
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("{field}: {message}")]
    InvalidTransition { field: String, message: String },
}

impl TrainingError {
    pub fn field(&self) -> &str {
        match self {
            Self::Invalid { field, .. } | Self::InvalidTransition { field, .. } => field,
        }
    }
}

pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> TrainingError {
    TrainingError::Invalid {
        field: field.into(),
        message: message.into(),
    }
}

pub(crate) fn transition(field: impl Into<String>, message: impl Into<String>) -> TrainingError {
    TrainingError::InvalidTransition {
        field: field.into(),
        message: message.into(),
    }
}
