//! Voucher applications: what a clinic asks for, the lifecycle
//! `DRAFT → SUBMITTED → APPROVED | REJECTED` (`WITHDRAWN` before a decision), and the
//! eligibility rules a submission must pass. Errors: [`ApplicationError`].
//!
//! [`assess`] is the one place the rules live. It returns every rule with its outcome, in words
//! a clinic understands, so the same function answers "may I apply?" before applying
//! (`programEligibility`) and refuses a submission with the list of failed rules.
use crate::money::Money;
use crate::organisation::{HealthcareType, Nis2Class, OrganisationStatus};
use crate::programme::{ProgrammeRules, ProgrammeStatus, ServiceCategory};
use crate::sme::{Category, SmeAssessment};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ApplicationStatus {
    Draft,
    Submitted,
    Approved,
    Rejected,
    Withdrawn,
}

crate::organisation::str_enum!(ApplicationStatus { Draft = "DRAFT", Submitted = "SUBMITTED", Approved = "APPROVED", Rejected = "REJECTED", Withdrawn = "WITHDRAWN" });

impl ApplicationStatus {
    /// The step into this status, in words: "approved", "returned to draft".
    fn done(self) -> &'static str {
        match self {
            ApplicationStatus::Draft => "returned to draft",
            ApplicationStatus::Submitted => "submitted",
            ApplicationStatus::Approved => "approved",
            ApplicationStatus::Rejected => "rejected",
            ApplicationStatus::Withdrawn => "withdrawn",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplicationError {
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("{}", crate::refused_step("application", from.as_str(), to.done(), from == to))]
    InvalidTransition {
        from: ApplicationStatus,
        to: ApplicationStatus,
    },
}

fn invalid(field: impl Into<String>, message: impl Into<String>) -> ApplicationError {
    ApplicationError::Invalid {
        field: field.into(),
        message: message.into(),
    }
}

/// The lifecycle. Only a draft can be edited or submitted; a decision is taken on a submitted
/// application; withdrawing is possible until then.
pub fn transition(
    from: ApplicationStatus,
    to: ApplicationStatus,
) -> Result<ApplicationStatus, ApplicationError> {
    use ApplicationStatus::*;
    match (from, to) {
        (Draft, Submitted) | (Submitted, Approved | Rejected) | (Draft | Submitted, Withdrawn) => {
            Ok(to)
        }
        (from, to) => Err(ApplicationError::InvalidTransition { from, to }),
    }
}

/// The most planned services one application lists.
pub const MAX_SERVICES: usize = 20;

/// One planned service: what, why, and its estimated cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlannedService {
    pub category: ServiceCategory,
    pub description: String,
    /// Minor units of the programme's currency.
    pub estimated_cost_minor: i64,
}

impl PlannedService {
    /// Parses one service (`services[i]` in error fields).
    pub fn parse(
        i: usize,
        category: &str,
        description: &str,
        estimated_cost: Money,
    ) -> Result<Self, ApplicationError> {
        let category = ServiceCategory::parse(category).map_err(|_| {
            invalid(
                format!("services[{i}].category"),
                "unknown service category",
            )
        })?;
        let description = description.trim();
        if description.is_empty()
            || description.chars().count() > 1000
            || description.chars().any(|c| c.is_control() && c != '\n')
        {
            return Err(invalid(
                format!("services[{i}].description"),
                "describe the service in 1 to 1000 characters",
            ));
        }
        let estimated_cost_minor = match estimated_cost.to_minor_units() {
            Ok(m) if m > 0 && m <= crate::ledger::MAX_BALANCE_MINOR => m,
            _ => {
                return Err(invalid(
                    format!("services[{i}].estimatedCost"),
                    "must be a positive amount in the programme's currency",
                ));
            }
        };
        Ok(Self {
            category,
            description: description.to_owned(),
            estimated_cost_minor,
        })
    }
}

