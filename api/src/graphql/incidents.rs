//! Incident cases under NIS2 Art. 23 (`docs/incidents.md`): the clinic reports and submits its
//! stages against the clocks; its member state's authority reads, acknowledges, comments,
//! requests intermediate reports, shares across borders and closes. Anyone else finds no case
//! (`NOT_FOUND`). Ransom demands, their law-enforcement referral and each member state's ransom
//! rules; anonymised statistics for everyone.
use super::context::ctx;
use super::member_states::MemberState;
use super::pagination::{Conn, connection, page_request};
use super::scalars::{id, lookup_id, parse_id};
use crate::actions::incidents::{self as incidents, Access, Incident as DIncident, RulesInput};
use crate::error::{ApiError, ApiResult};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use domain::incident::ransom::{AmountInput, RansomAmount, RansomDemandInput, RansomRules};
use domain::incident::stage::StageReport;
use domain::incident::statistics::{Cell, CellCount};
use domain::incident::{IncidentInput, StageInput};
use rust_decimal::Decimal;

/// The incident's category (after ENISA's reference taxonomy).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::incident::Category")]
pub enum IncidentCategory {
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

/// A healthcare service the incident affects.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::incident::AffectedService")]
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

/// An item of the significance checklist (NIS2 Art. 23(3)).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::incident::SignificanceCriterion")]
pub enum SignificanceCriterion {
    /// Art. 23(3)(a): severe operational disruption of the services.
    SevereOperationalDisruption,
    /// Art. 23(3)(a): financial loss for the entity.
    FinancialLoss,
    /// Art. 23(3)(b): considerable damage to other natural or legal persons.
    DamageToOthers,
    /// Art. 23(3)(a): emergency care diverted.
    EmergencyCareDiverted,
    /// Art. 23(3)(a): diagnostics or patient records unavailable.
    DiagnosticsOrRecordsUnavailable,
    /// Art. 23(3)(b): patient data exfiltrated.
    PatientDataExfiltrated,
    /// Art. 23(3)(a): operations postponed.
    OperationsPostponed,
}

/// The severity of an incident.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::incident::Severity")]
pub enum IncidentSeverity {
    Low,
    Medium,
    High,
    Critical,
}

/// A case's status.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::incident::CaseStatus")]
pub enum IncidentStatus {
    /// Reporting goes on.
    Open,
    /// Closed by the authority; nothing more is submitted.
    Closed,
}

/// A reporting stage (NIS2 Art. 23(4)).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::incident::Stage")]
pub enum IncidentStage {
    /// Art. 23(4)(a): within 24 hours of awareness.
    EarlyWarning,
    /// Art. 23(4)(b): within 72 hours of awareness.
    Notification,
    /// Art. 23(4)(c): on the authority's request, by the due time it set.
    Intermediate,
    /// Art. 23(4)(e): the incident is ongoing when the final report falls due.
    Progress,
    /// Art. 23(4)(d): one calendar month after the notification (or after the handling).
    Final,
}

/// A clock's state.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::calendar::ClockState")]
pub enum ClockState {
    /// Not started (e.g. the final report before the notification).
    NotDueYet,
    /// Running, with time left.
    Due,
    /// Past its due time and not met.
    Overdue,
    /// Met on time.
    Met,
    /// Met after its due time.
    MetLate,
}

/// Whether a member state requires ransom demands to be reported.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::incident::ransom::RansomReporting")]
pub enum RansomReporting {
    Required,
    Encouraged,
    NotRequired,
}

/// How the caller stands to a case.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum IncidentAccess {
    /// The reporting organisation.
    Owner,
    /// The authority of the case's member state.
    Authority,
    /// An authority the case was shared with: read only.
    SharedReadOnly,
}

