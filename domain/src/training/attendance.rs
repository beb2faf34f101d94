//! Attendance, marked by ENISA after the session, and completion per participant: a
//! participant who attended has completed the course session (its clinic sees it).
use super::seat::EnrolmentStatus;
use super::session::Session;
use super::{TrainingError, transition};
use crate::organisation::str_enum;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Attendance {
    Attended,
    Absent,
}

str_enum!(Attendance { Attended = "ATTENDED", Absent = "ABSENT" });

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttendanceRecord {
    pub attendance: Attendance,
    pub marked_at: DateTime<Utc>,
    /// When completion was first recorded; `None` while not attended.
    pub completed_at: Option<DateTime<Utc>>,
}

impl AttendanceRecord {
    pub fn is_completed(&self) -> bool {
        self.completed_at.is_some()
    }
}

/// Marks an enrolled participant's attendance once the session has ended. Marking again
/// corrects the record; a completion keeps its first date while it stands.
pub fn mark_attendance(
    status: EnrolmentStatus,
    session: &Session,
    attendance: Attendance,
    previous: Option<&AttendanceRecord>,
    now: DateTime<Utc>,
) -> Result<AttendanceRecord, TrainingError> {
    if !session.has_ended(now) {
        return Err(transition(
            "attendance",
            "attendance is marked after the session has ended",
        ));
    }
    if status != EnrolmentStatus::Enrolled {
        return Err(transition(
            "enrolmentId",
            format!(
                "only enrolled participants attend; this enrolment is {}",
                status.as_str()
            ),
        ));
    }
    let completed_at = match attendance {
        Attendance::Attended => Some(previous.and_then(|p| p.completed_at).unwrap_or(now)),
        Attendance::Absent => None,
    };
    Ok(AttendanceRecord {
        attendance,
        marked_at: now,
        completed_at,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::training::session::tests::session;
    use chrono::Duration;

    #[test]
    fn attendance_after_the_session_records_completion() {
        let s = session();
        let after = s.ends_at + Duration::hours(1);
        let r = mark_attendance(
            EnrolmentStatus::Enrolled,
            &s,
            Attendance::Attended,
            None,
            after,
        )
        .unwrap();
        assert!(r.is_completed());
        assert_eq!(r.completed_at, Some(after));

        let absent = mark_attendance(
            EnrolmentStatus::Enrolled,
            &s,
            Attendance::Absent,
            None,
            after,
        )
        .unwrap();
        assert!(!absent.is_completed());
    }

    #[test]
    fn attendance_before_the_end_is_refused() {
        let s = session();
        for t in [s.starts_at, s.ends_at - Duration::seconds(1)] {
            let err = mark_attendance(EnrolmentStatus::Enrolled, &s, Attendance::Attended, None, t)
                .unwrap_err();
            assert_eq!(err.field(), "attendance");
        }
        assert!(
            mark_attendance(
                EnrolmentStatus::Enrolled,
                &s,
                Attendance::Attended,
                None,
                s.ends_at
            )
            .is_ok()
        );
    }

    #[test]
    fn only_enrolled_participants_are_marked() {
        let s = session();
        for status in [EnrolmentStatus::Waitlisted, EnrolmentStatus::Cancelled] {
            let err =
                mark_attendance(status, &s, Attendance::Attended, None, s.ends_at).unwrap_err();
            assert!(matches!(err, TrainingError::InvalidTransition { .. }));
        }
    }

    #[test]
    fn a_correction_keeps_the_first_completion_date_or_withdraws_it() {
        let s = session();
        let first = s.ends_at + Duration::hours(1);
        let later = first + Duration::days(2);
        let r = mark_attendance(
            EnrolmentStatus::Enrolled,
            &s,
            Attendance::Attended,
            None,
            first,
        )
        .unwrap();
        let again = mark_attendance(
            EnrolmentStatus::Enrolled,
            &s,
            Attendance::Attended,
            Some(&r),
            later,
        )
        .unwrap();
        assert_eq!(again.completed_at, Some(first));
        assert_eq!(again.marked_at, later);
        let corrected = mark_attendance(
            EnrolmentStatus::Enrolled,
            &s,
            Attendance::Absent,
            Some(&r),
            later,
        )
        .unwrap();
        assert_eq!(corrected.completed_at, None);
    }
}
