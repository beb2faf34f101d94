//! The Reserve's summary-report reminder job (`docs/reserve.md`, Regulation (EU) 2025/38,
//! Art. 16): the requesting organisation is notified once six hours before the report is due
//! and once when it is overdue, even with two server processes sweeping at once; a reported
//! request owes nothing. The clock moves; no row is edited.
use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};
use tests::reserve::{ASSIGN, RESPOND};
use tests::{Account, TestApp, spawn_app};

const NOTIFICATIONS: &str =
    "{ notifications(first: 50) { edges { node { kind reserveRequestId } } } }";
const LOG: &str =
    "mutation($id: ID!) { logReserveDelivery(id: $id, days: 2, note: \"On site\") { id } }";
const COMPLETE: &str = "mutation($id: ID!) { completeReserveDelivery(id: $id) { id status summaryReportClock { dueAt state } } }";
const CLOCK: &str = "query($id: ID!) { reserveRequest(id: $id) { summaryReportClock { state } } }";
const REPORT: &str = "mutation($id: ID!) { submitReserveReport(id: $id, input: { serviceProvided: \"Forensic triage\", results: \"Imaging restored\", lessonsLearned: \"Segment the PACS network\" }) { id status } }";

/// The clinic, its authority, the provider's user and a delivered request with its report's
/// due time.
struct Delivered {
    clinic: Account,
    authority: Account,
    provider_user: Account,
    id: String,
    due: DateTime<Utc>,
}

async fn delivered(app: &TestApp) -> Delivered {
    let enisa = app.with_enisa().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, authority) = app.with_authority("DE").await;
    let incident = app.with_incident(&clinic).await;
    let (provider, provider_user) = app
        .with_reserve_provider(&enisa, "DE", &["DE"], &["de"], 20)
        .await;
    let id = app
        .with_triaged_request(&clinic, &authority, &enisa, &incident, 5)
        .await;
    let as_provider = |q: &'static str, vars: Value| {
        let token = provider_user.token();
        async move { app.gql(token, q, vars).await }
    };
    app.gql(enisa.token(), ASSIGN, json!({ "id": id, "p": provider }))
        .await
        .ok();
    as_provider(RESPOND, json!({ "id": id, "a": true }))
        .await
        .ok();
    as_provider(LOG, json!({ "id": id })).await.ok();
    let r = as_provider(COMPLETE, json!({ "id": id })).await;
    let done = &r.ok()["completeReserveDelivery"];
    assert_eq!(done["status"], "DELIVERED");
    let due = done["summaryReportClock"]["dueAt"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    Delivered {
        clinic,
        authority,
        provider_user,
        id,
        due,
    }
}

/// The Reserve notifications `who`'s organisation got: (kind, request id).
async fn reminders(app: &TestApp, who: &Account) -> Vec<(String, String)> {
    let r = app.gql(who.token(), NOTIFICATIONS, json!({})).await;
    r.ok()["notifications"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["node"]["kind"].as_str().unwrap().starts_with("RESERVE_"))
        .map(|e| {
            (
                e["node"]["kind"].as_str().unwrap().to_owned(),
                e["node"]["reserveRequestId"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            )
        })
        .collect()
}

/// One sweep in each of the two processes at once; how many reminders they sent together.
async fn sweep_both(app: &TestApp, other: &TestApp) -> u64 {
    let (a, b) = tokio::join!(
        api::jobs::reserve_report_reminder::sweep(&app.state),
        api::jobs::reserve_report_reminder::sweep(&other.state),
    );
    a.unwrap() + b.unwrap()
}

#[tokio::test]
async fn the_report_reminder_notifies_the_clinic_once_before_the_due_time_and_once_when_overdue_with_two_processes()
 {
    let app = spawn_app().await;
    let other = app.another_process(tests::TestApp::builder()).await;
    let d = delivered(&app).await;
    assert_eq!(sweep_both(&app, &other).await, 0, "three months left");

    app.clock()
        .advance(d.due - app.clock().now() - Duration::hours(5));
    assert_eq!(
        sweep_both(&app, &other).await,
        1,
        "one reminder across both"
    );
    assert_eq!(sweep_both(&app, &other).await, 0, "never twice");
    let about = ("RESERVE_REPORT_ABOUT_TO_EXPIRE".to_owned(), d.id.clone());
    assert_eq!(reminders(&app, &d.clinic).await, vec![about.clone()]);
    for who in [&d.authority, &d.provider_user] {
        assert!(reminders(&app, who).await.is_empty(), "the clinic's only");
    }

    app.clock().advance(Duration::hours(6));
    let r = app
        .gql(d.clinic.token(), CLOCK, json!({ "id": d.id }))
        .await;
    assert_eq!(
        r.ok()["reserveRequest"]["summaryReportClock"]["state"],
        "OVERDUE"
    );
    assert_eq!(sweep_both(&app, &other).await, 1, "the overdue one, once");
    assert_eq!(sweep_both(&app, &other).await, 0);
    let overdue = ("RESERVE_REPORT_OVERDUE".to_owned(), d.id.clone());
    assert_eq!(reminders(&app, &d.clinic).await, vec![overdue, about]);
    let audited = app
        .audit_rows()
        .await
        .iter()
        .filter(|r| r.action == "reserve.remind_report")
        .count();
    assert_eq!(audited, 2, "each reminder audited once");

    // Reported: nothing more is owed.
    let r = app
        .gql(d.clinic.token(), REPORT, json!({ "id": d.id }))
        .await;
    assert_eq!(r.ok()["submitReserveReport"]["status"], "REPORTED");
    app.clock().advance(Duration::days(40));
    assert_eq!(sweep_both(&app, &other).await, 0);
}

#[tokio::test]
async fn a_report_sent_before_the_due_time_owes_no_reminder() {
    let app = spawn_app().await;
    let d = delivered(&app).await;
    let r = app
        .gql(d.clinic.token(), REPORT, json!({ "id": d.id }))
        .await;
    assert_eq!(r.ok()["submitReserveReport"]["status"], "REPORTED");
    for hours in [-5, 1, 24 * 60] {
        let target = d.due + Duration::hours(hours);
        if target > app.clock().now() {
            app.clock().advance(target - app.clock().now());
        }
        let n = api::jobs::reserve_report_reminder::sweep(&app.state)
            .await
            .unwrap();
        assert_eq!(n, 0, "{hours} h after the due time");
    }
    assert!(reminders(&app, &d.clinic).await.is_empty());
}
