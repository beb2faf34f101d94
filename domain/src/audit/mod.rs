//! The tamper-evident audit trail: what a row is, how it is hashed, and how a chain is checked.
//! Errors: [`ChainError`] names the first broken link.
//!
//! Each chain is a sequence `1, 2, 3, …` where
//! `hash(n) = SHA-256(hash(n-1) ‖ canonical(row n))` and `hash(0)` is [`GENESIS`]. There is one
//! chain per member state and one EU-wide chain (see `docs/audit.md` for why).
pub mod checkpoint;

use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The EU-wide audit chain: changes that belong to no member state.
pub const EU_CHAIN: &str = "EU";

/// The audit chain of a member state's changes, `MS:<code>`: the one place the key is spelled.
pub fn member_state_chain(ms: crate::member_state::MemberState) -> String {
    format!("MS:{}", ms.code())
}

/// The `prev_hash` of the first row of every chain.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Outcome {
    /// The change was made.
    Success,
    /// The caller was refused: not logged in, wrong role, out of scope, rate-limited.
    Denied,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "SUCCESS",
            Outcome::Denied => "DENIED",
        }
    }
}

/// One audited event, before it is chained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub actor_role: Option<String>,
    pub scope: String,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<String>,
    pub outcome: Outcome,
    /// Ids and codes only, never personal data or incident contents.
    pub detail: String,
    pub request_id: String,
}

impl AuditEvent {
    /// Timestamps are kept to the microsecond, which both databases store exactly.
    pub fn normalised(mut self) -> Self {
        self.at = self.at.trunc_subsecs(6);
        self
    }
}

/// The exact bytes that are hashed for a row: a JSON array in a fixed order.
pub fn canonical(chain: &str, seq: i64, e: &AuditEvent) -> String {
    serde_json::json!([
        chain,
        seq,
        e.at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string(),
        e.actor_id.map(|u| u.to_string()),
        e.actor_role,
        e.scope,
        e.action,
        e.object_type,
        e.object_id,
        e.outcome.as_str(),
        e.detail,
        e.request_id,
    ])
    .to_string()
}

/// `SHA-256(prev_hash ‖ canonical row)`, hex-encoded.
pub fn link_hash(prev_hash: &str, chain: &str, seq: i64, e: &AuditEvent) -> String {
    let mut h = Sha256::new();
    h.update(prev_hash.as_bytes());
    h.update(canonical(chain, seq, e).as_bytes());
    hex::encode(h.finalize())
}

/// A row as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLink {
    pub seq: i64,
    pub prev_hash: String,
    pub hash: String,
    pub event: AuditEvent,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainError {
    #[error("chain {chain}: {} (the sequence jumps from {previous} to {seq})", missing(*previous, *seq))]
    Gap {
        chain: String,
        previous: i64,
        seq: i64,
    },
    #[error("chain {chain}: row {seq} does not point at the row before it")]
    PrevHashMismatch { chain: String, seq: i64 },
    #[error("chain {chain}: row {seq} was altered (its hash does not match its contents)")]
    HashMismatch { chain: String, seq: i64 },
    #[error(
        "chain {chain}: the chain head says {head_seq} rows but the last row is {last_seq} (rows were deleted or added at the end)"
    )]
    HeadMismatch {
        chain: String,
        head_seq: i64,
        last_seq: i64,
    },
}

/// Which rows a jump from `previous` to `seq` leaves out, in words.
fn missing(previous: i64, seq: i64) -> String {
    let (first, last) = (previous + 1, seq - 1);
    if first >= last {
        format!("row {first} is missing")
    } else {
        format!("rows {first} to {last} are missing")
    }
}

