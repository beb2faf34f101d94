//! The EU Cybersecurity Reserve (Regulation (EU) 2025/38, Art. 14–17; `docs/reserve.md`):
//! a clinic's request through its single point of contact to ENISA and a trusted provider.
use super::context::ctx;
use super::incidents::{ClockState, IncidentSeverity};
use super::scalars::{id, lookup_id, parse_id, parse_optional_id};
use crate::actions::reserve::{
    self as reserve, CapacityEntry, DeliveryLogEntry, EngagementRecord, NewRequestInput,
    ProviderCapacity, QuarterCapacity, QueueItem, RequestView,
};
use crate::error::{ApiError, ApiResult};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::language::Language;
use domain::member_state::MemberState;
use domain::reserve::{OtherSupport, Pool, RequestInput, ServiceNeed};

/// Where a Reserve request stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::reserve::RequestStatus")]
pub enum ReserveRequestStatus {
    /// The clinic's draft.
    Draft,
    /// Sent to the member state's single point of contact.
    Submitted,
    /// Endorsed by the single point of contact: ENISA sees it.
    Endorsed,
    /// Declined by the single point of contact, with a reason.
    Declined,
    /// In ENISA's priority queue.
    Triaged,
    /// A provider is assigned; its days are reserved.
    Assigned,
    /// The provider accepted and is delivering.
    InDelivery,
    /// Delivery complete: the summary report clock runs.
    Delivered,
    /// The summary report is in.
    Reported,
    /// Closed by ENISA.
    Closed,
    /// Withdrawn by the clinic before assignment.
    Withdrawn,
}

/// A type of Reserve service.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::reserve::ServiceType")]
pub enum ReserveServiceType {
    Triage,
    Forensics,
    Containment,
    Recovery,
    /// Exercises, risk assessments: from converted pre-committed days (Art. 14(2)).
    Preparedness,
}

/// A mitigation measure the requester has already taken (Art. 15(2)).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::reserve::MitigationMeasure")]
pub enum ReserveMitigationMeasure {
    IsolatedAffectedSystems,
    ActivatedResponsePlan,
    NotifiedCsirt,
    PreservedEvidence,
    RestoringFromBackups,
    EngagedOwnResponder,
}

/// The potential cross-border spill-over, as the single point of contact sees it.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::reserve::SpillOver")]
pub enum ReserveSpillOver {
    None,
    Possible,
    Likely,
}

/// The impact on patients and services.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::reserve::Impact")]
pub enum ReserveImpact {
    /// Emergency care affected, or services down.
    PatientSafety,
    CareDisrupted,
    Administrative,
}

/// Incident response, or preparedness.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::reserve::RequestKind")]
pub enum ReserveRequestKind {
    Response,
    Preparedness,
}

/// A criterion of the priority score (Art. 16).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::reserve::priority::Criterion")]
pub enum ReserveCriterion {
    Severity,
    EntityType,
    Impact,
    CrossBorder,
    MeasuresTaken,
}

/// Which way ENISA moved a request in the queue.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::reserve::priority::OverrideDirection")]
pub enum ReserveOverrideDirection {
    /// Ahead of every request not expedited.
    Expedite,
    /// Behind every request not deferred.
    Defer,
}

/// A capacity ledger entry's kind.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::reserve::CapacityEntryKind")]
pub enum ReserveCapacityEntryKind {
    Precommit,
    Reserve,
    Release,
    Consume,
    ConvertToPreparedness,
}

/// Response days, or preparedness days (converted).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::reserve::Pool")]
pub enum ReservePool {
    Response,
    Preparedness,
}

/// Service-days needed of one service type.
#[derive(SimpleObject, InputObject)]
#[graphql(input_name = "ReserveServiceNeedInput")]
pub struct ReserveServiceNeed {
    pub service: ReserveServiceType,
    /// Service-days, 1 to 200.
    pub days: i64,
}

