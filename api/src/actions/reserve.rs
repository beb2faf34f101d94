//! The EU Cybersecurity Reserve (Regulation (EU) 2025/38, Art. 14–17; `docs/reserve.md`): a
//! clinic drafts and submits a request linked to its incident case (Art. 15); its member
//! state's single point of contact endorses or declines it (Art. 15(3)(a)); ENISA prioritises
//! the endorsed requests by the five criteria (Art. 16) and assigns a trusted provider with free
//! pre-committed capacity (Art. 14(2), 17); the provider accepts, logs its service-days and
//! completes; the clinic reports; ENISA closes. Unused pre-committed days of an ended quarter
//! become preparedness days (Art. 14(2)).
//!
//! Who sees what (`store/tenancy.rs`): the clinic its own requests, the authority its member
//! state's once submitted, ENISA every endorsed one, a provider only those assigned to it and
//! only what delivery needs ([`RequestView`]); the voucher agency none. Out of scope is
//! `NOT_FOUND`, a probe of an existing request audited.
use super::{Action, Ctx};
use crate::auth::Principal;
use crate::error::{ApiError, ApiResult};
use crate::store::incidents as incident_repo;
use crate::store::organisations as org_repo;
use crate::store::reserve as repo;
use chrono::{DateTime, Utc};
use domain::account::Scope;
use domain::calendar::{DeadlineStatus, TimeZoneName, member_state_zone};
use domain::incident::Severity;
use domain::language::Language;
use domain::member_state::MemberState;
use domain::organisation::{OrganisationKind, OrganisationStatus};
use domain::reserve::capacity::{RESERVE_ZONE, check_precommit, conversion_days};
use domain::reserve::priority::{
    OverrideDirection, PRIORITY_MODEL_V1, PriorityOverride, QueueEntry,
};
use domain::reserve::{
    self as rules, Candidate, CapacityBalances, CapacityEntryKind, Engagement, Impact,
    OtherSupport, Pool, Priority, PriorityInput, ProviderOffer, Quarter, RequestContent,
    RequestInput, RequestKind, RequestStatus, SpillOver, SummaryReportClock,
};
use std::collections::HashMap;
use uuid::Uuid;

pub use crate::store::reserve::{
    CapacityEntry, DeliveryLogEntry, EngagementRecord, QuarterCapacity, ReportRecord,
    ReserveProvider, ReserveRequest,
};

/// How the caller stands to a request it can see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// The requesting clinic.
    Requester,
    /// The authority of the request's member state.
    Authority,
    /// ENISA (and platform admins).
    Enisa,
    /// The provider assigned to it: delivery data only.
    Provider,
}

/// A request as one caller may see it: the provider gets only what delivery needs (no other
/// support or insurance, no authority note, no priority, no link to the incident case and so
/// no ransom data).
#[derive(Debug, Clone)]
pub struct RequestView {
    pub request: ReserveRequest,
    pub viewer: Viewer,
}

impl RequestView {
    fn full(&self) -> bool {
        self.viewer != Viewer::Provider
    }

    /// Other support available (incident-response contracts, insurance): not the provider's.
    pub fn other_support(&self) -> Option<&OtherSupport> {
        self.full().then_some(&self.request.content.other_support)
    }

    /// The linked incident case: not the provider's (it would carry ransom data).
    pub fn incident_id(&self) -> Option<Uuid> {
        self.request.incident_id.filter(|_| self.full())
    }

    pub fn endorsement_note(&self) -> Option<&str> {
        self.request
            .endorsement
            .as_ref()
            .and_then(|e| e.note.as_deref())
            .filter(|_| self.full())
    }

    pub fn decline_reason(&self) -> Option<&str> {
        self.request
            .decline_reason
            .as_deref()
            .filter(|_| self.full())
    }

    /// The priority score with its breakdown (endorsed requests; not for the provider).
    pub fn priority(&self) -> Option<Priority> {
        priority(&self.request).filter(|_| self.full())
    }

