//! Voucher applications: a clinic drafts, submits and may withdraw; its member state's agency
//! reviews the queue first come, first served, and approves (committing the funds and issuing
//! the voucher in one transaction) or rejects with a reason.
use super::four_eyes::{self, Approval};
use super::money::minor_units;
use super::organisations::verified_service_provider;
use super::{Action, Ctx, funds, retries, sme};
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::store::applications::{self as repo, Draft, Refused};
use crate::store::page::{Page, PageRequest};
use crate::store::programmes::{self, Programme};
use crate::store::vouchers::Voucher;
use domain::application::{self as rules, ApplicationStatus, PlannedService, RuleResult};
use domain::decision::DecisionReason;
use domain::ledger::IdempotencyKey;
use domain::money::{Currency, Money};
use domain::sme::{SmeAssessment, SmeAssessmentInput};
use rust_decimal::Decimal;
use uuid::Uuid;

pub use crate::store::applications::{Application, ApplicationFilter};
/// What this capability reads, for the transports.
pub use domain::application::AmountDerivation;

/// One planned service as entered.
pub struct ServiceInput {
    pub category: String,
    pub description: String,
    pub estimated_cost: Decimal,
}

/// The SME input of a draft: as entered (kept to continue the draft) and parsed.
pub struct SmeInput {
    pub as_entered: serde_json::Value,
    pub input: SmeAssessmentInput,
}

/// What a clinic asks for. A draft may be incomplete; submission checks everything.
pub struct DraftInput {
    /// `None`: derived from the planned services ([`rules::derive_amount`]).
    pub requested_amount: Option<Decimal>,
    pub services: Vec<ServiceInput>,
    pub sme: Option<SmeInput>,
    pub de_minimis_received_eur: Option<Decimal>,
    pub service_provider_id: Option<Uuid>,
}

/// Reads a stored SME input (the shape the transport that saved it uses) back into the
/// engine's input. The transport that owns that shape supplies it.
pub type SmeDecoder = fn(&serde_json::Value) -> ApiResult<SmeAssessmentInput>;

/// Parses planned services in the programme's currency (`services[i]…` in error fields).
fn planned_services(
    programme: &Programme,
    input: Vec<ServiceInput>,
) -> ApiResult<Vec<PlannedService>> {
    if input.len() > rules::MAX_SERVICES {
        return Err(ApiError::validation(
            "services",
            format!("at most {} services", rules::MAX_SERVICES),
        ));
    }
    let currency = programme.rules.currency;
    let mut services = Vec::with_capacity(input.len());
    for (i, s) in input.into_iter().enumerate() {
        let cost = Money::new(s.estimated_cost, currency).map_err(|e| {
            ApiError::validation(format!("services[{i}].estimatedCost"), e.to_string())
        })?;
        services.push(PlannedService::parse(i, &s.category, &s.description, cost)?);
    }
    Ok(services)
}

/// The amount planned services would give on a programme, step by step, before the clinic
/// saves anything (the application form's preview). Nothing is stored.
pub async fn preview_amount(
    ctx: &Ctx,
    program_id: Uuid,
    services: Vec<ServiceInput>,
) -> ApiResult<(Programme, AmountDerivation)> {
    ctx.authorize_organisation(Action::ApplicationEligibility)
        .await?;
    let programme = visible_programme(ctx, program_id).await?;
    let services = planned_services(&programme, services)?;
    let derivation = rules::derive_amount(&programme.rules, &services);
    Ok((programme, derivation))
}

/// How an application's amount follows from its planned services on its programme.
pub fn amount_derivation(programme: &Programme, app: &Application) -> AmountDerivation {
    rules::derive_amount(&programme.rules, &app.services)
}

/// Parses a draft in the programme's currency. The SME input is assessed now too, so a draft
/// never holds an input the engine refuses.
async fn draft(ctx: &Ctx, programme: &Programme, input: DraftInput) -> ApiResult<Draft> {
    let currency = programme.rules.currency;
    let services = planned_services(programme, input.services)?;
    let requested_minor = match input.requested_amount {
        Some(a) => minor_units("requestedAmount", a, currency, true)?,
        None => rules::derive_amount(&programme.rules, &services).amount_minor,
    };
    let sme_input = match input.sme {
        None => None,
        Some(sme) => {
            sme::run(sme.input).await.map_err(|e| e.under("sme"))?;
            Some(sme.as_entered)
        }
    };
    let de_minimis_declared_eur_minor = match input.de_minimis_received_eur {
        None => 0,
        Some(a) => minor_units("deMinimisReceivedEur", a, Currency::EUR, true)?,
    };
    let service_provider_id = match input.service_provider_id {
        None => None,
        Some(id) => Some(verified_service_provider(ctx, id).await?),
    };
    Ok(Draft {
        requested_minor,
        services,
        sme_input,
        de_minimis_declared_eur_minor,
        service_provider_id,
    })
}

