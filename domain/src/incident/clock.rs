//! The clocks of a case: one pure function of the case and `now` ([`clocks`]), and the
//! reminders an escalation job owes ([`due_reminders`]).
//!
//! The rules (NIS2 Art. 23(4); counting: `reference/nis2-incident-reporting.md`):
//! - early warning due at awareness + 24 h, notification at awareness + 72 h: exact elapsed
//!   hours, whatever the wall clock does;
//! - each requested intermediate report at the due time the authority set;
//! - the final report one calendar month after the notification was submitted, counted in the
//!   organisation's zone ([`crate::calendar::add_calendar_months`]);
//! - if the incident is not handled by then, a progress report is due at that time instead,
//!   and the final report one calendar month after the organisation marks it handled. While the
//!   incident is ongoing the clock at that time is shown as the progress report's, since that
//!   is what will be owed unless the incident is handled first; the final report's clock then
//!   waits for the handling (`NOT_DUE_YET`).
use super::stage::{Stage, first_final_due};
use super::{IncidentCase, IncidentError};
use crate::calendar::{
    DeadlineStatus, ReminderKind, add_calendar_months, deadline_status, reminder_due,
};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// Early warning: within 24 hours of becoming aware (Art. 23(4)(a)).
pub const EARLY_WARNING_WITHIN: Duration = Duration::hours(24);
/// Incident notification: within 72 hours of becoming aware (Art. 23(4)(b)).
pub const NOTIFICATION_WITHIN: Duration = Duration::hours(72);
/// Final report: one calendar month after the notification, or after the handling
/// (Art. 23(4)(d) and (e)).
pub const FINAL_REPORT_MONTHS: u32 = 1;

/// One deadline of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub stage: Stage,
    /// For an intermediate report: the index of the authority's request (oldest first).
    pub request: Option<usize>,
    /// `None` while the clock has not started.
    pub due_at: Option<DateTime<Utc>>,
    /// When the stage was submitted.
    pub met_at: Option<DateTime<Utc>>,
    pub status: DeadlineStatus,
}

fn clock(
    stage: Stage,
    request: Option<usize>,
    due_at: Option<DateTime<Utc>>,
    met_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Clock {
    Clock {
        stage,
        request,
        due_at,
        met_at,
        status: deadline_status(due_at, met_at, now),
    }
}

/// The clocks of `case` at `now`, in stage order: early warning, notification, each
/// intermediate request, the progress report where one is owed (or was submitted), the final
/// report.
pub fn clocks(case: &IncidentCase, now: DateTime<Utc>) -> Result<Vec<Clock>, IncidentError> {
    let met = |s: Stage| case.submitted(s).map(|x| x.submitted_at);
    let mut out = vec![
        clock(
            Stage::EarlyWarning,
            None,
            Some(case.aware_at + EARLY_WARNING_WITHIN),
            met(Stage::EarlyWarning),
            now,
        ),
        clock(
            Stage::Notification,
            None,
            Some(case.aware_at + NOTIFICATION_WITHIN),
            met(Stage::Notification),
            now,
        ),
    ];
    for (i, r) in case.intermediate_requests.iter().enumerate() {
        out.push(clock(
            Stage::Intermediate,
            Some(i),
            Some(r.due_at),
            r.answered_at,
            now,
        ));
    }
    let first_due = first_final_due(case)?;
    let final_due = match (first_due, case.handled_at) {
        (None, _) => None,
        // Handled in time: the final report is due at the first due time.
        (Some(due), Some(handled)) if handled <= due => {
            if let Some(p) = met(Stage::Progress) {
                out.push(clock(Stage::Progress, None, Some(due), Some(p), now));
            }
            Some(due)
        }
        // Still ongoing at the first due time (or ongoing now): a progress report is due then,
        // and the final report one month after the handling.
        (Some(due), handled) => {
            out.push(clock(
                Stage::Progress,
                None,
                Some(due),
                met(Stage::Progress),
                now,
            ));
            handled
                .map(|h| add_calendar_months(h, FINAL_REPORT_MONTHS, &case.zone))
                .transpose()?
        }
    };
    out.push(clock(Stage::Final, None, final_due, met(Stage::Final), now));
    Ok(out)
}

/// The clock to watch: the earliest due time among the clocks not met. Overdue clocks come
/// first by construction (their due time is in the past), so sorting cases by this gives
/// "overdue first, then the next deadline".
pub fn next_deadline(clocks: &[Clock]) -> Option<&Clock> {
    clocks
        .iter()
        .filter(|c| c.met_at.is_none() && c.due_at.is_some())
        .min_by_key(|c| c.due_at)
}

/// A reminder for one clock of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    pub stage: Stage,
    pub request: Option<usize>,
    pub kind: ReminderKind,
}

/// The reminders owed for `case` at `now`, given those already sent: "about to expire" once
/// when at most six hours are left, "overdue" once when it is late
/// ([`crate::calendar::reminder_due`]). A closed case owes none.
pub fn due_reminders(
    case: &IncidentCase,
    now: DateTime<Utc>,
    sent: &[Reminder],
) -> Result<Vec<Reminder>, IncidentError> {
    if case.require_open().is_err() {
        return Ok(Vec::new());
    }
    Ok(clocks(case, now)?
        .iter()
        .filter_map(|c| {
            let already: Vec<ReminderKind> = sent
                .iter()
                .filter(|r| r.stage == c.stage && r.request == c.request)
                .map(|r| r.kind)
                .collect();
            reminder_due(c.due_at, c.met_at, now, &already).map(|kind| Reminder {
                stage: c.stage,
                request: c.request,
                kind,
            })
        })
        .collect())
}
