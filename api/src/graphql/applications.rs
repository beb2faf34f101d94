//! Voucher applications: a clinic drafts, submits and may withdraw; its member state's agency
//! reviews the queue first come, first served, and approves (issuing the voucher) or rejects.
//! `programEligibility` explains the rules before applying. Submission refused by the rules is
//! `NOT_ELIGIBLE` with `extensions.failedRules: [{rule, message}]`.
use super::context::{self, require};
use super::error::{ApiError, ApiResult};
use super::funds::refused;
use super::loaders::{self, ProgrammeLoader, VoucherByApplicationLoader};
use super::organisations::{Organisation, OrganisationLoader, parse_id, parse_optional_id};
use super::pagination::{connection, page_request};
use super::programmes::VoucherProgram;
use super::sme::{SmeAssessment, SmeAssessmentInput, from_domain, to_domain};
use super::vouchers::{Voucher, minor_units, money_minor};
use crate::store::applications::{self as repo, Application, ApplicationFilter, Draft, Refused};
use crate::store::entities::organisation as org_entity;
use crate::store::programmes::{self as programmes_repo, Programme};
use crate::store::tenancy::manages;
use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, ID, InputObject, InputType, Json, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::account::{Role, Scope};
use domain::application::{self as rules, ApplicationError, ApplicationStatus, PlannedService};
use domain::money::{Currency, Money};
use domain::organisation::{OrganisationKind, OrganisationStatus};
use rust_decimal::Decimal;
use sea_orm::EntityTrait;
use uuid::Uuid;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::application::ApplicationStatus")]
pub enum VoucherApplicationStatus {
    /// Being prepared by the clinic; only it sees it.
    Draft,
    /// In the agency's review queue.
    Submitted,
    /// Approved: a voucher was issued.
    Approved,
    /// Rejected, with a reason.
    Rejected,
    /// Withdrawn by the clinic before a decision.
    Withdrawn,
}

impl From<ApplicationError> for ApiError {
    fn from(e: ApplicationError) -> Self {
        match e {
            ApplicationError::Invalid { field, message } => ApiError::validation(field, message),
            ApplicationError::InvalidTransition { .. } => {
                ApiError::InvalidStateTransition(e.to_string())
            }
        }
    }
}

