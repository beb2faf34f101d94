//! Building and running the service: `Application::build` binds (port 0 picks a free port),
//! migrates and assembles the router; `run` serves until SIGINT or SIGTERM.
use crate::auth::token::Tokens;
use crate::clock::Clock;
use crate::config::{ConfigError, Settings};
use crate::events::Events;
use crate::graphql::build_schema;
use crate::metrics::Metrics;
use crate::state::AppState;
use crate::store::{Store, StoreError};
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("database: {0}")]
    Store(#[from] StoreError),
    #[error("cannot listen: {0}")]
    Io(#[from] std::io::Error),
}

pub struct Application {
    listener: TcpListener,
    bus: Option<crate::events::Bus>,
    router: axum::Router,
    pub state: AppState,
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        Self::build_with_clock(settings, Clock::system()).await
    }

    /// As [`Application::build`], with a given clock (tests move it; two processes in one test
    /// share one).
    pub async fn build_with_clock(settings: Settings, clock: Clock) -> Result<Self, StartupError> {
        let store = Store::connect(&settings.database_url).await?;
        if settings.migrate_on_start {
            store.migrate().await?;
        } else {
            let pending = crate::store::roles::pending_migrations(&store).await?;
            if !pending.is_empty() {
                return Err(StartupError::Store(crate::store::StoreError::Setup(
                    format!(
                        "migrations are pending ({}): run `cyberhealth migrate` as the database owner",
                        pending.join(", ")
                    ),
                )));
            }
        }
        let tokens = Tokens::new(&settings)?.with_clock(clock.clone());
        let keys = crate::store::sealed::Keyring::configured(
            settings.data_key.as_deref(),
            &settings.database_url,
        )?;
        let code_key = crate::store::sealed::CodeKey::configured(
            settings.code_key.as_deref(),
            &settings.database_url,
        )?;
        // Vouchers issued before codes were kept as digests (issue #14): digest and seal them
        // now, before any request can look one up.
        crate::store::vouchers::seal_plain_codes(&store, &code_key, &keys, clock.now()).await?;
        let attachments =
            crate::attachment_store::AttachmentStore::configured(&settings.attachments)
                .map_err(|e| StartupError::Config(ConfigError(e.to_string())))?;
        let schema = build_schema(&settings.limits, settings.is_production());
        let listener = TcpListener::bind(settings.bind).await?;
        let (events, bus) = Events::for_database(&settings.database_url);
        let state = AppState {
            store,
            clock,
            tokens: Arc::new(tokens),
            settings: Arc::new(settings),
            events,
            metrics: Arc::new(Metrics::default()),
            keys: Arc::new(keys),
            code_key: Arc::new(code_key),
            alert_feed: Default::default(),
            attachments,
        };
        let router = crate::http::router(state.clone(), schema);
        Ok(Self {
            listener,
            bus,
            router,
            state,
        })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` resolves, then finishes in-flight requests.
    pub async fn run_until(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let expiry =
            crate::jobs::expiry::spawn(self.state.clone(), self.state.settings.expiry_interval);
        let checkpoint = crate::jobs::checkpoint::spawn(self.state.clone());
        let mail = crate::jobs::mail::spawn(self.state.clone())
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        let escalation = crate::jobs::incident_escalation::spawn(
            self.state.clone(),
            self.state.settings.expiry_interval,
        );
        let report_reminder = crate::jobs::reserve_report_reminder::spawn(
            self.state.clone(),
            self.state.settings.expiry_interval,
        );
        let attachment_sweep = crate::jobs::attachment_sweep::spawn(
            self.state.clone(),
            crate::jobs::attachment_sweep::INTERVAL,
        );
        let bus = self.bus.map(|b| tokio::spawn(b.run()));
        let feed_from = crate::jobs::alert_feed::start_position(&self.state).await;
        let alert_feed = crate::jobs::alert_feed::spawn(self.state.clone(), feed_from);
        let served = axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        expiry.abort();
        escalation.abort();
        report_reminder.abort();
        attachment_sweep.abort();
        mail.abort();
        alert_feed.abort();
        if let Some(b) = bus {
            b.abort();
        }
        if let Some(c) = checkpoint {
            c.abort();
        }
        served
    }

    pub async fn run(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }
}

/// SIGINT (Ctrl-C) or SIGTERM (what process managers send).
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
