//! Domain events, published after commit. In-process broadcast; subscribers filter by scope.
//! (Cross-node delivery through PostgreSQL LISTEN/NOTIFY is planned; see docs/architecture.md.)
use domain::member_state::MemberState;
use tokio::sync::broadcast;
use uuid::Uuid;

#[derive(Debug, Clone)]
pub enum Event {
    /// A healthcare organisation registered itself and awaits verification.
    OrganisationRegistered { id: Uuid, member_state: MemberState },
    /// An organisation's notifications changed (one was added, or some were read).
    NotificationsChanged { organisation: Uuid },
}

#[derive(Clone)]
pub struct Events {
    tx: broadcast::Sender<Event>,
}

impl Default for Events {
    fn default() -> Self {
        let (tx, _) = broadcast::channel(1024);
        Self { tx }
    }
}

impl Events {
    /// Publishes to current subscribers; having none is fine.
    pub fn publish(&self, e: Event) {
        let _ = self.tx.send(e);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }
}