    pub fn priority_override(&self) -> Option<&PriorityOverride> {
        self.request
            .priority_override
            .as_ref()
            .filter(|_| self.full())
    }

    /// The mitigation measures: the provider needs them to start.
    pub fn content(&self) -> &RequestContent {
        &self.request.content
    }
}

/// The priority of an endorsed request under the model in force (Art. 16's five criteria).
pub fn priority(r: &ReserveRequest) -> Option<Priority> {
    let e = r.endorsement.as_ref()?;
    Some(rules::score(
        &PriorityInput {
            severity: e.severity,
            entity_type: r.entity_type,
            impact: r.impact,
            spill_over: e.spill_over,
            measures_taken: r.content.measures_taken.len(),
        },
        &PRIORITY_MODEL_V1,
    ))
}

/// The summary report's clock (after delivery ends; the period is the one in force when it
/// ended).
pub fn summary_clock(r: &ReserveRequest) -> SummaryReportClock {
    SummaryReportClock {
        delivery_ended_at: r.delivery_ended_at,
        reported_at: r.reported_at,
        zone: r.zone.clone(),
        months: r
            .summary_report_months
            .unwrap_or(rules::SUMMARY_REPORT_MONTHS_DEFAULT),
    }
}

/// The summary report's due time and state at `now` (`None` before delivery ends).
pub fn summary_report_status(
    r: &ReserveRequest,
    now: DateTime<Utc>,
) -> ApiResult<Option<(DateTime<Utc>, DeadlineStatus)>> {
    let clock = summary_clock(r);
    Ok(match clock.due()? {
        Some(due) => Some((due, clock.status(now)?)),
        None => None,
    })
}

fn reserve_zone() -> ApiResult<TimeZoneName> {
    Ok(TimeZoneName::parse(RESERVE_ZONE)?)
}

async fn signed_in(ctx: &Ctx, action: Action) -> ApiResult<Principal> {
    match &ctx.caller.principal {
        Some(p) => Ok(p.clone()),
        None => {
            ctx.deny(action, "Operation", None, "anonymous").await?;
            Err(ApiError::Unauthenticated)
        }
    }
}

fn viewer_of(p: &Principal, r: &ReserveRequest) -> Viewer {
    match p.scope {
        Scope::Organisation { id, .. } if id == r.organisation_id => Viewer::Requester,
        Scope::Organisation { .. } => Viewer::Provider,
        Scope::Authority { .. } => Viewer::Authority,
        _ => Viewer::Enisa,
    }
}

/// The request `id` for `action`: in the caller's scope (else `NOT_FOUND`, a probe of an
/// existing one audited), then the role (else `FORBIDDEN`, audited).
async fn request_for(
    ctx: &Ctx,
    action: Action,
    id: Uuid,
) -> ApiResult<(Principal, ReserveRequest)> {
    let p = signed_in(ctx, action).await?;
    let db = ctx.store().db();
    let Some(r) = repo::find(db, &p.scope, id).await? else {
        if repo::exists(db, id).await? {
            ctx.probe(action, "ReserveRequest", id).await?;
        }
        return Err(ApiError::NotFound);
    };
    if !action.permission().allows(p.role) {
        ctx.deny(action, "ReserveRequest", Some(id.to_string()), "role")
            .await?;
        return Err(ApiError::Forbidden);
    }
    Ok((p, r))
}

fn changed() -> ApiError {
    ApiError::transition("the request changed meanwhile; reload and retry")
}

fn view(p: &Principal, r: ReserveRequest) -> RequestView {
    RequestView {
        viewer: viewer_of(p, &r),
        request: r,
    }
}

