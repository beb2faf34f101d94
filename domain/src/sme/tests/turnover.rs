//! Art. 4(1): turnover is counted net of VAT and other indirect taxes. A turnover stated with
//! the indirect taxes included has them deducted.
use super::*;

fn stated(period: &mut PeriodData, turnover: &str, taxes: &str) {
    period.annual_turnover = None;
    period.gross_turnover = Some(GrossTurnover {
        stated_turnover: d(turnover),
        indirect_taxes: d(taxes),
    });
}

#[test]
fn indirect_taxes_included_in_a_stated_turnover_are_deducted() {
    // 5 AWU, balance sheet EUR 2.5m: turnover decides between micro and small.
    type Row<'a> = (
        &'a str,
        Option<&'a str>,
        Option<(&'a str, &'a str)>,
        &'a str,
        Category,
    );
    let rows: [Row<'_>; 5] = [
        (
            "EUR 2,380,000 with EUR 380,000 VAT is EUR 2m net: micro",
            None,
            Some(("2380000", "380000")),
            "2000000",
            Category::Micro,
        ),
        (
            "EUR 2,380,000 with EUR 379,999.99 VAT is over EUR 2m net: small",
            None,
            Some(("2380000", "379999.99")),
            "2000000.01",
            Category::Small,
        ),
        (
            "a stated turnover without indirect taxes counts in full",
            None,
            Some(("2380000", "0")),
            "2380000",
            Category::Small,
        ),
        (
            "the plain net turnover counts as given",
            Some("2000000"),
            None,
            "2000000",
            Category::Micro,
        ),
        (
            "both, agreeing: the same net turnover",
            Some("2000000"),
            Some(("2380000", "380000")),
            "2000000",
            Category::Micro,
        ),
    ];
    for (name, net, gross, expected, category) in rows {
        let mut e = firm("A", "5", "0", "2500000");
        e.periods[0].annual_turnover = net.map(d);
        e.periods[0].gross_turnover = gross.map(|(t, x)| GrossTurnover {
            stated_turnover: d(t),
            indirect_taxes: d(x),
        });
        let a = run(&input(vec![e], vec![]));
        assert_eq!(a.aggregated.annual_turnover, d(expected), "{name}");
        assert_eq!(a.category, category, "{name}");
        assert_eq!(
            a.trace.iter().any(|s| s.article == "Art. 4(1)"),
            gross.is_some(),
            "{name}: a trace line for each deduction, none without"
        );
    }
}

#[test]
fn the_deduction_has_a_trace_line_with_the_amounts() {
    let mut e = firm("A", "5", "0", "2500000");
    stated(&mut e.periods[0], "2380000", "380000");
    let a = run(&input(vec![e], vec![]));
    assert!(trace_mentions(
        &a,
        "Art. 4(1)",
        "A Ltd, 2024: the turnover as stated, EUR 2,380,000, includes EUR 380,000 of VAT and \
         other indirect taxes; turnover counts net of them, so EUR 2,000,000 counts (Art. 4(1))."
    ));
}

#[test]
fn a_partners_indirect_taxes_are_deducted_before_its_share_is_taken() {
    let mut partner = firm("P", "10", "0", "1000000");
    stated(&mut partner.periods[0], "1190000", "190000");
    let a = run(&input(
        vec![firm("A", "5", "1000000", "1000000"), partner],
        vec![hold("P", "A", "40", "40")],
    ));
    // 1,000,000 + 40% × (1,190,000 − 190,000)
    assert_eq!(a.aggregated.annual_turnover, d("1400000"));
    assert!(trace_mentions(&a, "Art. 4(1)", "P Ltd, 2024"));
}

#[test]
fn each_period_of_a_history_is_deducted_on_its_own() {
    let mut e = firm("A", "5", "0", "2500000");
    e.periods = vec![
        period("2023", "5", "0", "2500000"),
        period("2024", "5", "0", "2500000"),
    ];
    stated(&mut e.periods[0], "2500000", "300000");
    stated(&mut e.periods[1], "2500000", "500000");
    let mut i = input(vec![e], vec![]);
    i.previous_category = Some(Category::Micro);
    let a = run(&i);
    let by_size: Vec<Category> = a.period_categories.iter().map(|p| p.category).collect();
    assert_eq!(by_size, [Category::Small, Category::Micro]);
    assert_eq!(a.aggregated.annual_turnover, d("2000000"));
    assert_eq!(a.category, Category::Micro);
}

#[test]
fn a_stated_turnover_round_trips_through_json() {
    let mut e = firm("A", "5", "0", "2500000");
    stated(&mut e.periods[0], "2380000", "380000");
    let i = input(vec![e], vec![]);
    let json = serde_json::to_value(&i).unwrap();
    let p = &json["enterprises"][0]["periods"][0];
    assert_eq!(p["grossTurnover"]["statedTurnover"], "2380000");
    assert_eq!(p["grossTurnover"]["indirectTaxes"], "380000");
    assert!(p["annualTurnover"].is_null());
    let back: SmeAssessmentInput = serde_json::from_value(json).unwrap();
    assert_eq!(back, i);
    // An input saved before these fields existed still reads.
    let old: SmeAssessmentInput = serde_json::from_str(
        r#"{"applicant":"a","enterprises":[{"id":"a","name":"A","kind":"enterprise",
            "periods":[{"label":"2024","staff":"1","annualTurnover":"10","balanceSheetTotal":"1"}]}]}"#,
    )
    .unwrap();
    assert_eq!(old.enterprises[0].periods[0].annual_turnover, Some(d("10")));
    assert!(old.controls.is_empty());
    assert!(!old.enterprises[0].public_body);
}
