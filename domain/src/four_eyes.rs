//! Four eyes on money: a programme decides which approvals (of an application, or of a
//! redemption's payment) need a second officer of the same agency. The first officer
//! recommends, a different one approves; the same person can never do both. Errors:
//! [`FourEyesError`], each naming the field it concerns.
//!
//! The store enforces the "different person" rule in the approving conditional update itself
//! (and a trigger refuses an approved row whose approver is its recommender), so that no
//! interleaving of requests can get round it; these functions decide what to ask for and explain
//! a refusal.
use crate::money::{Currency, Money};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FourEyesError {
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    /// The officer who recommended cannot also approve.
    #[error(
        "recommendedBy: the officer who recommended cannot also approve; a different officer of the agency must"
    )]
    SameOfficer,
    /// The approval needs a recommendation by another officer first.
    #[error("an approval of {amount} needs a second officer: another officer recommends it first")]
    RecommendationNeeded { amount: String },
    /// The second officer approves at most the recommended amount.
    #[error("amount: the second officer approves at most the recommended {recommended}")]
    AboveRecommended { recommended: String },
}

/// Which approvals need a second officer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum FourEyes {
    /// One officer approves alone.
    #[default]
    None,
    /// Every approval.
    All,
    /// Approvals of this amount (minor units of the programme's currency) or more.
    AtOrAbove(i64),
}

/// How a programme's four-eyes rule is entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FourEyesMode {
    None,
    All,
    AtOrAbove,
}

impl FourEyes {
    /// Parses the mode and, for `AtOrAbove`, a positive threshold in `currency`
    /// (`fourEyes.threshold` in errors).
    pub fn parse(
        mode: FourEyesMode,
        threshold: Option<Decimal>,
        currency: Currency,
    ) -> Result<Self, FourEyesError> {
        let invalid = |message: &str| FourEyesError::Invalid {
            field: "fourEyes.threshold".into(),
            message: message.into(),
        };
        match (mode, threshold) {
            (FourEyesMode::None, None) => Ok(FourEyes::None),
            (FourEyesMode::All, None) => Ok(FourEyes::All),
            (FourEyesMode::AtOrAbove, Some(t)) => Money::positive(t, currency)
                .ok()
                .and_then(|m| m.to_minor_units().ok())
                .map(FourEyes::AtOrAbove)
                .ok_or_else(|| invalid("must be a positive amount in the programme's currency")),
            (FourEyesMode::AtOrAbove, None) => {
                Err(invalid("give the amount from which two officers approve"))
            }
            (_, Some(_)) => Err(invalid("only a threshold of AT_OR_ABOVE takes an amount")),
        }
    }

    /// Whether approving `amount_minor` needs a second officer.
    pub fn needs_second(self, amount_minor: i64) -> bool {
        match self {
            FourEyes::None => false,
            FourEyes::All => true,
            FourEyes::AtOrAbove(t) => amount_minor >= t,
        }
    }

    /// Stored as one nullable column: `NULL` none, `0` all, else the threshold.
    pub fn to_column(self) -> Option<i64> {
        match self {
            FourEyes::None => None,
            FourEyes::All => Some(0),
            FourEyes::AtOrAbove(t) => Some(t),
        }
    }

    pub fn from_column(v: Option<i64>) -> Self {
        match v {
            None => FourEyes::None,
            Some(t) if t <= 0 => FourEyes::All,
            Some(t) => FourEyes::AtOrAbove(t),
        }
    }
}

/// A recommendation on record: who, and for how much.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recommendation {
    pub by: Uuid,
    pub amount_minor: i64,
}

