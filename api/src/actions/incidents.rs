//! Incident cases (NIS2 Art. 23): a clinic reports and submits its stages against the clocks;
//! its member state's authority reads, acknowledges, comments, requests intermediate reports,
//! shares across borders and closes. Anyone else finds no case: out of scope is `NOT_FOUND`,
//! exactly like a missing case, for every role (`store::tenancy`). Ransom demands and their
//! law-enforcement referral follow the member state's rules; the statistics are anonymised.
use super::{Action, Ctx};
use crate::auth::Principal;
use crate::error::{ApiError, ApiResult};
use crate::store::incidents as repo;
use crate::store::page::{Page, PageRequest};
use chrono::{DateTime, NaiveDate, Utc};
use domain::account::Scope;
use domain::calendar::member_state_zone;
use domain::incident::ransom::{
    RansomDemand, RansomDemandInput, RansomReporting, RansomRules, Referral,
};
use domain::incident::statistics::{self, Audience, Cell, IncidentRow, YearMonth};
use domain::incident::{
    self as rules, AuthorityAccess, Clock, IncidentInput, NewIncident, Stage, StageInput,
    StageReport,
};
use domain::member_state::MemberState;
use uuid::Uuid;

pub use crate::store::incidents::{Comment, DemandRecord, Incident, ReferralRecord, StageRecord};

/// How the caller stands to a case it can see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The reporting organisation.
    Owner,
    /// The authority of the case's member state.
    Authority,
    /// An authority the case was shared with: read only.
    SharedReadOnly,
}

