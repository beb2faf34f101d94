//! NIS2 incident cases (Directive (EU) 2022/2555, Art. 23): what a clinic reports, the stages
//! of its reporting, the case's lifecycle, the clocks, ransom demands with their law-enforcement
//! referral, and the anonymised statistics. Errors: [`IncidentError`], each naming its field.
//!
//! - [`NewIncident::parse`]: a reported incident (category, affected services, the Art. 23(3)
//!   significance checklist, awareness not in the future and not before the start);
//! - [`stage`]: the five stages with the content Art. 23(4) requires, and the order rules
//!   ([`stage::check_submission`]); a submitted stage is never changed, corrections go in the
//!   next stage;
//! - the case: [`mark_handled`], [`acknowledge`], [`request_intermediate`], [`close`],
//!   [`share`] and [`authority_access`];
//! - [`clock`]: the deadlines of a case at `now` and the reminders owed;
//! - [`ransom`]: demands, the member state's rules and the referral rule;
//! - [`statistics`]: counts by member state, month and category, small cells suppressed.
//!
//! The roles are plain parameters here (a member state, an organisation's own case): the
//! `AUTHORITY_OFFICER` role and the `AUTHORITY` organisation kind live in the API's permission
//! table, which calls these functions.
use crate::calendar::{CalendarError, TimeZoneName};
use crate::member_state::MemberState;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

pub mod clock;
pub mod ransom;
pub mod stage;
pub mod statistics;

pub use clock::{Clock, Reminder, clocks, due_reminders, next_deadline};
pub use ransom::{GuardedAction, RansomStatus};
pub use stage::{Stage, StageInput, StageReport, Submission, check_submission};

/// The incident's category: a short controlled list in the spirit of the ENISA Reference
/// Incident Classification Taxonomy (`reference/incident-taxonomy.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Category {
    Ransomware,
    OtherMalware,
    DenialOfService,
    PhishingSocialEngineering,
    /// A breach of confidentiality.
    DataBreach,
    /// Intrusion or account compromise.
    Intrusion,
    /// A supplier's incident affecting the entity.
    SupplyChain,
    SystemFailure,
    HumanError,
    NaturalPhenomenon,
    Other,
}

crate::organisation::str_enum!(Category {
    Ransomware = "RANSOMWARE",
    OtherMalware = "OTHER_MALWARE",
    DenialOfService = "DENIAL_OF_SERVICE",
    PhishingSocialEngineering = "PHISHING_SOCIAL_ENGINEERING",
    DataBreach = "DATA_BREACH",
    Intrusion = "INTRUSION",
    SupplyChain = "SUPPLY_CHAIN",
    SystemFailure = "SYSTEM_FAILURE",
    HumanError = "HUMAN_ERROR",
    NaturalPhenomenon = "NATURAL_PHENOMENON",
    Other = "OTHER",
});

impl Category {
    pub const ALL: [Category; 11] = [
        Category::Ransomware,
        Category::OtherMalware,
        Category::DenialOfService,
        Category::PhishingSocialEngineering,
        Category::DataBreach,
        Category::Intrusion,
        Category::SupplyChain,
        Category::SystemFailure,
        Category::HumanError,
        Category::NaturalPhenomenon,
        Category::Other,
    ];
}

/// A healthcare service the incident affects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AffectedService {
    EmergencyCare,
    IntensiveCare,
    Surgery,
    InpatientCare,
    OutpatientCare,
    /// Imaging, laboratory and other diagnostics.
    Diagnostics,
    PatientRecords,
    Pharmacy,
    MedicalDevices,
    Telemedicine,
    Communications,
    Administration,
    Other,
}

crate::organisation::str_enum!(AffectedService {
    EmergencyCare = "EMERGENCY_CARE",
    IntensiveCare = "INTENSIVE_CARE",
    Surgery = "SURGERY",
    InpatientCare = "INPATIENT_CARE",
    OutpatientCare = "OUTPATIENT_CARE",
    Diagnostics = "DIAGNOSTICS",
    PatientRecords = "PATIENT_RECORDS",
    Pharmacy = "PHARMACY",
    MedicalDevices = "MEDICAL_DEVICES",
    Telemedicine = "TELEMEDICINE",
    Communications = "COMMUNICATIONS",
    Administration = "ADMINISTRATION",
    Other = "OTHER",
});

