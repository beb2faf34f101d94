//! Password-reset tokens (issue #17): only the SHA-256 of a token is stored. Issuing one writes
//! the token's row, its e-mail (outbox) and the audit row in one transaction; redeeming one is a
//! conditional update (unused, unexpired) checked for exactly one row, with the new password
//! hash and a raised token version (every session ends) in the same transaction.
use super::audit::Actor;
use super::ledger::stmt;
use super::outbox;
use super::write::Audit;
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::audit::EU_CHAIN;
use domain::email::{Mail, MailLanguage, ResetError, check_reset, reset_expiry};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// Writes a reset token's hash for `user_id`, the e-mail carrying the link, and the audit row.
pub async fn issue(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    user_id: Uuid,
    token_hash: &str,
    (recipient, language, mail): (&str, MailLanguage, &Mail),
) -> Result<(), StoreError> {
    let tx = store.tx(actor, now).await?;
    tx.execute_raw(stmt(
        tx.get_database_backend(),
        "INSERT INTO password_reset (token_hash, user_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4)",
        vec![
            token_hash.into(),
            user_id.into(),
            now.into(),
            reset_expiry(now).into(),
        ],
    ))
    .await?;
    outbox::enqueue(&*tx, recipient, language, mail, now).await?;
    tx.audit(Audit::new(
        EU_CHAIN.to_owned(),
        "account.password_reset_requested",
        "Account",
        user_id,
    ))
    .await?;
    tx.commit().await
}

/// Why a redemption wrote nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    Unknown,
    Rule(ResetError),
}

/// Redeems the token whose hash is `token_hash`: the new password hash is set and every session
/// ends, once. A refusal changes nothing but its audit row.
pub async fn redeem(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    token_hash: &str,
    password_hash: &str,
) -> Result<Result<Uuid, Refused>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let backend = tx.get_database_backend();
    let found = tx
        .query_one_raw(stmt(
            backend,
            "SELECT user_id, expires_at, used_at FROM password_reset WHERE token_hash = $1",
            vec![token_hash.into()],
        ))
        .await?;
    let verdict = match &found {
        None => Err(Refused::Unknown),
        Some(r) => {
            let user_id: Uuid = r.try_get("", "user_id")?;
            let expires_at: DateTime<Utc> = r.try_get("", "expires_at")?;
            let used_at: Option<DateTime<Utc>> = r.try_get("", "used_at")?;
            check_reset(expires_at, used_at, now)
                .map(|()| user_id)
                .map_err(Refused::Rule)
        }
    };
    // The check and the use are one conditional update: of two redemptions racing, one wins.
    let won = match verdict {
        Ok(user_id) => {
            let used = tx
                .execute_raw(stmt(
                    backend,
                    "UPDATE password_reset SET used_at = $2 \
                     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
                    vec![token_hash.into(), now.into()],
                ))
                .await?
                .rows_affected();
            if used == 1 {
                Ok(user_id)
            } else {
                Err(Refused::Rule(ResetError::Used))
            }
        }
        Err(r) => Err(r),
    };
    match won {
        Ok(user_id) => {
            tx.execute_raw(stmt(
                backend,
                "UPDATE app_user SET password_hash = $2, token_version = token_version + 1 \
                 WHERE id = $1",
                vec![user_id.into(), password_hash.into()],
            ))
            .await?;
            tx.audit(Audit::new(
                EU_CHAIN.to_owned(),
                "account.password_reset",
                "Account",
                user_id,
            ))
            .await?;
            tx.commit().await?;
            Ok(Ok(user_id))
        }
        Err(refused) => {
            let reason = match refused {
                Refused::Unknown => "unknown_token",
                Refused::Rule(ResetError::Used) => "used_token",
                Refused::Rule(ResetError::Expired) => "expired_token",
            };
            tx.audit_denied(Audit {
                chain: EU_CHAIN.to_owned(),
                action: "account.password_reset",
                object_type: "Account",
                object_id: None,
                detail: serde_json::json!({ "reason": reason }),
            })
            .await?;
            tx.commit().await?;
            Ok(Err(refused))
        }
    }
}