/// The caller's access to `case` (it is in scope, so one of the three).
pub fn access(scope: &Scope, case: &Incident) -> Access {
    match scope {
        Scope::Authority { member_state, .. } => {
            match rules::authority_access(*member_state, case.member_state, &case.shared_with) {
                AuthorityAccess::Full => Access::Authority,
                AuthorityAccess::ReadOnly | AuthorityAccess::None => Access::SharedReadOnly,
            }
        }
        _ => Access::Owner,
    }
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

/// The case `id` for `action`: in the caller's scope (else `NOT_FOUND`, a probe of an existing
/// case audited), then the role (else `FORBIDDEN`), then for a change by an authority, full
/// access (a shared case is read-only).
async fn case_for(ctx: &Ctx, action: Action, id: Uuid) -> ApiResult<(Principal, Incident)> {
    let p = signed_in(ctx, action).await?;
    let db = ctx.store().db();
    let Some(case) = repo::find(db, &ctx.app.keys, &p.scope, id).await? else {
        let exists = repo::exists(db, id).await?;
        return Err(ctx.not_found(action, "Incident", id, exists).await);
    };
    if !action.permission().allows(p.role) {
        ctx.deny(action, "Incident", Some(id.to_string()), "role")
            .await?;
        return Err(ApiError::Forbidden);
    }
    if action != Action::IncidentRead && access(&p.scope, &case) == Access::SharedReadOnly {
        ctx.deny(action, "Incident", Some(id.to_string()), "read_only")
            .await?;
        return Err(ApiError::Forbidden);
    }
    Ok((p, case))
}

fn changed() -> ApiError {
    ApiError::transition("the case changed meanwhile; reload and retry")
}

/// The clocks of a case now (the domain's one function of the case and `now`).
pub fn clocks(case: &Incident, now: DateTime<Utc>) -> ApiResult<Vec<Clock>> {
    Ok(rules::clocks(&case.case(), now)?)
}

/// The clock to watch: the earliest unmet deadline.
pub fn next_deadline(case: &Incident, now: DateTime<Utc>) -> ApiResult<Option<Clock>> {
    Ok(rules::next_deadline(&clocks(case, now)?).copied())
}

/// A provider user reports a significant incident of its own organisation; the clocks start
/// at its awareness. The case's calendar months are counted in the organisation's own zone
/// (`Organisation::time_zone`), never in a zone the report sends.
pub async fn report(ctx: &Ctx, input: IncidentInput) -> ApiResult<Incident> {
    let (p, org) = ctx.authorize_organisation(Action::IncidentReport).await?;
    let Scope::Organisation { member_state, .. } = p.scope else {
        return Err(ApiError::Forbidden);
    };
    let incident = NewIncident::parse(input, ctx.now())?;
    let zone = crate::store::organisations::find(ctx.store().db(), &p.scope, org)
        .await?
        .map_or_else(|| member_state_zone(member_state), |o| o.time_zone);
    let new = repo::NewCase {
        organisation_id: org,
        member_state,
        zone,
        incident,
        by: p.user_id,
    };
    Ok(repo::create(ctx.store(), &ctx.app.keys, &ctx.actor(), ctx.now(), new).await?)
}

/// One case in the caller's scope; `None` (answered `NOT_FOUND`) for anyone else.
pub async fn find(ctx: &Ctx, id: Uuid) -> ApiResult<Incident> {
    Ok(case_for(ctx, Action::IncidentRead, id).await?.1)
}

/// One page of the cases in the caller's scope: overdue first, then by the next deadline, then
/// those with no deadline running (newest first). The order depends on the domain's clocks, so
/// the sort keys of every case in scope are computed (no sealed text is opened) and only the
/// page's cases are loaded whole; the cursor is the last case's id.
pub async fn list(
    ctx: &Ctx,
    status: Option<rules::CaseStatus>,
    page: PageRequest,
) -> ApiResult<Page<Incident>> {
    let p = signed_in(ctx, Action::IncidentList).await?;
    let now = ctx.now();
    let db = ctx.store().db();
    let mut keyed = Vec::new();
    for (id, case) in repo::deadline_cases(db, &p.scope, status).await? {
        let due = rules::next_deadline(&rules::clocks(&case, now)?).and_then(|k| k.due_at);
        keyed.push((due.is_none(), due, std::cmp::Reverse(id)));
    }
    keyed.sort();
    let ordered: Vec<Uuid> = keyed.into_iter().map(|k| k.2.0).collect();
    let start = match page.after {
        None => 0,
        Some(after) => {
            ordered.iter().position(|id| *id == after).ok_or_else(|| {
                ApiError::validation("after", "is not a case of this list (reload the list)")
            })? + 1
        }
    };
    let first = usize::try_from(page.first).unwrap_or(usize::MAX);
    let window: Vec<Uuid> = ordered.iter().skip(start).take(first).copied().collect();
    let items = repo::find_many(db, &ctx.app.keys, &p.scope, &window).await?;
    Ok(Page {
        items,
        total: ordered.len() as u64,
        has_next: ordered.len() > start.saturating_add(first),
        has_previous: start > 0,
    })
}

/// The clinic submits a stage: in order, each once (the intermediate report once per request),
/// never changed afterwards; the final report not before a mandatory referral.
pub async fn submit(ctx: &Ctx, id: Uuid, stage: Stage, input: StageInput) -> ApiResult<Incident> {
    let (p, case) = case_for(ctx, Action::IncidentSubmit, id).await?;
    let now = ctx.now();
    let view = case.case();
    rules::check_submission(&view, stage, now)?;
    let report = StageReport::parse(stage, &input)?;
    let answers = match stage {
        Stage::Intermediate => view.open_intermediate_request().map(|(i, _)| i),
        _ => None,
    };
    repo::submit(
        ctx.store(),
        &ctx.app.keys,
        &ctx.actor(),
        now,
        &case,
        &report,
        answers,
        p.user_id,
    )
    .await?
    .ok_or_else(changed)
}

/// The clinic marks the incident handled.
pub async fn mark_handled(ctx: &Ctx, id: Uuid, handled_at: DateTime<Utc>) -> ApiResult<Incident> {
    let (_, case) = case_for(ctx, Action::IncidentMarkHandled, id).await?;
    let now = ctx.now();
    let at = rules::mark_handled(&case.case(), handled_at, now)?;
    repo::mark_handled(ctx.store(), &ctx.app.keys, &ctx.actor(), now, &case, at)
        .await?
        .ok_or_else(changed)
}

/// The authority acknowledges a submitted stage (by the submission's id), once.
pub async fn acknowledge(ctx: &Ctx, submission: Uuid) -> ApiResult<Incident> {
    let action = Action::IncidentAcknowledge;
    let db = ctx.store().db();
    let Some(case_id) = repo::case_of_submission(db, submission).await? else {
        signed_in(ctx, action).await?;
        return Err(ApiError::NotFound);
    };
    let (p, case) = case_for(ctx, action, case_id).await?;
    let record = case
        .stages
        .iter()
        .find(|s| s.id == submission)
        .ok_or(ApiError::NotFound)?;
    let now = ctx.now();
    rules::acknowledge(&case.case(), &record.submission, now)?;
    repo::acknowledge(
        ctx.store(),
        &ctx.app.keys,
        &ctx.actor(),
        now,
        &case,
        submission,
        p.user_id,
    )
    .await?
    .ok_or_else(changed)
}

/// The authority requests an intermediate report due at `due_at`.
pub async fn request_intermediate(
    ctx: &Ctx,
    id: Uuid,
    due_at: DateTime<Utc>,
) -> ApiResult<Incident> {
    let (p, case) = case_for(ctx, Action::IncidentRequestIntermediate, id).await?;
    let now = ctx.now();
    let request = rules::request_intermediate(&case.case(), due_at, now)?;
    repo::request_intermediate(
        ctx.store(),
        &ctx.app.keys,
        &ctx.actor(),
        now,
        &case,
        &request,
        p.user_id,
    )
    .await?
    .ok_or_else(changed)
}

/// The longest comment.
pub const MAX_COMMENT: usize = 4000;

/// The clinic or its authority comments on an open case (field `text`).
pub async fn comment(ctx: &Ctx, id: Uuid, text: &str) -> ApiResult<Incident> {
    let (p, case) = case_for(ctx, Action::IncidentComment, id).await?;
    let body = text.trim();
    let n = body.chars().count();
    if n == 0 || n > MAX_COMMENT {
        return Err(ApiError::validation(
            "text",
            format!("must be 1 to {MAX_COMMENT} characters"),
        ));
    }
    if body
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(ApiError::validation(
            "text",
            "must not contain control characters",
        ));
    }
    if case.status == rules::CaseStatus::Closed {
        return Err(rules::IncidentError::CaseClosed.into());
    }
    repo::comment(
        ctx.store(),
        &ctx.app.keys,
        &ctx.actor(),
        ctx.now(),
        &case,
        body,
        p.user_id,
        p.role.as_str(),
    )
    .await?
    .ok_or_else(changed)
}