/// An application in the caller's scope for `action`, or an (audited, when it exists
/// elsewhere) `NOT_FOUND`.
async fn in_scope(ctx: &Ctx, action: Action, id: Uuid) -> ApiResult<Application> {
    let db = ctx.store().db();
    match repo::find(db, &ctx.scope(), id).await? {
        Some(a) => Ok(a),
        None => {
            let elsewhere = repo::exists(db, id).await?;
            Err(ctx
                .not_found(action, "VoucherApplication", id, elsewhere)
                .await)
        }
    }
}

/// The programme of an application the caller may see.
async fn programme_of(ctx: &Ctx, app: &Application) -> ApiResult<Programme> {
    Ok(repo::programme_of(ctx.store().db(), app).await?)
}

/// A programme the caller may see, for applying to it.
async fn visible_programme(ctx: &Ctx, id: Uuid) -> ApiResult<Programme> {
    programmes::find(ctx.store().db(), &ctx.scope(), id)
        .await?
        .ok_or(ApiError::NotFound)
}

/// Whether the caller's organisation may apply to a programme, rule by rule. With `sme`, the
/// SME rule is answered too; amount rules are checked on the application.
pub async fn eligibility(
    ctx: &Ctx,
    program_id: Uuid,
    sme: Option<SmeAssessmentInput>,
) -> ApiResult<Vec<RuleResult>> {
    let (_, org) = ctx
        .authorize_organisation(Action::ApplicationEligibility)
        .await?;
    let programme = visible_programme(ctx, program_id).await?;
    let assessment = match sme {
        None => None,
        Some(input) => Some(sme::run(input).await.map_err(|e| e.under("sme"))?),
    };
    let now = ctx.now();
    Ok(repo::pre_check(ctx.store(), org, &programme, assessment.as_ref(), now).await?)
}

/// Applications the caller may see, newest first: a clinic its own (drafts included), an
/// agency its member state's submitted and decided ones.
pub async fn list(
    ctx: &Ctx,
    filter: &ApplicationFilter,
    page: PageRequest,
) -> ApiResult<Page<Application>> {
    let p = ctx.authorize(Action::ApplicationList).await?;
    Ok(repo::list(ctx.store().db(), &p.scope, filter, page).await?)
}

/// The first page of each programme's applications the caller may see, by (programme id,
/// page size), in one read per page size (`VoucherProgram.applications` without `after`).
/// Empty for a caller who may not list applications.
pub async fn first_pages(
    ctx: &Ctx,
    keys: &[(Uuid, u64)],
    sme_columns: bool,
) -> ApiResult<std::collections::HashMap<(Uuid, u64), Page<Application>>> {
    let mut out = std::collections::HashMap::new();
    if !ctx.may(Action::ApplicationList) {
        return Ok(out);
    }
    let mut sizes: Vec<u64> = keys.iter().map(|(_, first)| *first).collect();
    sizes.sort_unstable();
    sizes.dedup();
    for first in sizes {
        let ids: Vec<Uuid> = keys
            .iter()
            .filter(|(_, f)| *f == first)
            .map(|(id, _)| *id)
            .collect();
        let db = ctx.store().db();
        let pages = repo::first_pages(db, &ctx.scope(), &ids, first, sme_columns).await?;
        out.extend(pages.into_iter().map(|(id, page)| ((id, first), page)));
    }
    Ok(out)
}

/// One application in the caller's scope (a probe of one elsewhere is audited, capped).
pub async fn find(ctx: &Ctx, id: Uuid) -> ApiResult<Option<Application>> {
    ctx.permit(Action::ApplicationRead).await?;
    let db = ctx.store().db();
    let found = repo::find(db, &ctx.scope(), id).await?;
    if found.is_none() && repo::exists(db, id).await? {
        ctx.probe(Action::ApplicationRead, "VoucherApplication", id)
            .await?;
    }
    Ok(found)
}

