//! The black-box harness: [`TestApp`] starts the real server on port 0 with a fresh database
//! (a SQLite file, or a PostgreSQL database created for the test and dropped after it), and
//! drives it over HTTP and WebSocket.
//!
//! The database is chosen by `TEST_DATABASE` (`sqlite`, the default, or `postgres`); the
//! PostgreSQL server comes from `TEST_POSTGRES_URL`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod alerts;
pub mod fixtures;
pub mod graphql;
pub mod reserve;
pub mod smtp;
pub mod ws;

use api::clock::Clock;
use api::config::{Environment, Limits, OidcSettings, Settings};
use api::startup::Application;
use api::state::AppState;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use fixtures::Account;
pub use graphql::Gql;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbKind {
    Sqlite,
    Postgres,
}

pub fn db_kind() -> DbKind {
    match std::env::var("TEST_DATABASE").as_deref() {
        Ok("postgres") => DbKind::Postgres,
        _ => DbKind::Sqlite,
    }
}

/// A database that exists for one test.
pub struct TestDb {
    /// What the server connects with: the application role on PostgreSQL.
    pub url: String,
    /// The database owner's URL (migrations, and tests that act as an attacker with its rights).
    pub owner_url: String,
    pub kind: DbKind,
    admin_url: Option<String>,
    name: String,
    dir: Option<PathBuf>,
}

impl TestDb {
    pub async fn create() -> Self {
        Self::create_on(db_kind()).await
    }

    pub async fn create_on(kind: DbKind) -> Self {
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        match kind {
            DbKind::Sqlite => {
                let db = Self::empty_sqlite();
                let file = db.dir.as_ref().unwrap().join("test.sqlite");
                std::fs::copy(migrated_sqlite_template().await, file).unwrap();
                db
            }
            DbKind::Postgres => {
                let admin = std::env::var("TEST_POSTGRES_URL")
                    .expect("TEST_DATABASE=postgres needs TEST_POSTGRES_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres");
                let template = migrated_template(&admin).await;
                admin_execute(
                    &admin,
                    &format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""),
                )
                .await;
                let base = admin.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap();
                let owner_url = format!("{base}/{name}");
                // The copy has the template's tables and grants; the database-level grant
                // (CONNECT) is the copy's own, as `cyberhealth db grant` gives it in production.
                let owner = api::store::Store::connect(&owner_url).await.unwrap();
                application_role_granted(&owner).await;
                owner.db().clone().close().await.ok();
                let (scheme, rest) = base.split_once("://").unwrap();
                let host = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
                Self {
                    url: format!("{scheme}://{APPLICATION_ROLE}@{host}/{name}"),
                    owner_url,
                    kind: DbKind::Postgres,
                    admin_url: Some(admin),
                    name,
                    dir: None,
                }
            }
        }
    }

    /// An SQLite database file with no tables yet (for the refusal to start unmigrated);
    /// [`TestDb::create_on`] gives migrated ones.
    pub fn empty_sqlite() -> Self {
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        let dir = std::env::temp_dir().join("cyberhealth-tests").join(&name);
        std::fs::create_dir_all(&dir).unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.join("test.sqlite").display());
        Self {
            owner_url: url.clone(),
            url,
            kind: DbKind::Sqlite,
            admin_url: None,
            name,
            dir: Some(dir),
        }
    }

    /// A connection with the owner's rights (on SQLite, the file itself).
    pub async fn owner(&self) -> sea_orm::DatabaseConnection {
        sea_orm::Database::connect(&self.owner_url).await.unwrap()
    }
}

/// The migrated SQLite file every SQLite test database of this process starts as a copy of,
/// instead of running the migrations for each test. Its directory is named after the process
/// (`tpl_<pid>`); those of processes that have ended are removed when the next one makes its own.
async fn migrated_sqlite_template() -> &'static PathBuf {
    static TEMPLATE: tokio::sync::OnceCell<PathBuf> = tokio::sync::OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            let pid = std::process::id();
            let root = std::env::temp_dir().join("cyberhealth-tests");
            std::fs::create_dir_all(&root).unwrap();
            for entry in std::fs::read_dir(&root).unwrap().flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if left_by_ended_process(&name, "tpl_") {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
            let dir = root.join(format!("tpl_{pid}"));
            std::fs::create_dir_all(&dir).unwrap();
            let file = dir.join("template.sqlite");
            let store =
                api::store::Store::connect(&format!("sqlite://{}?mode=rwc", file.display()))
                    .await
                    .unwrap();
            store.migrate().await.unwrap();
            // Closing the last connection checkpoints the WAL into the file and removes it, so
            // the file alone is the whole database.
            store.db().clone().close().await.unwrap();
            assert!(
                !dir.join("template.sqlite-wal").exists(),
                "the template's WAL was not checkpointed"
            );
            file
        })
        .await
}