/// The authority shares a possibly cross-border case with other member states' authorities
/// (read-only). Field: `memberStates`.
pub async fn share(ctx: &Ctx, id: Uuid, member_states: &[String]) -> ApiResult<Incident> {
    let (p, case) = case_for(ctx, Action::IncidentShare, id).await?;
    let targets = member_states
        .iter()
        .map(|c| {
            MemberState::parse(c.trim()).map_err(|_| {
                ApiError::validation(
                    "memberStates",
                    format!("`{c}` is not an EU member state code"),
                )
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    let new = rules::share(&case.case(), &targets, &case.shared_with)?;
    if new.is_empty() {
        return Ok(case);
    }
    repo::share(
        ctx.store(),
        &ctx.app.keys,
        &ctx.actor(),
        ctx.now(),
        &case,
        &new,
        p.user_id,
    )
    .await?
    .ok_or_else(changed)
}

/// The authority closes the case (not before a mandatory referral).
pub async fn close(ctx: &Ctx, id: Uuid) -> ApiResult<Incident> {
    let (_, case) = case_for(ctx, Action::IncidentClose, id).await?;
    rules::close(&case.case())?;
    repo::close(ctx.store(), &ctx.app.keys, &ctx.actor(), ctx.now(), &case)
        .await?
        .ok_or_else(changed)
}

/// The clinic records the case's ransom demand (one per case).
pub async fn record_demand(ctx: &Ctx, id: Uuid, input: RansomDemandInput) -> ApiResult<Incident> {
    let (p, case) = case_for(ctx, Action::RansomDemandRecord, id).await?;
    case.case().require_open()?;
    let now = ctx.now();
    let demand = RansomDemand::parse(input, case.report.started_at, now)?;
    if case.demand.is_some() {
        return Err(ApiError::Conflict(
            "a ransom demand is already recorded for this case; add what changed in the next stage"
                .into(),
        ));
    }
    repo::record_demand(
        ctx.store(),
        &ctx.app.keys,
        &ctx.actor(),
        now,
        &case,
        &demand,
        p.user_id,
    )
    .await?
    .ok_or_else(changed)
}

/// The clinic (or its authority) records the law-enforcement referral, once.
pub async fn record_referral(
    ctx: &Ctx,
    id: Uuid,
    authority: &str,
    referred_on: NaiveDate,
    case_reference: &str,
) -> ApiResult<Incident> {
    let (p, case) = case_for(ctx, Action::RansomReferralRecord, id).await?;
    case.case().require_open()?;
    let now = ctx.now();
    let today = repo::local_date(now, &case.zone).ok_or_else(|| ApiError::internal("date"))?;
    let received = case
        .demand
        .as_ref()
        .and_then(|d| repo::local_date(d.demand.received_at, &case.zone));
    let referral = Referral::parse(authority, referred_on, case_reference, received, today)?;
    if case.referral.is_some() {
        return Err(ApiError::Conflict(
            "the referral is already recorded for this case".into(),
        ));
    }
    repo::record_referral(
        ctx.store(),
        &ctx.app.keys,
        &ctx.actor(),
        now,
        &case,
        &referral,
        p.user_id,
    )
    .await?
    .ok_or_else(changed)
}

/// Every member state's ransom rules (those not set: `ENCOURAGED`), readable by everyone.
pub async fn ransom_rules(ctx: &Ctx) -> ApiResult<Vec<(MemberState, RansomRules)>> {
    ctx.permit(Action::RansomRulesRead).await?;
    let set = repo::all_rules(ctx.store().db()).await?;
    Ok(MemberState::all()
        .map(|ms| {
            let r = set
                .iter()
                .find(|(m, _)| *m == ms)
                .map_or_else(repo::default_rules, |(_, r)| r.clone());
            (ms, r)
        })
        .collect())
}

/// The rules of one member state.
pub async fn ransom_rules_of(ctx: &Ctx, ms: MemberState) -> ApiResult<RansomRules> {
    ctx.permit(Action::RansomRulesRead).await?;
    Ok(repo::rules_of(ctx.store().db(), ms).await?)
}

/// What an authority sets for its member state.
pub struct RulesInput {
    pub ransom_reporting: RansomReporting,
    pub referral_mandatory: bool,
    pub reporting_deadline_hours: Option<i64>,
    pub law_enforcement_contact: String,
}

/// The authority sets its own member state's ransom rules (audited with before and after).
pub async fn update_ransom_rules(
    ctx: &Ctx,
    input: RulesInput,
) -> ApiResult<(MemberState, RansomRules)> {
    let p = ctx.authorize(Action::RansomRulesUpdate).await?;
    let Scope::Authority { member_state, .. } = p.scope else {
        ctx.deny(Action::RansomRulesUpdate, "Operation", None, "scope")
            .await?;
        return Err(ApiError::Forbidden);
    };
    let rules = RansomRules::parse(
        input.ransom_reporting,
        input.referral_mandatory,
        input.reporting_deadline_hours,
        &input.law_enforcement_contact,
    )?;
    let saved = repo::update_rules(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        member_state,
        &rules,
        p.user_id,
    )
    .await?;
    Ok((member_state, saved))
}

/// Anonymised counts by member state, month (of awareness, in the organisation's zone) and
/// category: cells under 3 suppressed, except an authority's own member state.
pub async fn statistics(ctx: &Ctx) -> ApiResult<Vec<Cell>> {
    let caller = ctx.permit(Action::IncidentStatistics).await?;
    let audience = match caller.map(|p| p.scope) {
        Some(Scope::Authority { member_state, .. }) => Audience::Authority(member_state),
        _ => Audience::Public,
    };
    let rows = repo::statistic_rows(ctx.store().db())
        .await?
        .into_iter()
        .map(|(member_state, zone, aware_at, category)| {
            Ok(IncidentRow {
                member_state,
                month: YearMonth::of(aware_at, &zone).map_err(ApiError::internal)?,
                category,
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    Ok(statistics::statistics(&rows, audience))
}

/// The escalation job's sweep: for every open case, the reminders the domain says are owed
/// now (`due_reminders`: 6 h before a clock expires, and once overdue), each sent exactly once
/// whatever the number of processes (the store inserts its marker with `ON CONFLICT DO
/// NOTHING` and notifies only when this call wrote it). Returns how many this process sent.
pub async fn escalate_due(ctx: &Ctx) -> ApiResult<u64> {
    use domain::calendar::ReminderKind;
    use domain::incident::Reminder;
    use domain::notification::NotificationKind;
    let actor = crate::store::audit::Actor::system("incident-escalation");
    let now = ctx.now();
    let db = ctx.store().db();
    let mut sent = 0;
    for case in repo::open_cases(db, &ctx.app.keys).await? {
        let already: Vec<Reminder> = repo::reminders_sent(db, case.id)
            .await?
            .into_iter()
            .filter_map(|(stage, seq, kind)| {
                let stage = Stage::parse(&stage).ok()?;
                Some(Reminder {
                    stage,
                    request: (stage == Stage::Intermediate).then_some(usize::try_from(seq).ok()?),
                    kind: ReminderKind::parse(&kind).ok()?,
                })
            })
            .collect();
        for r in rules::due_reminders(&case.case(), now, &already)? {
            let key = repo::ReminderKey {
                stage: r.stage,
                seq: r
                    .request
                    .map_or(0, |i| i32::try_from(i).unwrap_or(i32::MAX)),
                kind: r.kind.as_str().to_owned(),
            };
            let kind = match r.kind {
                ReminderKind::AboutToExpire => NotificationKind::IncidentClockAboutToExpire,
                ReminderKind::Overdue => NotificationKind::IncidentClockOverdue,
            };
            if repo::send_reminder(ctx.store(), &actor, now, &case, &key, kind.as_str()).await? {
                sent += 1;
                let event = crate::events::Event::NotificationsChanged {
                    organisation: case.organisation_id,
                };
                ctx.published((), [event]);
            }
        }
    }
    Ok(sent)
}
