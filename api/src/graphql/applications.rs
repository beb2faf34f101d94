//! Voucher applications: a clinic drafts, submits and may withdraw; its member state's agency
//! reviews the queue first come, first served, and approves (issuing the voucher) or rejects.
//! `programEligibility` explains the rules before applying. Submission refused by the rules is
//! `NOT_ELIGIBLE` with `extensions.failedRules: [{rule, message}]`.
use super::accounts::{Officer, officer};
use super::attachments::Attachment;
use super::context::ctx;
use super::loaders::{
    self, NotesByApplicationLoader, OrganisationLoader, ProgrammeLoader, VoucherByApplicationLoader,
};
use super::organisations::Organisation;
use super::pagination::{Conn, connection, page_request};
use super::programmes::VoucherProgram;
use super::scalars::{
    id, idempotency_key as idempotency_key_arg, lookup_id, parse_id, parse_optional_id,
};
use super::sme::{SmeAssessment, SmeAssessmentInput, from_domain, to_domain};
use super::vouchers::Voucher;
use crate::actions::applications::{self as applications, DraftInput, ServiceInput, SmeInput};
use crate::actions::applications::{Application, ApplicationFilter};
use crate::error::{ApiError, ApiResult};
use async_graphql::{Context, Enum, ID, InputObject, InputType, Json, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::application::{self as rules, ApplicationStatus};
use domain::decision::DecisionReason;
use domain::search::SearchText;
use rust_decimal::Decimal;

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
    #[graphql(directive = super::scalars::amount::apply())]
    pub estimated_cost: Decimal,
}

/// What a clinic asks for. A draft may be incomplete; submission checks everything.
#[derive(InputObject)]
pub struct VoucherApplicationInput {
    /// In the programme's currency; send as a string, e.g. `"15000.00"`. Leave it out to have
    /// it derived from the services: min(eligible costs × aid intensity, maximum voucher)
    /// (`amountDerivation`).
    #[graphql(directive = super::scalars::amount::apply())]
    pub requested_amount: Option<Decimal>,
    /// At most 20.
    #[graphql(default)]
    pub services: Vec<PlannedServiceInput>,
    /// The SME self-assessment input for the organisation (as for `smeAssessment`). Required to
    /// submit; the result is stored with the application as a snapshot.
    pub sme: Option<SmeAssessmentInput>,
    /// De minimis aid (Regulation (EU) 2023/2831) the organisation received from other sources
    /// in the last three years, in EUR. Vouchers from this platform are added automatically.
    #[graphql(directive = super::scalars::amount::apply())]
    pub de_minimis_received_eur: Option<Decimal>,
    /// A verified service provider chosen to deliver the services; can be chosen later.
    pub service_provider_id: Option<ID>,
}

/// A voucher application.
pub struct VoucherApplication(pub Application);