/// The total estimated cost of the services.
pub fn estimated_total(services: &[PlannedService]) -> i64 {
    services
        .iter()
        .map(|s| s.estimated_cost_minor)
        .fold(0i64, i64::saturating_add)
}

/// How a voucher's amount follows from the planned services (issue #17), step by step, in minor
/// units of the programme's currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmountDerivation {
    /// The costs of the services in categories the programme covers.
    pub eligible_costs_minor: i64,
    /// The programme's aid intensity, in per cent.
    pub aid_intensity: crate::programme::Percent,
    /// Eligible costs × aid intensity, rounded down to the minor unit.
    pub aid_amount_minor: i64,
    /// The programme's maximum voucher.
    pub cap_minor: i64,
    /// The programme's minimum voucher.
    pub minimum_minor: i64,
    /// The amount: min(aid amount, cap).
    pub amount_minor: i64,
    /// Whether the cap cut the aid amount.
    pub capped: bool,
    /// Whether the amount is below the minimum voucher (submission is then refused by the
    /// minimum-amount rule, as for an amount asked for explicitly).
    pub below_minimum: bool,
}

/// The voucher amount the planned services give: min(eligible costs × aid intensity, maximum
/// voucher). Services in categories the programme does not cover count for nothing.
pub fn derive_amount(rules: &ProgrammeRules, services: &[PlannedService]) -> AmountDerivation {
    let eligible_costs_minor = services
        .iter()
        .filter(|s| rules.service_categories.contains(&s.category))
        .map(|s| s.estimated_cost_minor)
        .fold(0i64, i64::saturating_add);
    let aid_amount_minor = rules.aid_intensity.of_minor(eligible_costs_minor);
    let cap_minor = rules.max_voucher.to_minor_units().unwrap_or(i64::MAX);
    let minimum_minor = rules.min_voucher.to_minor_units().unwrap_or(0);
    let amount_minor = aid_amount_minor.min(cap_minor);
    AmountDerivation {
        eligible_costs_minor,
        aid_intensity: rules.aid_intensity,
        aid_amount_minor,
        cap_minor,
        minimum_minor,
        amount_minor,
        capped: aid_amount_minor > cap_minor,
        below_minimum: amount_minor < minimum_minor,
    }
}

/// De minimis aid (Commission Regulation (EU) 2023/2831, Art. 3(2)): at most EUR 300,000 per
/// single undertaking over any period of three years.
pub const DE_MINIMIS_CEILING_EUR_MINOR: i64 = 30_000_000;
/// The period over which de minimis aid adds up (Art. 3(2)): three years.
pub const DE_MINIMIS_YEARS: i64 = 3;

/// One eligibility rule, as a code clients branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Rule {
    OrganisationVerified,
    MemberState,
    ProgrammeOpen,
    ApplicationWindow,
    SmeCategory,
    OrganisationType,
    Nis2Class,
    ServiceCategories,
    MinimumAmount,
    MaximumAmount,
    AidIntensity,
    OneActiveVoucher,
    DeMinimis,
}

crate::organisation::str_enum!(Rule {
    OrganisationVerified = "ORGANISATION_VERIFIED",
    MemberState = "MEMBER_STATE",
    ProgrammeOpen = "PROGRAMME_OPEN",
    ApplicationWindow = "APPLICATION_WINDOW",
    SmeCategory = "SME_CATEGORY",
    OrganisationType = "ORGANISATION_TYPE",
    Nis2Class = "NIS2_CLASS",
    ServiceCategories = "SERVICE_CATEGORIES",
    MinimumAmount = "MINIMUM_AMOUNT",
    MaximumAmount = "MAXIMUM_AMOUNT",
    AidIntensity = "AID_INTENSITY",
    OneActiveVoucher = "ONE_ACTIVE_VOUCHER",
    DeMinimis = "DE_MINIMIS",
});

/// A rule's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Outcome {
    Passed,
    Failed,
    /// The rule needs what only an application gives (its amount, services or SME data).
    CheckedOnApplication,
}