/// Other support available to the entity (Art. 15).
#[derive(SimpleObject, InputObject)]
#[graphql(input_name = "ReserveOtherSupportInput")]
pub struct ReserveOtherSupport {
    pub incident_response_contract: bool,
    pub cyber_insurance: bool,
    pub details: Option<String>,
}

/// One criterion's share of a score.
#[derive(SimpleObject)]
pub struct ReserveCriterionScore {
    pub criterion: ReserveCriterion,
    /// The value scored, e.g. `CRITICAL`, `ESSENTIAL`, `4/6`.
    pub value: String,
    /// The criterion's weight (weights add up to 100).
    pub weight: u32,
    /// The share of the weight earned, in percent.
    pub share: u32,
    /// `weight × share`: the points of the score.
    pub points: u32,
}

/// A priority score with its breakdown.
#[derive(SimpleObject)]
pub struct ReservePriority {
    /// 0 to 10,000 (show it divided by 100).
    pub score: u32,
    /// The version of the weights.
    pub model_version: String,
    pub breakdown: Vec<ReserveCriterionScore>,
}

impl From<domain::reserve::Priority> for ReservePriority {
    fn from(p: domain::reserve::Priority) -> Self {
        Self {
            score: p.score,
            model_version: p.model_version,
            breakdown: p
                .breakdown
                .into_iter()
                .map(|c| ReserveCriterionScore {
                    criterion: c.criterion.into(),
                    value: c.value,
                    weight: c.weight,
                    share: c.share,
                    points: c.points,
                })
                .collect(),
        }
    }
}

/// ENISA's override of the order.
#[derive(SimpleObject)]
pub struct ReservePriorityOverride {
    pub direction: ReserveOverrideDirection,
    pub justification: String,
    pub at: DateTime<Utc>,
}

/// A provider's engagement on a request.
#[derive(SimpleObject)]
pub struct ReserveEngagement {
    pub id: ID,
    pub provider_id: ID,
    /// `ASSIGNED`, `ACCEPTED`, `DECLINED` or `COMPLETED`.
    pub status: String,
    /// The quarter whose capacity it draws on, e.g. `2026-Q4`.
    pub quarter: String,
    pub pool: ReservePool,
    pub reserved_days: i64,
    pub consumed_days: i64,
    pub assigned_at: DateTime<Utc>,
    pub responded_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
}

impl From<&EngagementRecord> for ReserveEngagement {
    fn from(e: &EngagementRecord) -> Self {
        Self {
            id: id(e.id),
            provider_id: id(e.provider_id),
            status: e.status.clone(),
            quarter: e.quarter.to_string(),
            pool: e.pool.into(),
            reserved_days: e.reserved_days,
            consumed_days: e.consumed_days,
            assigned_at: e.assigned_at,
            responded_at: e.responded_at,
            completed_at: e.completed_at,
        }
    }
}

/// Service-days logged by the provider.
#[derive(SimpleObject)]
pub struct ReserveDeliveryLogEntry {
    pub id: ID,
    pub days: i64,
    pub note: Option<String>,
    pub logged_at: DateTime<Utc>,
}

impl From<DeliveryLogEntry> for ReserveDeliveryLogEntry {
    fn from(e: DeliveryLogEntry) -> Self {
        Self {
            id: id(e.id),
            days: e.days,
            note: e.note,
            logged_at: e.logged_at,
        }
    }
}

/// The user's summary report.
#[derive(SimpleObject)]
pub struct ReserveSummaryReport {
    pub service_provided: String,
    pub results: String,
    pub lessons_learned: String,
    pub submitted_at: DateTime<Utc>,
}

/// The summary report's clock: `months` calendar months after delivery ended, in the
/// organisation's zone.
#[derive(SimpleObject)]
pub struct ReserveReportClock {
    pub due_at: DateTime<Utc>,
    pub state: ClockState,
    pub months: u32,
}

/// A Reserve request, as the caller may see it (a provider: only what delivery needs).
pub struct ReserveRequest(pub RequestView);

