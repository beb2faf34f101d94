//! Typed settings from flags and environment variables. A bad setting stops startup with a
//! clear message ([`ConfigError`]); nothing is guessed.
use clap::{Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Environment {
    Development,
    Test,
    Production,
}

/// The `cyberhealth` command line. Every flag can also be set by the environment variable
/// named beside it (see the README's configuration table).
#[derive(Debug, Parser)]
#[command(name = "cyberhealth", version, about = "CyberHealth Support Platform")]
pub struct Cli {
    /// Database: a `sqlite://` file (the embedded default) or a `postgres://` URL.
    #[arg(
        long,
        env = "DATABASE_URL",
        global = true,
        default_value = "sqlite://./data/cyberhealth.sqlite?mode=rwc"
    )]
    pub database_url: String,
    /// `development`, `test` or `production`. Production turns off GraphiQL, introspection,
    /// suggestions and demo data, and requires a JWT secret.
    #[arg(
        long = "env",
        env = "CYBERHEALTH_ENV",
        global = true,
        value_enum,
        default_value = "development"
    )]
    pub environment: Environment,
    /// Address to listen on; port 0 picks a free port.
    #[arg(
        long,
        env = "CYBERHEALTH_BIND",
        global = true,
        default_value = "127.0.0.1:8080"
    )]
    pub bind: String,
    /// HS256 secret for the platform's own tokens, at least 32 bytes. Required in production;
    /// elsewhere a random one is made at startup (tokens then end with the process).
    #[arg(
        long,
        env = "CYBERHEALTH_JWT_SECRET",
        global = true,
        hide_env_values = true
    )]
    pub jwt_secret: Option<String>,
    /// `iss` of the platform's own tokens.
    #[arg(
        long,
        env = "CYBERHEALTH_JWT_ISSUER",
        global = true,
        default_value = "cyberhealth"
    )]
    pub jwt_issuer: String,
    /// `aud` of the platform's own tokens.
    #[arg(
        long,
        env = "CYBERHEALTH_JWT_AUDIENCE",
        global = true,
        default_value = "cyberhealth-api"
    )]
    pub jwt_audience: String,
    /// Lifetime of a login token in seconds (60 to 86400).
    #[arg(
        long,
        env = "CYBERHEALTH_JWT_TTL_SECONDS",
        global = true,
        default_value_t = 3600
    )]
    pub jwt_ttl_seconds: u64,
    /// `iss` of an external OpenID Connect provider whose tokens are accepted.
    #[arg(long, env = "CYBERHEALTH_OIDC_ISSUER", global = true)]
    pub oidc_issuer: Option<String>,
    /// `aud` the external provider's tokens must carry.
    #[arg(long, env = "CYBERHEALTH_OIDC_AUDIENCE", global = true)]
    pub oidc_audience: Option<String>,
    /// A JWKS file with the external provider's RS256 / EdDSA public keys.
    #[arg(long, env = "CYBERHEALTH_OIDC_JWKS_FILE", global = true)]
    pub oidc_jwks_file: Option<PathBuf>,
    /// Browser origins allowed by CORS and on WebSocket (comma-separated, exact match).
    #[arg(
        long,
        env = "CYBERHEALTH_CORS_ORIGINS",
        global = true,
        value_delimiter = ','
    )]
    pub cors_origins: Vec<String>,
    /// Folder with the built SPA (`frontend/dist`), served at `/`.
    #[arg(long, env = "CYBERHEALTH_STATIC_DIR", global = true)]
    pub static_dir: Option<PathBuf>,
    /// How often the voucher expiry job runs, in seconds (1 to 86400).
    #[arg(
        long,
        env = "CYBERHEALTH_EXPIRY_INTERVAL_SECONDS",
        global = true,
        default_value_t = 60
    )]
    pub expiry_interval_seconds: u64,
    /// Log filter, e.g. `info` or `api=debug,info`.
    #[arg(long, env = "CYBERHEALTH_LOG", global = true, default_value = "info")]
    pub log: String,
    /// Base64 Ed25519 seed that signs audit checkpoints (`cyberhealth audit keygen` makes one).
    #[arg(
        long,
        env = "CYBERHEALTH_AUDIT_SIGNING_KEY",
        global = true,
        hide_env_values = true
    )]
    pub audit_signing_key: Option<String>,
    /// Base64 Ed25519 public key that verifies audit checkpoints.
    #[arg(long, env = "CYBERHEALTH_AUDIT_PUBLIC_KEY", global = true)]
    pub audit_public_key: Option<String>,
    /// A directory (outside the database) where the server writes a signed checkpoint of the
    /// audit trail every interval.
    #[arg(long, env = "CYBERHEALTH_AUDIT_CHECKPOINT_DIR", global = true)]
    pub audit_checkpoint_dir: Option<PathBuf>,
    #[arg(
        long,
        env = "CYBERHEALTH_AUDIT_CHECKPOINT_INTERVAL_SECONDS",
        global = true,
        default_value_t = 3600
    )]
    pub audit_checkpoint_interval_seconds: u64,
    /// A bearer token that `/metrics` requires (`Authorization: Bearer …`). In production,
    /// `/metrics` is not served without one.
    #[arg(
        long,
        env = "CYBERHEALTH_METRICS_TOKEN",
        global = true,
        hide_env_values = true
    )]
    pub metrics_token: Option<String>,
    /// The data keys that seal incidents' sensitive text (ransom notes, indicators, reports):
    /// `id:base64key[,id:base64key…]`, the first current (`docs/incidents.md`). Required in
    /// production; in development a key file is created beside the SQLite file.
    #[arg(
        long,
        env = "CYBERHEALTH_DATA_KEY",
        global = true,
        hide_env_values = true
    )]
    pub data_key: Option<String>,
    /// The key voucher codes are stored under, as HMAC-SHA256 digests: 32 random bytes in
    /// base64 (`docs/security.md`, "Voucher codes at rest"). Required in production; in
    /// development a key file is created beside the SQLite file.
    #[arg(
        long,
        env = "CYBERHEALTH_CODE_KEY",
        global = true,
        hide_env_values = true
    )]
    pub code_key: Option<String>,
    /// The period, in calendar months after the support ends, for a Reserve user's summary
    /// report (Regulation (EU) 2025/38, Art. 16; `docs/reserve.md`).
    #[arg(long, env = "CYBERHEALTH_RESERVE_SUMMARY_REPORT_MONTHS", global = true, default_value_t = domain::reserve::SUMMARY_REPORT_MONTHS_DEFAULT)]
    pub reserve_summary_report_months: u32,
    /// Apply migrations when `serve` starts (the default). Set `false` when `serve` runs as an
    /// application role that may not change the schema: it then refuses to start while a
    /// migration is pending (`cyberhealth migrate` as the owner first).
    #[arg(long, env = "CYBERHEALTH_MIGRATE", global = true, default_value_t = true, action = clap::ArgAction::Set)]
    pub migrate: bool,
    /// How log lines are written: `json` (one JSON object a line; the default in production)
    /// or `text`. Control characters are escaped in both.
    #[arg(long, env = "CYBERHEALTH_LOG_FORMAT", global = true, value_enum)]
    pub log_format: Option<LogFormat>,
    /// The SMTP server e-mail is sent through (lettre's URL form):
    /// `smtps://user:pass@mail.example.eu:465` (TLS), `smtp://user:pass@mail.example.eu:587?tls=required`
    /// (STARTTLS required), or `smtp://127.0.0.1:2525` (plain: a local relay, tests). Unset:
    /// e-mail goes to `CYBERHEALTH_MAIL_DIR`.
    #[arg(long, env = "CYBERHEALTH_SMTP_URL", global = true)]
    pub smtp_url: Option<String>,
    /// The sender of every e-mail.
    #[arg(
        long,
        env = "CYBERHEALTH_MAIL_FROM",
        global = true,
        default_value = "CyberHealth <no-reply@cyberhealth.localhost>"
    )]
    pub mail_from: String,
    /// Where e-mail is written (one `.eml` file each) when no SMTP server is set; default
    /// `mail/` beside the SQLite file (`./data/mail`).
    #[arg(long, env = "CYBERHEALTH_MAIL_DIR", global = true)]
    pub mail_dir: Option<PathBuf>,
    /// The address people open the web app at, for links in e-mails (password reset).
    #[arg(
        long,
        env = "CYBERHEALTH_PUBLIC_URL",
        global = true,
        default_value = "http://127.0.0.1:8080"
    )]
    pub public_url: String,
    /// How often the mail job looks for due e-mails (it is also woken after each change that
    /// wrote one).
    #[arg(
        long,
        env = "CYBERHEALTH_MAIL_INTERVAL_SECONDS",
        global = true,
        default_value_t = 5
    )]
    pub mail_interval_seconds: u64,
    /// The directory attachments (quotes, invoices) are stored in when no S3 bucket is set;
    /// default `attachments/` beside the SQLite file (`./data/attachments`).
    #[arg(long, env = "CYBERHEALTH_ATTACHMENT_DIR", global = true)]
    pub attachment_dir: Option<PathBuf>,
    /// Stores attachments in this S3(-compatible) bucket instead of a directory; credentials
    /// from the standard AWS variables (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, …).
    #[arg(long, env = "CYBERHEALTH_ATTACHMENT_S3_BUCKET", global = true)]
    pub attachment_s3_bucket: Option<String>,
    /// The S3-compatible service's address (e.g. `https://s3.example.eu` or a MinIO); unset:
    /// AWS itself.
    #[arg(long, env = "CYBERHEALTH_ATTACHMENT_S3_ENDPOINT", global = true)]
    pub attachment_s3_endpoint: Option<String>,
    /// The bucket's region (else `AWS_REGION`, else `us-east-1`).
    #[arg(long, env = "CYBERHEALTH_ATTACHMENT_S3_REGION", global = true)]
    pub attachment_s3_region: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Json,
    Text,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the service (the default).
    Serve,
    /// Apply pending migrations and exit.
    Migrate,
    /// Load the demo data (refused in production). Idempotent.
    SeedDemo,
    /// Create an account, e.g. the first admin without demo data. The password is read from
    /// CYBERHEALTH_NEW_PASSWORD or, if unset, from the first line of standard input.
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
        #[arg(long, default_value = "Administrator")]
        display_name: String,
        /// Organisation id, for roles that belong to one.
        #[arg(long)]
        organisation: Option<uuid::Uuid>,
    },
    /// Print the GraphQL schema (SDL).
    Schema,
    /// Audit trail tools.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Database administration.
    Db {
        #[command(subcommand)]
        command: DbCommand,
    },
    /// Re-seal every sealed incident text under the current data key (the first of
    /// CYBERHEALTH_DATA_KEY), so older keys can then be removed. With `--generate`, only print
    /// a new key to put first.
    RotateDataKey {
        #[arg(long)]
        generate: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check every hash chain; exits 1 and names the first broken link. With `--checkpoint`,
    /// also check that no chain is shorter than, or differs from, a signed checkpoint.
    Verify {
        #[arg(long)]
        checkpoint: Option<PathBuf>,
    },
    /// Write the heads of all chains, signed with CYBERHEALTH_AUDIT_SIGNING_KEY, to a file (or
    /// a new file in a directory) meant to live outside the database.
    Checkpoint {
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print a new signing key (keep it secret) and its public key.
    Keygen,
}

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// As the owner (PostgreSQL): create the application role if needed and grant it what
    /// `serve` needs, with the audit trail INSERT-only.
    Grant {
        #[arg(long)]
        role: String,
    },
}

