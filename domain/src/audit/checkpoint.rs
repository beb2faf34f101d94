//! Signed checkpoints of the audit trail: the heads of every chain at one moment, signed with
//! an Ed25519 key that lives outside the database. Someone who can write the database can
//! rewrite a chain's end consistently (delete its newest rows and move its head back, or drop a
//! whole chain); a checkpoint kept elsewhere (append-only storage, another machine) still shows
//! it: every chain must be at least as long as in the checkpoint, and the row at the
//! checkpoint's position must still have the hash the checkpoint recorded.
//! Errors: [`CheckpointError`].
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

/// One chain's head when the checkpoint was taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    pub chain: String,
    pub seq: i64,
    pub hash: String,
}

/// What is signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heads {
    pub version: u32,
    pub taken_at: DateTime<Utc>,
    pub chains: Vec<Head>,
}

/// A checkpoint as written to its file: the heads, the signature over their canonical JSON,
/// and the public key (for reading; verification trusts only the configured key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub heads: Heads,
    pub signature: String,
    pub public_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointError {
    #[error("the key is not a base64 Ed25519 key of 32 bytes")]
    BadKey,
    #[error("the checkpoint's signature does not verify with the configured key")]
    BadSignature,
    #[error("chain {chain} is missing (the checkpoint has {seq} rows)")]
    ChainMissing { chain: String, seq: i64 },
    #[error("chain {chain} is shorter than the checkpoint: {now} rows, the checkpoint has {seq}")]
    Shorter { chain: String, now: i64, seq: i64 },
    #[error("chain {chain} differs from the checkpoint at row {seq}")]
    Differs { chain: String, seq: i64 },
}

/// The exact bytes signed: the heads as JSON, chains in name order.
fn canonical(heads: &Heads) -> Vec<u8> {
    let mut sorted = heads.clone();
    sorted.chains.sort_by(|a, b| a.chain.cmp(&b.chain));
    serde_json::to_vec(&sorted).unwrap_or_default()
}

/// A signing key from its base64 seed (32 bytes).
pub fn signing_key(base64_seed: &str) -> Result<SigningKey, CheckpointError> {
    let bytes = STANDARD
        .decode(base64_seed.trim())
        .map_err(|_| CheckpointError::BadKey)?;
    let seed: [u8; 32] = bytes.try_into().map_err(|_| CheckpointError::BadKey)?;
    Ok(SigningKey::from_bytes(&seed))
}

/// A verifying key from its base64 form.
pub fn verifying_key(base64_key: &str) -> Result<VerifyingKey, CheckpointError> {
    let bytes = STANDARD
        .decode(base64_key.trim())
        .map_err(|_| CheckpointError::BadKey)?;
    let key: [u8; 32] = bytes.try_into().map_err(|_| CheckpointError::BadKey)?;
    VerifyingKey::from_bytes(&key).map_err(|_| CheckpointError::BadKey)
}

pub fn public_key_of(key: &SigningKey) -> String {
    STANDARD.encode(key.verifying_key().to_bytes())
}

/// Signs the heads of every chain taken at `now`.
pub fn sign(key: &SigningKey, chains: Vec<Head>, now: DateTime<Utc>) -> Checkpoint {
    let mut chains = chains;
    chains.sort_by(|a, b| a.chain.cmp(&b.chain));
    let heads = Heads {
        version: 1,
        taken_at: now,
        chains,
    };
    let signature = key.sign(&canonical(&heads));
    Checkpoint {
        public_key: public_key_of(key),
        signature: STANDARD.encode(signature.to_bytes()),
        heads,
    }
}

/// Checks the signature with the trusted key (never the one the file names).
pub fn verify_signature(cp: &Checkpoint, trusted: &VerifyingKey) -> Result<(), CheckpointError> {
    let bytes = STANDARD
        .decode(&cp.signature)
        .map_err(|_| CheckpointError::BadSignature)?;
    let sig: [u8; 64] = bytes
        .try_into()
        .map_err(|_| CheckpointError::BadSignature)?;
    trusted
        .verify(&canonical(&cp.heads), &Signature::from_bytes(&sig))
        .map_err(|_| CheckpointError::BadSignature)
}

/// A chain as the database holds it now: its length, and the hash of its row at the
/// checkpoint's position (`None` when that row is gone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Current {
    pub seq: i64,
    pub hash_at_checkpoint: Option<String>,
}

