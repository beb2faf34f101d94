//! `/graphql` over WebSocket (graphql-ws and the legacy subscriptions-transport-ws protocol),
//! as strict as `POST /graphql` (`docs/security.md`, "WebSocket"):
//!
//! - The `Origin` must be in the allow-list (or the server's own host) when a browser sends one.
//! - A message is at most `limits.body_bytes` (the HTTP body limit); a larger one closes the
//!   socket with 1009.
//! - Every operation passes the same [`Guard`] as HTTP (aliases, control characters, enum
//!   literals, amounts) and the schema's depth and complexity limits; a refused one gets an
//!   `error` message with `VALIDATION` and does not run.
//! - The token goes in `connection_init` (`{"Authorization": "Bearer …"}` or `{"token": "…"}`);
//!   a bad token closes with 4403, and a socket that sends no `connection_init` in time closes
//!   with 4408.
//! - At most `limits.ws_subscriptions` operations run at once on a socket, and an account holds
//!   at most `limits.ws_sockets_per_account` sockets on a server: beyond either, 4429. A
//!   second operation with the id of a running one closes with 4409.
//! - Every `limits.ws_revalidate` the socket re-checks its token and account
//!   (`auth::session`): once the token has expired, or the account is deactivated, changed or
//!   signed out everywhere, the socket closes with 4403 and its subscriptions end.
use crate::actions::{Caller, Ctx};
use crate::auth::principal_from_token;
use crate::graphql::AppSchema;
use crate::graphql::guard::Guard;
use crate::state::AppState;
use async_graphql::http::ALL_WEBSOCKET_PROTOCOLS;
use async_graphql::{Data, Variables};
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::extract::ws::{CloseFrame, Message, WebSocketUpgrade};
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};
use uuid::Uuid;

/// Close codes: graphql-ws's own (44xx) and RFC 6455's.
pub mod close {
    /// A token refused in `connection_init`, or a session that ended (expired, revoked).
    pub const FORBIDDEN: u16 = 4403;
    /// No `connection_init` within `limits.ws_init_timeout`.
    pub const INIT_TIMEOUT: u16 = 4408;
    /// An operation id that is already running.
    pub const DUPLICATE_ID: u16 = 4409;
    /// Too many operations on the socket, or too many sockets for the account.
    pub const TOO_MANY: u16 = 4429;
    /// A message larger than `limits.body_bytes` (RFC 6455 §7.4.1).
    pub const TOO_BIG: u16 = 1009;
    /// A frame the server could not read.
    pub const PROTOCOL: u16 = 1002;
}

/// Reasons that `on_connection_init` gives, turned into their close codes on the way out.
const INVALID_TOKEN: &str = "invalid or expired token";
const TOO_MANY_SOCKETS: &str = "too many connections for this account";

fn origin_allowed(app: &AppState, headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else {
        return true; // not a browser: no cross-site risk
    };
    let origin = origin.trim_end_matches('/');
    if app.settings.cors_origins.iter().any(|o| o == origin) {
        return true;
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    origin == format!("http://{host}") || origin == format!("https://{host}")
}

fn token_from_payload(payload: &Value) -> Option<String> {
    let auth = payload
        .get("Authorization")
        .or_else(|| payload.get("authorization"))
        .and_then(|v| v.as_str())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        });
    auth.or_else(|| payload.get("token").and_then(|v| v.as_str()))
        .map(str::to_owned)
}

fn close_frame(code: u16, reason: &str) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: reason.to_owned().into(),
    }))
}

/// What one socket keeps: the operations running, and the session once initialised.
#[derive(Default)]
struct SocketState {
    running: HashSet<String>,
    token: Option<String>,
    /// The account holding one of its socket slots (given back when the socket ends).
    account: Option<Uuid>,
}

/// The socket's rules, shared by its reading side, its writing side and its watch.
struct Socket {
    app: AppState,
    guard: Arc<Guard>,
    state: Mutex<SocketState>,
    /// Everything written to the client goes through here, in order.
    out: UnboundedSender<Message>,
}

/// What to do with a message from the client.
enum Incoming {
    Forward(Message),
    /// Answered here (an `error` message); the operation does not run.
    Answered,
    /// Closed with a frame; nothing more is read.
    Closed,
}

impl Socket {
    fn send_close(&self, code: u16, reason: &str) {
        let _ = self.out.send(close_frame(code, reason));
    }

