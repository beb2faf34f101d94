//! Voucher programmes: each member state designs its own (`reference/voucher-schemes.md`).
//! Agency officers create, edit and run their state's programmes; anyone sees open ones.
use super::applications::VoucherApplication;
use super::context::ctx;
use super::funds::{LedgerEntry, MonthlyFunds, ProgramFunds};
use super::loaders::{ApplicationsFirstPageLoader, LedgerFirstPageLoader};
use super::member_states::MemberState;
use super::organisations::{HealthcareType, Nis2Class};
use super::pagination::{Conn, connection, page_request};
use super::scalars::{id, lookup_id, parse_id};
use super::sme::SmeCategory;
use crate::actions::applications::{self as application_actions, ApplicationFilter};
use crate::actions::programmes::{self as programmes, ProgrammeDraft, funds_visible};
use crate::actions::programmes::{Programme, ProgrammeFilter};
use crate::actions::{Action, funds};
use crate::error::{ApiError, ApiResult};
use async_graphql::dataloader::DataLoader;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::programme::{ProgrammeStatus, RulesInput};
use rust_decimal::Decimal;

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::programme::ProgrammeStatus")]
pub enum VoucherProgramStatus {
    /// Being designed; invisible outside the agency.
    Draft,
    /// Accepting applications inside its window.
    Open,
    /// No new applications; issued vouchers run on.
    Closed,
    /// Finished and kept for the record.
    Archived,
}

/// A text in one of the 24 official EU languages.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "LocalisedTextInput")]
pub struct LocalisedText {
    /// ISO 639-1, e.g. `de`.
    pub language: String,
    pub text: String,
}

/// Which approvals of money need a second officer of the agency.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::four_eyes::FourEyesMode")]
pub enum FourEyesMode {
    /// One officer approves alone.
    None,
    /// Every approval needs a second officer.
    All,
    /// Approvals of the threshold or more need a second officer.
    AtOrAbove,
}

/// A programme's four-eyes rule, as entered.
#[derive(InputObject)]
pub struct FourEyesInput {
    pub mode: FourEyesMode,
    /// With `AT_OR_ABOVE` only: the amount, in the programme's currency, from which a second
    /// officer approves.
    #[graphql(directive = super::scalars::amount::apply())]
    pub threshold: Option<Decimal>,
}

/// A programme's four-eyes rule: which approvals (of an application, or of a redemption's
/// payment) need a recommendation by one officer and the approval of another.
#[derive(SimpleObject)]
pub struct FourEyes {
    pub mode: FourEyesMode,
    /// With `AT_OR_ABOVE`: the amount from which a second officer approves.
    pub threshold: Option<Decimal>,
}

/// Everything a programme is: its code and texts, and the rules that decide who gets how much.
#[derive(InputObject)]
pub struct VoucherProgramInput {
    /// Unique within the member state: letters, digits and `-`, e.g. `DE-HEALTH-2027`.
    pub code: String,
    /// At least one language.
    pub names: Vec<LocalisedText>,
    pub descriptions: Option<Vec<LocalisedText>>,
    /// The member state's currency or EUR (ISO 4217).
    pub currency: String,
    /// Smallest voucher, as a decimal string in the programme's currency.
    #[graphql(directive = super::scalars::amount::apply())]
    pub min_voucher: Decimal,
    /// Largest voucher (the cap per beneficiary).
    #[graphql(directive = super::scalars::amount::apply())]
    pub max_voucher: Decimal,
    /// Share of an eligible invoice that the voucher pays, in percent: above 0, at most 100.
    pub aid_intensity: Decimal,
    /// Share paid on approval, in percent (0 to 100, exclusive); omit for reimbursement only.
    pub prefinancing_share: Option<Decimal>,
    pub sme_categories: Vec<SmeCategory>,
    pub healthcare_types: Vec<HealthcareType>,
    pub nis2_classes: Vec<Nis2Class>,
    /// Codes such as `RISK_ASSESSMENT`, `PENETRATION_TESTING`, `SECURITY_TRAINING`,
    /// `BACKUP_AND_RECOVERY`, `MONITORING_AND_DETECTION`, `INCIDENT_RESPONSE_RETAINER`, or the
    /// agency's own.
    pub service_categories: Vec<String>,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// Rolling cut-off dates inside the window.
    pub cutoffs: Option<Vec<DateTime<Utc>>>,
    /// How many days an issued voucher stays valid (1 to 1095).
    pub validity_days: i32,
    /// Apply the de minimis cumulation limit (EUR 300,000 per undertaking over three years,
    /// Regulation (EU) 2023/2831).
    pub de_minimis: bool,
    /// Which approvals need a second officer; omitted: one officer approves alone.
    pub four_eyes: Option<FourEyesInput>,
}

