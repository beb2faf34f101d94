//! JSON Web Tokens, validated per RFC 8725 (JWT Best Current Practices):
//! - one algorithm per key (§3.1): our own tokens are HS256 with the platform secret; an
//!   external OpenID Connect provider's keys are RS256 or EdDSA, each fixed by its JWKS entry,
//!   so HS/RS confusion and `alg: none` cannot pass;
//! - `exp`, `iat`, `iss`, `aud` and `sub` are required and checked (§3.9, §3.10), with a leeway
//!   of 30 s; a numeric date sent as a string is rejected;
//! - an external token must name a `kid` that is in the key set.
use super::AuthError;
use crate::config::{ConfigError, Settings};
use chrono::{DateTime, Utc};
use domain::account::{Role, Scope};
use domain::member_state::MemberState;
use jsonwebtoken::jwk::{AlgorithmParameters, JwkSet, KeyAlgorithm, PublicKeyUse};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use uuid::Uuid;

/// Seconds of clock skew tolerated on `exp`, `nbf` and `iat`.
pub const LEEWAY_SECONDS: u64 = 30;
const LOCAL_KID: &str = "cyberhealth-local-1";

/// The claims of the platform's own tokens. The scope is carried (signed) in `role`, `org`
/// and `ms`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LocalClaims {
    pub iss: String,
    pub aud: String,
    pub sub: Uuid,
    pub exp: u64,
    pub iat: u64,
    pub nbf: u64,
    pub jti: Uuid,
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ms: Option<String>,
    /// The account's `token_version` when the token was issued ("sign out everywhere"
    /// increments it, which ends every token issued before).
    #[serde(default)]
    pub tv: i64,
}

#[derive(Debug, Clone, Deserialize)]
struct ExternalClaims {
    sub: String,
    #[allow(dead_code)]
    exp: u64,
}

/// What a valid token says about its bearer.
#[derive(Debug, Clone)]
pub enum Verified {
    /// One of ours: the principal as the token describes it, still to be checked against the
    /// account's current state (`super::session`).
    Local {
        principal: super::Principal,
        organisation_id: Option<Uuid>,
        token_version: i64,
    },
    /// From the external provider: the account is looked up by issuer and subject.
    External { issuer: String, subject: String },
}

struct ExternalKeys {
    issuer: String,
    audience: String,
    keys: HashMap<String, (Algorithm, DecodingKey)>,
}

/// Issues and verifies tokens.
pub struct Tokens {
    encoding: EncodingKey,
    decoding: DecodingKey,
    issuer: String,
    audience: String,
    ttl: std::time::Duration,
    external: Option<ExternalKeys>,
    /// The accounts' current state, which every token is checked against.
    pub sessions: super::session::Sessions,
}

impl Tokens {
    pub fn new(settings: &Settings) -> Result<Self, ConfigError> {
        let external = match &settings.oidc {
            None => None,
            Some(o) => {
                let text = std::fs::read_to_string(&o.jwks_file).map_err(|e| {
                    ConfigError(format!(
                        "CYBERHEALTH_OIDC_JWKS_FILE {}: {e}",
                        o.jwks_file.display()
                    ))
                })?;
                Some(ExternalKeys {
                    issuer: o.issuer.clone(),
                    audience: o.audience.clone(),
                    keys: load_jwks(&text)?,
                })
            }
        };
        Ok(Self {
            encoding: EncodingKey::from_secret(&settings.jwt_secret)
                .map_err(|e| ConfigError(format!("JWT secret: {e}")))?,
            decoding: DecodingKey::from_secret(&settings.jwt_secret)
                .map_err(|e| ConfigError(format!("JWT secret: {e}")))?,
            issuer: settings.jwt_issuer.clone(),
            audience: settings.jwt_audience.clone(),
            ttl: settings.jwt_ttl,
            external,
            sessions: super::session::Sessions::new(crate::clock::Clock::system()),
        })
    }

    /// Checks sessions against `clock` (the server's; tests move it through the window).
    pub fn with_clock(mut self, clock: crate::clock::Clock) -> Self {
        self.sessions = super::session::Sessions::new(clock);
        self
    }

    /// A token for an account, and when it expires.
    pub fn issue(
        &self,
        user_id: Uuid,
        role: Role,
        org: Option<(Uuid, MemberState)>,
        token_version: i64,
    ) -> Result<(String, DateTime<Utc>), AuthError> {
        let now = Utc::now();
        let exp = now
            + chrono::Duration::from_std(self.ttl)
                .map_err(|e| AuthError::InvalidToken(e.to_string()))?;
        let claims = LocalClaims {
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            sub: user_id,
            exp: exp.timestamp() as u64,
            iat: now.timestamp() as u64,
            nbf: now.timestamp() as u64,
            jti: Uuid::new_v4(),
            role: role.as_str().to_owned(),
            org: org.map(|(id, _)| id),
            ms: org.map(|(_, ms)| ms.code().to_owned()),
            tv: token_version,
        };
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(LOCAL_KID.to_owned());
        let token = jsonwebtoken::encode(&header, &claims, &self.encoding)
            .map_err(|e| AuthError::InvalidToken(e.to_string()))?;
        Ok((token, exp))
    }