/// One deadline of a case, computed now from the case (`domain::incident::clocks`).
#[derive(SimpleObject)]
pub struct IncidentClock {
    pub stage: IncidentStage,
    /// For an intermediate report: which request (0 = the first).
    pub request: Option<i32>,
    /// `null` while the clock has not started.
    pub due_at: Option<DateTime<Utc>>,
    /// When the stage was submitted.
    pub met_at: Option<DateTime<Utc>>,
    pub state: ClockState,
    /// While `DUE`: seconds left.
    pub time_left_seconds: Option<i64>,
    /// While `OVERDUE` (so far) or `MET_LATE`: seconds late.
    pub late_by_seconds: Option<i64>,
}

impl From<domain::incident::Clock> for IncidentClock {
    fn from(c: domain::incident::Clock) -> Self {
        Self {
            stage: c.stage.into(),
            request: c.request.map(|i| i32::try_from(i).unwrap_or(i32::MAX)),
            due_at: c.due_at,
            met_at: c.met_at,
            state: c.status.state.into(),
            time_left_seconds: c.status.time_left.map(|d| d.num_seconds()),
            late_by_seconds: c.status.late_by.map(|d| d.num_seconds()),
        }
    }
}

/// A stage's content: each stage uses its own fields (Art. 23(4)).
#[derive(SimpleObject, Default)]
pub struct IncidentStageReport {
    pub suspected_malicious: Option<bool>,
    pub cross_border_impact: Option<bool>,
    pub severity: Option<IncidentSeverity>,
    pub summary: Option<String>,
    pub impact: Option<String>,
    pub indicators_of_compromise: Option<String>,
    pub status_update: Option<String>,
    pub mitigation: Option<String>,
    pub description: Option<String>,
    pub root_cause: Option<String>,
    pub cross_border_description: Option<String>,
}

impl From<&StageReport> for IncidentStageReport {
    fn from(r: &StageReport) -> Self {
        let d = Self::default();
        match r.clone() {
            StageReport::EarlyWarning(e) => Self {
                suspected_malicious: Some(e.suspicion.suspected_malicious),
                cross_border_impact: Some(e.suspicion.cross_border_impact),
                summary: Some(e.summary),
                ..d
            },
            StageReport::Notification(n) => Self {
                suspected_malicious: Some(n.suspicion.suspected_malicious),
                cross_border_impact: Some(n.suspicion.cross_border_impact),
                severity: Some(n.severity.into()),
                impact: Some(n.impact),
                indicators_of_compromise: n.indicators_of_compromise,
                ..d
            },
            StageReport::Intermediate(i) => Self {
                status_update: Some(i.status_update),
                ..d
            },
            StageReport::Progress(p) => Self {
                status_update: Some(p.status_update),
                mitigation: Some(p.mitigation),
                ..d
            },
            StageReport::Final(f) => Self {
                description: Some(f.description),
                severity: Some(f.severity.into()),
                root_cause: Some(f.root_cause),
                mitigation: Some(f.mitigation),
                cross_border_description: f.cross_border_impact,
                ..d
            },
        }
    }
}

/// A submitted stage: immutable; corrections go in the next stage.
#[derive(SimpleObject)]
pub struct IncidentSubmission {
    pub id: ID,
    pub stage: IncidentStage,
    pub submitted_at: DateTime<Utc>,
    /// When the authority acknowledged it.
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub report: IncidentStageReport,
}

/// An intermediate report the authority requested (Art. 23(4)(c)).
#[derive(SimpleObject)]
pub struct IntermediateReportRequest {
    pub requested_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
}

