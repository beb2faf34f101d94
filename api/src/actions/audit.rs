//! The audit trail: the platform admin reads all of it; an agency officer reads its own member
//! state's chain, and there only the voucher scheme's records (programmes, applications,
//! vouchers, redemptions, organisations). Incidents are written to the same chain but belong to
//! the authority: an agency never sees them (issue #19), not even as audit rows.
use super::{Action, Ctx};
use crate::error::ApiResult;
use crate::store::audit as repo;
use crate::store::page::{Page, PageRequest};
use domain::account::Scope;
use domain::audit::checkpoint;

/// What this capability reads, for the transports.
pub use crate::store::audit::{AuditFilter, AuditRecord};

/// What an agency officer's audit trail shows: the voucher scheme's objects.
pub const AGENCY_OBJECT_TYPES: [&str; 5] = [
    "VoucherProgram",
    "VoucherApplication",
    "Voucher",
    "Redemption",
    "Organisation",
];

/// The audit trail in the caller's scope, newest first.
pub async fn list(
    ctx: &Ctx,
    filter: &AuditFilter,
    page: PageRequest,
) -> ApiResult<Page<AuditRecord>> {
    ctx.authorize(Action::AuditRead).await?;
    let scoped = match ctx.scope() {
        Scope::Eu => filter.clone(),
        Scope::MemberState(ms) => AuditFilter {
            // The scope comes from the token: the chain asked for is replaced, not trusted.
            chain: Some(domain::audit::member_state_chain(ms)),
            object_types: Some(
                AGENCY_OBJECT_TYPES
                    .iter()
                    .map(|t| (*t).to_owned())
                    .collect(),
            ),
            ..filter.clone()
        },
        _ => return Err(crate::error::ApiError::Forbidden),
    };
    Ok(repo::list(ctx.store().db(), &scoped, page).await?)
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
