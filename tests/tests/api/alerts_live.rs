//! Live alerts over graphql-ws (`docs/early-warning.md`, "Live delivery"): each subscriber gets
//! each alert it may see once, at publication, update and revocation, and nothing else;
//! catch-up from a cursor with no gap and no duplicate; and, on PostgreSQL, across two server
//! processes on one database (LISTEN/NOTIFY), including a lost listening connection.
use serde_json::{Value, json};
use std::time::Duration;
use tests::alerts::{ALERTS_SINCE, REVOKE_ALERT, UPDATE_ALERT, alert_input};
use tests::ws::Subscriber;
use tests::{DbKind, TestApp, db_kind, spawn_app};

const LIVE: &str = "subscription($f: AlertFilterInput, $a: String) { alerts(filter: $f, after: $a) { cursor kind version alert { id content { text { title } } } } }";

/// Long enough for any delivery on a loaded machine; only waited for in full when nothing
/// more is expected.
const WAIT: Duration = Duration::from_secs(10);
const QUIET: Duration = Duration::from_secs(2);

async fn cursor_now(app: &TestApp) -> String {
    let r = app.gql(None, ALERTS_SINCE, json!({})).await;
    let mut cursor = r.ok()["alertsSince"]["cursor"].as_str().unwrap().to_owned();
    // Page to the end of the stream.
    loop {
        let r = app.gql(None, ALERTS_SINCE, json!({ "c": cursor })).await;
        let next = r.ok()["alertsSince"]["cursor"].as_str().unwrap().to_owned();
        if next == cursor {
            return cursor;
        }
        cursor = next;
    }
}

/// (kind, title) of the next delivery.
async fn next_event(s: &mut Subscriber) -> Option<(String, String, String)> {
    let data = s.next_data(WAIT).await?;
    let e = &data["alerts"];
    Some((
        e["kind"].as_str().unwrap().to_owned(),
        e["alert"]["content"]["text"]["title"]
            .as_str()
            .unwrap()
            .to_owned(),
        e["cursor"].as_str().unwrap().to_owned(),
    ))
}

async fn titles(s: &mut Subscriber, n: usize) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut last = String::new();
    for _ in 0..n {
        let (kind, title, cursor) = next_event(s).await.expect("a delivery");
        assert!(cursor > last, "cursors increase");
        last = cursor;
        out.push((kind, title));
    }
    out
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, t)| ((*k).to_owned(), (*t).to_owned()))
        .collect()
}

#[tokio::test]
async fn each_subscriber_receives_each_alert_it_may_see_once_and_nothing_else() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (named, clinic) = app.with_clinic("DE").await;
    let (other, _) = app.with_clinic("FR").await;
    let after = cursor_now(&app).await;
    let mut as_clinic = app
        .subscribe(clinic.token(), LIVE, json!({ "a": after }))
        .await;
    let mut as_anonymous = app.subscribe(None, LIVE, json!({ "a": after })).await;

    let clear = app
        .with_published_alert(&enisa, alert_input("clear", "CLEAR", json!({})))
        .await;
    app.with_published_alert(
        &enisa,
        alert_input(
            "strict for another",
            "AMBER_STRICT",
            json!({ "organisations": [other] }),
        ),
    )
    .await;
    let strict = app
        .with_published_alert(
            &enisa,
            alert_input(
                "strict for me",
                "AMBER_STRICT",
                json!({ "organisations": [named] }),
            ),
        )
        .await;
    app.gql(
        enisa.token(),
        UPDATE_ALERT,
        json!({ "id": clear, "i": alert_input("clear v2", "CLEAR", json!({})), "n": "new IPs" }),
    )
    .await
    .ok();
    app.gql(
        enisa.token(),
        REVOKE_ALERT,
        json!({ "id": strict, "r": "resolved" }),
    )
    .await
    .ok();

    assert_eq!(
        titles(&mut as_clinic, 4).await,
        pairs(&[
            ("PUBLISHED", "clear"),
            ("PUBLISHED", "strict for me"),
            ("UPDATED", "clear v2"),
            ("REVOKED", "strict for me"),
        ])
    );
    assert_eq!(
        titles(&mut as_anonymous, 2).await,
        pairs(&[("PUBLISHED", "clear"), ("UPDATED", "clear v2")])
    );
    assert_eq!(as_clinic.next_data(QUIET).await, None, "no duplicate");
    assert_eq!(
        as_anonymous.next_data(QUIET).await,
        None,
        "nothing it may not see"
    );
}

