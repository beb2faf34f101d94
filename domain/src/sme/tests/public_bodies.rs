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
