//! Persistence: the only code that touches SQL. Errors: [`StoreError`], whose `Conflict`
//! variant carries a domain meaning translated from a constraint name.
//!
//! Every write runs in one transaction that also appends the audit row: a [`write::Tx`], with
//! [`write::change_one`] for the common conditional-update sequence. Reads return domain types
//! (typed statuses, money with its currency), never raw rows.
//! On SQLite, write transactions start with `BEGIN IMMEDIATE`, so concurrent writers queue on
//! the database lock (with a busy timeout) instead of failing on a lock upgrade.
pub mod accounts;
pub mod alerts;
pub mod application_notes;
pub mod applications;
pub mod attachments;
pub mod audit;
pub mod catalogue;
pub mod directory;
pub mod entities;
mod error;
pub mod expiry_warnings;
pub mod four_eyes;
pub mod incidents;
pub mod ledger;
pub mod member_states;
pub mod notifications;
pub mod organisations;
pub mod outbox;
pub mod page;
pub mod password_resets;
pub mod pending_work;
pub mod profiles;
pub mod programmes;
pub mod rate_limits;
pub mod redemptions;
pub mod references;
pub mod reserve;
pub mod reserve_reminders;
pub mod roles;
pub mod sealed;
pub mod search;
pub mod tenancy;
pub mod training;
pub mod vouchers;
pub mod write;

pub use error::{Conflict, StoreError};

use migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection,
    DatabaseTransaction, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use std::time::Duration;

/// The most of an SQLite file that is read through a memory map: SQLite's own upper bound
/// (`SQLITE_MAX_MMAP_SIZE`, 0x7fff0000, just under 2 GiB; <https://sqlite.org/compile.html>),
/// so that the whole file of a large deployment is one shared mapping. With 256 MiB, a file of
/// 470 MB (the benchmark's 100,000 applications) was read partly through each connection's own
/// page cache again, and catalogue search fell from 0.46–0.52 to 0.33–0.37 of its SQL
/// (docs/benchmarks.md, W5). It is address space, not memory: the pages are the kernel's file
/// cache, shared with every connection and reclaimable.
const SQLITE_MMAP_BYTES: u64 = 0x7fff_0000;

/// The database handle shared by all requests.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
    /// Statements issued since start (`/metrics`: `db_statements_total`), so that tests and
    /// benchmarks can count what a request costs.
    statements: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// While `Some`, every statement issued, with its values: what `make bench` replays directly
    /// against the database as the baseline of a request (`docs/benchmarks.md`, W1).
    recording: std::sync::Arc<std::sync::Mutex<Option<Vec<sea_orm::Statement>>>>,
}