fn draft(i: VoucherProgramInput) -> ApiResult<ProgrammeDraft> {
    let texts = |v: Vec<LocalisedText>| v.into_iter().map(|t| (t.language, t.text)).collect();
    let validity_days = u32::try_from(i.validity_days)
        .map_err(|_| ApiError::validation("validityDays", "must be 1 to 1095 days"))?;
    Ok(ProgrammeDraft {
        code: i.code,
        names: texts(i.names),
        descriptions: texts(i.descriptions.unwrap_or_default()),
        rules: RulesInput {
            currency: i.currency,
            min_voucher: i.min_voucher,
            max_voucher: i.max_voucher,
            aid_intensity: i.aid_intensity,
            prefinancing: i.prefinancing_share,
            sme_categories: i.sme_categories.into_iter().map(Into::into).collect(),
            healthcare_types: i.healthcare_types.into_iter().map(Into::into).collect(),
            nis2_classes: i.nis2_classes.into_iter().map(Into::into).collect(),
            service_categories: i.service_categories,
            opens_at: i.opens_at,
            closes_at: i.closes_at,
            cutoffs: i.cutoffs.unwrap_or_default(),
            validity_days,
            de_minimis: i.de_minimis,
            four_eyes: i.four_eyes.map(|f| (f.mode.into(), f.threshold)),
        },
    })
}

/// A cybersecurity voucher programme of one member state.
pub struct VoucherProgram(pub Programme);

