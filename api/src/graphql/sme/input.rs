//! The input of `smeAssessment` and its conversion into the engine's input
//! ([`domain::sme::SmeAssessmentInput`], a serde type, so it can be kept as a JSON snapshot).
//!
//! GraphQL has no input unions, so the engine's `kind` (an enum with data for exempt investors)
//! is modelled as a plain [`EnterpriseKind`] plus an optional [`ExemptInvestorInput`];
//! [`to_domain`] checks that they fit together and names the field when they do not.
use crate::graphql::error::ApiError;
use async_graphql::{Enum, InputObject};
use domain::sme as d;
use rust_decimal::Decimal;

/// At most this many parties in one assessment.
pub const MAX_ENTERPRISES: usize = 200;
/// At most this many holdings in one assessment.
pub const MAX_HOLDINGS: usize = 1000;
/// At most this many controls without shares in one assessment.
pub const MAX_CONTROLS: usize = 1000;

/// An SME category (Annex to Recommendation 2003/361/EC, Art. 2), by size: MICRO < SMALL <
/// MEDIUM < LARGE.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::sme::Category")]
pub enum SmeCategory {
    /// Micro enterprise: fewer than 10 annual work units, and turnover or balance-sheet total of
    /// at most EUR 2 million (Art. 2(3)).
    Micro,
    /// Small enterprise: fewer than 50 annual work units, and turnover or balance-sheet total of
    /// at most EUR 10 million (Art. 2(2)).
    Small,
    /// Medium-sized enterprise: fewer than 250 annual work units, and turnover of at most
    /// EUR 50 million or balance-sheet total of at most EUR 43 million (Art. 2(1)).
    Medium,
    /// Large: over the medium-sized ceilings, so not an SME (Art. 2(1)).
    Large,
}

/// What kind of party an entry of `enterprises` is.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum EnterpriseKind {
    /// An enterprise: any entity engaged in an economic activity, whatever its legal form
    /// (Art. 1), including a clinic, a hospital company, a holding company or an association.
    Enterprise,
    /// A natural person (a private individual). A person adds no staff or figures, but
    /// enterprises controlled by the same person(s) on the same or adjacent markets are linked
    /// (Art. 3(3), fourth subparagraph).
    NaturalPerson,
    /// A public body, e.g. a state, region or municipality. If public bodies together control
    /// 25% or more of the capital or voting rights, the applicant is not an SME (Art. 3(4)).
    PublicBody,
    /// One of the investors of Art. 3(2), second subparagraph, points (a) to (d); give its
    /// details in `exemptInvestor`.
    ExemptInvestor,
}

/// The investors whose holding of 25% to 50% does not make an enterprise a partner, so the
/// applicant stays autonomous (Art. 3(2), second subparagraph).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ExemptInvestorKind {
    /// A public investment corporation (Art. 3(2)(a)).
    PublicInvestmentCorporation,
    /// A venture-capital company (Art. 3(2)(a)).
    VentureCapital,
    /// A business angel (an individual or group of individuals investing in unquoted
    /// businesses). Exempt only if its total investment in the same enterprise is under
    /// EUR 1,250,000 (Art. 3(2)(a)); requires `totalInvestmentEur`.
    BusinessAngel,
    /// A university (Art. 3(2)(b)).
    University,
    /// A non-profit research centre (Art. 3(2)(b)).
    NonProfitResearchCentre,
    /// An institutional investor (Art. 3(2)(c)).
    InstitutionalInvestor,
    /// A regional development fund (Art. 3(2)(c)).
    RegionalDevelopmentFund,
    /// An autonomous local authority. Exempt only with an annual budget under EUR 10 million
    /// and fewer than 5,000 inhabitants (Art. 3(2)(d)); otherwise it counts as a public body
    /// (Art. 3(4)). Requires `annualBudgetEur` and `inhabitants`.
    AutonomousLocalAuthority,
}

/// The kinds of staff in Art. 5.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::sme::StaffKind")]
pub enum StaffKind {
    /// An employee (Art. 5(a)); counts.
    Employee,
    /// An owner-manager (Art. 5(c)); counts.
    Owner,
    /// A partner engaging in a regular activity in the enterprise and benefiting from
    /// financial advantages from it (Art. 5(d)); counts.
    PartnerEngagedInActivity,
    /// An apprentice with an apprenticeship contract: not counted (Art. 5, second
    /// subparagraph).
    Apprentice,
    /// A student in vocational training with a vocational training contract: not counted
    /// (Art. 5, second subparagraph).
    VocationalStudent,
    /// On maternity or parental leave: not counted (Art. 5, third subparagraph).
    OnMaternityOrParentalLeave,
}