#[tokio::test]
async fn a_subscriber_catches_up_from_its_cursor_then_follows_live_without_gap_or_duplicate() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let start = cursor_now(&app).await;
    for title in ["missed 1", "missed 2"] {
        app.with_published_alert(&enisa, alert_input(title, "CLEAR", json!({})))
            .await;
    }
    let mut s = app.subscribe(None, LIVE, json!({ "a": start })).await;
    let caught_up = titles(&mut s, 2).await;
    assert_eq!(
        caught_up,
        pairs(&[("PUBLISHED", "missed 1"), ("PUBLISHED", "missed 2")])
    );
    app.with_published_alert(&enisa, alert_input("live", "CLEAR", json!({})))
        .await;
    assert_eq!(titles(&mut s, 1).await, pairs(&[("PUBLISHED", "live")]));
    assert_eq!(s.next_data(QUIET).await, None, "no duplicate");

    // The filter narrows the stream; a malformed cursor is refused naming `after`.
    let mut high_only = app
        .subscribe(
            None,
            LIVE,
            json!({ "a": start, "f": { "severities": ["CRITICAL"] } }),
        )
        .await;
    assert_eq!(high_only.next_data(QUIET).await, None);
    let mut bad = app.subscribe(None, LIVE, json!({ "a": "nope" })).await;
    let msg = bad.next_message(WAIT).await.unwrap();
    let error = if msg["type"] == "error" {
        msg["payload"][0].clone()
    } else {
        msg["payload"]["errors"][0].clone()
    };
    assert_eq!(error["extensions"]["code"], "VALIDATION", "{msg}");
    assert_eq!(error["extensions"]["field"], "after", "{msg}");
}

const UNREAD: &str = "subscription { unreadNotifications }";

async fn next_count(s: &mut Subscriber) -> Option<Value> {
    s.next_data(WAIT)
        .await
        .map(|d| d["unreadNotifications"].clone())
}

