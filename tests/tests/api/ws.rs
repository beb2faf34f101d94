//! Subscriptions over WebSocket (graphql-transport-ws).
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::collections::HashSet;
use std::time::Duration;
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
    app.with_pending_clinic(ms).await.to_string()
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

/// The close frame's code once the server closes (`None`: closed without a frame, or still
/// open after `wait`).
async fn close_code(ws: &mut Socket, wait: Duration) -> Option<u16> {
    tokio::time::timeout(wait, async {
        loop {
            match ws.next().await {
                Some(Ok(Message::Close(frame))) => return frame.map(|f| u16::from(f.code)),
                None | Some(Err(_)) => return None,
                Some(Ok(_)) => continue,
            }
        }
    })
    .await
    .ok()
    .flatten()
}

async fn subscribe(ws: &mut Socket, id: &str, query: &str, variables: Value) {
    send(
        ws,
        json!({ "id": id, "type": "subscribe", "payload": { "query": query, "variables": variables } }),
    )
    .await;
}

#[tokio::test]
async fn a_bad_token_in_connection_init_closes_the_socket_with_4403() {
    let app = spawn_app().await;
    let mut ws = connect(&app, None).await.unwrap();
    send(
        &mut ws,
        json!({ "type": "connection_init", "payload": { "Authorization": "Bearer not.a.token" } }),
    )
    .await;
    assert_eq!(
        close_code(&mut ws, Duration::from_secs(5)).await,
        Some(4403)
    );
}

#[tokio::test]
async fn a_socket_without_connection_init_is_closed_with_4408_after_the_timeout() {
    let app = TestApp::builder()
        .limits(|l| l.ws_init_timeout = Duration::from_millis(300))
        .spawn()
        .await;
    let mut ws = connect(&app, None).await.unwrap();
    // Nothing sent: the server must close, with a real close frame.
    assert_eq!(
        close_code(&mut ws, Duration::from_secs(10)).await,
        Some(4408)
    );
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
async fn a_socket_may_run_only_a_limited_number_of_operations_at_once() {
    let app = TestApp::builder()
        .limits(|l| l.ws_subscriptions = 2)
        .spawn()
        .await;
    let (_, officer) = app.with_agency("DE").await;
    let mut ws = connect(&app, None).await.unwrap();
    init(&mut ws, officer.token()).await;
    subscribe(&mut ws, "1", SUB, json!({})).await;
    subscribe(&mut ws, "2", SUB, json!({})).await;
    // Completing one frees its place: the socket stays open for another.
    send(&mut ws, json!({ "id": "1", "type": "complete" })).await;
    let done = next(&mut ws, Duration::from_secs(5)).await.unwrap();
    assert_eq!(
        (&done["type"], &done["id"]),
        (&json!("complete"), &json!("1"))
    );
    subscribe(&mut ws, "3", SUB, json!({})).await;
    // Subscriptions start asynchronously: register until both running ones have delivered.
    let mut seen = HashSet::new();
    for _ in 0..20 {
        register(&app, "DE").await;
        while let Some(msg) = next(&mut ws, Duration::from_millis(300)).await {
            if msg["type"] == "next" {
                seen.insert(msg["id"].as_str().unwrap().to_owned());
            }
        }
        if seen.len() >= 2 {
            break;
        }
    }
    assert_eq!(seen, HashSet::from(["2".to_owned(), "3".to_owned()]));
    subscribe(&mut ws, "4", SUB, json!({})).await;
    assert_eq!(
        close_code(&mut ws, Duration::from_secs(10)).await,
        Some(4429)
    );
}

#[tokio::test]
async fn a_duplicate_operation_id_closes_the_socket_with_4409() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let mut ws = connect(&app, None).await.unwrap();
    init(&mut ws, officer.token()).await;
    subscribe(&mut ws, "same", SUB, json!({})).await;
    subscribe(&mut ws, "same", SUB, json!({})).await;
    assert_eq!(
        close_code(&mut ws, Duration::from_secs(10)).await,
        Some(4409)
    );
}

#[tokio::test]
async fn a_message_larger_than_the_body_limit_closes_an_anonymous_socket_with_1009() {
    let app = spawn_app().await;
    let mut ws = connect(&app, None).await.unwrap();
    let huge = "x".repeat(app.state.settings.limits.body_bytes + 1);
    let _ = ws
        .send(Message::Text(
            json!({ "type": "connection_init", "payload": { "pad": huge } })
                .to_string()
                .into(),
        ))
        .await;
    assert_eq!(
        close_code(&mut ws, Duration::from_secs(10)).await,
        Some(1009)
    );
    // The server is unharmed.
    let h = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(h.status(), 200);
}