/// Whether `approver` may approve `amount_minor` now, under `rule`, given the recommendation on
/// record. A recommended approval always takes a different officer (whatever the amount), so
/// the recommender and the approver of a record are never the same person.
pub fn check_approval(
    rule: FourEyes,
    recommendation: Option<Recommendation>,
    approver: Uuid,
    amount_minor: i64,
    currency: Currency,
) -> Result<(), FourEyesError> {
    let show = |minor: i64| {
        let m = Money::from_minor_units(minor, currency);
        format!("{} {}", m.amount(), currency)
    };
    match recommendation {
        Some(r) if r.by == approver => Err(FourEyesError::SameOfficer),
        Some(r) if amount_minor > r.amount_minor => Err(FourEyesError::AboveRecommended {
            recommended: show(r.amount_minor),
        }),
        Some(_) => Ok(()),
        None if rule.needs_second(amount_minor) => Err(FourEyesError::RecommendationNeeded {
            amount: show(amount_minor),
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const EUR: Currency = Currency::EUR;

    fn officer(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    #[test]
    fn a_threshold_catches_approvals_at_or_above_it_only() {
        let rule = FourEyes::AtOrAbove(1_000_000);
        assert!(!rule.needs_second(999_999));
        assert!(rule.needs_second(1_000_000));
        assert!(rule.needs_second(1_000_001));
        assert!(FourEyes::All.needs_second(1));
        assert!(!FourEyes::None.needs_second(i64::MAX));
    }

    #[test]
    fn the_rule_survives_its_column() {
        for rule in [FourEyes::None, FourEyes::All, FourEyes::AtOrAbove(5)] {
            assert_eq!(FourEyes::from_column(rule.to_column()), rule);
        }
    }

    #[test]
    fn a_threshold_must_be_a_positive_amount_and_only_with_its_mode() {
        let t = |s: &str| Some(s.parse::<Decimal>().unwrap());
        assert_eq!(
            FourEyes::parse(FourEyesMode::AtOrAbove, t("10000.50"), EUR),
            Ok(FourEyes::AtOrAbove(1_000_050))
        );
        for (mode, threshold) in [
            (FourEyesMode::AtOrAbove, None),
            (FourEyesMode::AtOrAbove, t("0")),
            (FourEyesMode::AtOrAbove, t("1.001")),
            (FourEyesMode::All, t("100")),
            (FourEyesMode::None, t("100")),
        ] {
            let e = FourEyes::parse(mode, threshold, EUR).unwrap_err();
            assert!(
                matches!(&e, FourEyesError::Invalid { field, .. } if field == "fourEyes.threshold"),
                "{mode:?} {threshold:?}: {e}"
            );
        }
    }

    #[test]
    fn above_the_threshold_one_officer_alone_cannot_approve() {
        let e = check_approval(FourEyes::AtOrAbove(100), None, officer(1), 100, EUR);
        assert!(matches!(e, Err(FourEyesError::RecommendationNeeded { .. })));
        assert_eq!(
            check_approval(FourEyes::AtOrAbove(100), None, officer(1), 99, EUR),
            Ok(())
        );
    }

    #[test]
    fn the_recommending_officer_can_never_approve_whatever_the_amount() {
        let r = Recommendation {
            by: officer(1),
            amount_minor: 500,
        };
        for rule in [FourEyes::None, FourEyes::All, FourEyes::AtOrAbove(400)] {
            for amount in [1, 500] {
                assert_eq!(
                    check_approval(rule, Some(r), officer(1), amount, EUR),
                    Err(FourEyesError::SameOfficer)
                );
            }
            assert_eq!(check_approval(rule, Some(r), officer(2), 500, EUR), Ok(()));
        }
    }

    #[test]
    fn the_second_officer_approves_at_most_what_was_recommended() {
        let r = Recommendation {
            by: officer(1),
            amount_minor: 500,
        };
        let e = check_approval(FourEyes::All, Some(r), officer(2), 501, EUR);
        assert!(matches!(e, Err(FourEyesError::AboveRecommended { .. })));
        assert_eq!(
            check_approval(FourEyes::All, Some(r), officer(2), 400, EUR),
            Ok(())
        );
    }
}
