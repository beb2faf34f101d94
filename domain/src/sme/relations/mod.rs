//! Art. 3: how each enterprise relates to the applicant (linked, partner, autonomous), the
//! exempt investors, natural persons, and the public-body rule.
//!
//! This module builds the graph of links (Art. 3(3)); `public_bodies` applies Art. 3(4), and
//! `classify` gives each party its relation, rate and explanation (Art. 3(1), 3(2), 6(3), 6(4)).
mod classify;
mod public_bodies;

use classify::classify;
use public_bodies::public_bodies;
use std::collections::{BTreeSet, HashMap};

use rust_decimal::Decimal;

use super::error::SmeError;
use super::input::{
    Control, Enterprise, EnterpriseKind, ExemptInvestorKind, Holding, SmeAssessmentInput,
};
use super::output::Relation;
use super::trace::{Trace, and_list, count, eur, pct};
use super::validate::Index;

/// How a party is treated, once the exempt investors' own conditions are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// An enterprise whose figures count (includes exempt investors failing their conditions).
    Ordinary,
    /// A natural person: no figures.
    Person,
    /// A public body (Art. 3(4)): no figures.
    Public,
    /// An exempt investor meeting its conditions (Art. 3(2)(a) to (d)).
    Exempt,
}

impl Role {
    fn has_figures(self) -> bool {
        matches!(self, Self::Ordinary | Self::Exempt)
    }
}

/// The relation of one enterprise to the applicant, before consolidated accounts are applied.
#[derive(Debug, Clone)]
pub(crate) struct Assigned {
    pub relation: Relation,
    /// Share of its figures to add, 0 to 100.
    pub rate: Decimal,
    /// The enterprise through which it is connected.
    pub via: Option<usize>,
    /// The article the relation rests on.
    pub article: &'static str,
    pub explanation: String,
}

/// Everything Art. 3 decides.
#[derive(Debug)]
pub(crate) struct Relations {
    pub assigned: Vec<Assigned>,
    /// Whether 25% or more of the applicant's capital or votes is controlled by public bodies.
    pub public_control: bool,
}

const FIFTY: Decimal = Decimal::from_parts(50, 0, 0, false, 0);
const TWENTY_FIVE: Decimal = Decimal::from_parts(25, 0, 0, false, 0);
const ANGEL_LIMIT: Decimal = Decimal::from_parts(1_250_000, 0, 0, false, 0);
const AUTHORITY_BUDGET_LIMIT: Decimal = Decimal::from_parts(10_000_000, 0, 0, false, 0);
const AUTHORITY_INHABITANTS_LIMIT: u32 = 5_000;

/// The higher of the capital and the voting share counts (Art. 3(2)).
pub(crate) fn stake(h: &Holding) -> Decimal {
    h.capital_percent.max(h.voting_percent)
}

/// A majority (over 50%) or any of the control rights of Art. 3(3)(a) to (d).
fn controls(h: &Holding) -> bool {
    stake(h) > FIFTY || !h.control_rights.is_empty()
}

/// "40% of the voting rights", "30% of the capital", "50% of the capital and voting rights".
fn share_words(capital: Decimal, votes: Decimal) -> String {
    if capital == votes {
        format!("{} of the capital and voting rights", pct(capital))
    } else if votes > capital {
        format!("{} of the voting rights", pct(votes))
    } else {
        format!("{} of the capital", pct(capital))
    }
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        Self((0..n).collect())
    }
    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.0[root] != root {
            root = self.0[root];
        }
        let mut cur = x;
        while self.0[cur] != root {
            let next = self.0[cur];
            self.0[cur] = root;
            cur = next;
        }
        root
    }
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        self.0[rb] = ra;
        true
    }
}

struct Graph<'a> {
    input: &'a SmeAssessmentInput,
    index: &'a Index<'a>,
    roles: Vec<Role>,
    /// Whether each party is itself a public body (Art. 3(4)), including an exempt investor
    /// that is one.
    public: Vec<bool>,
    /// Link edges (Art. 3(3)), both ways, each with the reason in words.
    links: Vec<Vec<(usize, String)>>,
    uf: UnionFind,
    /// Notes on enterprises that a natural person controls on another market.
    person_notes: Vec<Vec<String>>,
}