/// An eligibility rule.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::application::Rule")]
pub enum EligibilityRule {
    /// The organisation is verified by its agency.
    OrganisationVerified,
    /// The programme is for the organisation's member state.
    MemberState,
    /// The programme is open.
    ProgrammeOpen,
    /// Inside the application window.
    ApplicationWindow,
    /// The SME category (Recommendation 2003/361/EC) is one the programme funds.
    SmeCategory,
    /// The type of healthcare organisation is eligible.
    OrganisationType,
    /// The NIS2 class is eligible.
    #[graphql(name = "NIS2_CLASS")]
    Nis2Class,
    /// Every planned service is in a category the programme covers.
    ServiceCategories,
    /// At least the programme's minimum.
    MinimumAmount,
    /// At most the programme's cap.
    MaximumAmount,
    /// At most the aid intensity × the estimated cost.
    AidIntensity,
    /// No other submitted application or active voucher in the programme.
    OneActiveVoucher,
    /// De minimis aid within EUR 300,000 over three years (Regulation (EU) 2023/2831).
    DeMinimis,
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::application::Outcome")]
pub enum RuleOutcome {
    Passed,
    Failed,
    /// Needs the application's amount, services or SME data: checked when it is submitted.
    CheckedOnApplication,
}

/// One rule and its outcome, explained.
#[derive(SimpleObject)]
pub struct EligibilityCheck {
    pub rule: EligibilityRule,
    pub outcome: RuleOutcome,
    /// In plain words, for the clinic.
    pub message: String,
}

/// Whether the caller's organisation may apply to a programme, rule by rule.
#[derive(SimpleObject)]
pub struct ProgramEligibility {
    /// No rule failed (rules checked on application may still fail then).
    pub eligible: bool,
    pub checks: Vec<EligibilityCheck>,
}

fn checks(results: Vec<rules::RuleResult>) -> Vec<EligibilityCheck> {
    results
        .into_iter()
        .map(|r| EligibilityCheck {
            rule: r.rule.into(),
            outcome: r.outcome.into(),
            message: r.message,
        })
        .collect()
}

/// One planned service.
#[derive(SimpleObject)]
pub struct PlannedServiceItem {
    /// A service category code of the programme, e.g. `PENETRATION_TESTING`.
    pub category: String,
    pub description: String,
    pub estimated_cost: Decimal,
}

#[derive(InputObject)]
pub struct PlannedServiceInput {
    /// A service category code of the programme, e.g. `PENETRATION_TESTING`.
    pub category: String,
    /// What will be done, 1 to 1000 characters.
    pub description: String,
    /// In the programme's currency; send as a string, e.g. `"12000.00"`.
    pub estimated_cost: Decimal,
}

/// What a clinic asks for. A draft may be incomplete; submission checks everything.
#[derive(InputObject)]
pub struct VoucherApplicationInput {
    /// In the programme's currency; send as a string, e.g. `"15000.00"`.
    pub requested_amount: Decimal,
    /// At most 20.
    #[graphql(default)]
    pub services: Vec<PlannedServiceInput>,
    /// The SME self-assessment input for the organisation (as for `smeAssessment`). Required to
    /// submit; the result is stored with the application as a snapshot.
    pub sme: Option<SmeAssessmentInput>,
    /// De minimis aid (Regulation (EU) 2023/2831) the organisation received from other sources
    /// in the last three years, in EUR. Vouchers from this platform are added automatically.
    pub de_minimis_received_eur: Option<Decimal>,
    /// A verified service provider chosen to deliver the services; can be chosen later.
    pub service_provider_id: Option<ID>,
}

/// A voucher application.
pub struct VoucherApplication(pub Application);

#[Object]
impl VoucherApplication {
    async fn id(&self) -> ID {
        ID(self.0.row.id.to_string())
    }
    async fn status(&self) -> VoucherApplicationStatus {
        self.0.status.into()
    }
    async fn program_id(&self) -> ID {
        ID(self.0.row.program_id.to_string())
    }
    async fn program(&self, ctx: &Context<'_>) -> ApiResult<Option<VoucherProgram>> {
        Ok(loaders::load::<ProgrammeLoader>(ctx, self.0.row.program_id)
            .await?
            .map(VoucherProgram))
    }
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        let loader = ctx.data::<async_graphql::dataloader::DataLoader<OrganisationLoader>>()?;
        loader
            .load_one(self.0.row.organisation_id)
            .await
            .map_err(|e| (*e).clone())?
            .map(Organisation::try_from)
            .transpose()
    }
    /// ISO 4217, the programme's.
    async fn currency(&self) -> &str {
        &self.0.row.currency
    }
    async fn requested_amount(&self) -> Decimal {
        money_minor(&self.0.row.currency, self.0.row.requested_minor)
    }
    /// Set on approval; may be lower than requested.
    async fn approved_amount(&self) -> Option<Decimal> {
        self.0
            .row
            .approved_minor
            .map(|m| money_minor(&self.0.row.currency, m))
    }
    async fn services(&self) -> Vec<PlannedServiceItem> {
        self.0
            .services
            .iter()
            .map(|s| PlannedServiceItem {
                category: s.category.as_str().to_owned(),
                description: s.description.clone(),
                estimated_cost: money_minor(&self.0.row.currency, s.estimated_cost_minor),
            })
            .collect()
    }
    async fn estimated_total(&self) -> Decimal {
        money_minor(&self.0.row.currency, self.0.row.estimated_total_minor)
    }
    /// The SME input as entered (the shape of `SmeAssessmentInput`), to continue a draft.
    async fn sme_input(&self) -> Option<Json<serde_json::Value>> {
        self.0
            .row
            .sme_input
            .as_deref()
            .and_then(|s| serde_json::from_str(s).ok())
            .map(Json)
    }
    /// The SME assessment at submission, with its trace and rule version, kept unchanged.
    async fn sme_snapshot(&self) -> Option<SmeAssessment> {
        self.0.snapshot.clone().map(from_domain)
    }
    async fn de_minimis_received_eur(&self) -> Decimal {
        money_minor("EUR", self.0.row.de_minimis_declared_eur_minor)
    }
    async fn service_provider_id(&self) -> Option<ID> {
        self.0.row.service_provider_id.map(|id| ID(id.to_string()))
    }
    /// The cut-off date this application is decided with.
    async fn cutoff(&self) -> Option<DateTime<Utc>> {
        self.0.row.cutoff
    }
    async fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.submitted_at
    }
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.decided_at
    }
    /// Why it was rejected.
    async fn decision_reason(&self) -> Option<&str> {
        self.0.row.decision_reason.as_deref()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.row.updated_at
    }
    /// The voucher issued on approval.
    async fn voucher(&self, ctx: &Context<'_>) -> ApiResult<Option<Voucher>> {
        if self.0.status != ApplicationStatus::Approved {
            return Ok(None);
        }
        Ok(
            loaders::load::<VoucherByApplicationLoader>(ctx, self.0.row.id)
                .await?
                .map(Voucher),
        )
    }
}