/// Reads counts until `n` arrives (a count is sent again after a resync of the bus, so the
/// same number may come more than once); fails on any other number.
async fn count_reaches(s: &mut Subscriber, n: u64, before: u64) {
    loop {
        match next_count(s).await {
            Some(c) if c == json!(n) => return,
            Some(c) if c == json!(before) => continue,
            other => panic!("expected the count to go from {before} to {n}, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn alerts_and_notifications_published_on_one_node_reach_subscribers_on_another() {
    if db_kind() != DbKind::Postgres {
        // SQLite is one process: its bus is in-process (the tests above cover it).
        return;
    }
    let a = spawn_app().await;
    // B's feed never polls during the test: only the bus (LISTEN/NOTIFY, and the replay after
    // a lost connection) can bring A's events to it.
    let b = a
        .another_process(
            TestApp::builder().limits(|l| l.alert_catch_up = std::time::Duration::from_secs(3600)),
        )
        .await;
    let enisa = a.with_enisa().await;
    let (named, clinic) = a.with_clinic("DE").await;
    let (other, _) = a.with_clinic("FR").await;
    let after = cursor_now(&b).await;
    let mut on_b = b
        .subscribe(clinic.token(), LIVE, json!({ "a": after }))
        .await;
    let mut anon_on_b = b.subscribe(None, LIVE, json!({ "a": after })).await;
    let mut unread_on_b = b.subscribe(clinic.token(), UNREAD, json!({})).await;
    assert_eq!(next_count(&mut unread_on_b).await, Some(json!(0)));

    // Published on A: B's subscribers see what TLP lets them see.
    a.with_published_alert(&enisa, alert_input("green", "GREEN", json!({})))
        .await;
    a.with_published_alert(
        &enisa,
        alert_input(
            "not for them",
            "AMBER_STRICT",
            json!({ "organisations": [other] }),
        ),
    )
    .await;
    let mut critical = alert_input(
        "critical",
        "AMBER_STRICT",
        json!({ "organisations": [named] }),
    );
    critical["severity"] = json!("CRITICAL");
    a.with_published_alert(&enisa, critical).await;
    a.with_published_alert(&enisa, alert_input("clear", "CLEAR", json!({})))
        .await;

    assert_eq!(
        titles(&mut on_b, 3).await,
        pairs(&[
            ("PUBLISHED", "green"),
            ("PUBLISHED", "critical"),
            ("PUBLISHED", "clear"),
        ])
    );
    assert_eq!(
        titles(&mut anon_on_b, 1).await,
        pairs(&[("PUBLISHED", "clear")])
    );
    // The CRITICAL alert's in-app notification, created on A, changes the count on B.
    count_reaches(&mut unread_on_b, 1, 0).await;
    assert_eq!(on_b.next_data(QUIET).await, None, "no duplicate");

    // B loses its listening connection; what A publishes meanwhile still reaches B.
    let killed = sea_orm::ConnectionTrait::execute_unprepared(
        a.state.store.db(),
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()",
    )
    .await;
    assert!(killed.is_ok(), "{killed:?}");
    a.with_published_alert(&enisa, alert_input("while away", "CLEAR", json!({})))
        .await;
    assert_eq!(
        titles(&mut on_b, 1).await,
        pairs(&[("PUBLISHED", "while away")])
    );
    assert_eq!(on_b.next_data(QUIET).await, None, "no duplicate");
}

/// A TLP:CLEAR alert published as "first", updated to "second", then revoked: three events.
async fn published_updated_revoked(app: &TestApp, enisa: &tests::Account) {
    let id = app
        .with_published_alert(enisa, alert_input("first", "CLEAR", json!({})))
        .await;
    app.gql(
        enisa.token(),
        UPDATE_ALERT,
        json!({ "id": id, "i": alert_input("second", "CLEAR", json!({})), "n": "more" }),
    )
    .await
    .ok();
    app.gql(
        enisa.token(),
        REVOKE_ALERT,
        json!({ "id": id, "r": "done" }),
    )
    .await
    .ok();
}

/// An event read after later ones happened (a slow subscriber, or `alertsSince` on reconnect)
/// shows what it published: the first version under `PUBLISHED`, the second under `UPDATED`,
/// and only the revocation shows the alert revoked. (On a loaded machine the live stream once
/// rendered a `PUBLISHED` delivery after the update, with the update's title.)
#[tokio::test]
async fn an_event_read_after_later_ones_shows_the_version_it_published() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let after = cursor_now(&app).await;
    published_updated_revoked(&app, &enisa).await;
    let since = "query($c: String) { alertsSince(cursor: $c) { events { kind version alert { status content { text { title } } versions { number } } } } }";
    for token in [None, enisa.token()] {
        let r = app.gql(token, since, json!({ "c": after })).await;
        let seen: Vec<(String, u64, String, String, usize)> = r.ok()["alertsSince"]["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["kind"].as_str().unwrap().to_owned(),
                    e["version"].as_u64().unwrap(),
                    e["alert"]["content"]["text"]["title"]
                        .as_str()
                        .unwrap()
                        .to_owned(),
                    e["alert"]["status"].as_str().unwrap().to_owned(),
                    e["alert"]["versions"].as_array().unwrap().len(),
                )
            })
            .collect();
        let expected = [
            ("PUBLISHED", 1, "first", "PUBLISHED", 1),
            ("UPDATED", 2, "second", "UPDATED", 2),
            ("REVOKED", 2, "second", "REVOKED", 2),
        ]
        .map(|(k, v, t, s, n)| (k.to_owned(), v, t.to_owned(), s.to_owned(), n));
        assert_eq!(
            seen,
            expected,
            "as {}",
            if token.is_some() {
                "ENISA"
            } else {
                "anonymous"
            }
        );
    }
}

/// A node's live stream reads events in batches, so it may read an event after later ones
/// happened: each item it hands its subscribers is the alert as of its own event (the first
/// version under `PUBLISHED`, the second under `UPDATED`, revoked only under `REVOKED`), never
/// the alert as stored when the node read it.
#[tokio::test]
async fn the_live_stream_read_after_later_events_holds_each_alert_as_of_its_event() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let ctx = api::actions::Ctx::system(app.state.clone(), "test");
    let start = api::actions::alerts::feed_start(&ctx).await.unwrap();
    published_updated_revoked(&app, &enisa).await;
    let items = api::actions::alerts::feed_after(&ctx, start).await.unwrap();
    let seen: Vec<(String, String, String, usize)> = items
        .iter()
        .map(|i| {
            (
                i.event.kind.as_str().to_owned(),
                i.alert.content.english().title().to_owned(),
                i.alert.status.as_str().to_owned(),
                i.alert.versions.len(),
            )
        })
        .collect();
    let expected = [
        ("PUBLISHED", "first", "PUBLISHED", 1),
        ("UPDATED", "second", "UPDATED", 2),
        ("REVOKED", "second", "REVOKED", 2),
    ]
    .map(|(k, t, s, n)| (k.to_owned(), t.to_owned(), s.to_owned(), n));
    assert_eq!(seen, expected);
}
