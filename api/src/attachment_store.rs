//! Where attachments' content lives (`docs/attachments.md`): a maintained storage abstraction,
//! `object_store`, over a local directory (the default) or S3-compatible storage. Content is
//! addressed by its SHA-256 (lower-case hex): the same file uploaded twice is stored once, and
//! what is read back is checked against the digest its row names.
use crate::config::AttachmentStorage;
use bytes::Bytes;
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
