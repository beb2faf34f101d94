//! Every validation error names the exact field.
use super::*;

fn base() -> SmeAssessmentInput {
    input(
        vec![
            firm("A", "5", "1000000", "1000000"),
            firm("B", "20", "5000000", "3000000"),
        ],
        vec![hold("B", "A", "30", "30")],
    )
}

type Edit = fn(&mut SmeAssessmentInput);

/// Each edit of the base input is refused, naming the field.
fn refuses_each(rows: Vec<(&str, Edit, &str)>) {
    for (name, edit, field) in rows {
        let mut i = base();
        edit(&mut i);
        assert_eq!(error_field(&i), field, "{name}");
    }
}

#[test]
fn each_invalid_input_is_refused_naming_its_field() {
    let rows: Vec<(&str, Edit, &str)> = vec![
        (
            "capital above 100%",
            |i| i.holdings[0].capital_percent = d("100.01"),
            "holdings[0].capitalPercent",
        ),
        (
            "capital below 0%",
            |i| i.holdings[0].capital_percent = d("-1"),
            "holdings[0].capitalPercent",
        ),
        (
            "votes above 100%",
            |i| i.holdings[0].voting_percent = d("101"),
            "holdings[0].votingPercent",
        ),
        (
            "votes below 0%",
            |i| i.holdings[0].voting_percent = d("-0.01"),
            "holdings[0].votingPercent",
        ),
        (
            "negative turnover",
            |i| i.enterprises[1].periods[0].annual_turnover = Some(d("-1")),
            "enterprises[1].periods[0].annualTurnover",
        ),
        (
            "negative balance sheet",
            |i| i.enterprises[0].periods[0].balance_sheet_total = d("-1"),
            "enterprises[0].periods[0].balanceSheetTotal",
        ),
        (
            "negative staff",
            |i| i.enterprises[0].periods[0].staff = Some(d("-1")),
            "enterprises[0].periods[0].staff",
        ),
        (
            "no staff at all",
            |i| i.enterprises[1].periods[0].staff = None,
            "enterprises[1].periods[0].staff",
        ),
        (
            "fte above 1",
            |i| {
                i.enterprises[0].periods[0].staff = None;
                i.enterprises[0].periods[0].staff_detail = Some(vec![StaffLine {
                    kind: StaffKind::Employee,
                    fte: d("1.01"),
                    months_worked: d("12"),
                    count: 1,
                }]);
            },
            "enterprises[0].periods[0].staffDetail[0].fte",
        ),
        (
            "fte below 0",
            |i| {
                i.enterprises[0].periods[0].staff = None;
                i.enterprises[0].periods[0].staff_detail = Some(vec![
                    StaffLine {
                        kind: StaffKind::Employee,
                        fte: d("1"),
                        months_worked: d("12"),
                        count: 1,
                    },
                    StaffLine {
                        kind: StaffKind::Employee,
                        fte: d("-0.5"),
                        months_worked: d("12"),
                        count: 1,
                    },
                ]);
            },
            "enterprises[0].periods[0].staffDetail[1].fte",
        ),
        (
            "months above 12",
            |i| {
                i.enterprises[0].periods[0].staff = None;
                i.enterprises[0].periods[0].staff_detail = Some(vec![StaffLine {
                    kind: StaffKind::Owner,
                    fte: d("1"),
                    months_worked: d("13"),
                    count: 1,
                }]);
            },
            "enterprises[0].periods[0].staffDetail[0].monthsWorked",
        ),
        (
            "unknown holder",
            |i| i.holdings[0].holder = "Z".to_owned(),
            "holdings[0].holder",
        ),
        (
            "unknown held",
            |i| i.holdings[0].held = "Z".to_owned(),
            "holdings[0].held",
        ),
        (
            "unknown joint holder",
            |i| i.holdings[0].jointly_with = vec!["Z".to_owned()],
            "holdings[0].jointlyWith[0]",
        ),
        (
            "an enterprise holding itself",
            |i| i.holdings[0].holder = "A".to_owned(),
            "holdings[0].held",
        ),
        (
            "applicant missing",
            |i| i.applicant = "Z".to_owned(),
            "applicant",
        ),
        (
            "applicant without periods",
            |i| i.enterprises[0].periods.clear(),
            "enterprises[0].periods",
        ),
        (
            "a counted partner without periods",
            |i| i.enterprises[1].periods.clear(),
            "enterprises[1].periods",
        ),
        (
            "duplicate enterprise ids",
            |i| i.enterprises[1].id = "A".to_owned(),
            "enterprises[1].id",
        ),
        (
            "a second holding by the same holder in the same enterprise",
            |i| i.holdings.push(hold("B", "A", "0", "0")),
            "holdings[1].held",
        ),
        (
            "incoming capital adding up above 100%",
            |i| {
                i.enterprises.push(firm("C", "1", "1", "1"));
                i.holdings.push(hold("C", "A", "70.01", "10"));
            },
            "holdings[1].capitalPercent",
        ),
        (
            "incoming votes adding up above 100%",
            |i| {
                i.enterprises.push(firm("C", "1", "1", "1"));
                i.holdings.push(hold("C", "A", "10", "80"));
            },
            "holdings[1].votingPercent",
        ),
        (
            "a circle of three enterprises",
            |i| {
                i.enterprises.push(firm("C", "1", "1", "1"));
                i.holdings.push(hold("A", "C", "10", "10"));
                i.holdings.push(hold("C", "B", "10", "10"));
            },
            "holdings[0].held",
        ),
        (
            "unknown consolidated enterprise",
            |i| i.enterprises[0].consolidated_includes = vec!["Z".to_owned()],
            "enterprises[0].consolidatedIncludes[0]",
        ),
        (
            "mutual consolidation",
            |i| {
                i.enterprises[0].consolidated_includes = vec!["B".to_owned()];
                i.enterprises[1].consolidated_includes = vec!["A".to_owned()];
            },
            "enterprises[0].consolidatedIncludes[0]",
        ),
        (
            "a natural person as applicant",
            |i| i.enterprises[0].kind = EnterpriseKind::NaturalPerson,
            "enterprises[0].kind",
        ),
        (
            "a negative business-angel investment",
            |i| {
                i.enterprises[1].kind =
                    EnterpriseKind::ExemptInvestor(ExemptInvestorKind::BusinessAngel {
                        total_investment_eur: d("-5"),
                    });
            },
            "enterprises[1].kind.totalInvestmentEur",
        ),
        (
            "an implausibly large turnover",
            |i| i.enterprises[0].periods[0].annual_turnover = Some(d("1000000000000000.01")),
            "enterprises[0].periods[0].annualTurnover",
        ),
    ];
    refuses_each(rows);
}

