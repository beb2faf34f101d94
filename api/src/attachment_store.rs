//! Where attachments' content lives (`docs/attachments.md`): a maintained storage abstraction,
//! `object_store`, over a local directory (the default) or S3-compatible storage. Content is
//! addressed by its SHA-256 (lower-case hex): the same file uploaded twice is stored once, and
//! what is read back is checked against the digest its row names.
use crate::config::AttachmentStorage;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use object_store::ObjectStore;
use object_store::path::Path;
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// The attachment store shared by all requests.
#[derive(Clone, Debug)]
pub struct AttachmentStore {
    inner: Arc<dyn ObjectStore>,
}

#[derive(Debug, thiserror::Error)]
pub enum AttachmentStoreError {
    #[error("attachment store: {0}")]
    Store(#[from] object_store::Error),
    #[error("attachment store setup: {0}")]
    Setup(String),
    #[error("attachment {0}: the stored content does not match its SHA-256")]
    Corrupt(String),
}

/// The SHA-256 of `bytes`, lower-case hex: the content's key.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Whether `key` is shaped like a content key: 64 lower-case hex digits.
fn is_sha256_hex(key: &str) -> bool {
    key.len() == 64
        && key
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl AttachmentStore {
    /// The store the settings name: the directory (created if missing) or the S3 bucket, with
    /// credentials from the standard AWS environment variables (`AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, …).
    pub fn configured(settings: &AttachmentStorage) -> Result<Self, AttachmentStoreError> {
        let inner: Arc<dyn ObjectStore> = match settings {
            AttachmentStorage::Directory(dir) => {
                std::fs::create_dir_all(dir)
                    .map_err(|e| AttachmentStoreError::Setup(format!("{}: {e}", dir.display())))?;
                Arc::new(object_store::local::LocalFileSystem::new_with_prefix(dir)?)
            }
            AttachmentStorage::S3 {
                bucket,
                endpoint,
                region,
            } => {
                let mut b = object_store::aws::AmazonS3Builder::from_env().with_bucket_name(bucket);
                if let Some(endpoint) = endpoint {
                    b = b
                        .with_endpoint(endpoint)
                        .with_allow_http(endpoint.starts_with("http://"));
                }
                if let Some(region) = region {
                    b = b.with_region(region);
                }
                Arc::new(b.build()?)
            }
        };
        Ok(Self { inner })
    }

    fn path(sha256: &str) -> Path {
        Path::from(sha256)
    }

    /// Stores `bytes` under their SHA-256 (the caller computed it) and returns once written.
    pub async fn put(&self, sha256: &str, bytes: Bytes) -> Result<(), AttachmentStoreError> {
        self.inner.put(&Self::path(sha256), bytes.into()).await?;
        Ok(())
    }

    /// The keys (SHA-256s) of the content last written before `cutoff`: the candidates for
    /// the sweep of unreferenced content (`actions::attachments::sweep_orphans`).
    pub async fn written_before(
        &self,
        cutoff: DateTime<Utc>,
    ) -> Result<Vec<String>, AttachmentStoreError> {
        let mut keys = Vec::new();
        let mut listing = self.inner.list(None);
        while let Some(meta) = listing.next().await {
            let meta = meta?;
            let key = meta.location.to_string();
            // Only content keys: anything else in the bucket or folder is not ours to touch.
            if meta.last_modified < cutoff && is_sha256_hex(&key) {
                keys.push(key);
            }
        }
        Ok(keys)
    }

    /// Deletes the content under `sha256` if it was still last written before `cutoff`: an
    /// upload of the same content since then has rewritten it, and its row may be on its way.
    /// Returns whether it was deleted.
    pub async fn delete_if_written_before(
        &self,
        sha256: &str,
        cutoff: DateTime<Utc>,
    ) -> Result<bool, AttachmentStoreError> {
        let path = Self::path(sha256);
        match self.inner.head(&path).await {
            Ok(meta) if meta.last_modified < cutoff => {}
            Ok(_) | Err(object_store::Error::NotFound { .. }) => return Ok(false),
            Err(e) => return Err(e.into()),
        }
        // Another sweep (another process) deleting it first removed it, not this one: only one
        // of them audits the removal. (S3 answers a delete of a missing key with success; there
        // two racing sweeps may both count it.)
        match self.inner.delete(&path).await {
            Ok(()) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Whether content is stored under `sha256`.
    pub async fn contains(&self, sha256: &str) -> Result<bool, AttachmentStoreError> {
        match self.inner.head(&Self::path(sha256)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// The content stored under `sha256`, checked against it.
    pub async fn get(&self, sha256: &str) -> Result<Bytes, AttachmentStoreError> {
        let bytes = self.inner.get(&Self::path(sha256)).await?.bytes().await?;
        if sha256_hex(&bytes) != sha256 {
            return Err(AttachmentStoreError::Corrupt(sha256.to_owned()));
        }
        Ok(bytes)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn temp_dir() -> std::path::PathBuf {
        std::env::temp_dir().join(format!("cyberhealth-store-test-{}", uuid::Uuid::new_v4()))
    }

    #[tokio::test]
    async fn content_is_stored_under_its_sha256_and_read_back_checked() {
        let dir = temp_dir();
        let store =
            AttachmentStore::configured(&AttachmentStorage::Directory(dir.clone())).unwrap();
        let bytes = Bytes::from_static(b"%PDF-1.4 quote");
        let sha = sha256_hex(&bytes);
        store.put(&sha, bytes.clone()).await.unwrap();
        assert!(dir.join(&sha).is_file());
        assert_eq!(store.get(&sha).await.unwrap(), bytes);
        // A blob changed behind the platform's back is refused, not served.
        std::fs::write(dir.join(&sha), b"%PDF-1.4 forged").unwrap();
        assert!(matches!(
            store.get(&sha).await,
            Err(AttachmentStoreError::Corrupt(_))
        ));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn only_content_written_before_the_cutoff_is_listed_and_deleted() {
        let dir = temp_dir();
        let store =
            AttachmentStore::configured(&AttachmentStorage::Directory(dir.clone())).unwrap();
        let bytes = Bytes::from_static(b"%PDF-1.4 orphan");
        let sha = sha256_hex(&bytes);
        store.put(&sha, bytes).await.unwrap();
        // Something that is not a content key is never touched.
        std::fs::write(dir.join("README"), b"not ours").unwrap();
        let before = chrono::Utc::now() - chrono::Duration::hours(1);
        let after = chrono::Utc::now() + chrono::Duration::hours(1);
        assert!(store.written_before(before).await.unwrap().is_empty());
        assert_eq!(
            store.written_before(after).await.unwrap(),
            vec![sha.clone()]
        );
        assert!(!store.delete_if_written_before(&sha, before).await.unwrap());
        assert!(store.contains(&sha).await.unwrap());
        assert!(store.delete_if_written_before(&sha, after).await.unwrap());
        assert!(!store.contains(&sha).await.unwrap());
        assert!(dir.join("README").is_file());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn an_s3_bucket_setting_builds_an_s3_store_without_reaching_the_network() {
        let store = AttachmentStore::configured(&AttachmentStorage::S3 {
            bucket: "cyberhealth-attachments".into(),
            endpoint: Some("http://127.0.0.1:9000".into()),
            region: Some("eu-central-1".into()),
        })
        .unwrap();
        assert!(format!("{:?}", store.inner).contains("cyberhealth-attachments"));
    }
}