#[Object]
impl VoucherApplication {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    /// The reference people quote, given at submission, e.g. `DE-KH-CYBER-2027-A-000123`;
    /// null for a draft.
    async fn reference(&self) -> Option<&str> {
        self.0.reference.as_deref()
    }
    async fn status(&self) -> VoucherApplicationStatus {
        self.0.status.into()
    }
    async fn program_id(&self) -> ID {
        id(self.0.program_id)
    }
    async fn program(&self, ctx: &Context<'_>) -> ApiResult<Option<VoucherProgram>> {
        Ok(loaders::load::<ProgrammeLoader>(ctx, self.0.program_id)
            .await?
            .map(VoucherProgram))
    }
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            loaders::load::<OrganisationLoader>(ctx, self.0.organisation_id)
                .await?
                .map(Organisation),
        )
    }
    /// ISO 4217, the programme's.
    async fn currency(&self) -> &str {
        self.0.currency.code()
    }
    async fn requested_amount(&self) -> Decimal {
        self.0.money(self.0.requested_minor).amount()
    }
    /// Set on approval; may be lower than requested.
    async fn approved_amount(&self) -> Option<Decimal> {
        self.0.approved_minor.map(|m| self.0.money(m).amount())
    }
    async fn services(&self) -> Vec<PlannedServiceItem> {
        self.0
            .services
            .iter()
            .map(|s| PlannedServiceItem {
                category: s.category.as_str().to_owned(),
                description: s.description.clone(),
                estimated_cost: self.0.money(s.estimated_cost_minor).amount(),
            })
            .collect()
    }
    async fn estimated_total(&self) -> Decimal {
        self.0.money(self.0.estimated_total_minor).amount()
    }
    /// The SME input as entered (the shape of `SmeAssessmentInput`), to continue a draft.
    async fn sme_input(&self) -> Option<Json<serde_json::Value>> {
        self.0.sme_input.clone().map(Json)
    }
    /// The SME assessment at submission, with its trace and rule version, kept unchanged.
    async fn sme_snapshot(&self) -> Option<SmeAssessment> {
        self.0.snapshot.clone().map(from_domain)
    }
    async fn de_minimis_received_eur(&self) -> Decimal {
        domain::money::Money::from_minor_units(
            self.0.de_minimis_declared_eur_minor,
            domain::money::Currency::EUR,
        )
        .amount()
    }
    async fn service_provider_id(&self) -> Option<ID> {
        self.0.service_provider_id.map(id)
    }
    /// The cut-off date this application is decided with.
    async fn cutoff(&self) -> Option<DateTime<Utc>> {
        self.0.cutoff
    }
    async fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.0.submitted_at
    }
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }
    /// The officer who decided (approved or rejected).
    async fn decided_by_id(&self) -> Option<ID> {
        self.0.decided_by.map(id)
    }
    /// The officer who decided, by name (`null` to callers outside the officer's agency).
    async fn decided_by(&self, c: &Context<'_>) -> ApiResult<Option<Officer>> {
        officer(c, self.0.decided_by).await
    }
    /// The first of the four eyes: the officer who recommended approval.
    async fn recommended_by_id(&self) -> Option<ID> {
        self.0.recommendation.map(|r| id(r.by))
    }
    /// The officer who recommended approval, by name (`null` to callers outside the
    /// officer's agency).
    async fn recommended_by(&self, c: &Context<'_>) -> ApiResult<Option<Officer>> {
        officer(c, self.0.recommendation.map(|r| r.by)).await
    }
    /// Whether the caller recommended it (and so may not approve it).
    async fn recommended_by_you(&self, c: &Context<'_>) -> ApiResult<bool> {
        let me = ctx(c)?.actor().id;
        Ok(me.is_some() && self.0.recommendation.map(|r| r.by) == me)
    }
    /// The amount recommended; the second officer approves at most this.
    async fn recommended_amount(&self) -> Option<Decimal> {
        self.0
            .recommendation
            .map(|r| self.0.money(r.amount_minor).amount())
    }
    async fn recommended_at(&self) -> Option<DateTime<Utc>> {
        self.0.recommended_at
    }
    /// Why it was rejected.
    async fn decision_reason(&self) -> Option<&str> {
        self.0.decision_reason.as_deref()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    /// Its quotes and invoices, oldest first (upload: `POST /applications/{id}/attachments`).
    async fn attachments(&self, ctx: &Context<'_>) -> ApiResult<Vec<Attachment>> {
        Ok(
            loaders::load::<loaders::AttachmentsByApplicationLoader>(ctx, self.0.id)
                .await?
                .unwrap_or_default()
                .into_iter()
                .map(Attachment)
                .collect(),
        )
    }
    /// How the amount follows from the planned services on the programme's rules: eligible
    /// costs × aid intensity, capped at the maximum voucher. Null when the programme is not
    /// visible to the caller.
    async fn amount_derivation(&self, ctx: &Context<'_>) -> ApiResult<Option<AmountDerivation>> {
        let programme = loaders::load::<ProgrammeLoader>(ctx, self.0.program_id).await?;
        Ok(programme.map(|p| {
            let d = applications::amount_derivation(&p, &self.0);
            AmountDerivation::new(&p, d)
        }))
    }
    /// The agency's internal notes, oldest first: for officers of the application's member
    /// state and the platform admin. Anyone else (the clinic too) reads an empty list, so it
    /// cannot tell whether notes exist.
    async fn internal_notes(&self, ctx: &Context<'_>) -> ApiResult<Vec<ApplicationNote>> {
        Ok(loaders::load::<NotesByApplicationLoader>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(ApplicationNote)
            .collect())
    }
    /// The voucher issued on approval.
    async fn voucher(&self, ctx: &Context<'_>) -> ApiResult<Option<Voucher>> {
        if self.0.status != ApplicationStatus::Approved {
            return Ok(None);
        }
        Ok(loaders::load::<VoucherByApplicationLoader>(ctx, self.0.id)
            .await?
            .map(Voucher))
    }
}