    fn incoming(&self, msg: Result<Message, axum::Error>) -> Incoming {
        let text = match msg {
            Ok(Message::Text(t)) => t,
            Ok(other) => return Incoming::Forward(other),
            Err(e) => {
                let e = e.to_string();
                if e.contains("too long") || e.contains("too big") || e.contains("Space limit") {
                    self.send_close(close::TOO_BIG, "message too big");
                } else {
                    self.send_close(close::PROTOCOL, "unreadable frame");
                }
                return Incoming::Closed;
            }
        };
        let Ok(v) = serde_json::from_str::<Value>(text.as_str()) else {
            return Incoming::Forward(Message::Text(text)); // the protocol answers it
        };
        let id = v.get("id").and_then(Value::as_str).unwrap_or_default();
        match v.get("type").and_then(Value::as_str) {
            Some("subscribe" | "start") => {
                let Ok(mut state) = self.state.lock() else {
                    return Incoming::Closed;
                };
                if state.running.contains(id) {
                    drop(state);
                    self.send_close(
                        close::DUPLICATE_ID,
                        &format!("Subscriber for {id} already exists"),
                    );
                    return Incoming::Closed;
                }
                if state.running.len() >= self.app.settings.limits.ws_subscriptions {
                    drop(state);
                    self.send_close(close::TOO_MANY, "too many operations at once");
                    return Incoming::Closed;
                }
                if let Some(refusal) = self.refusal(&v["payload"]) {
                    let answer = json!({ "id": id, "type": "error", "payload": [refusal] });
                    let _ = self.out.send(Message::Text(answer.to_string().into()));
                    return Incoming::Answered;
                }
                state.running.insert(id.to_owned());
            }
            Some("complete" | "stop") => {
                if let Ok(mut state) = self.state.lock() {
                    state.running.remove(id);
                }
            }
            _ => {}
        }
        Incoming::Forward(Message::Text(text))
    }

    /// The guard's verdict on an operation's payload (`None`: it may run, or it does not parse
    /// and the executor will say so).
    fn refusal(&self, payload: &Value) -> Option<Value> {
        let query = payload.get("query")?.as_str()?;
        let doc = async_graphql::parser::parse_query(query).ok()?;
        let variables = Variables::from_json(payload.get("variables").cloned().unwrap_or_default());
        self.guard
            .check(&doc, &variables)
            .err()
            .map(|r| r.to_error())
    }

