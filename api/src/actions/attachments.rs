//! Attachments of applications and redemptions: quotes and invoices, PDF or image, 10 MB at
//! most (`docs/attachments.md`). The content is checked by the domain (its type from its magic
//! bytes, never from the name), stored in the attachment store under its SHA-256, and only
//! then is its row written with its audit row, in one transaction. A failed row write can
//! leave an unreferenced blob behind (harmless: content-addressed, never served without a
//! row); a row never exists without its blob.
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
    ctx.app
        .attachments
        .put(&sha256, upload.bytes)
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let new = NewAttachment {
        parent: upload.parent,
        member_state,
        kind,
        name: file.name,
        file_type: file.file_type,
        size_bytes,
        sha256,
    };
    Ok(repo::insert(ctx.store(), &ctx.actor(), ctx.now(), new).await?)
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
        .map_err(|e| ApiError::Internal(e.to_string()))?;
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