/// Walks one chain in `seq` order and checks every link, and that the recorded head matches
/// the last row. Returns the number of rows checked.
pub fn verify_chain(
    chain: &str,
    links: impl IntoIterator<Item = StoredLink>,
    head: Option<(i64, &str)>,
) -> Result<i64, ChainError> {
    let mut prev_seq = 0;
    let mut prev_hash = GENESIS.to_owned();
    for link in links {
        if link.seq != prev_seq + 1 {
            return Err(ChainError::Gap {
                chain: chain.to_owned(),
                previous: prev_seq,
                seq: link.seq,
            });
        }
        if link.prev_hash != prev_hash {
            return Err(ChainError::PrevHashMismatch {
                chain: chain.to_owned(),
                seq: link.seq,
            });
        }
        if link_hash(&prev_hash, chain, link.seq, &link.event) != link.hash {
            return Err(ChainError::HashMismatch {
                chain: chain.to_owned(),
                seq: link.seq,
            });
        }
        prev_seq = link.seq;
        prev_hash = link.hash;
    }
    let (head_seq, head_hash) = head.unwrap_or((0, GENESIS));
    if head_seq != prev_seq || head_hash != prev_hash {
        return Err(ChainError::HeadMismatch {
            chain: chain.to_owned(),
            head_seq,
            last_seq: prev_seq,
        });
    }
    Ok(prev_seq)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn event(action: &str) -> AuditEvent {
        AuditEvent {
            at: Utc::now(),
            actor_id: Some(Uuid::now_v7()),
            actor_role: Some("AGENCY_OFFICER".into()),
            scope: "ms:DE".into(),
            action: action.into(),
            object_type: "Organisation".into(),
            object_id: Some(Uuid::now_v7().to_string()),
            outcome: Outcome::Success,
            detail: "{}".into(),
            request_id: "r1".into(),
        }
        .normalised()
    }

    fn chain_of(n: i64) -> Vec<StoredLink> {
        let mut prev = GENESIS.to_owned();
        (1..=n)
            .map(|seq| {
                let e = event(&format!("a{seq}"));
                let hash = link_hash(&prev, "MS:DE", seq, &e);
                let l = StoredLink {
                    seq,
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                    event: e,
                };
                prev = hash;
                l
            })
            .collect()
    }

    fn head(links: &[StoredLink]) -> Option<(i64, &str)> {
        links.last().map(|l| (l.seq, l.hash.as_str()))
    }

    #[test]
    fn an_intact_chain_verifies() {
        let links = chain_of(5);
        let h = head(&links).map(|(s, h)| (s, h.to_owned()));
        let n = verify_chain("MS:DE", links, h.as_ref().map(|(s, h)| (*s, h.as_str()))).unwrap();
        assert_eq!(n, 5);
    }

    #[test]
    fn an_edited_row_is_named() {
        let mut links = chain_of(5);
        let h = head(&links).map(|(s, h)| (s, h.to_owned())).unwrap();
        links[2].event.outcome = Outcome::Denied;
        let err = verify_chain("MS:DE", links, Some((h.0, &h.1))).unwrap_err();
        assert_eq!(
            err,
            ChainError::HashMismatch {
                chain: "MS:DE".into(),
                seq: 3
            }
        );
    }

    #[test]
    fn a_deleted_row_in_the_middle_is_a_gap() {
        let mut links = chain_of(5);
        let h = head(&links).map(|(s, h)| (s, h.to_owned())).unwrap();
        links.remove(1);
        let err = verify_chain("MS:DE", links, Some((h.0, &h.1))).unwrap_err();
        assert!(matches!(
            err,
            ChainError::Gap {
                previous: 1,
                seq: 3,
                ..
            }
        ));
        // The message names the row that was deleted, not the one after it.
        assert!(err.to_string().contains("row 2 is missing"), "{err}");
    }

    #[test]
    fn several_deleted_rows_are_named_as_a_range() {
        let mut links = chain_of(6);
        let h = head(&links).map(|(s, h)| (s, h.to_owned())).unwrap();
        links.drain(1..4);
        let err = verify_chain("MS:DE", links, Some((h.0, &h.1))).unwrap_err();
        assert!(err.to_string().contains("rows 2 to 4 are missing"), "{err}");
    }

    #[test]
    fn a_deleted_last_row_is_caught_by_the_head() {
        let mut links = chain_of(5);
        let h = head(&links).map(|(s, h)| (s, h.to_owned())).unwrap();
        links.pop();
        let err = verify_chain("MS:DE", links, Some((h.0, &h.1))).unwrap_err();
        assert!(matches!(
            err,
            ChainError::HeadMismatch {
                head_seq: 5,
                last_seq: 4,
                ..
            }
        ));
    }

    #[test]
    fn a_row_rehashed_after_editing_breaks_the_next_link() {
        let mut links = chain_of(4);
        let h = head(&links).map(|(s, h)| (s, h.to_owned())).unwrap();
        links[1].event.action = "forged".into();
        links[1].hash = link_hash(&links[1].prev_hash, "MS:DE", 2, &links[1].event);
        let err = verify_chain("MS:DE", links, Some((h.0, &h.1))).unwrap_err();
        assert_eq!(
            err,
            ChainError::PrevHashMismatch {
                chain: "MS:DE".into(),
                seq: 3
            }
        );
    }

    #[test]
    fn the_chain_name_is_part_of_the_hash() {
        let e = event("x");
        assert_ne!(
            link_hash(GENESIS, "MS:DE", 1, &e),
            link_hash(GENESIS, "MS:FR", 1, &e)
        );
    }
}