#[Object]
impl ReserveRequest {
    async fn id(&self) -> ID {
        id(self.0.request.id)
    }
    async fn status(&self) -> ReserveRequestStatus {
        self.0.request.status.into()
    }
    async fn kind(&self) -> ReserveRequestKind {
        self.0.request.kind.into()
    }
    /// The requesting organisation.
    async fn organisation_id(&self) -> ID {
        id(self.0.request.organisation_id)
    }
    async fn organisation_name(&self) -> &str {
        &self.0.request.organisation_name
    }
    /// ISO 3166 code of the requester's member state.
    async fn member_state(&self) -> &str {
        self.0.request.member_state.code()
    }
    /// The linked incident case (not shown to the provider).
    async fn incident_id(&self) -> Option<ID> {
        self.0.incident_id().map(id)
    }
    async fn potential_impact(&self) -> &str {
        &self.0.content().potential_impact
    }
    async fn planned_use(&self) -> &str {
        &self.0.content().planned_use
    }
    async fn estimated_need(&self) -> Vec<ReserveServiceNeed> {
        let need = &self.0.content().estimated_need;
        need.iter()
            .map(|n| ReserveServiceNeed {
                service: n.service.into(),
                days: n.days,
            })
            .collect()
    }
    async fn measures_taken(&self) -> Vec<ReserveMitigationMeasure> {
        let m = &self.0.content().measures_taken;
        m.iter().map(|m| (*m).into()).collect()
    }
    async fn mitigation_taken(&self) -> &str {
        &self.0.content().mitigation_taken
    }
    /// Other support available (not shown to the provider).
    async fn other_support(&self) -> Option<ReserveOtherSupport> {
        self.0.other_support().map(|o| ReserveOtherSupport {
            incident_response_contract: o.incident_response_contract,
            cyber_insurance: o.cyber_insurance,
            details: o.details.clone(),
        })
    }
    /// The clinic's working language (ISO 639-1).
    async fn language(&self) -> Option<&str> {
        self.0.request.language.map(|l| l.code())
    }
    async fn impact(&self) -> ReserveImpact {
        self.0.request.impact.into()
    }
    /// Service-days asked for in all.
    async fn total_days(&self) -> i64 {
        self.0.request.total_days
    }
    /// The single point of contact's view of the severity.
    async fn severity(&self) -> Option<IncidentSeverity> {
        self.0
            .request
            .endorsement
            .as_ref()
            .map(|e| e.severity.into())
    }
    /// The single point of contact's view of the spill-over.
    async fn spill_over(&self) -> Option<ReserveSpillOver> {
        let e = self.0.request.endorsement.as_ref();
        e.map(|e| e.spill_over.into())
    }
    async fn endorsement_note(&self) -> Option<&str> {
        self.0.endorsement_note()
    }
    async fn decline_reason(&self) -> Option<&str> {
        self.0.decline_reason()
    }
    /// The priority score and its breakdown (endorsed requests; not shown to the provider).
    async fn priority(&self) -> Option<ReservePriority> {
        self.0.priority().map(Into::into)
    }
    async fn priority_override(&self) -> Option<ReservePriorityOverride> {
        self.0.priority_override().map(|o| ReservePriorityOverride {
            direction: o.direction.into(),
            justification: o.justification.clone(),
            at: o.at,
        })
    }
    /// The assigned provider.
    async fn provider_id(&self) -> Option<ID> {
        self.0.request.provider_id.map(id)
    }
    async fn provider_name(&self) -> Option<&str> {
        self.0.request.provider_name.as_deref()
    }
    async fn engagement(&self) -> Option<ReserveEngagement> {
        self.0.request.engagement.as_ref().map(Into::into)
    }
    /// The provider's delivery log, oldest first.
    async fn delivery_log(&self, c: &Context<'_>) -> ApiResult<Vec<ReserveDeliveryLogEntry>> {
        let rows = reserve::delivery_log(ctx(c)?, &self.0).await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }
    async fn summary_report(&self) -> Option<ReserveSummaryReport> {
        self.0
            .request
            .report
            .as_ref()
            .map(|r| ReserveSummaryReport {
                service_provided: r.report.service_provided.clone(),
                results: r.report.results.clone(),
                lessons_learned: r.report.lessons_learned.clone(),
                submitted_at: r.submitted_at,
            })
    }
    /// The summary report's clock (from the end of delivery).
    async fn summary_report_clock(&self, c: &Context<'_>) -> ApiResult<Option<ReserveReportClock>> {
        let r = &self.0.request;
        let status = reserve::summary_report_status(r, ctx(c)?.now())?;
        Ok(status.map(|(due_at, s)| ReserveReportClock {
            due_at,
            state: s.state.into(),
            months: reserve::summary_clock(r).months,
        }))
    }
    async fn delivery_ended_at(&self) -> Option<DateTime<Utc>> {
        self.0.request.delivery_ended_at
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.request.created_at
    }
    async fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.0.request.submitted_at
    }
    async fn endorsed_at(&self) -> Option<DateTime<Utc>> {
        self.0.request.endorsed_at
    }
    async fn triaged_at(&self) -> Option<DateTime<Utc>> {
        self.0.request.triaged_at
    }
    async fn reported_at(&self) -> Option<DateTime<Utc>> {
        self.0.request.reported_at
    }
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.request.closed_at
    }
}