impl AffectedService {
    /// Whether the service is patient care (everything but communications, administration and
    /// other).
    pub fn is_clinical(self) -> bool {
        !matches!(
            self,
            AffectedService::Communications
                | AffectedService::Administration
                | AffectedService::Other
        )
    }
}

/// One item of the significance checklist. Each maps to a point of NIS2 Art. 23(3); the health
/// items are the typical signs listed in `reference/incident-taxonomy.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SignificanceCriterion {
    /// Art. 23(3)(a): severe operational disruption of the services.
    SevereOperationalDisruption,
    /// Art. 23(3)(a): financial loss for the entity.
    FinancialLoss,
    /// Art. 23(3)(b): considerable material or non-material damage to other natural or legal
    /// persons.
    DamageToOthers,
    EmergencyCareDiverted,
    DiagnosticsOrRecordsUnavailable,
    PatientDataExfiltrated,
    OperationsPostponed,
}

crate::organisation::str_enum!(SignificanceCriterion {
    SevereOperationalDisruption = "SEVERE_OPERATIONAL_DISRUPTION",
    FinancialLoss = "FINANCIAL_LOSS",
    DamageToOthers = "DAMAGE_TO_OTHERS",
    EmergencyCareDiverted = "EMERGENCY_CARE_DIVERTED",
    DiagnosticsOrRecordsUnavailable = "DIAGNOSTICS_OR_RECORDS_UNAVAILABLE",
    PatientDataExfiltrated = "PATIENT_DATA_EXFILTRATED",
    OperationsPostponed = "OPERATIONS_POSTPONED",
});

/// A point of NIS2 Art. 23(3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SignificancePoint {
    /// (a) severe operational disruption or financial loss for the entity.
    A,
    /// (b) considerable damage to other natural or legal persons.
    B,
}

impl SignificanceCriterion {
    /// The Art. 23(3) point the item is evidence of. Exfiltrated patient data damages the
    /// patients (b); the other health signs disrupt the entity's services (a).
    pub fn point(self) -> SignificancePoint {
        use SignificanceCriterion::*;
        match self {
            DamageToOthers | PatientDataExfiltrated => SignificancePoint::B,
            SevereOperationalDisruption
            | FinancialLoss
            | EmergencyCareDiverted
            | DiagnosticsOrRecordsUnavailable
            | OperationsPostponed => SignificancePoint::A,
        }
    }
}

/// The severity of an incident, as the entity or the authority assesses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