/// How a voucher's amount follows from the planned services, in the programme's currency.
#[derive(SimpleObject)]
pub struct AmountDerivation {
    /// The costs of the services in categories the programme covers.
    pub eligible_costs: Decimal,
    /// The programme's aid intensity, in per cent.
    pub aid_intensity: Decimal,
    /// Eligible costs × aid intensity, rounded down to the cent.
    pub aid_amount: Decimal,
    /// The programme's maximum voucher.
    pub cap: Decimal,
    /// The programme's minimum voucher: a smaller amount is refused at submission.
    pub minimum: Decimal,
    /// min(aid amount, cap).
    pub amount: Decimal,
    /// Whether the cap cut the aid amount.
    pub capped: bool,
    /// Whether the amount is below the minimum voucher.
    pub below_minimum: bool,
    /// ISO 4217, the programme's.
    pub currency: String,
}

impl AmountDerivation {
    fn new(p: &crate::actions::programmes::Programme, d: rules::AmountDerivation) -> Self {
        let m = |minor| p.money(minor).amount();
        Self {
            eligible_costs: m(d.eligible_costs_minor),
            aid_intensity: d.aid_intensity.value().normalize(),
            aid_amount: m(d.aid_amount_minor),
            cap: m(d.cap_minor),
            minimum: m(d.minimum_minor),
            amount: m(d.amount_minor),
            capped: d.capped,
            below_minimum: d.below_minimum,
            currency: p.rules.currency.code().to_owned(),
        }
    }
}

/// An officer's internal note on an application; the clinic never sees it.
pub struct ApplicationNote(pub crate::actions::application_notes::Note);

#[Object]
impl ApplicationNote {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    /// The officer who wrote it.
    async fn author_id(&self) -> ID {
        id(self.0.author_id)
    }
    /// The officer's display name when the note was written.
    async fn author_name(&self) -> &str {
        &self.0.author_name
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn text(&self) -> &str {
        &self.0.text
    }
}

#[derive(InputObject, Default)]
pub struct VoucherApplicationFilter {
    pub program_id: Option<ID>,
    /// Ignored by `reviewQueue` (always `SUBMITTED`).
    pub status: Option<VoucherApplicationStatus>,
    /// Part of the reference or of the organisation's name, in any case.
    pub search: Option<String>,
    /// Submitted at or after this instant.
    pub submitted_from: Option<DateTime<Utc>>,
    /// Submitted before this instant.
    pub submitted_before: Option<DateTime<Utc>>,
    /// `true`: recommended by a first officer, waiting for the second; `false`: not yet.
    pub recommended: Option<bool>,
}

impl VoucherApplicationFilter {
    /// The action's filter (ids parsed, naming `filter.programId`).
    pub fn parse(self) -> ApiResult<ApplicationFilter> {
        Ok(ApplicationFilter {
            program_id: parse_optional_id("filter.programId", self.program_id.as_ref())?,
            status: self.status.map(Into::into),
            search: SearchText::parse("filter.search", self.search.as_deref())?,
            submitted_from: self.submitted_from,
            submitted_before: self.submitted_before,
            recommended: self.recommended,
            sme_columns: false,
        })
    }
}

/// Whether a list's query asks for an application's SME input or snapshot (under `nodes` or
/// `edges.node`): the list reads those large JSON columns only then.
pub(super) fn sme_columns_asked(c: &Context<'_>) -> bool {
    let look = c.look_ahead();
    [look.field("nodes"), look.field("edges").field("node")]
        .iter()
        .any(|n| n.field("smeInput").exists() || n.field("smeSnapshot").exists())
}

/// The SME input as entered (for the draft) and parsed (for the engine).
pub(super) fn sme_input(sme: SmeAssessmentInput) -> ApiResult<SmeInput> {
    let as_entered = sme.to_value().into_json().map_err(ApiError::internal)?;
    let input = to_domain(sme).map_err(|e| e.under("sme"))?;
    Ok(SmeInput { as_entered, input })
}

/// Reads a stored SME input (this schema's `SmeAssessmentInput` shape) back into the engine's
/// input: the decoder the submit action is given.
fn decode_sme(json: &serde_json::Value) -> ApiResult<domain::sme::SmeAssessmentInput> {
    let value = async_graphql::Value::from_json(json.clone()).map_err(ApiError::internal)?;
    let input = <SmeAssessmentInput as InputType>::parse(Some(value))
        .map_err(|e| ApiError::internal(e.into_server_error(Default::default()).message))?;
    to_domain(input).map_err(|e| e.under("sme"))
}

fn service_input(s: PlannedServiceInput) -> ServiceInput {
    ServiceInput {
        category: s.category,
        description: s.description,
        estimated_cost: s.estimated_cost,
    }
}

fn draft(input: VoucherApplicationInput) -> ApiResult<DraftInput> {
    let services = input.services.into_iter().map(service_input).collect();
    Ok(DraftInput {
        requested_amount: input.requested_amount,
        services,
        sme: input.sme.map(sme_input).transpose()?,
        de_minimis_received_eur: input.de_minimis_received_eur,
        service_provider_id: parse_optional_id(
            "serviceProviderId",
            input.service_provider_id.as_ref(),
        )?,
    })
}

#[derive(Default)]
pub struct ApplicationQuery;

#[Object]
impl ApplicationQuery {
    /// The amount planned services would give on a programme, step by step: what the
    /// application form shows before the clinic saves. Nothing is stored.
    async fn voucher_amount_preview(
        &self,
        c: &Context<'_>,
        program_id: ID,
        services: Vec<PlannedServiceInput>,
    ) -> ApiResult<AmountDerivation> {
        let program_id = parse_id("programId", &program_id)?;
        let services = services.into_iter().map(service_input).collect();
        let (p, d) = applications::preview_amount(ctx(c)?, program_id, services).await?;
        Ok(AmountDerivation::new(&p, d))
    }