/// The provider the platform proposes.
#[derive(SimpleObject)]
pub struct ReserveProposal {
    pub provider_id: ID,
    /// It speaks the clinic's language.
    pub speaks_language: bool,
    /// Its free days after this assignment.
    pub free_days_after: i64,
}

/// A request in ENISA's queue.
pub struct ReserveQueueEntry(pub QueueItem, pub usize);

#[Object]
impl ReserveQueueEntry {
    /// 1 is served first.
    async fn position(&self) -> usize {
        self.1 + 1
    }
    async fn request(&self) -> ReserveRequest {
        ReserveRequest(self.0.request.clone())
    }
    async fn priority(&self) -> ReservePriority {
        self.0.priority.clone().into()
    }
    /// The best match among the providers that may be assigned (`null`: none may).
    async fn proposed_provider(&self) -> Option<ReserveProposal> {
        self.0.proposal.as_ref().map(|p| ReserveProposal {
            provider_id: id(p.id),
            speaks_language: p.speaks_language,
            free_days_after: p.free_days_after,
        })
    }
}

/// A provider's balances in one quarter.
#[derive(SimpleObject)]
pub struct ReserveQuarterCapacity {
    /// e.g. `2026-Q4` (quarters in ENISA's zone, Europe/Athens).
    pub quarter: String,
    pub precommitted: i64,
    pub converted: i64,
    pub response_reserved: i64,
    pub response_consumed: i64,
    pub response_free: i64,
    pub preparedness_reserved: i64,
    pub preparedness_consumed: i64,
    pub preparedness_free: i64,
}

impl From<&QuarterCapacity> for ReserveQuarterCapacity {
    fn from(c: &QuarterCapacity) -> Self {
        let b = &c.balances;
        Self {
            quarter: c.quarter.to_string(),
            precommitted: b.precommitted,
            converted: b.converted,
            response_reserved: b.response.reserved,
            response_consumed: b.response.consumed,
            response_free: b.free(Pool::Response),
            preparedness_reserved: b.preparedness.reserved,
            preparedness_consumed: b.preparedness.consumed,
            preparedness_free: b.free(Pool::Preparedness),
        }
    }
}

/// A trusted Reserve MSSP (Art. 17) with its capacity.
pub struct ReserveProvider(pub ProviderCapacity);

#[Object]
impl ReserveProvider {
    async fn id(&self) -> ID {
        id(self.0.provider.id)
    }
    async fn name(&self) -> &str {
        &self.0.provider.name
    }
    async fn trusted(&self) -> bool {
        self.0.provider.trusted
    }
    /// ISO codes of the member states it covers.
    async fn member_states(&self) -> Vec<&str> {
        self.0
            .provider
            .member_states
            .iter()
            .map(|m| m.code())
            .collect()
    }
    /// ISO 639-1 codes of the languages it works in.
    async fn languages(&self) -> Vec<&str> {
        self.0.provider.languages.iter().map(|l| l.code()).collect()
    }
    /// Its balances per quarter, oldest first.
    async fn capacity(&self) -> Vec<ReserveQuarterCapacity> {
        self.0.quarters.iter().map(Into::into).collect()
    }
}