#[derive(InputObject, Default)]
pub struct VoucherApplicationFilter {
    pub program_id: Option<ID>,
    pub status: Option<VoucherApplicationStatus>,
}

/// The caller's programme for applying: visible, with its currency.
async fn programme_for(ctx: &Context<'_>, scope: &Scope, id: &ID) -> ApiResult<Programme> {
    let st = context::state(ctx)?;
    let uuid = parse_id("programId", id)?;
    programmes_repo::find(st.store.db(), scope, uuid)
        .await?
        .ok_or(ApiError::NotFound)
}

/// An application in the caller's scope, or an (audited, when it exists elsewhere) NOT_FOUND.
async fn scoped_application(ctx: &Context<'_>, action: &str, id: &ID) -> ApiResult<Application> {
    let req = context::request(ctx)?;
    let st = context::state(ctx)?;
    let uuid = parse_id("id", id)?;
    match repo::find(st.store.db(), &req.scope(), uuid).await? {
        Some(a) => Ok(a),
        None => {
            let elsewhere = repo::exists(st.store.db(), uuid).await?;
            Err(context::not_found(
                ctx,
                action,
                "VoucherApplication",
                uuid.to_string(),
                elsewhere,
            )
            .await)
        }
    }
}

/// Parses a draft: amounts in the programme's currency, the services, the SME input (checked
/// for shape now, assessed on submission) and the chosen service provider.
async fn parse_draft(
    ctx: &Context<'_>,
    programme: &Programme,
    input: VoucherApplicationInput,
) -> ApiResult<Draft> {
    let currency = programme.rules.currency;
    let requested_minor = minor_units("requestedAmount", input.requested_amount, currency, true)?;
    if input.services.len() > rules::MAX_SERVICES {
        return Err(ApiError::validation(
            "services",
            format!("at most {} services", rules::MAX_SERVICES),
        ));
    }
    let mut services = Vec::with_capacity(input.services.len());
    for (i, s) in input.services.into_iter().enumerate() {
        let cost = Money::new(s.estimated_cost, currency).map_err(|e| {
            ApiError::validation(format!("services[{i}].estimatedCost"), e.to_string())
        })?;
        services.push(PlannedService::parse(i, &s.category, &s.description, cost)?);
    }
    let sme_input = match input.sme {
        None => None,
        Some(sme) => {
            let json = sme.to_value().into_json().map_err(ApiError::internal)?;
            // Assessed now too, so a draft never holds an input the engine refuses.
            assess(sme).await?;
            Some(json)
        }
    };
    let de_minimis_declared_eur_minor = match input.de_minimis_received_eur {
        None => 0,
        Some(a) => minor_units("deMinimisReceivedEur", a, Currency::EUR, true)?,
    };
    let service_provider_id = match input.service_provider_id {
        None => None,
        Some(id) => Some(verified_service_provider(ctx, &id).await?),
    };
    Ok(Draft {
        requested_minor,
        services,
        sme_input,
        de_minimis_declared_eur_minor,
        service_provider_id,
    })
}

