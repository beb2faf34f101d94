//! Art. 3(2) and 3(3): holdings "solely or jointly with one or more linked enterprises", on the
//! investor's side. An investor and the enterprises linked to it hold the applicant together.
use super::*;

/// Applicant A (5 AWU); investor I (40 AWU) owns all of S (20 AWU); I and S hold A.
fn investor_group(i_holds: Holding, s_holds: Holding) -> SmeAssessmentInput {
    input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("I", "40", "8000000", "6000000"),
            firm("S", "20", "3000000", "2000000"),
        ],
        vec![hold("I", "S", "100", "100"), i_holds, s_holds],
    )
}

struct Row {
    name: &'static str,
    i_holds: Holding,
    s_holds: Holding,
    relation: Relation,
    percent: &'static str,
    staff: &'static str,
}

#[test]
fn an_investor_and_its_linked_enterprises_hold_the_applicant_together() {
    let rows = [
        Row {
            name: "15% + 15% of the capital: partner at 30% (Art. 3(2))",
            i_holds: hold("I", "A", "15", "15"),
            s_holds: hold("S", "A", "15", "15"),
            relation: Relation::Partner,
            percent: "30",
            // 5 + 30% × (40 + 20)
            staff: "23",
        },
        Row {
            name: "12.5% + 12.5%: exactly 25%, partner",
            i_holds: hold("I", "A", "12.5", "12.5"),
            s_holds: hold("S", "A", "12.5", "12.5"),
            relation: Relation::Partner,
            percent: "25",
            staff: "20",
        },
        Row {
            name: "12% + 12%: 24% together, autonomous (Art. 3(1))",
            i_holds: hold("I", "A", "12", "12"),
            s_holds: hold("S", "A", "12", "12"),
            relation: Relation::Autonomous,
            percent: "0",
            staff: "5",
        },
        Row {
            name: "votes only, 10% + 20% of the voting rights: partner at 30%",
            i_holds: hold("I", "A", "0", "10"),
            s_holds: hold("S", "A", "5", "20"),
            relation: Relation::Partner,
            percent: "30",
            staff: "23",
        },
        Row {
            name: "25% + 25%: 50% together, still a partner, not linked",
            i_holds: hold("I", "A", "25", "25"),
            s_holds: hold("S", "A", "25", "25"),
            relation: Relation::Partner,
            percent: "50",
            staff: "35",
        },
        Row {
            name: "30% + 25%: over 50% together, linked (Art. 3(3))",
            i_holds: hold("I", "A", "30", "30"),
            s_holds: hold("S", "A", "25", "25"),
            relation: Relation::Linked,
            percent: "100",
            staff: "65",
        },
        Row {
            name: "votes only, 26% + 25% of the voting rights: linked",
            i_holds: hold("I", "A", "10", "26"),
            s_holds: hold("S", "A", "10", "25"),
            relation: Relation::Linked,
            percent: "100",
            staff: "65",
        },
    ];
    for r in rows {
        let a = run(&investor_group(r.i_holds, r.s_holds));
        for id in ["I", "S"] {
            let e = result(&a, id);
            assert_eq!(e.relation, r.relation, "{}: {id}", r.name);
            assert_eq!(e.included_percent, d(r.percent), "{}: {id}", r.name);
        }
        assert_eq!(a.aggregated.staff_awu, d(r.staff), "{}", r.name);
    }
}

#[test]
fn the_trace_says_the_investor_and_its_linked_enterprise_hold_together() {
    let a = run(&investor_group(
        hold("I", "A", "15", "15"),
        hold("S", "A", "15", "15"),
    ));
    let i = result(&a, "I");
    assert!(
        i.explanation.contains(
            "I Ltd and its linked enterprise S Ltd together hold 30% of the capital and voting \
             rights in A Ltd, so I Ltd is a partner enterprise (Art. 3(2))"
        ),
        "{}",
        i.explanation
    );
    assert!(
        result(&a, "S")
            .explanation
            .contains("S Ltd and its linked enterprise I Ltd together hold 30%")
    );
    // 5 + 30% × 60 = 23 AWU: small, though the applicant alone is micro.
    assert_eq!(a.category, Category::Small);
    assert_eq!(a.aggregated.annual_turnover, d("4300000"));

    let a = run(&investor_group(
        hold("I", "A", "30", "30"),
        hold("S", "A", "25", "25"),
    ));
    assert!(
        result(&a, "I")
            .explanation
            .contains("I Ltd and S Ltd, which are linked, together hold 55%"),
        "{}",
        result(&a, "I").explanation
    );
}

