//! `/graphql` over WebSocket (graphql-ws and the legacy subscriptions-transport-ws protocol).
//!
//! - The `Origin` must be in the allow-list (or the server's own host) when a browser sends one.
//! - The token goes in `connection_init` (`{"Authorization": "Bearer …"}` or `{"token": "…"}`);
//!   a bad token closes the socket, and a socket that sends no `connection_init` within the
//!   timeout is closed.
//! - A socket may start at most `limits.ws_subscriptions` operations.
use crate::actions::{Caller, Ctx};
use crate::auth::principal_from_token;
use crate::graphql::AppSchema;
use crate::state::AppState;
use async_graphql::Data;
use async_graphql::http::ALL_WEBSOCKET_PROTOCOLS;
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::extract::ws::{Message, WebSocketUpgrade};
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

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

fn token_from_payload(payload: &serde_json::Value) -> Option<String> {
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

pub async fn upgrade(
    State(app): State<AppState>,
    axum::Extension(schema): axum::Extension<AppSchema>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    protocol: GraphQLProtocol,
    ws: WebSocketUpgrade,
) -> Response {
    if !origin_allowed(&app, &headers) {
        return (StatusCode::FORBIDDEN, "origin not allowed").into_response();
    }
    let rid = super::graphql::request_id(&headers);
    ws.protocols(ALL_WEBSOCKET_PROTOCOLS)
        .on_upgrade(move |socket| async move {
            let (sink, stream) = socket.split();
            let cap = app.settings.limits.ws_subscriptions;
            let mut started = 0usize;
            // End the socket once the client starts more operations than allowed.
            let stream = stream.take_while(move |msg| {
                let over = match msg {
                    Ok(Message::Text(t)) => {
                        let is_start = serde_json::from_str::<serde_json::Value>(t.as_str())
                            .ok()
                            .and_then(|v| {
                                v.get("type")
                                    .and_then(|t| t.as_str())
                                    .map(|t| t == "subscribe" || t == "start")
                            })
                            .unwrap_or(false);
                        if is_start {
                            started += 1;
                        }
                        started > cap
                    }
                    _ => false,
                };
                std::future::ready(!over)
            });
            let initialised = Arc::new(AtomicBool::new(false));
            let flag = initialised.clone();
            let init_app = app.clone();
            let init_timeout = app.settings.limits.ws_init_timeout;
            let socket = GraphQLWebSocket::new_with_pair(sink, stream, schema, protocol)
                .on_connection_init(move |payload| async move {
                    let principal = match token_from_payload(&payload) {
                        None => None,
                        Some(token) => Some(
                            principal_from_token(&init_app.tokens, &init_app.store, &token)
                                .await
                                .map_err(|_| {
                                    async_graphql::Error::new("invalid or expired token")
                                })?,
                        ),
                    };
                    let mut caller = Caller::anonymous(rid, peer.ip().to_string());
                    caller.principal = principal;
                    let mut data = Data::default();
                    crate::graphql::loaders::install(&mut data, Ctx::new(init_app, caller));
                    flag.store(true, Ordering::SeqCst);
                    Ok(data)
                });
            let serve = socket.serve();
            tokio::pin!(serve);
            tokio::select! {
                _ = &mut serve => return,
                _ = tokio::time::sleep(init_timeout) => {}
            }
            if initialised.load(Ordering::SeqCst) {
                serve.await;
            }
            // else: dropping the connection closes it.
        })
}
