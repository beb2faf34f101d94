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

/// Staff that puts the applicant (EUR 1m turnover and balance sheet) in each category.
fn staff_for(c: Category) -> &'static str {
    match c {
        Category::Micro => "5",
        Category::Small => "20",
        Category::Medium => "100",
        Category::Large => "300",
    }
}

/// Periods 2021, 2022, … with the given categories by size.
fn categories(list: &[Category], previous: Option<Category>) -> SmeAssessmentInput {
    let labels: Vec<String> = (0..list.len()).map(|k| format!("{}", 2021 + k)).collect();
    let staff: Vec<(&str, &str)> = labels
        .iter()
        .zip(list)
        .map(|(l, c)| (l.as_str(), staff_for(*c)))
        .collect();
    history(&staff, previous)
}

#[test]
fn over_three_or_more_periods_the_status_is_carried_forward_period_by_period() {
    use Category::*;
    type Row<'a> = (&'a str, Option<Category>, &'a [Category], Category);
    let rows: [Row<'_>; 11] = [
        (
            "the issue's example: small, then medium twice, then small once: medium",
            Some(Small),
            &[Medium, Medium, Small],
            Medium,
        ),
        (
            "small, then medium, small, medium: never twice in a row, small",
            Some(Small),
            &[Medium, Small, Medium],
            Small,
        ),
        (
            "medium, then small twice, then medium once: small",
            Some(Medium),
            &[Small, Small, Medium],
            Small,
        ),
        (
            "micro, then small and medium (small in both), then medium twice: medium",
            Some(Micro),
            &[Small, Medium, Medium],
            Medium,
        ),
        (
            "micro, then small, medium, large, large: step by step to large",
            Some(Micro),
            &[Small, Medium, Large, Large],
            Large,
        ),
        (
            "large, then medium three times, then large once: medium, an SME",
            Some(Large),
            &[Medium, Medium, Medium, Large],
            Medium,
        ),
        (
            "medium, then large twice and medium twice: back to medium",
            Some(Medium),
            &[Large, Large, Medium, Medium],
            Medium,
        ),
        (
            "small, then the last two periods medium after an old small: medium",
            Some(Small),
            &[Small, Small, Medium, Medium],
            Medium,
        ),
        (
            "no previous category: large twice fixes large, a small period does not change it",
            None,
            &[Large, Large, Small],
            Large,
        ),
        (
            "no previous category: medium twice, then small once: medium",
            None,
            &[Small, Medium, Medium, Small],
            Medium,
        ),
        (
            "no previous category and never twice the same: the latest period decides",
            None,
            &[Medium, Small, Medium],
            Medium,
        ),
    ];
    for (name, previous, list, expected) in rows {
        let a = run(&categories(list, previous));
        assert_eq!(a.category, expected, "{name}");
        assert_eq!(a.is_sme, expected != Large, "{name}");
        let by_size: Vec<Category> = a.period_categories.iter().map(|p| p.category).collect();
        assert_eq!(by_size, list, "{name}");
    }
}

#[test]
fn a_long_history_is_explained_period_by_period() {
    use Category::*;
    let a = run(&categories(&[Medium, Medium, Small], Some(Small)));
    let lines: Vec<&str> = a
        .trace
        .iter()
        .filter(|s| s.article == "Art. 4(2)")
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        lines,
        [
            "2021 points to a medium-sized enterprise, but the category changes only if a \
             ceiling is crossed in two consecutive periods, so the category stays: small \
             enterprise.",
            "The category was small enterprise; the figures left it in two consecutive periods \
             (2021: medium-sized enterprise; 2022: medium-sized enterprise), so from 2022 the \
             category is medium-sized enterprise.",
            "2023 points to a small enterprise, but the category changes only if a ceiling is \
             crossed in two consecutive periods, so the category stays: medium-sized enterprise.",
            "After 2023, carried forward period by period, the category is medium-sized \
             enterprise.",
        ]
    );
    let a = run(&categories(&[Large, Large, Small], None));
    assert!(trace_mentions(
        &a,
        "Art. 4(2)",
        "No previous category was given; the figures of 2021 and 2022, two consecutive periods, \
         both give a large enterprise (not an SME), so that is the category from 2022"
    ));
}