/// What a clinic asks for.
#[derive(Debug, Clone)]
pub struct NewRequestInput {
    /// The incident case (of the clinic's own organisation) the request is about.
    pub incident_id: Option<Uuid>,
    pub content: RequestInput,
    /// The language the clinic works in (the proposal prefers a provider speaking it).
    pub language: Option<Language>,
    /// Whether services are down (patient safety, with emergency care affected).
    pub services_down: bool,
}

/// A clinic drafts a request for its own organisation, linked to one of its incident cases
/// (field `incidentId`), carrying what Art. 15 asks for.
pub async fn create(ctx: &Ctx, input: NewRequestInput) -> ApiResult<RequestView> {
    let (p, org) = ctx
        .authorize_organisation(Action::ReserveRequestCreate)
        .await?;
    let Scope::Organisation { member_state, .. } = p.scope else {
        return Err(ApiError::Forbidden);
    };
    let content = RequestContent::parse(input.content)?;
    let db = ctx.store().db();
    let incident = match input.incident_id {
        Some(id) => Some(
            incident_repo::find(db, &ctx.app.keys, &p.scope, id)
                .await?
                .ok_or_else(|| {
                    ApiError::validation(
                        "incidentId",
                        "link an incident case of your own organisation",
                    )
                })?,
        ),
        None => None,
    };
    rules::check_incident_link(
        content.kind(),
        &org,
        incident.as_ref().map(|i| &i.organisation_id),
    )?;
    let organisation = org_repo::get(db, org).await?.ok_or(ApiError::NotFound)?;
    let impact = Impact::assess(
        incident
            .as_ref()
            .map_or(&[][..], |i| &i.report.affected_services[..]),
        input.services_down,
    );
    let new = repo::NewRequest {
        organisation_id: org,
        member_state,
        incident_id: incident.as_ref().map(|i| i.id),
        zone: incident
            .as_ref()
            .map_or_else(|| member_state_zone(member_state), |i| i.zone.clone()),
        content,
        language: input.language,
        entity_type: organisation.nis2_class,
        impact,
        by: p.user_id,
    };
    let r = repo::create(ctx.store(), &ctx.actor(), ctx.now(), new).await?;
    Ok(view(&p, r))
}

/// One request in the caller's scope.
pub async fn find(ctx: &Ctx, id: Uuid) -> ApiResult<RequestView> {
    let (p, r) = request_for(ctx, Action::ReserveRequestRead, id).await?;
    Ok(view(&p, r))
}

/// The requests in the caller's scope, newest first (empty for roles that see none).
pub async fn list(ctx: &Ctx, status: Option<RequestStatus>) -> ApiResult<Vec<RequestView>> {
    let p = ctx.authorize(Action::ReserveRequestRead).await?;
    let statuses: Vec<RequestStatus> = status.into_iter().collect();
    let rows = repo::list(ctx.store().db(), &p.scope, &statuses).await?;
    Ok(rows.into_iter().map(|r| view(&p, r)).collect())
}

/// The delivery log of a request's current engagement (the clinic, its authority, ENISA and
/// the provider follow the progress).
pub async fn delivery_log(ctx: &Ctx, r: &RequestView) -> ApiResult<Vec<DeliveryLogEntry>> {
    match &r.request.engagement {
        Some(e) => Ok(repo::delivery_log(ctx.store().db(), e.id).await?),
        None => Ok(vec![]),
    }
}

async fn plain_step(
    ctx: &Ctx,
    action: Action,
    id: Uuid,
    decide: impl FnOnce(&ReserveRequest) -> ApiResult<(RequestStatus, repo::StepChanges)>,
) -> ApiResult<RequestView> {
    let (p, r) = request_for(ctx, action, id).await?;
    let (to, changes) = decide(&r)?;
    let r = repo::step(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        &r,
        to,
        changes,
        p.user_id,
        action.name(),
    )
    .await?
    .ok_or_else(changed)?;
    Ok(view(&p, r))
}