/// Applications by id within the caller's scope (for relations).
pub async fn find_many(ctx: &Ctx, ids: &[Uuid]) -> ApiResult<Vec<Application>> {
    Ok(repo::find_many(ctx.store().db(), &ctx.scope(), ids).await?)
}

/// The agency's review queue: submitted applications of its member state, first come, first
/// served, narrowed by `filter` (programme, search by reference or organisation name,
/// submission dates, waiting for a second officer or not).
pub async fn queue(
    ctx: &Ctx,
    filter: &ApplicationFilter,
    page: PageRequest,
) -> ApiResult<Page<Application>> {
    let p = ctx.authorize(Action::ApplicationQueue).await?;
    Ok(repo::queue(ctx.store().db(), &p.scope, filter, page).await?)
}

/// The most rows one export of the queue holds.
pub const QUEUE_EXPORT_LIMIT: u64 = 10_000;

/// One row of the queue's export: the application and its organisation's name.
pub struct QueueRow {
    pub application: Application,
    pub organisation: String,
}

/// The review queue under `filter` as rows for the CSV export (`GET /review-queue.csv`), first
/// come first served, at most [`QUEUE_EXPORT_LIMIT`].
pub async fn queue_export(ctx: &Ctx, filter: &ApplicationFilter) -> ApiResult<Vec<QueueRow>> {
    let p = ctx.authorize(Action::ApplicationQueue).await?;
    let db = ctx.store().db();
    let apps = repo::queue_all(db, &p.scope, filter, QUEUE_EXPORT_LIMIT).await?;
    let mut ids: Vec<Uuid> = apps.iter().map(|a| a.organisation_id).collect();
    ids.sort();
    ids.dedup();
    let names: std::collections::HashMap<Uuid, String> = super::organisations::find_many(ctx, &ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    Ok(apps
        .into_iter()
        .map(|a| QueueRow {
            organisation: names.get(&a.organisation_id).cloned().unwrap_or_default(),
            application: a,
        })
        .collect())
}

/// A clinic starts a `DRAFT` application to a programme.
pub async fn create(ctx: &Ctx, program_id: Uuid, input: DraftInput) -> ApiResult<Application> {
    let (p, org) = ctx
        .authorize_organisation(Action::ApplicationCreate)
        .await?;
    let domain::account::Scope::Organisation { member_state, .. } = p.scope else {
        return Err(ApiError::Forbidden);
    };
    let programme = visible_programme(ctx, program_id).await?;
    let d = draft(ctx, &programme, input).await?;
    let (actor, now) = (ctx.actor(), ctx.now());
    Ok(repo::create(ctx.store(), &actor, now, org, member_state, &programme, &d).await?)
}

/// Replaces a draft's content.
pub async fn update(ctx: &Ctx, id: Uuid, input: DraftInput) -> ApiResult<Application> {
    ctx.authorize(Action::ApplicationUpdate).await?;
    let app = in_scope(ctx, Action::ApplicationUpdate, id).await?;
    let not_draft = || ApiError::transition("only a draft can be edited");
    if app.status != ApplicationStatus::Draft {
        return Err(not_draft());
    }
    let programme = programme_of(ctx, &app).await?;
    let d = draft(ctx, &programme, input).await?;
    repo::update(ctx.store(), &ctx.actor(), ctx.now(), &app, &d)
        .await?
        .ok_or_else(not_draft)
}

fn not_eligible(failed: Vec<RuleResult>) -> ApiError {
    ApiError::NotEligible(
        failed
            .into_iter()
            .map(|r| (r.rule.as_str().to_owned(), r.message))
            .collect(),
    )
}

/// Submits a draft: the SME assessment is run and kept as a snapshot, then the programme's
/// rules are checked inside the submitting transaction. `NOT_ELIGIBLE` lists the failed
/// rules, and the application stays a draft.
pub async fn submit(ctx: &Ctx, id: Uuid, decode: SmeDecoder) -> ApiResult<Application> {
    ctx.authorize(Action::ApplicationSubmit).await?;
    let app = in_scope(ctx, Action::ApplicationSubmit, id).await?;
    rules::transition(app.status, ApplicationStatus::Submitted)?;
    let programme = programme_of(ctx, &app).await?;
    let snapshot: Option<SmeAssessment> = match &app.sme_input {
        None => None,
        Some(json) => Some(sme::run(decode(json)?).await.map_err(|e| e.under("sme"))?),
    };
    let (actor, now) = (ctx.actor(), ctx.now());
    let submitted = repo::submit(
        ctx.store(),
        &actor,
        now,
        &app,
        &programme,
        snapshot.as_ref(),
    )
    .await?;
    match submitted {
        Ok(a) => Ok(a),
        Err(Refused::NotEligible(failed)) => Err(not_eligible(failed)),
        Err(_) => Err(ApiError::transition("the application is no longer a draft")),
    }
}

/// The clinic withdraws a draft or a submitted application.
pub async fn withdraw(ctx: &Ctx, id: Uuid) -> ApiResult<Application> {
    ctx.authorize(Action::ApplicationWithdraw).await?;
    let app = in_scope(ctx, Action::ApplicationWithdraw, id).await?;
    rules::transition(app.status, ApplicationStatus::Withdrawn)?;
    repo::withdraw(ctx.store(), &ctx.actor(), ctx.now(), &app)
        .await?
        .ok_or_else(|| ApiError::transition("the application was decided meanwhile"))
}

/// The amount an officer recommends or approves: the amount asked, or less (not below the
/// programme's minimum).
fn decided_amount(
    app: &Application,
    programme: &Programme,
    amount: Option<Decimal>,
) -> ApiResult<i64> {
    let asked = match amount {
        None => app.requested_minor,
        Some(a) => minor_units("amount", a, programme.rules.currency, false)?,
    };
    Ok(rules::check_approved_amount(
        &programme.rules,
        app.requested_minor,
        asked,
    )?)
}

/// The first of the four eyes: an agency officer recommends approving a submitted application,
/// for the amount asked or less. A different officer of the agency then approves it.
pub async fn recommend(ctx: &Ctx, id: Uuid, amount: Option<Decimal>) -> ApiResult<Application> {
    let action = Action::ApplicationRecommend;
    ctx.authorize(action).await?;
    let app = in_scope(ctx, action, id).await?;
    rules::transition(app.status, ApplicationStatus::Approved)?;
    let recommended_already = || ApiError::transition("the application was recommended already");
    if app.recommendation.is_some() {
        return Err(recommended_already());
    }
    let programme = programme_of(ctx, &app).await?;
    let amount_minor = decided_amount(&app, &programme, amount)?;
    match repo::recommend(ctx.store(), &ctx.actor(), ctx.now(), &app, amount_minor).await? {
        Some(a) => Ok(a),
        None => {
            let now = in_scope(ctx, action, id).await?;
            rules::transition(now.status, ApplicationStatus::Approved)?;
            Err(recommended_already())
        }
    }
}

/// Whether the caller may approve `app` for `amount_minor` under the programme's four eyes.
async fn check_four_eyes(
    ctx: &Ctx,
    app: &Application,
    programme: &Programme,
    amount_minor: i64,
) -> ApiResult<()> {
    four_eyes::check(
        ctx,
        Approval {
            action: Action::ApplicationApprove,
            object_type: "VoucherApplication",
            object_id: app.id,
            rule: programme.rules.four_eyes,
            recommendation: app.recommendation,
            amount_minor,
            currency: programme.rules.currency,
        },
    )
    .await
}

/// An agency officer approves a submitted application, for the amount asked or less (not
/// below the programme's minimum): the funds are committed, the voucher issued, any
/// pre-financing paid and the clinic notified, in one transaction. At or above the
/// programme's four-eyes threshold, another officer must have recommended it first; the
/// recommender never approves. A retry with the same idempotency key gets the first approval
/// back ([`retries`]).
pub async fn approve(
    ctx: &Ctx,
    id: Uuid,
    amount: Option<Decimal>,
    key: Option<IdempotencyKey>,
) -> ApiResult<(Application, Voucher)> {
    let action = Action::ApplicationApprove;
    ctx.authorize(action).await?;
    let app = in_scope(ctx, action, id).await?;
    if let Some(done) = approval_retry(ctx, &app, amount, key.as_ref()).await? {
        return Ok(done);
    }
    rules::transition(app.status, ApplicationStatus::Approved)?;
    let programme = programme_of(ctx, &app).await?;
    let amount = match (amount, app.recommendation) {
        (None, Some(r)) => Some(programme.money(r.amount_minor).amount()),
        (a, _) => a,
    };
    let amount_minor = decided_amount(&app, &programme, amount)?;
    check_four_eyes(ctx, &app, &programme, amount_minor).await?;
    let (actor, now) = (ctx.actor(), ctx.now());
    let object = Some(app.id.to_string());
    let codes = crate::store::vouchers::CodeKeys {
        code_key: &ctx.app.code_key,
        keys: &ctx.app.keys,
    };
    let decision = repo::Approval {
        amount_minor,
        codes,
        key: key.as_ref(),
    };
    match repo::approve(ctx.store(), &actor, now, &app, &programme, decision).await? {
        Ok((a, v)) => {
            let event = Event::NotificationsChanged {
                organisation: a.organisation_id,
            };
            Ok(ctx.published((a, v), [event]))
        }
        Err(Refused::Funds(r)) => {
            ctx.deny(action, "VoucherApplication", object, "insufficient_funds")
                .await?;
            Err(funds::refused(&programme, r))
        }
        Err(Refused::ActiveVoucher) => {
            ctx.deny(action, "VoucherApplication", object, "active_voucher")
                .await?;
            Err(ApiError::Conflict(
                "the organisation already has an active voucher in this programme".into(),
            ))
        }
        Err(_) => {
            // The application changed meanwhile: decided, or recommended by someone (the
            // conditional update re-checked the four eyes). Say which, from what is there now.
            let now = in_scope(ctx, action, id).await?;
            if let Some(done) = approval_retry(ctx, &now, amount, key.as_ref()).await? {
                return Ok(done);
            }
            rules::transition(now.status, ApplicationStatus::Approved)?;
            check_four_eyes(ctx, &now, &programme, amount_minor).await?;
            Err(ApiError::transition(
                "the application changed meanwhile; try again",
            ))
        }
    }
}

/// The application as this approval, retried with its idempotency key, left it, with its
/// voucher; `None` when the request is no retry.
async fn approval_retry(
    ctx: &Ctx,
    app: &Application,
    amount: Option<Decimal>,
    key: Option<&IdempotencyKey>,
) -> ApiResult<Option<(Application, Voucher)>> {
    if key.is_none() || app.decision_key.as_deref() != key.map(IdempotencyKey::as_str) {
        return Ok(None);
    }
    let programme = programme_of(ctx, app).await?;
    let approved = app.approved_minor.map(|m| programme.money(m).amount());
    let same =
        app.status == ApplicationStatus::Approved && amount.is_none_or(|a| approved == Some(a));
    retries::is_retry(key, app.decision_key.as_deref(), same)?;
    let voucher = super::vouchers::of_applications(ctx, &[app.id])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::internal("an approved application without its voucher"))?;
    Ok(Some((app.clone(), voucher)))
}

