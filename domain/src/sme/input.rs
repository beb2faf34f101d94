//! The input of an SME assessment: a graph of enterprises and the holdings between them.
//!
//! Every type round-trips through `serde_json` with camelCase field names and camelCase enum
//! variants. Decimals are JSON strings (`"40"`, `"1250000.00"`), never floats, so that amounts
//! and percentages stay exact.
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// An SME category. The order is by size: `Micro < Small < Medium < Large` (Art. 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Category {
    /// Fewer than 10 AWU and turnover or balance sheet ≤ EUR 2 million (Art. 2(3)).
    Micro,
    /// Fewer than 50 AWU and turnover or balance sheet ≤ EUR 10 million (Art. 2(2)).
    Small,
    /// Fewer than 250 AWU and turnover ≤ EUR 50 million or balance sheet ≤ EUR 43 million
    /// (Art. 2(1)).
    Medium,
    /// Over the medium ceilings: not an SME.
    Large,
}

impl Category {
    /// The category's name in plain English, e.g. "micro enterprise".
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::Micro => "micro enterprise",
            Self::Small => "small enterprise",
            Self::Medium => "medium-sized enterprise",
            Self::Large => "large enterprise (not an SME)",
        }
    }
}

/// What is assessed: the applicant and every enterprise, person or body connected to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SmeAssessmentInput {
    /// The `id` of the applicant enterprise in `enterprises`.
    pub applicant: String,
    /// The applicant and every connected enterprise, natural person, public body and investor.
    pub enterprises: Vec<Enterprise>,
    /// Who holds what share of whom.
    #[serde(default)]
    pub holdings: Vec<Holding>,
    /// Control without shares: a dominant influence through the board, a contract, the articles
    /// of association or an agreement with other shareholders (Art. 3(3)(b) to (d)).
    #[serde(default)]
    pub controls: Vec<Control>,
    /// The category the applicant had before the latest periods, if known (Art. 4(2)).
    #[serde(default)]
    pub previous_category: Option<Category>,
}

/// One party in the graph: an enterprise, a natural person, a public body or an investor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Enterprise {
    /// Unique within the input; holdings refer to it.
    pub id: String,
    /// Shown in the explanation.
    pub name: String,
    /// What kind of party this is.
    pub kind: EnterpriseKind,
    /// The enterprise's activity or market code (e.g. a NACE code). Needed only when two
    /// enterprises are controlled by the same natural person(s) (Art. 3(3), last subparagraph).
    #[serde(default)]
    pub market: Option<String>,
    /// Market codes adjacent to `market` (directly upstream or downstream of it).
    #[serde(default)]
    pub adjacent_markets: Vec<String>,
    /// Accounting periods, oldest first. The applicant needs at least one; so does every
    /// enterprise whose figures are counted.
    #[serde(default)]
    pub periods: Vec<PeriodData>,
    /// Ids of enterprises whose figures are already in this enterprise's consolidated accounts
    /// (Art. 6(2)); they are not counted twice.
    #[serde(default)]
    pub consolidated_includes: Vec<String>,
    /// An exempt investor that is also a public body (e.g. a public university, a regional
    /// development fund run by a region). Up to 50% it is still an exempt investor
    /// (Art. 3(2), second subparagraph), and the exception in Art. 3(4) covers it; linked to
    /// the applicant, its holding counts toward the public-body rule. Only for exempt
    /// investors; an autonomous local authority is a public body whatever this says.
    #[serde(default)]
    pub public_body: bool,
}

/// The kind of a party in the graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum EnterpriseKind {
    /// An ordinary enterprise (any entity engaged in an economic activity, Art. 1).
    Enterprise,
    /// A natural person: contributes no figures, but can link the enterprises it controls
    /// (Art. 3(3)).
    NaturalPerson,
    /// A public body (Art. 3(4)).
    PublicBody,
    /// One of the investors of Art. 3(2)(a) to (d).
    ExemptInvestor(ExemptInvestorKind),
}

/// The investors whose holdings of 25% to 50% keep an enterprise autonomous (Art. 3(2),
/// second subparagraph).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum ExemptInvestorKind {
    /// A public investment corporation (Art. 3(2)(a)).
    PublicInvestmentCorporation,
    /// A venture-capital company (Art. 3(2)(a)).
    VentureCapital,
    /// A business angel; exempt only if its total investment in the same enterprise is under
    /// EUR 1,250,000 (Art. 3(2)(a)).
    BusinessAngel {
        /// Total investment in the applicant, EUR.
        total_investment_eur: Decimal,
    },
    /// A university (Art. 3(2)(b)).
    University,
    /// A non-profit research centre (Art. 3(2)(b)).
    NonProfitResearchCentre,
    /// An institutional investor (Art. 3(2)(c)).
    InstitutionalInvestor,
    /// A regional development fund (Art. 3(2)(c)).
    RegionalDevelopmentFund,
    /// An autonomous local authority; exempt only with an annual budget under EUR 10 million
    /// and fewer than 5,000 inhabitants (Art. 3(2)(d)).
    AutonomousLocalAuthority {
        /// Annual budget, EUR.
        annual_budget_eur: Decimal,
        /// Number of inhabitants.
        inhabitants: u32,
    },
}