/// One rule, its outcome and the explanation in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleResult {
    pub rule: Rule,
    pub outcome: Outcome,
    pub message: String,
}

/// The organisation as the rules see it.
#[derive(Debug, Clone)]
pub struct Applicant {
    pub member_state: String,
    pub status: OrganisationStatus,
    pub healthcare_type: Option<HealthcareType>,
    pub nis2_class: Option<Nis2Class>,
    /// Another application of the organisation in the programme is submitted, or a voucher of
    /// it is still active.
    pub has_pending_or_active: bool,
}

/// What the application asks for; `None` before there is an application.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub amount_minor: i64,
    pub services: &'a [PlannedService],
    pub sme: Option<&'a SmeAssessment>,
    /// De minimis aid the organisation already received in the last three years, in EUR
    /// minor units: declared by the applicant plus vouchers issued on this platform.
    pub de_minimis_received_eur_minor: i64,
}

/// The programme as the rules see it.
#[derive(Debug, Clone)]
pub struct Offer<'a> {
    pub member_state: String,
    pub status: ProgrammeStatus,
    pub rules: &'a ProgrammeRules,
}

fn amount(rules: &ProgrammeRules, minor: i64) -> String {
    let m = Money::from_minor_units(minor, rules.currency);
    format!("{} {}", m.amount(), rules.currency)
}

fn category_name(c: Category) -> &'static str {
    match c {
        Category::Micro => "micro",
        Category::Small => "small",
        Category::Medium => "medium-sized",
        Category::Large => "large",
    }
}

fn list<T>(items: impl Iterator<Item = T>, f: impl Fn(T) -> String) -> String {
    items.map(f).collect::<Vec<_>>().join(", ")
}

