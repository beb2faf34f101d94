//! Acknowledgements (issue #12): a recipient organisation answers an alert ("seen", "applied
//! the mitigation", "not affected"). An organisation's latest answer is the one that counts.
//! ENISA sees the counts per member state ([`counts_per_member_state`]); a clinic sees only its
//! own ([`latest_of`]).
use super::AlertError;
use super::lifecycle::AlertStatus;
use crate::member_state::MemberState;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AcknowledgementKind {
    Seen,
    MitigationApplied,
    NotAffected,
}

crate::organisation::str_enum!(AcknowledgementKind { Seen = "SEEN", MitigationApplied = "MITIGATION_APPLIED", NotAffected = "NOT_AFFECTED" });

/// One organisation's answer to one alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acknowledgement {
    pub organisation_id: Uuid,
    pub member_state: MemberState,
    pub kind: AcknowledgementKind,
    pub at: DateTime<Utc>,
}

/// An organisation (registered in `member_state`) answers an alert in `status` at `now`. Only
/// a published or updated alert is acknowledged: a draft is not out, a revoked alert needs no
/// answer. Whether the organisation may see the alert at all is `may_see`'s question, asked
/// first (an alert one may not see is `NOT_FOUND`).
pub fn acknowledge(
    status: AlertStatus,
    organisation_id: Uuid,
    member_state: MemberState,
    kind: &str,
    now: DateTime<Utc>,
) -> Result<Acknowledgement, AlertError> {
    let kind = AcknowledgementKind::parse(kind).map_err(|_| {
        AlertError::invalid(
            "kind",
            "must be one of SEEN, MITIGATION_APPLIED, NOT_AFFECTED",
        )
    })?;
    super::lifecycle::require_out(status, "acknowledged")?;
    Ok(Acknowledgement {
        organisation_id,
        member_state,
        kind,
        at: now,
    })
}

/// The latest answer of each organisation (on equal times, the later in the list).
fn latest(acks: &[Acknowledgement]) -> BTreeMap<Uuid, &Acknowledgement> {
    let mut by_org: BTreeMap<Uuid, &Acknowledgement> = BTreeMap::new();
    for a in acks {
        match by_org.get(&a.organisation_id) {
            Some(seen) if seen.at > a.at => {}
            _ => {
                by_org.insert(a.organisation_id, a);
            }
        }
    }
    by_org
}

/// The organisation's current answer, if it gave one: all a clinic sees.
pub fn latest_of(acks: &[Acknowledgement], organisation_id: Uuid) -> Option<Acknowledgement> {
    latest(acks).get(&organisation_id).map(|a| **a)
}

/// How many organisations of one member state answered what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AcknowledgementCounts {
    pub member_state: MemberState,
    pub seen: u32,
    pub mitigation_applied: u32,
    pub not_affected: u32,
}

impl AcknowledgementCounts {
    /// The organisations of the member state that answered.
    pub fn total(&self) -> u32 {
        self.seen + self.mitigation_applied + self.not_affected
    }
}

/// The counts per member state, counting each organisation once by its latest answer; member
/// states in code order, only those with answers.
pub fn counts_per_member_state(acks: &[Acknowledgement]) -> Vec<AcknowledgementCounts> {
    let mut by_state: BTreeMap<&'static str, AcknowledgementCounts> = BTreeMap::new();
    for a in latest(acks).into_values() {
        let c = by_state
            .entry(a.member_state.code())
            .or_insert(AcknowledgementCounts {
                member_state: a.member_state,
                seen: 0,
                mitigation_applied: 0,
                not_affected: 0,
            });
        match a.kind {
            AcknowledgementKind::Seen => c.seen += 1,
            AcknowledgementKind::MitigationApplied => c.mitigation_applied += 1,
            AcknowledgementKind::NotAffected => c.not_affected += 1,
        }
    }
    by_state.into_values().collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::alert::content::tests::at;

    fn ack(org: u128, code: &str, kind: &str, day: u32) -> Acknowledgement {
        acknowledge(
            AlertStatus::Published,
            Uuid::from_u128(org),
            MemberState::parse(code).unwrap(),
            kind,
            at(day, 0),
        )
        .unwrap()
    }

    #[test]
    fn only_a_published_or_updated_alert_is_acknowledged() {
        let de = MemberState::parse("DE").unwrap();
        for status in [AlertStatus::Published, AlertStatus::Updated] {
            assert!(acknowledge(status, Uuid::nil(), de, "SEEN", at(1, 0)).is_ok());
        }
        for status in [AlertStatus::Draft, AlertStatus::Revoked] {
            assert_eq!(
                acknowledge(status, Uuid::nil(), de, "SEEN", at(1, 0))
                    .unwrap_err()
                    .field(),
                "status"
            );
        }
        let err = acknowledge(AlertStatus::Published, Uuid::nil(), de, "IGNORED", at(1, 0));
        assert_eq!(err.unwrap_err().field(), "kind");
    }

    #[test]
    fn counts_per_member_state_take_each_organisations_latest_answer() {
        let acks = [
            ack(1, "DE", "SEEN", 1),
            ack(1, "DE", "MITIGATION_APPLIED", 3), // replaces the SEEN of day 1
            ack(2, "DE", "NOT_AFFECTED", 2),
            ack(3, "AT", "SEEN", 2),
            ack(4, "DE", "MITIGATION_APPLIED", 4),
            ack(4, "DE", "SEEN", 2), // older than day 4: does not count
        ];
        let counts = counts_per_member_state(&acks);
        let rows: Vec<_> = counts
            .iter()
            .map(|c| {
                (
                    c.member_state.code(),
                    c.seen,
                    c.mitigation_applied,
                    c.not_affected,
                    c.total(),
                )
            })
            .collect();
        assert_eq!(rows, [("AT", 1, 0, 0, 1), ("DE", 0, 2, 1, 3)]);
        assert!(counts_per_member_state(&[]).is_empty());
    }

    #[test]
    fn a_clinic_sees_its_own_latest_answer_only() {
        let acks = [
            ack(1, "DE", "SEEN", 1),
            ack(2, "DE", "NOT_AFFECTED", 2),
            ack(1, "DE", "NOT_AFFECTED", 3),
        ];
        let own = latest_of(&acks, Uuid::from_u128(1)).unwrap();
        assert_eq!(
            (own.kind, own.at),
            (AcknowledgementKind::NotAffected, at(3, 0))
        );
        assert_eq!(latest_of(&acks, Uuid::from_u128(9)), None);
    }
}
