//! Validation of the input. Every error names the field, as a path into the input; the engine
//! never guesses a missing or inconsistent fact.
use std::collections::{HashMap, HashSet, VecDeque};

use rust_decimal::Decimal;

use super::aggregate::awu_from_detail;
use super::error::SmeError;
use super::input::{EnterpriseKind, ExemptInvestorKind, PeriodData, SmeAssessmentInput};
use super::trace::{awu, eur, pct};

/// Amounts above EUR 10^15 are refused as implausible; this also keeps every sum exact.
const MAX_AMOUNT: Decimal = Decimal::from_parts(0x_A4C6_8000, 0x_0003_8D7E, 0, false, 0);
/// Staff above 10^9 AWU is refused as implausible.
const MAX_STAFF: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// The input's ids resolved to indices, after validation.
#[derive(Debug)]
pub(crate) struct Index<'a> {
    /// Enterprise id → index in `enterprises`.
    pub ids: HashMap<&'a str, usize>,
    /// Index of the applicant.
    pub applicant: usize,
    /// For each holding: (holder index, held index).
    pub ends: Vec<(usize, usize)>,
    /// (holder index, held index) → holding index.
    pub by_pair: HashMap<(usize, usize), usize>,
    /// For each control without shares: (controller index, controlled index).
    pub controls: Vec<(usize, usize)>,
}

fn hundred() -> Decimal {
    Decimal::ONE_HUNDRED
}