    /// Whether the caller's organisation may apply to a programme, rule by rule, in plain
    /// words. With `sme`, the SME rule is answered too; amount rules are checked on the
    /// application.
    async fn program_eligibility(
        &self,
        c: &Context<'_>,
        program_id: ID,
        sme: Option<SmeAssessmentInput>,
    ) -> ApiResult<ProgramEligibility> {
        let program_id = parse_id("programId", &program_id)?;
        let sme = sme
            .map(|s| to_domain(s).map_err(|e| e.under("sme")))
            .transpose()?;
        let results = applications::eligibility(ctx(c)?, program_id, sme).await?;
        Ok(ProgramEligibility {
            eligible: rules::failures(&results).is_empty(),
            checks: checks(results),
        })
    }

    /// Applications the caller may see, newest first: a clinic its own (drafts included), an
    /// agency its member state's submitted and decided ones.
    async fn voucher_applications(
        &self,
        c: &Context<'_>,
        filter: Option<VoucherApplicationFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Conn<VoucherApplication>> {
        let mut filter = filter.unwrap_or_default().parse()?;
        filter.sme_columns = sme_columns_asked(c);
        let page = applications::list(ctx(c)?, &filter, page_request(first, after)?).await?;
        connection(page, |a| a.id, |a| Ok(VoucherApplication(a)))
    }

    /// One application in the caller's scope; `null` when missing or out of scope.
    async fn voucher_application(
        &self,
        c: &Context<'_>,
        id: ID,
    ) -> ApiResult<Option<VoucherApplication>> {
        let Some(id) = lookup_id(&id) else {
            return Ok(None);
        };
        Ok(applications::find(ctx(c)?, id)
            .await?
            .map(VoucherApplication))
    }

    /// The agency's review queue: submitted applications of its member state, first come,
    /// first served; `filter` narrows it (search by reference or organisation name, dates,
    /// waiting for a second officer). `GET /review-queue.csv` exports it with the same filter.
    async fn review_queue(
        &self,
        c: &Context<'_>,
        program_id: Option<ID>,
        filter: Option<VoucherApplicationFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Conn<VoucherApplication>> {
        let mut f = filter.unwrap_or_default().parse()?;
        f.sme_columns = sme_columns_asked(c);
        if let Some(p) = parse_optional_id("programId", program_id.as_ref())? {
            f.program_id = Some(p);
        }
        let page = applications::queue(ctx(c)?, &f, page_request(first, after)?).await?;
        connection(
            page,
            |a| a.queue_key.unwrap_or(a.id),
            |a| Ok(VoucherApplication(a)),
        )
    }
}

#[derive(Default)]
pub struct ApplicationMutation;

#[Object]
impl ApplicationMutation {
    /// An agency officer of the application's member state adds an internal note (1 to 4,000
    /// characters; the clinic never sees it). An application out of scope is `NOT_FOUND`.
    /// Audited (the note's length, never its text).
    async fn add_application_note(
        &self,
        c: &Context<'_>,
        application_id: ID,
        text: String,
    ) -> ApiResult<ApplicationNote> {
        let id = parse_id("applicationId", &application_id)?;
        let note = crate::actions::application_notes::add(ctx(c)?, id, &text).await?;
        Ok(ApplicationNote(note))
    }
    /// A clinic starts a `DRAFT` application to a programme.
    async fn create_voucher_application(
        &self,
        c: &Context<'_>,
        program_id: ID,
        input: VoucherApplicationInput,
    ) -> ApiResult<VoucherApplication> {
        let program_id = parse_id("programId", &program_id)?;
        let app = applications::create(ctx(c)?, program_id, draft(input)?).await?;
        Ok(VoucherApplication(app))
    }

    /// Replaces a draft's content.
    async fn update_voucher_application(
        &self,
        c: &Context<'_>,
        id: ID,
        input: VoucherApplicationInput,
    ) -> ApiResult<VoucherApplication> {
        let id = parse_id("id", &id)?;
        let app = applications::update(ctx(c)?, id, draft(input)?).await?;
        Ok(VoucherApplication(app))
    }

    /// Submits a draft: the SME assessment is run and kept as a snapshot, then the
    /// programme's rules are checked. `NOT_ELIGIBLE` lists the failed rules in
    /// `extensions.failedRules`, and the application stays a draft.
    async fn submit_voucher_application(
        &self,
        c: &Context<'_>,
        id: ID,
    ) -> ApiResult<VoucherApplication> {
        let id = parse_id("id", &id)?;
        let app = applications::submit(ctx(c)?, id, decode_sme).await?;
        Ok(VoucherApplication(app))
    }

    /// The clinic withdraws a draft or a submitted application.
    async fn withdraw_voucher_application(
        &self,
        c: &Context<'_>,
        id: ID,
    ) -> ApiResult<VoucherApplication> {
        let id = parse_id("id", &id)?;
        Ok(VoucherApplication(
            applications::withdraw(ctx(c)?, id).await?,
        ))
    }

    /// An agency officer approves a submitted application, for the amount asked or less (not
    /// below the programme's minimum). In one transaction the funds are committed, the voucher
    /// is issued, any pre-financing is paid, and the clinic is notified.
    /// `INSUFFICIENT_FUNDS` when the programme's available funds do not cover it. At or above
    /// the programme's four-eyes threshold another officer must have recommended it first
    /// (`INVALID_STATE_TRANSITION` otherwise); the recommender approving is `VALIDATION` on
    /// `recommendedBy`. Without `amount`, a recommended application is approved for the
    /// recommended amount. Send an `idempotencyKey` to retry safely: the same key again gets
    /// the first approval back; with a different request it is a `CONFLICT`.
    async fn approve_voucher_application(
        &self,
        c: &Context<'_>,
        id: ID,
        #[graphql(directive = super::scalars::amount::apply())] amount: Option<Decimal>,
        idempotency_key: Option<String>,
    ) -> ApiResult<VoucherApplication> {
        let (id, key) = (parse_id("id", &id)?, idempotency_key_arg(idempotency_key)?);
        let (app, _voucher) = applications::approve(ctx(c)?, id, amount, key).await?;
        Ok(VoucherApplication(app))
    }

    /// The first of the four eyes: an agency officer recommends approving a submitted
    /// application, for the amount asked or less. A different officer of the agency then
    /// approves it (`approveVoucherApplication`); the recommender never can.
    async fn recommend_voucher_application(
        &self,
        c: &Context<'_>,
        id: ID,
        #[graphql(directive = super::scalars::amount::apply())] amount: Option<Decimal>,
    ) -> ApiResult<VoucherApplication> {
        let id = parse_id("id", &id)?;
        let app = applications::recommend(ctx(c)?, id, amount).await?;
        Ok(VoucherApplication(app))
    }

    /// An agency officer rejects a submitted application with a reason the clinic will read.
    /// With an `idempotencyKey`, a retry gets the first rejection back.
    async fn reject_voucher_application(
        &self,
        c: &Context<'_>,
        id: ID,
        reason: String,
        idempotency_key: Option<String>,
    ) -> ApiResult<VoucherApplication> {
        let reason = DecisionReason::parse(&reason)?;
        let (id, key) = (parse_id("id", &id)?, idempotency_key_arg(idempotency_key)?);
        Ok(VoucherApplication(
            applications::reject(ctx(c)?, id, reason, key).await?,
        ))
    }
}
