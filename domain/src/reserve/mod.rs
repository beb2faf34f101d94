//! EU Cybersecurity Reserve requests (Regulation (EU) 2025/38, the Cyber Solidarity Act,
//! Art. 14–17): a hospital's request for incident-response services from a trusted managed
//! security service provider, through its member state's single point of contact, prioritised
//! and assigned by ENISA. Errors: [`ReserveError`], each naming its field where it has one.
//!
//! ```text
//! DRAFT → SUBMITTED → ENDORSED → TRIAGED → ASSIGNED → IN_DELIVERY → DELIVERED → REPORTED → CLOSED
//!               ↘ DECLINED (the authority, with a reason)
//! WITHDRAWN (the requester, from DRAFT, SUBMITTED, ENDORSED or TRIAGED: before assignment)
//! ASSIGNED → TRIAGED when the provider declines (back to the queue, capacity released)
//! ```
//!
//! One function per step ([`submit`], [`endorse`], [`decline`], [`withdraw`], [`triage`],
//! [`assign`], [`respond`], [`complete_delivery`], [`submit_report`], [`close`]); any other
//! move is [`ReserveError::InvalidTransition`]. The rest:
//! - [`RequestContent::parse`]: what Art. 15 asks a request to carry;
//! - [`priority`]: the score of the five criteria, weights as versioned data, and the queue;
//! - [`capacity`]: a provider's service-days per quarter, an append-only ledger like the funds
//!   ledger, and the conversion of unused days into preparedness services (Art. 14(2));
//! - [`matching`]: which providers may be assigned and which one the platform proposes;
//! - [`Engagement`]: the delivery log, never beyond the reserved days;
//! - [`SummaryReportClock`]: the user's summary report after the support ends.
//!
//! The roles are plain parameters here: the API's permission table decides who may call which
//! step (the clinic, its member state's `AUTHORITY_OFFICER`, ENISA, the assigned provider).
use crate::calendar::{
    CalendarError, DeadlineStatus, ReminderKind, TimeZoneName, add_calendar_months,
    deadline_status, reminder_due,
};
use crate::incident::Severity;
use crate::incident::bounded_text;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub mod capacity;
pub mod matching;
pub mod priority;

pub use capacity::{CapacityBalances, CapacityEntryKind, Pool, Quarter};
pub use matching::{Candidate, ProviderOffer, check_assignment, propose};
pub use priority::{Impact, Priority, PriorityInput, PriorityModel, SpillOver, order_queue, score};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RequestStatus {
    Draft,
    Submitted,
    Endorsed,
    Declined,
    Triaged,
    Assigned,
    InDelivery,
    Delivered,
    Reported,
    Closed,
    Withdrawn,
}

crate::organisation::str_enum!(RequestStatus {
    Draft = "DRAFT",
    Submitted = "SUBMITTED",
    Endorsed = "ENDORSED",
    Declined = "DECLINED",
    Triaged = "TRIAGED",
    Assigned = "ASSIGNED",
    InDelivery = "IN_DELIVERY",
    Delivered = "DELIVERED",
    Reported = "REPORTED",
    Closed = "CLOSED",
    Withdrawn = "WITHDRAWN",
});

/// Why a Reserve input or step was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReserveError {
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("a {} request cannot become {}", .from.as_str(), .to.as_str())]
    InvalidTransition {
        from: RequestStatus,
        to: RequestStatus,
    },
    /// Not enough free service-days (`INSUFFICIENT_CAPACITY`).
    #[error("only {available} service-days are free, {requested} are needed")]
    InsufficientCapacity { available: i64, requested: i64 },
    /// More days than are reserved: a delivery log or a release beyond the reservation.
    #[error("only {reserved} service-days are reserved, {requested} were logged")]
    ExceedsReserved { reserved: i64, requested: i64 },
    /// The provider does not serve the request's member state, or is not a trusted Reserve
    /// provider.
    #[error("providerId: {0}")]
    ProviderNotEligible(String),
    #[error("the number of service-days is too large")]
    Overflow,
    #[error(transparent)]
    Calendar(#[from] CalendarError),
}