/// Rights that make two enterprises linked whatever the percentages (Art. 3(3)).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::sme::ControlRight")]
pub enum ControlRight {
    /// The holder has a majority of the shareholders' or members' voting rights
    /// (Art. 3(3)(a)).
    MajorityOfVotes,
    /// The holder may appoint or remove a majority of the administrative, management or
    /// supervisory body (Art. 3(3)(b)).
    AppointOrRemoveBoardMajority,
    /// The holder may exercise a dominant influence by a contract or by a provision in the
    /// memorandum or articles of association (Art. 3(3)(c)).
    DominantInfluenceByContractOrStatutes,
    /// The holder alone controls a majority of the voting rights by agreement with other
    /// shareholders or members (Art. 3(3)(d)).
    ControlOfVotesByAgreement,
}

/// Where a dominant influence without shares comes from (Art. 3(3)(b) to (d)); any of them
/// links the two enterprises.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "domain::sme::ControlBasis")]
pub enum ControlBasis {
    /// The right to appoint or remove a majority of the administrative, management or
    /// supervisory body (Art. 3(3)(b)).
    BoardAppointment,
    /// A contract entered into with the enterprise (Art. 3(3)(c)).
    Contract,
    /// A provision in the enterprise's memorandum or articles of association (Art. 3(3)(c)).
    ArticlesOfAssociation,
    /// An agreement with other shareholders or members, by which the controller alone controls
    /// a majority of the voting rights (Art. 3(3)(d)). For the public-body rule (Art. 3(4))
    /// this counts as controlling a majority of the voting rights; the other bases do not,
    /// because that rule counts capital and voting rights.
    ShareholderAgreement,
}

/// Everything needed to assess whether an applicant is a micro, small or medium-sized
/// enterprise under the Annex to Commission Recommendation 2003/361/EC: the applicant, every
/// enterprise, person, public body and investor connected to it, and the holdings between them.
///
/// Amounts, percentages, FTEs and months are `Decimal` values: send them as strings (`"12.5"`,
/// `"1450000.00"`) so they stay exact; a JSON number is accepted but goes through a
/// floating-point conversion.
#[derive(InputObject, Debug)]
pub struct SmeAssessmentInput {
    /// The `id` of the applicant (the enterprise being assessed) in `enterprises`.
    pub applicant: String,
    /// The applicant and every connected party: enterprises, natural persons, public bodies and
    /// investors. At most 200.
    pub enterprises: Vec<SmeEnterpriseInput>,
    /// Who holds what share of whom. At most 1,000. Holdings of linked enterprises in the same
    /// enterprise are added up, on either side (Art. 3(2) and 3(3)): give each one as it is.
    #[graphql(default)]
    pub holdings: Vec<SmeHoldingInput>,
    /// Control without shares: a dominant influence through the board, a contract, the
    /// articles of association or an agreement with other shareholders (Art. 3(3)(b) to (d)).
    /// At most 1,000.
    #[graphql(default)]
    pub controls: Vec<SmeControlInput>,
    /// The category the applicant had before its oldest accounting period given, if known. A
    /// category changes only when the ceilings are crossed in two consecutive periods
    /// (Art. 4(2)); over three or more periods the category is carried forward period by
    /// period.
    pub previous_category: Option<SmeCategory>,
}