fn prefix_field(prefix: &str, e: ApiError) -> ApiError {
    match e {
        ApiError::Validation { field, message } => {
            ApiError::validation(format!("{prefix}.{field}"), message)
        }
        other => other,
    }
}

/// A verified service provider's id (any member state: services cross borders).
pub(crate) async fn verified_service_provider(ctx: &Context<'_>, id: &ID) -> ApiResult<Uuid> {
    let st = context::state(ctx)?;
    let uuid = parse_id("serviceProviderId", id)?;
    let org = org_entity::Entity::find_by_id(uuid)
        .one(st.store.db())
        .await
        .map_err(|e| ApiError::from(crate::store::StoreError::from(e)))?;
    match org {
        Some(o)
            if o.kind == OrganisationKind::ServiceProvider.as_str()
                && o.status == OrganisationStatus::Verified.as_str() =>
        {
            Ok(uuid)
        }
        _ => Err(ApiError::validation(
            "serviceProviderId",
            "is not a verified service provider",
        )),
    }
}

/// Runs the SME engine (off the async workers); errors name the field under `sme.`.
async fn assess(input: SmeAssessmentInput) -> ApiResult<domain::sme::SmeAssessment> {
    let input = to_domain(input).map_err(|e| prefix_field("sme", e))?;
    tokio::task::spawn_blocking(move || domain::sme::assess(&input))
        .await
        .map_err(ApiError::internal)?
        .map_err(|e| prefix_field("sme", super::sme::engine_error(e)))
}

/// Runs the SME engine on a stored input (off the async workers).
async fn assess_stored(app: &Application) -> ApiResult<Option<domain::sme::SmeAssessment>> {
    let Some(json) = app.row.sme_input.as_deref() else {
        return Ok(None);
    };
    let value: serde_json::Value = serde_json::from_str(json).map_err(ApiError::internal)?;
    let input = <SmeAssessmentInput as InputType>::parse(Some(
        async_graphql::Value::from_json(value).map_err(ApiError::internal)?,
    ))
    .map_err(|e| ApiError::internal(e.into_server_error(Default::default()).message))?;
    Ok(Some(assess(input).await?))
}

fn not_eligible(failed: Vec<rules::RuleResult>) -> ApiError {
    ApiError::NotEligible(
        failed
            .into_iter()
            .map(|r| (r.rule.as_str().to_owned(), r.message))
            .collect(),
    )
}

#[derive(Default)]
pub struct ApplicationQuery;

#[Object]
impl ApplicationQuery {
    /// Whether the caller's organisation may apply to a programme, rule by rule, in plain
    /// words. With `sme`, the SME rule is answered too; amount rules are checked on the
    /// application.
    async fn program_eligibility(
        &self,
        ctx: &Context<'_>,
        program_id: ID,
        sme: Option<SmeAssessmentInput>,
    ) -> ApiResult<ProgramEligibility> {
        let p = require(ctx, "application.eligibility", &[Role::ProviderUser]).await?;
        let st = context::state(ctx)?;
        let Scope::Organisation { id: org, .. } = p.scope else {
            return Err(ApiError::Forbidden);
        };
        let programme = programme_for(ctx, &p.scope, &program_id).await?;
        let assessment = match sme {
            None => None,
            Some(input) => Some(assess(input).await?),
        };
        let results =
            repo::pre_check(&st.store, org, &programme, assessment.as_ref(), Utc::now()).await?;
        Ok(ProgramEligibility {
            eligible: rules::failures(&results).is_empty(),
            checks: checks(results),
        })
    }

