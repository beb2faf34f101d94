//! Properties that hold for any input.
use proptest::prelude::*;

use super::*;

fn percent() -> impl Strategy<Value = Decimal> {
    (0u32..=10_000).prop_map(|basis_points| Decimal::new(i64::from(basis_points), 2))
}

fn with_partner(stake: Decimal) -> SmeAssessmentInput {
    let mut h = hold("B", "A", "0", "0");
    h.capital_percent = stake;
    h.voting_percent = stake;
    input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("B", "33", "7000000", "3000000"),
        ],
        vec![h],
    )
}

proptest! {
    #[test]
    fn aggregated_figures_never_fall_as_a_holding_grows(a in percent(), b in percent()) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let x = run(&with_partner(low));
        let y = run(&with_partner(high));
        prop_assert!(x.aggregated.staff_awu <= y.aggregated.staff_awu);
        prop_assert!(x.aggregated.annual_turnover <= y.aggregated.annual_turnover);
        prop_assert!(x.category <= y.category);
    }

    #[test]
    fn a_partner_adds_exactly_its_percentage_of_staff(stake in percent()) {
        let a = run(&with_partner(stake));
        let added = a.aggregated.staff_awu - d("5");
        let expected = if stake < d("25") {
            Decimal::ZERO
        } else if stake <= d("50") {
            d("33") * stake / d("100")
        } else {
            d("33")
        };
        prop_assert_eq!(added, expected);
    }

    #[test]
    fn more_staff_never_gives_a_smaller_category(
        s1 in 0u32..400, s2 in 0u32..400, t in 0u64..60_000_000, b in 0u64..60_000_000,
    ) {
        let (t, b) = (Decimal::from(t), Decimal::from(b));
        let (low, high) = (s1.min(s2), s1.max(s2));
        prop_assert!(by_size(Decimal::from(low), t, b) <= by_size(Decimal::from(high), t, b));
    }

    /// Random holding graphs: the engine either refuses with a field or returns a result that
    /// round-trips through JSON, with every percentage within 0..=100 and at least the
    /// applicant's own staff.
    #[test]
    fn any_holding_graph_is_refused_or_assessed_consistently(
        edges in proptest::collection::vec((0usize..6, 0usize..6, 0u32..=60, any::<bool>()), 0..10),
    ) {
        let mut enterprises: Vec<Enterprise> = (0..5)
            .map(|i| firm(&format!("E{i}"), &format!("{}", i * 7 + 1), "1000000", "500000"))
            .collect();
        enterprises.push(party("P", EnterpriseKind::NaturalPerson));
        for (i, e) in enterprises.iter_mut().enumerate() {
            e.market = Some(if i % 2 == 0 { "86.10" } else { "86.90" }.to_owned());
        }
        let ids: Vec<String> = enterprises.iter().map(|e| e.id.clone()).collect();
        let holdings = edges
            .iter()
            .map(|&(a, b, p, right)| {
                let mut h = hold(&ids[a], &ids[b], "0", "0");
                h.capital_percent = Decimal::from(p);
                h.voting_percent = Decimal::from(p);
                if right {
                    h.control_rights = vec![ControlRight::DominantInfluenceByContractOrStatutes];
                }
                h
            })
            .collect();
        let i = input(enterprises, holdings);
        match assess(&i) {
            Err(SmeError::Validation { field, .. }) => prop_assert!(!field.is_empty()),
            Ok(a) => {
                prop_assert!(a.aggregated.staff_awu >= d("1"));
                for e in &a.enterprises {
                    prop_assert!(e.included_percent >= Decimal::ZERO);
                    prop_assert!(e.included_percent <= d("100"));
                }
                let json = serde_json::to_string(&a).unwrap();
                let back: SmeAssessment = serde_json::from_str(&json).unwrap();
                prop_assert_eq!(back, a);
            }
        }
    }
}

#[test]
fn input_and_result_round_trip_through_json_with_camel_case_names() {
    let mut i = with_partner(d("40"));
    i.previous_category = Some(Category::Small);
    i.enterprises.push(exempt(
        "Angel",
        ExemptInvestorKind::BusinessAngel {
            total_investment_eur: d("100000"),
        },
    ));
    let json = serde_json::to_value(&i).unwrap();
    assert_eq!(json["previousCategory"], "small");
    assert_eq!(json["holdings"][0]["capitalPercent"], "40");
    assert_eq!(
        json["enterprises"][2]["kind"]["exemptInvestor"]["businessAngel"]["totalInvestmentEur"],
        "100000"
    );
    let back: SmeAssessmentInput = serde_json::from_value(json).unwrap();
    assert_eq!(back, i);

    let a = run(&i);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["isSme"], true);
    assert_eq!(json["category"], "small");
    assert_eq!(json["aggregated"]["staffAwu"], "18.2");
    assert_eq!(json["enterprises"][1]["relation"], "partner");
    assert_eq!(json["enterprises"][1]["includedPercent"], "40");
    assert!(json["trace"][0]["article"].is_string());
    let back: SmeAssessment = serde_json::from_value(json).unwrap();
    assert_eq!(back, a);
}