#[derive(Debug, thiserror::Error)]
#[error("configuration error: {0}")]
pub struct ConfigError(pub String);

/// Whether a secret looks random enough to sign tokens with: at least 128 bits by its byte
/// frequencies (Shannon entropy × length), at least 16 distinct bytes, and not a shorter word
/// repeated. A repeated character, a word repeated or a short alphabet fail; 32 random bytes in base64 (44 characters, about 240
/// bits) pass. A heuristic against obvious mistakes, not a proof of randomness.
pub fn strong_secret(secret: &[u8]) -> bool {
    let mut counts = [0usize; 256];
    for b in secret {
        counts[usize::from(*b)] += 1;
    }
    let n = secret.len() as f64;
    let per_byte: f64 = counts
        .iter()
        .filter(|c| **c > 0)
        .map(|c| {
            let p = *c as f64 / n;
            -p * p.log2()
        })
        .sum();
    let distinct = counts.iter().filter(|c| **c > 0).count();
    // A word repeated (`abcabc…`) has a period no longer than half its length.
    let periodic =
        (1..=secret.len() / 2).any(|p| secret.iter().zip(&secret[p..]).all(|(a, b)| a == b));
    distinct >= 16 && per_byte * n >= 128.0 && !periodic
}

/// The validated settings the service runs with.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: String,
    pub environment: Environment,
    pub bind: SocketAddr,
    pub jwt_secret: Vec<u8>,
    pub jwt_issuer: String,
    pub jwt_audience: String,
    pub jwt_ttl: Duration,
    pub oidc: Option<OidcSettings>,
    pub cors_origins: Vec<String>,
    pub static_dir: Option<PathBuf>,
    pub limits: Limits,
    /// How often the voucher expiry job runs.
    pub expiry_interval: Duration,
    pub audit: AuditSettings,
    /// Apply migrations at start-up (else only check that none is pending).
    pub migrate_on_start: bool,
    /// The bearer token `/metrics` requires; without one, `/metrics` is open in development
    /// and not served in production.
    pub metrics_token: Option<String>,
    /// `CYBERHEALTH_DATA_KEY` (see [`Cli::data_key`]); `None` outside production: a key file
    /// beside the SQLite file.
    pub data_key: Option<String>,
    /// `CYBERHEALTH_CODE_KEY` (see [`Cli::code_key`]); `None` outside production: a key file
    /// beside the SQLite file.
    pub code_key: Option<String>,
    /// The Reserve's summary report period in calendar months (default
    /// [`domain::reserve::SUMMARY_REPORT_MONTHS_DEFAULT`]).
    pub reserve_summary_report_months: u32,
    pub mail: MailSettings,
    /// Where attachments' content is stored (`docs/attachments.md`).
    pub attachments: AttachmentStorage,
}

