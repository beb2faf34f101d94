//! Benchmark of the SME engine: a realistic 20-enterprise structure against a baseline of one
//! autonomous enterprise, measured in the same run (see docs/benchmarks.md).
//!
//! ```text
//! CARGO_TARGET_DIR=/work/target-sme cargo bench -p domain --bench sme -- \
//!     --measurement-time 3 --warm-up-time 1
//! ```
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use domain::sme::{
    Category, Control, ControlBasis, ControlRight, Enterprise, EnterpriseKind, ExemptInvestorKind,
    GrossTurnover, Holding, PeriodData, SmeAssessmentInput, StaffKind, StaffLine, assess,
};
use rust_decimal::Decimal;

fn periods(staff: i64, turnover: i64, balance_sheet: i64) -> Vec<PeriodData> {
    (0..3i64)
        .map(|k| PeriodData {
            label: format!("{}", 2022 + k),
            staff: Some(Decimal::new(staff * 10 + k * 5, 1)),
            staff_detail: None,
            annual_turnover: Some(Decimal::from(turnover + k * 10_000)),
            gross_turnover: None,
            balance_sheet_total: Decimal::from(balance_sheet + k * 5_000),
            estimate: false,
        })
        .collect()
}

fn firm(id: &str, market: &str, staff: i64, turnover: i64, balance_sheet: i64) -> Enterprise {
    Enterprise {
        id: id.to_owned(),
        name: format!("{id} GmbH"),
        kind: EnterpriseKind::Enterprise,
        market: Some(market.to_owned()),
        adjacent_markets: vec!["86.90".to_owned()],
        periods: periods(staff, turnover, balance_sheet),
        consolidated_includes: Vec::new(),
        public_body: false,
    }
}

fn party(id: &str, kind: EnterpriseKind) -> Enterprise {
    Enterprise {
        id: id.to_owned(),
        name: id.to_owned(),
        kind,
        market: None,
        adjacent_markets: Vec::new(),
        periods: Vec::new(),
        consolidated_includes: Vec::new(),
        public_body: false,
    }
}

fn hold(holder: &str, held: &str, percent: i64) -> Holding {
    Holding {
        holder: holder.to_owned(),
        held: held.to_owned(),
        capital_percent: Decimal::from(percent),
        voting_percent: Decimal::from(percent),
        control_rights: Vec::new(),
        jointly_with: Vec::new(),
    }
}

/// Applicant with a linked chain (L1 → L2 → L3), a controlling parent owned by a natural person
/// who controls two more enterprises (one on the same market, one not), a sister company with
/// an exempt public investment corporation that is also a public body, a partner with two
/// linked subsidiaries, partners of linked enterprises, partners of partners, a business angel,
/// a public body, a control by contract without shares, and a turnover stated with its VAT: 20
/// parties.
fn group_of_20() -> SmeAssessmentInput {
    let mut applicant = firm("A", "86.10", 18, 2_600_000, 1_900_000);
    applicant.periods[0].annual_turnover = None;
    applicant.periods[0].gross_turnover = Some(GrossTurnover {
        stated_turnover: Decimal::from(3_094_000),
        indirect_taxes: Decimal::from(494_000),
    });
    applicant.periods[2].staff = None;
    applicant.periods[2].staff_detail = Some(vec![
        StaffLine {
            kind: StaffKind::Employee,
            fte: Decimal::ONE,
            months_worked: Decimal::from(12),
            count: 15,
        },
        StaffLine {
            kind: StaffKind::Employee,
            fte: Decimal::new(5, 1),
            months_worked: Decimal::from(12),
            count: 6,
        },
        StaffLine {
            kind: StaffKind::Apprentice,
            fte: Decimal::ONE,
            months_worked: Decimal::from(12),
            count: 3,
        },
    ]);
    let mut l1 = firm("L1", "86.10", 12, 1_200_000, 800_000);
    l1.consolidated_includes = vec!["L3".to_owned()];
    let enterprises = vec![
        applicant,
        l1,
        firm("L2", "86.10", 7, 600_000, 400_000),
        firm("L3", "86.90", 3, 250_000, 150_000),
        firm("Holdco", "86.10", 2, 300_000, 5_000_000),
        firm("Sister1", "86.90", 25, 3_000_000, 2_000_000),
        firm("P1", "86.10", 40, 7_000_000, 6_000_000),
        firm("P1S1", "86.10", 15, 2_000_000, 1_000_000),
        firm("P1S2", "46.46", 9, 1_500_000, 900_000),
        firm("X1", "86.22", 30, 4_000_000, 3_500_000),
        firm("X2", "86.23", 11, 1_100_000, 700_000),
        firm("Q1", "64.20", 500, 120_000_000, 90_000_000),
        firm("Q2", "64.20", 300, 60_000_000, 50_000_000),
        Enterprise {
            public_body: true,
            ..party(
                "VC",
                EnterpriseKind::ExemptInvestor(ExemptInvestorKind::PublicInvestmentCorporation),
            )
        },
        party(
            "Angel",
            EnterpriseKind::ExemptInvestor(ExemptInvestorKind::BusinessAngel {
                total_investment_eur: Decimal::from(400_000),
            }),
        ),
        party("N1", EnterpriseKind::NaturalPerson),
        firm("Other1", "86.10", 6, 500_000, 300_000),
        firm("Other2", "47.11", 60, 9_000_000, 4_000_000),
        party("N2", EnterpriseKind::NaturalPerson),
        party("City", EnterpriseKind::PublicBody),
    ];
    let mut board = hold("Holdco", "Sister1", 45);
    board.control_rights = vec![ControlRight::AppointOrRemoveBoardMajority];
    let holdings = vec![
        hold("A", "L1", 60),
        hold("L1", "L2", 70),
        hold("L2", "L3", 100),
        hold("Holdco", "A", 55),
        board,
        hold("VC", "Sister1", 30),
        hold("P1", "A", 30),
        hold("Angel", "A", 15),
        hold("P1", "P1S1", 80),
        hold("P1S1", "P1S2", 60),
        hold("X1", "L1", 40),
        hold("X2", "L2", 25),
        hold("Q1", "P1", 30),
        hold("N2", "P1", 20),
        hold("Q2", "X1", 35),
        hold("City", "X1", 10),
        hold("N1", "Holdco", 100),
        hold("N1", "Other1", 100),
        hold("N1", "Other2", 100),
    ];
    SmeAssessmentInput {
        applicant: "A".to_owned(),
        enterprises,
        holdings,
        controls: vec![Control {
            controller: "P1".to_owned(),
            controlled: "X2".to_owned(),
            basis: ControlBasis::Contract,
        }],
        previous_category: Some(Category::Medium),
    }
}

fn single() -> SmeAssessmentInput {
    SmeAssessmentInput {
        applicant: "A".to_owned(),
        enterprises: vec![firm("A", "86.10", 18, 2_600_000, 1_900_000)],
        holdings: Vec::new(),
        controls: Vec::new(),
        previous_category: None,
    }
}

fn bench(c: &mut Criterion) {
    let big = group_of_20();
    let one = single();
    // Fail loudly rather than benchmark an error path.
    if let Err(e) = assess(&big).and(assess(&one)) {
        panic!("benchmark input is invalid: {e}");
    }
    let mut group = c.benchmark_group("sme_assess");
    group.bench_function("baseline_1_autonomous_enterprise", |b| {
        b.iter(|| assess(black_box(&one)))
    });
    group.bench_function("group_of_20_enterprises", |b| {
        b.iter(|| assess(black_box(&big)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
