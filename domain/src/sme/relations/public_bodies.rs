//! Art. 3(4): the public-body rule, with the exception of the investors of Art. 3(2).
use std::collections::HashMap;

use rust_decimal::Decimal;

use super::{FIFTY, Graph, Role, TWENTY_FIVE, share_words};
use crate::sme::input::ControlRight;
use crate::sme::trace::Trace;

/// Art. 3(4): 25% or more of the capital or voting rights controlled, directly or indirectly,
/// jointly or individually, by one or more public bodies. The exception is the investors of
/// Art. 3(2), second subparagraph: a public body that is also such an investor, holding the
/// applicant without being linked to it, does not count. Returns whether the rule applies and
/// a note per public body for its explanation.
pub(super) fn public_bodies(
    g: &Graph<'_>,
    roots: &[usize],
    trace: &mut Trace,
) -> (bool, Vec<String>) {
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
