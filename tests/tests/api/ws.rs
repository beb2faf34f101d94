//! Subscriptions over WebSocket (graphql-transport-ws).
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::time::Duration;
use tests::fixtures::registration_input;
use tests::{TestApp, spawn_app};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn connect(
    app: &TestApp,
    origin: Option<&str>,
) -> Result<Socket, tokio_tungstenite::tungstenite::Error> {
    let mut req = app.ws_url().into_client_request().unwrap();
    req.headers_mut().insert(
        "sec-websocket-protocol",
        "graphql-transport-ws".parse().unwrap(),
    );
    if let Some(o) = origin {
        req.headers_mut().insert("origin", o.parse().unwrap());
    }
    tokio_tungstenite::connect_async(req).await.map(|(s, _)| s)
}

async fn send(ws: &mut Socket, v: Value) {
    ws.send(Message::Text(v.to_string().into())).await.unwrap();
}

/// The next JSON message, or `None` when the socket closed (or nothing came within `wait`).
async fn next(ws: &mut Socket, wait: Duration) -> Option<Value> {
    loop {
        match tokio::time::timeout(wait, ws.next()).await {
            Ok(Some(Ok(Message::Text(t)))) => {
                let v: Value = serde_json::from_str(t.as_str()).unwrap();
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

async fn init(ws: &mut Socket, token: Option<&str>) -> Option<Value> {
    let payload = token.map_or(
        json!({}),
        |t| json!({ "Authorization": format!("Bearer {t}") }),
    );
    send(ws, json!({ "type": "connection_init", "payload": payload })).await;
    next(ws, Duration::from_secs(5)).await
}

const SUB: &str = "subscription { organisationRegistered { id memberState { code } status } }";

async fn register(app: &TestApp, ms: &str) -> String {
    let r = app
        .gql(None, "mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { organisation { id } } }", json!({ "i": registration_input(ms) }))
        .await;
    r.ok()["registerOrganisation"]["organisation"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn an_agency_officer_receives_its_own_states_registrations_live() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let mut ws = connect(&app, None).await.unwrap();
    assert_eq!(
        init(&mut ws, officer.token()).await.unwrap()["type"],
        "connection_ack"
    );
    send(
        &mut ws,
        json!({ "id": "1", "type": "subscribe", "payload": { "query": SUB } }),
    )
    .await;
    let mut german = Vec::new();
    // The subscription is set up asynchronously; register until one arrives (bounded).
    for _ in 0..10 {
        register(&app, "FR").await;
        german.push(register(&app, "DE").await);
        if let Some(msg) = next(&mut ws, Duration::from_millis(500)).await {
            assert_eq!(msg["type"], "next", "{msg}");
            let org = &msg["payload"]["data"]["organisationRegistered"];
            assert_eq!(
                org["memberState"]["code"], "DE",
                "a French registration leaked: {msg}"
            );
            assert!(german.contains(&org["id"].as_str().unwrap().to_owned()));
            assert_eq!(org["status"], "PENDING");
            return;
        }
    }
    panic!("no registration was delivered");
}

#[tokio::test]
async fn a_bad_token_in_connection_init_closes_the_socket() {
    let app = spawn_app().await;
    let mut ws = connect(&app, None).await.unwrap();
    let reply = init(&mut ws, Some("not.a.token")).await;
    assert!(
        reply.as_ref().is_none_or(|v| v["type"] != "connection_ack"),
        "{reply:?}"
    );
}

#[tokio::test]
async fn a_socket_without_connection_init_is_closed_after_the_timeout() {
    let app = TestApp::builder()
        .limits(|l| l.ws_init_timeout = Duration::from_millis(300))
        .spawn()
        .await;
    let mut ws = connect(&app, None).await.unwrap();
    // Nothing sent: the server must close within a generous bound.
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match ws.next().await {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return true,
                Some(Ok(_)) => continue,
            }
        }
    })
    .await;
    assert_eq!(closed, Ok(true));
}

#[tokio::test]
async fn origins_outside_the_allow_list_are_refused() {
    let app = spawn_app().await;
    assert!(connect(&app, Some("https://evil.example")).await.is_err());
    assert!(
        connect(&app, Some("https://app.cyberhealth.example"))
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn anonymous_and_provider_subscribers_are_refused_with_a_code() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    for token in [None, clinic.token()] {
        let mut ws = connect(&app, None).await.unwrap();
        assert_eq!(
            init(&mut ws, token).await.unwrap()["type"],
            "connection_ack"
        );
        send(
            &mut ws,
            json!({ "id": "1", "type": "subscribe", "payload": { "query": SUB } }),
        )
        .await;
        let msg = next(&mut ws, Duration::from_secs(5)).await.unwrap();
        // async-graphql reports a refused subscription as `next` with errors (or `error`).
        let errors = if msg["type"] == "error" {
            msg["payload"].clone()
        } else {
            msg["payload"]["errors"].clone()
        };
        assert!(msg["payload"]["data"].is_null(), "{msg}");
        let code = errors[0]["extensions"]["code"].as_str();
        assert!(
            matches!(code, Some("UNAUTHENTICATED") | Some("FORBIDDEN")),
            "{msg}"
        );
    }
}

#[tokio::test]
async fn a_socket_may_start_only_a_limited_number_of_operations() {
    let app = TestApp::builder()
        .limits(|l| l.ws_subscriptions = 2)
        .spawn()
        .await;
    let (_, officer) = app.with_agency("DE").await;
    let mut ws = connect(&app, None).await.unwrap();
    init(&mut ws, officer.token()).await;
    for id in ["1", "2", "3"] {
        send(
            &mut ws,
            json!({ "id": id, "type": "subscribe", "payload": { "query": SUB } }),
        )
        .await;
    }
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match ws.next().await {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return true,
                Some(Ok(_)) => continue,
            }
        }
    })
    .await;
    assert_eq!(closed, Ok(true));
}