impl ExemptInvestorKind {
    /// The point of Art. 3(2), second subparagraph, that names this investor.
    #[must_use]
    pub fn article(&self) -> &'static str {
        match self {
            Self::PublicInvestmentCorporation
            | Self::VentureCapital
            | Self::BusinessAngel { .. } => "Art. 3(2)(a)",
            Self::University | Self::NonProfitResearchCentre => "Art. 3(2)(b)",
            Self::InstitutionalInvestor | Self::RegionalDevelopmentFund => "Art. 3(2)(c)",
            Self::AutonomousLocalAuthority { .. } => "Art. 3(2)(d)",
        }
    }

    /// The kind in plain English.
    #[must_use]
    pub fn describe(&self) -> &'static str {
        match self {
            Self::PublicInvestmentCorporation => "public investment corporation",
            Self::VentureCapital => "venture-capital company",
            Self::BusinessAngel { .. } => "business angel",
            Self::University => "university",
            Self::NonProfitResearchCentre => "non-profit research centre",
            Self::InstitutionalInvestor => "institutional investor",
            Self::RegionalDevelopmentFund => "regional development fund",
            Self::AutonomousLocalAuthority { .. } => "autonomous local authority",
        }
    }
}

/// The figures of one accounting period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PeriodData {
    /// E.g. "2024".
    pub label: String,
    /// Staff in annual work units, given directly. Give this or `staffDetail`.
    #[serde(default)]
    pub staff: Option<Decimal>,
    /// Staff line by line; the AWU are computed from it (Art. 5).
    #[serde(default)]
    pub staff_detail: Option<Vec<StaffLine>>,
    /// Annual turnover in EUR, net of VAT and other indirect taxes (Art. 4(1)). Give this or
    /// `grossTurnover`; if you give both they must agree.
    #[serde(default)]
    pub annual_turnover: Option<Decimal>,
    /// The turnover as stated in the accounts, with the VAT and other indirect taxes included
    /// in it; the engine deducts them (Art. 4(1)).
    #[serde(default)]
    pub gross_turnover: Option<GrossTurnover>,
    /// Annual balance-sheet total in EUR.
    pub balance_sheet_total: Decimal,
    /// A bona-fide estimate made during the year by a new enterprise without approved accounts
    /// (Art. 4(3)).
    #[serde(default)]
    pub estimate: bool,
}

impl PeriodData {
    /// The turnover that counts: net of VAT and other indirect taxes (Art. 4(1)). Validation
    /// ensures one of the two turnover fields is present, and that they agree.
    #[must_use]
    pub fn net_turnover(&self) -> Decimal {
        match (&self.annual_turnover, &self.gross_turnover) {
            (Some(net), _) => *net,
            (None, Some(gross)) => gross.net(),
            (None, None) => Decimal::ZERO,
        }
    }
}

/// Turnover as stated in the accounts, with the indirect taxes included in it (Art. 4(1)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GrossTurnover {
    /// The turnover as stated, EUR, including VAT and other indirect taxes.
    pub stated_turnover: Decimal,
    /// The VAT and other indirect taxes included in `statedTurnover`, EUR.
    pub indirect_taxes: Decimal,
}

impl GrossTurnover {
    /// The stated turnover less the indirect taxes included in it.
    #[must_use]
    pub fn net(&self) -> Decimal {
        self.stated_turnover - self.indirect_taxes
    }
}

/// A group of people with the same working pattern.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffLine {
    /// Who they are.
    pub kind: StaffKind,
    /// Full-time equivalent, 0 to 1 (0.5 = half-time).
    pub fte: Decimal,
    /// Months worked in the period, 0 to 12.
    pub months_worked: Decimal,
    /// How many people have this pattern.
    pub count: u32,
}

/// The kinds of staff in Art. 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum StaffKind {
    /// An employee (Art. 5(a)).
    Employee,
    /// An owner-manager (Art. 5(c)).
    Owner,
    /// A partner engaging in a regular activity in the enterprise (Art. 5(d)).
    PartnerEngagedInActivity,
    /// An apprentice: not counted (Art. 5, second subparagraph).
    Apprentice,
    /// A student in vocational training: not counted (Art. 5, second subparagraph).
    VocationalStudent,
    /// On maternity or parental leave: not counted (Art. 5, third subparagraph).
    OnMaternityOrParentalLeave,
}

