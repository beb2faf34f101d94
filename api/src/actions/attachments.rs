//! Attachments of applications and redemptions: quotes and invoices, PDF or image, 10 MB at
//! most (`docs/attachments.md`). The content is checked by the domain (its type from its magic
//! bytes, never from the name), stored in the attachment store under its SHA-256, and only
//! then is its row written with its audit row, in one transaction. A failed row write can
//! leave an unreferenced blob behind (never served without a row): [`sweep_orphans`], a
//! job, removes it after [`ORPHAN_GRACE`]. A row never exists without its blob. Downloads are
//! audited too.
use super::{Action, Ctx};
use crate::attachment_store::sha256_hex;
use crate::error::{ApiError, ApiResult};
use crate::store::applications as applications_repo;
use crate::store::attachments::{self as repo, NewAttachment};
use crate::store::redemptions as redemptions_repo;
use bytes::Bytes;
use domain::attachment::{self as rules, AttachmentKind, Parent};
use uuid::Uuid;

/// What this capability reads, for the transports.
pub use crate::store::attachments::{Attachment, ParentId};

/// An upload as the transport received it.
pub struct Upload {
    pub parent: ParentId,
    /// The declared media type (`Content-Type`).
    pub declared_type: String,
    pub name: String,
    /// `QUOTE` or `INVOICE`; unset: a quote on an application, an invoice on a redemption.
    pub kind: Option<String>,
    /// The body's size as sent (a body over the limit is not read whole).
    pub size: usize,
    pub bytes: Bytes,
}

/// The parent in the caller's scope for `action`, in its current status, or an (audited,
/// when it exists elsewhere) `NOT_FOUND`.
async fn parent_in_scope(
    ctx: &Ctx,
    action: Action,
    parent: ParentId,
) -> ApiResult<(Parent, domain::member_state::MemberState)> {
    let db = ctx.store().db();
    let scope = ctx.scope();
    match parent {
        ParentId::Application(id) => match applications_repo::find(db, &scope, id).await? {
            Some(a) => Ok((Parent::Application(a.status), a.member_state)),
            None => {
                let elsewhere = applications_repo::exists(db, id).await?;
                Err(ctx
                    .not_found(action, "VoucherApplication", id, elsewhere)
                    .await)
            }
        },
        ParentId::Redemption(id) => match redemptions_repo::find(db, &scope, id).await? {
            Some(r) => Ok((Parent::Redemption(r.status), r.member_state)),
            None => {
                let elsewhere = redemptions_repo::exists(db, id).await?;
                Err(ctx.not_found(action, "Redemption", id, elsewhere).await)
            }
        },
    }
}

/// Attaches a file: the clinic to its application while it is a draft or submitted; the
/// redeeming provider (or the clinic) an invoice to a redemption awaiting payment. Refused
/// with the field named, and nothing stored, when the file is empty, over 10 MB, of a type
/// other than PDF, PNG, JPEG, WebP or GIF, or not what its declared type claims.
pub async fn upload(ctx: &Ctx, upload: Upload) -> ApiResult<Attachment> {
    let action = Action::AttachmentUpload;
    ctx.authorize(action).await?;
    let (parent, member_state) = parent_in_scope(ctx, action, upload.parent).await?;
    let kind = match upload.kind.as_deref() {
        None | Some("") => parent.default_kind(),
        Some(k) => AttachmentKind::parse(k)
            .map_err(|_| ApiError::validation("kind", "QUOTE or INVOICE"))?,
    };
    let file = rules::check_file(
        &upload.declared_type,
        &upload.name,
        upload.size,
        &upload.bytes,
    )?;
    rules::may_attach(parent, kind)?;
    let sha256 = sha256_hex(&upload.bytes);
    let size_bytes = i64::try_from(upload.bytes.len())
        .map_err(|_| ApiError::validation("file", "the file is larger than 10 MB"))?;
    let store = &ctx.app.attachments;
    let bytes = upload.bytes;
    store.put(&sha256, bytes.clone()).await.map_err(internal)?;
    let new = NewAttachment {
        parent: upload.parent,
        member_state,
        kind,
        name: file.name,
        file_type: file.file_type,
        size_bytes,
        sha256: sha256.clone(),
    };
    let attachment = repo::insert(ctx.store(), &ctx.actor(), ctx.now(), new).await?;
    // The sweep may have judged this content unreferenced just before the row was written
    // (an earlier upload of the same file that failed): write it again if it is gone.
    // The attachment is recorded either way: a failure to check is logged, not answered as a
    // failed upload (which the client would retry, attaching the file twice).
    match store.contains(&sha256).await {
        Ok(true) => {}
        Ok(false) => store.put(&sha256, bytes).await.map_err(internal)?,
        Err(e) => tracing::warn!(error = %e, sha256, "could not check stored content after upload"),
    }
    Ok(attachment)
}