#[test]
fn a_two_party_cross_holding_is_not_a_circle() {
    let mut i = base();
    i.holdings.push(hold("A", "B", "10", "10"));
    assert!(assess(&i).is_ok());
}

#[test]
fn a_person_controlling_two_enterprises_needs_their_markets() {
    let i = input(
        vec![
            on_market(firm("A", "5", "1", "1"), "86.10"),
            firm("B", "5", "1", "1"),
            party("P", EnterpriseKind::NaturalPerson),
        ],
        vec![hold("P", "A", "60", "60"), hold("P", "B", "60", "60")],
    );
    assert_eq!(error_field(&i), "enterprises[1].market");
}

#[test]
fn a_natural_person_cannot_be_held() {
    let i = input(
        vec![
            firm("A", "5", "1", "1"),
            party("P", EnterpriseKind::NaturalPerson),
        ],
        vec![hold("A", "P", "30", "30")],
    );
    assert_eq!(error_field(&i), "holdings[0].held");
}

#[test]
fn a_validation_error_reads_as_field_and_message() {
    let mut i = base();
    i.holdings[0].capital_percent = d("120");
    let e = assess(&i).unwrap_err();
    assert_eq!(e.field(), "holdings[0].capitalPercent");
    assert_eq!(
        e.to_string(),
        "holdings[0].capitalPercent: 120 is not a percentage between 0 and 100."
    );
}