/// Where attachments' content is stored: a local directory (the default) or an
/// S3-compatible bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttachmentStorage {
    /// `CYBERHEALTH_ATTACHMENT_DIR`.
    Directory(PathBuf),
    /// `CYBERHEALTH_ATTACHMENT_S3_BUCKET`, `_ENDPOINT`, `_REGION`.
    S3 {
        bucket: String,
        endpoint: Option<String>,
        region: Option<String>,
    },
}

/// How e-mail leaves the platform (`docs/email.md`).
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// `CYBERHEALTH_SMTP_URL`; `None`: e-mail is written to `dir`.
    pub smtp_url: Option<String>,
    pub from: String,
    pub dir: PathBuf,
    /// The web app's address, for links in e-mails.
    pub public_url: String,
    /// How often the mail job looks for due e-mails.
    pub interval: Duration,
    /// How long a claimed e-mail is held by one process before another may try it (longer
    /// than any SMTP exchange: lettre's timeout is 60 s).
    pub lease: Duration,
}

impl MailSettings {
    /// Development defaults: no SMTP, the folder `dir`.
    pub fn to_folder(dir: PathBuf) -> Self {
        Self {
            smtp_url: None,
            from: "CyberHealth <no-reply@cyberhealth.localhost>".into(),
            dir,
            public_url: "http://127.0.0.1:8080".into(),
            interval: Duration::from_secs(5),
            lease: Duration::from_secs(120),
        }
    }
}