/// How long content may stay unreferenced before the sweep removes it: longer than any upload
/// takes from writing the content to committing its row.
pub const ORPHAN_GRACE: chrono::Duration = chrono::Duration::hours(1);

/// Removes stored content that no attachment row names and that was last written more than
/// [`ORPHAN_GRACE`] ago: what an upload whose row write failed left behind. Each removal is
/// audited. Safe in several processes at once (a second delete of the same file is a no-op).
/// Returns how many files this run removed.
pub async fn sweep_orphans(ctx: &Ctx) -> ApiResult<u64> {
    let store = &ctx.app.attachments;
    let cutoff = ctx.now() - ORPHAN_GRACE;
    let candidates = store.written_before(cutoff).await.map_err(internal)?;
    let mut removed = Vec::new();
    for chunk in candidates.chunks(500) {
        for sha256 in repo::unreferenced(ctx.store().db(), chunk).await? {
            if store
                .delete_if_written_before(&sha256, cutoff)
                .await
                .map_err(internal)?
            {
                removed.push(sha256);
            }
        }
    }
    if !removed.is_empty() {
        repo::record_orphans_removed(ctx.store(), &ctx.actor(), ctx.now(), &removed).await?;
    }
    Ok(removed.len() as u64)
}

fn internal(e: crate::attachment_store::AttachmentStoreError) -> ApiError {
    ApiError::Internal(e.to_string())
}

/// An attachment and its content, for whoever sees its parent: the clinic, its member state's
/// agency (an application once submitted), the redeeming provider (its redemptions). Anyone
/// else, anonymous included, gets `NOT_FOUND` exactly as for a missing attachment (the refusal
/// is audited, and so, capped, is a probe of one that exists).
pub async fn download(ctx: &Ctx, id: Uuid) -> ApiResult<(Attachment, Bytes)> {
    let action = Action::AttachmentRead;
    match ctx.authorize(action).await {
        Ok(_) => {}
        Err(ApiError::Unauthenticated | ApiError::Forbidden) => return Err(ApiError::NotFound),
        Err(e) => return Err(e),
    }
    let db = ctx.store().db();
    let Some(found) = repo::find(db, &ctx.scope(), id).await? else {
        if repo::exists(db, id).await? {
            ctx.probe(action, "Attachment", id).await?;
        }
        return Err(ApiError::NotFound);
    };
    let bytes = ctx
        .app
        .attachments
        .get(&found.sha256)
        .await
        .map_err(internal)?;
    repo::record_download(ctx.store(), &ctx.actor(), ctx.now(), &found).await?;
    Ok((found, bytes))
}

/// The attachments of these applications the caller may see, oldest first (relations; empty
/// for a role that may not read attachments).
pub async fn of_applications(ctx: &Ctx, ids: &[Uuid]) -> ApiResult<Vec<Attachment>> {
    if !ctx.may(Action::AttachmentRead) {
        return Ok(Vec::new());
    }
    Ok(repo::of_parents(ctx.store().db(), &ctx.scope(), ids, &[]).await?)
}

/// The attachments of these redemptions the caller may see, oldest first (relations).
pub async fn of_redemptions(ctx: &Ctx, ids: &[Uuid]) -> ApiResult<Vec<Attachment>> {
    if !ctx.may(Action::AttachmentRead) {
        return Ok(Vec::new());
    }
    Ok(repo::of_parents(ctx.store().db(), &ctx.scope(), &[], ids).await?)
}
