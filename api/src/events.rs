//! Domain events, published after commit through one function, [`Events::publish_committed`],
//! which actions reach through `Ctx::published`. Subscribers filter them by scope.
//!
//! One bus for every event, two transports:
//! - **SQLite** (one process): an in-process broadcast.
//! - **PostgreSQL** (any number of processes on one database): each event is delivered to this
//!   node's subscribers at once and sent to the other nodes with `NOTIFY cyberhealth_events`.
//!   Every node `LISTEN`s ([`Bus::run`]); a notification from another node becomes the same
//!   [`Event`] here. Payloads carry ids only: an alert event is its sequence number (each node
//!   reads the event from the store and filters it per subscriber), a notification change the
//!   organisation's id. When the listening connection is lost the node reconnects and
//!   publishes [`Event::Resync`], on which readers of the alert stream replay from their last
//!   cursor, so nothing sent while disconnected is lost.
use domain::member_state::MemberState;
use sea_orm::sqlx;
use std::time::Duration;
use tokio::sync::{broadcast, mpsc};
use uuid::Uuid;

/// The PostgreSQL channel of the bus.
pub const CHANNEL: &str = "cyberhealth_events";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A healthcare organisation registered itself and awaits verification.
    OrganisationRegistered { id: Uuid, member_state: MemberState },
    /// An organisation's notifications changed (one was added, or some were read).
    NotificationsChanged { organisation: Uuid },
    /// An alert event was committed (publication, update, revocation): its sequence number in
    /// the alert event stream. Each node reads it from the store and filters it per subscriber.
    AlertChanged { seq: i64 },
    /// This node may have missed events from other nodes (its listening connection was
    /// re-established): readers of stored streams catch up from their last position.
    Resync,
}

impl Event {
    /// The NOTIFY payload (ids only).
    fn encode(&self) -> Option<String> {
        Some(match self {
            Event::OrganisationRegistered { id, member_state } => {
                format!("O:{id}:{}", member_state.code())
            }
            Event::NotificationsChanged { organisation } => format!("N:{organisation}"),
            Event::AlertChanged { seq } => format!("A:{seq}"),
            Event::Resync => return None,
        })
    }

    fn decode(s: &str) -> Option<Event> {
        let (kind, rest) = s.split_once(':')?;
        match kind {
            "O" => {
                let (id, ms) = rest.split_once(':')?;
                Some(Event::OrganisationRegistered {
                    id: Uuid::parse_str(id).ok()?,
                    member_state: MemberState::parse(ms).ok()?,
                })
            }
            "N" => Some(Event::NotificationsChanged {
                organisation: Uuid::parse_str(rest).ok()?,
            }),
            "A" => Some(Event::AlertChanged {
                seq: rest.parse().ok()?,
            }),
            _ => None,
        }
    }
}

#[derive(Clone)]
pub struct Events {
    tx: broadcast::Sender<Event>,
    /// This process's id on the bus (its own notifications come back and are skipped).
    node: Uuid,
    /// To the other nodes (PostgreSQL only).
    remote: Option<mpsc::UnboundedSender<String>>,
}

impl Default for Events {
    fn default() -> Self {
        let (tx, _) = broadcast::channel(1024);
        Self {
            tx,
            node: Uuid::new_v4(),
            remote: None,
        }
    }
}

/// The PostgreSQL side of the bus: the listening connection and the sender of notifications.
/// [`Bus::run`] runs both until it is dropped (the server aborts it on shutdown).
pub struct Bus {
    url: String,
    events: Events,
    outgoing: mpsc::UnboundedReceiver<String>,
}

impl Events {
    /// The bus for a database: in-process for SQLite; across nodes for PostgreSQL, with the
    /// [`Bus`] to run beside the server.
    pub fn for_database(url: &str) -> (Self, Option<Bus>) {
        let mut events = Events::default();
        if !url.starts_with("postgres") {
            return (events, None);
        }
        let (tx, outgoing) = mpsc::unbounded_channel();
        events.remote = Some(tx);
        let bus = Bus {
            url: url.to_owned(),
            events: events.clone(),
            outgoing,
        };
        (events, Some(bus))
    }