/// Compares a (verified) checkpoint with the chains now: every chain of the checkpoint must
/// still exist, be at least as long, and hold the same row at the checkpoint's position.
/// Returns every problem, chain by chain.
pub fn compare(heads: &Heads, now: impl Fn(&str) -> Option<Current>) -> Vec<CheckpointError> {
    let mut problems = Vec::new();
    for h in &heads.chains {
        match now(&h.chain) {
            None if h.seq > 0 => problems.push(CheckpointError::ChainMissing {
                chain: h.chain.clone(),
                seq: h.seq,
            }),
            None => {}
            Some(c) if c.seq < h.seq => problems.push(CheckpointError::Shorter {
                chain: h.chain.clone(),
                now: c.seq,
                seq: h.seq,
            }),
            Some(c) if h.seq > 0 && c.hash_at_checkpoint.as_deref() != Some(h.hash.as_str()) => {
                problems.push(CheckpointError::Differs {
                    chain: h.chain.clone(),
                    seq: h.seq,
                })
            }
            Some(_) => {}
        }
    }
    problems
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn key(byte: u8) -> SigningKey {
        SigningKey::from_bytes(&[byte; 32])
    }

    fn heads() -> Vec<Head> {
        vec![
            Head {
                chain: "MS:DE".into(),
                seq: 5,
                hash: "h5".into(),
            },
            Head {
                chain: "EU".into(),
                seq: 2,
                hash: "e2".into(),
            },
        ]
    }

    #[test]
    fn a_checkpoint_verifies_only_with_its_own_key_and_only_unaltered() {
        let cp = sign(&key(1), heads(), Utc::now());
        assert!(verify_signature(&cp, &key(1).verifying_key()).is_ok());
        assert_eq!(
            verify_signature(&cp, &key(2).verifying_key()),
            Err(CheckpointError::BadSignature)
        );
        let mut moved = cp.clone();
        moved.heads.chains[0].seq = 1; // someone shortens the checkpoint to match a cut chain
        assert_eq!(
            verify_signature(&moved, &key(1).verifying_key()),
            Err(CheckpointError::BadSignature)
        );
        // A file signed by someone else's key, naming that key, still fails with the trusted one.
        let forged = sign(&key(9), heads(), Utc::now());
        assert!(verify_signature(&forged, &key(1).verifying_key()).is_err());
    }

    #[test]
    fn keys_round_trip_through_base64() {
        let seed = STANDARD.encode([7u8; 32]);
        let k = signing_key(&seed).unwrap();
        assert_eq!(
            verifying_key(&public_key_of(&k)).unwrap(),
            k.verifying_key()
        );
        assert_eq!(signing_key("short").err(), Some(CheckpointError::BadKey));
    }

    #[test]
    fn a_cut_a_rewritten_or_a_dropped_chain_is_reported() {
        let cp = sign(&key(1), heads(), Utc::now());
        let state = |pairs: &[(&str, i64, Option<&str>)]| -> HashMap<String, Current> {
            pairs
                .iter()
                .map(|(c, seq, h)| {
                    (
                        (*c).to_owned(),
                        Current {
                            seq: *seq,
                            hash_at_checkpoint: h.map(str::to_owned),
                        },
                    )
                })
                .collect()
        };
        let intact = state(&[("MS:DE", 9, Some("h5")), ("EU", 2, Some("e2"))]);
        assert!(compare(&cp.heads, |c| intact.get(c).cloned()).is_empty());
        let cut = state(&[("MS:DE", 3, None), ("EU", 2, Some("e2"))]);
        assert_eq!(
            compare(&cp.heads, |c| cut.get(c).cloned()),
            vec![CheckpointError::Shorter {
                chain: "MS:DE".into(),
                now: 3,
                seq: 5
            }]
        );
        // Cut and regrown to the same length with other rows.
        let regrown = state(&[("MS:DE", 6, Some("other")), ("EU", 2, Some("e2"))]);
        assert_eq!(
            compare(&cp.heads, |c| regrown.get(c).cloned()),
            vec![CheckpointError::Differs {
                chain: "MS:DE".into(),
                seq: 5
            }]
        );
        let dropped = state(&[("MS:DE", 5, Some("h5"))]);
        assert_eq!(
            compare(&cp.heads, |c| dropped.get(c).cloned()),
            vec![CheckpointError::ChainMissing {
                chain: "EU".into(),
                seq: 2
            }]
        );
    }
}