/// The clinic submits its draft to its member state's single point of contact.
pub async fn submit(ctx: &Ctx, id: Uuid) -> ApiResult<RequestView> {
    plain_step(ctx, Action::ReserveRequestSubmit, id, |r| {
        let changes = repo::StepChanges {
            submitted_at: true,
            ..Default::default()
        };
        Ok((rules::submit(r.status)?, changes))
    })
    .await
}

/// The clinic withdraws its request, before a provider is assigned.
pub async fn withdraw(ctx: &Ctx, id: Uuid) -> ApiResult<RequestView> {
    plain_step(ctx, Action::ReserveRequestWithdraw, id, |r| {
        Ok((rules::withdraw(r.status)?, repo::StepChanges::default()))
    })
    .await
}

/// The authority endorses a submitted request of its member state, with its view of the
/// severity and the cross-border spill-over.
pub async fn endorse(
    ctx: &Ctx,
    id: Uuid,
    severity: Severity,
    spill_over: SpillOver,
    note: Option<String>,
) -> ApiResult<RequestView> {
    plain_step(ctx, Action::ReserveRequestEndorse, id, |r| {
        let (to, e) = rules::endorse(r.status, severity, spill_over, note.as_deref())?;
        let changes = repo::StepChanges {
            endorsement: Some(e),
            ..Default::default()
        };
        Ok((to, changes))
    })
    .await
}

/// The authority declines a submitted request, with a reason.
pub async fn decline(ctx: &Ctx, id: Uuid, reason: String) -> ApiResult<RequestView> {
    plain_step(ctx, Action::ReserveRequestDecline, id, |r| {
        let (to, reason) = rules::decline(r.status, &reason)?;
        let changes = repo::StepChanges {
            decline_reason: Some(reason),
            ..Default::default()
        };
        Ok((to, changes))
    })
    .await
}

/// ENISA takes an endorsed request into triage.
pub async fn triage(ctx: &Ctx, id: Uuid) -> ApiResult<RequestView> {
    plain_step(ctx, Action::ReserveTriage, id, |r| {
        let changes = repo::StepChanges {
            triaged_at: true,
            ..Default::default()
        };
        Ok((rules::triage(r.status)?, changes))
    })
    .await
}

/// ENISA closes a request after its summary report.
pub async fn close(ctx: &Ctx, id: Uuid) -> ApiResult<RequestView> {
    plain_step(ctx, Action::ReserveClose, id, |r| {
        let changes = repo::StepChanges {
            closed_at: true,
            ..Default::default()
        };
        Ok((rules::close(r.status)?, changes))
    })
    .await
}

/// ENISA expedites or defers a request in the queue, with a recorded justification. Only a
/// request waiting in the queue (endorsed or triaged) can be moved.
pub async fn override_priority(
    ctx: &Ctx,
    id: Uuid,
    direction: OverrideDirection,
    justification: String,
) -> ApiResult<RequestView> {
    let (p, r) = request_for(ctx, Action::ReservePriorityOverride, id).await?;
    if !matches!(r.status, RequestStatus::Endorsed | RequestStatus::Triaged) {
        return Err(ApiError::transition(format!(
            "a {} request is not in the queue",
            r.status.as_str()
        )));
    }
    let o = PriorityOverride::parse(direction, &justification, ctx.now())?;
    let r = repo::override_priority(ctx.store(), &ctx.actor(), ctx.now(), &r, &o, p.user_id)
        .await?
        .ok_or_else(changed)?;
    Ok(view(&p, r))
}

/// A queue entry: the request, its priority, and the provider the platform proposes.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub request: RequestView,
    pub priority: Priority,
    pub proposal: Option<Candidate<Uuid>>,
}

