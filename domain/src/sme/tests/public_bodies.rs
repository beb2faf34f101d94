//! Art. 3(4): 25% or more controlled by public bodies, directly or indirectly, jointly or
//! individually.
use super::*;

fn owned_by_bodies(stakes: &[(&str, &str)]) -> SmeAssessmentInput {
    let mut enterprises = vec![firm("H", "8", "1000000", "1000000")];
    let mut holdings = Vec::new();
    for (body, capital) in stakes {
        enterprises.push(party(body, EnterpriseKind::PublicBody));
        holdings.push(hold(body, "H", capital, capital));
    }
    input(enterprises, holdings)
}

#[test]
fn public_body_stakes_decide_sme_status_whatever_the_size() {
    type Row<'a> = (&'a str, &'a [(&'a str, &'a str)], bool);
    let rows: [Row<'_>; 5] = [
        ("one body at 24% is not enough", &[("City", "24")], true),
        (
            "one body at 24.99% is not enough",
            &[("City", "24.99")],
            true,
        ),
        (
            "one body at exactly 25% makes it not an SME",
            &[("City", "25")],
            false,
        ),
        (
            "two bodies at 15% each together control 30%",
            &[("City", "15"), ("Region", "15")],
            false,
        ),
        (
            "two bodies at 12% each together control only 24%",
            &[("City", "12"), ("Region", "12")],
            true,
        ),
    ];
    for (name, stakes, sme) in rows {
        let a = run(&owned_by_bodies(stakes));
        assert_eq!(a.is_sme, sme, "{name}");
        // The category its figures give is reported either way (Art. 2); `isSme` says whether
        // public control takes SME status away (Art. 3(4)).
        assert_eq!(a.category, Category::Micro, "{name}");
        assert_eq!(a.period_categories[0].category, Category::Micro, "{name}");
        if sme {
            assert_eq!(a.not_sme_reason, None, "{name}");
        } else {
            assert_eq!(
                a.not_sme_reason,
                Some(NotSmeReason::PublicBodyControl),
                "{name}"
            );
        }
        assert_eq!(result(&a, "City").relation, Relation::PublicBody, "{name}");
    }
}

#[test]
fn public_bodies_acting_jointly_through_voting_rights_count_too() {
    let mut i = owned_by_bodies(&[("City", "10"), ("Region", "10")]);
    i.holdings[0].voting_percent = d("15");
    i.holdings[1].voting_percent = d("15");
    i.holdings[0].jointly_with = vec!["Region".to_owned()];
    let a = run(&i);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
    assert!(trace_mentions(&a, "Art. 3(4)", "30% of the voting rights"));
}

#[test]
fn a_public_body_controlling_a_shareholder_controls_its_stake_indirectly() {
    let a = run(&input(
        vec![
            firm("H", "8", "1000000", "1000000"),
            party("City", EnterpriseKind::PublicBody),
            firm("Holdco", "2", "100000", "100000"),
        ],
        vec![
            hold("City", "Holdco", "60", "60"),
            hold("Holdco", "H", "25", "25"),
        ],
    ));
    assert!(!a.is_sme);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
    assert!(trace_mentions(
        &a,
        "Art. 3(4)",
        "City holds 25% of the capital and voting rights through Holdco Ltd"
    ));
}

#[test]
fn direct_and_indirect_public_stakes_are_added_together() {
    let a = run(&input(
        vec![
            firm("H", "8", "1000000", "1000000"),
            party("City", EnterpriseKind::PublicBody),
            firm("Holdco", "2", "100000", "100000"),
        ],
        vec![
            hold("City", "Holdco", "100", "100"),
            hold("Holdco", "H", "15", "15"),
            hold("City", "H", "10", "10"),
        ],
    ));
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
}

#[test]
fn a_public_body_without_control_of_the_shareholder_does_not_count_its_stake() {
    let a = run(&input(
        vec![
            firm("H", "8", "1000000", "1000000"),
            party("City", EnterpriseKind::PublicBody),
            firm("Holdco", "2", "100000", "100000"),
        ],
        vec![
            hold("City", "Holdco", "40", "40"),
            hold("Holdco", "H", "30", "30"),
        ],
    ));
    assert!(a.is_sme);
    assert_eq!(result(&a, "Holdco").relation, Relation::Partner);
    assert!(trace_mentions(&a, "Art. 3(4)", "No public body holds"));
}

