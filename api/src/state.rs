//! What every request shares: the store, the token service, settings, events and metrics.
use crate::auth::token::Tokens;
use crate::config::Settings;
use crate::events::Events;
use crate::http::metrics::Metrics;
use crate::store::Store;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub tokens: Arc<Tokens>,
    pub settings: Arc<Settings>,
    pub events: Events,
    pub metrics: Arc<Metrics>,
}