/// Every rule, in order, with its outcome at `now`.
pub fn assess(
    applicant: &Applicant,
    offer: &Offer<'_>,
    request: Option<&Request<'_>>,
    now: DateTime<Utc>,
) -> Vec<RuleResult> {
    use Outcome::*;
    let r = offer.rules;
    let mut out = Vec::new();
    let mut push = |rule: Rule, ok: bool, pass: String, fail: String| {
        out.push(RuleResult {
            rule,
            outcome: if ok { Passed } else { Failed },
            message: if ok { pass } else { fail },
        });
    };
    push(
        Rule::OrganisationVerified,
        applicant.status == OrganisationStatus::Verified,
        "Your organisation is verified.".into(),
        "Your organisation must be verified by the national agency before it applies.".into(),
    );
    push(
        Rule::MemberState,
        applicant.member_state == offer.member_state,
        format!(
            "The programme is for organisations in {}.",
            offer.member_state
        ),
        format!(
            "This programme is only for organisations in {}.",
            offer.member_state
        ),
    );
    push(
        Rule::ProgrammeOpen,
        offer.status == ProgrammeStatus::Open,
        "The programme is open.".into(),
        "The programme is not open for applications.".into(),
    );
    let window = r.window_open(now);
    push(
        Rule::ApplicationWindow,
        window,
        format!(
            "Applications are accepted until {}.",
            r.closes_at.format("%Y-%m-%d %H:%M UTC")
        ),
        if now < r.opens_at {
            format!(
                "Applications open on {}.",
                r.opens_at.format("%Y-%m-%d %H:%M UTC")
            )
        } else {
            format!(
                "The application window closed on {}.",
                r.closes_at.format("%Y-%m-%d %H:%M UTC")
            )
        },
    );
    let type_ok = applicant
        .healthcare_type
        .is_some_and(|t| r.healthcare_types.contains(&t));
    push(
        Rule::OrganisationType,
        type_ok,
        "Your type of organisation is eligible.".into(),
        format!(
            "The programme is for these types of organisation only: {}.",
            list(r.healthcare_types.iter(), |t| t
                .as_str()
                .to_lowercase()
                .replace('_', " "))
        ),
    );
    let nis2_ok = applicant
        .nis2_class
        .is_some_and(|c| r.nis2_classes.contains(&c));
    push(
        Rule::Nis2Class,
        nis2_ok,
        "Your NIS2 class is eligible.".into(),
        format!(
            "The programme is for these NIS2 classes only: {}.",
            list(r.nis2_classes.iter(), |c| c
                .as_str()
                .to_lowercase()
                .replace('_', " "))
        ),
    );
    push(
        Rule::OneActiveVoucher,
        !applicant.has_pending_or_active,
        "You have no other application or active voucher in this programme.".into(),
        "You already have a submitted application or an active voucher in this programme.".into(),
    );
    let Some(req) = request else {
        for (rule, message) in [
            (
                Rule::SmeCategory,
                format!(
                    "Your enterprise must be {} (checked with your SME data when you apply).",
                    list(r.sme_categories.iter(), |c| category_name(*c).to_owned())
                ),
            ),
            (
                Rule::ServiceCategories,
                format!(
                    "The voucher covers: {}.",
                    list(r.service_categories.iter(), |s| s
                        .as_str()
                        .to_lowercase()
                        .replace('_', " "))
                ),
            ),
            (
                Rule::MinimumAmount,
                format!(
                    "Ask for at least {}.",
                    amount(r, r.min_voucher.to_minor_units().unwrap_or(0))
                ),
            ),
            (
                Rule::MaximumAmount,
                format!(
                    "Ask for at most {}.",
                    amount(r, r.max_voucher.to_minor_units().unwrap_or(0))
                ),
            ),
            (
                Rule::AidIntensity,
                format!(
                    "The voucher pays at most {}% of the estimated cost.",
                    r.aid_intensity.value().normalize()
                ),
            ),
        ] {
            out.push(RuleResult {
                rule,
                outcome: CheckedOnApplication,
                message,
            });
        }
        if r.de_minimis {
            out.push(RuleResult {
                rule: Rule::DeMinimis,
                outcome: CheckedOnApplication,
                message: "De minimis aid to your organisation must stay within EUR 300,000 over three years.".into(),
            });
        }
        return out;
    };
    out.push(sme_rule(r, req.sme));
    let mut push = |rule: Rule, ok: bool, pass: String, fail: String| {
        out.push(RuleResult {
            rule,
            outcome: if ok { Passed } else { Failed },
            message: if ok { pass } else { fail },
        });
    };
    let uncovered: Vec<&str> = req
        .services
        .iter()
        .map(|s| s.category.as_str())
        .filter(|c| !r.service_categories.iter().any(|x| x.as_str() == *c))
        .collect();
    push(
        Rule::ServiceCategories,
        !req.services.is_empty() && uncovered.is_empty(),
        "Every planned service is covered by the programme.".into(),
        if req.services.is_empty() {
            "List at least one planned service.".into()
        } else {
            format!(
                "The programme does not cover: {}.",
                list(uncovered.iter(), |c| c.to_lowercase().replace('_', " "))
            )
        },
    );
    let min = r.min_voucher.to_minor_units().unwrap_or(0);
    let max = r.max_voucher.to_minor_units().unwrap_or(i64::MAX);
    push(
        Rule::MinimumAmount,
        req.amount_minor >= min,
        format!("The amount is at least the minimum of {}.", amount(r, min)),
        format!("Ask for at least {}.", amount(r, min)),
    );
    push(
        Rule::MaximumAmount,
        req.amount_minor <= max,
        format!("The amount is within the cap of {}.", amount(r, max)),
        format!("The programme pays at most {} per voucher.", amount(r, max)),
    );
    let total = estimated_total(req.services);
    let aid_cap = r.aid_intensity.of_minor(total);
    push(
        Rule::AidIntensity,
        req.amount_minor <= aid_cap,
        format!(
            "The amount is within {}% of the estimated cost.",
            r.aid_intensity.value().normalize()
        ),
        format!(
            "The voucher pays at most {}% of the estimated cost of {}: at most {}.",
            r.aid_intensity.value().normalize(),
            amount(r, total),
            amount(r, aid_cap)
        ),
    );
    if r.de_minimis {
        // Amounts in other currencies than EUR cannot be added up without an exchange rate;
        // see docs/vouchers.md.
        let requested_eur = if r.currency == crate::money::Currency::EUR {
            req.amount_minor
        } else {
            0
        };
        let total = req
            .de_minimis_received_eur_minor
            .saturating_add(requested_eur);
        push(
            Rule::DeMinimis,
            total <= DE_MINIMIS_CEILING_EUR_MINOR,
            "De minimis aid stays within EUR 300,000 over three years.".into(),
            format!(
                "With this voucher your de minimis aid over three years would be EUR {}, above the EUR 300,000 ceiling.",
                Money::from_minor_units(total, crate::money::Currency::EUR).amount()
            ),
        );
    }
    out
}