crate::organisation::str_enum!(Severity { Low = "LOW", Medium = "MEDIUM", High = "HIGH", Critical = "CRITICAL" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CaseStatus {
    Open,
    /// Closed by the authority. Nothing more is submitted.
    Closed,
}

crate::organisation::str_enum!(CaseStatus { Open = "OPEN", Closed = "CLOSED" });

/// Why an incident input or step was refused. [`IncidentError::field`] names the input field
/// for a `VALIDATION` answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IncidentError {
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    /// A stage submitted out of order, or a second time.
    #[error("stage: {message}")]
    OutOfOrder { stage: Stage, message: String },
    #[error("stage: the {} was already acknowledged", .0.label())]
    AlreadyAcknowledged(Stage),
    /// The member state makes the law-enforcement referral of a ransom demand mandatory and
    /// none is recorded.
    #[error("referral: {member_state} requires a law-enforcement referral for a ransom demand; record the referral (authority, date and case reference) before {}", .action.phrase())]
    ReferralRequired {
        action: GuardedAction,
        member_state: MemberState,
    },
    #[error("{}", crate::refused_step("case", from.as_str(), &to.as_str().to_lowercase().replace('_', " "), from == to))]
    InvalidTransition { from: CaseStatus, to: CaseStatus },
    /// The authority closed the case: nothing more is submitted, acknowledged or requested.
    #[error("the case is closed")]
    CaseClosed,
    #[error(transparent)]
    Calendar(#[from] CalendarError),
}

impl IncidentError {
    /// The input field the error is about, for a `VALIDATION` answer.
    pub fn field(&self) -> Option<&str> {
        match self {
            IncidentError::Invalid { field, .. } => Some(field),
            IncidentError::OutOfOrder { .. } | IncidentError::AlreadyAcknowledged(_) => {
                Some("stage")
            }
            IncidentError::ReferralRequired { .. } => Some("referral"),
            IncidentError::InvalidTransition { .. }
            | IncidentError::CaseClosed
            | IncidentError::Calendar(_) => None,
        }
    }
}

pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> IncidentError {
    IncidentError::Invalid {
        field: field.into(),
        message: message.into(),
    }
}

/// A free text as typed: trimmed, `min..=max` characters, no control characters but line
/// breaks and tabs. The error names `field`.
pub(crate) fn bounded_text(
    field: &str,
    s: &str,
    min: usize,
    max: usize,
) -> Result<String, (String, String)> {
    let s = s.trim();
    let n = s.chars().count();
    if n < min || n > max {
        let message = if min <= 1 {
            format!("must be 1 to {max} characters")
        } else {
            format!("must be {min} to {max} characters")
        };
        return Err((field.to_owned(), message));
    }
    if s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err((
            field.to_owned(),
            "must not contain control characters".to_owned(),
        ));
    }
    Ok(s.to_owned())
}

pub(crate) fn text(field: &str, s: &str, min: usize, max: usize) -> Result<String, IncidentError> {
    bounded_text(field, s, min, max).map_err(|(field, message)| invalid(field, message))
}

/// An optional text: blank is `None`.
pub(crate) fn optional_text(
    field: &str,
    s: Option<&str>,
    max: usize,
) -> Result<Option<String>, IncidentError> {
    match s.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => text(field, s, 1, max).map(Some),
    }
}

/// A list of distinct items, `1..=max` of them.
fn distinct<T: Copy + Eq + Ord>(
    field: &str,
    items: &[T],
    max: usize,
) -> Result<Vec<T>, IncidentError> {
    if items.is_empty() || items.len() > max {
        return Err(invalid(field, format!("choose 1 to {max}")));
    }
    let mut v = items.to_vec();
    v.sort_unstable();
    v.dedup();
    if v.len() != items.len() {
        return Err(invalid(field, "lists an item twice"));
    }
    Ok(v)
}

/// The significance assessment: the checklist and a short text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Significance {
    pub criteria: Vec<SignificanceCriterion>,
    pub assessment: String,
}

impl Significance {
    /// The Art. 23(3) points the ticked items give evidence of.
    pub fn points(&self) -> Vec<SignificancePoint> {
        let mut p: Vec<_> = self.criteria.iter().map(|c| c.point()).collect();
        p.sort_unstable();
        p.dedup();
        p
    }
}

/// What a provider user types to report an incident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentInput {
    pub title: String,
    pub started_at: DateTime<Utc>,
    pub aware_at: DateTime<Utc>,
    pub category: Category,
    pub affected_services: Vec<AffectedService>,
    pub suspected_malicious: bool,
    pub cross_border: bool,
    pub significance_criteria: Vec<SignificanceCriterion>,
    pub significance_assessment: String,
}

/// A reported incident, valid. The clocks start at `aware_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewIncident {
    pub title: String,
    pub started_at: DateTime<Utc>,
    pub aware_at: DateTime<Utc>,
    pub category: Category,
    pub affected_services: Vec<AffectedService>,
    pub suspected_malicious: bool,
    pub cross_border: bool,
    pub significance: Significance,
}

/// How far back an incident's start may lie: ten years. Older events are not reported as new
/// incidents, and the bound keeps every instant far inside the calendar's range.
pub const MAX_INCIDENT_AGE: Duration = Duration::days(3653);

