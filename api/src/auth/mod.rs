//! Authentication: passwords, tokens, and the [`Principal`] a request acts as: from the
//! `Authorization` header (or a WebSocket's `connection_init`) to a verified caller. A header
//! that is present but wrong is an error, never anonymous access.
//! Errors: [`AuthError`] (every token problem is one opaque `UNAUTHENTICATED` at the edge).
pub mod password;
pub mod session;
pub mod token;

use crate::store::{Store, accounts};
use domain::account::{Role, Scope};
use token::Verified;
use uuid::Uuid;

/// The verified caller of a request. Its scope comes from the token only.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: Uuid,
    pub role: Role,
    pub scope: Scope,
}

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("the Authorization header is not `Bearer <token>`")]
    MalformedHeader,
    #[error("invalid token: {0}")]
    InvalidToken(String),
    #[error("the token's account is unknown or inactive")]
    UnknownAccount,
    /// The account's state could not be read: the server's fault, not the token's.
    #[error("the session could not be checked: {0}")]
    Unavailable(String),
    #[error("the token was revoked: the account was deactivated, changed or signed out everywhere")]
    Revoked,
}

/// `Ok(None)`: no credentials (anonymous). `Err`: credentials that do not verify.
pub async fn authenticate(
    tokens: &token::Tokens,
    store: &Store,
    header: Option<&str>,
) -> Result<Option<Principal>, AuthError> {
    let Some(value) = header else { return Ok(None) };
    let (scheme, token) = value.split_once(' ').ok_or(AuthError::MalformedHeader)?;
    if !scheme.eq_ignore_ascii_case("bearer")
        || token.is_empty()
        || token.contains(char::is_whitespace)
    {
        return Err(AuthError::MalformedHeader);
    }
    principal_from_token(tokens, store, token).await.map(Some)
}

/// Verifies a bearer token (also used by `connection_init` on WebSocket).
pub async fn principal_from_token(
    tokens: &token::Tokens,
    store: &Store,
    token: &str,
) -> Result<Principal, AuthError> {
    match tokens.verify(token)? {
        Verified::Local {
            principal,
            organisation_id,
            token_version,
        } => {
            let current = tokens
                .sessions
                .current(store, principal.user_id)
                .await
                .map_err(|e| AuthError::Unavailable(e.to_string()))?;
            match current {
                Some(c)
                    if c.active
                        && c.role == principal.role
                        && c.organisation_id == organisation_id
                        && c.token_version == token_version =>
                {
                    Ok(principal)
                }
                _ => Err(AuthError::Revoked),
            }
        }
        Verified::External { issuer, subject } => {
            let db = store.db();
            let account = accounts::find_by_oidc(db, &issuer, &subject)
                .await
                .map_err(|e| AuthError::InvalidToken(e.to_string()))?
                .filter(|a| a.active)
                .ok_or(AuthError::UnknownAccount)?;
            let role = account.role;
            let org = accounts::organisation_of(db, &account.organisation_id)
                .await
                .map_err(|e| AuthError::InvalidToken(e.to_string()))?
                .map(|(id, ms, _)| (id, ms));
            Ok(Principal {
                user_id: account.id,
                role,
                scope: Scope::for_account(role, org),
            })
        }
    }
}