/// The SME rule: the engine's category must be one the programme funds (Recommendation
/// 2003/361/EC); without an assessment it fails.
fn sme_rule(r: &ProgrammeRules, sme: Option<&SmeAssessment>) -> RuleResult {
    let wanted = list(r.sme_categories.iter(), |c| category_name(*c).to_owned());
    let (ok, message) = match sme {
        Some(a) if a.is_sme && r.sme_categories.contains(&a.category) => (
            true,
            format!(
                "Your enterprise is {}, which is eligible.",
                category_name(a.category)
            ),
        ),
        Some(a) if a.is_sme => (
            false,
            format!(
                "Your enterprise is {}; the programme is for {wanted} enterprises only.",
                category_name(a.category)
            ),
        ),
        Some(_) => (
            false,
            "Your enterprise is not an SME under Recommendation 2003/361/EC (see the assessment)."
                .into(),
        ),
        None => (
            false,
            "Complete the SME self-assessment for your enterprise.".into(),
        ),
    };
    RuleResult {
        rule: Rule::SmeCategory,
        outcome: if ok { Outcome::Passed } else { Outcome::Failed },
        message,
    }
}

/// The rules before applying (`programEligibility`): as [`assess`] without an application,
/// with the SME rule answered when an assessment is given.
pub fn assess_before(
    applicant: &Applicant,
    offer: &Offer<'_>,
    sme: Option<&SmeAssessment>,
    now: DateTime<Utc>,
) -> Vec<RuleResult> {
    let mut results = assess(applicant, offer, None, now);
    if let Some(a) = sme
        && let Some(slot) = results.iter_mut().find(|x| x.rule == Rule::SmeCategory)
    {
        *slot = sme_rule(offer.rules, Some(a));
    }
    results
}

/// The failed rules of an assessment.
pub fn failures(results: &[RuleResult]) -> Vec<&RuleResult> {
    results
        .iter()
        .filter(|r| r.outcome == Outcome::Failed)
        .collect()
}

/// What an agency may approve: between the programme's minimum and the amount asked.
pub fn check_approved_amount(
    rules: &ProgrammeRules,
    requested_minor: i64,
    approved_minor: i64,
) -> Result<i64, ApplicationError> {
    let min = rules.min_voucher.to_minor_units().unwrap_or(0);
    if approved_minor > requested_minor {
        return Err(invalid("amount", "cannot approve more than was asked"));
    }
    if approved_minor < min || approved_minor <= 0 {
        return Err(invalid(
            "amount",
            format!(
                "cannot approve less than the programme's minimum of {}",
                amount(rules, min)
            ),
        ));
    }
    Ok(approved_minor)
}

/// The cut-off a submission at `at` is decided with: the first cut-off at or after it, or the
/// window's end (`reference/voucher-schemes.md`: rolling cut-off dates).
pub fn cutoff_for(rules: &ProgrammeRules, at: DateTime<Utc>) -> DateTime<Utc> {
    rules
        .cutoffs
        .iter()
        .copied()
        .find(|c| *c >= at)
        .unwrap_or(rules.closes_at)
}

#[cfg(test)]
mod tests;