/// The HTTP guard, on the WebSocket: each refusal answers that operation with `VALIDATION`
/// (naming the field) and the socket goes on.
#[tokio::test]
async fn operations_on_the_socket_pass_the_same_guard_as_http() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let mut ws = connect(&app, None).await.unwrap();
    init(&mut ws, officer.token()).await;
    let aliases: String = (0..=app.state.settings.limits.aliases)
        .map(|i| format!("a{i}: __typename "))
        .collect();
    let nul = "query($n: String) { organisations(nameContains: $n) { totalCount } }";
    let deep = format!(
        "{{ {}__typename{} }}",
        "me { organisation { ".repeat(8),
        " } }".repeat(8)
    );
    let cases = [
        ("aliases", format!("{{ {aliases} }}"), json!({}), None),
        (
            "nul",
            nul.to_owned(),
            json!({ "n": "a\u{0}b" }),
            Some("nameContains"),
        ),
        ("deep", deep, json!({}), None),
    ];
    for (id, query, variables, field) in cases {
        subscribe(&mut ws, id, &query, variables).await;
        let msg = loop {
            let msg = next(&mut ws, Duration::from_secs(5)).await.expect(id);
            if msg["type"] != "complete" {
                break msg;
            }
        };
        assert_eq!(msg["id"], id, "{msg}");
        let errors = if msg["type"] == "error" {
            msg["payload"].clone()
        } else {
            msg["payload"]["errors"].clone()
        };
        assert!(errors[0]["message"].is_string(), "{id}: {msg}");
        if id != "deep" {
            assert_eq!(errors[0]["extensions"]["code"], "VALIDATION", "{id}: {msg}");
        }
        if let Some(f) = field {
            assert!(
                errors[0]["extensions"]["field"]
                    .as_str()
                    .unwrap_or_default()
                    .contains(f)
                    || errors[0]["message"]
                        .as_str()
                        .unwrap_or_default()
                        .contains("control"),
                "{id}: {msg}"
            );
        }
    }
    // Still open: a good operation runs.
    subscribe(&mut ws, "ok", "{ me { id } }", json!({})).await;
    let msg = loop {
        let msg = next(&mut ws, Duration::from_secs(5)).await.unwrap();
        if msg["type"] != "complete" {
            break msg;
        }
    };
    assert_eq!(
        msg["payload"]["data"]["me"]["id"],
        officer.id.to_string(),
        "{msg}"
    );
}