/// An entry of the append-only capacity ledger.
#[derive(SimpleObject)]
pub struct ReserveCapacityEntry {
    pub id: ID,
    pub quarter: String,
    pub kind: ReserveCapacityEntryKind,
    pub pool: ReservePool,
    pub days: i64,
    pub request_id: Option<ID>,
    pub recorded_at: DateTime<Utc>,
}

impl From<CapacityEntry> for ReserveCapacityEntry {
    fn from(e: CapacityEntry) -> Self {
        Self {
            id: id(e.id),
            quarter: e.quarter.to_string(),
            kind: e.kind.into(),
            pool: e.pool.into(),
            days: e.days,
            request_id: e.request_id.map(id),
            recorded_at: e.recorded_at,
        }
    }
}

/// A clinic's request (Art. 15).
#[derive(InputObject)]
pub struct CreateReserveRequestInput {
    /// An incident case of the clinic's own organisation (required for incident response).
    pub incident_id: Option<ID>,
    /// The potential impact on the entity (10–8000 characters).
    pub potential_impact: String,
    /// The planned use of the support (10–8000 characters).
    pub planned_use: String,
    /// Service-days per service type.
    pub estimated_need: Vec<ReserveServiceNeed>,
    /// The mitigation measures already taken (a checklist).
    pub measures_taken: Vec<ReserveMitigationMeasure>,
    /// The mitigation taken, in words (10–8000 characters).
    pub mitigation_taken: String,
    pub other_support: ReserveOtherSupport,
    /// The clinic's working language (ISO 639-1).
    pub language: Option<String>,
    /// Services are down (patient safety).
    #[graphql(default)]
    pub services_down: bool,
}

impl CreateReserveRequestInput {
    fn parse(self) -> ApiResult<NewRequestInput> {
        let language = match self.language.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(l) => Some(Language::parse(l)?),
        };
        let content = RequestInput {
            potential_impact: self.potential_impact,
            planned_use: self.planned_use,
            estimated_need: self
                .estimated_need
                .into_iter()
                .map(|n| ServiceNeed {
                    service: n.service.into(),
                    days: n.days,
                })
                .collect(),
            measures_taken: self.measures_taken.into_iter().map(Into::into).collect(),
            mitigation_taken: self.mitigation_taken,
            other_support: OtherSupport {
                incident_response_contract: self.other_support.incident_response_contract,
                cyber_insurance: self.other_support.cyber_insurance,
                details: self.other_support.details,
            },
        };
        Ok(NewRequestInput {
            incident_id: parse_optional_id("incidentId", self.incident_id.as_ref())?,
            content,
            language,
            services_down: self.services_down,
        })
    }
}

/// The user's summary report.
#[derive(InputObject)]
pub struct ReserveReportInput {
    pub service_provided: String,
    pub results: String,
    pub lessons_learned: String,
}

/// A provider flagged as a trusted Reserve MSSP.
#[derive(InputObject)]
pub struct RegisterReserveProviderInput {
    /// A verified service provider.
    pub organisation_id: ID,
    #[graphql(default = true)]
    pub trusted: bool,
    /// ISO codes of the member states it covers.
    pub member_states: Vec<String>,
    /// ISO 639-1 codes of its languages.
    pub languages: Vec<String>,
}

fn parse_list<T>(
    field: &str,
    items: &[String],
    parse: impl Fn(&str) -> Result<T, domain::member_state::ParseError>,
) -> ApiResult<Vec<T>> {
    items
        .iter()
        .enumerate()
        .map(|(i, s)| {
            parse(s).map_err(|e| ApiError::validation(format!("{field}[{i}]"), e.message))
        })
        .collect()
}

