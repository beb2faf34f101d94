//! Art. 3(3)(b) to (d): control without shares, through the board, a contract, the articles of
//! association or an agreement with other shareholders.
use super::*;

const BASES: [(ControlBasis, &str, &str); 4] = [
    (
        ControlBasis::BoardAppointment,
        "Art. 3(3)(b)",
        "has the right to appoint or remove a majority of the board of",
    ),
    (
        ControlBasis::Contract,
        "Art. 3(3)(c)",
        "has a dominant influence, through a contract, over",
    ),
    (
        ControlBasis::ArticlesOfAssociation,
        "Art. 3(3)(c)",
        "has a dominant influence, through the articles of association, over",
    ),
    (
        ControlBasis::ShareholderAgreement,
        "Art. 3(3)(d)",
        "controls, by an agreement with other shareholders, a majority of the voting rights of",
    ),
];

#[test]
fn control_without_shares_links_in_either_direction() {
    for (basis, article, words) in BASES {
        for (controller, controlled) in [("B", "A"), ("A", "B")] {
            let mut i = input(
                vec![
                    firm("A", "5", "1000000", "1000000"),
                    firm("B", "20", "5000000", "3000000"),
                ],
                vec![],
            );
            i.controls = vec![control(controller, controlled, basis)];
            let a = run(&i);
            let b = result(&a, "B");
            let name = format!("{basis:?}, {controller} over {controlled}");
            assert_eq!(b.relation, Relation::Linked, "{name}");
            assert_eq!(b.included_percent, d("100"), "{name}");
            assert_eq!(a.aggregated.staff_awu, d("25"), "{name}");
            let expected = format!(
                "{controller} Ltd {words} {controlled} Ltd ({article}), without holding any of its \
                 shares, so B Ltd is a linked enterprise (Art. 3(3))"
            );
            assert!(
                b.explanation.contains(&expected),
                "{name}: {}",
                b.explanation
            );
            assert!(!b.explanation.contains("holds 0%"), "{name}");
        }
    }
}

#[test]
fn control_alongside_a_small_holding_is_not_said_to_be_without_shares() {
    let mut i = input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("B", "20", "5000000", "3000000"),
        ],
        vec![hold("B", "A", "10", "10")],
    );
    i.controls = vec![control("B", "A", ControlBasis::Contract)];
    let b = result(&run(&i), "B").clone();
    assert_eq!(b.relation, Relation::Linked);
    assert!(
        !b.explanation.contains("without holding"),
        "{}",
        b.explanation
    );
}

#[test]
fn a_zero_holding_with_a_control_right_is_said_as_control_without_shares() {
    let mut h = hold("B", "A", "0", "0");
    h.control_rights = vec![ControlRight::DominantInfluenceByContractOrStatutes];
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("B", "20", "5000000", "3000000"),
        ],
        vec![h],
    ));
    let b = result(&a, "B");
    assert_eq!(b.relation, Relation::Linked);
    assert!(
        b.explanation.starts_with(
            "B Ltd has a dominant influence by contract or statutes (Art. 3(3)(c)) over A Ltd, \
             without holding any of its shares"
        ),
        "{}",
        b.explanation
    );
    assert!(!b.explanation.contains("holds 0%"));
}

#[test]
fn a_person_controlling_two_enterprises_by_contract_links_them_on_the_same_market() {
    let mut i = input(
        vec![
            on_market(firm("A", "5", "1000000", "1000000"), "86.10"),
            on_market(firm("B", "20", "5000000", "3000000"), "86.10"),
            party("P", EnterpriseKind::NaturalPerson),
        ],
        vec![hold("P", "A", "60", "60")],
    );
    i.controls = vec![control("P", "B", ControlBasis::ArticlesOfAssociation)];
    let a = run(&i);
    assert_eq!(result(&a, "B").relation, Relation::Linked);
    assert_eq!(a.aggregated.staff_awu, d("25"));
    assert!(
        result(&a, "P")
            .explanation
            .contains("has a dominant influence, through the articles of association, over B Ltd")
    );
    // On another market they stay apart (Art. 3(3), fourth subparagraph).
    i.enterprises[1].market = Some("47.11".to_owned());
    assert_eq!(result(&run(&i), "B").relation, Relation::NotIncluded);
}

#[test]
fn an_enterprise_controlled_by_contract_by_a_partner_counts_at_the_partners_rate() {
    let mut i = input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("P", "10", "1000000", "1000000"),
            firm("S", "20", "2000000", "2000000"),
        ],
        vec![hold("P", "A", "40", "40")],
    );
    i.controls = vec![control("P", "S", ControlBasis::Contract)];
    let a = run(&i);
    let s = result(&a, "S");
    assert_eq!(
        (s.relation, s.included_percent),
        (Relation::Partner, d("40"))
    );
    assert_eq!(a.aggregated.staff_awu, d("17"));
}

#[test]
fn a_public_body_controlling_the_votes_by_agreement_makes_the_applicant_not_an_sme() {
    // Art. 3(4) counts capital and voting rights: control of a majority of the votes by
    // agreement (Art. 3(3)(d)) is counted, a dominant influence by contract is not.
    for (basis, public_control) in [
        (ControlBasis::ShareholderAgreement, true),
        (ControlBasis::Contract, false),
        (ControlBasis::ArticlesOfAssociation, false),
        (ControlBasis::BoardAppointment, false),
    ] {
        let mut i = input(
            vec![
                firm("H", "8", "1000000", "1000000"),
                party("City", EnterpriseKind::PublicBody),
            ],
            vec![],
        );
        i.controls = vec![control("City", "H", basis)];
        let a = run(&i);
        assert_eq!(a.is_sme, !public_control, "{basis:?}");
        assert_eq!(a.category, Category::Micro, "{basis:?}");
        if public_control {
            assert!(trace_mentions(
                &a,
                "Art. 3(4)",
                "Together, public bodies control a majority of the voting rights of H Ltd"
            ));
        } else {
            assert!(
                trace_mentions(&a, "Art. 3(4)", "this influence carries neither"),
                "{basis:?}: {:?}",
                a.trace
            );
        }
    }
}

#[test]
fn a_public_body_controlling_a_shareholder_by_contract_controls_its_stake() {
    let mut i = input(
        vec![
            firm("H", "8", "1000000", "1000000"),
            party("City", EnterpriseKind::PublicBody),
            firm("Holdco", "2", "100000", "100000"),
        ],
        vec![hold("Holdco", "H", "30", "30")],
    );
    i.controls = vec![control("City", "Holdco", ControlBasis::Contract)];
    let a = run(&i);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::PublicBodyControl));
    assert!(trace_mentions(
        &a,
        "Art. 3(4)",
        "City holds 30% of the capital and voting rights through Holdco Ltd, which it controls"
    ));
}

#[test]
fn controls_round_trip_through_json_in_camel_case() {
    let mut i = input(
        vec![firm("A", "5", "1", "1"), firm("B", "1", "1", "1")],
        vec![],
    );
    i.controls = vec![control("B", "A", ControlBasis::ShareholderAgreement)];
    let json = serde_json::to_value(&i).unwrap();
    assert_eq!(
        json["controls"][0],
        serde_json::json!({ "controller": "B", "controlled": "A", "basis": "shareholderAgreement" })
    );
    let back: SmeAssessmentInput = serde_json::from_value(json).unwrap();
    assert_eq!(back, i);
}
