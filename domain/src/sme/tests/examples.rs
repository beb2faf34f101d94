//! The worked examples of `docs/sme.md`: the JSON there is these files, and the numbers there
//! are asserted here. Print the full results with
//! `cargo test -p domain --lib sme::tests::examples -- --nocapture`.
use super::*;

fn example(json: &str) -> SmeAssessment {
    let input: SmeAssessmentInput = serde_json::from_str(json).unwrap();
    let a = run(&input);
    println!("{}", serde_json::to_string_pretty(&a).unwrap());
    a
}

#[test]
fn example_1_an_autonomous_clinic_is_micro() {
    let a = example(include_str!("../examples/autonomous-clinic.json"));
    assert_eq!(a.category, Category::Micro);
    assert!(a.is_sme);
    // 1 owner + 6 full-time + 3 half-time + 1 for four months; apprentices and leave excluded.
    assert_eq!(a.aggregated.staff_awu.round_dp(6), d("8.833333"));
    assert_eq!(a.aggregated.annual_turnover, d("1450000"));
    assert_eq!(result(&a, "weber").relation, Relation::NaturalPerson);
    assert_eq!(result(&a, "medsupply").relation, Relation::Autonomous);
    assert_eq!(a.period_categories.len(), 2);
}

#[test]
fn example_2_a_partner_with_a_linked_subsidiary_makes_the_clinic_medium() {
    let a = example(include_str!("../examples/partner-chain.json"));
    assert_eq!(a.category, Category::Medium);
    assert!(a.is_sme);
    assert_eq!(a.aggregated.staff_awu, d("52.75"));
    assert_eq!(a.aggregated.annual_turnover, d("8400000"));
    assert_eq!(a.aggregated.balance_sheet_total, d("7900000"));
    let m = result(&a, "medinvest");
    assert_eq!(
        (m.relation, m.included_percent),
        (Relation::Partner, d("35"))
    );
    let l = result(&a, "laborplus");
    assert_eq!(
        (l.relation, l.included_percent),
        (Relation::Partner, d("35"))
    );
    assert_eq!(l.via.as_deref(), Some("medinvest"));
    assert_eq!(result(&a, "holdingx").relation, Relation::NotIncluded);
}

#[test]
fn example_3_a_hospital_30_percent_owned_by_a_municipality_is_not_an_sme() {
    let a = example(include_str!("../examples/public-hospital.json"));
    // Not an SME, but the category its figures give is kept (Art. 3(4) with Art. 2).
    assert_eq!(a.category, Category::Medium);
    assert!(!a.is_sme);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
    assert_eq!(a.period_categories[0].category, Category::Medium);
    assert_eq!(result(&a, "stadt").relation, Relation::PublicBody);
    assert_eq!(result(&a, "verein").relation, Relation::Autonomous);
}

#[test]
fn example_4_an_investor_group_a_public_university_and_three_years_make_the_clinic_medium() {
    let a = example(include_str!(
        "../examples/investor-group-university-three-years.json"
    ));
    // Rule 1 (Art. 3(2)): the holding company and its subsidiary hold 15% + 15% together.
    for id in ["holding", "reha"] {
        let e = result(&a, id);
        assert_eq!(
            (e.relation, e.included_percent),
            (Relation::Partner, d("30"))
        );
    }
    // Rule 2 (Art. 3(2)(b) and 3(4)): the public university's 30% neither makes a partner nor
    // counts toward the public-body rule.
    assert_eq!(result(&a, "uni").relation, Relation::ExemptInvestor);
    assert!(a.is_sme);
    // Rule 3 (Art. 4(2)): small before; medium, medium, small: medium from 2023.
    let by_size: Vec<Category> = a.period_categories.iter().map(|p| p.category).collect();
    assert_eq!(
        by_size,
        [Category::Medium, Category::Medium, Category::Small]
    );
    assert_eq!(a.category, Category::Medium);
    // 2024: 30 + 30% × (30 + 20) AWU; (5,950,000 − 950,000) + 30% × 6,000,000 turnover.
    assert_eq!(a.aggregated.staff_awu, d("45"));
    assert_eq!(a.aggregated.annual_turnover, d("6800000"));
    assert_eq!(a.aggregated.balance_sheet_total, d("6100000"));
}
