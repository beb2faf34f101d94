//! The agency's pending work (issue #17, "The agency's day"): what waits for an officer of the
//! agency, and for how long. Which records wait is the store's query; these rules say how many
//! of them are shown, how long one has waited, and whether this officer can act on it (under
//! four eyes the recommender never approves: `four_eyes`). Errors: [`ParseError`] on `first`.
use crate::member_state::ParseError;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The kinds of pending work, in the order the agency's page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PendingKind {
    /// Submitted applications nobody has recommended yet: waiting since their submission.
    Review,
    /// Applications one officer recommended, waiting for a second officer's approval: since
    /// the recommendation.
    SecondApproval,
    /// Redemptions waiting for payment that nobody has recommended yet: since the redemption.
    Payment,
    /// Payments one officer recommended, waiting for a second officer's approval: since the
    /// recommendation.
    PaymentSecondApproval,
    /// Self-registered healthcare organisations waiting for verification: since they
    /// registered.
    Verification,
}

impl PendingKind {
    pub const ALL: [PendingKind; 5] = [
        PendingKind::Review,
        PendingKind::SecondApproval,
        PendingKind::Payment,
        PendingKind::PaymentSecondApproval,
        PendingKind::Verification,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PendingKind::Review => "REVIEW",
            PendingKind::SecondApproval => "SECOND_APPROVAL",
            PendingKind::Payment => "PAYMENT",
            PendingKind::PaymentSecondApproval => "PAYMENT_SECOND_APPROVAL",
            PendingKind::Verification => "VERIFICATION",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| ParseError::new("kind", format!("unknown kind of pending work: {s}")))
    }

    /// Whether it waits for a second officer: the one who recommended it cannot act on it.
    pub fn waits_for_second_officer(self) -> bool {
        matches!(
            self,
            PendingKind::SecondApproval | PendingKind::PaymentSecondApproval
        )
    }
}

/// How many of each kind are listed when the caller does not say.
pub const DEFAULT_SHOWN: u64 = 5;
/// How many of each kind are listed at most.
pub const MAX_SHOWN: u64 = 20;

/// How many of each kind to list, the oldest first: `first` (default [`DEFAULT_SHOWN`]), at
/// most [`MAX_SHOWN`]; a negative number is refused on `first`.
pub fn shown(first: Option<i64>) -> Result<u64, ParseError> {
    match first {
        None => Ok(DEFAULT_SHOWN),
        Some(n) if n < 0 => Err(ParseError::new("first", "must not be negative")),
        Some(n) => Ok(u64::try_from(n).unwrap_or(MAX_SHOWN).min(MAX_SHOWN)),
    }
}

/// Whole days an item has waited from `since` until `now`, rounded down: 0 on its first day
/// (and for a `since` after `now`, which a clock set back could give).
pub fn waiting_days(since: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    (now - since).num_days().max(0)
}

/// Whether `officer` can act on an item of `kind` that `recommended_by` recommended.
/// `officer` is `None` for a caller who may not act on this kind at all (the admin reads the
/// agencies' pending work but decides none of it); the officer who recommended an item waiting
/// for a second officer cannot act on it.
pub fn actionable(kind: PendingKind, recommended_by: Option<Uuid>, officer: Option<Uuid>) -> bool {
    match officer {
        None => false,
        Some(me) => !(kind.waits_for_second_officer() && recommended_by == Some(me)),
    }
}

/// How many of `count` items of `kind` `officer` can act on, `recommended_by_officer` of them
/// being the officer's own recommendations (see [`actionable`]).
pub fn actionable_count(
    kind: PendingKind,
    count: u64,
    recommended_by_officer: u64,
    officer: Option<Uuid>,
) -> u64 {
    match officer {
        None => 0,
        Some(_) if kind.waits_for_second_officer() => count.saturating_sub(recommended_by_officer),
        Some(_) => count,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 3, day, hour, 0, 0).unwrap()
    }

    #[test]
    fn waiting_is_counted_in_whole_days_rounded_down() {
        for (since, now, days) in [
            (at(1, 9), at(1, 9), 0),
            (at(1, 9), at(2, 8), 0),
            (at(1, 9), at(2, 9), 1),
            (at(1, 9), at(13, 10), 12),
            (at(1, 9), at(31, 8), 29),
            // A clock set back never shows a negative wait.
            (at(2, 9), at(1, 9), 0),
        ] {
            assert_eq!(waiting_days(since, now), days, "{since} → {now}");
        }
        let since = at(1, 0);
        assert_eq!(waiting_days(since, since + Duration::days(400)), 400);
    }

    #[test]
    fn the_recommender_cannot_act_on_what_waits_for_a_second_officer() {
        let (me, other) = (Some(Uuid::from_u128(1)), Some(Uuid::from_u128(2)));
        for kind in [
            PendingKind::SecondApproval,
            PendingKind::PaymentSecondApproval,
        ] {
            assert!(!actionable(kind, me, me), "{kind:?}");
            assert!(actionable(kind, other, me), "{kind:?}");
        }
        for kind in [
            PendingKind::Review,
            PendingKind::Payment,
            PendingKind::Verification,
        ] {
            assert!(actionable(kind, None, me), "{kind:?}");
        }
    }

    #[test]
    fn a_caller_who_may_not_act_can_act_on_nothing() {
        for kind in PendingKind::ALL {
            assert!(!actionable(kind, None, None), "{kind:?}");
            assert_eq!(actionable_count(kind, 7, 0, None), 0, "{kind:?}");
        }
    }

    #[test]
    fn the_actionable_count_leaves_out_the_officers_own_recommendations_only_where_they_matter() {
        let me = Some(Uuid::from_u128(1));
        assert_eq!(actionable_count(PendingKind::SecondApproval, 5, 2, me), 3);
        assert_eq!(
            actionable_count(PendingKind::PaymentSecondApproval, 2, 2, me),
            0
        );
        assert_eq!(actionable_count(PendingKind::Review, 5, 0, me), 5);
        assert_eq!(actionable_count(PendingKind::Verification, 4, 0, me), 4);
    }

    #[test]
    fn the_number_shown_defaults_to_five_and_is_capped() {
        assert_eq!(shown(None), Ok(5));
        assert_eq!(shown(Some(0)), Ok(0));
        assert_eq!(shown(Some(3)), Ok(3));
        assert_eq!(shown(Some(1000)), Ok(MAX_SHOWN));
        assert_eq!(shown(Some(-1)).unwrap_err().field, "first");
    }

    #[test]
    fn each_kind_survives_its_name() {
        for kind in PendingKind::ALL {
            assert_eq!(PendingKind::parse(kind.as_str()).unwrap(), kind);
        }
        assert!(PendingKind::parse("OTHER").is_err());
    }
}
