//! Tests of the SME engine. Each test name is a sentence stating the rule it checks.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ceilings;
mod chains;
mod controls;
mod examples;
mod joint_holdings;
mod periods;
mod properties;
mod public_bodies;
mod relations;
mod staff;
mod turnover;
mod validation;
mod wording;

use std::str::FromStr;

use rust_decimal::Decimal;

use super::*;

/// A decimal from text, e.g. `d("2000000.01")`.
pub(super) fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// One approved period.
pub(super) fn period(label: &str, staff: &str, turnover: &str, balance_sheet: &str) -> PeriodData {
    PeriodData {
        label: label.to_owned(),
        staff: Some(d(staff)),
        staff_detail: None,
        annual_turnover: Some(d(turnover)),
        gross_turnover: None,
        balance_sheet_total: d(balance_sheet),
        estimate: false,
    }
}

/// An ordinary enterprise with one period, "2024".
pub(super) fn firm(id: &str, staff: &str, turnover: &str, balance_sheet: &str) -> Enterprise {
    Enterprise {
        id: id.to_owned(),
        name: format!("{id} Ltd"),
        kind: EnterpriseKind::Enterprise,
        market: None,
        adjacent_markets: Vec::new(),
        periods: vec![period("2024", staff, turnover, balance_sheet)],
        consolidated_includes: Vec::new(),
        public_body: false,
    }
}

/// A party without figures of its own.
pub(super) fn party(id: &str, kind: EnterpriseKind) -> Enterprise {
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

pub(super) fn exempt(id: &str, kind: ExemptInvestorKind) -> Enterprise {
    party(id, EnterpriseKind::ExemptInvestor(kind))
}

pub(super) fn on_market(mut e: Enterprise, market: &str) -> Enterprise {
    e.market = Some(market.to_owned());
    e
}

/// `holder` holds `capital`% of the capital and `votes`% of the voting rights in `held`.
pub(super) fn hold(holder: &str, held: &str, capital: &str, votes: &str) -> Holding {
    Holding {
        holder: holder.to_owned(),
        held: held.to_owned(),
        capital_percent: d(capital),
        voting_percent: d(votes),
        control_rights: Vec::new(),
        jointly_with: Vec::new(),
    }
}

/// `controller` has a dominant influence over `controlled` without shares.
pub(super) fn control(controller: &str, controlled: &str, basis: ControlBasis) -> Control {
    Control {
        controller: controller.to_owned(),
        controlled: controlled.to_owned(),
        basis,
    }
}

/// The applicant is the first enterprise.
pub(super) fn input(enterprises: Vec<Enterprise>, holdings: Vec<Holding>) -> SmeAssessmentInput {
    SmeAssessmentInput {
        applicant: enterprises[0].id.clone(),
        enterprises,
        holdings,
        controls: Vec::new(),
        previous_category: None,
    }
}

pub(super) fn run(input: &SmeAssessmentInput) -> SmeAssessment {
    match assess(input) {
        Ok(a) => a,
        Err(e) => panic!("assessment failed: {e}"),
    }
}

pub(super) fn result<'a>(a: &'a SmeAssessment, id: &str) -> &'a EnterpriseResult {
    a.enterprises.iter().find(|e| e.id == id).unwrap()
}

/// The field named by a validation error.
pub(super) fn error_field(input: &SmeAssessmentInput) -> String {
    match assess(input) {
        Err(SmeError::Validation { field, message }) => {
            assert!(!message.is_empty());
            field
        }
        Ok(a) => panic!("expected a validation error, got {:?}", a.category),
    }
}

pub(super) fn trace_mentions(a: &SmeAssessment, article: &str, words: &str) -> bool {
    a.trace
        .iter()
        .any(|s| s.article == article && s.text.contains(words))
}
