//! Domain events, published after commit through one function, [`Events::publish_committed`],
//! which actions reach through `Ctx::published`. In-process broadcast; subscribers filter by
//! scope. (That function is the seam where cross-node delivery plugs in.)
use domain::member_state::MemberState;
use tokio::sync::broadcast;
use uuid::Uuid;

#[derive(Debug, Clone)]
pub enum Event {
    /// A healthcare organisation registered itself and awaits verification.
    OrganisationRegistered { id: Uuid, member_state: MemberState },
    /// An organisation's notifications changed (one was added, or some were read).
    NotificationsChanged { organisation: Uuid },
    /// An alert event was committed (publication, update, revocation): its sequence number in
    /// the alert event stream. Each node reads it from the store and filters it per subscriber.
    AlertChanged { seq: i64 },
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
    /// Publishes a committed change's events to current subscribers; having none is fine.
    pub fn publish_committed(&self, events: impl IntoIterator<Item = Event>) {
        for e in events {
            let _ = self.tx.send(e);
        }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }
}