/// Whether `name` is `<prefix><pid>` of a template this process may remove: one left by a
/// process that has ended, or an earlier process's with this process's (reused) id.
fn left_by_ended_process(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|p| p.parse::<u32>().ok())
        .is_some_and(|p| p == std::process::id() || !Path::new(&format!("/proc/{p}")).exists())
}

/// Runs one statement on the cluster as the administrator of `TEST_POSTGRES_URL`.
async fn admin_execute(admin: &str, sql: &str) {
    let conn = sea_orm::Database::connect(admin)
        .await
        .expect("connect to TEST_POSTGRES_URL");
    sea_orm::ConnectionTrait::execute_unprepared(&conn, sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    conn.close().await.ok();
}

/// The database every PostgreSQL test database of this process is copied from
/// (`CREATE DATABASE … TEMPLATE`): migrated once by its owner and granted, as in production
/// (docs/security.md), instead of migrating each test's database anew (about a second per test).
/// It is named after the process (`t_tpl_<pid>`); templates of processes that have ended are
/// dropped when the next test process makes its own, so at most the last run's one is left.
async fn migrated_template(admin: &str) -> String {
    static TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            let pid = std::process::id();
            let conn = sea_orm::Database::connect(admin)
                .await
                .expect("connect to TEST_POSTGRES_URL");
            let rows = sea_orm::ConnectionTrait::query_all_raw(
                &conn,
                sea_orm::Statement::from_string(
                    sea_orm::DatabaseBackend::Postgres,
                    "SELECT datname FROM pg_database WHERE datname LIKE 't\\_tpl\\_%'",
                ),
            )
            .await
            .unwrap();
            conn.close().await.ok();
            for row in rows {
                let name: String = row.try_get("", "datname").unwrap();
                if left_by_ended_process(&name, "t_tpl_") {
                    admin_execute(
                        admin,
                        &format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
                    )
                    .await;
                }
            }
            let name = format!("t_tpl_{pid}");
            admin_execute(admin, &format!("CREATE DATABASE \"{name}\"")).await;
            let base = admin.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap();
            let owner = api::store::Store::connect(&format!("{base}/{name}"))
                .await
                .unwrap();
            owner.migrate().await.unwrap();
            application_role_granted(&owner).await;
            owner.db().clone().close().await.ok();
            name
        })
        .await
        .clone()
}

/// The PostgreSQL role the test servers run as (`cyberhealth db grant --role …`).
pub const APPLICATION_ROLE: &str = "cyberhealth_app";

/// Grants the application role on `owner`'s database. The role itself is cluster-wide: the
/// first test of the process creates it, the others wait for that.
async fn application_role_granted(owner: &api::store::Store) {
    static CREATED: tokio::sync::Mutex<bool> = tokio::sync::Mutex::const_new(false);
    let mut created = CREATED.lock().await;
    api::store::roles::grant_application_role(owner, APPLICATION_ROLE)
        .await
        .expect("grant the application role");
    *created = true;
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(dir) = self.dir.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
        if let Some(admin) = self.admin_url.take() {
            let name = self.name.clone();
            // Drop runs outside async: use a small runtime of our own on a plain thread.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async move {
                    if let Ok(conn) = sea_orm::Database::connect(&admin).await {
                        let _ = sea_orm::ConnectionTrait::execute_unprepared(
                            &conn,
                            &format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
                        )
                        .await;
                        conn.close().await.ok();
                    }
                });
            })
            .join();
        }
    }
}

pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

pub const OIDC_ISSUER: &str = "https://idp.test.example";
pub const OIDC_AUDIENCE: &str = "cyberhealth-test";
/// The data key of every test server (two processes of one test share it).
/// The voucher-code key of every test server (32 bytes in base64).
pub const TEST_CODE_KEY: &str = "dGVzdC1jb2RlLWtleS0zMi1ieXRlcy1sb25nLi4uLi4=";
pub const TEST_DATA_KEY: &str = "test1:dGVzdC1kYXRhLWtleS0zMi1ieXRlcy1sb25nLi4uLi4=";
pub const JWT_SECRET: &str = "test-secret-that-is-at-least-32-bytes-long!";

