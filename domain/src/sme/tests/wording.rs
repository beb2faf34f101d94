//! The trace's numbers: grouped with the thousands separator of its language (English), so
//! "5,000 inhabitants", "EUR 1,250,000", "1,250.5 AWU".
use super::*;

#[test]
fn numbers_in_the_trace_are_grouped_by_thousands() {
    let mut applicant = firm("A", "0", "90000000", "60000000");
    applicant.periods[0].staff = None;
    applicant.periods[0].staff_detail = Some(vec![
        StaffLine {
            kind: StaffKind::Employee,
            fte: d("1"),
            months_worked: d("12"),
            count: 1_250,
        },
        StaffLine {
            kind: StaffKind::Employee,
            fte: d("0.5"),
            months_worked: d("12"),
            count: 1,
        },
        StaffLine {
            kind: StaffKind::Apprentice,
            fte: d("1"),
            months_worked: d("12"),
            count: 1_000,
        },
    ]);
    let authority = |inhabitants| {
        exempt(
            "Dorf",
            ExemptInvestorKind::AutonomousLocalAuthority {
                annual_budget_eur: d("8000000"),
                inhabitants,
            },
        )
    };
    let a = run(&input(
        vec![applicant, authority(4_200)],
        vec![hold("Dorf", "A", "30", "30")],
    ));
    assert!(trace_mentions(
        &a,
        "Art. 3(2)(d)",
        "an annual budget of EUR 8,000,000 (under EUR 10 million) and 4,200 inhabitants \
         (fewer than 5,000)"
    ));
    assert!(trace_mentions(
        &a,
        "Art. 5",
        "the staff list gives 1,250.5 AWU for 1,251 people who count"
    ));
    assert!(trace_mentions(&a, "Art. 5", "1,000 apprentices"));
    assert!(trace_mentions(
        &a,
        "Art. 2(1)",
        "In 2024, with 1,250.5 AWU, turnover EUR 90,000,000"
    ));
    let a = run(&input(
        vec![firm("A", "5", "1", "1"), authority(12_500)],
        vec![hold("Dorf", "A", "30", "30")],
    ));
    assert!(trace_mentions(
        &a,
        "Art. 3(2)(d)",
        "and 12,500 inhabitants;"
    ));
    for step in &a.trace {
        assert!(!step.text.contains("12500"), "{}", step.text);
    }
}
