//! Art. 4: which periods count, and the two-consecutive-periods rule.
use super::*;

/// Applicant with the given (label, staff) periods, turnover and balance sheet EUR 1m.
fn history(staff: &[(&str, &str)], previous: Option<Category>) -> SmeAssessmentInput {
    let mut e = firm("A", "0", "0", "0");
    e.periods = staff
        .iter()
        .map(|(label, s)| period(label, s, "1000000", "1000000"))
        .collect();
    let mut i = input(vec![e], vec![]);
    i.previous_category = previous;
    i
}

#[test]
fn the_two_period_rule_changes_the_category_only_after_two_consecutive_periods() {
    use Category::*;
    type Row<'a> = (
        &'a str,
        &'a [(&'a str, &'a str)],
        Option<Category>,
        Category,
    );
    let rows: [Row<'_>; 10] = [
        (
            "growing past the medium ceiling once keeps SME status",
            &[("2023", "200"), ("2024", "260")],
            Some(Medium),
            Medium,
        ),
        (
            "growing past the medium ceiling twice loses SME status",
            &[("2023", "255"), ("2024", "260")],
            Some(Medium),
            Large,
        ),
        (
            "growing past the micro ceiling once stays micro",
            &[("2023", "8"), ("2024", "12")],
            Some(Micro),
            Micro,
        ),
        (
            "growing past the micro ceiling twice becomes small",
            &[("2023", "11"), ("2024", "12")],
            Some(Micro),
            Small,
        ),
        (
            "shrinking below the medium ceiling once stays large",
            &[("2023", "300"), ("2024", "240")],
            Some(Large),
            Large,
        ),
        (
            "shrinking below the medium ceiling twice becomes an SME",
            &[("2023", "240"), ("2024", "45")],
            Some(Large),
            Medium,
        ),
        (
            "shrinking below the small ceiling twice becomes small",
            &[("2023", "40"), ("2024", "30")],
            Some(Medium),
            Small,
        ),
        (
            "a single period cannot change a previous category",
            &[("2024", "5")],
            Some(Small),
            Small,
        ),
        (
            "crossing up then down keeps the previous category",
            &[("2023", "60"), ("2024", "5")],
            Some(Small),
            Small,
        ),
        (
            "without a previous category the latest period decides",
            &[("2023", "300"), ("2024", "12")],
            None,
            Small,
        ),
    ];
    for (name, periods, previous, expected) in rows {
        let a = run(&history(periods, previous));
        assert_eq!(a.category, expected, "{name}");
        assert_eq!(a.is_sme, expected != Large, "{name}");
        assert_eq!(a.period_categories.len(), periods.len(), "{name}");
        assert!(a.trace.iter().any(|s| s.article == "Art. 4(2)"), "{name}");
    }
}

#[test]
fn growing_once_says_in_the_trace_that_the_previous_category_stays() {
    let a = run(&history(
        &[("2023", "200"), ("2024", "260")],
        Some(Category::Medium),
    ));
    assert_eq!(a.period_categories[1].category, Category::Large);
    assert!(trace_mentions(
        &a,
        "Art. 4(2)",
        "2024 points to a large enterprise (not an SME), but the category changes only if a \
         ceiling is crossed in two consecutive periods, so the category stays: medium-sized \
         enterprise."
    ));
    // The aggregated figures are still those of the latest period.
    assert_eq!(a.aggregated.staff_awu, d("260"));
}

#[test]
fn a_new_enterprise_uses_its_bona_fide_estimate() {
    let mut i = history(&[("2025", "12")], None);
    i.enterprises[0].periods[0].estimate = true;
    let a = run(&i);
    assert_eq!(a.category, Category::Small);
    assert!(trace_mentions(&a, "Art. 4(3)", "bona-fide estimate"));
}

#[test]
fn an_estimate_is_ignored_once_approved_accounts_exist() {
    let mut i = history(&[("2024", "5"), ("2025", "300")], None);
    i.enterprises[0].periods[1].estimate = true;
    let a = run(&i);
    assert_eq!(a.category, Category::Micro);
    assert_eq!(a.period_categories.len(), 1);
    assert_eq!(a.period_categories[0].label, "2024");
    assert!(trace_mentions(&a, "Art. 4(1)", "is not used"));
}

#[test]
fn periods_are_aligned_from_the_latest() {
    let mut partner = firm("P", "0", "0", "0");
    partner.periods = vec![
        period("2022", "1000", "0", "0"),
        period("2023", "100", "0", "0"),
        period("2024", "20", "0", "0"),
    ];
    let mut i = history(&[("2023", "5"), ("2024", "5")], None);
    i.enterprises.push(partner);
    i.holdings.push(hold("P", "A", "50", "50"));
    let a = run(&i);
    assert_eq!(a.period_categories[0].label, "2023");
    assert_eq!(a.period_categories[0].category, Category::Medium); // 5 + 50
    assert_eq!(a.period_categories[1].category, Category::Small); // 5 + 10
    assert_eq!(a.aggregated.staff_awu, d("15"));
}

#[test]
fn only_periods_for_which_every_counted_enterprise_has_figures_are_assessed() {
    let mut i = history(&[("2023", "60"), ("2024", "60")], Some(Category::Small));
    i.enterprises.push(firm("P", "10", "0", "0"));
    i.holdings.push(hold("P", "A", "30", "30"));
    let a = run(&i);
    assert_eq!(a.period_categories.len(), 1);
    // One medium period cannot move a small enterprise (Art. 4(2)).
    assert_eq!(a.category, Category::Small);
    assert!(trace_mentions(&a, "Art. 4(2)", "Only the latest 1 period"));
}