/// Checks the input and resolves its ids.
pub(crate) fn validate(input: &SmeAssessmentInput) -> Result<Index<'_>, SmeError> {
    let mut ids: HashMap<&str, usize> = HashMap::with_capacity(input.enterprises.len());
    for (i, e) in input.enterprises.iter().enumerate() {
        if e.id.trim().is_empty() {
            return Err(SmeError::validation(
                format!("enterprises[{i}].id"),
                "The id is empty; give every enterprise a unique id.",
            ));
        }
        if let Some(first) = ids.insert(e.id.as_str(), i) {
            return Err(SmeError::validation(
                format!("enterprises[{i}].id"),
                format!(
                    "The id \"{}\" is already used by enterprises[{first}]; ids must be unique.",
                    e.id
                ),
            ));
        }
    }
    let Some(&applicant) = ids.get(input.applicant.as_str()) else {
        return Err(SmeError::validation(
            "applicant",
            format!(
                "No enterprise has the id \"{}\"; the applicant must be one of the enterprises.",
                input.applicant
            ),
        ));
    };
    let app = &input.enterprises[applicant];
    if matches!(
        app.kind,
        EnterpriseKind::NaturalPerson | EnterpriseKind::PublicBody
    ) {
        return Err(SmeError::validation(
            format!("enterprises[{applicant}].kind"),
            format!(
                "The applicant {} must be an enterprise, not a natural person or a public body.",
                app.name
            ),
        ));
    }
    if app.public_body {
        return Err(SmeError::validation(
            format!("enterprises[{applicant}].publicBody"),
            format!(
                "The applicant {} must be an enterprise, not a public body (Art. 3(4)).",
                app.name
            ),
        ));
    }
    if app.periods.is_empty() {
        return Err(SmeError::validation(
            format!("enterprises[{applicant}].periods"),
            format!(
                "The applicant {} has no accounting period; give at least one (the latest \
                 approved accounts, or a bona-fide estimate for a new enterprise).",
                app.name
            ),
        ));
    }

    for (i, e) in input.enterprises.iter().enumerate() {
        validate_kind(i, &e.kind)?;
        if e.public_body
            && matches!(
                e.kind,
                EnterpriseKind::Enterprise | EnterpriseKind::NaturalPerson
            )
        {
            return Err(SmeError::validation(
                format!("enterprises[{i}].publicBody"),
                format!(
                    "{} is not an exempt investor: publicBody marks an exempt investor that is \
                     also a public body; give a public body the kind publicBody.",
                    e.name
                ),
            ));
        }
        for (j, p) in e.periods.iter().enumerate() {
            validate_period(&format!("enterprises[{i}].periods[{j}]"), p)?;
        }
        for (k, c) in e.consolidated_includes.iter().enumerate() {
            let field = format!("enterprises[{i}].consolidatedIncludes[{k}]");
            match ids.get(c.as_str()) {
                None => {
                    return Err(SmeError::validation(
                        field,
                        format!("No enterprise has the id \"{c}\"."),
                    ));
                }
                Some(&j) if j == i => {
                    return Err(SmeError::validation(
                        field,
                        "An enterprise cannot include itself in its consolidated accounts.",
                    ));
                }
                Some(_) => {}
            }
        }
    }
    validate_consolidation_cycles(input, &ids)?;

    let mut ends = Vec::with_capacity(input.holdings.len());
    let mut by_pair = HashMap::with_capacity(input.holdings.len());
    let mut incoming: HashMap<usize, (Decimal, Decimal)> = HashMap::new();
    for (h, holding) in input.holdings.iter().enumerate() {
        let base = format!("holdings[{h}]");
        let lookup = |id: &str, field: &str| {
            ids.get(id).copied().ok_or_else(|| {
                SmeError::validation(
                    format!("{base}.{field}"),
                    format!("No enterprise has the id \"{id}\"."),
                )
            })
        };
        let holder = lookup(&holding.holder, "holder")?;
        let held = lookup(&holding.held, "held")?;
        if holder == held {
            return Err(SmeError::validation(
                format!("{base}.held"),
                "An enterprise cannot hold shares in itself here; leave own shares out.",
            ));
        }
        let held_e = &input.enterprises[held];
        match held_e.kind {
            EnterpriseKind::NaturalPerson => {
                return Err(SmeError::validation(
                    format!("{base}.held"),
                    format!("{} is a natural person and cannot be held.", held_e.name),
                ));
            }
            EnterpriseKind::PublicBody => {
                return Err(SmeError::validation(
                    format!("{base}.held"),
                    format!(
                        "{} is a public body; shares in it cannot be held.",
                        held_e.name
                    ),
                ));
            }
            _ => {}
        }
        for (field, value) in [
            ("capitalPercent", holding.capital_percent),
            ("votingPercent", holding.voting_percent),
        ] {
            if value < Decimal::ZERO || value > hundred() {
                return Err(SmeError::validation(
                    format!("{base}.{field}"),
                    format!(
                        "{} is not a percentage between 0 and 100.",
                        value.normalize()
                    ),
                ));
            }
        }
        let holder_kind = &input.enterprises[holder].kind;
        for (k, other) in holding.jointly_with.iter().enumerate() {
            let j = lookup(other, &format!("jointlyWith[{k}]"))?;
            let joint_kind = &input.enterprises[j].kind;
            let both_persons = matches!(holder_kind, EnterpriseKind::NaturalPerson)
                && matches!(joint_kind, EnterpriseKind::NaturalPerson);
            let both_public = matches!(holder_kind, EnterpriseKind::PublicBody)
                && matches!(joint_kind, EnterpriseKind::PublicBody);
            if !(both_persons || both_public) || j == holder {
                return Err(SmeError::validation(
                    format!("{base}.jointlyWith[{k}]"),
                    "Acting jointly is recorded only between natural persons, or between \
                     public bodies, other than the holder itself.",
                ));
            }
        }
        if by_pair.insert((holder, held), h).is_some() {
            return Err(SmeError::validation(
                format!("{base}.held"),
                format!(
                    "{} already has a holding in {}; give one holding per holder and enterprise.",
                    input.enterprises[holder].name, held_e.name
                ),
            ));
        }
        let sum = incoming
            .entry(held)
            .or_insert((Decimal::ZERO, Decimal::ZERO));
        sum.0 += holding.capital_percent;
        sum.1 += holding.voting_percent;
        for (field, total, what) in [
            ("capitalPercent", sum.0, "capital"),
            ("votingPercent", sum.1, "voting rights"),
        ] {
            if total > hundred() {
                return Err(SmeError::validation(
                    format!("{base}.{field}"),
                    format!(
                        "The holdings in {} add up to {} of its {what}, more than 100%.",
                        held_e.name,
                        pct(total)
                    ),
                ));
            }
        }
        ends.push((holder, held));
    }
    validate_holding_cycles(input, &ends)?;
    let controls = validate_controls(input, &ids)?;

    Ok(Index {
        ids,
        applicant,
        ends,
        by_pair,
        controls,
    })
}