impl ReserveError {
    /// The input field the error is about, for a `VALIDATION` answer.
    pub fn field(&self) -> Option<&str> {
        match self {
            ReserveError::Invalid { field, .. } => Some(field),
            ReserveError::InsufficientCapacity { .. } | ReserveError::ProviderNotEligible(_) => {
                Some("providerId")
            }
            ReserveError::ExceedsReserved { .. } => Some("days"),
            ReserveError::InvalidTransition { .. }
            | ReserveError::Overflow
            | ReserveError::Calendar(_) => None,
        }
    }
}

pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> ReserveError {
    ReserveError::Invalid {
        field: field.into(),
        message: message.into(),
    }
}

fn text(field: &str, s: &str, min: usize, max: usize) -> Result<String, ReserveError> {
    bounded_text(field, s, min, max).map_err(|(field, message)| invalid(field, message))
}

// ---- the request's content (Art. 15) ----------------------------------------------------

/// A type of Reserve service. The four response types help respond to and initiate recovery
/// from an incident (Art. 14(1)); `PREPAREDNESS` services (exercises, risk assessments) come
/// from converted pre-committed days (Art. 14(2)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ServiceType {
    Triage,
    Forensics,
    Containment,
    Recovery,
    Preparedness,
}

crate::organisation::str_enum!(ServiceType { Triage = "TRIAGE", Forensics = "FORENSICS", Containment = "CONTAINMENT", Recovery = "RECOVERY", Preparedness = "PREPAREDNESS" });

/// A mitigation measure the requester has already taken: the checklist behind the fifth
/// prioritisation criterion (the user must first take all appropriate measures, Art. 15(2)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MitigationMeasure {
    IsolatedAffectedSystems,
    ActivatedResponsePlan,
    NotifiedCsirt,
    PreservedEvidence,
    RestoringFromBackups,
    EngagedOwnResponder,
}

crate::organisation::str_enum!(MitigationMeasure {
    IsolatedAffectedSystems = "ISOLATED_AFFECTED_SYSTEMS",
    ActivatedResponsePlan = "ACTIVATED_RESPONSE_PLAN",
    NotifiedCsirt = "NOTIFIED_CSIRT",
    PreservedEvidence = "PRESERVED_EVIDENCE",
    RestoringFromBackups = "RESTORING_FROM_BACKUPS",
    EngagedOwnResponder = "ENGAGED_OWN_RESPONDER",
});

impl MitigationMeasure {
    pub const ALL: [MitigationMeasure; 6] = [
        MitigationMeasure::IsolatedAffectedSystems,
        MitigationMeasure::ActivatedResponsePlan,
        MitigationMeasure::NotifiedCsirt,
        MitigationMeasure::PreservedEvidence,
        MitigationMeasure::RestoringFromBackups,
        MitigationMeasure::EngagedOwnResponder,
    ];
}

/// Whether the request is for incident response or for preparedness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RequestKind {
    Response,
    Preparedness,
}

/// The estimated need for one service type, in service-days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceNeed {
    pub service: ServiceType,
    pub days: i64,
}

/// Other support available to the entity (Art. 15: contractual arrangements for incident
/// response, insurance contracts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OtherSupport {
    pub incident_response_contract: bool,
    pub cyber_insurance: bool,
    pub details: Option<String>,
}

/// What a request carries: the affected entity's potential impact, the planned use and the
/// estimated need, the mitigation measures already taken, and other support available
/// (Regulation (EU) 2025/38, Art. 15). As typed; [`RequestContent`] is the valid one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestInput {
    pub potential_impact: String,
    pub planned_use: String,
    pub estimated_need: Vec<ServiceNeed>,
    pub measures_taken: Vec<MitigationMeasure>,
    pub mitigation_taken: String,
    pub other_support: OtherSupport,
}

/// A request's content, valid ([`RequestContent::parse`]); read its fields through `Deref`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RequestContent(RequestInput);

impl std::ops::Deref for RequestContent {
    type Target = RequestInput;
    fn deref(&self) -> &RequestInput {
        &self.0
    }
}

/// The most service-days one service type of one request may ask for.
pub const MAX_DAYS_PER_SERVICE: i64 = 200;
/// The longest free text of a request.
pub const MAX_REQUEST_TEXT: usize = 8000;