/// Signed checkpoints of the audit trail (`docs/audit.md`).
#[derive(Debug, Clone)]
pub struct AuditSettings {
    /// Base64 Ed25519 seed that signs checkpoints.
    pub signing_key: Option<String>,
    /// Base64 Ed25519 public key that verifies them (else derived from the signing key).
    pub public_key: Option<String>,
    /// Where the server writes a checkpoint every `checkpoint_interval` (off when unset).
    pub checkpoint_dir: Option<PathBuf>,
    pub checkpoint_interval: Duration,
}

impl Default for AuditSettings {
    fn default() -> Self {
        Self {
            signing_key: None,
            public_key: None,
            checkpoint_dir: None,
            checkpoint_interval: Duration::from_secs(3600),
        }
    }
}

#[derive(Debug, Clone)]
pub struct OidcSettings {
    pub issuer: String,
    pub audience: String,
    pub jwks_file: PathBuf,
}

/// Protective limits; the defaults are documented in `docs/security.md`.
#[derive(Debug, Clone)]
pub struct Limits {
    pub body_bytes: usize,
    pub depth: usize,
    pub complexity: usize,
    pub directives: usize,
    pub aliases: usize,
    pub batch: usize,
    pub ws_init_timeout: Duration,
    /// Operations running at once on one WebSocket.
    pub ws_subscriptions: usize,
    /// WebSockets open at once per account (per server).
    pub ws_sockets_per_account: usize,
    /// How often an open WebSocket re-checks its token and account (`auth::session`).
    pub ws_revalidate: Duration,
    pub login_failures_per_account: u64,
    pub login_failures_per_ip: u64,
    pub login_window: Duration,
    /// Registrations from one address per window (public, and it hashes a password).
    pub registrations_per_ip: u64,
    pub registration_window: Duration,
    /// Tenancy probes (reads by id of records out of scope) audited per principal and window;
    /// beyond it the probe is still refused, but not written to the trail again.
    pub probe_audits_per_principal: u64,
    pub probe_window: Duration,
    /// Unknown voucher codes a service provider may try per window before lookups are refused.
    pub code_failures_per_provider: u64,
    pub code_window: Duration,
    /// How often a node's alert feed reads the stream without being woken by an event: a
    /// safety net only (events wake it; `jobs/alert_feed.rs`).
    pub alert_catch_up: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            // A catalogue body may be 200 KB of Markdown (issue 13), with its JSON escaping.
            body_bytes: 512 * 1024,
            depth: 12,
            complexity: 1000,
            directives: 8,
            aliases: 30,
            batch: 10,
            ws_init_timeout: Duration::from_secs(5),
            ws_subscriptions: 20,
            ws_sockets_per_account: 10,
            ws_revalidate: Duration::from_secs(10),
            login_failures_per_account: 5,
            login_failures_per_ip: 20,
            login_window: Duration::from_secs(15 * 60),
            registrations_per_ip: 20,
            registration_window: Duration::from_secs(15 * 60),
            probe_audits_per_principal: 20,
            probe_window: Duration::from_secs(15 * 60),
            code_failures_per_provider: 10,
            code_window: Duration::from_secs(15 * 60),
            alert_catch_up: Duration::from_secs(5),
        }
    }
}