/// Control without shares: known ids, an enterprise under control, one entry per pair.
fn validate_controls(
    input: &SmeAssessmentInput,
    ids: &HashMap<&str, usize>,
) -> Result<Vec<(usize, usize)>, SmeError> {
    let mut ends = Vec::with_capacity(input.controls.len());
    let mut seen = HashSet::with_capacity(input.controls.len());
    for (c, control) in input.controls.iter().enumerate() {
        let lookup = |id: &str, field: &str| {
            ids.get(id).copied().ok_or_else(|| {
                SmeError::validation(
                    format!("controls[{c}].{field}"),
                    format!("No enterprise has the id \"{id}\"."),
                )
            })
        };
        let controller = lookup(&control.controller, "controller")?;
        let controlled = lookup(&control.controlled, "controlled")?;
        let field = format!("controls[{c}].controlled");
        if controller == controlled {
            return Err(SmeError::validation(
                field,
                "An enterprise cannot control itself.",
            ));
        }
        let target = &input.enterprises[controlled];
        if matches!(
            target.kind,
            EnterpriseKind::NaturalPerson | EnterpriseKind::PublicBody
        ) {
            return Err(SmeError::validation(
                field,
                format!(
                    "{} is a natural person or a public body; only an enterprise can be \
                     controlled.",
                    target.name
                ),
            ));
        }
        if !seen.insert((controller, controlled)) {
            return Err(SmeError::validation(
                field,
                format!(
                    "{} already controls {}; give one control per pair (any one basis links \
                     them).",
                    input.enterprises[controller].name, target.name
                ),
            ));
        }
        ends.push((controller, controlled));
    }
    Ok(ends)
}

fn validate_kind(i: usize, kind: &EnterpriseKind) -> Result<(), SmeError> {
    let field = format!("enterprises[{i}].kind");
    match kind {
        EnterpriseKind::ExemptInvestor(ExemptInvestorKind::BusinessAngel {
            total_investment_eur,
        }) => check_amount(
            &format!("{field}.totalInvestmentEur"),
            *total_investment_eur,
        ),
        EnterpriseKind::ExemptInvestor(ExemptInvestorKind::AutonomousLocalAuthority {
            annual_budget_eur,
            ..
        }) => check_amount(&format!("{field}.annualBudgetEur"), *annual_budget_eur),
        _ => Ok(()),
    }
}

fn check_amount(field: &str, value: Decimal) -> Result<(), SmeError> {
    if value < Decimal::ZERO {
        return Err(SmeError::validation(
            field,
            format!(
                "{} is negative; amounts cannot be negative.",
                value.normalize()
            ),
        ));
    }
    if value > MAX_AMOUNT {
        return Err(SmeError::validation(
            field,
            format!(
                "{} is implausibly large (over EUR 10^15); check the unit.",
                value.normalize()
            ),
        ));
    }
    Ok(())
}

/// Art. 4(1): the net turnover, or the turnover as stated with the indirect taxes included in
/// it; both if they agree.
fn validate_turnover(base: &str, p: &PeriodData) -> Result<(), SmeError> {
    if let Some(net) = p.annual_turnover {
        check_amount(&format!("{base}.annualTurnover"), net)?;
    }
    if let Some(gross) = &p.gross_turnover {
        check_amount(
            &format!("{base}.grossTurnover.statedTurnover"),
            gross.stated_turnover,
        )?;
        check_amount(
            &format!("{base}.grossTurnover.indirectTaxes"),
            gross.indirect_taxes,
        )?;
        if gross.indirect_taxes > gross.stated_turnover {
            return Err(SmeError::validation(
                format!("{base}.grossTurnover.indirectTaxes"),
                format!(
                    "The indirect taxes ({}) are more than the turnover that includes them \
                     ({}).",
                    eur(gross.indirect_taxes),
                    eur(gross.stated_turnover)
                ),
            ));
        }
    }
    match (p.annual_turnover, &p.gross_turnover) {
        (None, None) => Err(SmeError::validation(
            format!("{base}.annualTurnover"),
            format!(
                "Period {} has no turnover; give annualTurnover (net of VAT and other indirect \
                 taxes) or grossTurnover (as stated, with the indirect taxes included in it).",
                p.label
            ),
        )),
        (Some(net), Some(gross)) if net != gross.net() => Err(SmeError::validation(
            format!("{base}.annualTurnover"),
            format!(
                "The turnover as stated less its indirect taxes is {}, but annualTurnover says \
                 {}; give one of them, or make them agree.",
                eur(gross.net()),
                eur(net)
            ),
        )),
        _ => Ok(()),
    }
}