impl RequestContent {
    /// Validates a request (fields `potentialImpact`, `plannedUse`, `estimatedNeed`,
    /// `estimatedNeed[i].days`, `estimatedNeed[i].service`, `measuresTaken`,
    /// `mitigationTaken`, `otherSupport.details`). A need of zero or fewer days is refused, and
    /// a request is either for response or for preparedness, not both.
    pub fn parse(input: RequestInput) -> Result<Self, ReserveError> {
        let potential_impact = text(
            "potentialImpact",
            &input.potential_impact,
            10,
            MAX_REQUEST_TEXT,
        )?;
        let planned_use = text("plannedUse", &input.planned_use, 10, MAX_REQUEST_TEXT)?;
        if input.estimated_need.is_empty() {
            return Err(invalid(
                "estimatedNeed",
                "give the estimated need of at least one service type",
            ));
        }
        for (i, n) in input.estimated_need.iter().enumerate() {
            if n.days <= 0 {
                return Err(invalid(
                    format!("estimatedNeed[{i}].days"),
                    "must be at least one service-day",
                ));
            }
            if n.days > MAX_DAYS_PER_SERVICE {
                return Err(invalid(
                    format!("estimatedNeed[{i}].days"),
                    format!("must be at most {MAX_DAYS_PER_SERVICE} service-days"),
                ));
            }
            if input.estimated_need[..i]
                .iter()
                .any(|m| m.service == n.service)
            {
                return Err(invalid(
                    format!("estimatedNeed[{i}].service"),
                    "lists a service type twice",
                ));
            }
        }
        let preparedness = input
            .estimated_need
            .iter()
            .filter(|n| n.service == ServiceType::Preparedness)
            .count();
        if preparedness > 0 && preparedness < input.estimated_need.len() {
            return Err(invalid(
                "estimatedNeed",
                "a request is for incident response or for preparedness, not both",
            ));
        }
        let mut measures_taken = input.measures_taken.clone();
        measures_taken.sort_unstable();
        measures_taken.dedup();
        if measures_taken.len() != input.measures_taken.len() {
            return Err(invalid("measuresTaken", "lists a measure twice"));
        }
        let details = match input.other_support.details.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(d) => Some(text("otherSupport.details", d, 1, 2000)?),
        };
        Ok(Self(RequestInput {
            potential_impact,
            planned_use,
            estimated_need: input.estimated_need,
            measures_taken,
            mitigation_taken: text(
                "mitigationTaken",
                &input.mitigation_taken,
                10,
                MAX_REQUEST_TEXT,
            )?,
            other_support: OtherSupport {
                details,
                ..input.other_support
            },
        }))
    }

    pub fn kind(&self) -> RequestKind {
        if self
            .estimated_need
            .iter()
            .all(|n| n.service == ServiceType::Preparedness)
        {
            RequestKind::Preparedness
        } else {
            RequestKind::Response
        }
    }

    /// The service-days asked for in all: what an assignment reserves.
    pub fn total_days(&self) -> i64 {
        self.estimated_need.iter().map(|n| n.days).sum()
    }
}

/// A response request must be linked to an incident case of the requesting organisation; a
/// preparedness request may be, to the same organisation's case only. `incident_owner` is the
/// organisation of the linked case (`None`: no case linked). Field: `incidentId`.
pub fn check_incident_link<Org: PartialEq>(
    kind: RequestKind,
    requester: &Org,
    incident_owner: Option<&Org>,
) -> Result<(), ReserveError> {
    match (kind, incident_owner) {
        (_, Some(owner)) if owner != requester => Err(invalid(
            "incidentId",
            "link an incident case of your own organisation",
        )),
        (RequestKind::Response, None) => Err(invalid(
            "incidentId",
            "a request for incident response is linked to one of your incident cases",
        )),
        _ => Ok(()),
    }
}

// ---- the steps ------------------------------------------------------------------------------

fn step(
    from: RequestStatus,
    allowed: &[RequestStatus],
    to: RequestStatus,
) -> Result<RequestStatus, ReserveError> {
    if allowed.contains(&from) {
        Ok(to)
    } else {
        Err(ReserveError::InvalidTransition { from, to })
    }
}

