//! Art. 6(3) and 6(4): enterprises connected through partners and linked enterprises.
use super::*;

#[test]
fn an_enterprise_linked_to_a_partner_counts_at_the_partners_rate() {
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("P", "10", "2000000", "2000000"),
            firm("S", "20", "4000000", "4000000"),
        ],
        vec![hold("P", "A", "30", "30"), hold("P", "S", "100", "100")],
    ));
    let s = result(&a, "S");
    assert_eq!(s.relation, Relation::Partner);
    assert_eq!(s.included_percent, d("30"));
    assert_eq!(s.via.as_deref(), Some("P"));
    assert!(s.explanation.contains("Art. 6(3)"));
    assert_eq!(a.aggregated.staff_awu, d("14"));
    assert_eq!(a.aggregated.annual_turnover, d("2800000"));
}

#[test]
fn a_partner_of_a_linked_enterprise_counts_pro_rata() {
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("L", "10", "2000000", "2000000"),
            firm("X", "20", "4000000", "4000000"),
        ],
        vec![hold("A", "L", "60", "60"), hold("X", "L", "40", "40")],
    ));
    assert_eq!(result(&a, "L").relation, Relation::Linked);
    let x = result(&a, "X");
    assert_eq!(x.relation, Relation::Partner);
    assert_eq!(x.included_percent, d("40"));
    assert_eq!(x.via.as_deref(), Some("L"));
    assert!(x.explanation.contains("Art. 6(4)"));
    assert_eq!(a.aggregated.staff_awu, d("23"));
}

#[test]
fn a_partner_of_a_partner_is_not_counted() {
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("P", "10", "2000000", "2000000"),
            firm("Q", "200", "40000000", "40000000"),
        ],
        vec![hold("P", "A", "30", "30"), hold("Q", "P", "40", "40")],
    ));
    let q = result(&a, "Q");
    assert_eq!(q.relation, Relation::NotIncluded);
    assert_eq!(q.included_percent, Decimal::ZERO);
    assert_eq!(q.via.as_deref(), Some("P"));
    assert!(
        q.explanation
            .contains("partners of partners are not counted")
    );
    assert_eq!(a.aggregated.staff_awu, d("8"));
}

#[test]
fn an_enterprise_linked_to_a_linked_enterprise_counts_in_full() {
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("L1", "10", "2000000", "2000000"),
            firm("L2", "20", "4000000", "4000000"),
        ],
        vec![hold("A", "L1", "60", "60"), hold("L1", "L2", "75", "75")],
    ));
    let l2 = result(&a, "L2");
    assert_eq!(l2.relation, Relation::Linked);
    assert_eq!(l2.included_percent, d("100"));
    assert_eq!(l2.via.as_deref(), Some("L1"));
    assert_eq!(a.aggregated.staff_awu, d("35"));
}

#[test]
fn sister_companies_of_the_same_parent_are_linked() {
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("Parent", "1", "100000", "100000"),
            firm("Sister", "20", "4000000", "4000000"),
        ],
        vec![
            hold("Parent", "A", "51", "51"),
            hold("Parent", "Sister", "100", "100"),
        ],
    ));
    assert_eq!(result(&a, "Parent").relation, Relation::Linked);
    let s = result(&a, "Sister");
    assert_eq!(s.relation, Relation::Linked);
    assert_eq!(s.via.as_deref(), Some("Parent"));
    assert_eq!(a.aggregated.staff_awu, d("26"));
}

#[test]
fn enterprises_linked_to_an_exempt_investor_are_not_counted() {
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            exempt("VC", ExemptInvestorKind::VentureCapital),
            firm("Portfolio", "400", "90000000", "90000000"),
        ],
        vec![
            hold("VC", "A", "40", "40"),
            hold("VC", "Portfolio", "80", "80"),
        ],
    ));
    assert_eq!(result(&a, "VC").relation, Relation::ExemptInvestor);
    assert_eq!(result(&a, "Portfolio").relation, Relation::NotIncluded);
    assert_eq!(a.category, Category::Micro);
}