#[derive(Default)]
pub struct ReserveQuery;

#[Object]
impl ReserveQuery {
    /// One Reserve request in the caller's scope (`NOT_FOUND` otherwise).
    async fn reserve_request(&self, c: &Context<'_>, id: ID) -> ApiResult<ReserveRequest> {
        let id = lookup_id(&id).ok_or(ApiError::NotFound)?;
        Ok(ReserveRequest(reserve::find(ctx(c)?, id).await?))
    }
    /// The Reserve requests in the caller's scope, newest first.
    async fn reserve_requests(
        &self,
        c: &Context<'_>,
        status: Option<ReserveRequestStatus>,
    ) -> ApiResult<Vec<ReserveRequest>> {
        let rows = reserve::list(ctx(c)?, status.map(Into::into)).await?;
        Ok(rows.into_iter().map(ReserveRequest).collect())
    }
    /// ENISA's priority-ordered queue of endorsed and triaged requests.
    async fn reserve_queue(&self, c: &Context<'_>) -> ApiResult<Vec<ReserveQueueEntry>> {
        let rows = reserve::queue(ctx(c)?).await?;
        Ok(rows
            .into_iter()
            .enumerate()
            .map(|(i, q)| ReserveQueueEntry(q, i))
            .collect())
    }
    /// The Reserve providers with their capacity (a provider: itself).
    async fn reserve_providers(&self, c: &Context<'_>) -> ApiResult<Vec<ReserveProvider>> {
        let rows = reserve::providers(ctx(c)?).await?;
        Ok(rows.into_iter().map(ReserveProvider).collect())
    }
    /// A provider's capacity ledger of one quarter (e.g. `2026-Q4`), oldest first.
    async fn reserve_capacity_ledger(
        &self,
        c: &Context<'_>,
        provider_id: ID,
        quarter: String,
    ) -> ApiResult<Vec<ReserveCapacityEntry>> {
        let provider = parse_id("providerId", &provider_id)?;
        let rows = reserve::ledger(ctx(c)?, provider, &quarter).await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }
}

#[derive(Default)]
pub struct ReserveMutation;

