//! From the `Authorization` header to a [`Principal`]. A header that is present but wrong is an
//! error, never anonymous access.
use crate::auth::token::Verified;
use crate::auth::{AuthError, Principal};
use crate::state::AppState;
use crate::store::accounts;
use domain::account::{Role, Scope};

/// `Ok(None)`: no credentials (anonymous). `Err`: credentials that do not verify.
pub async fn authenticate(
    app: &AppState,
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
    principal_from_token(app, token).await.map(Some)
}

/// Verifies a bearer token (also used by `connection_init` on WebSocket).
pub async fn principal_from_token(app: &AppState, token: &str) -> Result<Principal, AuthError> {
    match app.tokens.verify(token)? {
        Verified::Local(p) => Ok(p),
        Verified::External { issuer, subject } => {
            let db = app.store.db();
            let account = accounts::find_by_oidc(db, &issuer, &subject)
                .await
                .map_err(|e| AuthError::InvalidToken(e.to_string()))?
                .filter(|a| a.active)
                .ok_or(AuthError::UnknownAccount)?;
            let role =
                Role::parse(&account.role).map_err(|e| AuthError::InvalidToken(e.to_string()))?;
            let org = accounts::organisation_of(db, &account)
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