#[tokio::test]
async fn a_clinic_sees_its_unread_notification_count_change_live() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, neighbour) = app.with_clinic("DE").await;
    let programme = app.with_open_programme(&officer, "DE-LIVE", "100000").await;
    let mine = app
        .with_submitted_application(&clinic, programme, "5000")
        .await;
    let theirs = app
        .with_submitted_application(&neighbour, programme, "5000")
        .await;
    let mut ws = connect(&app, None).await.unwrap();
    assert_eq!(
        init(&mut ws, clinic.token()).await.unwrap()["type"],
        "connection_ack"
    );
    send(
        &mut ws,
        json!({ "id": "n", "type": "subscribe", "payload": { "query": "subscription { unreadNotifications }" } }),
    )
    .await;
    let count = |msg: Value| msg["payload"]["data"]["unreadNotifications"].clone();
    // The current count first.
    assert_eq!(
        count(next(&mut ws, Duration::from_secs(5)).await.unwrap()),
        0
    );
    // Someone else's approval says nothing to this clinic.
    app.gql(
        officer.token(),
        tests::fixtures::APPROVE_APPLICATION,
        json!({ "id": theirs }),
    )
    .await
    .ok();
    assert_eq!(next(&mut ws, Duration::from_millis(500)).await, None);
    // Its own approval does, and reading brings it back to zero.
    app.gql(
        officer.token(),
        tests::fixtures::APPROVE_APPLICATION,
        json!({ "id": mine }),
    )
    .await
    .ok();
    assert_eq!(
        count(next(&mut ws, Duration::from_secs(5)).await.unwrap()),
        1
    );
    app.gql(
        clinic.token(),
        "mutation { markNotificationsRead }",
        json!({}),
    )
    .await
    .ok();
    assert_eq!(
        count(next(&mut ws, Duration::from_secs(5)).await.unwrap()),
        0
    );
}
