//! Art. 3: how each enterprise relates to the applicant (linked, partner, autonomous), the
//! exempt investors, natural persons, and the public-body rule.
use std::collections::{BTreeSet, HashMap, VecDeque};

use rust_decimal::Decimal;

use super::error::SmeError;
use super::input::{
    Control, ControlRight, Enterprise, EnterpriseKind, ExemptInvestorKind, Holding,
    SmeAssessmentInput,
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

/// Art. 3(4): 25% or more of the capital or voting rights controlled, directly or indirectly,
/// jointly or individually, by one or more public bodies. The exception is the investors of
/// Art. 3(2), second subparagraph: a public body that is also such an investor, holding the
/// applicant without being linked to it, does not count. Returns whether the rule applies and
/// a note per public body for its explanation.
fn public_bodies(g: &Graph<'_>, roots: &[usize], trace: &mut Trace) -> (bool, Vec<String>) {
    let n = g.input.enterprises.len();
    let app = g.index.applicant;
    let mut public = g.public.clone();
    // Which public body, if any, is behind each enterprise it controls (for the words).
    let mut behind: Vec<Option<usize>> = (0..n).map(|i| public[i].then_some(i)).collect();
    loop {
        // Held enterprise → (capital, votes, control right, the body behind the holders).
        let mut sums: HashMap<usize, (Decimal, Decimal, bool, Option<usize>)> = HashMap::new();
        for (holder, held, h) in g.holdings() {
            if public[holder] && !public[held] && held != app {
                let entry = sums.entry(held).or_insert((
                    Decimal::ZERO,
                    Decimal::ZERO,
                    false,
                    behind[holder],
                ));
                entry.0 += h.capital_percent;
                entry.1 += h.voting_percent;
                entry.2 |= !h.control_rights.is_empty();
            }
        }
        for (controller, controlled, _) in g.controls() {
            if public[controller] && !public[controlled] && controlled != app {
                sums.entry(controlled)
                    .or_insert((Decimal::ZERO, Decimal::ZERO, false, behind[controller]))
                    .2 = true;
            }
        }
        let mut changed = false;
        for (held, (capital, votes, rights, by)) in sums {
            if capital.max(votes) > FIFTY || rights {
                public[held] = true;
                behind[held] = by;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let app_name = g.name(app);
    let linked = |i: usize| roots[i] == roots[app];
    let (mut capital, mut votes, mut majority) = (Decimal::ZERO, Decimal::ZERO, false);
    // Stakes that count, and stakes or influence that do not (with the reason).
    let mut parts = Vec::new();
    let mut set_aside = Vec::new();
    let mut notes = vec![String::new(); n];
    for (holder, held, h) in g.holdings() {
        if held != app || !public[holder] {
            continue;
        }
        let shares = share_words(h.capital_percent, h.voting_percent);
        let exempt = g
            .exempt_kind(holder)
            .filter(|_| g.roles[holder] == Role::Exempt);
        if let Some(kind) = exempt
            && !linked(holder)
        {
            let part = format!(
                "{} is a public body and also a {} ({}): it holds {shares} in {app_name} without \
                 being linked to it, so the exception in Art. 3(4) for these investors covers it \
                 and its holding does not count",
                g.name(holder),
                kind.describe(),
                kind.article()
            );
            notes[holder].clone_from(&part);
            set_aside.push(part);
            continue;
        }
        capital += h.capital_percent;
        votes += h.voting_percent;
        majority |= h.control_rights.iter().any(|r| {
            matches!(
                r,
                ControlRight::MajorityOfVotes | ControlRight::ControlOfVotesByAgreement
            )
        });
        let part = if g.public[holder] {
            let mut text = format!("{} holds {shares} directly", g.name(holder));
            if let Some(kind) = exempt {
                text.push_str(&format!(
                    "; it is also a {} ({}), but it is linked to {app_name}, so the exception \
                     in Art. 3(4) does not cover it",
                    kind.describe(),
                    kind.article()
                ));
            }
            text
        } else {
            let body = behind[holder].map_or("public bodies", |b| g.name(b));
            format!(
                "{} holds {shares} through {}, which it controls",
                body,
                g.name(holder)
            )
        };
        if let Some(b) = behind[holder] {
            notes[b].clone_from(&part);
        }
        parts.push(part);
    }
    for (controller, controlled, c) in g.controls() {
        if controlled != app || !public[controller] {
            continue;
        }
        let who = if g.public[controller] {
            g.name(controller).to_owned()
        } else {
            let body = behind[controller].map_or("public bodies", |b| g.name(b));
            format!("{body}, through {} which it controls,", g.name(controller))
        };
        let influence = format!(
            "{who} {} {app_name} ({})",
            c.basis.words(),
            c.basis.article()
        );
        if c.basis.controls_votes() {
            majority = true;
            parts.push(influence);
        } else {
            set_aside.push(format!(
                "{influence}; that is control, but the public-body rule counts capital and \
                 voting rights, and this influence carries neither"
            ));
        }
    }
    let share = capital.max(votes);
    let applies = share >= TWENTY_FIVE || majority;
    let total = if majority {
        "a majority of the voting rights".to_owned()
    } else {
        share_words(capital, votes)
    };
    let mut said: Vec<String> = parts.clone();
    said.extend(set_aside.iter().cloned());
    let text = if said.is_empty() {
        format!(
            "No public body holds capital or voting rights in {app_name}, directly or through \
             enterprises it controls."
        )
    } else if parts.is_empty() {
        format!(
            "{}. No other public body holds capital or voting rights in {app_name}, so the \
             public-body rule does not apply.",
            said.join("; ")
        )
    } else if applies {
        format!(
            "{}. Together, public bodies control {total} of {app_name}: 25% or more, so \
             {app_name} is not an SME, whatever its size.",
            said.join("; ")
        )
    } else {
        format!(
            "{}. Together, public bodies control {total} of {app_name}: under 25%, so the \
             public-body rule does not apply.",
            said.join("; ")
        )
    };
    trace.push("Art. 3(4)", text);
    (applies, notes)
}

/// A candidate for counting an enterprise's figures; the greatest rate wins (Art. 3(2): a
/// percentage applies once).
struct Candidate {
    rate: Decimal,
    via: Option<usize>,
    article: &'static str,
    explanation: String,
}

/// Breadth-first search over link edges from `start`: parent and reason for each reached node.
fn bfs_links(g: &Graph<'_>, start: usize) -> Vec<Option<(usize, String)>> {
    let n = g.input.enterprises.len();
    let mut parent: Vec<Option<(usize, String)>> = vec![None; n];
    let mut seen = vec![false; n];
    seen[start] = true;
    let mut queue = VecDeque::from([start]);
    while let Some(a) = queue.pop_front() {
        for (b, reason) in &g.links[a] {
            if !seen[*b] {
                seen[*b] = true;
                parent[*b] = Some((a, reason.clone()));
                queue.push_back(*b);
            }
        }
    }
    parent
}

/// The enterprises between `i` and the start of the search that gave `parents`, nearest to `i`
/// first; empty when `i` is linked to the start directly.
fn chain(parents: &[Option<(usize, String)>], i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = parents[i].as_ref().map(|p| p.0);
    while let Some(c) = cur {
        let Some((p, _)) = &parents[c] else {
            break;
        };
        out.push(c);
        cur = Some(*p);
    }
    out
}

/// Through whom `from` is linked to `to`: "" (directly), " through Beta", or " through the
/// chain Gamma → Beta → Alpha → Delta".
fn through(g: &Graph<'_>, from: usize, chain: &[usize], to: usize) -> String {
    match chain {
        [] => String::new(),
        [one] => format!(" through {}", g.name(*one)),
        _ => {
            let names: Vec<&str> = std::iter::once(from)
                .chain(chain.iter().copied())
                .chain(std::iter::once(to))
                .map(|i| g.name(i))
                .collect();
            format!(" through the chain {}", names.join(" → "))
        }
    }
}

/// What the classification needs once every link is made.
struct Groups {
    /// Whether each party is linked to the applicant (the applicant included).
    in_group: Vec<bool>,
    /// The root of each party's group of linked enterprises.
    roots: Vec<usize>,
    /// The breadth-first search over links from the applicant.
    from_app: Vec<Option<(usize, String)>>,
}

impl Groups {
    /// " through …" from a member of the applicant's group to the applicant.
    fn to_applicant(&self, g: &Graph<'_>, member: usize) -> String {
        through(g, member, &chain(&self.from_app, member), g.index.applicant)
    }
}

fn classify(g: &mut Graph<'_>, public_notes: &[String]) -> Vec<Assigned> {
    let n = g.input.enterprises.len();
    let app = g.index.applicant;
    let roots = g.roots();
    let gr = Groups {
        in_group: (0..n).map(|i| roots[i] == roots[app]).collect(),
        from_app: bfs_links(g, app),
        roots,
    };
    let in_group = &gr.in_group;
    let app_name = g.name(app).to_owned();
    let mut out: Vec<Option<Assigned>> = vec![None; n];
    out[app] = Some(Assigned {
        relation: Relation::Applicant,
        rate: Decimal::ONE_HUNDRED,
        via: None,
        article: "Art. 6(2)",
        explanation: format!("{app_name} is the applicant: all of its figures count."),
    });

    // Linked enterprises (Art. 3(3)), directly or through other linked enterprises.
    for i in 0..n {
        if i == app || !in_group[i] {
            continue;
        }
        let Some((parent, reason)) = &gr.from_app[i] else {
            continue;
        };
        let exempt_note = if let Some(kind) = g.exempt_kind(i) {
            format!(
                " Although {} is a {}, an investor with control is linked like any other \
                 enterprise (Art. 3(2)).",
                g.name(i),
                kind.describe()
            )
        } else {
            String::new()
        };
        let (via, explanation) = if *parent == app {
            (
                None,
                format!(
                    "{reason}, so {} is a linked enterprise (Art. 3(3)); all of its staff and \
                     figures are added to yours.{exempt_note}",
                    g.name(i)
                ),
            )
        } else {
            (
                Some(*parent),
                format!(
                    "{reason}, so {} is linked to {app_name}{} (Art. 3(3)); all of its staff \
                     and figures are added to yours.{exempt_note}",
                    g.name(i),
                    gr.to_applicant(g, i)
                ),
            )
        };
        out[i] = Some(Assigned {
            relation: Relation::Linked,
            rate: Decimal::ONE_HUNDRED,
            via,
            article: "Art. 3(3)",
            explanation,
        });
    }

    // Partners of the applicant or of its linked enterprises (Art. 3(2), Art. 6(2) and 6(4)).
    let mut candidates: Vec<Option<Candidate>> = (0..n).map(|_| None).collect();
    let mut partners = Vec::new();
    for x in 0..n {
        if in_group[x] || g.roles[x] != Role::Ordinary {
            continue;
        }
        if let Some(c) = partner_candidate(g, &gr, x) {
            partners.push(x);
            candidates[x] = Some(c);
        }
    }
    // Enterprises linked to a partner count at the partner's rate (Art. 6(3)).
    for &p in &partners {
        let Some(rate) = candidates[p].as_ref().map(|c| c.rate) else {
            continue;
        };
        let parents = bfs_links(g, p);
        for y in 0..n {
            if y == p || in_group[y] || gr.roots[y] != gr.roots[p] {
                continue;
            }
            let Some((_, reason)) = &parents[y] else {
                continue;
            };
            if candidates[y].as_ref().is_some_and(|c| c.rate >= rate) {
                continue;
            }
            candidates[y] = Some(Candidate {
                rate,
                via: Some(p),
                article: "Art. 6(3)",
                explanation: format!(
                    "{reason}, so {} is linked to your partner enterprise {}{}; it is counted \
                     at {}'s rate: {} of its staff and figures are added to yours (Art. 6(3)).",
                    g.name(y),
                    g.name(p),
                    through(g, y, &chain(&parents, y), p),
                    g.name(p),
                    pct(rate)
                ),
            });
        }
    }
    // Partners of partners are not counted (Art. 6(3)).
    let counted: Vec<usize> = (0..n).filter(|&i| candidates[i].is_some()).collect();
    let mut partner_of_partner: Vec<Option<usize>> = vec![None; n];
    for &z in &counted {
        for w in 0..n {
            if in_group[w] || candidates[w].is_some() || !g.roles[w].has_figures() {
                continue;
            }
            if pair_stake(g, z, w).is_some_and(|s| s >= TWENTY_FIVE)
                && partner_of_partner[w].is_none()
            {
                partner_of_partner[w] = Some(z);
            }
        }
    }

    for i in 0..n {
        if out[i].is_some() {
            continue;
        }
        if let Some(c) = candidates[i].take() {
            out[i] = Some(Assigned {
                relation: Relation::Partner,
                rate: c.rate,
                via: c.via,
                article: c.article,
                explanation: c.explanation,
            });
            continue;
        }
        out[i] = Some(match g.roles[i] {
            Role::Person => person(g, in_group, i),
            Role::Public => public_body(g, in_group, i, &public_notes[i]),
            Role::Exempt => exempt(g, in_group, i),
            Role::Ordinary => other(g, in_group, i, partner_of_partner[i]),
        });
    }
    out.into_iter()
        .map(|a| {
            a.unwrap_or(Assigned {
                relation: Relation::NotIncluded,
                rate: Decimal::ZERO,
                via: None,
                article: "Art. 3(1)",
                explanation: String::new(),
            })
        })
        .collect()
}

/// The greater of the two percentages between `a` and `b`, whichever holds whom (Art. 3(2)).
fn pair_stake(g: &Graph<'_>, a: usize, b: usize) -> Option<Decimal> {
    let ab = g.holding(a, b).map(stake);
    let ba = g.holding(b, a).map(stake);
    match (ab, ba) {
        (None, None) => None,
        (x, y) => Some(x.unwrap_or_default().max(y.unwrap_or_default())),
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

/// Whether `x` is a partner of the applicant's group (Art. 3(2)): 25% to 50% held in `x` by the
/// group, solely or jointly; or held by `x`, solely or jointly with the enterprises linked to
/// it, in one member of the group. With a cross-holding the greater percentage applies once.
fn partner_candidate(g: &Graph<'_>, gr: &Groups, x: usize) -> Option<Candidate> {
    let app = g.index.applicant;
    let in_group = &gr.in_group;
    // Downstream: the group's holdings in x, added together (Art. 3(2): "jointly with one or
    // more linked enterprises").
    let down = joint_in(g, x, |holder| in_group[holder]);
    // Upstream: x's holding in a member of the group, added to those of the enterprises linked
    // to x in the same member (Art. 3(2), on the investor's side). Exempt investors, persons
    // and public bodies are not partners, so their holdings are not added.
    let up = g
        .holdings()
        .filter(|&(holder, held, _)| holder == x && in_group[held])
        .map(|(_, member, _)| {
            joint_in(g, member, |holder| {
                gr.roots[holder] == gr.roots[x] && g.roles[holder] == Role::Ordinary
            })
        })
        .fold(None::<Joint>, |best, j| match best {
            Some(b) if b.stake() >= j.stake() => Some(b),
            _ => Some(j),
        });
    let up_stake = up.as_ref().map_or(Decimal::ZERO, Joint::stake);
    let rate = down.stake().max(up_stake);
    if rate < TWENTY_FIVE {
        return None;
    }
    let app_name = g.name(app);
    let xn = g.name(x);
    let (member, mut explanation) = if up_stake >= down.stake() {
        let u = up.as_ref()?;
        let m = u.held;
        let shares = share_words(u.capital, u.votes);
        let holders = if u.holders.len() == 1 {
            format!("{xn} holds")
        } else {
            let others: Vec<&str> = u
                .holders
                .iter()
                .filter(|&&(h, _)| h != x)
                .map(|&(h, _)| g.name(h))
                .collect();
            let its = if others.len() == 1 {
                "its linked enterprise"
            } else {
                "its linked enterprises"
            };
            format!("{xn} and {its} {} together hold", and_list(&others))
        };
        if m == app {
            (m, format!("{holders} {shares} in {app_name}"))
        } else {
            (
                m,
                format!(
                    "{holders} {shares} in {}, which is linked to {app_name}{}",
                    g.name(m),
                    gr.to_applicant(g, m)
                ),
            )
        }
    } else {
        let largest = down
            .holders
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1))
            .map_or(app, |h| h.0);
        let shares = share_words(down.capital, down.votes);
        if down.holders.len() == 1 && largest == app {
            (app, format!("{app_name} holds {shares} in {xn}"))
        } else if down.holders.len() == 1 {
            (
                largest,
                format!(
                    "{}, which is linked to {app_name}{}, holds {shares} in {xn}",
                    g.name(largest),
                    gr.to_applicant(g, largest)
                ),
            )
        } else {
            let via = if down.holders.iter().any(|h| h.0 == app) {
                app
            } else {
                largest
            };
            (
                via,
                format!("{app_name} and its linked enterprises together hold {shares} in {xn}"),
            )
        }
    };
    // A cross-holding: the greater percentage applies once.
    if let Some(other) = up.as_ref().map(|u| u.held)
        && let (Some(a), Some(b)) = (g.holding(x, other), g.holding(other, x))
    {
        explanation.push_str(&format!(
            "; {xn} and {} hold shares in each other ({} and {}), and the greater percentage \
             applies once",
            g.name(other),
            pct(stake(a)),
            pct(stake(b))
        ));
    }
    let via = (member != app).then_some(member);
    let article = if via.is_some() {
        "Art. 6(4)"
    } else {
        "Art. 3(2)"
    };
    let whose = if via.is_some() {
        format!(
            "a partner of your linked enterprise {} (Art. 3(2), Art. 6(4))",
            g.name(member)
        )
    } else {
        "a partner enterprise (Art. 3(2))".to_owned()
    };
    explanation.push_str(&format!(
        ", so {xn} is {whose}; {} of its staff and figures are added to yours.",
        pct(rate)
    ));
    Some(Candidate {
        rate,
        via,
        article,
        explanation,
    })
}

/// Holdings between `i` and the applicant's group, in words; empty if none.
fn stakes_in_group(g: &Graph<'_>, in_group: &[bool], i: usize) -> Vec<String> {
    let mut parts = Vec::new();
    for (holder, held, h) in g.holdings() {
        if holder == i && in_group[held] {
            parts.push(format!(
                "holds {} in {}",
                share_words(h.capital_percent, h.voting_percent),
                g.name(held)
            ));
        } else if held == i && in_group[holder] {
            parts.push(format!("is {}-held by {}", pct(stake(h)), g.name(holder)));
        }
    }
    for (controller, controlled, c) in g.controls() {
        if controller == i && in_group[controlled] {
            parts.push(format!(
                "{} {} ({})",
                c.basis.words(),
                g.name(controlled),
                c.basis.article()
            ));
        } else if controlled == i && in_group[controller] {
            parts.push(format!(
                "is under the dominant influence of {} ({})",
                g.name(controller),
                c.basis.article()
            ));
        }
    }
    parts
}

fn person(g: &Graph<'_>, in_group: &[bool], i: usize) -> Assigned {
    let parts = stakes_in_group(g, in_group, i);
    let name = g.name(i);
    let explanation = if parts.is_empty() {
        format!("{name} is a natural person: a person adds no staff or figures of their own.")
    } else {
        format!(
            "{name} is a natural person and {}; a person adds no staff or figures of their own, \
             but can link the enterprises they control on the same or adjacent markets \
             (Art. 3(3)).",
            parts.join(" and ")
        )
    };
    Assigned {
        relation: Relation::NaturalPerson,
        rate: Decimal::ZERO,
        via: None,
        article: "Art. 3(3)",
        explanation,
    }
}

fn public_body(g: &Graph<'_>, in_group: &[bool], i: usize, note: &str) -> Assigned {
    let name = g.name(i);
    let parts = stakes_in_group(g, in_group, i);
    let mut explanation = format!("{name} is a public body; it adds no staff or figures");
    if !parts.is_empty() {
        explanation.push_str(&format!(", and it {}", parts.join(" and ")));
    }
    if !note.is_empty() && parts.is_empty() {
        explanation.push_str(&format!("; {note}"));
    }
    explanation.push_str(". Its holding counts toward the public-body rule (Art. 3(4)).");
    Assigned {
        relation: Relation::PublicBody,
        rate: Decimal::ZERO,
        via: None,
        article: "Art. 3(4)",
        explanation,
    }
}

fn exempt(g: &Graph<'_>, in_group: &[bool], i: usize) -> Assigned {
    let name = g.name(i);
    let (kind, article) = g
        .exempt_kind(i)
        .map_or(("exempt investor", "Art. 3(2)"), |k| {
            (k.describe(), k.article())
        });
    let largest = g
        .holdings()
        .filter(|&(holder, held, _)| holder == i && in_group[held])
        .map(|(_, _, h)| stake(h))
        .max()
        .unwrap_or_default();
    let parts = stakes_in_group(g, in_group, i);
    let mut explanation = if largest >= TWENTY_FIVE {
        format!(
            "{name}, a {kind}, {}: from 25% up to 50% held by an exempt investor that is not \
             linked to you keeps you autonomous, so none of its figures are added \
             ({article}).",
            parts.join(" and ")
        )
    } else if parts.is_empty() {
        format!("{name}, a {kind}, holds nothing in you or your linked enterprises.")
    } else {
        format!(
            "{name}, a {kind}, {}: under 25%, so nothing is added (Art. 3(1)).",
            parts.join(" and ")
        )
    };
    if g.public[i] && !parts.is_empty() {
        explanation.push_str(&format!(
            " {name} is also a public body, but as one of these investors, not linked to you, \
             it is the exception in Art. 3(4): its holding does not count toward the \
             public-body rule."
        ));
    }
    Assigned {
        relation: Relation::ExemptInvestor,
        rate: Decimal::ZERO,
        via: None,
        article,
        explanation,
    }
}

fn other(g: &Graph<'_>, in_group: &[bool], i: usize, partner_of: Option<usize>) -> Assigned {
    let name = g.name(i);
    if let Some(z) = partner_of {
        return Assigned {
            relation: Relation::NotIncluded,
            rate: Decimal::ZERO,
            via: Some(z),
            article: "Art. 6(3)",
            explanation: format!(
                "{name} is a partner of {} (a {} holding between them), and {} is counted only \
                 pro rata, as your partner or linked to one; partners of partners are not \
                 counted, so none of {name}'s figures are added (Art. 6(3)).",
                g.name(z),
                pct(pair_stake(g, z, i).unwrap_or_default()),
                g.name(z)
            ),
        };
    }
    let parts = stakes_in_group(g, in_group, i);
    if !parts.is_empty() {
        return Assigned {
            relation: Relation::Autonomous,
            rate: Decimal::ZERO,
            via: None,
            article: "Art. 3(1)",
            explanation: format!(
                "{name} {}: under 25%, so there is no partnership and none of its figures are \
                 added (Art. 3(1)).",
                parts.join(" and ")
            ),
        };
    }
    let notes = &g.person_notes[i];
    let explanation = if notes.is_empty() {
        format!(
            "{name} is not linked to you, nor a partner of you, your linked enterprises, or \
             linked to your partners, so none of its figures are added."
        )
    } else {
        format!("{}; none of {name}'s figures are added.", notes.join("; "))
    };
    Assigned {
        relation: Relation::NotIncluded,
        rate: Decimal::ZERO,
        via: None,
        article: "Art. 3(3)",
        explanation,
    }
}
