//! Sealed text: the most sensitive free text of the platform (a ransom note, indicators of
//! compromise, the stages' descriptions, the significance assessment, comments) is stored
//! encrypted with XChaCha20-Poly1305, an authenticated cipher (`chacha20poly1305`, RustCrypto).
//!
//! A sealed value is `<key id>:<base64(nonce ‖ ciphertext ‖ tag)>`, with a random 192-bit
//! nonce, and the row and column it belongs to as associated data (a value copied to another
//! row does not open). The key id travels with each value, so a [`Keyring`] with a new current
//! key and the old ones still opens everything, and `cyberhealth rotate-data-key` re-seals every
//! value under the current key (`docs/incidents.md`).
//!
//! Keys come from `CYBERHEALTH_DATA_KEY`: `id:base64key[,id:base64key…]`, the first is current.
//! Nothing here logs, and no error carries a plaintext.
use super::StoreError;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;

const NONCE: usize = 24;
const KEY: usize = 32;

struct DataKey {
    id: String,
    cipher: XChaCha20Poly1305,
}

/// The data keys: the current one seals, every one opens.
pub struct Keyring {
    current: DataKey,
    older: Vec<DataKey>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field("current", &self.current.id)
            .field(
                "older",
                &self.older.iter().map(|k| &k.id).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// Why a key setting was refused (never echoes the key).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct KeyError(pub String);

fn valid_id(id: &str) -> bool {
    (1..=32).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Keyring {
    /// Parses `id:base64key[,id:base64key…]` (the first is current; ids distinct).
    pub fn parse(spec: &str) -> Result<Self, KeyError> {
        let mut keys = Vec::new();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (id, b64) = part.split_once(':').ok_or_else(|| {
                KeyError("CYBERHEALTH_DATA_KEY: each key is `id:base64` (e.g. `k1:…`)".into())
            })?;
            if !valid_id(id) {
                return Err(KeyError(
                    "CYBERHEALTH_DATA_KEY: a key id is 1 to 32 letters, digits, - or _".into(),
                ));
            }
            let bytes = STANDARD
                .decode(b64.trim())
                .map_err(|_| KeyError(format!("CYBERHEALTH_DATA_KEY: key `{id}` is not base64")))?;
            if bytes.len() != KEY {
                return Err(KeyError(format!(
                    "CYBERHEALTH_DATA_KEY: key `{id}` must be 32 random bytes (`cyberhealth rotate-data-key --generate`)"
                )));
            }
            if keys.iter().any(|k: &DataKey| k.id == id) {
                return Err(KeyError(format!(
                    "CYBERHEALTH_DATA_KEY: key id `{id}` appears twice"
                )));
            }
            let cipher = XChaCha20Poly1305::new_from_slice(&bytes)
                .map_err(|_| KeyError("CYBERHEALTH_DATA_KEY: bad key length".into()))?;
            keys.push(DataKey {
                id: id.to_owned(),
                cipher,
            });
        }
        let mut it = keys.into_iter();
        let current = it
            .next()
            .ok_or_else(|| KeyError("CYBERHEALTH_DATA_KEY is empty".into()))?;
        Ok(Self {
            current,
            older: it.collect(),
        })
    }

    /// The configured keys: `CYBERHEALTH_DATA_KEY` when set; otherwise (development) the key
    /// file beside the SQLite file (`<database>.data-key`, created with a fresh key, readable
    /// by the owner only). PostgreSQL without the setting is refused.
    pub fn configured(setting: Option<&str>, database_url: &str) -> Result<Self, StoreError> {
        if let Some(s) = setting {
            return Self::parse(s).map_err(|e| StoreError::Setup(e.0));
        }
        let db = super::sqlite_file_path(database_url).ok_or_else(|| {
            StoreError::Setup(
                "CYBERHEALTH_DATA_KEY is required with this database (no SQLite file to keep a development key beside)".into(),
            )
        })?;
        let path = std::path::PathBuf::from(format!("{db}.data-key"));
        let setup = |e: std::io::Error| StoreError::Setup(format!("{}: {e}", path.display()));
        if !path.exists() {
            write_private(&path, &Self::generate("dev1")).map_err(setup)?;
        }
        let text = std::fs::read_to_string(&path).map_err(setup)?;
        Self::parse(text.trim())
            .map_err(|e| StoreError::Setup(format!("{}: {}", path.display(), e.0)))
    }

    /// A new random key setting `id:base64key`.
    pub fn generate(id: &str) -> String {
        let mut key = [0u8; KEY];
        rand::rngs::OsRng.fill_bytes(&mut key);
        format!("{id}:{}", STANDARD.encode(key))
    }

    pub fn current_id(&self) -> &str {
        &self.current.id
    }

    /// Whether `sealed` is sealed under the current key.
    pub fn is_current(&self, sealed: &str) -> bool {
        sealed
            .split_once(':')
            .is_some_and(|(id, _)| id == self.current.id)
    }

    /// Seals `plain` for the value `aad` names (e.g. `ransom_demand.note:<id>`).
    pub fn seal(&self, plain: &str, aad: &str) -> Result<String, StoreError> {
        let mut nonce = [0u8; NONCE];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let n =
            XNonce::try_from(&nonce[..]).map_err(|_| StoreError::Corrupt("nonce length".into()))?;
        let ct = self
            .current
            .cipher
            .encrypt(
                &n,
                Payload {
                    msg: plain.as_bytes(),
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| StoreError::Corrupt("sealing failed".into()))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        Ok(format!("{}:{}", self.current.id, STANDARD.encode(out)))
    }

    /// Opens a sealed value of `aad` with the key its id names.
    pub fn open(&self, sealed: &str, aad: &str) -> Result<String, StoreError> {
        let bad = |why: &str| StoreError::Corrupt(format!("sealed value of {aad}: {why}"));
        let (id, b64) = sealed.split_once(':').ok_or_else(|| bad("no key id"))?;
        let key = std::iter::once(&self.current)
            .chain(self.older.iter())
            .find(|k| k.id == id)
            .ok_or_else(|| bad(&format!("key `{id}` is not configured")))?;
        let bytes = STANDARD.decode(b64).map_err(|_| bad("not base64"))?;
        if bytes.len() < NONCE {
            return Err(bad("too short"));
        }
        let (nonce, ct) = bytes.split_at(NONCE);
        let n = XNonce::try_from(nonce).map_err(|_| bad("nonce"))?;
        let plain = key
            .cipher
            .decrypt(
                &n,
                Payload {
                    msg: ct,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| bad("does not authenticate"))?;
        String::from_utf8(plain).map_err(|_| bad("not text"))
    }

    pub fn open_opt(&self, sealed: Option<&str>, aad: &str) -> Result<Option<String>, StoreError> {
        sealed.map(|s| self.open(s, aad)).transpose()
    }
}

#[cfg(unix)]
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

/// The key voucher codes are looked up by: a code is stored as its HMAC-SHA256 under this key
/// (issue #14, "Data at rest"), so a copy of the database does not hold a usable code, and the
/// unique digest still finds the voucher a service provider types in. Its clear text lives only
/// sealed under the data keys, opened for the clinic that holds the voucher.
///
/// From `CYBERHEALTH_CODE_KEY` (32 random bytes in base64); in development a key file beside the
/// SQLite file (`<database>.code-key`). It is not rotated by `rotate-data-key`: a new code key
/// needs every digest recomputed from the sealed copies (`docs/security.md`).
pub struct CodeKey([u8; KEY]);

impl std::fmt::Debug for CodeKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CodeKey(…)")
    }
}

/// A voucher code's keyed digest: the only form in which a code is compared or stored in clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeDigest(String);

impl CodeDigest {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl CodeKey {
    /// Parses 32 bytes in base64 (never echoes the key).
    pub fn parse(spec: &str) -> Result<Self, KeyError> {
        let bytes = STANDARD
            .decode(spec.trim())
            .map_err(|_| KeyError("CYBERHEALTH_CODE_KEY is not base64".into()))?;
        let key: [u8; KEY] = bytes.try_into().map_err(|_| {
            KeyError(
                "CYBERHEALTH_CODE_KEY must be 32 random bytes in base64 (`cyberhealth rotate-data-key --generate` prints such bytes after the id)".into(),
            )
        })?;
        Ok(Self(key))
    }

    /// The configured key: `CYBERHEALTH_CODE_KEY` when set; otherwise (development) the key
    /// file beside the SQLite file, created on first use and readable by the owner only.
    pub fn configured(setting: Option<&str>, database_url: &str) -> Result<Self, StoreError> {
        if let Some(s) = setting {
            return Self::parse(s).map_err(|e| StoreError::Setup(e.0));
        }
        let db = super::sqlite_file_path(database_url).ok_or_else(|| {
            StoreError::Setup(
                "CYBERHEALTH_CODE_KEY is required with this database (no SQLite file to keep a development key beside)".into(),
            )
        })?;
        let path = std::path::PathBuf::from(format!("{db}.code-key"));
        let setup = |e: std::io::Error| StoreError::Setup(format!("{}: {e}", path.display()));
        if !path.exists() {
            let mut key = [0u8; KEY];
            rand::rngs::OsRng.fill_bytes(&mut key);
            write_private(&path, &STANDARD.encode(key)).map_err(setup)?;
        }
        let text = std::fs::read_to_string(&path).map_err(setup)?;
        Self::parse(text.trim())
            .map_err(|e| StoreError::Setup(format!("{}: {}", path.display(), e.0)))
    }

    /// The code's digest: hex HMAC-SHA256 of its canonical form.
    pub fn digest(&self, code: &domain::voucher::VoucherCode) -> CodeDigest {
        use hmac::{KeyInit as _, Mac};
        let mut mac = match hmac::Hmac::<sha2::Sha256>::new_from_slice(&self.0) {
            Ok(m) => m,
            // HMAC takes a key of any length: this arm cannot be reached.
            Err(_) => return CodeDigest(String::new()),
        };
        mac.update(code.as_str().as_bytes());
        CodeDigest(hex::encode(mac.finalize().into_bytes()))
    }
}

/// A SHA-256 of a sensitive text, for the audit trail (which never holds the text).
pub fn digest(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_voucher_code_digest_is_the_hmac_sha256_of_its_canonical_form() {
        // Key bytes 0..31; the expected value from Python's `hmac` module, not from this code.
        let key = CodeKey::parse("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").unwrap();
        let typed = domain::voucher::VoucherCode::parse("abcd-efgh-jkmn-pqrs-tvwb").unwrap();
        assert_eq!(
            key.digest(&typed).as_str(),
            "c62e8b7e3c38a6f08439135d2c9d980373605a16107badd2f8529f2642e6a7d9"
        );
        let other = CodeKey::parse(&STANDARD.encode([7u8; 32])).unwrap();
        assert_ne!(other.digest(&typed), key.digest(&typed));
        assert!(CodeKey::parse(&STANDARD.encode([7u8; 31])).is_err());
        assert!(!format!("{key:?}").contains("AAEC"));
    }

    #[test]
    fn a_sealed_text_opens_only_with_its_key_and_for_its_row() {
        let ring = Keyring::parse(&Keyring::generate("k1")).unwrap();
        let sealed = ring
            .seal("Your files are encrypted", "ransom_demand.note:1")
            .unwrap();
        assert!(sealed.starts_with("k1:"));
        assert!(!sealed.contains("encrypted"));
        assert_eq!(
            ring.open(&sealed, "ransom_demand.note:1").unwrap(),
            "Your files are encrypted"
        );
        assert!(ring.open(&sealed, "ransom_demand.note:2").is_err());
        let other = Keyring::parse(&Keyring::generate("k1")).unwrap();
        assert!(other.open(&sealed, "ransom_demand.note:1").is_err());
        let mut tampered = sealed.clone();
        tampered.pop();
        tampered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert!(ring.open(&tampered, "ransom_demand.note:1").is_err());
    }

    #[test]
    fn a_rotated_keyring_opens_old_values_and_seals_with_the_new_key() {
        let old = Keyring::generate("k1");
        let ring1 = Keyring::parse(&old).unwrap();
        let sealed = ring1.seal("note", "x").unwrap();
        let ring2 = Keyring::parse(&format!("{},{old}", Keyring::generate("k2"))).unwrap();
        assert_eq!(ring2.current_id(), "k2");
        assert!(!ring2.is_current(&sealed));
        assert_eq!(ring2.open(&sealed, "x").unwrap(), "note");
        assert!(ring2.seal("note", "x").unwrap().starts_with("k2:"));
    }

    #[test]
    fn bad_key_settings_are_refused_without_echoing_the_key() {
        for bad in ["", "nokey", "k1:not-base64!", "k1:AAAA", "bad id:AAAA"] {
            let e = Keyring::parse(bad).unwrap_err();
            assert!(!e.0.contains("AAAA"), "{bad}: {e}");
        }
        let k = Keyring::generate("k1");
        assert!(Keyring::parse(&format!("{k},{k}")).is_err());
    }
}
