//! Password reset (issue #17): `requestPasswordReset(email)` answers the same, after the same
//! kind of work (a token drawn and hashed, one write transaction), whether or not the address
//! has an account; it is limited per address and per client address, reserved before any work
//! (`store::rate_limits`). The link's token is single-use, valid 30 minutes and stored only as
//! its SHA-256. `resetPassword` sets the new password and ends every session of the account.
use super::{Action, Ctx};
use crate::auth::password;
use crate::error::{ApiError, ApiResult};
use crate::store::password_resets::{self as repo, Refused};
use crate::store::{accounts, rate_limits};
use base64::Engine;
use domain::account::{Email, NewPassword};
use domain::email::{Mail, ResetError};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Requests per address (any account) and per e-mail address in a window.
const PER_CLIENT: u64 = 10;
const PER_ADDRESS: u64 = 3;
const WINDOW: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// A token's stored form: its SHA-256 in hex.
fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

async fn within_limits(ctx: &Ctx, keys: &[(String, u64)]) -> ApiResult<bool> {
    let db = ctx.store().db();
    for (key, limit) in keys {
        if !rate_limits::reserve(db, key, *limit, WINDOW, ctx.now()).await? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Sends a reset link to `email` if it has an account; the answer is the same either way.
pub async fn request(ctx: &Ctx, email: &str) -> ApiResult<()> {
    ctx.permit(Action::PasswordResetRequest).await?;
    let normalised = email.trim().to_lowercase();
    let keys = [
        (format!("reset-ip:{}", ctx.caller.client_ip), PER_CLIENT),
        (format!("reset:{normalised}"), PER_ADDRESS),
    ];
    if !within_limits(ctx, &keys).await? {
        ctx.deny(
            Action::PasswordResetRequest,
            "Account",
            None,
            "rate_limited",
        )
        .await?;
        return Err(ApiError::RateLimited);
    }
    let mut raw = [0_u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw);
    let hash = token_hash(&token);
    let account = match Email::parse(email) {
        Ok(e) => accounts::find_by_email(ctx.store().db(), &e).await?,
        Err(_) => None,
    };
    match account.filter(|a| a.active) {
        Some(a) => {
            let link = format!(
                "{}/reset-password?token={token}",
                ctx.app.settings.mail.public_url
            );
            let mail = Mail::PasswordReset { link };
            let to = (a.email.as_str(), a.language, &mail);
            repo::issue(ctx.store(), &ctx.actor(), ctx.now(), a.id, &hash, to).await?;
        }
        // The same kind of work: one write transaction (the refusal's audit row).
        None => {
            ctx.deny(
                Action::PasswordResetRequest,
                "Account",
                None,
                "unknown_address",
            )
            .await?
        }
    }
    Ok(())
}

/// Sets a new password with a reset link's token: once, within 30 minutes. Every session of
/// the account ends. A used, expired or unknown token changes nothing.
pub async fn reset(ctx: &Ctx, token: &str, new_password: NewPassword) -> ApiResult<()> {
    ctx.permit(Action::PasswordReset).await?;
    let keys = [(format!("reset-ip:{}", ctx.caller.client_ip), PER_CLIENT)];
    if !within_limits(ctx, &keys).await? {
        ctx.deny(Action::PasswordReset, "Account", None, "rate_limited")
            .await?;
        return Err(ApiError::RateLimited);
    }
    let hash = password::hash_new(&new_password)
        .await
        .map_err(ApiError::internal)?;
    let outcome = repo::redeem(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        &token_hash(token),
        &hash,
    )
    .await?;
    match outcome {
        Ok(user_id) => {
            ctx.app.tokens.sessions.forget(user_id);
            Ok(())
        }
        Err(Refused::Unknown) => Err(ApiError::validation(
            "token",
            "this password-reset link is not valid; ask for a new one",
        )),
        Err(Refused::Rule(e @ (ResetError::Used | ResetError::Expired))) => {
            Err(ApiError::transition(e.to_string()))
        }
    }
}