impl NewIncident {
    /// Validates a report at `now`. Fields: `title`, `startedAt`, `awareAt`,
    /// `affectedServices`, `significance.criteria`, `significance.assessment`.
    pub fn parse(input: IncidentInput, now: DateTime<Utc>) -> Result<Self, IncidentError> {
        let title = text("title", &input.title, 3, 200)?;
        if input.started_at > now {
            return Err(invalid(
                "startedAt",
                "the incident cannot start in the future",
            ));
        }
        if input.started_at < now - MAX_INCIDENT_AGE {
            return Err(invalid(
                "startedAt",
                "the incident cannot start more than ten years ago",
            ));
        }
        if input.aware_at > now {
            return Err(invalid("awareAt", "awareness cannot be in the future"));
        }
        if input.aware_at < input.started_at {
            return Err(invalid(
                "awareAt",
                "awareness cannot be before the incident started",
            ));
        }
        let affected_services = distinct("affectedServices", &input.affected_services, 13)?;
        let criteria = distinct("significance.criteria", &input.significance_criteria, 7).map_err(|_| {
            invalid(
                "significance.criteria",
                "tick at least one Art. 23(3) criterion, each once: a significant incident disrupts the services or causes loss, or damages others",
            )
        })?;
        let assessment = text(
            "significance.assessment",
            &input.significance_assessment,
            10,
            2000,
        )?;
        Ok(Self {
            title,
            started_at: input.started_at,
            aware_at: input.aware_at,
            category: input.category,
            affected_services,
            suspected_malicious: input.suspected_malicious,
            cross_border: input.cross_border,
            significance: Significance {
                criteria,
                assessment,
            },
        })
    }
}

/// An intermediate report the authority asked for (Art. 23(4)(c)), with the due date it set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IntermediateRequest {
    pub requested_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    /// When the intermediate report answering it was submitted.
    pub answered_at: Option<DateTime<Utc>>,
}

/// A case as the rules see it: what the store loads for a decision or for the clocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentCase {
    pub member_state: MemberState,
    /// The organisation's zone (default: its member state's, [`crate::calendar::member_state_zone`]).
    pub zone: TimeZoneName,
    pub started_at: DateTime<Utc>,
    pub aware_at: DateTime<Utc>,
    /// When the organisation marked the incident handled; `None` while it is ongoing.
    pub handled_at: Option<DateTime<Utc>>,
    pub status: CaseStatus,
    /// Whether the incident may have cross-border impact: the latest stage's word on it, or
    /// the report's.
    pub cross_border: bool,
    /// The submitted stages, in any order.
    pub submissions: Vec<Submission>,
    /// The authority's intermediate-report requests, oldest first.
    pub intermediate_requests: Vec<IntermediateRequest>,
    pub ransom: RansomStatus,
}

impl IncidentCase {
    /// The case of a freshly reported incident.
    pub fn new(
        member_state: MemberState,
        zone: TimeZoneName,
        incident: &NewIncident,
        ransom: RansomStatus,
    ) -> Self {
        Self {
            member_state,
            zone,
            started_at: incident.started_at,
            aware_at: incident.aware_at,
            handled_at: None,
            status: CaseStatus::Open,
            cross_border: incident.cross_border,
            submissions: Vec::new(),
            intermediate_requests: Vec::new(),
            ransom,
        }
    }

    /// The submission of a stage (the first, for the intermediate report).
    pub fn submitted(&self, stage: Stage) -> Option<&Submission> {
        self.submissions.iter().find(|s| s.stage == stage)
    }

    /// The open intermediate request, if any.
    pub fn open_intermediate_request(&self) -> Option<(usize, &IntermediateRequest)> {
        self.intermediate_requests
            .iter()
            .enumerate()
            .find(|(_, r)| r.answered_at.is_none())
    }

    /// Nothing is submitted, acknowledged, requested or recorded on a closed case.
    pub fn require_open(&self) -> Result<(), IncidentError> {
        match self.status {
            CaseStatus::Open => Ok(()),
            CaseStatus::Closed => Err(IncidentError::CaseClosed),
        }
    }
}