impl<'a> Graph<'a> {
    fn e(&self, i: usize) -> &'a Enterprise {
        &self.input.enterprises[i]
    }
    fn name(&self, i: usize) -> &'a str {
        &self.input.enterprises[i].name
    }
    fn holdings(&self) -> impl Iterator<Item = (usize, usize, &'a Holding)> + '_ {
        self.index
            .ends
            .iter()
            .zip(self.input.holdings.iter())
            .map(|(&(a, b), h)| (a, b, h))
    }
    fn holding(&self, holder: usize, held: usize) -> Option<&'a Holding> {
        self.index
            .by_pair
            .get(&(holder, held))
            .map(|&h| &self.input.holdings[h])
    }
    fn controls(&self) -> impl Iterator<Item = (usize, usize, &'a Control)> + '_ {
        self.index
            .controls
            .iter()
            .zip(self.input.controls.iter())
            .map(|(&(a, b), c)| (a, b, c))
    }
    /// The root of each party's group of linked enterprises, once every link is made.
    fn roots(&mut self) -> Vec<usize> {
        (0..self.input.enterprises.len())
            .map(|i| self.uf.find(i))
            .collect()
    }
    fn exempt_kind(&self, i: usize) -> Option<&'a ExemptInvestorKind> {
        match &self.e(i).kind {
            EnterpriseKind::ExemptInvestor(kind) => Some(kind),
            _ => None,
        }
    }
    /// "Alpha has a dominant influence, through a contract, over Beta (Art. 3(3)(c)), without
    /// holding any of its shares".
    fn describe_influence(&self, controller: usize, controlled: usize, c: &Control) -> String {
        let mut text = format!(
            "{} {} {} ({})",
            self.name(controller),
            c.basis.words(),
            self.name(controlled),
            c.basis.article()
        );
        if self
            .holding(controller, controlled)
            .is_none_or(|h| stake(h).is_zero())
        {
            text.push_str(", without holding any of its shares");
        }
        text
    }
    fn link(&mut self, a: usize, b: usize, reason: String) {
        self.uf.union(a, b);
        self.links[a].push((b, reason.clone()));
        self.links[b].push((a, reason));
    }
    /// "Alpha holds 60% of the capital in Beta", or "Alpha has the right to … over Beta,
    /// without holding any of its shares".
    fn describe_control(&self, holder: usize, held: usize, h: &Holding) -> String {
        let rights: Vec<&str> = h.control_rights.iter().map(|r| r.describe()).collect();
        if stake(h).is_zero() && !rights.is_empty() {
            return format!(
                "{} has {} over {}, without holding any of its shares",
                self.name(holder),
                rights.join(" and "),
                self.name(held)
            );
        }
        let mut text = format!(
            "{} holds {} in {}",
            self.name(holder),
            share_words(h.capital_percent, h.voting_percent),
            self.name(held)
        );
        if !rights.is_empty() {
            text.push_str(&format!(" and has {}", rights.join(" and ")));
        }
        text
    }
}

/// Decides the relation of every enterprise to the applicant (Art. 3) and the public-body
/// rule (Art. 3(4)).
pub(crate) fn analyse(
    input: &SmeAssessmentInput,
    index: &Index<'_>,
    trace: &mut Trace,
) -> Result<Relations, SmeError> {
    let n = input.enterprises.len();
    let roles: Vec<Role> = input
        .enterprises
        .iter()
        .map(|e| role_of(e, trace))
        .collect();
    let public = input
        .enterprises
        .iter()
        .zip(&roles)
        .map(|(e, role)| is_public(e, *role))
        .collect();
    let mut g = Graph {
        input,
        index,
        roles,
        public,
        links: vec![Vec::new(); n],
        uf: UnionFind::new(n),
        person_notes: vec![Vec::new(); n],
    };
    direct_control(&mut g);
    natural_persons(&mut g)?;
    joint_majorities(&mut g);
    let roots = g.roots();
    let public = public_bodies(&g, &roots, trace);
    let mut assigned = classify(&mut g, public.1.as_slice());
    for (i, a) in assigned.iter_mut().enumerate() {
        if i != index.applicant {
            trace.push(a.article, a.explanation.clone());
        }
    }
    Ok(Relations {
        assigned,
        public_control: public.0,
    })
}

