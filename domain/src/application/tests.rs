#![allow(clippy::unwrap_used, clippy::inconsistent_digit_grouping)] // amounts in cents read as euros_cents
use super::*;
use crate::member_state::MemberState;
use crate::money::Currency;
use crate::programme::RulesInput;
use chrono::Duration;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn now() -> DateTime<Utc> {
    "2026-06-01T12:00:00Z".parse().unwrap()
}

fn rules(de_minimis: bool) -> ProgrammeRules {
    ProgrammeRules::parse(
        MemberState::parse("DE").unwrap(),
        RulesInput {
            currency: "EUR".into(),
            min_voucher: d("5000"),
            max_voucher: d("30000"),
            aid_intensity: d("50"),
            prefinancing: Some(d("20")),
            sme_categories: vec![Category::Micro, Category::Small],
            healthcare_types: vec![HealthcareType::Hospital, HealthcareType::Clinic],
            nis2_classes: vec![Nis2Class::Important, Nis2Class::NotInScope],
            service_categories: vec!["RISK_ASSESSMENT".into(), "PENETRATION_TESTING".into()],
            opens_at: now() - Duration::days(1),
            closes_at: now() + Duration::days(90),
            cutoffs: vec![now() + Duration::days(30)],
            validity_days: 365,
            de_minimis,
            four_eyes: None,
        },
    )
    .unwrap()
}

fn applicant() -> Applicant {
    Applicant {
        member_state: "DE".into(),
        status: OrganisationStatus::Verified,
        healthcare_type: Some(HealthcareType::Clinic),
        nis2_class: Some(Nis2Class::Important),
        has_pending_or_active: false,
    }
}

fn offer(r: &ProgrammeRules) -> Offer<'_> {
    Offer {
        member_state: "DE".into(),
        status: ProgrammeStatus::Open,
        rules: r,
    }
}

fn sme(json: &str) -> SmeAssessment {
    crate::sme::assess(&serde_json::from_str(json).unwrap()).unwrap()
}

fn micro() -> SmeAssessment {
    sme(include_str!("../sme/examples/autonomous-clinic.json"))
}

fn service(category: &str, euros: i64) -> PlannedService {
    PlannedService::parse(
        0,
        category,
        "Penetration test of the patient portal",
        Money::new(Decimal::from(euros), Currency::EUR).unwrap(),
    )
    .unwrap()
}

fn failed(results: &[RuleResult]) -> Vec<Rule> {
    failures(results).iter().map(|r| r.rule).collect()
}

#[test]
fn a_verified_micro_clinic_asking_for_half_its_costs_passes_every_rule() {
    let r = rules(true);
    let a = micro();
    let services = [service("PENETRATION_TESTING", 30_000)];
    let req = Request {
        amount_minor: 15_000_00,
        services: &services,
        sme: Some(&a),
        de_minimis_received_eur_minor: 0,
    };
    let results = assess(&applicant(), &offer(&r), Some(&req), now());
    assert_eq!(failed(&results), vec![]);
    assert_eq!(results.len(), 13, "every rule is reported");
    assert!(results.iter().all(|r| r.outcome == Outcome::Passed));
}

#[test]
fn each_failed_rule_is_listed_with_words_a_clinic_understands() {
    let r = rules(true);
    let services = [service("BACKUP_AND_RECOVERY", 8_000)];
    let big = sme(include_str!("../sme/examples/public-hospital.json"));
    let req = Request {
        amount_minor: 40_000_00,
        services: &services,
        sme: Some(&big),
        de_minimis_received_eur_minor: 290_000_00,
    };
    let who = Applicant {
        member_state: "FR".into(),
        status: OrganisationStatus::Pending,
        healthcare_type: Some(HealthcareType::Laboratory),
        nis2_class: Some(Nis2Class::Essential),
        has_pending_or_active: true,
    };
    let late = now() + Duration::days(100);
    let closed = Offer {
        status: ProgrammeStatus::Closed,
        ..offer(&r)
    };
    let results = assess(&who, &closed, Some(&req), late);
    assert_eq!(
        failed(&results),
        vec![
            Rule::OrganisationVerified,
            Rule::MemberState,
            Rule::ProgrammeOpen,
            Rule::ApplicationWindow,
            Rule::OrganisationType,
            Rule::Nis2Class,
            Rule::OneActiveVoucher,
            Rule::SmeCategory,
            Rule::ServiceCategories,
            Rule::MaximumAmount,
            Rule::AidIntensity,
            Rule::DeMinimis,
        ]
    );
    let msg = |rule| {
        results
            .iter()
            .find(|x| x.rule == rule)
            .unwrap()
            .message
            .clone()
    };
    assert_eq!(
        msg(Rule::MemberState),
        "This programme is only for organisations in DE."
    );
    assert_eq!(
        msg(Rule::AidIntensity),
        "The voucher pays at most 50% of the estimated cost of 8000.00 EUR: at most 4000.00 EUR."
    );
    assert!(msg(Rule::ApplicationWindow).starts_with("The application window closed on"));
    assert!(msg(Rule::SmeCategory).contains("not an SME"));
    assert!(msg(Rule::ServiceCategories).contains("backup and recovery"));
    assert!(
        msg(Rule::DeMinimis).contains("330000.00"),
        "{}",
        msg(Rule::DeMinimis)
    );
}