/// One party in the assessment: the applicant, an enterprise, a natural person, a public body
/// or an investor.
#[derive(InputObject, Debug)]
pub struct SmeEnterpriseInput {
    /// Your own identifier for the party, unique within the input (e.g. `"clinic"`); holdings
    /// refer to it.
    pub id: String,
    /// Its name, used in the explanation.
    pub name: String,
    /// What kind of party it is.
    pub kind: EnterpriseKind,
    /// Required when `kind` is `EXEMPT_INVESTOR`, and only then: which investor of Art. 3(2) it
    /// is.
    pub exempt_investor: Option<ExemptInvestorInput>,
    /// The enterprise's market or activity code (e.g. a NACE code such as `"86.10"`). Needed
    /// only when the same natural person(s) control this and another enterprise: they are
    /// linked only on the same or adjacent markets (Art. 3(3), fourth subparagraph).
    pub market: Option<String>,
    /// Market codes directly upstream or downstream of `market`.
    #[graphql(default)]
    pub adjacent_markets: Vec<String>,
    /// Its accounting periods, oldest first (Art. 4). The applicant needs at least one, and so
    /// does every enterprise whose figures are added; persons, public bodies and exempt
    /// investors need none.
    #[graphql(default)]
    pub periods: Vec<SmePeriodInput>,
    /// Ids of the enterprises whose figures are already included in this enterprise's
    /// consolidated accounts, so they are not counted twice (Art. 6(2)).
    #[graphql(default)]
    pub consolidated_includes: Vec<String>,
    /// Only for `EXEMPT_INVESTOR`: `true` if the investor is also a public body (e.g. a public
    /// university or a regional development fund). Up to 50% it still keeps the applicant
    /// autonomous (Art. 3(2)) and is the exception in the public-body rule (Art. 3(4));
    /// linked to the applicant, its holding counts as a public body's. An autonomous local
    /// authority is a public body whatever this says.
    #[graphql(default)]
    pub public_body: bool,
}

/// The details of an exempt investor (Art. 3(2), second subparagraph).
#[derive(InputObject, Debug)]
pub struct ExemptInvestorInput {
    /// Which kind of investor.
    pub kind: ExemptInvestorKind,
    /// For `BUSINESS_ANGEL` (required, and only then): its total investment in the applicant,
    /// EUR. Under EUR 1,250,000 it stays exempt (Art. 3(2)(a)).
    pub total_investment_eur: Option<Decimal>,
    /// For `AUTONOMOUS_LOCAL_AUTHORITY` (required, and only then): its annual budget, EUR;
    /// under EUR 10 million to stay exempt (Art. 3(2)(d)).
    pub annual_budget_eur: Option<Decimal>,
    /// For `AUTONOMOUS_LOCAL_AUTHORITY` (required, and only then): its number of inhabitants;
    /// fewer than 5,000 to stay exempt (Art. 3(2)(d)).
    pub inhabitants: Option<i32>,
}

/// The figures of one approved accounting period (Art. 4(1)).
#[derive(InputObject, Debug)]
pub struct SmePeriodInput {
    /// The period's name, e.g. `"2024"`; the applicant's labels are used in the result.
    pub label: String,
    /// Staff in annual work units (AWU), if you know the figure (Art. 5). Give this or
    /// `staffDetail`; if you give both they must agree.
    pub staff: Option<Decimal>,
    /// Staff line by line; the annual work units are computed from it, so part-time and
    /// seasonal work count as fractions (Art. 5).
    pub staff_detail: Option<Vec<SmeStaffLineInput>>,
    /// Annual turnover in EUR, excluding VAT and other indirect taxes (Art. 4(1)).
    pub annual_turnover: Decimal,
    /// The turnover as stated in the accounts, with the VAT and other indirect taxes included
    /// in it (Art. 4(1)). Optional; when given, the engine deducts the taxes, says so in the
    /// trace, and checks that `annualTurnover` is the result (a `VALIDATION` error on
    /// `annualTurnover` otherwise).
    pub gross_turnover: Option<SmeGrossTurnoverInput>,
    /// Annual balance-sheet total in EUR.
    pub balance_sheet_total: Decimal,
    /// `true` for a bona-fide estimate made during the year by a new enterprise that has no
    /// approved accounts yet (Art. 4(3)); ignored when the enterprise has approved periods.
    #[graphql(default)]
    pub estimate: bool,
}

/// A turnover as stated in the accounts, with the indirect taxes it includes (Art. 4(1)).
#[derive(InputObject, Debug)]
pub struct SmeGrossTurnoverInput {
    /// The turnover as stated, EUR, including VAT and other indirect taxes.
    pub stated_turnover: Decimal,
    /// The VAT and other indirect taxes included in `statedTurnover`, EUR.
    pub indirect_taxes: Decimal,
}

/// A group of people with the same working pattern in the period.
#[derive(InputObject, Debug)]
pub struct SmeStaffLineInput {
    /// Who they are: some kinds count, some do not (Art. 5).
    pub kind: StaffKind,
    /// Full-time equivalent of each, 0 to 1 (`"0.5"` for half-time).
    pub fte: Decimal,
    /// Months each worked in the period, 0 to 12.
    pub months_worked: Decimal,
    /// How many people have this pattern.
    pub count: i32,
}