    /// Applications the caller may see, newest first: a clinic its own (drafts included), an
    /// agency its member state's submitted and decided ones.
    async fn voucher_applications(
        &self,
        ctx: &Context<'_>,
        filter: Option<VoucherApplicationFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Connection<String, VoucherApplication>> {
        let p = require(
            ctx,
            "application.list",
            &[
                Role::ProviderUser,
                Role::AgencyOfficer,
                Role::EnisaStaff,
                Role::PlatformAdmin,
            ],
        )
        .await?;
        let st = context::state(ctx)?;
        let f = filter.unwrap_or_default();
        let filter = ApplicationFilter {
            program_id: parse_optional_id("filter.programId", f.program_id.as_ref())?,
            status: f.status.map(Into::into),
        };
        let page = repo::list(
            st.store.db(),
            &p.scope,
            &filter,
            page_request(first, after)?,
        )
        .await?;
        connection(page, |a| a.row.id, |a| Ok(VoucherApplication(a)))
    }

    /// One application in the caller's scope; `null` when missing or out of scope.
    async fn voucher_application(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> ApiResult<Option<VoucherApplication>> {
        let req = context::request(ctx)?;
        let st = context::state(ctx)?;
        let Ok(uuid) = Uuid::parse_str(id.as_str()) else {
            return Ok(None);
        };
        Ok(repo::find(st.store.db(), &req.scope(), uuid)
            .await?
            .map(VoucherApplication))
    }

    /// The agency's review queue: submitted applications of its member state, first come,
    /// first served.
    async fn review_queue(
        &self,
        ctx: &Context<'_>,
        program_id: Option<ID>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Connection<String, VoucherApplication>> {
        let p = require(ctx, "application.queue", &[Role::AgencyOfficer]).await?;
        let st = context::state(ctx)?;
        let program = parse_optional_id("programId", program_id.as_ref())?;
        let page = repo::queue(
            st.store.db(),
            &p.scope,
            program,
            page_request(first, after)?,
        )
        .await?;
        connection(
            page,
            |a| a.row.queue_key.unwrap_or(a.row.id),
            |a| Ok(VoucherApplication(a)),
        )
    }
}

#[derive(Default)]
pub struct ApplicationMutation;

#[Object]
impl ApplicationMutation {
    /// A clinic starts a `DRAFT` application to a programme.
    async fn create_voucher_application(
        &self,
        ctx: &Context<'_>,
        program_id: ID,
        input: VoucherApplicationInput,
    ) -> ApiResult<VoucherApplication> {
        let p = require(ctx, "application.create", &[Role::ProviderUser]).await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let Scope::Organisation {
            id: org,
            member_state,
        } = p.scope
        else {
            return Err(ApiError::Forbidden);
        };
        let programme = programme_for(ctx, &p.scope, &program_id).await?;
        let draft = parse_draft(ctx, &programme, input).await?;
        let app = repo::create(
            &st.store,
            &req.actor(),
            org,
            member_state.code(),
            &programme,
            &draft,
        )
        .await?;
        Ok(VoucherApplication(app))
    }

    /// Replaces a draft's content.
    async fn update_voucher_application(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: VoucherApplicationInput,
    ) -> ApiResult<VoucherApplication> {
        require(ctx, "application.update", &[Role::ProviderUser]).await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let app = scoped_application(ctx, "application.update", &id).await?;
        if app.status != ApplicationStatus::Draft {
            return Err(ApiError::InvalidStateTransition(
                "only a draft can be edited".into(),
            ));
        }
        let programme = repo::programme_of(st.store.db(), &app).await?;
        let draft = parse_draft(ctx, &programme, input).await?;
        repo::update(&st.store, &req.actor(), &app, &draft)
            .await?
            .map(VoucherApplication)
            .ok_or_else(|| ApiError::InvalidStateTransition("only a draft can be edited".into()))
    }

    /// Submits a draft: the SME assessment is run and kept as a snapshot, then the
    /// programme's rules are checked. `NOT_ELIGIBLE` lists the failed rules in
    /// `extensions.failedRules`, and the application stays a draft.
    async fn submit_voucher_application(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> ApiResult<VoucherApplication> {
        require(ctx, "application.submit", &[Role::ProviderUser]).await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let app = scoped_application(ctx, "application.submit", &id).await?;
        rules::transition(app.status, ApplicationStatus::Submitted)?;
        let programme = repo::programme_of(st.store.db(), &app).await?;
        let sme = assess_stored(&app).await?;
        match repo::submit(
            &st.store,
            &req.actor(),
            &app,
            &programme,
            sme.as_ref(),
            Utc::now(),
        )
        .await?
        {
            Ok(a) => Ok(VoucherApplication(a)),
            Err(Refused::NotEligible(failed)) => Err(not_eligible(failed)),
            Err(_) => Err(ApiError::InvalidStateTransition(
                "the application is no longer a draft".into(),
            )),
        }
    }

    /// The clinic withdraws a draft or a submitted application.
    async fn withdraw_voucher_application(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> ApiResult<VoucherApplication> {
        require(ctx, "application.withdraw", &[Role::ProviderUser]).await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let app = scoped_application(ctx, "application.withdraw", &id).await?;
        rules::transition(app.status, ApplicationStatus::Withdrawn)?;
        repo::withdraw(&st.store, &req.actor(), &app)
            .await?
            .map(VoucherApplication)
            .ok_or_else(|| {
                ApiError::InvalidStateTransition("the application was decided meanwhile".into())
            })
    }

    /// An agency officer approves a submitted application, for the amount asked or less (not
    /// below the programme's minimum). In one transaction the funds are committed, the voucher
    /// is issued, any pre-financing is paid, and the clinic is notified.
    /// `INSUFFICIENT_FUNDS` when the programme's available funds do not cover it.
    async fn approve_voucher_application(
        &self,
        ctx: &Context<'_>,
        id: ID,
        amount: Option<Decimal>,
    ) -> ApiResult<VoucherApplication> {
        require(ctx, "application.approve", &[Role::AgencyOfficer]).await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let app = scoped_application(ctx, "application.approve", &id).await?;
        rules::transition(app.status, ApplicationStatus::Approved)?;
        let programme = repo::programme_of(st.store.db(), &app).await?;
        if !manages(&req.scope(), programme.member_state.code()) {
            return Err(ApiError::NotFound);
        }
        let amount_minor = match amount {
            None => app.row.requested_minor,
            Some(a) => minor_units("amount", a, programme.rules.currency, false)?,
        };
        let amount_minor =
            rules::check_approved_amount(&programme.rules, app.row.requested_minor, amount_minor)?;
        let object = Some(app.row.id.to_string());
        match repo::approve(&st.store, &req.actor(), &app, &programme, amount_minor).await? {
            Ok((a, _voucher)) => {
                context::notifications_changed(ctx, &[a.row.organisation_id]);
                Ok(VoucherApplication(a))
            }
            Err(Refused::Funds(r)) => {
                context::deny(
                    ctx,
                    "application.approve",
                    "VoucherApplication",
                    object,
                    "insufficient_funds",
                )
                .await?;
                Err(refused(&programme, r))
            }
            Err(Refused::ActiveVoucher) => {
                context::deny(
                    ctx,
                    "application.approve",
                    "VoucherApplication",
                    object,
                    "active_voucher",
                )
                .await?;
                Err(ApiError::Conflict(
                    "the organisation already has an active voucher in this programme".into(),
                ))
            }
            Err(_) => Err(ApiError::InvalidStateTransition(
                "the application was decided meanwhile".into(),
            )),
        }
    }

    /// An agency officer rejects a submitted application with a reason the clinic will read.
    async fn reject_voucher_application(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> ApiResult<VoucherApplication> {
        require(ctx, "application.reject", &[Role::AgencyOfficer]).await?;
        let st = context::state(ctx)?;
        let req = context::request(ctx)?;
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > 2000 {
            return Err(ApiError::validation(
                "reason",
                "give a reason of 1 to 2000 characters",
            ));
        }
        let app = scoped_application(ctx, "application.reject", &id).await?;
        rules::transition(app.status, ApplicationStatus::Rejected)?;
        repo::reject(&st.store, &req.actor(), &app, reason)
            .await?
            .inspect(|a| context::notifications_changed(ctx, &[a.row.organisation_id]))
            .map(VoucherApplication)
            .ok_or_else(|| {
                ApiError::InvalidStateTransition("the application was decided meanwhile".into())
            })
    }
}
