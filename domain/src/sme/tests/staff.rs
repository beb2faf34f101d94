//! Art. 5: staff in annual work units.
use super::*;

fn line(kind: StaffKind, fte: &str, months: &str, count: u32) -> StaffLine {
    StaffLine {
        kind,
        fte: d(fte),
        months_worked: d(months),
        count,
    }
}

fn with_staff(lines: Vec<StaffLine>) -> SmeAssessmentInput {
    let mut e = firm("A", "0", "1000000", "1000000");
    e.periods[0].staff = None;
    e.periods[0].staff_detail = Some(lines);
    input(vec![e], vec![])
}

#[test]
fn staff_lists_count_annual_work_units() {
    use StaffKind::*;
    let rows = [
        (
            "a full-time employee all year is one AWU",
            vec![line(Employee, "1", "12", 1)],
            "1",
        ),
        (
            "four half-time employees are two AWU",
            vec![line(Employee, "0.5", "12", 4)],
            "2",
        ),
        (
            "six seasonal workers for three months are 1.5 AWU",
            vec![line(Employee, "1", "3", 6)],
            "1.5",
        ),
        (
            "owners and working partners count",
            vec![
                line(Owner, "1", "12", 2),
                line(PartnerEngagedInActivity, "0.5", "12", 2),
            ],
            "3",
        ),
        (
            "apprentices do not count",
            vec![line(Employee, "1", "12", 3), line(Apprentice, "1", "12", 5)],
            "3",
        ),
        (
            "vocational students do not count",
            vec![
                line(Employee, "1", "12", 3),
                line(VocationalStudent, "1", "12", 5),
            ],
            "3",
        ),
        (
            "maternity and parental leave do not count",
            vec![
                line(Employee, "1", "12", 3),
                line(OnMaternityOrParentalLeave, "1", "12", 2),
            ],
            "3",
        ),
        (
            "part-time and seasonal combine",
            vec![line(Employee, "0.8", "6", 5)],
            "2",
        ),
    ];
    for (name, lines, expected) in rows {
        assert_eq!(awu_from_detail(&lines), d(expected), "{name}");
        let a = run(&with_staff(lines));
        assert_eq!(a.aggregated.staff_awu, d(expected), "{name}");
    }
}

#[test]
fn nine_employees_and_three_apprentices_are_still_micro() {
    let a = run(&with_staff(vec![
        line(StaffKind::Employee, "1", "12", 9),
        line(StaffKind::Apprentice, "1", "12", 3),
    ]));
    assert_eq!(a.category, Category::Micro);
    assert!(trace_mentions(
        &a,
        "Art. 5",
        "3 apprentices, students in vocational training"
    ));
}

#[test]
fn twenty_half_time_employees_make_exactly_10_awu_and_so_a_small_enterprise() {
    let a = run(&with_staff(vec![line(
        StaffKind::Employee,
        "0.5",
        "12",
        20,
    )]));
    assert_eq!(a.aggregated.staff_awu, d("10"));
    assert_eq!(a.category, Category::Small);
}

#[test]
fn staff_given_both_ways_must_agree() {
    let mut i = with_staff(vec![line(StaffKind::Employee, "1", "12", 4)]);
    i.enterprises[0].periods[0].staff = Some(d("4"));
    assert_eq!(run(&i).aggregated.staff_awu, d("4"));
    i.enterprises[0].periods[0].staff = Some(d("5"));
    assert_eq!(error_field(&i), "enterprises[0].periods[0].staffDetail");
}