/// `holder` holds capital or voting rights in `held`, or has a control right over it.
#[derive(InputObject, Debug)]
pub struct SmeHoldingInput {
    /// The id of the holder (any kind of party).
    pub holder: String,
    /// The id of the enterprise held (not a person or public body).
    pub held: String,
    /// Share of the capital, 0 to 100. The higher of this and `votingPercent` decides the
    /// relation (Art. 3).
    pub capital_percent: Decimal,
    /// Share of the voting rights, 0 to 100.
    pub voting_percent: Decimal,
    /// Control rights of Art. 3(3)(a) to (d) the holder has over the held enterprise; any of
    /// them makes the two linked.
    #[graphql(default)]
    pub control_rights: Vec<ControlRight>,
    /// Ids of other natural persons (or of other public bodies) acting jointly with the holder;
    /// their holdings are added up (Art. 3(3), fourth subparagraph, and Art. 3(4)).
    #[graphql(default)]
    pub jointly_with: Vec<String>,
}

/// `controller` has a dominant influence over `controlled` without (necessarily) holding any
/// of its shares (Art. 3(3)(b) to (d)): the two are linked. A holding with a control right
/// says the same for a holder that also has shares.
#[derive(InputObject, Debug)]
pub struct SmeControlInput {
    /// The id of the party with the influence (any kind of party).
    pub controller: String,
    /// The id of the enterprise under its influence (not a person or public body).
    pub controlled: String,
    /// Where the influence comes from.
    pub basis: ControlBasis,
}

/// Converts the GraphQL input into the engine's input, refusing what does not fit together
/// (an exempt investor without its details, a negative count) and inputs over the size caps.
pub fn to_domain(input: SmeAssessmentInput) -> Result<d::SmeAssessmentInput, ApiError> {
    if input.enterprises.len() > MAX_ENTERPRISES {
        return Err(ApiError::validation(
            "enterprises",
            format!(
                "At most {MAX_ENTERPRISES} enterprises can be assessed at once; this input has {}.",
                input.enterprises.len()
            ),
        ));
    }
    if input.holdings.len() > MAX_HOLDINGS {
        return Err(ApiError::validation(
            "holdings",
            format!(
                "At most {MAX_HOLDINGS} holdings can be assessed at once; this input has {}.",
                input.holdings.len()
            ),
        ));
    }
    if input.controls.len() > MAX_CONTROLS {
        return Err(ApiError::validation(
            "controls",
            format!(
                "At most {MAX_CONTROLS} controls can be assessed at once; this input has {}.",
                input.controls.len()
            ),
        ));
    }
    let enterprises = input
        .enterprises
        .into_iter()
        .enumerate()
        .map(|(i, e)| enterprise(&format!("enterprises[{i}]"), e))
        .collect::<Result<_, _>>()?;
    Ok(d::SmeAssessmentInput {
        applicant: input.applicant,
        enterprises,
        holdings: input.holdings.into_iter().map(holding).collect(),
        controls: input
            .controls
            .into_iter()
            .map(|c| d::Control {
                controller: c.controller,
                controlled: c.controlled,
                basis: c.basis.into(),
            })
            .collect(),
        previous_category: input.previous_category.map(Into::into),
    })
}

fn enterprise(base: &str, e: SmeEnterpriseInput) -> Result<d::Enterprise, ApiError> {
    let kind = match (e.kind, e.exempt_investor) {
        (EnterpriseKind::ExemptInvestor, Some(x)) => d::EnterpriseKind::ExemptInvestor(
            exempt_investor(&format!("{base}.exemptInvestor"), x)?,
        ),
        (EnterpriseKind::ExemptInvestor, None) => {
            return Err(ApiError::validation(
                format!("{base}.exemptInvestor"),
                format!(
                    "{} is an exempt investor: say which kind in exemptInvestor.",
                    e.name
                ),
            ));
        }
        (_, Some(_)) => {
            return Err(ApiError::validation(
                format!("{base}.exemptInvestor"),
                format!(
                    "{} is not an exempt investor: exemptInvestor is only for kind \
                     EXEMPT_INVESTOR.",
                    e.name
                ),
            ));
        }
        (EnterpriseKind::Enterprise, None) => d::EnterpriseKind::Enterprise,
        (EnterpriseKind::NaturalPerson, None) => d::EnterpriseKind::NaturalPerson,
        (EnterpriseKind::PublicBody, None) => d::EnterpriseKind::PublicBody,
    };
    let periods = e
        .periods
        .into_iter()
        .enumerate()
        .map(|(j, p)| period(&format!("{base}.periods[{j}]"), p))
        .collect::<Result<_, _>>()?;
    Ok(d::Enterprise {
        id: e.id,
        name: e.name,
        kind,
        market: e.market,
        adjacent_markets: e.adjacent_markets,
        periods,
        consolidated_includes: e.consolidated_includes,
        public_body: e.public_body,
    })
}

