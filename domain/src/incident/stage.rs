//! The stages of an incident's reporting (NIS2 Art. 23(4)), the content each must carry, and
//! the order in which they may be submitted.
//!
//! | stage | Art. 23(4) | may be submitted when |
//! |---|---|---|
//! | `EARLY_WARNING` | (a) | first |
//! | `NOTIFICATION` | (b) | after the early warning |
//! | `INTERMEDIATE` | (c) | the authority has asked for one and it is not answered yet |
//! | `PROGRESS` | (e) | after the notification, while the incident was not handled before the final report fell due |
//! | `FINAL` | (d), (e) | after the notification, once the incident is handled; after the progress report where one was due; with the referral where the member state requires it |
//!
//! Each stage is submitted once (the intermediate report once per request) and never changes:
//! there is no function here that edits a submission; corrections go in the next stage.
use super::{IncidentCase, IncidentError, Severity, invalid, optional_text, ransom, text};
use crate::calendar::add_calendar_months;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Stage {
    EarlyWarning,
    Notification,
    Intermediate,
    Progress,
    Final,
}

crate::organisation::str_enum!(Stage {
    EarlyWarning = "EARLY_WARNING",
    Notification = "NOTIFICATION",
    Intermediate = "INTERMEDIATE",
    Progress = "PROGRESS",
    Final = "FINAL",
});

impl Stage {
    /// Its name in a sentence.
    pub fn label(self) -> &'static str {
        match self {
            Stage::EarlyWarning => "early warning",
            Stage::Notification => "incident notification",
            Stage::Intermediate => "intermediate report",
            Stage::Progress => "progress report",
            Stage::Final => "final report",
        }
    }

    /// The point of NIS2 Art. 23(4) that sets the stage's content and deadline.
    pub fn article(self) -> &'static str {
        match self {
            Stage::EarlyWarning => "NIS2 Art. 23(4)(a)",
            Stage::Notification => "NIS2 Art. 23(4)(b)",
            Stage::Intermediate => "NIS2 Art. 23(4)(c)",
            Stage::Progress => "NIS2 Art. 23(4)(e)",
            Stage::Final => "NIS2 Art. 23(4)(d)",
        }
    }
}

/// A submitted stage: when, and when the authority acknowledged it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Submission {
    pub stage: Stage,
    pub submitted_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
}

/// Whether the incident is suspected to be caused by unlawful or malicious acts and whether it
/// could have a cross-border impact: what the early warning says (Art. 23(4)(a)) and the
/// notification updates (Art. 23(4)(b)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Suspicion {
    pub suspected_malicious: bool,
    pub cross_border_impact: bool,
}

/// Art. 23(4)(a): the suspicion, with a short summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EarlyWarning {
    #[serde(flatten)]
    pub suspicion: Suspicion,
    pub summary: String,
}

/// Art. 23(4)(b): an update of the early warning and an initial assessment (severity and
/// impact), with indicators of compromise where available.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Notification {
    #[serde(flatten)]
    pub suspicion: Suspicion,
    pub severity: Severity,
    pub impact: String,
    pub indicators_of_compromise: Option<String>,
}

/// Art. 23(4)(c): relevant status updates, on the authority's request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Intermediate {
    pub status_update: String,
}

/// Art. 23(4)(e): where the incident is ongoing when the final report falls due, a report on
/// the progress so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub status_update: String,
    pub mitigation: String,
}

/// Art. 23(4)(d): a detailed description (severity and impact), the type of threat or root
/// cause, applied and ongoing mitigation, and the cross-border impact where known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Final {
    pub description: String,
    pub severity: Severity,
    pub root_cause: String,
    pub mitigation: String,
    pub cross_border_impact: Option<String>,
}

/// A stage's structured content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StageReport {
    EarlyWarning(EarlyWarning),
    Notification(Notification),
    Intermediate(Intermediate),
    Progress(Progress),
    Final(Final),
}

/// What a user types for a stage: one flat input, each stage using its own fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StageInput {
    pub suspected_malicious: Option<bool>,
    pub cross_border_impact: Option<bool>,
    pub severity: Option<Severity>,
    pub summary: Option<String>,
    pub impact: Option<String>,
    pub indicators_of_compromise: Option<String>,
    pub status_update: Option<String>,
    pub mitigation: Option<String>,
    pub description: Option<String>,
    pub root_cause: Option<String>,
    pub cross_border_description: Option<String>,
}

/// The longest free text of a stage.
pub const MAX_STAGE_TEXT: usize = 8000;
/// The longest list of indicators of compromise (hashes, addresses, domains).
pub const MAX_INDICATORS: usize = 50_000;

fn required<T: Copy>(field: &str, v: Option<T>) -> Result<T, IncidentError> {
    v.ok_or_else(|| invalid(field, "is required for this stage"))
}

fn required_text(field: &str, v: &Option<String>) -> Result<String, IncidentError> {
    text(field, v.as_deref().unwrap_or(""), 1, MAX_STAGE_TEXT)
}

fn suspicion(input: &StageInput) -> Result<Suspicion, IncidentError> {
    Ok(Suspicion {
        suspected_malicious: required("report.suspectedMalicious", input.suspected_malicious)?,
        cross_border_impact: required("report.crossBorderImpact", input.cross_border_impact)?,
    })
}