impl Settings {
    pub fn from_cli(cli: &Cli) -> Result<Self, ConfigError> {
        let production = cli.environment == Environment::Production;
        let bind: SocketAddr = cli.bind.parse().map_err(|_| {
            ConfigError(format!(
                "CYBERHEALTH_BIND `{}` is not an address like 127.0.0.1:8080",
                cli.bind
            ))
        })?;
        if !(cli.database_url.starts_with("sqlite:")
            || cli.database_url.starts_with("postgres://")
            || cli.database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError(
                "DATABASE_URL must start with sqlite: or postgres://".into(),
            ));
        }
        let jwt_secret = match &cli.jwt_secret {
            Some(s) if s.len() >= 32 && production && !strong_secret(s.as_bytes()) => {
                return Err(ConfigError(
                    "CYBERHEALTH_JWT_SECRET is too predictable for production: use at least 32 random bytes, e.g. `openssl rand -base64 32`".into(),
                ));
            }
            Some(s) if s.len() >= 32 => s.as_bytes().to_vec(),
            Some(_) => {
                return Err(ConfigError(
                    "CYBERHEALTH_JWT_SECRET must be at least 32 bytes".into(),
                ));
            }
            None if production => {
                return Err(ConfigError(
                    "CYBERHEALTH_JWT_SECRET is required in production".into(),
                ));
            }
            None => {
                use rand::RngCore;
                let mut b = vec![0u8; 32];
                rand::rngs::OsRng.fill_bytes(&mut b);
                b
            }
        };
        if let Some(k) = &cli.audit_signing_key
            && domain::audit::checkpoint::signing_key(k).is_err()
        {
            return Err(ConfigError(
                "CYBERHEALTH_AUDIT_SIGNING_KEY must be a base64 Ed25519 seed of 32 bytes (`cyberhealth audit keygen`)".into(),
            ));
        }
        if let Some(k) = &cli.audit_public_key
            && domain::audit::checkpoint::verifying_key(k).is_err()
        {
            return Err(ConfigError(
                "CYBERHEALTH_AUDIT_PUBLIC_KEY must be a base64 Ed25519 public key of 32 bytes"
                    .into(),
            ));
        }
        if let Some(token) = &cli.metrics_token
            && token.len() < 32
        {
            return Err(ConfigError(
                "CYBERHEALTH_METRICS_TOKEN must be at least 32 characters".into(),
            ));
        }
        if production && cli.data_key.is_none() {
            return Err(ConfigError(
                "CYBERHEALTH_DATA_KEY is required in production (`cyberhealth rotate-data-key --generate` prints one)".into(),
            ));
        }
        if production && cli.code_key.is_none() {
            return Err(ConfigError(
                "CYBERHEALTH_CODE_KEY is required in production (32 random bytes in base64, e.g. `openssl rand -base64 32`)".into(),
            ));
        }
        if !(60..=86_400).contains(&cli.jwt_ttl_seconds) {
            return Err(ConfigError(
                "CYBERHEALTH_JWT_TTL_SECONDS must be between 60 and 86400".into(),
            ));
        }
        if !(1..=86_400).contains(&cli.expiry_interval_seconds) {
            return Err(ConfigError(
                "CYBERHEALTH_EXPIRY_INTERVAL_SECONDS must be between 1 and 86400".into(),
            ));
        }
        let oidc = match (&cli.oidc_issuer, &cli.oidc_audience, &cli.oidc_jwks_file) {
            (None, None, None) => None,
            (Some(issuer), Some(audience), Some(jwks_file)) => Some(OidcSettings {
                issuer: issuer.clone(),
                audience: audience.clone(),
                jwks_file: jwks_file.clone(),
            }),
            _ => {
                return Err(ConfigError(
                    "CYBERHEALTH_OIDC_ISSUER, CYBERHEALTH_OIDC_AUDIENCE and CYBERHEALTH_OIDC_JWKS_FILE go together".into(),
                ));
            }
        };
        for o in &cli.cors_origins {
            if o == "*" || !(o.starts_with("http://") || o.starts_with("https://")) {
                return Err(ConfigError(format!(
                    "CYBERHEALTH_CORS_ORIGINS: `{o}` must be an exact origin such as https://app.example.eu"
                )));
            }
        }
        if let Some(dir) = &cli.static_dir
            && !dir.join("index.html").is_file()
        {
            return Err(ConfigError(format!(
                "CYBERHEALTH_STATIC_DIR `{}` has no index.html (build the frontend first)",
                dir.display()
            )));
        }
        Ok(Self {
            database_url: with_safe_tls(&cli.database_url),
            environment: cli.environment,
            bind,
            jwt_secret,
            jwt_issuer: cli.jwt_issuer.clone(),
            jwt_audience: cli.jwt_audience.clone(),
            jwt_ttl: Duration::from_secs(cli.jwt_ttl_seconds),
            oidc,
            cors_origins: cli
                .cors_origins
                .iter()
                .map(|o| o.trim_end_matches('/').to_owned())
                .collect(),
            static_dir: cli.static_dir.clone(),
            limits: Limits::default(),
            expiry_interval: Duration::from_secs(cli.expiry_interval_seconds),
            migrate_on_start: cli.migrate,
            metrics_token: cli.metrics_token.clone(),
            data_key: cli.data_key.clone(),
            code_key: cli.code_key.clone(),
            reserve_summary_report_months: cli.reserve_summary_report_months.max(1),
            mail: MailSettings {
                smtp_url: cli.smtp_url.clone().filter(|u| !u.trim().is_empty()),
                from: cli.mail_from.clone(),
                dir: cli
                    .mail_dir
                    .clone()
                    .unwrap_or_else(|| default_mail_dir(&cli.database_url)),
                public_url: cli.public_url.trim_end_matches('/').to_owned(),
                interval: Duration::from_secs(cli.mail_interval_seconds.clamp(1, 3600)),
                lease: Duration::from_secs(120),
            },
            attachments: match cli
                .attachment_s3_bucket
                .clone()
                .filter(|b| !b.trim().is_empty())
            {
                Some(bucket) => AttachmentStorage::S3 {
                    bucket,
                    endpoint: cli
                        .attachment_s3_endpoint
                        .clone()
                        .filter(|e| !e.trim().is_empty()),
                    region: cli
                        .attachment_s3_region
                        .clone()
                        .filter(|r| !r.trim().is_empty()),
                },
                None => AttachmentStorage::Directory(
                    cli.attachment_dir
                        .clone()
                        .unwrap_or_else(|| beside_database(&cli.database_url, "attachments")),
                ),
            },
            audit: AuditSettings {
                signing_key: cli.audit_signing_key.clone(),
                public_key: cli.audit_public_key.clone(),
                checkpoint_dir: cli.audit_checkpoint_dir.clone(),
                checkpoint_interval: Duration::from_secs(
                    cli.audit_checkpoint_interval_seconds.max(1),
                ),
            },
        })
    }

    pub fn is_production(&self) -> bool {
        self.environment == Environment::Production
    }
}