#[tokio::test]
async fn an_account_may_hold_only_a_limited_number_of_sockets() {
    let app = TestApp::builder()
        .limits(|l| l.ws_sockets_per_account = 2)
        .spawn()
        .await;
    let (_, officer) = app.with_agency("DE").await;
    let mut first = connect(&app, None).await.unwrap();
    assert_eq!(
        init(&mut first, officer.token()).await.unwrap()["type"],
        "connection_ack"
    );
    let mut second = connect(&app, None).await.unwrap();
    assert_eq!(
        init(&mut second, officer.token()).await.unwrap()["type"],
        "connection_ack"
    );
    let mut third = connect(&app, None).await.unwrap();
    send(
        &mut third,
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {}", officer.token) } }),
    )
    .await;
    assert_eq!(
        close_code(&mut third, Duration::from_secs(5)).await,
        Some(4429)
    );
    // Another account is not affected, and a closed socket gives its place back.
    let (_, other) = app.with_agency("DE").await;
    let mut theirs = connect(&app, None).await.unwrap();
    assert_eq!(
        init(&mut theirs, other.token()).await.unwrap()["type"],
        "connection_ack"
    );
    first.close(None).await.unwrap();
    drop(first);
    let mut again = None;
    for _ in 0..50 {
        let mut ws = connect(&app, None).await.unwrap();
        if init(&mut ws, officer.token())
            .await
            .is_some_and(|v| v["type"] == "connection_ack")
        {
            again = Some(ws);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(again.is_some(), "the closed socket's place was given back");
}

/// A deactivated account's open subscriptions end: the socket re-checks its session and
/// closes with 4403.
#[tokio::test]
async fn deactivating_an_account_ends_its_open_subscriptions() {
    let app = TestApp::builder()
        .limits(|l| l.ws_revalidate = Duration::from_millis(200))
        .spawn()
        .await;
    let (_, officer) = app.with_agency("DE").await;
    let admin = app.with_admin().await;
    let mut ws = connect(&app, None).await.unwrap();
    init(&mut ws, officer.token()).await;
    subscribe(&mut ws, "1", SUB, json!({})).await;
    app.gql(
        Some(&admin.token),
        "mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }",
        json!({ "id": officer.id }),
    )
    .await
    .ok();
    assert_eq!(
        close_code(&mut ws, Duration::from_secs(10)).await,
        Some(4403)
    );
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

/// The result of one operation run over the socket (`next`'s payload, or an `error`'s errors).
async fn run(ws: &mut Socket, id: &str, query: &str, variables: Value) -> Value {
    subscribe(ws, id, query, variables).await;
    let mut result = Value::Null;
    loop {
        let msg = next(ws, Duration::from_secs(10)).await.expect(id);
        assert_eq!(msg["id"], id, "{msg}");
        match msg["type"].as_str() {
            Some("next") => result = msg["payload"].clone(),
            Some("error") => return json!({ "errors": msg["payload"] }),
            // The operation is over once `complete` came: nothing of it is left on the socket.
            Some("complete") => return result,
            _ => continue,
        }
    }
}

/// Registration and password reset sent over the socket take the same actions as over HTTP:
/// the same answers, and one rate limit across both transports.
#[tokio::test]
async fn registration_and_password_reset_over_the_socket_share_the_http_limits() {
    let app = TestApp::builder()
        .limits(|l| l.registrations_per_ip = 2)
        .spawn()
        .await;
    let (_, clinic) = app.with_clinic("DE").await;
    let mut ws = connect(&app, None).await.unwrap();
    assert_eq!(init(&mut ws, None).await.unwrap()["type"], "connection_ack");
    let register =
        "mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { received } }";
    let input = || json!({ "i": tests::fixtures::registration_input("DE") });

    app.gql(None, register, input()).await.ok();
    let second = run(&mut ws, "r2", register, input()).await;
    assert_eq!(
        second["data"]["registerOrganisation"]["received"], true,
        "{second}"
    );
    let third = run(&mut ws, "r3", register, input()).await;
    assert_eq!(
        third["errors"][0]["extensions"]["code"], "RATE_LIMITED",
        "{third}"
    );

    // Reset: three per address in fifteen minutes, counted over both transports, with the
    // same answer for an unknown address as for a known one.
    let reset = "mutation($e: String!) { requestPasswordReset(email: $e) }";
    let e = json!({ "e": clinic.email });
    app.gql(None, reset, e.clone()).await.ok();
    app.gql(None, reset, e.clone()).await.ok();
    let known = run(&mut ws, "p3", reset, e.clone()).await;
    let unknown = run(
        &mut ws,
        "p4",
        reset,
        json!({ "e": "nobody@clinic.example" }),
    )
    .await;
    assert!(known["errors"].is_null(), "{known}");
    assert_eq!(known, unknown);
    let fourth = run(&mut ws, "p5", reset, e).await;
    assert_eq!(
        fourth["errors"][0]["extensions"]["code"], "RATE_LIMITED",
        "{fourth}"
    );
    let denials = app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| r.outcome == "DENIED" && r.detail.contains("rate_limited"))
        .count();
    assert_eq!(denials, 2, "both refusals over the socket are audited");
}

/// The payment queue's rules hold on the socket as over HTTP: the search bound is `VALIDATION`
/// naming the field, the filter narrows alike, and ENISA staff read the redemptions without
/// the officers' names.
#[tokio::test]
async fn the_payment_queue_over_the_socket_keeps_its_search_bound_and_hides_officers_from_enisa() {
    let q = crate::payment_queue::queue().await;
    let [_, later] = q.redemptions.clone();
    let enisa = q.app.with_enisa().await;
    let query = "query($f: RedemptionFilterInput) { redemptions(filter: $f) { totalCount nodes { id recommendedBy { id } } } }";

    let mut ws = connect(&q.app, None).await.unwrap();
    assert_eq!(
        init(&mut ws, Some(&q.officer.token)).await.unwrap()["type"],
        "connection_ack"
    );
    let long = run(
        &mut ws,
        "s1",
        query,
        json!({ "f": { "search": "x".repeat(101) } }),
    )
    .await;
    assert_eq!(
        long["errors"][0]["extensions"]["code"], "VALIDATION",
        "{long}"
    );
    assert_eq!(
        long["errors"][0]["extensions"]["field"], "filter.search",
        "{long}"
    );
    let found = run(
        &mut ws,
        "s2",
        query,
        json!({ "f": { "recommended": true } }),
    )
    .await;
    let r = &found["data"]["redemptions"];
    assert_eq!(
        (r["totalCount"].clone(), r["nodes"][0]["id"].clone()),
        (json!(1), json!(later))
    );
    assert!(r["nodes"][0]["recommendedBy"]["id"].is_string(), "{found}");

    let mut ws = connect(&q.app, None).await.unwrap();
    assert_eq!(
        init(&mut ws, Some(&enisa.token)).await.unwrap()["type"],
        "connection_ack"
    );
    let eu = run(
        &mut ws,
        "e1",
        query,
        json!({ "f": { "recommended": true } }),
    )
    .await;
    let nodes = &eu["data"]["redemptions"]["nodes"];
    assert_eq!(nodes[0]["id"], json!(later), "{eu}");
    assert_eq!(nodes[0]["recommendedBy"], Value::Null, "{eu}");
}