    /// Watches what the executor writes: a finished operation frees its id, and the init
    /// refusals get their graphql-ws close codes.
    fn outgoing(&self, msg: Message) -> Message {
        match msg {
            Message::Text(t) => {
                let s = t.as_str();
                if (s.starts_with(r#"{"type":"complete""#) || s.starts_with(r#"{"type":"error""#))
                    && let Ok(v) = serde_json::from_str::<Value>(s)
                    && let Some(id) = v.get("id").and_then(Value::as_str)
                    && let Ok(mut state) = self.state.lock()
                {
                    state.running.remove(id);
                }
                Message::Text(t)
            }
            Message::Close(Some(frame)) if frame.reason.as_str() == INVALID_TOKEN => {
                close_frame(close::FORBIDDEN, INVALID_TOKEN)
            }
            Message::Close(Some(frame)) if frame.reason.as_str() == TOO_MANY_SOCKETS => {
                close_frame(close::TOO_MANY, TOO_MANY_SOCKETS)
            }
            other => other,
        }
    }

    /// Whether the socket's session still holds (always, for an anonymous socket).
    async fn session_holds(&self) -> bool {
        let token = self.state.lock().ok().and_then(|s| s.token.clone());
        match token {
            None => true,
            Some(token) => principal_from_token(&self.app.tokens, &self.app.store, &token)
                .await
                .is_ok(),
        }
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        if let Ok(state) = self.state.lock()
            && let Some(id) = state.account
        {
            self.app.tokens.sessions.close_socket(id);
        }
    }
}

pub async fn upgrade(
    State(app): State<AppState>,
    axum::Extension(schema): axum::Extension<AppSchema>,
    axum::Extension(guard): axum::Extension<Arc<Guard>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    protocol: GraphQLProtocol,
    ws: WebSocketUpgrade,
) -> Response {
    if !origin_allowed(&app, &headers) {
        return (StatusCode::FORBIDDEN, "origin not allowed").into_response();
    }
    let rid = super::graphql::request_id(&headers);
    let max = app.settings.limits.body_bytes;
    ws.protocols(ALL_WEBSOCKET_PROTOCOLS)
        .max_message_size(max)
        .max_frame_size(max)
        .on_upgrade(move |socket| serve(app, schema, guard, peer, rid, protocol, socket))
}

async fn serve(
    app: AppState,
    schema: AppSchema,
    guard: Arc<Guard>,
    peer: SocketAddr,
    rid: String,
    protocol: GraphQLProtocol,
    ws: axum::extract::ws::WebSocket,
) {
    let (mut sink, stream) = ws.split();
    let (out, mut to_client) = unbounded_channel::<Message>();
    let limits = app.settings.limits.clone();
    let socket = Arc::new(Socket {
        app: app.clone(),
        guard,
        state: Mutex::default(),
        out,
    });
    let reader = socket.clone();
    let input = stream
        .scan((), move |_, msg| {
            std::future::ready(match reader.incoming(msg) {
                Incoming::Forward(m) => Some(Some(Ok::<_, axum::Error>(m))),
                Incoming::Answered => Some(None),
                Incoming::Closed => None,
            })
        })
        .filter_map(std::future::ready);
    let writer_side = socket.clone();
    let output = futures_util::sink::unfold(writer_side, |s, msg: Message| async move {
        let msg = s.outgoing(msg);
        s.out
            .send(msg)
            .map_err(|_| axum::Error::new(std::io::Error::other("socket closed")))?;
        Ok::<_, axum::Error>(s)
    });
    let init = socket.clone();
    let initialised = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = initialised.clone();
    let graphql = GraphQLWebSocket::new_with_pair(output, input, schema, protocol)
        .on_connection_init(move |payload| async move {
            let token = token_from_payload(&payload);
            let principal = match &token {
                None => None,
                Some(token) => Some(
                    principal_from_token(&init.app.tokens, &init.app.store, token)
                        .await
                        .map_err(|_| async_graphql::Error::new(INVALID_TOKEN))?,
                ),
            };
            if let Some(p) = &principal {
                let max = init.app.settings.limits.ws_sockets_per_account;
                if !init.app.tokens.sessions.open_socket(p.user_id, max) {
                    return Err(async_graphql::Error::new(TOO_MANY_SOCKETS));
                }
                if let Ok(mut state) = init.state.lock() {
                    state.account = Some(p.user_id);
                    state.token = token.clone();
                }
            }
            let mut caller = Caller::anonymous(rid, peer.ip().to_string());
            caller.principal = principal;
            let mut data = Data::default();
            crate::graphql::loaders::install(&mut data, Ctx::new(init.app.clone(), caller));
            flag.store(true, std::sync::atomic::Ordering::SeqCst);
            Ok(data)
        })
        .serve();
    let mut graphql = Box::pin(graphql);
    let deadline = tokio::time::sleep(limits.ws_init_timeout);
    tokio::pin!(deadline);
    let mut watch = tokio::time::interval(limits.ws_revalidate);
    watch.tick().await;
    let mut waiting_for_init = true;
    // This task is also the socket's one writer (no second task per socket: a delivery wakes
    // one task, not two), and writes nothing after a close frame.
    let mut closed = false;
    loop {
        tokio::select! {
            _ = &mut graphql => break,
            Some(msg) = to_client.recv() => {
                if !write(&mut sink, msg).await {
                    closed = true;
                    break;
                }
            }
            _ = &mut deadline, if waiting_for_init => {
                waiting_for_init = false;
                if !initialised.load(std::sync::atomic::Ordering::SeqCst) {
                    socket.send_close(close::INIT_TIMEOUT, "Connection initialisation timeout");
                    break;
                }
            }
            _ = watch.tick() => {
                if !socket.session_holds().await {
                    socket.send_close(close::FORBIDDEN, "the session ended");
                    break;
                }
            }
        }
    }
    // Ends the running operations, then writes what is still queued (a close frame last).
    drop(graphql);
    drop(socket);
    if !closed {
        while let Some(msg) = to_client.recv().await {
            if !write(&mut sink, msg).await {
                break;
            }
        }
    }
    let _ = sink.close().await;
}

/// Writes one message; `false` once nothing more may be written (a close frame was sent, or
/// the client is gone).
async fn write(
    sink: &mut futures_util::stream::SplitSink<axum::extract::ws::WebSocket, Message>,
    msg: Message,
) -> bool {
    let last = matches!(msg, Message::Close(_));
    sink.send(msg).await.is_ok() && !last
}
