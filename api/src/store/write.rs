//! The one way a change is written: a [`Tx`] is a write transaction of one actor at one
//! instant. It runs conditional updates checked for exactly one row, appends the audit row of
//! the change inside the same transaction, and commits (or, dropped, rolls back).
//!
//! [`change_one`] is the whole common sequence: conditional update → audit row → re-read →
//! commit. Money (the ledger), vouchers, applications, programmes and registrations use it or
//! its parts; nothing writes without its audit row.
use super::audit::{self, Actor};
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::audit::Outcome;
use sea_orm::{DatabaseTransaction, EntityTrait, PrimaryKeyTrait, UpdateMany};
use std::ops::Deref;

/// What an audit row says about a change: its chain, action, object and detail (ids and codes
/// only, never contents).
#[derive(Debug, Clone)]
pub struct Audit {
    pub chain: String,
    pub action: &'static str,
    pub object_type: &'static str,
    pub object_id: Option<String>,
    pub detail: serde_json::Value,
}

impl Audit {
    pub fn new(
        chain: String,
        action: &'static str,
        object_type: &'static str,
        object_id: impl ToString,
    ) -> Self {
        Self {
            chain,
            action,
            object_type,
            object_id: Some(object_id.to_string()),
            detail: serde_json::json!({}),
        }
    }

    pub fn detail(mut self, detail: serde_json::Value) -> Self {
        self.detail = detail;
        self
    }
}

/// A write transaction of `actor` at `now` (`BEGIN IMMEDIATE` on SQLite).
pub struct Tx {
    txn: DatabaseTransaction,
    actor: Actor,
    now: DateTime<Utc>,
}

impl Deref for Tx {
    type Target = DatabaseTransaction;
    fn deref(&self) -> &DatabaseTransaction {
        &self.txn
    }
}

impl Store {
    /// Starts a write transaction for `actor` at `now`.
    pub async fn tx(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Tx, StoreError> {
        Ok(Tx {
            txn: self.begin_write().await?,
            actor: actor.clone(),
            now,
        })
    }
}

impl Tx {
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// Runs a conditional update; `true` when it changed exactly one row, `false` when its
    /// condition no longer held (nothing changed).
    pub async fn update_one<E: EntityTrait>(&self, q: UpdateMany<E>) -> Result<bool, StoreError> {
        match q.exec(&self.txn).await?.rows_affected {
            0 => Ok(false),
            1 => Ok(true),
            n => Err(StoreError::Corrupt(format!(
                "a conditional update meant for one row changed {n}"
            ))),
        }
    }

    /// Appends the audit row of a change made in this transaction.
    pub async fn audit(&self, a: Audit) -> Result<(), StoreError> {
        self.record(a, Outcome::Success).await
    }

    /// Appends the audit row of a refusal decided inside this transaction (which then commits
    /// only that row).
    pub async fn audit_denied(&self, a: Audit) -> Result<(), StoreError> {
        self.record(a, Outcome::Denied).await
    }

    async fn record(&self, a: Audit, outcome: Outcome) -> Result<(), StoreError> {
        let event = self.actor.event(
            self.now,
            a.action,
            a.object_type,
            a.object_id,
            outcome,
            a.detail,
        );
        audit::append(&self.txn, &a.chain, event).await
    }

    pub async fn commit(self) -> Result<(), StoreError> {
        Ok(self.txn.commit().await?)
    }

    pub async fn rollback(self) -> Result<(), StoreError> {
        Ok(self.txn.rollback().await?)
    }
}

/// Conditional update checked for one row → audit row → re-read → commit. `None`: the
/// update's condition no longer held (someone else changed the row first) and nothing was
/// written.
pub async fn change_one<E>(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    update: UpdateMany<E>,
    audit: Audit,
    id: <E::PrimaryKey as PrimaryKeyTrait>::ValueType,
) -> Result<Option<E::Model>, StoreError>
where
    E: EntityTrait,
{
    let tx = store.tx(actor, now).await?;
    if !tx.update_one(update).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    tx.audit(audit).await?;
    let row = E::find_by_id(id).one(&*tx).await?;
    tx.commit().await?;
    Ok(row)
}