/// An agency officer rejects a submitted application with a reason the clinic will read. A
/// retry with the same idempotency key gets the first rejection back.
pub async fn reject(
    ctx: &Ctx,
    id: Uuid,
    reason: DecisionReason,
    key: Option<IdempotencyKey>,
) -> ApiResult<Application> {
    ctx.authorize(Action::ApplicationReject).await?;
    let retry = |a: &Application| {
        let same = a.status == ApplicationStatus::Rejected
            && a.decision_reason.as_deref() == Some(reason.as_str());
        retries::is_retry(key.as_ref(), a.decision_key.as_deref(), same)
    };
    let app = in_scope(ctx, Action::ApplicationReject, id).await?;
    if retry(&app)? {
        return Ok(app);
    }
    rules::transition(app.status, ApplicationStatus::Rejected)?;
    let (store, actor) = (ctx.store(), ctx.actor());
    let done = repo::reject(
        store,
        &actor,
        ctx.now(),
        &app,
        reason.as_str(),
        key.as_ref(),
    );
    let Some(rejected) = done.await? else {
        let now = in_scope(ctx, Action::ApplicationReject, id).await?;
        if retry(&now)? {
            return Ok(now);
        }
        return Err(ApiError::transition(
            "the application was decided meanwhile",
        ));
    };
    let event = Event::NotificationsChanged {
        organisation: rejected.organisation_id,
    };
    Ok(ctx.published(rejected, [event]))
}