#[test]
fn a_linked_enterprise_that_holds_nothing_still_counts_through_the_partner() {
    // I holds 15% and S 15%; T, I's other subsidiary, holds nothing in A: it is linked to a
    // partner and counts at the partner's rate (Art. 6(3)).
    let mut i = investor_group(hold("I", "A", "15", "15"), hold("S", "A", "15", "15"));
    i.enterprises.push(firm("T", "10", "1000000", "1000000"));
    i.holdings.push(hold("I", "T", "100", "100"));
    let a = run(&i);
    let t = result(&a, "T");
    assert_eq!(t.relation, Relation::Partner);
    assert_eq!(t.included_percent, d("30"));
    assert_eq!(t.via.as_deref(), Some("I"));
    assert_eq!(a.aggregated.staff_awu, d("26"));
}

#[test]
fn joint_holdings_in_a_linked_enterprise_make_a_partner_of_it() {
    // A owns 60% of L; I and its subsidiary S each hold 15% of L: I's group is a partner of L,
    // counted at 30% (Art. 3(2) and 6(4)).
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("L", "10", "1000000", "1000000"),
            firm("I", "40", "8000000", "6000000"),
            firm("S", "20", "3000000", "2000000"),
        ],
        vec![
            hold("A", "L", "60", "60"),
            hold("I", "S", "100", "100"),
            hold("I", "L", "15", "15"),
            hold("S", "L", "15", "15"),
        ],
    ));
    let i = result(&a, "I");
    assert_eq!(
        (i.relation, i.included_percent),
        (Relation::Partner, d("30"))
    );
    assert_eq!(i.via.as_deref(), Some("L"));
    assert!(i.explanation.contains("Art. 6(4)"));
    assert_eq!(a.aggregated.staff_awu, d("33"));
}

#[test]
fn an_exempt_investors_holding_is_not_added_to_its_subsidiarys() {
    // A venture-capital company holds 40% and its subsidiary 10%: the investor keeps A
    // autonomous (Art. 3(2), second subparagraph), and 10% alone makes no partner.
    let mut vc = exempt("VC", ExemptInvestorKind::VentureCapital);
    vc.periods = vec![period("2024", "300", "90000000", "90000000")];
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            vc,
            firm("S", "20", "3000000", "2000000"),
        ],
        vec![
            hold("VC", "S", "100", "100"),
            hold("VC", "A", "40", "40"),
            hold("S", "A", "10", "10"),
        ],
    ));
    assert_eq!(result(&a, "VC").relation, Relation::ExemptInvestor);
    assert_eq!(result(&a, "S").relation, Relation::Autonomous);
    assert_eq!(a.aggregated.staff_awu, d("5"));
}

#[test]
fn enterprises_linked_through_a_natural_person_hold_jointly_too() {
    // P controls X and Y on the same market, so X and Y are linked (Art. 3(3)); each holds 15%
    // of A: together 30%, a partner.
    let a = run(&input(
        vec![
            on_market(firm("A", "5", "1000000", "1000000"), "86.10"),
            on_market(firm("X", "10", "1000000", "1000000"), "47.73"),
            on_market(firm("Y", "10", "1000000", "1000000"), "47.73"),
            party("P", EnterpriseKind::NaturalPerson),
        ],
        vec![
            hold("P", "X", "100", "100"),
            hold("P", "Y", "100", "100"),
            hold("X", "A", "15", "15"),
            hold("Y", "A", "15", "15"),
        ],
    ));
    assert_eq!(result(&a, "X").relation, Relation::Partner);
    assert_eq!(result(&a, "Y").included_percent, d("30"));
    assert_eq!(a.aggregated.staff_awu, d("11"));
}