    pub fn verify(&self, token: &str) -> Result<Verified, AuthError> {
        let bad = |e: jsonwebtoken::errors::Error| AuthError::InvalidToken(e.to_string());
        let header = jsonwebtoken::decode_header(token).map_err(bad)?;
        if header.alg == Algorithm::HS256 && header.kid.as_deref() == Some(LOCAL_KID) {
            let mut v = Validation::new(Algorithm::HS256);
            v.leeway = LEEWAY_SECONDS;
            v.validate_nbf = true;
            v.set_issuer(&[&self.issuer]);
            v.set_audience(&[&self.audience]);
            v.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub", "nbf"]);
            let data =
                jsonwebtoken::decode::<LocalClaims>(token, &self.decoding, &v).map_err(bad)?;
            let c = data.claims;
            if c.iat > jsonwebtoken::get_current_timestamp() + LEEWAY_SECONDS {
                return Err(AuthError::InvalidToken("issued in the future".into()));
            }
            let role = Role::parse(&c.role).map_err(|e| AuthError::InvalidToken(e.to_string()))?;
            let org = match (c.org, c.ms) {
                (Some(id), Some(ms)) => Some((
                    id,
                    MemberState::parse(&ms).map_err(|e| AuthError::InvalidToken(e.to_string()))?,
                )),
                (None, None) => None,
                _ => return Err(AuthError::InvalidToken("org and ms go together".into())),
            };
            return Ok(Verified::Local {
                principal: super::Principal {
                    user_id: c.sub,
                    role,
                    scope: Scope::for_account(role, org),
                },
                organisation_id: c.org,
                token_version: c.tv,
            });
        }
        let ext = self
            .external
            .as_ref()
            .ok_or_else(|| AuthError::InvalidToken("unknown key or algorithm".into()))?;
        let kid = header
            .kid
            .as_deref()
            .ok_or_else(|| AuthError::InvalidToken("no kid".into()))?;
        let (alg, key) = ext
            .keys
            .get(kid)
            .ok_or_else(|| AuthError::InvalidToken("kid not in the key set".into()))?;
        if header.alg != *alg {
            return Err(AuthError::InvalidToken(
                "algorithm does not match the key".into(),
            ));
        }
        let mut v = Validation::new(*alg);
        v.leeway = LEEWAY_SECONDS;
        v.validate_nbf = true;
        v.set_issuer(&[&ext.issuer]);
        v.set_audience(&[&ext.audience]);
        v.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        let data = jsonwebtoken::decode::<ExternalClaims>(token, key, &v).map_err(bad)?;
        Ok(Verified::External {
            issuer: ext.issuer.clone(),
            subject: data.claims.sub,
        })
    }
}

/// Reads a JWKS: every key needs a `kid`, must be for signing, and is RS256 (RSA) or EdDSA
/// (Ed25519). Anything else stops startup.
fn load_jwks(text: &str) -> Result<HashMap<String, (Algorithm, DecodingKey)>, ConfigError> {
    let set: JwkSet =
        serde_json::from_str(text).map_err(|e| ConfigError(format!("JWKS file: {e}")))?;
    let mut keys = HashMap::new();
    for jwk in &set.keys {
        let kid = jwk
            .common
            .key_id
            .clone()
            .ok_or_else(|| ConfigError("JWKS file: every key needs a kid".into()))?;
        if matches!(jwk.common.public_key_use, Some(ref u) if *u != PublicKeyUse::Signature) {
            return Err(ConfigError(format!("JWKS key {kid}: `use` must be `sig`")));
        }
        let alg = match (&jwk.algorithm, jwk.common.key_algorithm) {
            (AlgorithmParameters::RSA(_), None | Some(KeyAlgorithm::RS256)) => Algorithm::RS256,
            (AlgorithmParameters::OctetKeyPair(_), None | Some(KeyAlgorithm::EdDSA)) => {
                Algorithm::EdDSA
            }
            _ => {
                return Err(ConfigError(format!(
                    "JWKS key {kid}: only RS256 (RSA) and EdDSA (Ed25519) keys are accepted"
                )));
            }
        };
        let key =
            DecodingKey::from_jwk(jwk).map_err(|e| ConfigError(format!("JWKS key {kid}: {e}")))?;
        if keys.insert(kid.clone(), (alg, key)).is_some() {
            return Err(ConfigError(format!("JWKS file: kid {kid} appears twice")));
        }
    }
    Ok(keys)
}