fn validate_period(base: &str, p: &PeriodData) -> Result<(), SmeError> {
    validate_turnover(base, p)?;
    check_amount(&format!("{base}.balanceSheetTotal"), p.balance_sheet_total)?;
    if let Some(staff) = p.staff {
        if staff < Decimal::ZERO {
            return Err(SmeError::validation(
                format!("{base}.staff"),
                format!(
                    "{} is negative; staff cannot be negative.",
                    staff.normalize()
                ),
            ));
        }
        if staff > MAX_STAFF {
            return Err(SmeError::validation(
                format!("{base}.staff"),
                format!("{} AWU is implausibly large.", staff.normalize()),
            ));
        }
    }
    if let Some(lines) = &p.staff_detail {
        for (k, line) in lines.iter().enumerate() {
            if line.fte < Decimal::ZERO || line.fte > Decimal::ONE {
                return Err(SmeError::validation(
                    format!("{base}.staffDetail[{k}].fte"),
                    format!(
                        "{} is not a full-time equivalent between 0 and 1.",
                        line.fte.normalize()
                    ),
                ));
            }
            if line.months_worked < Decimal::ZERO || line.months_worked > Decimal::from(12) {
                return Err(SmeError::validation(
                    format!("{base}.staffDetail[{k}].monthsWorked"),
                    format!(
                        "{} is not a number of months between 0 and 12.",
                        line.months_worked.normalize()
                    ),
                ));
            }
        }
    }
    match (p.staff, &p.staff_detail) {
        (None, None) => Err(SmeError::validation(
            format!("{base}.staff"),
            format!(
                "Period {} has no staff figure; give staff (annual work units) or staffDetail.",
                p.label
            ),
        )),
        (Some(staff), Some(lines)) => {
            let computed = awu_from_detail(lines);
            if computed == staff {
                Ok(())
            } else {
                Err(SmeError::validation(
                    format!("{base}.staffDetail"),
                    format!(
                        "The staff list gives {} but staff says {}; give one of them, or make \
                         them agree.",
                        awu(computed),
                        awu(staff)
                    ),
                ))
            }
        }
        (None, Some(lines)) => {
            if awu_from_detail(lines) > MAX_STAFF {
                Err(SmeError::validation(
                    format!("{base}.staffDetail"),
                    "The staff list adds up to an implausibly large number of AWU.",
                ))
            } else {
                Ok(())
            }
        }
        (Some(_), None) => Ok(()),
    }
}

/// Consolidated accounts cannot include each other.
fn validate_consolidation_cycles(
    input: &SmeAssessmentInput,
    ids: &HashMap<&str, usize>,
) -> Result<(), SmeError> {
    for (i, e) in input.enterprises.iter().enumerate() {
        for (k, c) in e.consolidated_includes.iter().enumerate() {
            let Some(&start) = ids.get(c.as_str()) else {
                continue;
            };
            // Does `start`'s consolidation reach back to `i`?
            let mut seen = HashSet::from([start]);
            let mut queue = VecDeque::from([start]);
            while let Some(n) = queue.pop_front() {
                for next in &input.enterprises[n].consolidated_includes {
                    if let Some(&m) = ids.get(next.as_str()) {
                        if m == i {
                            return Err(SmeError::validation(
                                format!("enterprises[{i}].consolidatedIncludes[{k}]"),
                                format!(
                                    "{} and {} would each be in the other's consolidated \
                                     accounts.",
                                    e.name, input.enterprises[start].name
                                ),
                            ));
                        }
                        if seen.insert(m) {
                            queue.push_back(m);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// A cross-holding between two enterprises is allowed (Art. 3(2): the greater percentage
/// applies); any longer circle of holdings is refused, because the data would be counted in a
/// loop.
fn validate_holding_cycles(
    input: &SmeAssessmentInput,
    ends: &[(usize, usize)],
) -> Result<(), SmeError> {
    let n = input.enterprises.len();
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(holder, held) in ends {
        out[holder].push(held);
    }
    for (h, &(u, v)) in ends.iter().enumerate() {
        // Is `u` reachable from `v` without the direct edge v → u? Then u → v → … → u is a
        // simple cycle of three or more enterprises.
        let mut parent: Vec<Option<usize>> = vec![None; n];
        let mut seen = vec![false; n];
        seen[v] = true;
        let mut queue = VecDeque::from([v]);
        while let Some(a) = queue.pop_front() {
            for &b in &out[a] {
                if a == v && b == u {
                    continue;
                }
                if seen[b] {
                    continue;
                }
                seen[b] = true;
                parent[b] = Some(a);
                if b == u {
                    let mut path = vec![u];
                    let mut cur = u;
                    while let Some(p) = parent[cur] {
                        path.push(p);
                        cur = p;
                    }
                    path.reverse();
                    let names: Vec<&str> = std::iter::once(u)
                        .chain(path)
                        .map(|x| input.enterprises[x].name.as_str())
                        .collect();
                    return Err(SmeError::validation(
                        format!("holdings[{h}].held"),
                        format!(
                            "The holdings form a circle of more than two enterprises ({}); \
                             only a cross-holding between two enterprises is supported.",
                            names.join(" → ")
                        ),
                    ));
                }
                queue.push_back(b);
            }
        }
    }
    Ok(())
}
