//! The relation of each party to the applicant, with its rate and explanation: linked
//! (Art. 3(3)), partner (Art. 3(2), 6(4)), linked to a partner (Art. 6(3)), partner of a partner
//! (not counted), autonomous (Art. 3(1)), and the parties without figures.
use std::collections::VecDeque;

use rust_decimal::Decimal;

use super::{Assigned, Graph, Joint, Role, TWENTY_FIVE, joint_in, share_words, stake};
use crate::sme::output::Relation;
use crate::sme::trace::{and_list, pct};

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

pub(super) fn classify(g: &mut Graph<'_>, public_notes: &[String]) -> Vec<Assigned> {
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