#[test]
fn an_exempt_public_investment_corporation_is_not_a_public_body() {
    let a = run(&input(
        vec![
            firm("H", "8", "1000000", "1000000"),
            exempt("Fund", ExemptInvestorKind::PublicInvestmentCorporation),
        ],
        vec![hold("Fund", "H", "40", "40")],
    ));
    assert!(a.is_sme);
    assert_eq!(result(&a, "Fund").relation, Relation::ExemptInvestor);
}

/// An exempt investor that is also a public body, holding `capital`% of a micro applicant.
fn public_investor(kind: ExemptInvestorKind, capital: &str) -> SmeAssessmentInput {
    let mut investor = exempt("U", kind);
    investor.public_body = true;
    investor.periods = vec![period("2024", "300", "90000000", "90000000")];
    input(
        vec![firm("H", "8", "1000000", "1000000"), investor],
        vec![hold("U", "H", capital, capital)],
    )
}

#[test]
fn a_public_body_that_is_an_exempt_investor_is_the_exception_up_to_50_percent() {
    // Art. 3(2), second subparagraph, keeps the applicant autonomous, and the exception in
    // Art. 3(4) keeps the holding out of the public-body rule.
    let kinds = [
        (ExemptInvestorKind::University, "Art. 3(2)(b)"),
        (ExemptInvestorKind::NonProfitResearchCentre, "Art. 3(2)(b)"),
        (ExemptInvestorKind::RegionalDevelopmentFund, "Art. 3(2)(c)"),
        (ExemptInvestorKind::InstitutionalInvestor, "Art. 3(2)(c)"),
        (
            ExemptInvestorKind::PublicInvestmentCorporation,
            "Art. 3(2)(a)",
        ),
        (
            ExemptInvestorKind::AutonomousLocalAuthority {
                annual_budget_eur: d("8000000"),
                inhabitants: 4_200,
            },
            "Art. 3(2)(d)",
        ),
    ];
    for (kind, article) in kinds {
        for capital in ["25", "40", "50"] {
            let name = format!("{kind:?} at {capital}%");
            let a = run(&public_investor(kind.clone(), capital));
            assert!(a.is_sme, "{name}");
            assert_eq!(a.not_sme_reason, None, "{name}");
            assert_eq!(a.category, Category::Micro, "{name}");
            let u = result(&a, "U");
            assert_eq!(u.relation, Relation::ExemptInvestor, "{name}");
            assert_eq!(u.included_percent, Decimal::ZERO, "{name}");
            // Both articles are applied, and the trace says which did what.
            assert!(u.explanation.contains("keeps you autonomous"), "{name}");
            assert!(u.explanation.contains(article), "{name}: {}", u.explanation);
            assert!(
                u.explanation.contains("exception in Art. 3(4)"),
                "{name}: {}",
                u.explanation
            );
            assert!(
                trace_mentions(
                    &a,
                    "Art. 3(4)",
                    &format!(
                        "U is a public body and also a {} ({article})",
                        kind.describe()
                    )
                ),
                "{name}: {:?}",
                a.trace
            );
            assert!(
                trace_mentions(&a, article, "keeps you autonomous"),
                "{name}"
            );
        }
    }
}

#[test]
fn a_public_exempt_investor_linked_to_the_applicant_counts_as_a_public_body() {
    // Over 50% it is linked: not one of the investors of Art. 3(2), second subparagraph, so
    // not the exception of Art. 3(4) either.
    let a = run(&public_investor(ExemptInvestorKind::University, "50.01"));
    assert!(!a.is_sme);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
    assert_eq!(result(&a, "U").relation, Relation::Linked);
    assert!(trace_mentions(
        &a,
        "Art. 3(4)",
        "U holds 50.01% of the capital and voting rights directly; it is also a university \
         (Art. 3(2)(b)), but it is linked to H Ltd, so the exception in Art. 3(4) does not \
         cover it"
    ));
    // A control right links too, whatever the percentage.
    let mut i = public_investor(ExemptInvestorKind::RegionalDevelopmentFund, "30");
    i.holdings[0].control_rights = vec![ControlRight::AppointOrRemoveBoardMajority];
    let a = run(&i);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
}