/// The clinic submits its draft to its member state's single point of contact (Art. 15:
/// member-state users' requests go through the NIS2 Art. 8(3) single point of contact).
pub fn submit(from: RequestStatus) -> Result<RequestStatus, ReserveError> {
    step(from, &[RequestStatus::Draft], RequestStatus::Submitted)
}

/// The single point of contact's view when it endorses: severity and cross-border spill-over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Endorsement {
    pub severity: Severity,
    pub spill_over: SpillOver,
    pub note: Option<String>,
}

/// The authority endorses a submitted request with its own view (field `note`).
pub fn endorse(
    from: RequestStatus,
    severity: Severity,
    spill_over: SpillOver,
    note: Option<&str>,
) -> Result<(RequestStatus, Endorsement), ReserveError> {
    let to = step(from, &[RequestStatus::Submitted], RequestStatus::Endorsed)?;
    let note = match note.map(str::trim) {
        None | Some("") => None,
        Some(n) => Some(text("note", n, 1, 2000)?),
    };
    Ok((
        to,
        Endorsement {
            severity,
            spill_over,
            note,
        },
    ))
}

/// The authority declines a submitted request, with a reason (field `reason`, 5..=2000
/// characters).
pub fn decline(from: RequestStatus, reason: &str) -> Result<(RequestStatus, String), ReserveError> {
    let to = step(from, &[RequestStatus::Submitted], RequestStatus::Declined)?;
    Ok((to, text("reason", reason, 5, 2000)?))
}

/// The requester withdraws its request, before a provider is assigned.
pub fn withdraw(from: RequestStatus) -> Result<RequestStatus, ReserveError> {
    use RequestStatus::*;
    step(from, &[Draft, Submitted, Endorsed, Triaged], Withdrawn)
}

/// ENISA takes an endorsed request into its priority queue.
pub fn triage(from: RequestStatus) -> Result<RequestStatus, ReserveError> {
    step(from, &[RequestStatus::Endorsed], RequestStatus::Triaged)
}

/// ENISA assigns a provider to a triaged request (the capacity is reserved by the store in the
/// same transaction, after [`check_assignment`]).
pub fn assign(from: RequestStatus) -> Result<RequestStatus, ReserveError> {
    step(from, &[RequestStatus::Triaged], RequestStatus::Assigned)
}

/// The assigned provider accepts (delivery starts) or declines (the request goes back to the
/// queue and its reserved days are released).
pub fn respond(from: RequestStatus, accept: bool) -> Result<RequestStatus, ReserveError> {
    let to = if accept {
        RequestStatus::InDelivery
    } else {
        RequestStatus::Triaged
    };
    step(from, &[RequestStatus::Assigned], to)
}

/// A provider's engagement on one request: the days reserved for it and those delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Engagement {
    pub reserved_days: i64,
    pub consumed_days: i64,
}

impl Engagement {
    pub fn new(reserved_days: i64) -> Self {
        Self {
            reserved_days,
            consumed_days: 0,
        }
    }

    pub fn remaining(&self) -> i64 {
        self.reserved_days - self.consumed_days
    }

    /// The provider logs `days` delivered (field `days`): at least one, and never beyond the
    /// days reserved for the request ([`ReserveError::ExceedsReserved`]). Each logged day
    /// consumes a reserved day of the capacity ledger.
    pub fn log(self, status: RequestStatus, days: i64) -> Result<Engagement, ReserveError> {
        if status != RequestStatus::InDelivery {
            return Err(ReserveError::InvalidTransition {
                from: status,
                to: RequestStatus::InDelivery,
            });
        }
        if days <= 0 {
            return Err(invalid("days", "log at least one service-day"));
        }
        if days > self.remaining() {
            return Err(ReserveError::ExceedsReserved {
                reserved: self.remaining(),
                requested: days,
            });
        }
        Ok(Engagement {
            consumed_days: self.consumed_days + days,
            ..self
        })
    }
}