/// A comment on a case.
#[derive(SimpleObject)]
pub struct IncidentComment {
    pub id: ID,
    /// `PROVIDER_USER` (the clinic) or `AUTHORITY_OFFICER`.
    pub author_role: String,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

/// An amount demanded or paid: money (decimal string and ISO 4217 currency) or a crypto-asset.
#[derive(SimpleObject)]
pub struct RansomAmountValue {
    /// A decimal string.
    pub amount: String,
    /// ISO 4217, for money.
    pub currency: Option<String>,
    /// The crypto-asset ticker, e.g. `BTC`.
    pub asset: Option<String>,
}

fn amount_value(a: &RansomAmount) -> RansomAmountValue {
    match a {
        RansomAmount::Money { money } => RansomAmountValue {
            amount: money.amount().to_string(),
            currency: Some(money.currency().code().to_owned()),
            asset: None,
        },
        RansomAmount::Crypto { asset, amount } => RansomAmountValue {
            amount: amount.to_string(),
            currency: None,
            asset: Some(asset.as_str().to_owned()),
        },
    }
}

/// A ransom demand on a case. The note is stored encrypted and shown only to the case's readers.
#[derive(SimpleObject)]
pub struct RansomDemand {
    pub received_at: DateTime<Utc>,
    pub amount: Option<RansomAmountValue>,
    pub threat_actor: Option<String>,
    pub note_text: Option<String>,
    pub paid: bool,
    pub paid_amount: Option<RansomAmountValue>,
    pub recorded_at: DateTime<Utc>,
    /// Where the member state sets a reporting deadline: when the demand was to be reported.
    pub reporting_due_at: Option<DateTime<Utc>>,
}

/// The law-enforcement referral of a case's ransom demand.
#[derive(SimpleObject)]
pub struct LawEnforcementReferral {
    pub authority: String,
    pub referred_on: NaiveDate,
    pub case_reference: String,
    pub recorded_at: DateTime<Utc>,
}

/// A member state's ransom rules, maintained by its authority.
#[derive(SimpleObject)]
pub struct MemberStateRansomRules {
    pub member_state: MemberState,
    pub ransom_reporting: RansomReporting,
    /// Whether a law-enforcement referral is mandatory: a case with a demand then cannot get
    /// its final report or be closed before the referral is recorded.
    pub referral_mandatory: bool,
    /// Within how many hours of receipt a demand is to be reported.
    pub reporting_deadline_hours: Option<i32>,
    /// The law-enforcement contact shown to clinics.
    pub law_enforcement_contact: String,
}

fn rules_value(ms: domain::member_state::MemberState, r: RansomRules) -> MemberStateRansomRules {
    MemberStateRansomRules {
        member_state: ms.into(),
        ransom_reporting: r.ransom_reporting.into(),
        referral_mandatory: r.referral_mandatory,
        reporting_deadline_hours: r
            .reporting_deadline_hours
            .map(|h| i32::try_from(h).unwrap_or(i32::MAX)),
        law_enforcement_contact: r.law_enforcement_contact,
    }
}

/// One cell of the anonymised statistics.
#[derive(SimpleObject)]
pub struct IncidentStatisticCell {
    /// ISO 3166-1 alpha-2.
    pub member_state: String,
    /// `YYYY-MM`: the month the organisation became aware, in its zone.
    pub month: String,
    pub category: IncidentCategory,
    /// The exact count; `null` when suppressed.
    pub count: Option<i32>,
    /// 1 or 2 incidents, shown as "fewer than 3" (never the figure).
    pub fewer_than_three: bool,
}

impl From<Cell> for IncidentStatisticCell {
    fn from(c: Cell) -> Self {
        Self {
            member_state: c.member_state.code().to_owned(),
            month: c.month.to_string(),
            category: c.category.into(),
            count: c
                .count
                .exact()
                .map(|n| i32::try_from(n).unwrap_or(i32::MAX)),
            fewer_than_three: c.count == CellCount::FewerThan3,
        }
    }
}

/// An incident case.
pub struct Incident(pub DIncident);

#[Object]
impl Incident {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn title(&self) -> &str {
        &self.0.report.title
    }
    /// The reporting organisation's name.
    async fn organisation_name(&self) -> &str {
        &self.0.organisation_name
    }
    async fn member_state(&self) -> MemberState {
        self.0.member_state.into()
    }
    /// The organisation's IANA time zone as it is now (`Organisation.timeZone`): the final
    /// report's month is counted in it.
    async fn time_zone(&self) -> &str {
        self.0.zone.as_str()
    }
    async fn category(&self) -> IncidentCategory {
        self.0.report.category.into()
    }
    async fn affected_services(&self) -> Vec<AffectedService> {
        self.0
            .report
            .affected_services
            .iter()
            .map(|s| (*s).into())
            .collect()
    }
    async fn suspected_malicious(&self) -> bool {
        self.0.report.suspected_malicious
    }
    /// Whether it may have cross-border impact (the latest stage's word on it).
    async fn cross_border(&self) -> bool {
        self.0.cross_border
    }
    async fn significance_criteria(&self) -> Vec<SignificanceCriterion> {
        self.0
            .report
            .significance
            .criteria
            .iter()
            .map(|c| (*c).into())
            .collect()
    }
    async fn significance_assessment(&self) -> &str {
        &self.0.report.significance.assessment
    }
    async fn started_at(&self) -> DateTime<Utc> {
        self.0.report.started_at
    }
    /// When the organisation became aware: the clocks start here.
    async fn aware_at(&self) -> DateTime<Utc> {
        self.0.report.aware_at
    }
    /// When the organisation marked the incident handled; `null` while ongoing.
    async fn handled_at(&self) -> Option<DateTime<Utc>> {
        self.0.handled_at
    }
    async fn status(&self) -> IncidentStatus {
        self.0.status.into()
    }
    async fn reported_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// How the caller stands to the case.
    async fn access(&self, c: &Context<'_>) -> ApiResult<IncidentAccess> {
        Ok(match incidents::access(&ctx(c)?.scope(), &self.0) {
            Access::Owner => IncidentAccess::Owner,
            Access::Authority => IncidentAccess::Authority,
            Access::SharedReadOnly => IncidentAccess::SharedReadOnly,
        })
    }
    /// Every deadline now, in stage order.
    async fn clocks(&self, c: &Context<'_>) -> ApiResult<Vec<IncidentClock>> {
        let now = ctx(c)?.now();
        Ok(incidents::clocks(&self.0, now)?
            .into_iter()
            .map(Into::into)
            .collect())
    }
    /// The earliest unmet deadline (overdue ones first by construction).
    async fn next_deadline(&self, c: &Context<'_>) -> ApiResult<Option<IncidentClock>> {
        let now = ctx(c)?.now();
        Ok(incidents::next_deadline(&self.0, now)?.map(Into::into))
    }
    /// The submitted stages, oldest first.
    async fn submissions(&self) -> Vec<IncidentSubmission> {
        self.0
            .stages
            .iter()
            .map(|s| IncidentSubmission {
                id: id(s.id),
                stage: s.submission.stage.into(),
                submitted_at: s.submission.submitted_at,
                acknowledged_at: s.submission.acknowledged_at,
                report: (&s.report).into(),
            })
            .collect()
    }
    async fn intermediate_requests(&self) -> Vec<IntermediateReportRequest> {
        self.0
            .requests
            .iter()
            .map(|r| IntermediateReportRequest {
                requested_at: r.requested_at,
                due_at: r.due_at,
                answered_at: r.answered_at,
            })
            .collect()
    }
    async fn comments(&self) -> Vec<IncidentComment> {
        self.0
            .comments
            .iter()
            .map(|m| IncidentComment {
                id: id(m.id),
                author_role: m.author_role.clone(),
                text: m.body.clone(),
                created_at: m.created_at,
            })
            .collect()
    }
    /// Member states whose authorities it was shared with (read-only).
    async fn shared_with(&self) -> Vec<MemberState> {
        self.0.shared_with.iter().map(|m| (*m).into()).collect()
    }
    async fn ransom_demand(&self) -> Option<RansomDemand> {
        let d = self.0.demand.as_ref()?;
        Some(RansomDemand {
            received_at: d.demand.received_at,
            amount: d.demand.amount.as_ref().map(amount_value),
            threat_actor: d.demand.threat_actor.clone(),
            note_text: d.demand.note_text.clone(),
            paid: d.demand.paid,
            paid_amount: d.demand.paid_amount.as_ref().map(amount_value),
            recorded_at: d.recorded_at,
            reporting_due_at: self.0.rules.reporting_due(d.demand.received_at),
        })
    }
    async fn law_enforcement_referral(&self) -> Option<LawEnforcementReferral> {
        let r = self.0.referral.as_ref()?;
        Some(LawEnforcementReferral {
            authority: r.referral.authority.clone(),
            referred_on: r.referral.referred_on,
            case_reference: r.referral.case_reference.clone(),
            recorded_at: r.recorded_at,
        })
    }
    /// The case's member state's ransom rules now.
    async fn ransom_rules(&self) -> MemberStateRansomRules {
        rules_value(self.0.member_state, self.0.rules.clone())
    }
}

/// A significant incident as the clinic reports it.
#[derive(InputObject)]
pub struct ReportIncidentInput {
    /// 3 to 200 characters.
    pub title: String,
    pub started_at: DateTime<Utc>,
    /// Not in the future, not before the start: the clocks start here.
    pub aware_at: DateTime<Utc>,
    pub category: IncidentCategory,
    pub affected_services: Vec<AffectedService>,
    pub suspected_malicious: bool,
    pub cross_border: bool,
    /// At least one Art. 23(3) criterion.
    pub significance_criteria: Vec<SignificanceCriterion>,
    /// 10 to 2000 characters.
    pub significance_assessment: String,
}

impl From<ReportIncidentInput> for IncidentInput {
    fn from(input: ReportIncidentInput) -> Self {
        IncidentInput {
            title: input.title,
            started_at: input.started_at,
            aware_at: input.aware_at,
            category: input.category.into(),
            affected_services: input
                .affected_services
                .into_iter()
                .map(Into::into)
                .collect(),
            suspected_malicious: input.suspected_malicious,
            cross_border: input.cross_border,
            significance_criteria: input
                .significance_criteria
                .into_iter()
                .map(Into::into)
                .collect(),
            significance_assessment: input.significance_assessment,
        }
    }
}

/// A stage's content: fill the fields of the stage submitted.
#[derive(InputObject, Default)]
pub struct IncidentStageReportInput {
    pub suspected_malicious: Option<bool>,
    pub cross_border_impact: Option<bool>,
    pub severity: Option<IncidentSeverity>,
    pub summary: Option<String>,
    pub impact: Option<String>,
    pub indicators_of_compromise: Option<String>,
    pub status_update: Option<String>,
    pub mitigation: Option<String>,
    pub description: Option<String>,
    pub root_cause: Option<String>,
    pub cross_border_description: Option<String>,
}

impl From<IncidentStageReportInput> for StageInput {
    fn from(r: IncidentStageReportInput) -> Self {
        StageInput {
            suspected_malicious: r.suspected_malicious,
            cross_border_impact: r.cross_border_impact,
            severity: r.severity.map(Into::into),
            summary: r.summary,
            impact: r.impact,
            indicators_of_compromise: r.indicators_of_compromise,
            status_update: r.status_update,
            mitigation: r.mitigation,
            description: r.description,
            root_cause: r.root_cause,
            cross_border_description: r.cross_border_description,
        }
    }
}

/// A stage report to submit.
#[derive(InputObject)]
pub struct SubmitIncidentReportInput {
    pub incident_id: ID,
    pub stage: IncidentStage,
    pub report: IncidentStageReportInput,
}

/// An amount: money (`currency`) or a crypto-asset (`asset`), exactly one.
#[derive(InputObject)]
pub struct RansomAmountInput {
    /// A positive decimal string.
    #[graphql(directive = super::scalars::amount::apply())]
    pub amount: Decimal,
    /// ISO 4217, e.g. `EUR`.
    pub currency: Option<String>,
    /// A crypto-asset ticker, e.g. `BTC`.
    pub asset: Option<String>,
}

fn amount_input(field: &str, a: RansomAmountInput) -> ApiResult<AmountInput> {
    match (a.currency, a.asset) {
        (Some(currency), None) => Ok(AmountInput::Money {
            amount: a.amount,
            currency,
        }),
        (None, Some(asset)) => Ok(AmountInput::Crypto {
            amount: a.amount,
            asset,
        }),
        _ => Err(ApiError::validation(
            field,
            "give a currency or a crypto-asset, not both",
        )),
    }
}

/// A ransom demand received.
#[derive(InputObject)]
pub struct RansomDemandRecordInput {
    pub incident_id: ID,
    pub received_at: DateTime<Utc>,
    pub amount: Option<RansomAmountInput>,
    pub threat_actor: Option<String>,
    /// The note's text: stored encrypted, never logged.
    pub note_text: Option<String>,
    pub paid: bool,
    pub paid_amount: Option<RansomAmountInput>,
}

fn demand_input(i: RansomDemandRecordInput) -> ApiResult<RansomDemandInput> {
    Ok(RansomDemandInput {
        received_at: i.received_at,
        amount: i.amount.map(|a| amount_input("amount", a)).transpose()?,
        threat_actor: i.threat_actor,
        note_text: i.note_text,
        paid: i.paid,
        paid_amount: i
            .paid_amount
            .map(|a| amount_input("paidAmount", a))
            .transpose()?,
    })
}

/// The law-enforcement referral of a case's demand.
#[derive(InputObject)]
pub struct LawEnforcementReferralInput {
    pub incident_id: ID,
    /// The law-enforcement authority.
    pub authority: String,
    /// Not in the future, not before the demand was received.
    pub referred_on: NaiveDate,
    /// Its case reference.
    pub case_reference: String,
}

/// The own member state's ransom rules.
#[derive(InputObject)]
pub struct RansomRulesInput {
    pub ransom_reporting: RansomReporting,
    pub referral_mandatory: bool,
    /// 1 to 720; required where `REQUIRED`, empty where `NOT_REQUIRED`.
    pub reporting_deadline_hours: Option<i32>,
    pub law_enforcement_contact: String,
}

#[derive(Default)]
pub struct IncidentQuery;

#[Object]
impl IncidentQuery {
    /// A case: the clinic's own, or (for an authority) its member state's or one shared with
    /// it. Anyone else: `NOT_FOUND`, exactly as for a missing case.
    async fn incident(&self, c: &Context<'_>, id: ID) -> ApiResult<Incident> {
        let Some(uuid) = lookup_id(&id) else {
            return Err(ApiError::NotFound);
        };
        Ok(Incident(incidents::find(ctx(c)?, uuid).await?))
    }
    /// The cases in scope, a page at a time: overdue first, then by the next deadline, then
    /// those with no deadline running (newest first). `totalCount` counts every case in scope.
    async fn incidents(
        &self,
        c: &Context<'_>,
        status: Option<IncidentStatus>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Conn<Incident>> {
        let page = page_request(first, after)?;
        let list = incidents::list(ctx(c)?, status.map(Into::into), page).await?;
        connection(list, |i| i.id, |i| Ok(Incident(i)))
    }
    /// Every member state's ransom rules (public).
    async fn ransom_rules(&self, c: &Context<'_>) -> ApiResult<Vec<MemberStateRansomRules>> {
        let all = incidents::ransom_rules(ctx(c)?).await?;
        Ok(all.into_iter().map(|(ms, r)| rules_value(ms, r)).collect())
    }
    /// Anonymised counts by member state, month and category (public; cells under 3 are
    /// "fewer than 3", except for an authority's own member state).
    async fn incident_statistics(&self, c: &Context<'_>) -> ApiResult<Vec<IncidentStatisticCell>> {
        let cells = incidents::statistics(ctx(c)?).await?;
        Ok(cells.into_iter().map(Into::into).collect())
    }
}

#[derive(Default)]
pub struct IncidentMutation;

#[Object]
impl IncidentMutation {
    /// Reports a significant incident of the caller's organisation; the clocks start.
    async fn report_incident(
        &self,
        c: &Context<'_>,
        input: ReportIncidentInput,
    ) -> ApiResult<Incident> {
        Ok(Incident(incidents::report(ctx(c)?, input.into()).await?))
    }
    /// Submits a stage: in order, once, immutable afterwards.
    async fn submit_incident_report(
        &self,
        c: &Context<'_>,
        input: SubmitIncidentReportInput,
    ) -> ApiResult<Incident> {
        let id = parse_id("incidentId", &input.incident_id)?;
        let case = incidents::submit(ctx(c)?, id, input.stage.into(), input.report.into()).await?;
        Ok(Incident(case))
    }
    /// The clinic marks the incident handled (the final report is then due).
    async fn mark_incident_handled(
        &self,
        c: &Context<'_>,
        id: ID,
        handled_at: DateTime<Utc>,
    ) -> ApiResult<Incident> {
        let id = parse_id("id", &id)?;
        Ok(Incident(
            incidents::mark_handled(ctx(c)?, id, handled_at).await?,
        ))
    }
    /// The authority acknowledges a submitted stage (by the submission's id).
    async fn acknowledge_incident_report(
        &self,
        c: &Context<'_>,
        submission_id: ID,
    ) -> ApiResult<Incident> {
        let id = parse_id("submissionId", &submission_id)?;
        Ok(Incident(incidents::acknowledge(ctx(c)?, id).await?))
    }
    /// The authority requests an intermediate report due at `dueAt`.
    async fn request_intermediate_report(
        &self,
        c: &Context<'_>,
        id: ID,
        due_at: DateTime<Utc>,
    ) -> ApiResult<Incident> {
        let id = parse_id("id", &id)?;
        Ok(Incident(
            incidents::request_intermediate(ctx(c)?, id, due_at).await?,
        ))
    }
    /// The clinic or its authority comments on the case.
    async fn comment_on_incident(
        &self,
        c: &Context<'_>,
        id: ID,
        text: String,
    ) -> ApiResult<Incident> {
        let id = parse_id("id", &id)?;
        Ok(Incident(incidents::comment(ctx(c)?, id, &text).await?))
    }
    /// The authority shares a cross-border case with named member states (read-only).
    async fn share_incident(
        &self,
        c: &Context<'_>,
        id: ID,
        member_states: Vec<String>,
    ) -> ApiResult<Incident> {
        let id = parse_id("id", &id)?;
        Ok(Incident(
            incidents::share(ctx(c)?, id, &member_states).await?,
        ))
    }
    /// The authority closes the case.
    async fn close_incident(&self, c: &Context<'_>, id: ID) -> ApiResult<Incident> {
        let id = parse_id("id", &id)?;
        Ok(Incident(incidents::close(ctx(c)?, id).await?))
    }
    /// The clinic records the case's ransom demand.
    async fn record_ransom_demand(
        &self,
        c: &Context<'_>,
        input: RansomDemandRecordInput,
    ) -> ApiResult<Incident> {
        let id = parse_id("incidentId", &input.incident_id)?;
        let demand = demand_input(input)?;
        Ok(Incident(
            incidents::record_demand(ctx(c)?, id, demand).await?,
        ))
    }
    /// Records the law-enforcement referral of the case's ransom demand.
    async fn record_law_enforcement_referral(
        &self,
        c: &Context<'_>,
        input: LawEnforcementReferralInput,
    ) -> ApiResult<Incident> {
        let id = parse_id("incidentId", &input.incident_id)?;
        let i = &input;
        let case =
            incidents::record_referral(ctx(c)?, id, &i.authority, i.referred_on, &i.case_reference)
                .await?;
        Ok(Incident(case))
    }
    /// The authority sets its member state's ransom rules (audited).
    async fn update_ransom_rules(
        &self,
        c: &Context<'_>,
        input: RansomRulesInput,
    ) -> ApiResult<MemberStateRansomRules> {
        let rules = RulesInput {
            ransom_reporting: input.ransom_reporting.into(),
            referral_mandatory: input.referral_mandatory,
            reporting_deadline_hours: input.reporting_deadline_hours.map(i64::from),
            law_enforcement_contact: input.law_enforcement_contact,
        };
        let (ms, saved) = incidents::update_ransom_rules(ctx(c)?, rules).await?;
        Ok(rules_value(ms, saved))
    }
}
