//! Art. 2: every ceiling boundary, for a single autonomous enterprise.
use super::*;

struct Row {
    name: &'static str,
    staff: &'static str,
    turnover: &'static str,
    balance_sheet: &'static str,
    expected: Category,
}

const fn row(
    name: &'static str,
    staff: &'static str,
    turnover: &'static str,
    balance_sheet: &'static str,
    expected: Category,
) -> Row {
    Row {
        name,
        staff,
        turnover,
        balance_sheet,
        expected,
    }
}

const ROWS: &[Row] = &[
    row(
        "no staff and no figures is micro",
        "0",
        "0",
        "0",
        Category::Micro,
    ),
    row(
        "9.99 staff is micro",
        "9.99",
        "1000000",
        "1000000",
        Category::Micro,
    ),
    row(
        "exactly 10 staff is small, not micro",
        "10",
        "1000000",
        "1000000",
        Category::Small,
    ),
    row(
        "49.99 staff is small",
        "49.99",
        "1000000",
        "1000000",
        Category::Small,
    ),
    row(
        "exactly 50 staff is medium, not small",
        "50",
        "1000000",
        "1000000",
        Category::Medium,
    ),
    row(
        "249.5 staff is still medium",
        "249.5",
        "1000000",
        "1000000",
        Category::Medium,
    ),
    row(
        "exactly 250 staff is large",
        "250",
        "1000000",
        "1000000",
        Category::Large,
    ),
    row(
        "turnover of exactly 2m is micro",
        "5",
        "2000000",
        "9000000",
        Category::Micro,
    ),
    row(
        "turnover one cent above 2m with a big balance sheet is small",
        "5",
        "2000000.01",
        "9000000",
        Category::Small,
    ),
    row(
        "balance sheet of exactly 2m is micro despite a big turnover",
        "5",
        "9000000",
        "2000000",
        Category::Micro,
    ),
    row(
        "balance sheet one cent above 2m with a big turnover is small",
        "5",
        "9000000",
        "2000000.01",
        Category::Small,
    ),
    row(
        "turnover of exactly 10m is small",
        "20",
        "10000000",
        "40000000",
        Category::Small,
    ),
    row(
        "turnover one cent above 10m with a big balance sheet is medium",
        "20",
        "10000000.01",
        "40000000",
        Category::Medium,
    ),
    row(
        "balance sheet of exactly 10m is small despite a big turnover",
        "20",
        "40000000",
        "10000000",
        Category::Small,
    ),
    row(
        "balance sheet one cent above 10m with a big turnover is medium",
        "20",
        "40000000",
        "10000000.01",
        Category::Medium,
    ),
    row(
        "turnover of exactly 50m is medium despite a big balance sheet",
        "100",
        "50000000",
        "90000000",
        Category::Medium,
    ),
    row(
        "turnover one cent above 50m with a big balance sheet is large",
        "100",
        "50000000.01",
        "90000000",
        Category::Large,
    ),
    row(
        "balance sheet of exactly 43m is medium despite a big turnover",
        "100",
        "90000000",
        "43000000",
        Category::Medium,
    ),
    row(
        "balance sheet one cent above 43m with a big turnover is large",
        "100",
        "90000000",
        "43000000.01",
        Category::Large,
    ),
    row(
        "turnover 50m and balance sheet 43m, both exactly, are medium",
        "249",
        "50000000",
        "43000000",
        Category::Medium,
    ),
    row(
        "financial ceilings do not rescue 250 staff",
        "250",
        "0",
        "0",
        Category::Large,
    ),
];

#[test]
fn each_ceiling_boundary_gives_the_category_of_art_2() {
    for r in ROWS {
        let a = run(&input(
            vec![firm("A", r.staff, r.turnover, r.balance_sheet)],
            vec![],
        ));
        assert_eq!(a.category, r.expected, "{}", r.name);
        assert_eq!(a.is_sme, r.expected != Category::Large, "{}", r.name);
        let reason = (r.expected == Category::Large).then_some(NotSmeReason::Size);
        assert_eq!(a.not_sme_reason, reason, "{}", r.name);
        assert_eq!(a.aggregated.staff_awu, d(r.staff), "{}", r.name);
    }
}

#[test]
fn exactly_250_staff_is_not_an_sme() {
    let a = run(&input(vec![firm("A", "250", "1", "1")], vec![]));
    assert!(!a.is_sme);
    assert_eq!(a.category, Category::Large);
    assert_eq!(a.not_sme_reason, Some(NotSmeReason::Size));
    assert!(trace_mentions(&a, "Art. 2(1)", "not fewer than 250"));
}

#[test]
fn by_size_is_exposed_for_callers_and_agrees_with_the_table() {
    assert_eq!(by_size(d("9"), d("2000000"), d("0")), Category::Micro);
    assert_eq!(
        by_size(d("249.99"), d("50000000"), d("43000000")),
        Category::Medium
    );
    assert_eq!(
        by_size(d("249.99"), d("50000000.01"), d("43000000.01")),
        Category::Large
    );
}

#[test]
fn the_result_carries_the_rule_version_and_explains_the_category() {
    let a = run(&input(vec![firm("A", "12", "1500000", "900000")], vec![]));
    assert_eq!(a.rule_version, RULE_VERSION);
    assert_eq!(a.category, Category::Small);
    assert!(trace_mentions(
        &a,
        "Art. 2(2)",
        "Not a micro enterprise, because staff"
    ));
    assert_eq!(a.period_categories.len(), 1);
    assert_eq!(a.period_categories[0].label, "2024");
}
