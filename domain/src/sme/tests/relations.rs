//! Art. 3(1) to 3(3): autonomous, partner and linked enterprises; exempt investors; natural
//! persons; consolidated accounts.
use super::*;

/// Applicant A (5 staff, EUR 1m, EUR 1m) and B (20 staff, EUR 5m, EUR 3m).
fn a_and_b(holding: Holding) -> SmeAssessmentInput {
    input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("B", "20", "5000000", "3000000"),
        ],
        vec![holding],
    )
}

struct RelationRow {
    name: &'static str,
    holding: Holding,
    relation: Relation,
    percent: &'static str,
    staff: &'static str,
}

#[test]
fn the_higher_of_capital_and_votes_decides_the_relation_in_either_direction() {
    let rows = [
        RelationRow {
            name: "B holds 24.99% of A: autonomous",
            holding: hold("B", "A", "24.99", "10"),
            relation: Relation::Autonomous,
            percent: "0",
            staff: "5",
        },
        RelationRow {
            name: "B holds exactly 25% of A's votes: partner",
            holding: hold("B", "A", "0", "25"),
            relation: Relation::Partner,
            percent: "25",
            staff: "10",
        },
        RelationRow {
            name: "B holds 40% of A's votes, 10% of its capital: partner at 40%",
            holding: hold("B", "A", "10", "40"),
            relation: Relation::Partner,
            percent: "40",
            staff: "13",
        },
        RelationRow {
            name: "B holds exactly 50% of A: partner, not linked",
            holding: hold("B", "A", "50", "50"),
            relation: Relation::Partner,
            percent: "50",
            staff: "15",
        },
        RelationRow {
            name: "B holds 50.01% of A's votes: linked",
            holding: hold("B", "A", "0", "50.01"),
            relation: Relation::Linked,
            percent: "100",
            staff: "25",
        },
        RelationRow {
            name: "B holds 60% of A's capital, 40% of its votes: the higher counts, linked",
            holding: hold("B", "A", "60", "40"),
            relation: Relation::Linked,
            percent: "100",
            staff: "25",
        },
        RelationRow {
            name: "A holds 30% of B: partner downstream",
            holding: hold("A", "B", "30", "30"),
            relation: Relation::Partner,
            percent: "30",
            staff: "11",
        },
        RelationRow {
            name: "A holds 100% of B: linked downstream",
            holding: hold("A", "B", "100", "100"),
            relation: Relation::Linked,
            percent: "100",
            staff: "25",
        },
        RelationRow {
            name: "A holds 10% of B: autonomous downstream",
            holding: hold("A", "B", "10", "10"),
            relation: Relation::Autonomous,
            percent: "0",
            staff: "5",
        },
    ];
    for r in rows {
        let a = run(&a_and_b(r.holding));
        let b = result(&a, "B");
        assert_eq!(b.relation, r.relation, "{}", r.name);
        assert_eq!(b.included_percent, d(r.percent), "{}", r.name);
        assert_eq!(a.aggregated.staff_awu, d(r.staff), "{}", r.name);
    }
}

#[test]
fn a_partner_at_40_percent_adds_40_percent_of_its_figures() {
    let a = run(&a_and_b(hold("B", "A", "10", "40")));
    assert_eq!(a.aggregated.annual_turnover, d("3000000"));
    assert_eq!(a.aggregated.balance_sheet_total, d("2200000"));
    assert_eq!(a.category, Category::Small);
    let b = result(&a, "B");
    assert!(
        b.explanation
            .contains("B Ltd holds 40% of the voting rights in A Ltd")
    );
    assert!(b.explanation.contains("partner enterprise (Art. 3(2))"));
    assert!(trace_mentions(
        &a,
        "Art. 3(2)",
        "40% of its staff and figures are added"
    ));
}

#[test]
fn each_control_right_links_even_with_a_small_holding() {
    for right in [
        ControlRight::MajorityOfVotes,
        ControlRight::AppointOrRemoveBoardMajority,
        ControlRight::DominantInfluenceByContractOrStatutes,
        ControlRight::ControlOfVotesByAgreement,
    ] {
        let mut h = hold("B", "A", "10", "10");
        h.control_rights = vec![right];
        let a = run(&a_and_b(h));
        let b = result(&a, "B");
        assert_eq!(b.relation, Relation::Linked, "{right:?}");
        assert_eq!(b.included_percent, d("100"), "{right:?}");
        assert_eq!(a.aggregated.staff_awu, d("25"), "{right:?}");
        assert!(b.explanation.contains(right.describe()), "{right:?}");
    }
}

#[test]
fn a_cross_holding_counts_the_greater_percentage_once() {
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("B", "20", "5000000", "3000000"),
        ],
        vec![hold("A", "B", "20", "20"), hold("B", "A", "40", "40")],
    ));
    let b = result(&a, "B");
    assert_eq!(b.relation, Relation::Partner);
    assert_eq!(b.included_percent, d("40"));
    assert_eq!(a.aggregated.staff_awu, d("13"));
    assert!(
        b.explanation
            .contains("the greater percentage applies once")
    );
}