#[test]
fn an_enterprise_reached_two_ways_counts_once_at_the_greater_rate() {
    // X is a partner of A at 30% and also linked to partner P (40%): counted at 40% only.
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("P", "10", "1000000", "1000000"),
            firm("X", "10", "1000000", "1000000"),
        ],
        vec![
            hold("P", "A", "40", "40"),
            hold("P", "X", "60", "60"),
            hold("A", "X", "30", "30"),
        ],
    ));
    let x = result(&a, "X");
    assert_eq!(x.included_percent, d("40"));
    assert_eq!(a.aggregated.staff_awu, d("13"));
}

/// A owns 60% of L1, L1 75% of L2, L2 80% of L3.
fn linked_chain() -> SmeAssessmentInput {
    input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("L1", "10", "2000000", "2000000"),
            firm("L2", "20", "4000000", "4000000"),
            firm("L3", "1", "100000", "100000"),
        ],
        vec![
            hold("A", "L1", "60", "60"),
            hold("L1", "L2", "75", "75"),
            hold("L2", "L3", "80", "80"),
        ],
    )
}

#[test]
fn each_line_of_a_chain_says_through_whom_the_enterprise_is_linked() {
    let a = run(&linked_chain());
    let rows = [
        (
            "L1",
            None,
            "A Ltd holds 60% of the capital and voting rights in L1 Ltd, so L1 Ltd is a linked \
             enterprise (Art. 3(3))",
        ),
        (
            "L2",
            Some("L1"),
            "L1 Ltd holds 75% of the capital and voting rights in L2 Ltd, so L2 Ltd is linked to \
             A Ltd through L1 Ltd (Art. 3(3))",
        ),
        (
            "L3",
            Some("L2"),
            "L2 Ltd holds 80% of the capital and voting rights in L3 Ltd, so L3 Ltd is linked to \
             A Ltd through the chain L3 Ltd → L2 Ltd → L1 Ltd → A Ltd (Art. 3(3))",
        ),
    ];
    for (id, via, words) in rows {
        let e = result(&a, id);
        assert_eq!(e.relation, Relation::Linked, "{id}");
        assert_eq!(e.via.as_deref(), via, "{id}");
        assert!(e.explanation.starts_with(words), "{id}: {}", e.explanation);
        assert!(trace_mentions(&a, "Art. 3(3)", words), "{id}");
    }
    assert_eq!(a.aggregated.staff_awu, d("36"));
}

#[test]
fn a_partner_of_a_deep_linked_enterprise_says_the_chain() {
    let mut i = linked_chain();
    i.enterprises.push(firm("X", "10", "1000000", "1000000"));
    i.holdings.push(hold("X", "L2", "25", "25"));
    let a = run(&i);
    let x = result(&a, "X");
    assert_eq!(
        (x.relation, x.included_percent),
        (Relation::Partner, d("25"))
    );
    assert_eq!(x.via.as_deref(), Some("L2"));
    assert!(
        x.explanation.starts_with(
            "X Ltd holds 25% of the capital and voting rights in L2 Ltd, which is linked to A Ltd \
             through L1 Ltd, so X Ltd is a partner of your linked enterprise L2 Ltd"
        ),
        "{}",
        x.explanation
    );
}

#[test]
fn an_enterprise_linked_to_a_partner_through_another_says_through_whom() {
    // P is a partner (30%); P owns S1, S1 owns S2: S2 is linked to P through S1 (Art. 6(3)).
    let a = run(&input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("P", "10", "2000000", "2000000"),
            firm("S1", "20", "4000000", "4000000"),
            firm("S2", "10", "1000000", "1000000"),
        ],
        vec![
            hold("P", "A", "30", "30"),
            hold("P", "S1", "100", "100"),
            hold("S1", "S2", "60", "60"),
        ],
    ));
    let s1 = result(&a, "S1");
    assert!(
        s1.explanation
            .contains("so S1 Ltd is linked to your partner enterprise P Ltd; it is counted"),
        "{}",
        s1.explanation
    );
    let s2 = result(&a, "S2");
    assert_eq!(
        (s2.relation, s2.included_percent),
        (Relation::Partner, d("30"))
    );
    assert_eq!(s2.via.as_deref(), Some("P"));
    assert!(
        s2.explanation.contains(
            "S1 Ltd holds 60% of the capital and voting rights in S2 Ltd, so S2 Ltd is linked to \
             your partner enterprise P Ltd through S1 Ltd; it is counted at P Ltd's rate"
        ),
        "{}",
        s2.explanation
    );
}