/// The pool and quarter a request draws on at `now`: a response request the response days of
/// the current quarter (ENISA's zone); a preparedness request the preparedness days of the
/// latest quarter of the provider with enough of them converted and free.
fn draw_on(
    kind: RequestKind,
    days: i64,
    quarters: &[&QuarterCapacity],
    now: DateTime<Utc>,
) -> ApiResult<(Pool, Quarter)> {
    let current = Quarter::containing(now, &reserve_zone()?).map_err(rules::ReserveError::from)?;
    Ok(match kind {
        RequestKind::Response => (Pool::Response, current),
        RequestKind::Preparedness => {
            let q = quarters
                .iter()
                .filter(|c| c.balances.free(Pool::Preparedness) >= days)
                .map(|c| c.quarter)
                .max()
                .or_else(|| {
                    quarters
                        .iter()
                        .filter(|c| c.balances.converted > 0)
                        .map(|c| c.quarter)
                        .max()
                })
                .unwrap_or(current);
            (Pool::Preparedness, q)
        }
    })
}

fn offer(
    p: &ReserveProvider,
    quarters: &[&QuarterCapacity],
    pool: Pool,
    quarter: Quarter,
) -> ProviderOffer<Uuid> {
    let free = quarters
        .iter()
        .find(|c| c.quarter == quarter)
        .map_or(0, |c| c.balances.free(pool));
    ProviderOffer {
        id: p.id,
        trusted: p.trusted && p.organisation_status == OrganisationStatus::Verified.as_str(),
        member_states: p.member_states.clone(),
        languages: p.languages.clone(),
        free_days: free,
    }
}

/// The proposal for `r` among `providers` (best first; empty when none may be assigned).
fn candidates(
    r: &ReserveRequest,
    providers: &[ReserveProvider],
    capacity: &[QuarterCapacity],
    now: DateTime<Utc>,
) -> ApiResult<Vec<Candidate<Uuid>>> {
    let mut offers = Vec::with_capacity(providers.len());
    for p in providers {
        let quarters: Vec<&QuarterCapacity> =
            capacity.iter().filter(|c| c.provider_id == p.id).collect();
        let (pool, quarter) = draw_on(r.kind, r.total_days, &quarters, now)?;
        offers.push(offer(p, &quarters, pool, quarter));
    }
    Ok(rules::propose(
        &offers,
        r.member_state,
        r.language,
        r.total_days,
    ))
}

/// ENISA's queue: every endorsed or triaged request EU-wide, ordered by the priority model
/// (expedited first, deferred last, ties by endorsement time), each with its score's breakdown
/// and the proposed provider.
pub async fn queue(ctx: &Ctx) -> ApiResult<Vec<QueueItem>> {
    let p = ctx.authorize(Action::ReserveQueue).await?;
    let db = ctx.store().db();
    let now = ctx.now();
    let rows = repo::list(
        db,
        &p.scope,
        &[RequestStatus::Endorsed, RequestStatus::Triaged],
    )
    .await?;
    let providers = repo::providers(db, None).await?;
    let ids: Vec<Uuid> = providers.iter().map(|p| p.id).collect();
    let capacity = repo::capacities(db, &ids).await?;
    let mut entries = Vec::with_capacity(rows.len());
    let mut items: HashMap<Uuid, QueueItem> = HashMap::new();
    for r in rows {
        let Some(priority) = priority(&r) else {
            continue;
        };
        entries.push(QueueEntry {
            id: r.id,
            score: priority.score,
            endorsed_at: r.endorsed_at.unwrap_or(r.created_at),
            priority_override: r.priority_override.clone(),
        });
        let proposal = candidates(&r, &providers, &capacity, now)?
            .into_iter()
            .next();
        items.insert(
            r.id,
            QueueItem {
                request: view(&p, r),
                priority,
                proposal,
            },
        );
    }
    rules::order_queue(&mut entries);
    Ok(entries
        .into_iter()
        .filter_map(|e| items.remove(&e.id))
        .collect())
}