/// Options for [`TestApp`].
#[derive(Clone)]
pub struct TestAppBuilder {
    production: bool,
    oidc: bool,
    limits: Limits,
    cors: Vec<String>,
    expiry_interval: Duration,
    clock: Clock,
    static_dir: Option<PathBuf>,
    metrics_token: Option<String>,
    mail: api::config::MailSettings,
    /// The attachment store's directory (a fresh one per test server).
    pub attachment_dir: PathBuf,
}

impl Default for TestAppBuilder {
    fn default() -> Self {
        Self {
            production: false,
            oidc: true,
            limits: Limits::default(),
            cors: vec!["https://app.cyberhealth.example".into()],
            expiry_interval: Duration::from_secs(3600),
            clock: Clock::system(),
            static_dir: None,
            metrics_token: None,
            // A mail folder of its own; the mail job runs at start and then hourly unless a
            // test asks for more (`mail_every`, `smtp`).
            mail: api::config::MailSettings {
                interval: Duration::from_secs(3600),
                ..api::config::MailSettings::to_folder(
                    std::env::temp_dir().join(format!("cyberhealth-mail-{}", uuid::Uuid::new_v4())),
                )
            },
            attachment_dir: std::env::temp_dir()
                .join(format!("cyberhealth-attachments-{}", uuid::Uuid::new_v4())),
        }
    }
}

impl TestAppBuilder {
    pub fn production(mut self) -> Self {
        self.production = true;
        self
    }
    pub fn limits(mut self, f: impl FnOnce(&mut Limits)) -> Self {
        f(&mut self.limits);
        self
    }
    /// How often the server's voucher expiry job runs (default: hourly, i.e. only at start).
    pub fn expiry_every(mut self, interval: Duration) -> Self {
        self.expiry_interval = interval;
        self
    }
    /// Runs the server on this clock (share one between processes of one test).
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }
    /// Requires this bearer token on `/metrics` (`CYBERHEALTH_METRICS_TOKEN`).
    /// Sends e-mail through the SMTP server at `url` (e.g. the test's aiosmtpd).
    pub fn smtp(mut self, url: &str) -> Self {
        self.mail.smtp_url = Some(url.to_owned());
        self
    }
    /// How often the mail job looks for due e-mails (default: at start, then hourly).
    pub fn mail_every(mut self, interval: Duration) -> Self {
        self.mail.interval = interval;
        self
    }
    pub fn metrics_token(mut self, token: &str) -> Self {
        self.metrics_token = Some(token.to_owned());
        self
    }
    /// Serves the SPA's files from `dir` (e.g. `fixture_path("spa")`), as `--static-dir` does.
    pub fn static_dir(mut self, dir: PathBuf) -> Self {
        self.static_dir = Some(dir);
        self
    }
    pub async fn spawn(self) -> TestApp {
        let db = TestDb::create().await;
        TestApp::start_on(self, db).await
    }
}

/// A running server and its database.
pub struct TestApp {
    pub addr: SocketAddr,
    pub base: String,
    pub http: reqwest::Client,
    pub state: AppState,
    builder: TestAppBuilder,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
    // Last, so the server stops before its database is dropped.
    pub db: TestDb,
}

/// The real server on a random port with a fresh database.
pub async fn spawn_app() -> TestApp {
    TestApp::builder().spawn().await
}

impl TestApp {
    pub fn builder() -> TestAppBuilder {
        TestAppBuilder::default()
    }

    pub fn settings(b: &TestAppBuilder, url: &str) -> Settings {
        Settings {
            database_url: url.to_owned(),
            environment: if b.production {
                Environment::Production
            } else {
                Environment::Test
            },
            bind: "127.0.0.1:0".parse().unwrap(),
            jwt_secret: JWT_SECRET.as_bytes().to_vec(),
            jwt_issuer: "cyberhealth".into(),
            jwt_audience: "cyberhealth-api".into(),
            jwt_ttl: Duration::from_secs(3600),
            oidc: b.oidc.then(|| OidcSettings {
                issuer: OIDC_ISSUER.into(),
                audience: OIDC_AUDIENCE.into(),
                jwks_file: fixture_path("oidc-jwks.json"),
            }),
            cors_origins: b.cors.clone(),
            static_dir: b.static_dir.clone(),
            limits: b.limits.clone(),
            expiry_interval: b.expiry_interval,
            audit: Default::default(),
            // PostgreSQL test databases are migrated by their owner (`TestDb::create_on`).
            migrate_on_start: !url.starts_with("postgres"),
            metrics_token: b.metrics_token.clone(),
            data_key: Some(TEST_DATA_KEY.into()),
            reserve_summary_report_months: domain::reserve::SUMMARY_REPORT_MONTHS_DEFAULT,
            code_key: Some(TEST_CODE_KEY.into()),
            mail: b.mail.clone(),
            attachments: api::config::AttachmentStorage::Directory(b.attachment_dir.clone()),
        }
    }

