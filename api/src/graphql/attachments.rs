//! Attachments of applications and redemptions (`VoucherApplication.attachments`,
//! `Redemption.attachments`). Uploads and downloads are REST (`POST
//! /applications/{id}/attachments`, `POST /redemptions/{id}/attachments`, `GET
//! /attachments/{id}` with the bearer token; `docs/attachments.md`).
use super::scalars::id;
use crate::actions::attachments::Attachment as Row;
use async_graphql::{Enum, ID, Object};
use chrono::{DateTime, Utc};

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::attachment::AttachmentKind")]
pub enum AttachmentKind {
    /// A provider's quote for the planned services.
    Quote,
    /// An invoice for services delivered.
    Invoice,
}

/// A quote or invoice (PDF or image) attached to an application or a redemption.
pub struct Attachment(pub Row);

#[Object]
impl Attachment {
    async fn id(&self) -> ID {
        id(self.0.id)
    }
    async fn kind(&self) -> AttachmentKind {
        self.0.kind.into()
    }
    /// The file name as uploaded.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The media type read from the content (`application/pdf`, `image/png`, …).
    async fn content_type(&self) -> &str {
        self.0.file_type.media_type()
    }
    async fn size_bytes(&self) -> i64 {
        self.0.size_bytes
    }
    /// The content's SHA-256, lower-case hex.
    async fn sha256(&self) -> &str {
        &self.0.sha256
    }
    /// Where the content is downloaded with the bearer token (`GET`).
    async fn download_path(&self) -> String {
        format!("/attachments/{}", self.0.id)
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
