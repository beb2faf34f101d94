//! Password hashing with argon2id (OWASP parameters: m = 19 MiB, t = 2, p = 1).
//! Hashing runs on the blocking pool, never on the async workers, and at most
//! [`CONCURRENT_HASHES`] at once per process: each takes 19 MiB, so a burst of logins waits
//! for a slot instead of growing the memory without bound.
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

/// Password hashes computed at once in one process.
pub const CONCURRENT_HASHES: usize = 4;

static SLOTS: Semaphore = Semaphore::const_new(CONCURRENT_HASHES);

/// Runs one hash computation in a slot.
async fn in_slot<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let _slot = SLOTS.acquire().await.ok()?;
    tokio::task::spawn_blocking(work).await.ok()
}

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a new password that passed the domain's rules.
pub async fn hash_new(password: &domain::account::NewPassword) -> Result<String, String> {
    hash(password.expose().to_owned()).await
}

/// A PHC string for `password`.
pub async fn hash(password: String) -> Result<String, String> {
    in_slot(move || {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        hasher()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| e.to_string())
    })
    .await
    .unwrap_or_else(|| Err("the hashing pool is gone".into()))
}

/// Checks `password` against a stored hash. With no hash (unknown account), a dummy hash is
/// checked so that the answer takes as long as for a real account.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    in_slot(move || {
        let known = stored.is_some();
        let phc = stored.unwrap_or_else(|| DUMMY.to_owned());
        let Ok(parsed) = PasswordHash::new(&phc) else {
            return false;
        };
        hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
            && known
    })
    .await
    .unwrap_or(false)
}

/// argon2id hash of a random string nobody knows.
const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0X7vGJQ0lqoB6sQ1m1qZy0KZcYhOZ2ZB4kXgYkq2k5E";

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let h = hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery".into(), Some(h.clone())).await);
        assert!(!verify("wrong horse battery".into(), Some(h)).await);
    }

    #[tokio::test]
    async fn an_unknown_account_never_verifies() {
        assert!(!verify("anything".into(), None).await);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_more_than_the_slots_hash_at_once() {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
        let (running, peak) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let jobs: Vec<_> = (0..16)
            .map(|_| {
                let (running, peak) = (running.clone(), peak.clone());
                tokio::spawn(in_slot(move || {
                    let now = running.fetch_add(1, SeqCst) + 1;
                    peak.fetch_max(now, SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    running.fetch_sub(1, SeqCst);
                }))
            })
            .collect();
        for j in jobs {
            assert!(j.await.unwrap().is_some());
        }
        let peak = peak.load(SeqCst);
        assert!(peak >= 2, "the work ran concurrently (peak {peak})");
        assert!(
            peak <= CONCURRENT_HASHES,
            "{peak} ran at once, over the bound"
        );
    }
}