#[test]
fn controls_public_bodies_and_stated_turnovers_are_refused_naming_their_field() {
    let rows: Vec<(&str, Edit, &str)> = vec![
        (
            "an ordinary enterprise marked as a public body",
            |i| i.enterprises[1].public_body = true,
            "enterprises[1].publicBody",
        ),
        (
            "a natural person marked as a public body",
            |i| {
                let mut p = party("P", EnterpriseKind::NaturalPerson);
                p.public_body = true;
                i.enterprises.push(p);
            },
            "enterprises[2].publicBody",
        ),
        (
            "an applicant that is a public exempt investor",
            |i| {
                i.enterprises[0].kind =
                    EnterpriseKind::ExemptInvestor(ExemptInvestorKind::University);
                i.enterprises[0].public_body = true;
            },
            "enterprises[0].publicBody",
        ),
        (
            "a control by an unknown party",
            |i| {
                i.controls
                    .push(control("Nobody", "A", ControlBasis::Contract))
            },
            "controls[0].controller",
        ),
        (
            "a control of an unknown party",
            |i| {
                i.controls
                    .push(control("B", "Nobody", ControlBasis::Contract))
            },
            "controls[0].controlled",
        ),
        (
            "an enterprise controlling itself",
            |i| {
                i.controls
                    .push(control("B", "B", ControlBasis::ArticlesOfAssociation))
            },
            "controls[0].controlled",
        ),
        (
            "a natural person under control",
            |i| {
                i.enterprises
                    .push(party("P", EnterpriseKind::NaturalPerson));
                i.controls.push(control("B", "P", ControlBasis::Contract));
            },
            "controls[0].controlled",
        ),
        (
            "a public body under control",
            |i| {
                i.enterprises
                    .push(party("City", EnterpriseKind::PublicBody));
                i.controls
                    .push(control("B", "City", ControlBasis::BoardAppointment));
            },
            "controls[0].controlled",
        ),
        (
            "two controls of the same pair",
            |i| {
                i.controls.push(control("B", "A", ControlBasis::Contract));
                i.controls
                    .push(control("B", "A", ControlBasis::ShareholderAgreement));
            },
            "controls[1].controlled",
        ),
        (
            "no turnover at all",
            |i| i.enterprises[1].periods[0].annual_turnover = None,
            "enterprises[1].periods[0].annualTurnover",
        ),
        (
            "a negative stated turnover",
            |i| {
                i.enterprises[0].periods[0].gross_turnover = Some(GrossTurnover {
                    stated_turnover: d("-1"),
                    indirect_taxes: d("0"),
                });
            },
            "enterprises[0].periods[0].grossTurnover.statedTurnover",
        ),
        (
            "negative indirect taxes",
            |i| {
                i.enterprises[0].periods[0].gross_turnover = Some(GrossTurnover {
                    stated_turnover: d("1190000"),
                    indirect_taxes: d("-190000"),
                });
            },
            "enterprises[0].periods[0].grossTurnover.indirectTaxes",
        ),
        (
            "indirect taxes above the turnover that includes them",
            |i| {
                i.enterprises[0].periods[0].annual_turnover = None;
                i.enterprises[0].periods[0].gross_turnover = Some(GrossTurnover {
                    stated_turnover: d("100"),
                    indirect_taxes: d("100.01"),
                });
            },
            "enterprises[0].periods[0].grossTurnover.indirectTaxes",
        ),
        (
            "a net and a stated turnover that disagree",
            |i| {
                // The net turnover is EUR 1,000,000; 1,190,000 less 180,000 is not.
                i.enterprises[0].periods[0].gross_turnover = Some(GrossTurnover {
                    stated_turnover: d("1190000"),
                    indirect_taxes: d("180000"),
                });
            },
            "enterprises[0].periods[0].annualTurnover",
        ),
    ];
    refuses_each(rows);
}

#[test]
fn a_net_and_a_stated_turnover_that_agree_are_accepted() {
    let mut i = base();
    i.enterprises[0].periods[0].gross_turnover = Some(GrossTurnover {
        stated_turnover: d("1190000"),
        indirect_taxes: d("190000"),
    });
    assert_eq!(run(&i).aggregated.annual_turnover, d("2500000"));
}