    /// Publishes a committed change's events to this node's subscribers and, on PostgreSQL, to
    /// the other nodes'. Having no subscriber is fine.
    pub fn publish_committed(&self, events: impl IntoIterator<Item = Event>) {
        for e in events {
            if let (Some(remote), Some(payload)) = (&self.remote, e.encode()) {
                let _ = remote.send(format!("{}|{payload}", self.node));
            }
            let _ = self.tx.send(e);
        }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }

    /// An event from another node (or [`Event::Resync`]) to this node's subscribers.
    fn deliver_local(&self, e: Event) {
        let _ = self.tx.send(e);
    }
}

impl Bus {
    /// Listens and sends until dropped, reconnecting after a lost connection (then publishing
    /// [`Event::Resync`]).
    pub async fn run(self) {
        let Bus {
            url,
            events,
            outgoing,
        } = self;
        let _sender = AbortOnDrop(tokio::spawn(send_loop(url.clone(), outgoing)));
        listen_loop(&url, &events).await;
    }
}

struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

const RETRY: Duration = Duration::from_millis(500);

async fn listen_loop(url: &str, events: &Events) {
    let own = format!("{}|", events.node);
    loop {
        let mut listener = match sqlx::postgres::PgListener::connect(url).await {
            Ok(l) => l,
            Err(e) => {
                tracing::warn!(error = %e, "event bus: cannot connect to listen; retrying");
                tokio::time::sleep(RETRY).await;
                continue;
            }
        };
        if let Err(e) = listener.listen(CHANNEL).await {
            tracing::warn!(error = %e, "event bus: LISTEN failed; retrying");
            tokio::time::sleep(RETRY).await;
            continue;
        }
        // Connected (again): whatever was sent meanwhile is read from the store.
        events.deliver_local(Event::Resync);
        loop {
            match listener.try_recv().await {
                Ok(Some(n)) => {
                    let payload = n.payload();
                    if payload.starts_with(&own) {
                        continue;
                    }
                    let event = payload.split_once('|').and_then(|(_, p)| Event::decode(p));
                    match event {
                        Some(e) => events.deliver_local(e),
                        None => tracing::warn!(payload, "event bus: unknown payload"),
                    }
                }
                // The connection was lost and re-established by the listener.
                Ok(None) => events.deliver_local(Event::Resync),
                Err(e) => {
                    tracing::warn!(error = %e, "event bus: listening connection lost");
                    break;
                }
            }
        }
        tokio::time::sleep(RETRY).await;
    }
}

async fn send_loop(url: String, mut outgoing: mpsc::UnboundedReceiver<String>) {
    let pool = match sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect_lazy(&url)
    {
        Ok(p) => p,
        Err(e) => {
            tracing::error!(error = %e, "event bus: bad database URL");
            return;
        }
    };
    while let Some(payload) = outgoing.recv().await {
        // A notification that cannot be sent is retried a few times; alert events are also
        // recovered by the other nodes' periodic catch-up.
        for attempt in 0..3 {
            let sent = sqlx::query("SELECT pg_notify($1, $2)")
                .bind(CHANNEL)
                .bind(&payload)
                .execute(&pool)
                .await;
            match sent {
                Ok(_) => break,
                Err(e) => {
                    tracing::warn!(error = %e, attempt, "event bus: NOTIFY failed");
                    tokio::time::sleep(RETRY).await;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_but_resync_round_trips_through_its_payload() {
        let Ok(de) = MemberState::parse("DE") else {
            panic!("DE is a member state")
        };
        let events = [
            Event::OrganisationRegistered {
                id: Uuid::from_u128(7),
                member_state: de,
            },
            Event::NotificationsChanged {
                organisation: Uuid::from_u128(9),
            },
            Event::AlertChanged { seq: 42 },
        ];
        for e in events {
            let payload = e.encode();
            assert_eq!(payload.as_deref().and_then(Event::decode), Some(e));
        }
        assert_eq!(Event::Resync.encode(), None);
        assert_eq!(Event::decode("A:x"), None);
    }
}