/// ENISA assigns `provider_id` to a triaged request: a trusted provider covering the
/// request's member state with the request's days free (`INSUFFICIENT_CAPACITY` otherwise);
/// the days are reserved in one conditional update.
pub async fn assign(ctx: &Ctx, id: Uuid, provider_id: Uuid) -> ApiResult<RequestView> {
    let (p, r) = request_for(ctx, Action::ReserveAssign, id).await?;
    rules::assign(r.status)?;
    let db = ctx.store().db();
    let now = ctx.now();
    let provider = repo::providers(db, Some(provider_id))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::validation("providerId", "no such Reserve provider"))?;
    let capacity = repo::capacities(db, &[provider_id]).await?;
    let quarters: Vec<&QuarterCapacity> = capacity.iter().collect();
    let (pool, quarter) = draw_on(r.kind, r.total_days, &quarters, now)?;
    rules::check_assignment(
        &offer(&provider, &quarters, pool, quarter),
        r.member_state,
        r.total_days,
    )?;
    match repo::assign(
        ctx.store(),
        &ctx.actor(),
        now,
        &r,
        provider_id,
        quarter,
        pool,
        p.user_id,
    )
    .await?
    {
        Ok(r) => Ok(view(&p, r)),
        Err(repo::AssignRefusal::Changed) => Err(changed()),
        Err(repo::AssignRefusal::NoCapacity { available }) => {
            Err(rules::ReserveError::InsufficientCapacity {
                available,
                requested: r.total_days,
            }
            .into())
        }
    }
}

fn engagement_of(r: &ReserveRequest) -> ApiResult<&EngagementRecord> {
    r.engagement
        .as_ref()
        .ok_or_else(|| ApiError::transition("the request has no provider assigned"))
}

/// The assigned provider accepts (delivery starts) or declines (the request returns to the
/// queue and the reserved days are released).
pub async fn respond(ctx: &Ctx, id: Uuid, accept: bool) -> ApiResult<RequestView> {
    let (p, r) = request_for(ctx, Action::ReserveRespond, id).await?;
    rules::respond(r.status, accept)?;
    let e = engagement_of(&r)?;
    let out = repo::respond(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        &r,
        e,
        accept,
        p.user_id,
    )
    .await?
    .ok_or_else(changed)?;
    Ok(view(&p, out))
}

/// The provider logs service-days delivered (field `days`: at least one, never beyond the
/// days still reserved), each consuming a reserved day.
pub async fn log_delivery(
    ctx: &Ctx,
    id: Uuid,
    days: i64,
    note: Option<String>,
) -> ApiResult<RequestView> {
    let (p, r) = request_for(ctx, Action::ReserveDeliveryLog, id).await?;
    let e = engagement_of(&r)?;
    Engagement {
        reserved_days: e.reserved_days,
        consumed_days: e.consumed_days,
    }
    .log(r.status, days)?;
    let note = match note.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(n) if n.chars().count() > 2000 => {
            return Err(ApiError::validation("note", "at most 2000 characters"));
        }
        Some(n) => Some(n.to_owned()),
    };
    let out = repo::log_delivery(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        &r,
        e,
        days,
        note,
        p.user_id,
    )
    .await?
    .ok_or_else(changed)?;
    Ok(view(&p, out))
}

/// The provider marks delivery complete (field `endedAt`: not in the future); the unused
/// reserved days are released and the summary report clock starts with the period in force
/// (`reserve_summary_report_months`).
pub async fn complete_delivery(
    ctx: &Ctx,
    id: Uuid,
    ended_at: Option<DateTime<Utc>>,
) -> ApiResult<RequestView> {
    let (p, r) = request_for(ctx, Action::ReserveDeliveryComplete, id).await?;
    let now = ctx.now();
    let ended_at = ended_at.unwrap_or(now);
    let e = engagement_of(&r)?;
    let engagement = Engagement {
        reserved_days: e.reserved_days,
        consumed_days: e.consumed_days,
    };
    let (_, unused) = rules::complete_delivery(r.status, engagement, ended_at, now)?;
    if ended_at < e.assigned_at {
        return Err(ApiError::validation(
            "endedAt",
            "cannot be before the assignment",
        ));
    }
    let months = ctx.app.settings.reserve_summary_report_months;
    rules::summary_report_due(ended_at, &r.zone, months)?;
    let out = repo::complete(
        ctx.store(),
        &ctx.actor(),
        now,
        &r,
        e,
        ended_at,
        months,
        unused,
        p.user_id,
    )
    .await?
    .ok_or_else(changed)?;
    Ok(view(&p, out))
}