#[Object]
impl ReserveMutation {
    /// A clinic drafts a Reserve request linked to one of its incident cases.
    async fn create_reserve_request(
        &self,
        c: &Context<'_>,
        input: CreateReserveRequestInput,
    ) -> ApiResult<ReserveRequest> {
        let input = input.parse()?;
        Ok(ReserveRequest(reserve::create(ctx(c)?, input).await?))
    }
    /// The clinic submits its draft to its member state's single point of contact.
    async fn submit_reserve_request(&self, c: &Context<'_>, id: ID) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        Ok(ReserveRequest(reserve::submit(ctx(c)?, id).await?))
    }
    /// The clinic withdraws its request before a provider is assigned.
    async fn withdraw_reserve_request(&self, c: &Context<'_>, id: ID) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        Ok(ReserveRequest(reserve::withdraw(ctx(c)?, id).await?))
    }
    /// The single point of contact endorses a submitted request of its member state.
    async fn endorse_reserve_request(
        &self,
        c: &Context<'_>,
        id: ID,
        severity: IncidentSeverity,
        spill_over: ReserveSpillOver,
        note: Option<String>,
    ) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        let (s, o) = (severity.into(), spill_over.into());
        Ok(ReserveRequest(
            reserve::endorse(ctx(c)?, id, s, o, note).await?,
        ))
    }
    /// The single point of contact declines a submitted request, with a reason.
    async fn decline_reserve_request(
        &self,
        c: &Context<'_>,
        id: ID,
        reason: String,
    ) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        Ok(ReserveRequest(reserve::decline(ctx(c)?, id, reason).await?))
    }
    /// ENISA takes an endorsed request into triage.
    async fn triage_reserve_request(&self, c: &Context<'_>, id: ID) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        Ok(ReserveRequest(reserve::triage(ctx(c)?, id).await?))
    }
    /// ENISA expedites or defers a queued request, with a recorded justification.
    async fn override_reserve_priority(
        &self,
        c: &Context<'_>,
        id: ID,
        direction: ReserveOverrideDirection,
        justification: String,
    ) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        let r = reserve::override_priority(ctx(c)?, id, direction.into(), justification).await?;
        Ok(ReserveRequest(r))
    }
    /// ENISA assigns a provider covering the member state with free capacity (reserves it).
    async fn assign_reserve_provider(
        &self,
        c: &Context<'_>,
        id: ID,
        provider_id: ID,
    ) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        let provider = parse_id("providerId", &provider_id)?;
        Ok(ReserveRequest(
            reserve::assign(ctx(c)?, id, provider).await?,
        ))
    }
    /// The assigned provider accepts (delivery starts) or declines (back to the queue).
    async fn respond_to_reserve_assignment(
        &self,
        c: &Context<'_>,
        id: ID,
        accept: bool,
    ) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        Ok(ReserveRequest(reserve::respond(ctx(c)?, id, accept).await?))
    }
    /// The provider logs service-days delivered (never beyond the reserved days).
    async fn log_reserve_delivery(
        &self,
        c: &Context<'_>,
        id: ID,
        days: i64,
        note: Option<String>,
    ) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        let r = reserve::log_delivery(ctx(c)?, id, days, note).await?;
        Ok(ReserveRequest(r))
    }
    /// The provider marks delivery complete (at `endedAt`, default now).
    async fn complete_reserve_delivery(
        &self,
        c: &Context<'_>,
        id: ID,
        ended_at: Option<DateTime<Utc>>,
    ) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        let r = reserve::complete_delivery(ctx(c)?, id, ended_at).await?;
        Ok(ReserveRequest(r))
    }
    /// The clinic's summary report after delivery.
    async fn submit_reserve_report(
        &self,
        c: &Context<'_>,
        id: ID,
        input: ReserveReportInput,
    ) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        let i = input;
        let r = reserve::submit_report(
            ctx(c)?,
            id,
            i.service_provided,
            i.results,
            i.lessons_learned,
        )
        .await?;
        Ok(ReserveRequest(r))
    }
    /// ENISA closes a request after its summary report.
    async fn close_reserve_request(&self, c: &Context<'_>, id: ID) -> ApiResult<ReserveRequest> {
        let id = parse_id("id", &id)?;
        Ok(ReserveRequest(reserve::close(ctx(c)?, id).await?))
    }
    /// ENISA flags a verified service provider as a trusted Reserve MSSP.
    async fn register_reserve_provider(
        &self,
        c: &Context<'_>,
        input: RegisterReserveProviderInput,
    ) -> ApiResult<ReserveProvider> {
        let org = parse_id("organisationId", &input.organisation_id)?;
        let ms = parse_list("memberStates", &input.member_states, MemberState::parse)?;
        let langs = parse_list("languages", &input.languages, Language::parse)?;
        let p = reserve::register_provider(ctx(c)?, org, input.trusted, ms, langs).await?;
        Ok(ReserveProvider(p))
    }
    /// ENISA records a provider's pre-committed service-days for a quarter (e.g. `2026-Q4`).
    async fn precommit_reserve_capacity(
        &self,
        c: &Context<'_>,
        provider_id: ID,
        quarter: String,
        days: i64,
    ) -> ApiResult<ReserveProvider> {
        let provider = parse_id("providerId", &provider_id)?;
        let p = reserve::precommit(ctx(c)?, provider, &quarter, days).await?;
        Ok(ReserveProvider(p))
    }
    /// ENISA converts an ended quarter's unused days into preparedness days (Art. 14(2)).
    async fn convert_reserve_capacity(
        &self,
        c: &Context<'_>,
        provider_id: ID,
        quarter: String,
    ) -> ApiResult<ReserveProvider> {
        let provider = parse_id("providerId", &provider_id)?;
        let p = reserve::convert(ctx(c)?, provider, &quarter).await?;
        Ok(ReserveProvider(p))
    }
}