#[test]
fn a_cross_holding_of_30_percent_each_way_is_counted_at_30_not_60() {
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("B", "20", "5000000", "3000000"),
        ],
        vec![hold("A", "B", "30", "30"), hold("B", "A", "30", "30")],
    ));
    assert_eq!(result(&a, "B").included_percent, d("30"));
    assert_eq!(a.aggregated.staff_awu, d("11"));
}

#[test]
fn holdings_of_linked_enterprises_add_up_to_a_majority_that_links() {
    // A owns L; A and L each hold 30% of X: together 60%, so X is linked (Art. 3(3)).
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("L", "1", "100000", "100000"),
            firm("X", "10", "1000000", "1000000"),
        ],
        vec![
            hold("A", "L", "100", "100"),
            hold("A", "X", "30", "30"),
            hold("L", "X", "30", "30"),
        ],
    ));
    assert_eq!(result(&a, "X").relation, Relation::Linked);
    assert_eq!(a.aggregated.staff_awu, d("16"));
}

#[test]
fn holdings_of_linked_enterprises_add_up_to_a_partnership() {
    // A owns L; A and L each hold 15% of X: together 30%, so X is a partner at 30%.
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("L", "1", "100000", "100000"),
            firm("X", "10", "1000000", "1000000"),
        ],
        vec![
            hold("A", "L", "100", "100"),
            hold("A", "X", "15", "15"),
            hold("L", "X", "15", "15"),
        ],
    ));
    let x = result(&a, "X");
    assert_eq!(x.relation, Relation::Partner);
    assert_eq!(x.included_percent, d("30"));
    assert_eq!(a.aggregated.staff_awu, d("9"));
}

fn with_investor(kind: ExemptInvestorKind, capital: &str) -> SmeAssessmentInput {
    let mut investor = exempt("V", kind);
    investor.periods = vec![period("2024", "300", "90000000", "90000000")];
    input(
        vec![firm("A", "5", "1000000", "1000000"), investor],
        vec![hold("V", "A", capital, capital)],
    )
}

#[test]
fn every_exempt_investor_at_25_to_50_percent_keeps_the_applicant_autonomous() {
    let kinds = [
        ExemptInvestorKind::PublicInvestmentCorporation,
        ExemptInvestorKind::VentureCapital,
        ExemptInvestorKind::BusinessAngel {
            total_investment_eur: d("1249999.99"),
        },
        ExemptInvestorKind::University,
        ExemptInvestorKind::NonProfitResearchCentre,
        ExemptInvestorKind::InstitutionalInvestor,
        ExemptInvestorKind::RegionalDevelopmentFund,
        ExemptInvestorKind::AutonomousLocalAuthority {
            annual_budget_eur: d("9999999.99"),
            inhabitants: 4_999,
        },
    ];
    for kind in kinds {
        for capital in ["25", "50"] {
            let a = run(&with_investor(kind.clone(), capital));
            let v = result(&a, "V");
            assert_eq!(v.relation, Relation::ExemptInvestor, "{kind:?} {capital}");
            assert_eq!(v.included_percent, Decimal::ZERO, "{kind:?} {capital}");
            assert_eq!(a.category, Category::Micro, "{kind:?} {capital}");
            assert!(a.is_sme, "{kind:?} {capital}");
            assert!(v.explanation.contains("keeps you autonomous"), "{kind:?}");
        }
    }
}

#[test]
fn an_exempt_investor_above_50_percent_is_linked_like_any_enterprise() {
    let a = run(&with_investor(ExemptInvestorKind::VentureCapital, "50.01"));
    let v = result(&a, "V");
    assert_eq!(v.relation, Relation::Linked);
    assert_eq!(v.included_percent, d("100"));
    assert_eq!(a.category, Category::Large);
    assert!(v.explanation.contains("linked like any other enterprise"));
}

#[test]
fn an_exempt_investor_with_a_control_right_is_linked() {
    let mut i = with_investor(ExemptInvestorKind::University, "30");
    i.holdings[0].control_rights = vec![ControlRight::AppointOrRemoveBoardMajority];
    let a = run(&i);
    assert_eq!(result(&a, "V").relation, Relation::Linked);
    assert_eq!(a.aggregated.staff_awu, d("305"));
}

#[test]
fn a_business_angel_investing_1_250_000_is_an_ordinary_partner() {
    let a = run(&with_investor(
        ExemptInvestorKind::BusinessAngel {
            total_investment_eur: d("1250000"),
        },
        "30",
    ));
    let v = result(&a, "V");
    assert_eq!(v.relation, Relation::Partner);
    assert_eq!(v.included_percent, d("30"));
    assert_eq!(a.aggregated.staff_awu, d("95"));
    assert!(trace_mentions(
        &a,
        "Art. 3(2)(a)",
        "treated as an ordinary enterprise"
    ));
}

#[test]
fn a_local_authority_with_a_budget_of_10m_is_a_public_body() {
    let a = run(&with_investor(
        ExemptInvestorKind::AutonomousLocalAuthority {
            annual_budget_eur: d("10000000"),
            inhabitants: 1_000,
        },
        "30",
    ));
    assert_eq!(result(&a, "V").relation, Relation::PublicBody);
    assert!(!a.is_sme);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
    assert!(trace_mentions(
        &a,
        "Art. 3(2)(d)",
        "treated as a public body"
    ));
}

