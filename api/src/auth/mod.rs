//! Authentication: passwords, tokens, and the [`Principal`] a request acts as.
//! Errors: [`AuthError`] (every token problem is one opaque `UNAUTHENTICATED` at the edge).
pub mod password;
pub mod token;

use domain::account::{Role, Scope};
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
}