#[Object]
impl VoucherProgram {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn code(&self) -> &str {
        self.0.code.as_str()
    }
    async fn member_state(&self) -> MemberState {
        self.0.member_state.into()
    }
    async fn status(&self) -> VoucherProgramStatus {
        self.0.status.into()
    }
    /// ISO 4217 currency of every amount of the programme.
    async fn currency(&self) -> &str {
        self.0.rules.currency.code()
    }
    async fn names(&self) -> Vec<LocalisedText> {
        self.0
            .names
            .iter()
            .map(|t| LocalisedText {
                language: t.language.clone(),
                text: t.text.clone(),
            })
            .collect()
    }
    async fn descriptions(&self) -> Vec<LocalisedText> {
        self.0
            .descriptions
            .iter()
            .map(|t| LocalisedText {
                language: t.language.clone(),
                text: t.text.clone(),
            })
            .collect()
    }
    /// The name in `language`, else in English, else the first one given.
    async fn name(&self, language: Option<String>) -> String {
        let want = language.unwrap_or_else(|| "en".into()).to_lowercase();
        self.0
            .names
            .iter()
            .find(|t| t.language == want)
            .or_else(|| self.0.names.iter().find(|t| t.language == "en"))
            .or_else(|| self.0.names.first())
            .map(|t| t.text.clone())
            .unwrap_or_default()
    }
    async fn min_voucher(&self) -> Decimal {
        self.0.rules.min_voucher.amount()
    }
    async fn max_voucher(&self) -> Decimal {
        self.0.rules.max_voucher.amount()
    }
    /// Percent of an eligible invoice the voucher pays.
    async fn aid_intensity(&self) -> Decimal {
        self.0.rules.aid_intensity.value()
    }
    /// Percent paid on approval; null for reimbursement only.
    async fn prefinancing_share(&self) -> Option<Decimal> {
        self.0.rules.prefinancing.map(|p| p.value())
    }
    async fn sme_categories(&self) -> Vec<SmeCategory> {
        self.0
            .rules
            .sme_categories
            .iter()
            .map(|c| (*c).into())
            .collect()
    }
    async fn healthcare_types(&self) -> Vec<HealthcareType> {
        self.0
            .rules
            .healthcare_types
            .iter()
            .map(|c| (*c).into())
            .collect()
    }
    async fn nis2_classes(&self) -> Vec<Nis2Class> {
        self.0
            .rules
            .nis2_classes
            .iter()
            .map(|c| (*c).into())
            .collect()
    }
    async fn service_categories(&self) -> Vec<String> {
        self.0
            .rules
            .service_categories
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect()
    }
    async fn opens_at(&self) -> DateTime<Utc> {
        self.0.rules.opens_at
    }
    async fn closes_at(&self) -> DateTime<Utc> {
        self.0.rules.closes_at
    }
    async fn cutoffs(&self) -> Vec<DateTime<Utc>> {
        self.0.rules.cutoffs.clone()
    }
    async fn validity_days(&self) -> u32 {
        self.0.rules.validity_days
    }
    async fn de_minimis(&self) -> bool {
        self.0.rules.de_minimis
    }
    /// Which approvals need a recommendation by one officer and the approval of another.
    async fn four_eyes(&self) -> FourEyes {
        use domain::four_eyes::FourEyes as F;
        let (mode, threshold) = match self.0.rules.four_eyes {
            F::None => (FourEyesMode::None, None),
            F::All => (FourEyesMode::All, None),
            F::AtOrAbove(t) => (FourEyesMode::AtOrAbove, Some(self.0.money(t).amount())),
        };
        FourEyes { mode, threshold }
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    /// Allocated, committed, disbursed and available funds, to the cent. Only the programme's
    /// agency and EU-wide staff see them; null for everyone else.
    async fn funds(&self, c: &Context<'_>) -> ApiResult<Option<ProgramFunds>> {
        Ok(funds_visible(ctx(c)?, &self.0).then(|| ProgramFunds::of(&self.0, self.0.funds)))
    }
    /// The append-only ledger, newest first (the programme's agency and EU-wide staff).
    async fn ledger(
        &self,
        c: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Option<Conn<LedgerEntry>>> {
        let (req, actx) = (page_request(first, after)?, ctx(c)?);
        let page = match req.after {
            // The first page of every programme in one read.
            None if funds_visible(actx, &self.0) => {
                let loaded = c.data::<DataLoader<LedgerFirstPageLoader>>()?;
                let page = loaded.load_one((self.0.id, req.first)).await;
                Some(page.map_err(|e| (*e).clone())?.unwrap_or_default())
            }
            None => None,
            Some(_) => funds::ledger(actx, &self.0, req).await?,
        };
        page.map(|p| connection(p, |e| e.id, |e| Ok(LedgerEntry::of(&self.0, e))))
            .transpose()
    }
    /// The programme's applications the caller may see, newest first (as `voucherApplications`
    /// with this programme as the filter); null for a caller who may not list applications.
    async fn applications(
        &self,
        c: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Option<Conn<VoucherApplication>>> {
        let (req, actx) = (page_request(first, after)?, ctx(c)?);
        if !actx.may(Action::ApplicationList) {
            return Ok(None);
        }
        let sme = super::applications::sme_columns_asked(c);
        let page = match req.after {
            // The first page under every programme in one read.
            None => first_applications(c, (self.0.id, req.first, sme)).await?,
            Some(_) => application_actions::list(actx, &self.filter(sme), req).await?,
        };
        connection(page, |a| a.id, |a| Ok(VoucherApplication(a))).map(Some)
    }
    /// Movements per month and the balances at each month's end, for charts.
    async fn monthly_summary(&self, c: &Context<'_>) -> ApiResult<Option<Vec<MonthlyFunds>>> {
        let months = funds::monthly(ctx(c)?, &self.0).await?;
        Ok(months.map(|m| {
            m.into_iter()
                .map(|m| MonthlyFunds::of(&self.0, m))
                .collect()
        }))
    }
}

/// The first page of a programme's applications, through the request's batching loader.
async fn first_applications(
    c: &Context<'_>,
    key: (uuid::Uuid, u64, bool),
) -> ApiResult<crate::actions::Page<crate::actions::applications::Application>> {
    let loader = c.data::<DataLoader<ApplicationsFirstPageLoader>>()?;
    let page = loader.load_one(key).await.map_err(|e| (*e).clone())?;
    Ok(page.unwrap_or_default())
}

impl VoucherProgram {
    /// This programme's applications, as a list filter.
    fn filter(&self, sme_columns: bool) -> ApplicationFilter {
        ApplicationFilter {
            program_id: Some(self.0.id),
            sme_columns,
            ..Default::default()
        }
    }
}

#[derive(InputObject, Default)]
pub struct VoucherProgramFilter {
    /// Narrows the result; never widens what the caller may see.
    pub member_state: Option<String>,
    pub status: Option<VoucherProgramStatus>,
}

#[derive(Default)]
pub struct ProgrammeQuery;

#[Object]
impl ProgrammeQuery {
    /// Programmes the caller may see: open ones for everyone (no login needed), and all of an
    /// agency's own member state for its officers; EU-wide staff see all.
    async fn voucher_programs(
        &self,
        c: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        filter: Option<VoucherProgramFilter>,
    ) -> ApiResult<Conn<VoucherProgram>> {
        let f = filter.unwrap_or_default();
        let filter = ProgrammeFilter {
            member_state: f
                .member_state
                .as_deref()
                .map(domain::member_state::MemberState::parse)
                .transpose()?,
            status: f.status.map(Into::into),
        };
        let rows = programmes::list(ctx(c)?, &filter, page_request(first, after)?).await?;
        connection(rows, |p| p.id, |p| Ok(VoucherProgram(p)))
    }

    /// One programme the caller may see; null when missing or out of scope.
    async fn voucher_program(&self, c: &Context<'_>, id: ID) -> ApiResult<Option<VoucherProgram>> {
        let Some(id) = lookup_id(&id) else {
            return Ok(None);
        };
        Ok(programmes::find(ctx(c)?, id).await?.map(VoucherProgram))
    }
}

#[derive(Default)]
pub struct ProgrammeMutation;

#[Object]
impl ProgrammeMutation {
    /// An agency officer creates a `DRAFT` programme for its member state.
    async fn create_voucher_program(
        &self,
        c: &Context<'_>,
        input: VoucherProgramInput,
    ) -> ApiResult<VoucherProgram> {
        Ok(VoucherProgram(
            programmes::create(ctx(c)?, draft(input)?).await?,
        ))
    }

    /// Replaces a programme's content. A draft takes any change; an open programme only
    /// changes that cannot alter decisions already taken (wider eligibility, a later end, a
    /// higher cap, a lower minimum, texts); closed and archived programmes keep their rules.
    async fn update_voucher_program(
        &self,
        c: &Context<'_>,
        id: ID,
        input: VoucherProgramInput,
    ) -> ApiResult<VoucherProgram> {
        let id = parse_id("id", &id)?;
        Ok(VoucherProgram(
            programmes::update(ctx(c)?, id, draft(input)?).await?,
        ))
    }

    /// Opens a programme for applications: it needs a budget and a window that has not ended.
    async fn open_voucher_program(&self, c: &Context<'_>, id: ID) -> ApiResult<VoucherProgram> {
        move_to(c, &id, ProgrammeStatus::Open).await
    }

    /// Stops new applications; issued vouchers run on.
    async fn close_voucher_program(&self, c: &Context<'_>, id: ID) -> ApiResult<VoucherProgram> {
        move_to(c, &id, ProgrammeStatus::Closed).await
    }

    /// Archives a draft or closed programme.
    async fn archive_voucher_program(&self, c: &Context<'_>, id: ID) -> ApiResult<VoucherProgram> {
        move_to(c, &id, ProgrammeStatus::Archived).await
    }
}

async fn move_to(c: &Context<'_>, id: &ID, to: ProgrammeStatus) -> ApiResult<VoucherProgram> {
    let id = parse_id("id", id)?;
    Ok(VoucherProgram(
        programmes::transition(ctx(c)?, id, to).await?,
    ))
}