#[test]
fn a_qualifying_local_authority_is_a_public_body_once_it_controls_the_applicant() {
    let mut i = public_investor(
        ExemptInvestorKind::AutonomousLocalAuthority {
            annual_budget_eur: d("8000000"),
            inhabitants: 4_200,
        },
        "60",
    );
    // The flag is not needed: an authority is a public body whatever it says.
    i.enterprises[1].public_body = false;
    let a = run(&i);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
    // 40% keeps it the exception.
    i.holdings[0].capital_percent = d("40");
    i.holdings[0].voting_percent = d("40");
    assert!(run(&i).is_sme);
}

#[test]
fn the_exempt_public_investors_stake_is_not_added_to_other_public_stakes() {
    // University 20% (exempt, the exception) and City 10%: public bodies count 10% only.
    let mut i = public_investor(ExemptInvestorKind::University, "20");
    i.enterprises
        .push(party("City", EnterpriseKind::PublicBody));
    i.holdings.push(hold("City", "H", "10", "10"));
    let a = run(&i);
    assert!(a.is_sme);
    assert!(trace_mentions(
        &a,
        "Art. 3(4)",
        "Together, public bodies control 10% of the capital and voting rights of H Ltd: under \
         25%"
    ));
    // Without the flag, the university is not a public body: nothing counts toward Art. 3(4)
    // but the city's 10%, and the result is the same.
    i.enterprises[1].public_body = false;
    assert!(run(&i).is_sme);
    // City at 25% decides alone.
    i.holdings[1].capital_percent = d("25");
    assert_eq!(
        run(&i).not_sme_reason,
        Some(NotSmeReason::PublicBodyControl)
    );
}

#[test]
fn a_public_exempt_investor_controlling_a_shareholder_controls_its_stake() {
    // The university controls Holdco, which holds 30% of H: Holdco is no exempt investor, so
    // its 30% is controlled by a public body (Art. 3(4)).
    let mut uni = exempt("Uni", ExemptInvestorKind::University);
    uni.public_body = true;
    // Linked to a partner, the university's own figures count at 30% (Art. 6(3)).
    uni.periods = vec![period("2024", "10", "1000000", "1000000")];
    let a = run(&input(
        vec![
            firm("H", "8", "1000000", "1000000"),
            uni,
            firm("Holdco", "2", "100000", "100000"),
        ],
        vec![
            hold("Uni", "Holdco", "60", "60"),
            hold("Holdco", "H", "30", "30"),
        ],
    ));
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
    assert!(trace_mentions(
        &a,
        "Art. 3(4)",
        "Uni holds 30% of the capital and voting rights through Holdco Ltd"
    ));
    assert_eq!(a.aggregated.staff_awu, d("11.6"));
}

#[test]
fn public_control_keeps_the_category_its_figures_give_and_says_so() {
    // A small hospital (20 AWU, EUR 4m) 30% owned by a city: small by size, not an SME.
    let a = run(&input(
        vec![
            firm("H", "20", "4000000", "3000000"),
            party("City", EnterpriseKind::PublicBody),
        ],
        vec![hold("City", "H", "30", "30")],
    ));
    assert_eq!(a.category, Category::Small);
    assert!(!a.is_sme);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
    let last = a.trace.last().unwrap();
    assert_eq!(last.article, "Art. 3(4)");
    assert!(
        last.text.contains(
            "H Ltd is not an SME, because 25% or more of its capital or voting rights is \
             controlled by public bodies. By its figures it is a small enterprise"
        ),
        "{}",
        last.text
    );
    // Too big and publicly controlled: large, and the public control is the reason given.
    let a = run(&input(
        vec![
            firm("H", "300", "60000000", "50000000"),
            party("City", EnterpriseKind::PublicBody),
        ],
        vec![hold("City", "H", "30", "30")],
    ));
    assert_eq!(a.category, Category::Large);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
}