/// The provider marks delivery complete at `ended_at` (field `endedAt`: not in the future).
/// Returns the new status and the reserved days left unused, which the store releases.
pub fn complete_delivery(
    from: RequestStatus,
    engagement: Engagement,
    ended_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(RequestStatus, i64), ReserveError> {
    let to = step(from, &[RequestStatus::InDelivery], RequestStatus::Delivered)?;
    if ended_at > now {
        return Err(invalid("endedAt", "cannot be in the future"));
    }
    Ok((to, engagement.remaining()))
}

/// The user's summary report: the service provided, the results achieved and the lessons
/// learned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SummaryReport {
    pub service_provided: String,
    pub results: String,
    pub lessons_learned: String,
}

/// The clinic submits its summary report, after delivery (fields `serviceProvided`,
/// `results`, `lessonsLearned`). Before delivery this is an invalid transition.
pub fn submit_report(
    from: RequestStatus,
    service_provided: &str,
    results: &str,
    lessons_learned: &str,
) -> Result<(RequestStatus, SummaryReport), ReserveError> {
    let to = step(from, &[RequestStatus::Delivered], RequestStatus::Reported)?;
    Ok((
        to,
        SummaryReport {
            service_provided: text("serviceProvided", service_provided, 10, MAX_REQUEST_TEXT)?,
            results: text("results", results, 10, MAX_REQUEST_TEXT)?,
            lessons_learned: text("lessonsLearned", lessons_learned, 10, MAX_REQUEST_TEXT)?,
        },
    ))
}

/// ENISA closes the request after the report.
pub fn close(from: RequestStatus) -> Result<RequestStatus, ReserveError> {
    step(from, &[RequestStatus::Reported], RequestStatus::Closed)
}

// ---- the summary-report clock ---------------------------------------------------------------

/// The default period for the summary report, in calendar months after the support ends.
///
/// The Commission's proposal (COM(2023) 209, Art. 14(6)) said "within one month from the end
/// of the support action". The final text, Regulation (EU) 2025/38, Art. 16 ("Implementation
/// of the support from the EU Cybersecurity Reserve"), gives users three months after the end
/// of the support to report on the service provided, the results achieved and the lessons
/// learned. The period is a setting (`months` of [`summary_report_due`]); this is its default.
pub const SUMMARY_REPORT_MONTHS_DEFAULT: u32 = 3;

/// When the summary report is due: `months` calendar months after delivery ended, counted in
/// the organisation's zone with the incident clocks' rules.
pub fn summary_report_due(
    delivery_ended_at: DateTime<Utc>,
    zone: &TimeZoneName,
    months: u32,
) -> Result<DateTime<Utc>, ReserveError> {
    if months == 0 {
        return Err(invalid("summaryReportMonths", "must be at least one month"));
    }
    Ok(add_calendar_months(delivery_ended_at, months, zone)?)
}

/// The summary report's clock: what it counts from, when it was met, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryReportClock {
    /// When delivery ended; `None` before.
    pub delivery_ended_at: Option<DateTime<Utc>>,
    pub reported_at: Option<DateTime<Utc>>,
    /// The organisation's zone.
    pub zone: TimeZoneName,
    /// The period in calendar months ([`SUMMARY_REPORT_MONTHS_DEFAULT`] unless configured).
    pub months: u32,
}

impl SummaryReportClock {
    /// The due time; `None` before delivery ends.
    pub fn due(&self) -> Result<Option<DateTime<Utc>>, ReserveError> {
        self.delivery_ended_at
            .map(|d| summary_report_due(d, &self.zone, self.months))
            .transpose()
    }

    /// The state at `now`: not started before delivery ends, then due, overdue, met or met
    /// late.
    pub fn status(&self, now: DateTime<Utc>) -> Result<DeadlineStatus, ReserveError> {
        Ok(deadline_status(self.due()?, self.reported_at, now))
    }

    /// The reminder owed at `now`, given those already sent (six hours before, and once
    /// overdue, as for the incident clocks).
    pub fn reminder(
        &self,
        now: DateTime<Utc>,
        sent: &[ReminderKind],
    ) -> Result<Option<ReminderKind>, ReserveError> {
        Ok(reminder_due(self.due()?, self.reported_at, now, sent))
    }
}

#[cfg(test)]
mod tests;