/// The clinic's summary report on the service provided, the results achieved and the lessons
/// learned: only after delivery (`INVALID_STATE_TRANSITION` before).
pub async fn submit_report(
    ctx: &Ctx,
    id: Uuid,
    service_provided: String,
    results: String,
    lessons_learned: String,
) -> ApiResult<RequestView> {
    let (p, r) = request_for(ctx, Action::ReserveReportSubmit, id).await?;
    let (_, report) =
        rules::submit_report(r.status, &service_provided, &results, &lessons_learned)?;
    let out = repo::report(ctx.store(), &ctx.actor(), ctx.now(), &r, &report, p.user_id)
        .await?
        .ok_or_else(changed)?;
    Ok(view(&p, out))
}

// ---- providers and capacity ------------------------------------------------------------------

/// A provider with its balances per quarter.
#[derive(Debug, Clone)]
pub struct ProviderCapacity {
    pub provider: ReserveProvider,
    pub quarters: Vec<QuarterCapacity>,
}

/// ENISA flags a verified service provider as a trusted Reserve MSSP (Art. 17), with the
/// member states (field `memberStates`) and languages (field `languages`) it covers.
pub async fn register_provider(
    ctx: &Ctx,
    organisation_id: Uuid,
    trusted: bool,
    member_states: Vec<MemberState>,
    languages: Vec<Language>,
) -> ApiResult<ProviderCapacity> {
    ctx.authorize(Action::ReserveProviderRegister).await?;
    let org = org_repo::get(ctx.store().db(), organisation_id)
        .await?
        .filter(|o| o.kind == OrganisationKind::ServiceProvider)
        .ok_or_else(|| ApiError::validation("organisationId", "no such service provider"))?;
    if org.status != OrganisationStatus::Verified {
        return Err(ApiError::validation(
            "organisationId",
            "only a verified service provider can be a Reserve provider",
        ));
    }
    if member_states.is_empty() {
        return Err(ApiError::validation(
            "memberStates",
            "name at least one member state",
        ));
    }
    if languages.is_empty() {
        return Err(ApiError::validation(
            "languages",
            "name at least one language",
        ));
    }
    let mut ms = member_states;
    ms.sort_by_key(|m| m.code());
    ms.dedup();
    let mut langs = languages;
    langs.sort();
    langs.dedup();
    let provider = repo::save_provider(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        organisation_id,
        trusted,
        &ms,
        &langs,
    )
    .await?;
    let quarters = repo::capacities(ctx.store().db(), &[organisation_id]).await?;
    Ok(ProviderCapacity { provider, quarters })
}

/// The Reserve providers with their capacity per quarter: ENISA all, a service provider its
/// own.
pub async fn providers(ctx: &Ctx) -> ApiResult<Vec<ProviderCapacity>> {
    let p = ctx.authorize(Action::ReserveProviderList).await?;
    let only = match p.scope {
        Scope::Organisation { id, .. } => Some(id),
        _ => None,
    };
    let db = ctx.store().db();
    let list = repo::providers(db, only).await?;
    let ids: Vec<Uuid> = list.iter().map(|p| p.id).collect();
    let mut capacity = repo::capacities(db, &ids).await?;
    Ok(list
        .into_iter()
        .map(|provider| {
            let (mine, rest) = capacity
                .drain(..)
                .partition(|c: &QuarterCapacity| c.provider_id == provider.id);
            capacity = rest;
            ProviderCapacity {
                provider,
                quarters: mine,
            }
        })
        .collect())
}

