//! A graphql-transport-ws client for subscription tests: connect, authenticate in
//! `connection_init`, subscribe, and read the next message.
use crate::TestApp;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// One WebSocket with one subscription.
pub struct Subscriber {
    ws: Socket,
}

impl Subscriber {
    /// The next `next` payload's `data`, or `None` when nothing came within `wait` (or the
    /// subscription ended). Panics on an `error` message.
    pub async fn next_data(&mut self, wait: Duration) -> Option<Value> {
        loop {
            let msg = match tokio::time::timeout(wait, self.ws.next()).await {
                Ok(Some(Ok(Message::Text(t)))) => serde_json::from_str::<Value>(t.as_str()).ok()?,
                Ok(Some(Ok(Message::Ping(_) | Message::Pong(_)))) => continue,
                _ => return None,
            };
            match msg["type"].as_str() {
                Some("next") => return Some(msg["payload"]["data"].clone()),
                Some("error") => panic!("subscription error: {msg}"),
                Some("complete") => return None,
                _ => continue,
            }
        }
    }

    /// The first error of the subscription (`error` message or errors in `next`), if any came
    /// within `wait`.
    pub async fn next_message(&mut self, wait: Duration) -> Option<Value> {
        loop {
            match tokio::time::timeout(wait, self.ws.next()).await {
                Ok(Some(Ok(Message::Text(t)))) => {
                    let v: Value = serde_json::from_str(t.as_str()).ok()?;
                    if v["type"] == "ping" || v["type"] == "pong" {
                        continue;
                    }
                    return Some(v);
                }
                Ok(Some(Ok(Message::Ping(_) | Message::Pong(_)))) => continue,
                _ => return None,
            }
        }
    }
}

impl TestApp {
    /// Opens a socket, authenticates with `token` (anonymous when `None`) and starts
    /// `query` with `variables`.
    pub async fn subscribe(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> Subscriber {
        let mut req = self.ws_url().into_client_request().unwrap();
        req.headers_mut().insert(
            "sec-websocket-protocol",
            "graphql-transport-ws".parse().unwrap(),
        );
        let (mut ws, _) = tokio_tungstenite::connect_async(req).await.unwrap();
        let payload = token.map_or(
            json!({}),
            |t| json!({ "Authorization": format!("Bearer {t}") }),
        );
        let init = json!({ "type": "connection_init", "payload": payload });
        ws.send(Message::Text(init.to_string().into()))
            .await
            .unwrap();
        let mut s = Subscriber { ws };
        let ack = s.next_message(Duration::from_secs(10)).await;
        assert_eq!(
            ack.as_ref().map(|a| a["type"].clone()),
            Some(json!("connection_ack")),
            "{ack:?}"
        );
        let sub = json!({ "id": "1", "type": "subscribe", "payload": { "query": query, "variables": variables } });
        s.ws.send(Message::Text(sub.to_string().into()))
            .await
            .unwrap();
        s
    }
}
