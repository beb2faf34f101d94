//! Which Reserve providers may be assigned to a request, and which one the platform proposes.
//!
//! **May be assigned** ([`check_assignment`]): a verified service provider flagged as a trusted
//! Reserve MSSP (Regulation (EU) 2025/38, Art. 17), covering the request's member state, with
//! at least the request's total service-days free in the pool the request draws on.
//!
//! **Proposed** ([`propose`]): among those, ranked by
//! 1. speaking the requester's language (a crisis is handled in the hospital's language);
//! 2. the most free days left after the reservation (spreads the load and leaves the provider
//!    headroom for a delivery that runs over its estimate);
//! 3. the provider's id, so the ranking is total and repeatable.
//!
//! The first is the proposal; ENISA may pick any other eligible one.
use super::ReserveError;
use crate::language::Language;
use crate::member_state::MemberState;

/// A provider as matching sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderOffer<Id> {
    pub id: Id,
    /// Verified, and flagged as a trusted Reserve MSSP.
    pub trusted: bool,
    pub member_states: Vec<MemberState>,
    pub languages: Vec<Language>,
    /// Free service-days in the pool and quarter the request draws on
    /// ([`super::CapacityBalances::free`]).
    pub free_days: i64,
}

/// Whether `provider` may be assigned a request of `member_state` needing `days`.
pub fn check_assignment<Id>(
    provider: &ProviderOffer<Id>,
    member_state: MemberState,
    days: i64,
) -> Result<(), ReserveError> {
    if !provider.trusted {
        return Err(ReserveError::ProviderNotEligible(
            "the provider is not a trusted Reserve provider".into(),
        ));
    }
    if !provider.member_states.contains(&member_state) {
        return Err(ReserveError::ProviderNotEligible(format!(
            "the provider does not cover {member_state}"
        )));
    }
    if provider.free_days < days {
        return Err(ReserveError::InsufficientCapacity {
            available: provider.free_days,
            requested: days,
        });
    }
    Ok(())
}

/// An eligible provider, with what ranked it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate<Id> {
    pub id: Id,
    pub speaks_language: bool,
    pub free_days_after: i64,
}

/// The eligible providers for a request of `member_state` in `language` (`None`: no
/// preference) needing `days`, best first. Empty when none may be assigned.
pub fn propose<Id: Ord + Clone>(
    providers: &[ProviderOffer<Id>],
    member_state: MemberState,
    language: Option<Language>,
    days: i64,
) -> Vec<Candidate<Id>> {
    let mut out: Vec<Candidate<Id>> = providers
        .iter()
        .filter(|p| check_assignment(p, member_state, days).is_ok())
        .map(|p| Candidate {
            id: p.id.clone(),
            speaks_language: language.is_some_and(|l| p.languages.contains(&l)),
            free_days_after: p.free_days - days,
        })
        .collect();
    out.sort_by(|a, b| {
        b.speaks_language
            .cmp(&a.speaks_language)
            .then(b.free_days_after.cmp(&a.free_days_after))
            .then(a.id.cmp(&b.id))
    });
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn ms(c: &str) -> MemberState {
        MemberState::parse(c).unwrap()
    }
    fn lang(c: &str) -> Language {
        Language::parse(c).unwrap()
    }
    fn provider(
        id: &'static str,
        trusted: bool,
        states: &[&str],
        langs: &[&str],
        free: i64,
    ) -> ProviderOffer<&'static str> {
        ProviderOffer {
            id,
            trusted,
            member_states: states.iter().map(|s| ms(s)).collect(),
            languages: langs.iter().map(|l| lang(l)).collect(),
            free_days: free,
        }
    }

    #[test]
    fn a_provider_must_be_trusted_cover_the_state_and_have_the_days() {
        let p = provider("a", true, &["DE", "AT"], &["de"], 10);
        assert_eq!(check_assignment(&p, ms("DE"), 10), Ok(()));
        assert_eq!(
            check_assignment(&p, ms("DE"), 11),
            Err(ReserveError::InsufficientCapacity {
                available: 10,
                requested: 11
            })
        );
        let e = check_assignment(&p, ms("FR"), 1).unwrap_err();
        assert_eq!(e.field(), Some("providerId"));
        assert!(e.to_string().contains("does not cover FR"), "{e}");
        let untrusted = provider("b", false, &["DE"], &["de"], 100);
        assert!(matches!(
            check_assignment(&untrusted, ms("DE"), 1),
            Err(ReserveError::ProviderNotEligible(_))
        ));
    }

    #[test]
    fn the_proposal_prefers_the_language_then_the_most_headroom() {
        let providers = vec![
            provider("big-en", true, &["DE", "FR"], &["en"], 50),
            provider("de-small", true, &["DE"], &["de"], 12),
            provider("de-large", true, &["DE", "AT"], &["de", "en"], 30),
            provider("fr-only", true, &["FR"], &["de"], 99),
            provider("untrusted", false, &["DE"], &["de"], 99),
            provider("full", true, &["DE"], &["de"], 4),
            provider("de-tie", true, &["DE"], &["de"], 30),
        ];
        let ids = |c: Vec<Candidate<&'static str>>| c.into_iter().map(|c| c.id).collect::<Vec<_>>();
        assert_eq!(
            ids(propose(&providers, ms("DE"), Some(lang("de")), 5)),
            vec!["de-large", "de-tie", "de-small", "big-en"]
        );
        // Without a language, headroom decides.
        assert_eq!(
            ids(propose(&providers, ms("DE"), None, 5)),
            vec!["big-en", "de-large", "de-tie", "de-small"]
        );
        let c = propose(&providers, ms("DE"), Some(lang("de")), 12);
        assert_eq!((c[0].id, c[0].free_days_after), ("de-large", 18));
        assert!(c.iter().all(|x| x.id != "full"));
        assert!(propose(&providers, ms("PL"), None, 1).is_empty());
    }
}