/// The organisation marks the incident handled at `handled_at` (once; not in the future, not
/// before it started). From then the final report is due one month later if the incident was
/// still ongoing when the final report first fell due (Art. 23(4)(e)).
pub fn mark_handled(
    case: &IncidentCase,
    handled_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, IncidentError> {
    case.require_open()?;
    if case.handled_at.is_some() {
        return Err(invalid(
            "handledAt",
            "the incident is already marked handled",
        ));
    }
    if handled_at > now {
        return Err(invalid("handledAt", "cannot be in the future"));
    }
    if handled_at < case.started_at {
        return Err(invalid(
            "handledAt",
            "cannot be before the incident started",
        ));
    }
    Ok(handled_at)
}

/// The authority acknowledges a submitted stage, once. Returns the acknowledgement time.
pub fn acknowledge(
    case: &IncidentCase,
    submission: &Submission,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, IncidentError> {
    case.require_open()?;
    if submission.acknowledged_at.is_some() {
        return Err(IncidentError::AlreadyAcknowledged(submission.stage));
    }
    Ok(now.max(submission.submitted_at))
}

/// The longest the authority may give for an intermediate report: 90 days.
pub const MAX_INTERMEDIATE_PERIOD: Duration = Duration::days(90);

/// The authority requests an intermediate report due at `due_at` (Art. 23(4)(c)): on an open
/// case whose final report is not in, with no other request outstanding, due in the future
/// and within [`MAX_INTERMEDIATE_PERIOD`].
pub fn request_intermediate(
    case: &IncidentCase,
    due_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<IntermediateRequest, IncidentError> {
    case.require_open()?;
    if case.submitted(Stage::Final).is_some() {
        return Err(invalid(
            "dueAt",
            "the final report is in: no intermediate report can be requested",
        ));
    }
    if let Some((_, open)) = case.open_intermediate_request() {
        return Err(invalid(
            "dueAt",
            format!(
                "the intermediate report requested on {} is still awaited",
                open.requested_at.format("%Y-%m-%d %H:%M UTC")
            ),
        ));
    }
    if due_at <= now {
        return Err(invalid("dueAt", "must be in the future"));
    }
    if due_at > now + MAX_INTERMEDIATE_PERIOD {
        return Err(invalid("dueAt", "must be within 90 days"));
    }
    Ok(IntermediateRequest {
        requested_at: now,
        due_at,
        answered_at: None,
    })
}

/// The authority closes the case. Where the member state makes the referral of a ransom
/// demand mandatory, not before the referral is recorded.
pub fn close(case: &IncidentCase) -> Result<CaseStatus, IncidentError> {
    if case.status != CaseStatus::Open {
        return Err(IncidentError::InvalidTransition {
            from: case.status,
            to: CaseStatus::Closed,
        });
    }
    ransom::check_referral(&case.ransom, GuardedAction::Close, case.member_state)?;
    Ok(CaseStatus::Closed)
}

/// The authority shares a possibly cross-border case with the authorities of `targets`
/// (read-only). Returns the member states newly shared with, in code order; those already
/// shared with are skipped. Field: `memberStates`.
pub fn share(
    case: &IncidentCase,
    targets: &[MemberState],
    already_shared: &[MemberState],
) -> Result<Vec<MemberState>, IncidentError> {
    if !case.cross_border {
        return Err(invalid(
            "memberStates",
            "only a case that may have cross-border impact can be shared",
        ));
    }
    if targets.is_empty() {
        return Err(invalid("memberStates", "name at least one member state"));
    }
    if targets.contains(&case.member_state) {
        return Err(invalid(
            "memberStates",
            "the case's own member state already has it",
        ));
    }
    let mut new: Vec<MemberState> = targets
        .iter()
        .copied()
        .filter(|t| !already_shared.contains(t))
        .collect();
    new.sort_unstable_by_key(|m| m.code());
    new.dedup();
    Ok(new)
}

/// What an authority of `authority` may do with a case of `case_state` shared with
/// `shared_with`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AuthorityAccess {
    /// Its own member state's case: read, acknowledge, comment, request, share, close.
    Full,
    /// Shared with it across borders: read only.
    ReadOnly,
    /// Anything else: the case does not exist for it (`NOT_FOUND`).
    None,
}

pub fn authority_access(
    authority: MemberState,
    case_state: MemberState,
    shared_with: &[MemberState],
) -> AuthorityAccess {
    if authority == case_state {
        AuthorityAccess::Full
    } else if shared_with.contains(&authority) {
        AuthorityAccess::ReadOnly
    } else {
        AuthorityAccess::None
    }
}

#[cfg(test)]
mod tests;