#[test]
fn asking_below_the_minimum_is_refused() {
    let r = rules(false);
    let a = micro();
    let services = [service("RISK_ASSESSMENT", 100_000)];
    let req = Request {
        amount_minor: 4_999_99,
        services: &services,
        sme: Some(&a),
        de_minimis_received_eur_minor: 0,
    };
    let results = assess(&applicant(), &offer(&r), Some(&req), now());
    assert_eq!(failed(&results), vec![Rule::MinimumAmount]);
    assert!(
        results.iter().all(|x| x.rule != Rule::DeMinimis),
        "no de minimis rule when the programme does not use it"
    );
}

#[test]
fn a_medium_enterprise_is_refused_by_a_programme_for_micro_and_small_ones() {
    let r = rules(false);
    let medium = sme(include_str!("../sme/examples/partner-chain.json"));
    assert_eq!(medium.category, Category::Medium);
    let services = [service("RISK_ASSESSMENT", 20_000)];
    let req = Request {
        amount_minor: 10_000_00,
        services: &services,
        sme: Some(&medium),
        de_minimis_received_eur_minor: 0,
    };
    let results = assess(&applicant(), &offer(&r), Some(&req), now());
    assert_eq!(failed(&results), vec![Rule::SmeCategory]);
    assert_eq!(
        results
            .iter()
            .find(|x| x.rule == Rule::SmeCategory)
            .unwrap()
            .message,
        "Your enterprise is medium-sized; the programme is for micro, small enterprises only."
    );
}

#[test]
fn without_sme_data_the_submission_is_refused() {
    let r = rules(false);
    let services = [service("RISK_ASSESSMENT", 20_000)];
    let req = Request {
        amount_minor: 10_000_00,
        services: &services,
        sme: None,
        de_minimis_received_eur_minor: 0,
    };
    assert_eq!(
        failed(&assess(&applicant(), &offer(&r), Some(&req), now())),
        vec![Rule::SmeCategory]
    );
}

#[test]
fn de_minimis_aid_up_to_exactly_the_ceiling_is_allowed() {
    let r = rules(true);
    let a = micro();
    let services = [service("RISK_ASSESSMENT", 40_000)];
    let at = |received| Request {
        amount_minor: 20_000_00,
        services: &services,
        sme: Some(&a),
        de_minimis_received_eur_minor: received,
    };
    assert_eq!(
        failed(&assess(
            &applicant(),
            &offer(&r),
            Some(&at(280_000_00)),
            now()
        )),
        vec![]
    );
    assert_eq!(
        failed(&assess(
            &applicant(),
            &offer(&r),
            Some(&at(280_000_01)),
            now()
        )),
        vec![Rule::DeMinimis]
    );
}

#[test]
fn before_applying_the_amount_rules_wait_for_the_application() {
    let r = rules(true);
    let results = assess(&applicant(), &offer(&r), None, now());
    assert_eq!(failed(&results), vec![]);
    let pending: Vec<Rule> = results
        .iter()
        .filter(|x| x.outcome == Outcome::CheckedOnApplication)
        .map(|x| x.rule)
        .collect();
    assert_eq!(
        pending,
        vec![
            Rule::SmeCategory,
            Rule::ServiceCategories,
            Rule::MinimumAmount,
            Rule::MaximumAmount,
            Rule::AidIntensity,
            Rule::DeMinimis
        ]
    );
}

#[test]
fn the_window_has_not_opened_yet_says_when_it_opens() {
    let r = rules(false);
    let results = assess(&applicant(), &offer(&r), None, now() - Duration::days(2));
    let w = results
        .iter()
        .find(|x| x.rule == Rule::ApplicationWindow)
        .unwrap();
    assert_eq!(w.outcome, Outcome::Failed);
    assert_eq!(w.message, "Applications open on 2026-05-31 12:00 UTC.");
}

#[test]
fn the_lifecycle_allows_only_its_arrows() {
    use ApplicationStatus::*;
    let all = [Draft, Submitted, Approved, Rejected, Withdrawn];
    let allowed = [
        (Draft, Submitted),
        (Submitted, Approved),
        (Submitted, Rejected),
        (Draft, Withdrawn),
        (Submitted, Withdrawn),
    ];
    for from in all {
        for to in all {
            assert_eq!(
                transition(from, to).is_ok(),
                allowed.contains(&(from, to)),
                "{from:?} → {to:?}"
            );
        }
    }
}

#[test]
fn an_agency_may_approve_less_but_not_more_nor_below_the_minimum() {
    let r = rules(false);
    assert_eq!(
        check_approved_amount(&r, 20_000_00, 12_000_00),
        Ok(12_000_00)
    );
    assert!(check_approved_amount(&r, 20_000_00, 20_000_01).is_err());
    assert!(check_approved_amount(&r, 20_000_00, 4_999_99).is_err());
}