/// The exempt investors' own conditions (Art. 3(2)(a) and (d)).
fn role_of(e: &Enterprise, trace: &mut Trace) -> Role {
    match &e.kind {
        EnterpriseKind::Enterprise => Role::Ordinary,
        EnterpriseKind::NaturalPerson => Role::Person,
        EnterpriseKind::PublicBody => Role::Public,
        EnterpriseKind::ExemptInvestor(kind) => match kind {
            ExemptInvestorKind::BusinessAngel {
                total_investment_eur,
            } => {
                if *total_investment_eur < ANGEL_LIMIT {
                    trace.push(
                        "Art. 3(2)(a)",
                        format!(
                            "{} is a business angel whose total investment in the same \
                             enterprise, {}, is under EUR 1,250,000, so it can be an exempt \
                             investor.",
                            e.name,
                            eur(*total_investment_eur)
                        ),
                    );
                    Role::Exempt
                } else {
                    trace.push(
                        "Art. 3(2)(a)",
                        format!(
                            "{} is a business angel, but its total investment in the same \
                             enterprise, {}, is not under EUR 1,250,000, so it is treated as an \
                             ordinary enterprise.",
                            e.name,
                            eur(*total_investment_eur)
                        ),
                    );
                    Role::Ordinary
                }
            }
            ExemptInvestorKind::AutonomousLocalAuthority {
                annual_budget_eur,
                inhabitants,
            } => {
                if *annual_budget_eur < AUTHORITY_BUDGET_LIMIT
                    && *inhabitants < AUTHORITY_INHABITANTS_LIMIT
                {
                    trace.push(
                        "Art. 3(2)(d)",
                        format!(
                            "{} is an autonomous local authority with an annual budget of {} \
                             (under EUR 10 million) and {} inhabitants (fewer than 5,000), so it \
                             can be an exempt investor.",
                            e.name,
                            eur(*annual_budget_eur),
                            count(*inhabitants)
                        ),
                    );
                    Role::Exempt
                } else {
                    trace.push(
                        "Art. 3(2)(d)",
                        format!(
                            "{} is a local authority with an annual budget of {} and {} \
                             inhabitants; an exempt authority needs a budget under EUR 10 million \
                             and fewer than 5,000 inhabitants, so it is treated as a public body \
                             (Art. 3(4)).",
                            e.name,
                            eur(*annual_budget_eur),
                            count(*inhabitants)
                        ),
                    );
                    Role::Public
                }
            }
            _ => Role::Exempt,
        },
    }
}

/// Whether a party is itself a public body (Art. 3(4)): a public body, a local authority
/// (exempt or not, an authority is one), or an exempt investor marked as one.
fn is_public(e: &Enterprise, role: Role) -> bool {
    role == Role::Public
        || matches!(
            e.kind,
            EnterpriseKind::PublicBody
                | EnterpriseKind::ExemptInvestor(
                    ExemptInvestorKind::AutonomousLocalAuthority { .. }
                )
        )
        || (e.public_body && matches!(e.kind, EnterpriseKind::ExemptInvestor(_)))
}

/// Art. 3(3)(a) to (d): a holder with a majority or a control right is linked to the enterprise
/// it holds, and so is a party with a dominant influence without shares (Art. 3(3)(b) to (d)).
/// An exempt investor in control is linked like any other enterprise.
fn direct_control(g: &mut Graph<'_>) {
    let edges: Vec<(usize, usize, String)> = g
        .holdings()
        .filter(|&(holder, _, h)| g.roles[holder].has_figures() && controls(h))
        .map(|(holder, held, h)| (holder, held, g.describe_control(holder, held, h)))
        .chain(
            g.controls()
                .filter(|&(controller, _, _)| g.roles[controller].has_figures())
                .map(|(a, b, c)| (a, b, g.describe_influence(a, b, c))),
        )
        .collect();
    for (a, b, reason) in edges {
        g.link(a, b, reason);
    }
}