#[test]
fn a_local_authority_with_5000_inhabitants_is_a_public_body() {
    let a = run(&with_investor(
        ExemptInvestorKind::AutonomousLocalAuthority {
            annual_budget_eur: d("1000000"),
            inhabitants: 5_000,
        },
        "25",
    ));
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
}

fn person_controls_both(market_b: &str, adjacent: bool) -> SmeAssessmentInput {
    let mut b = on_market(firm("B", "20", "5000000", "3000000"), market_b);
    if adjacent {
        b.adjacent_markets = vec!["86.10".to_owned()];
    }
    input(
        vec![
            on_market(firm("A", "5", "1000000", "1000000"), "86.10"),
            b,
            party("P", EnterpriseKind::NaturalPerson),
        ],
        vec![hold("P", "A", "60", "60"), hold("P", "B", "100", "100")],
    )
}

#[test]
fn enterprises_controlled_by_one_person_on_the_same_market_are_linked() {
    let a = run(&person_controls_both("86.10", false));
    let b = result(&a, "B");
    assert_eq!(b.relation, Relation::Linked);
    assert!(b.explanation.contains("the same market (86.10)"));
    assert_eq!(a.aggregated.staff_awu, d("25"));
    let p = result(&a, "P");
    assert_eq!(p.relation, Relation::NaturalPerson);
    assert_eq!(p.included_percent, Decimal::ZERO);
}

#[test]
fn enterprises_controlled_by_one_person_on_adjacent_markets_are_linked() {
    let a = run(&person_controls_both("86.90", true));
    assert_eq!(result(&a, "B").relation, Relation::Linked);
    assert_eq!(a.aggregated.staff_awu, d("25"));
}

#[test]
fn enterprises_controlled_by_one_person_on_other_markets_are_not_linked() {
    let a = run(&person_controls_both("47.11", false));
    let b = result(&a, "B");
    assert_eq!(b.relation, Relation::NotIncluded);
    assert!(b.explanation.contains("another market"));
    assert_eq!(a.aggregated.staff_awu, d("5"));
}

#[test]
fn persons_acting_jointly_link_the_enterprises_they_control_together() {
    let mut i = input(
        vec![
            on_market(firm("A", "5", "1000000", "1000000"), "86.10"),
            on_market(firm("B", "20", "5000000", "3000000"), "86.10"),
            party("P", EnterpriseKind::NaturalPerson),
            party("Q", EnterpriseKind::NaturalPerson),
        ],
        vec![
            hold("P", "A", "30", "30"),
            hold("Q", "A", "30", "30"),
            hold("P", "B", "30", "30"),
            hold("Q", "B", "30", "30"),
        ],
    );
    // Without acting jointly, nobody controls either: not linked.
    let a = run(&i);
    assert_eq!(result(&a, "B").relation, Relation::NotIncluded);
    for h in &mut i.holdings {
        h.jointly_with = vec![if h.holder == "P" { "Q" } else { "P" }.to_owned()];
    }
    let a = run(&i);
    let b = result(&a, "B");
    assert_eq!(b.relation, Relation::Linked);
    assert!(b.explanation.contains("acting jointly"));
    assert_eq!(a.aggregated.staff_awu, d("25"));
}

#[test]
fn a_natural_person_partner_adds_no_figures() {
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            party("P", EnterpriseKind::NaturalPerson),
        ],
        vec![hold("P", "A", "45", "45")],
    ));
    let p = result(&a, "P");
    assert_eq!(p.relation, Relation::NaturalPerson);
    assert_eq!(p.included_percent, Decimal::ZERO);
    assert_eq!(a.aggregated.staff_awu, d("5"));
}

#[test]
fn a_linked_enterprise_in_the_applicants_consolidated_accounts_is_not_counted_again() {
    let mut applicant = firm("A", "15", "3000000", "2500000");
    applicant.consolidated_includes = vec!["L".to_owned()];
    let a = run(&input(
        vec![applicant, firm("L", "10", "2000000", "1500000")],
        vec![hold("A", "L", "100", "100")],
    ));
    let l = result(&a, "L");
    assert_eq!(l.relation, Relation::Linked);
    assert_eq!(l.included_percent, Decimal::ZERO);
    assert_eq!(a.aggregated.staff_awu, d("15"));
    assert!(trace_mentions(&a, "Art. 6(2)", "not counted again"));
}

#[test]
fn a_partners_consolidated_subsidiary_is_not_counted_twice() {
    let mut partner = firm("P", "40", "8000000", "6000000");
    partner.consolidated_includes = vec!["S".to_owned()];
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            partner,
            firm("S", "30", "4000000", "3000000"),
        ],
        vec![hold("P", "A", "30", "30"), hold("P", "S", "100", "100")],
    ));
    assert_eq!(result(&a, "S").included_percent, Decimal::ZERO);
    assert_eq!(result(&a, "P").included_percent, d("30"));
    assert_eq!(a.aggregated.staff_awu, d("17"));
}