async fn provider_in_scope(ctx: &Ctx, action: Action, id: Uuid) -> ApiResult<ReserveProvider> {
    let p = ctx.authorize(action).await?;
    if let Scope::Organisation { id: own, .. } = p.scope
        && own != id
    {
        return Err(ApiError::NotFound);
    }
    repo::providers(ctx.store().db(), Some(id))
        .await?
        .into_iter()
        .next()
        .ok_or(ApiError::NotFound)
}

/// A provider's capacity ledger of one quarter, oldest first (ENISA, or the provider itself).
pub async fn ledger(ctx: &Ctx, provider: Uuid, quarter: &str) -> ApiResult<Vec<CapacityEntry>> {
    provider_in_scope(ctx, Action::ReserveProviderList, provider).await?;
    let quarter = Quarter::parse(quarter)?;
    Ok(repo::ledger(ctx.store().db(), provider, quarter).await?)
}

async fn with_capacity(ctx: &Ctx, provider: ReserveProvider) -> ApiResult<ProviderCapacity> {
    let quarters = repo::capacities(ctx.store().db(), &[provider.id]).await?;
    Ok(ProviderCapacity { provider, quarters })
}

async fn balances_of(ctx: &Ctx, provider: Uuid, quarter: Quarter) -> ApiResult<CapacityBalances> {
    Ok(repo::balances(ctx.store().db(), provider, quarter)
        .await?
        .unwrap_or_default())
}

/// ENISA records a provider's pre-committed service-days for a quarter that has not ended
/// (fields `quarter`, `days`).
pub async fn precommit(
    ctx: &Ctx,
    provider: Uuid,
    quarter: &str,
    days: i64,
) -> ApiResult<ProviderCapacity> {
    let action = Action::ReserveCapacityPrecommit;
    let p = provider_in_scope(ctx, action, provider)
        .await
        .map_err(|e| match e {
            ApiError::NotFound => ApiError::validation("providerId", "no such Reserve provider"),
            other => other,
        })?;
    let quarter = Quarter::parse(quarter)?;
    check_precommit(quarter, &reserve_zone()?, ctx.now())?;
    balances_of(ctx, provider, quarter)
        .await?
        .apply(CapacityEntryKind::Precommit, Pool::Response, days)
        .map_err(|e| match e {
            rules::ReserveError::Overflow => {
                ApiError::validation("days", "more than 100000 service-days in a quarter")
            }
            other => other.into(),
        })?;
    if !repo::move_quarter(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        provider,
        quarter,
        CapacityEntryKind::Precommit,
        days,
    )
    .await?
    {
        return Err(ApiError::validation(
            "days",
            "more than 100000 service-days in a quarter",
        ));
    }
    with_capacity(ctx, p).await
}

/// ENISA converts an ended quarter's unused pre-committed days into preparedness days
/// (Art. 14(2)), all of them at once.
pub async fn convert(ctx: &Ctx, provider: Uuid, quarter: &str) -> ApiResult<ProviderCapacity> {
    let p = provider_in_scope(ctx, Action::ReserveCapacityConvert, provider)
        .await
        .map_err(|e| match e {
            ApiError::NotFound => ApiError::validation("providerId", "no such Reserve provider"),
            other => other,
        })?;
    let quarter = Quarter::parse(quarter)?;
    let balances = balances_of(ctx, provider, quarter).await?;
    let days = conversion_days(&balances, quarter, &reserve_zone()?, ctx.now())?;
    if !repo::move_quarter(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        provider,
        quarter,
        CapacityEntryKind::ConvertToPreparedness,
        days,
    )
    .await?
    {
        return Err(changed());
    }
    with_capacity(ctx, p).await
}