/// A PostgreSQL URL without `sslmode` gets `sslmode=verify-full` (encrypted, the server's
/// certificate checked against the system's roots, or `sslrootcert=`) unless the server is on
/// this host (a loopback address or a Unix socket), where the driver's default (`prefer`)
/// stays: TLS over loopback protects nothing and costs 13–27 % of a nested read here
/// (`docs/benchmarks.md`). An explicit `sslmode` always wins; SQLite URLs are left alone.
fn with_safe_tls(url: &str) -> String {
    let Some(rest) = url
        .strip_prefix("postgres://")
        .or_else(|| url.strip_prefix("postgresql://"))
    else {
        return url.to_owned();
    };
    let (authority_path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let params: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
    if params.iter().any(|(k, _)| *k == "sslmode") {
        return url.to_owned();
    }
    let authority = authority_path.split('/').next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    let socket = params
        .iter()
        .any(|(k, v)| *k == "host" && (v.starts_with('/') || v.starts_with("%2F")));
    let on_this_host = host.is_empty()
        || socket
        || host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if on_this_host {
        return url.to_owned();
    }
    let separator = if query.is_empty() { "?" } else { "&" };
    format!("{url}{separator}sslmode=verify-full")
}

/// `mail/` beside the SQLite file, or `./data/mail` (PostgreSQL, in-memory SQLite).
fn default_mail_dir(database_url: &str) -> PathBuf {
    beside_database(database_url, "mail")
}

/// `name/` beside the SQLite file, or `./data/name` (PostgreSQL, in-memory SQLite).
fn beside_database(database_url: &str, name: &str) -> PathBuf {
    let file = database_url
        .strip_prefix("sqlite://")
        .or_else(|| database_url.strip_prefix("sqlite:"))
        .map(|p| p.split('?').next().unwrap_or(p))
        .filter(|p| !p.is_empty() && !p.contains(":memory:"));
    match file.and_then(|f| std::path::Path::new(f).parent()) {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join(name),
        _ => PathBuf::from("data").join(name),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_remote_postgres_server_needs_a_verified_certificate_unless_the_url_says_otherwise() {
        use super::with_safe_tls as tls;
        assert_eq!(
            tls("postgres://app:pw@db.example.eu:5432/cyberhealth"),
            "postgres://app:pw@db.example.eu:5432/cyberhealth?sslmode=verify-full"
        );
        assert_eq!(
            tls("postgresql://db.example.eu/ch?application_name=api"),
            "postgresql://db.example.eu/ch?application_name=api&sslmode=verify-full"
        );
        assert_eq!(
            tls("postgres://10.0.0.5/ch?sslmode=disable"),
            "postgres://10.0.0.5/ch?sslmode=disable"
        );
        for local in [
            "postgres://postgres@127.0.0.1:5432/postgres",
            "postgres://localhost/ch",
            "postgres://u@[::1]:5432/ch",
            "postgres:///ch?host=/var/run/postgresql",
            "sqlite://./data/cyberhealth.sqlite?mode=rwc",
        ] {
            assert_eq!(tls(local), local);
        }
    }

    use super::strong_secret;

    #[test]
    fn predictable_secrets_are_weak_and_random_ones_strong() {
        for weak in [
            "a".repeat(44),
            "passwordpasswordpasswordpasswordpassword".to_owned(),
            "0123456789abcdef0123456789abcdef".to_owned(),
            "abababababababababababababababababababab".to_owned(),
        ] {
            assert!(!strong_secret(weak.as_bytes()), "{weak}");
        }
        for strong in [
            "k8Jq2Zr7Vx0pLm4Nw9Tb6Yc1Ud3Hf5Gs8Ke2Qa7Rt0=",
            "test-secret-that-is-at-least-32-bytes-long!",
        ] {
            assert!(strong_secret(strong.as_bytes()), "{strong}");
        }
    }
}
