//! Revocation within a bounded window: a token is honoured only while its account is still
//! active, still has the role and organisation the token names, and has not signed out
//! everywhere since (its `tv` claim equals the account's `token_version`). The account's
//! current state is read through a small per-process cache whose entries live
//! [`REVOCATION_WINDOW`]; the node that makes a change forgets its entry at once, the others
//! within the window (`docs/security.md`, "Token revocation").
use crate::clock::Clock;
use crate::store::accounts::{self, Account};
use crate::store::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::Scope;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;
use uuid::Uuid;

/// How long a node may act on an account's cached state: a deactivation, a role change or a
/// "sign out everywhere" reaches every node within this window (well within 60 s).
pub const REVOCATION_WINDOW: Duration = Duration::from_secs(30);

/// Above this many entries, expired ones are swept before a new one is added.
const SWEEP_ABOVE: usize = 10_000;

/// What a token is checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Current {
    pub active: bool,
    pub role: domain::account::Role,
    pub organisation_id: Option<Uuid>,
    pub token_version: i64,
}

impl From<&Account> for Current {
    fn from(a: &Account) -> Self {
        Self {
            active: a.active,
            role: a.role,
            organisation_id: a.organisation_id,
            token_version: a.token_version,
        }
    }
}

/// When an account's state was read, and the state (`None`: no such account).
type Cached = (DateTime<Utc>, Option<Current>);

/// The cache. Its time is the server's [`Clock`], so tests move through the window.
pub struct Sessions {
    clock: Clock,
    entries: Mutex<HashMap<Uuid, Cached>>,
    /// WebSockets open per account on this server.
    sockets: Mutex<HashMap<Uuid, usize>>,
}

impl Sessions {
    pub fn new(clock: Clock) -> Self {
        Self {
            clock,
            entries: Mutex::default(),
            sockets: Mutex::default(),
        }
    }

    /// Takes one of the account's `max` WebSocket slots; `false` when all are taken. Give it
    /// back with [`Sessions::close_socket`].
    pub fn open_socket(&self, id: Uuid, max: usize) -> bool {
        let Ok(mut sockets) = self.sockets.lock() else {
            return false;
        };
        let open = sockets.entry(id).or_default();
        if *open >= max {
            return false;
        }
        *open += 1;
        true
    }

    pub fn close_socket(&self, id: Uuid) {
        if let Ok(mut sockets) = self.sockets.lock()
            && let Some(open) = sockets.get_mut(&id)
        {
            *open = open.saturating_sub(1);
            if *open == 0 {
                sockets.remove(&id);
            }
        }
    }

    fn fresh(&self, at: DateTime<Utc>) -> bool {
        let age = self.clock.now() - at;
        age >= chrono::TimeDelta::zero() && age.to_std().is_ok_and(|age| age < REVOCATION_WINDOW)
    }

    /// The account's current state (`None`: no such account), from the cache while fresh.
    pub async fn current(&self, store: &Store, id: Uuid) -> Result<Option<Current>, StoreError> {
        if let Some(hit) = self.cached(id) {
            return Ok(hit);
        }
        let found = accounts::find_many(store.db(), &Scope::Eu, &[id])
            .await?
            .first()
            .map(Current::from);
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() > SWEEP_ABOVE {
                entries.retain(|_, (at, _)| self.fresh(*at));
            }
            entries.insert(id, (self.clock.now(), found.clone()));
        }
        Ok(found)
    }

    fn cached(&self, id: Uuid) -> Option<Option<Current>> {
        let entries = self.entries.lock().ok()?;
        let (at, state) = entries.get(&id)?;
        self.fresh(*at).then(|| state.clone())
    }

    /// Drops the cached state after this node changed the account.
    pub fn forget(&self, id: Uuid) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(&id);
        }
    }
}