impl StageReport {
    /// Validates the content of `stage` (fields `report.<name>`).
    pub fn parse(stage: Stage, input: &StageInput) -> Result<Self, IncidentError> {
        Ok(match stage {
            Stage::EarlyWarning => StageReport::EarlyWarning(EarlyWarning {
                suspicion: suspicion(input)?,
                summary: required_text("report.summary", &input.summary)?,
            }),
            Stage::Notification => StageReport::Notification(Notification {
                suspicion: suspicion(input)?,
                severity: required("report.severity", input.severity)?,
                impact: required_text("report.impact", &input.impact)?,
                indicators_of_compromise: optional_text(
                    "report.indicatorsOfCompromise",
                    input.indicators_of_compromise.as_deref(),
                    MAX_INDICATORS,
                )?,
            }),
            Stage::Intermediate => StageReport::Intermediate(Intermediate {
                status_update: required_text("report.statusUpdate", &input.status_update)?,
            }),
            Stage::Progress => StageReport::Progress(Progress {
                status_update: required_text("report.statusUpdate", &input.status_update)?,
                mitigation: required_text("report.mitigation", &input.mitigation)?,
            }),
            Stage::Final => StageReport::Final(Final {
                description: required_text("report.description", &input.description)?,
                severity: required("report.severity", input.severity)?,
                root_cause: required_text("report.rootCause", &input.root_cause)?,
                mitigation: required_text("report.mitigation", &input.mitigation)?,
                cross_border_impact: optional_text(
                    "report.crossBorderDescription",
                    input.cross_border_description.as_deref(),
                    MAX_STAGE_TEXT,
                )?,
            }),
        })
    }

    pub fn stage(&self) -> Stage {
        match self {
            StageReport::EarlyWarning(_) => Stage::EarlyWarning,
            StageReport::Notification(_) => Stage::Notification,
            StageReport::Intermediate(_) => Stage::Intermediate,
            StageReport::Progress(_) => Stage::Progress,
            StageReport::Final(_) => Stage::Final,
        }
    }

    /// The stage's word on a possible cross-border impact, where it has one: the case's flag
    /// follows the latest.
    pub fn cross_border(&self) -> Option<bool> {
        match self {
            StageReport::EarlyWarning(e) => Some(e.suspicion.cross_border_impact),
            StageReport::Notification(n) => Some(n.suspicion.cross_border_impact),
            StageReport::Final(f) => f.cross_border_impact.as_ref().map(|_| true),
            StageReport::Intermediate(_) | StageReport::Progress(_) => None,
        }
    }
}

/// When the final report first falls due: one calendar month after the notification was
/// submitted, in the organisation's zone (Art. 23(4)(d); the counting rule is
/// [`crate::calendar::add_calendar_months`]). `None` before the notification.
pub fn first_final_due(case: &IncidentCase) -> Result<Option<DateTime<Utc>>, IncidentError> {
    case.submitted(Stage::Notification)
        .map(|n| add_calendar_months(n.submitted_at, 1, &case.zone))
        .transpose()
        .map_err(IncidentError::from)
}

/// Whether a progress report is owed instead of the final report at its first due time: the
/// incident was not handled by then (Art. 23(4)(e)). `false` while that time is in the future
/// and the incident ongoing, since it may still be handled in time; `None` before the
/// notification.
pub fn progress_owed(
    case: &IncidentCase,
    now: DateTime<Utc>,
) -> Result<Option<bool>, IncidentError> {
    Ok(first_final_due(case)?.map(|due| match case.handled_at {
        Some(handled) => handled > due,
        None => now > due,
    }))
}

fn out_of_order(stage: Stage, message: impl Into<String>) -> IncidentError {
    IncidentError::OutOfOrder {
        stage,
        message: message.into(),
    }
}

/// Whether `stage` may be submitted on `case` at `now` (the table in the module's doc). A
/// second submission of a stage is refused as out of order.
pub fn check_submission(
    case: &IncidentCase,
    stage: Stage,
    now: DateTime<Utc>,
) -> Result<(), IncidentError> {
    case.require_open()?;
    let has = |s: Stage| case.submitted(s).is_some();
    // Each stage once; the intermediate report once per request (checked below).
    if stage != Stage::Intermediate && has(stage) {
        return Err(out_of_order(
            stage,
            format!(
                "the {} was already submitted; corrections go in the next stage",
                stage.label()
            ),
        ));
    }
    let prerequisite = match stage {
        Stage::EarlyWarning | Stage::Intermediate => None,
        Stage::Notification => Some(Stage::EarlyWarning),
        Stage::Progress | Stage::Final => Some(Stage::Notification),
    };
    if let Some(p) = prerequisite
        && !has(p)
    {
        return Err(out_of_order(
            stage,
            format!("the {} comes first", p.label()),
        ));
    }
    match stage {
        Stage::EarlyWarning | Stage::Notification => {}
        Stage::Intermediate => {
            if case.open_intermediate_request().is_none() {
                return Err(out_of_order(
                    stage,
                    "no intermediate report is requested: the authority asks for one",
                ));
            }
        }
        Stage::Progress => {
            if has(Stage::Final) {
                return Err(out_of_order(stage, "the final report is already in"));
            }
            if let (Some(handled), Some(due)) = (case.handled_at, first_final_due(case)?)
                && handled <= due
            {
                return Err(out_of_order(
                    stage,
                    "the incident was handled before the final report fell due: submit the final report",
                ));
            }
        }
        Stage::Final => {
            if case.handled_at.is_none() {
                return Err(out_of_order(
                    stage,
                    "mark the incident handled first: while it is ongoing, a progress report is due instead",
                ));
            }
            if progress_owed(case, now)? == Some(true) && !has(Stage::Progress) {
                return Err(out_of_order(
                    stage,
                    "the incident was still ongoing when the final report fell due: the progress report comes first",
                ));
            }
            ransom::check_referral(
                &case.ransom,
                ransom::GuardedAction::FinalReport,
                case.member_state,
            )?;
        }
    }
    Ok(())
}