impl StaffKind {
    /// Whether this kind of staff counts toward the annual work units (Art. 5).
    #[must_use]
    pub fn counts(self) -> bool {
        matches!(
            self,
            Self::Employee | Self::Owner | Self::PartnerEngagedInActivity
        )
    }
}

/// `holder` holds shares or voting rights in `held`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Holding {
    /// The id of the holder.
    pub holder: String,
    /// The id of the enterprise held.
    pub held: String,
    /// Share of the capital, 0 to 100.
    pub capital_percent: Decimal,
    /// Share of the voting rights, 0 to 100.
    pub voting_percent: Decimal,
    /// Control rights of Art. 3(3)(a) to (d), beyond the percentages.
    #[serde(default)]
    pub control_rights: Vec<ControlRight>,
    /// Ids of other natural persons or public bodies acting jointly with the holder.
    #[serde(default)]
    pub jointly_with: Vec<String>,
}

/// The rights that make enterprises linked (Art. 3(3)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ControlRight {
    /// A majority of the shareholders' or members' voting rights (Art. 3(3)(a)).
    MajorityOfVotes,
    /// The right to appoint or remove a majority of the board (Art. 3(3)(b)).
    AppointOrRemoveBoardMajority,
    /// Dominant influence by contract or by the statutes (Art. 3(3)(c)).
    DominantInfluenceByContractOrStatutes,
    /// Sole control of a majority of the voting rights by agreement with other holders
    /// (Art. 3(3)(d)).
    ControlOfVotesByAgreement,
}

impl ControlRight {
    /// The right in plain English, with its article.
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::MajorityOfVotes => "a majority of the voting rights (Art. 3(3)(a))",
            Self::AppointOrRemoveBoardMajority => {
                "the right to appoint or remove a majority of the board (Art. 3(3)(b))"
            }
            Self::DominantInfluenceByContractOrStatutes => {
                "a dominant influence by contract or statutes (Art. 3(3)(c))"
            }
            Self::ControlOfVotesByAgreement => {
                "control of a majority of the votes by agreement (Art. 3(3)(d))"
            }
        }
    }
}

/// `controller` has a dominant influence over `controlled` without (necessarily) holding any of
/// its shares (Art. 3(3)(b) to (d)). Either way, the two are linked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Control {
    /// The id of the party with the influence.
    pub controller: String,
    /// The id of the enterprise under its influence.
    pub controlled: String,
    /// Where the influence comes from.
    pub basis: ControlBasis,
}

/// Where a dominant influence without shares comes from (Art. 3(3)(b) to (d)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ControlBasis {
    /// The right to appoint or remove a majority of the administrative, management or
    /// supervisory body (Art. 3(3)(b)).
    BoardAppointment,
    /// A contract entered into with the enterprise (Art. 3(3)(c)).
    Contract,
    /// A provision in the enterprise's memorandum or articles of association (Art. 3(3)(c)).
    ArticlesOfAssociation,
    /// An agreement with other shareholders or members, by which the controller alone controls
    /// a majority of the voting rights (Art. 3(3)(d)).
    ShareholderAgreement,
}

impl ControlBasis {
    /// The point of Art. 3(3) that makes it a link.
    #[must_use]
    pub fn article(self) -> &'static str {
        match self {
            Self::BoardAppointment => "Art. 3(3)(b)",
            Self::Contract | Self::ArticlesOfAssociation => "Art. 3(3)(c)",
            Self::ShareholderAgreement => "Art. 3(3)(d)",
        }
    }

    /// "`controller` {words} `controlled`": e.g. "has a dominant influence, through a contract,
    /// over".
    #[must_use]
    pub fn words(self) -> &'static str {
        match self {
            Self::BoardAppointment => {
                "has the right to appoint or remove a majority of the board of"
            }
            Self::Contract => "has a dominant influence, through a contract, over",
            Self::ArticlesOfAssociation => {
                "has a dominant influence, through the articles of association, over"
            }
            Self::ShareholderAgreement => {
                "controls, by an agreement with other shareholders, a majority of the voting \
                 rights of"
            }
        }
    }

    /// Whether the controller thereby controls a majority of the voting rights, which counts
    /// toward the public-body rule (Art. 3(4) counts capital and voting rights).
    #[must_use]
    pub fn controls_votes(self) -> bool {
        matches!(self, Self::ShareholderAgreement)
    }
}