#[test]
fn a_submission_is_decided_at_the_next_cutoff_or_the_windows_end() {
    let r = rules(false);
    assert_eq!(cutoff_for(&r, now()), now() + Duration::days(30));
    assert_eq!(
        cutoff_for(&r, now() + Duration::days(31)),
        now() + Duration::days(90)
    );
}

#[test]
fn planned_services_name_their_field_when_invalid() {
    let eur = |s: &str| Money::new(d(s), Currency::EUR).unwrap();
    let e = PlannedService::parse(3, "risk assessment!", "x", eur("10")).unwrap_err();
    assert_eq!(
        e,
        ApplicationError::Invalid {
            field: "services[3].category".into(),
            message: "unknown service category".into()
        }
    );
    let e = PlannedService::parse(1, "RISK_ASSESSMENT", "  ", eur("10")).unwrap_err();
    assert!(
        matches!(e, ApplicationError::Invalid { ref field, .. } if field == "services[1].description")
    );
    let e = PlannedService::parse(0, "RISK_ASSESSMENT", "audit", eur("0")).unwrap_err();
    assert!(
        matches!(e, ApplicationError::Invalid { ref field, .. } if field == "services[0].estimatedCost")
    );
    let ok = PlannedService::parse(0, "risk_assessment", " audit ", eur("10.50")).unwrap();
    assert_eq!(
        (
            ok.category.as_str(),
            ok.description.as_str(),
            ok.estimated_cost_minor
        ),
        ("RISK_ASSESSMENT", "audit", 1050)
    );
}

#[test]
fn before_applying_the_sme_rule_is_answered_when_an_assessment_is_given() {
    let r = rules(false);
    let medium = sme(include_str!("../sme/examples/partner-chain.json"));
    let results = assess_before(&applicant(), &offer(&r), Some(&medium), now());
    assert_eq!(failed(&results), vec![Rule::SmeCategory]);
    let results = assess_before(&applicant(), &offer(&r), Some(&micro()), now());
    let sme_rule = results
        .iter()
        .find(|x| x.rule == Rule::SmeCategory)
        .unwrap();
    assert_eq!(sme_rule.outcome, Outcome::Passed);
    let results = assess_before(&applicant(), &offer(&r), None, now());
    let sme_rule = results
        .iter()
        .find(|x| x.rule == Rule::SmeCategory)
        .unwrap();
    assert_eq!(sme_rule.outcome, Outcome::CheckedOnApplication);
}

#[test]
fn the_amount_is_the_aid_intensity_of_the_eligible_costs() {
    let r = rules(false);
    let d = derive_amount(
        &r,
        &[
            service("RISK_ASSESSMENT", 8_000),
            service("PENETRATION_TESTING", 12_000),
        ],
    );
    assert_eq!(d.eligible_costs_minor, 20_000_00);
    assert_eq!(d.aid_amount_minor, 10_000_00);
    assert_eq!(d.amount_minor, 10_000_00);
    assert!(!d.capped && !d.below_minimum);
    assert_eq!(d.cap_minor, 30_000_00);
}

#[test]
fn the_amount_is_capped_at_the_programmes_maximum_voucher() {
    let d = derive_amount(&rules(false), &[service("PENETRATION_TESTING", 100_000)]);
    assert_eq!(d.aid_amount_minor, 50_000_00);
    assert_eq!(d.amount_minor, 30_000_00);
    assert!(d.capped);
}

#[test]
fn services_the_programme_does_not_cover_are_not_eligible_costs() {
    let d = derive_amount(
        &rules(false),
        &[
            service("RISK_ASSESSMENT", 20_000),
            service("SECURITY_TRAINING", 40_000),
        ],
    );
    assert_eq!(d.eligible_costs_minor, 20_000_00);
    assert_eq!(d.amount_minor, 10_000_00);
}

#[test]
fn a_derived_amount_below_the_minimum_voucher_is_flagged_and_still_fails_the_minimum_rule() {
    let r = rules(false);
    let services = [service("RISK_ASSESSMENT", 6_000)];
    let d = derive_amount(&r, &services);
    assert_eq!(d.amount_minor, 3_000_00);
    assert!(d.below_minimum);
    assert_eq!(d.minimum_minor, 5_000_00);
}

#[test]
fn the_aid_amount_is_rounded_down_to_the_cent() {
    let r = rules(false);
    let one = PlannedService::parse(
        0,
        "RISK_ASSESSMENT",
        "audit",
        Money::new(d("10000.01"), Currency::EUR).unwrap(),
    )
    .unwrap();
    assert_eq!(derive_amount(&r, &[one]).aid_amount_minor, 5_000_00);
}

#[test]
fn no_services_derive_nothing() {
    let d = derive_amount(&rules(false), &[]);
    assert_eq!((d.eligible_costs_minor, d.amount_minor), (0, 0));
    assert!(d.below_minimum);
}