/// Art. 3(3), fourth subparagraph: enterprises controlled by the same natural person, or group
/// of natural persons acting jointly, are linked if they are active on the same market or on
/// adjacent markets.
fn natural_persons(g: &mut Graph<'_>) -> Result<(), SmeError> {
    // The controlling person or group of persons → the enterprises it controls.
    let mut controlled: Vec<(BTreeSet<usize>, Vec<usize>)> = Vec::new();
    let mut add = |key: BTreeSet<usize>, held: usize| {
        if let Some((_, list)) = controlled.iter_mut().find(|(k, _)| *k == key) {
            if !list.contains(&held) {
                list.push(held);
            }
        } else {
            controlled.push((key, vec![held]));
        }
    };
    for (holder, held, h) in g.holdings() {
        if g.roles[holder] != Role::Person {
            continue;
        }
        if h.jointly_with.is_empty() {
            if controls(h) {
                add(BTreeSet::from([holder]), held);
            }
            continue;
        }
        let mut group = BTreeSet::from([holder]);
        for other in &h.jointly_with {
            if let Some(&j) = g.index.ids.get(other.as_str()) {
                group.insert(j);
            }
        }
        let (mut capital, mut votes, mut rights) = (Decimal::ZERO, Decimal::ZERO, false);
        for &member in &group {
            if let Some(mh) = g.holding(member, held) {
                capital += mh.capital_percent;
                votes += mh.voting_percent;
                rights |= !mh.control_rights.is_empty();
            }
        }
        if capital.max(votes) > FIFTY || rights {
            add(group, held);
        }
    }
    // A dominant influence without shares is control too (Art. 3(3)(b) to (d)).
    for (controller, target, _) in g.controls() {
        if g.roles[controller] == Role::Person {
            add(BTreeSet::from([controller]), target);
        }
    }
    for (key, list) in controlled {
        let who: Vec<&str> = key.iter().map(|&p| g.name(p)).collect();
        let who = if who.len() == 1 {
            who.join("")
        } else {
            format!("{} (acting jointly)", who.join(" and "))
        };
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                let (ea, eb) = (g.e(a), g.e(b));
                let (Some(ma), Some(mb)) = (&ea.market, &eb.market) else {
                    let missing = if ea.market.is_none() { a } else { b };
                    return Err(SmeError::validation(
                        format!("enterprises[{missing}].market"),
                        format!(
                            "{} and {} are both controlled by {who}; give the market of each \
                             to decide whether they are linked (Art. 3(3)).",
                            ea.name, eb.name
                        ),
                    ));
                };
                let same = ma == mb;
                let adjacent = ea.adjacent_markets.contains(mb) || eb.adjacent_markets.contains(ma);
                if same || adjacent {
                    let market = if same {
                        format!("the same market ({ma})")
                    } else {
                        format!("adjacent markets ({ma} and {mb})")
                    };
                    let reason = format!(
                        "{} and {} are both controlled by {who} and active on {market}",
                        ea.name, eb.name
                    );
                    g.link(a, b, reason);
                } else {
                    for (this, other, m_other) in [(a, b, mb), (b, a, ma)] {
                        let note = format!(
                            "{who} also controls {}, but on another market ({m_other}, not the \
                             same as or adjacent to {}), so that does not link them \
                             (Art. 3(3))",
                            g.name(other),
                            g.e(this).market.as_deref().unwrap_or_default()
                        );
                        g.person_notes[this].push(note);
                    }
                }
            }
        }
    }
    Ok(())
}

/// Art. 3(3) with Art. 3(2): a majority held jointly with linked enterprises also links, on
/// either side: the applicant's group in another enterprise, or an investor's group in the
/// applicant. Repeats until no group gains a majority in another enterprise.
fn joint_majorities(g: &mut Graph<'_>) {
    loop {
        let mut sums: HashMap<(usize, usize), Joint> = HashMap::new();
        let holdings: Vec<(usize, usize, &Holding)> = g.holdings().collect();
        for (holder, held, h) in holdings {
            if !g.roles[holder].has_figures() {
                continue;
            }
            let root = g.uf.find(holder);
            if g.uf.find(held) == root {
                continue;
            }
            let entry = sums.entry((root, held)).or_insert(Joint {
                held,
                capital: Decimal::ZERO,
                votes: Decimal::ZERO,
                holders: Vec::new(),
            });
            entry.capital += h.capital_percent;
            entry.votes += h.voting_percent;
            entry.holders.push((holder, stake(h)));
        }
        let mut keys: Vec<_> = sums.keys().copied().collect();
        keys.sort_unstable();
        let found = keys
            .into_iter()
            .find_map(|key| sums.remove(&key).filter(|j| j.stake() > FIFTY));
        let Some(mut joint) = found else {
            return;
        };
        let held = joint.held;
        joint
            .holders
            .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let names: Vec<&str> = joint.holders.iter().map(|&(h, _)| g.name(h)).collect();
        let reason = format!(
            "{}, which are linked, together hold {} in {}",
            and_list(&names),
            share_words(joint.capital, joint.votes),
            g.name(held)
        );
        g.link(joint.holders[0].0, held, reason);
    }
}

/// Shares held together in one enterprise.
struct Joint {
    /// The enterprise held.
    held: usize,
    capital: Decimal,
    votes: Decimal,
    /// Who holds them, with each one's stake.
    holders: Vec<(usize, Decimal)>,
}

impl Joint {
    fn stake(&self) -> Decimal {
        self.capital.max(self.votes)
    }
}

/// The shares that the holders for which `holds` is true have in `held`, added up.
fn joint_in(g: &Graph<'_>, held: usize, holds: impl Fn(usize) -> bool) -> Joint {
    let mut joint = Joint {
        held,
        capital: Decimal::ZERO,
        votes: Decimal::ZERO,
        holders: Vec::new(),
    };
    for (holder, target, h) in g.holdings() {
        if target == held && holds(holder) {
            joint.capital += h.capital_percent;
            joint.votes += h.voting_percent;
            joint.holders.push((holder, stake(h)));
        }
    }
    joint
}
