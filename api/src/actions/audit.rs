//! The audit trail, for the platform admin.
use super::{Action, Ctx};
use crate::error::ApiResult;
use crate::store::audit as repo;
use crate::store::page::{Page, PageRequest};
use domain::audit::checkpoint;

/// What this capability reads, for the transports.
pub use crate::store::audit::{AuditFilter, AuditRecord};

/// The audit trail, newest first.
pub async fn list(
    ctx: &Ctx,
    filter: &AuditFilter,
    page: PageRequest,
) -> ApiResult<Page<AuditRecord>> {
    ctx.authorize(Action::AuditRead).await?;
    Ok(repo::list(ctx.store().db(), filter, page).await?)
}

/// A signed checkpoint of every chain's head now (`cyberhealth audit checkpoint`, and the
/// server's periodic one).
pub async fn checkpoint(
    store: &crate::store::Store,
    signing_key: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<checkpoint::Checkpoint, String> {
    let key = checkpoint::signing_key(signing_key).map_err(|e| e.to_string())?;
    let heads = repo::heads(store.db()).await.map_err(|e| e.to_string())?;
    Ok(checkpoint::sign(&key, heads, now))
}

/// The problems a checkpoint shows in the trail now: its signature under the trusted key, then
/// every chain shorter than, or differing from, the checkpoint.
pub async fn against_checkpoint(
    store: &crate::store::Store,
    cp: &checkpoint::Checkpoint,
    trusted_public_key: &str,
) -> Result<Vec<checkpoint::CheckpointError>, String> {
    let trusted = checkpoint::verifying_key(trusted_public_key).map_err(|e| e.to_string())?;
    if let Err(e) = checkpoint::verify_signature(cp, &trusted) {
        return Ok(vec![e]);
    }
    let mut now = std::collections::HashMap::new();
    for h in &cp.heads.chains {
        let current = repo::current(store.db(), &h.chain, h.seq)
            .await
            .map_err(|e| e.to_string())?;
        now.insert(h.chain.clone(), current);
    }
    Ok(checkpoint::compare(&cp.heads, |c| {
        now.get(c).cloned().flatten()
    }))
}

/// The trusted public key: the configured one, else the signing key's.
pub fn trusted_key(settings: &crate::config::AuditSettings) -> Option<String> {
    settings.public_key.clone().or_else(|| {
        let key = settings.signing_key.as_deref()?;
        checkpoint::signing_key(key)
            .ok()
            .map(|k| checkpoint::public_key_of(&k))
    })
}