fn exempt_investor(base: &str, x: ExemptInvestorInput) -> Result<d::ExemptInvestorKind, ApiError> {
    use ExemptInvestorKind as K;
    let needs_angel = x.kind == K::BusinessAngel;
    let needs_authority = x.kind == K::AutonomousLocalAuthority;
    let misplaced = [
        (
            "totalInvestmentEur",
            x.total_investment_eur.is_some() && !needs_angel,
        ),
        (
            "annualBudgetEur",
            x.annual_budget_eur.is_some() && !needs_authority,
        ),
        ("inhabitants", x.inhabitants.is_some() && !needs_authority),
    ];
    if let Some((f, _)) = misplaced.iter().find(|(_, bad)| *bad) {
        return Err(ApiError::validation(
            format!("{base}.{f}"),
            format!("{f} does not apply to this kind of exempt investor."),
        ));
    }
    let required = |f: &str, what: &str| {
        ApiError::validation(
            format!("{base}.{f}"),
            format!("Give the {what}: the exemption depends on it (Art. 3(2))."),
        )
    };
    Ok(match x.kind {
        K::PublicInvestmentCorporation => d::ExemptInvestorKind::PublicInvestmentCorporation,
        K::VentureCapital => d::ExemptInvestorKind::VentureCapital,
        K::BusinessAngel => d::ExemptInvestorKind::BusinessAngel {
            total_investment_eur: x.total_investment_eur.ok_or_else(|| {
                required(
                    "totalInvestmentEur",
                    "business angel's total investment in the applicant",
                )
            })?,
        },
        K::University => d::ExemptInvestorKind::University,
        K::NonProfitResearchCentre => d::ExemptInvestorKind::NonProfitResearchCentre,
        K::InstitutionalInvestor => d::ExemptInvestorKind::InstitutionalInvestor,
        K::RegionalDevelopmentFund => d::ExemptInvestorKind::RegionalDevelopmentFund,
        K::AutonomousLocalAuthority => d::ExemptInvestorKind::AutonomousLocalAuthority {
            annual_budget_eur: x
                .annual_budget_eur
                .ok_or_else(|| required("annualBudgetEur", "local authority's annual budget"))?,
            inhabitants: non_negative(
                &format!("{base}.inhabitants"),
                x.inhabitants.ok_or_else(|| {
                    required("inhabitants", "local authority's number of inhabitants")
                })?,
            )?,
        },
    })
}

fn period(base: &str, p: SmePeriodInput) -> Result<d::PeriodData, ApiError> {
    let staff_detail = p
        .staff_detail
        .map(|lines| {
            lines
                .into_iter()
                .enumerate()
                .map(|(k, l)| {
                    Ok(d::StaffLine {
                        kind: l.kind.into(),
                        fte: l.fte,
                        months_worked: l.months_worked,
                        count: non_negative(&format!("{base}.staffDetail[{k}].count"), l.count)?,
                    })
                })
                .collect::<Result<Vec<_>, ApiError>>()
        })
        .transpose()?;
    Ok(d::PeriodData {
        label: p.label,
        staff: p.staff,
        staff_detail,
        annual_turnover: Some(p.annual_turnover),
        gross_turnover: p.gross_turnover.map(|g| d::GrossTurnover {
            stated_turnover: g.stated_turnover,
            indirect_taxes: g.indirect_taxes,
        }),
        balance_sheet_total: p.balance_sheet_total,
        estimate: p.estimate,
    })
}

fn holding(h: SmeHoldingInput) -> d::Holding {
    d::Holding {
        holder: h.holder,
        held: h.held,
        capital_percent: h.capital_percent,
        voting_percent: h.voting_percent,
        control_rights: h.control_rights.into_iter().map(Into::into).collect(),
        jointly_with: h.jointly_with,
    }
}

fn non_negative(field: &str, n: i32) -> Result<u32, ApiError> {
    u32::try_from(n)
        .map_err(|_| ApiError::validation(field, format!("{n} is negative; give 0 or more.")))
}
