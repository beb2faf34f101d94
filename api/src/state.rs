//! What every request shares: the store, the clock, the token service, settings, events and
//! metrics.
use crate::auth::token::Tokens;
use crate::clock::Clock;
use crate::config::Settings;
use crate::events::Events;
use crate::metrics::Metrics;
use crate::store::Store;
use crate::store::sealed::Keyring;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub clock: Clock,
    pub tokens: Arc<Tokens>,
    pub settings: Arc<Settings>,
    pub events: Events,
    pub metrics: Arc<Metrics>,
    /// The data keys that seal incidents' sensitive text.
    pub keys: Arc<Keyring>,
    /// The key voucher codes are looked up by (their HMAC-SHA256 digests).
    pub code_key: Arc<crate::store::sealed::CodeKey>,
    /// This node's live alert stream, read from the store on each alert event.
    pub alert_feed: crate::store::alerts::AlertFeed,
    /// Where attachments' content is stored.
    pub attachments: crate::attachment_store::AttachmentStore,
}