impl Store {
    /// Connects to a `sqlite:` or `postgres://` URL. SQLite runs in WAL mode with foreign keys on.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        if let Some(path) = sqlite_file_path(url)
            && let Some(dir) = std::path::Path::new(&path).parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Setup(e.to_string()))?;
        }
        let mut db = Database::connect(Self::options(url)).await?;
        let statements = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let counter = statements.clone();
        let recording: std::sync::Arc<std::sync::Mutex<Option<Vec<sea_orm::Statement>>>> =
            std::sync::Arc::new(std::sync::Mutex::new(None));
        let recorder = std::sync::Arc::clone(&recording);
        db.set_metric_callback(move |info| {
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if let Ok(mut log) = recorder.lock()
                && let Some(log) = log.as_mut()
            {
                log.push(info.statement.clone());
            }
        });
        Ok(Self {
            db,
            statements,
            recording,
        })
    }

    /// How the server connects: the pool and, on SQLite, the pragmas. `make bench` replays
    /// statements through the same options, so that its baseline is the same SQL on the same
    /// kind of connection.
    ///
    /// - SQLite: WAL, foreign keys, the `synchronous` level of the URL ([`sqlite_synchronous`]),
    ///   and memory-mapped reads (`mmap_size`, <https://sqlite.org/mmap.html>): the
    ///   connections of the pool read the one mapped copy of the file instead of each copying
    ///   pages into its own cache (docs/benchmarks.md, W5). Writes still go through SQLite's
    ///   own I/O.
    /// - Both: a pooled connection is pinged only when it has been idle for 30 s, not on every
    ///   checkout (sqlx's default pings on each: one more round trip per statement); a
    ///   connection that broke while in use fails that statement and leaves the pool.
    pub fn options(url: &str) -> ConnectOptions {
        let (url, synchronous) = sqlite_synchronous(url);
        let mut opts = ConnectOptions::new(url.clone());
        opts.sqlx_logging(false)
            .acquire_timeout(Duration::from_secs(30))
            .test_before_acquire_if_idle_for(Duration::from_secs(30))
            .map_sqlx_sqlite_opts(move |o| {
                o.journal_mode(SqliteJournalMode::Wal)
                    .synchronous(synchronous)
                    .busy_timeout(Duration::from_secs(30))
                    .foreign_keys(true)
                    .create_if_missing(true)
                    .pragma("mmap_size", SQLITE_MMAP_BYTES.to_string())
            });
        if url.starts_with("sqlite:") {
            opts.max_connections(8).min_connections(1);
        } else {
            opts.max_connections(20).min_connections(1);
        }
        opts
    }

    pub async fn migrate(&self) -> Result<(), StoreError> {
        Migrator::up(&self.db, None).await?;
        Ok(())
    }

    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Statements issued through this handle since start.
    pub fn statements(&self) -> u64 {
        self.statements.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Starts keeping every statement issued (for the benchmark's replay; see `recording`).
    pub fn record_statements(&self) {
        if let Ok(mut log) = self.recording.lock() {
            *log = Some(Vec::new());
        }
    }

    /// Stops keeping statements and returns those kept since [`Store::record_statements`].
    pub fn recorded_statements(&self) -> Vec<sea_orm::Statement> {
        self.recording
            .lock()
            .ok()
            .and_then(|mut log| log.take())
            .unwrap_or_default()
    }

    pub fn backend(&self) -> DatabaseBackend {
        self.db.get_database_backend()
    }

    /// Starts a write transaction (`BEGIN IMMEDIATE` on SQLite).
    pub async fn begin_write(&self) -> Result<DatabaseTransaction, StoreError> {
        let opts = TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        };
        Ok(self.db.begin_with_options(opts).await?)
    }

    /// For `/readyz`: the database accepts a write. An UPDATE that matches no row still needs
    /// write access (PostgreSQL refuses it in a read-only transaction or on a hot standby,
    /// SQLite on a read-only file), and the transaction is rolled back, so nothing changes.
    pub async fn ping(&self) -> Result<(), StoreError> {
        let tx = self.db.begin().await?;
        tx.execute_unprepared("UPDATE audit_chain SET seq = seq WHERE 1 = 0")
            .await?;
        tx.rollback().await?;
        Ok(())
    }
}

/// SQLite's `synchronous` setting: FULL unless the URL says `synchronous=normal` (taken out of
/// the URL here). FULL: a committed money movement survives a power cut, not only a crash of
/// the process (NORMAL in WAL mode may lose the last commits;
/// <https://sqlite.org/pragma.html#pragma_synchronous>). NORMAL is for measuring the cost
/// (`ledger-bench … normal`, docs/benchmarks.md) and for disposable databases.
fn sqlite_synchronous(url: &str) -> (String, SqliteSynchronous) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_owned(), SqliteSynchronous::Full);
    };
    let mut level = SqliteSynchronous::Full;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| match p.strip_prefix("synchronous=") {
            Some(v) => {
                if v.eq_ignore_ascii_case("normal") {
                    level = SqliteSynchronous::Normal;
                }
                false
            }
            None => true,
        })
        .collect();
    let url = if kept.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    (url, level)
}

pub(crate) fn sqlite_file_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        None
    } else {
        Some(path.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::sqlite_synchronous;
    use sea_orm::sqlx::sqlite::SqliteSynchronous;

    #[test]
    fn sqlite_is_fully_synchronous_unless_the_url_says_normal() {
        let (url, level) = sqlite_synchronous("sqlite://d/x.sqlite?mode=rwc");
        assert_eq!(url, "sqlite://d/x.sqlite?mode=rwc");
        assert!(matches!(level, SqliteSynchronous::Full));
        let (url, level) = sqlite_synchronous("sqlite://d/x.sqlite?mode=rwc&synchronous=normal");
        assert_eq!(url, "sqlite://d/x.sqlite?mode=rwc");
        assert!(matches!(level, SqliteSynchronous::Normal));
        let (url, level) = sqlite_synchronous("sqlite://d/x.sqlite?synchronous=off");
        assert_eq!(url, "sqlite://d/x.sqlite");
        assert!(
            matches!(level, SqliteSynchronous::Full),
            "only NORMAL may be asked for"
        );
    }
}