    /// The keys this server stores voucher codes under (for seeding in-process).
    pub fn code_keys(&self) -> api::store::vouchers::CodeKeys<'_> {
        api::store::vouchers::CodeKeys {
            code_key: &self.state.code_key,
            keys: &self.state.keys,
        }
    }

    /// The directory this server stores attachments' content in.
    pub fn attachment_dir(&self) -> &std::path::Path {
        &self.builder.attachment_dir
    }

    /// The server's clock: move it to test deadlines and expiry instead of editing rows.
    pub fn clock(&self) -> &Clock {
        &self.state.clock
    }

    /// A second server process on this app's database, as in a deployment with two nodes, on
    /// the same clock. (It does not own the database: the first app drops it.)
    pub async fn another_process(&self, builder: TestAppBuilder) -> TestApp {
        let builder = builder.clock(self.state.clock.clone());
        let db = TestDb {
            url: self.db.url.clone(),
            owner_url: self.db.owner_url.clone(),
            kind: self.db.kind,
            admin_url: None,
            name: self.db.name.clone(),
            dir: None,
        };
        TestApp::start_on(builder, db).await
    }

    /// Removes the triggers that keep the audit trail append-only, as someone with the
    /// database owner's rights could, so a test can then tamper with rows the way such an
    /// attacker would (the chain and the signed checkpoints must still tell).
    pub async fn drop_audit_triggers(&self) {
        let statements: &[&str] = match self.db.kind {
            DbKind::Sqlite => &[
                "DROP TRIGGER audit_log_append_only_update",
                "DROP TRIGGER audit_log_append_only_delete",
            ],
            DbKind::Postgres => &["ALTER TABLE audit_log DISABLE TRIGGER USER"],
        };
        let owner = self.db.owner().await;
        for sql in statements {
            sea_orm::ConnectionTrait::execute_unprepared(&owner, sql)
                .await
                .unwrap();
        }
        owner.close().await.ok();
    }

    /// Starts the server on `db` (which the app then owns and drops).
    pub async fn start_on(builder: TestAppBuilder, db: TestDb) -> TestApp {
        let app =
            Application::build_with_clock(Self::settings(&builder, &db.url), builder.clock.clone())
                .await
                .expect("the server starts");
        let addr = app.local_addr().unwrap();
        let state = app.state.clone();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            app.run_until(async move {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
        TestApp {
            addr,
            base: format!("http://{addr}"),
            http: reqwest::Client::new(),
            state,
            builder,
            shutdown: Some(tx),
            server: Some(server),
            db,
        }
    }

    /// Stops the server and starts a new one on the same database.
    pub async fn restart(mut self) -> TestApp {
        self.stop().await;
        let db = std::mem::replace(
            &mut self.db,
            TestDb {
                url: String::new(),
                owner_url: String::new(),
                kind: DbKind::Sqlite,
                admin_url: None,
                name: String::new(),
                dir: None,
            },
        );
        let builder = self.builder.clone();
        self.state.store.db().clone().close().await.ok();
        drop(self);
        TestApp::start_on(builder, db).await
    }

    pub async fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(h) = self.server.take() {
            let _ = tokio::time::timeout(Duration::from_secs(10), h).await;
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub fn ws_url(&self) -> String {
        format!("ws://{}/graphql", self.addr)
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Every log line of the servers a test runs, at TRACE level: install it on a
/// `current_thread` test runtime (where the servers' tasks run on the test's thread), keep the
/// guard alive, and read the lines with [`LogCapture::text`].
#[derive(Clone, Default)]
pub struct LogCapture(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl LogCapture {
    pub fn install(&self) -> tracing::subscriber::DefaultGuard {
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("trace"))
            .with_writer(self.clone())
            .finish();
        tracing::subscriber::set_default(subscriber)
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for LogCapture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogCapture {
    type Writer = LogCapture;
    fn make_writer(&'a self) -> LogCapture {
        self.clone()
    }
}
