//! Training sessions, black-box: seats, the waitlist with positions, promotion on
//! cancellation (with a notification), attendance and completion, the bad inputs of issue 13,
//! and seats never overbooked under concurrency (on SQLite and PostgreSQL).
use chrono::{Duration, Utc};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use tests::{Account, TestApp, spawn_app};

const CREATE_COURSE: &str = "mutation($input: CatalogueItemInput!) {
  createCatalogueItem(kind: TRAINING_COURSE, input: $input) { id } }";
const SESSION: &str = "mutation($course: ID!, $input: TrainingSessionInput!) {
  createTrainingSession(courseId: $course, input: $input) { id capacity enrolled waitlisted } }";
const ENROL: &str = "mutation($input: EnrolInput!) {
  enrol(input: $input) { id status position } }";
const CANCEL: &str = "mutation($id: ID!) { cancelEnrolment(id: $id) { id status } }";
const ROSTER: &str = "query($id: ID!) { trainingSession(id: $id) { enrolled waitlisted
  enrolments { id email status position attendance completedAt } } }";

async fn course(app: &TestApp, enisa: &Account) -> String {
    let r = app
        .gql(
            enisa.token(),
            CREATE_COURSE,
            json!({ "input": {
                "language": "en", "title": "Incident response for hospitals",
                "summary": "Two days on the ransomware playbook.", "priorities": ["RESPONSE_RECOVERY"]
            }}),
        )
        .await;
    let id = r.ok()["createCatalogueItem"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.gql(
        enisa.token(),
        "mutation($id: ID!) { publishCatalogueItem(id: $id, changeNote: \"v1\") { id } }",
        json!({ "id": id }),
    )
    .await
    .ok();
    id
}

fn session_input(capacity: i64) -> Value {
    let now = Utc::now();
    json!({
        "startsAt": (now + Duration::days(30)).to_rfc3339(),
        "endsAt": (now + Duration::days(30) + Duration::hours(6)).to_rfc3339(),
        "timeZone": "Europe/Berlin",
        "online": true,
        "language": "en",
        "capacity": capacity,
        "enrolmentOpensAt": (now - Duration::days(1)).to_rfc3339(),
        "enrolmentClosesAt": (now + Duration::days(29)).to_rfc3339()
    })
}

async fn session(app: &TestApp, enisa: &Account, capacity: i64) -> String {
    let c = course(app, enisa).await;
    let r = app
        .gql(
            enisa.token(),
            SESSION,
            json!({ "course": c, "input": session_input(capacity) }),
        )
        .await;
    r.ok()["createTrainingSession"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn enrol(app: &TestApp, who: &Account, session: &str, n: usize) -> Value {
    app.gql(
        who.token(),
        ENROL,
        json!({ "input": { "sessionId": session, "name": format!("Nurse {n}"), "email": format!("nurse{n}@clinic.example") } }),
    )
    .await
    .ok()["enrol"]
    .clone()
}

async fn roster(app: &TestApp, enisa: &Account, session: &str) -> Value {
    app.gql(enisa.token(), ROSTER, json!({ "id": session }))
        .await
        .ok()["trainingSession"]
        .clone()
}

#[tokio::test]
async fn a_full_session_waitlists_and_a_cancellation_promotes_the_first_in_line() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, other) = app.with_clinic("AT").await;
    let s = session(&app, &enisa, 2).await;
    let a = enrol(&app, &clinic, &s, 1).await;
    enrol(&app, &clinic, &s, 2).await;
    assert_eq!(a["status"], "ENROLLED");
    let w1 = enrol(&app, &other, &s, 3).await;
    let w2 = enrol(&app, &clinic, &s, 4).await;
    assert_eq!(
        (w1["status"].as_str(), w1["position"].as_u64()),
        (Some("WAITLISTED"), Some(1))
    );
    assert_eq!(w2["position"], 2);

    // Another clinic cannot cancel this clinic's enrolment: NOT_FOUND.
    app.gql(other.token(), CANCEL, json!({ "id": a["id"] }))
        .await
        .expect_code("NOT_FOUND");
    let r = app
        .gql(clinic.token(), CANCEL, json!({ "id": a["id"] }))
        .await;
    assert_eq!(r.ok()["cancelEnrolment"]["status"], "CANCELLED");
    let r = roster(&app, &enisa, &s).await;
    assert_eq!(
        (r["enrolled"].as_u64(), r["waitlisted"].as_u64()),
        (Some(2), Some(1))
    );
    let promoted = r["enrolments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == w1["id"])
        .unwrap()
        .clone();
    assert_eq!(promoted["status"], "ENROLLED");
    let waiting = r["enrolments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == w2["id"])
        .unwrap()
        .clone();
    assert_eq!(waiting["position"], 1);
    // The promoted clinic is notified.
    let n = app
        .gql(
            other.token(),
            "{ notifications(first: 10) { edges { node { kind } } } }",
            json!({}),
        )
        .await;
    assert!(
        n.ok().to_string().contains("TRAINING_SEAT_CONFIRMED"),
        "{}",
        n.body
    );
    // Cancelling twice is an invalid transition; a clinic sees only its own enrolments.
    app.gql(clinic.token(), CANCEL, json!({ "id": a["id"] }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    let mine = app.gql(other.token(), ROSTER, json!({ "id": s })).await;
    assert_eq!(
        mine.ok()["trainingSession"]["enrolments"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn bad_session_and_enrolment_input_is_refused_naming_the_field() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (other_org, _) = app.with_clinic("AT").await;
    let c = course(&app, &enisa).await;
    let mut ends_before = session_input(5);
    ends_before["endsAt"] = json!((Utc::now() + Duration::days(29)).to_rfc3339());
    for (input, field) in [
        (ends_before, "endsAt"),
        (
            {
                let mut i = session_input(5);
                i["timeZone"] = json!("Mars/Olympus");
                i
            },
            "timeZone",
        ),
        (
            {
                let mut i = session_input(5);
                i["language"] = json!("xx");
                i
            },
            "language",
        ),
        (session_input(0), "capacity"),
    ] {
        let r = app
            .gql(
                enisa.token(),
                SESSION,
                json!({ "course": c, "input": input }),
            )
            .await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some(field), "{}", r.body);
    }
    assert_eq!(
        app.gql(None, "{ trainingSessions { id } }", json!({}))
            .await
            .ok()["trainingSessions"],
        json!([])
    );

    let s = session(&app, &enisa, 5).await;
    let r = app
        .gql(clinic.token(), ENROL, json!({ "input": { "sessionId": s, "organisationId": other_org, "name": "A", "email": "a@clinic.example" } }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("organisationId"));
    enrol(&app, &clinic, &s, 1).await;
    let r = app
        .gql(clinic.token(), ENROL, json!({ "input": { "sessionId": s, "name": "Again", "email": "NURSE1@clinic.example" } }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("participant.email"));
    // Outside the window.
    app.clock().advance(Duration::days(29) + Duration::hours(1));
    let r = app
        .gql(
            clinic.token(),
            ENROL,
            json!({ "input": { "sessionId": s, "name": "Late", "email": "late@clinic.example" } }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("enrolmentWindow"));
    assert_eq!(
        roster(&app, &enisa, &s).await["enrolments"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn attendance_after_the_session_records_completion() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let s = session(&app, &enisa, 5).await;
    let e = enrol(&app, &clinic, &s, 1).await;
    const MARK: &str = "mutation($id: ID!) { markAttendance(enrolmentId: $id, attendance: ATTENDED) { attendance completedAt } }";
    app.gql(enisa.token(), MARK, json!({ "id": e["id"] }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    app.clock().advance(Duration::days(31));
    let r = app.gql(enisa.token(), MARK, json!({ "id": e["id"] })).await;
    assert_eq!(r.ok()["markAttendance"]["attendance"], "ATTENDED");
    let mine = app
        .gql(
            clinic.token(),
            "{ myEnrolments { completedAt } }",
            json!({}),
        )
        .await;
    assert!(mine.ok()["myEnrolments"][0]["completedAt"].is_string());
    app.gql(clinic.token(), MARK, json!({ "id": e["id"] }))
        .await
        .expect_code("FORBIDDEN");
}

#[tokio::test]
async fn seats_are_never_overbooked_under_concurrent_enrolments_and_cancellations() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let s = session(&app, &enisa, 20).await;
    let tasks: Vec<_> = (0..200)
        .map(|n| {
            let http = app.http.clone();
            let url = app.url("/graphql");
            let token = clinic.token().unwrap().to_owned();
            let s = s.clone();
            tokio::spawn(async move {
                let body = json!({ "query": ENROL, "variables": { "input": { "sessionId": s, "name": format!("Nurse {n}"), "email": format!("nurse{n}@clinic.example") } } });
                let r: Value = http.post(url).bearer_auth(token).json(&body).send().await.unwrap().json().await.unwrap();
                r["data"]["enrol"].clone()
            })
        })
        .collect();
    let mut results = Vec::new();
    for t in tasks {
        results.push(t.await.unwrap());
    }
    let enrolled: Vec<&Value> = results
        .iter()
        .filter(|r| r["status"] == "ENROLLED")
        .collect();
    assert_eq!(enrolled.len(), 20);
    let r = roster(&app, &enisa, &s).await;
    assert_eq!(
        (r["enrolled"].as_u64(), r["waitlisted"].as_u64()),
        (Some(20), Some(180))
    );
    let positions: BTreeSet<u64> = r["enrolments"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["position"].as_u64())
        .collect();
    assert_eq!(positions, (1..=180).collect::<BTreeSet<u64>>());
    let first_ten: BTreeSet<String> = r["enrolments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["position"].as_u64().is_some_and(|p| p <= 10))
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect();

    let cancels: Vec<_> = enrolled
        .iter()
        .take(10)
        .map(|e| {
            let http = app.http.clone();
            let url = app.url("/graphql");
            let token = clinic.token().unwrap().to_owned();
            let id = e["id"].clone();
            tokio::spawn(async move {
                let body = json!({ "query": CANCEL, "variables": { "id": id } });
                let r: Value = http
                    .post(url)
                    .bearer_auth(token)
                    .json(&body)
                    .send()
                    .await
                    .unwrap()
                    .json()
                    .await
                    .unwrap();
                r["data"]["cancelEnrolment"]["status"].clone()
            })
        })
        .collect();
    for c in cancels {
        assert_eq!(c.await.unwrap(), "CANCELLED");
    }
    let r = roster(&app, &enisa, &s).await;
    assert_eq!(
        (r["enrolled"].as_u64(), r["waitlisted"].as_u64()),
        (Some(20), Some(170))
    );
    let now_enrolled: BTreeSet<String> = r["enrolments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["status"] == "ENROLLED")
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(now_enrolled.len(), 20);
    assert!(
        first_ten.is_subset(&now_enrolled),
        "exactly the first ten of the waitlist were promoted"
    );
    let positions: BTreeSet<u64> = r["enrolments"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["position"].as_u64())
        .collect();
    assert_eq!(positions, (1..=170).collect::<BTreeSet<u64>>());
}

#[tokio::test]
async fn a_session_downloads_as_an_icalendar_event_in_its_time_zone() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let s = session(&app, &enisa, 5).await;
    let res = app
        .http
        .get(app.url(&format!("/training/sessions/{s}.ics")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let body = res.text().await.unwrap().replace("\r\n ", "");
    for line in [
        "BEGIN:VCALENDAR",
        "METHOD:PUBLISH",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "SUMMARY:Incident response for hospitals",
        "END:VEVENT",
    ] {
        assert!(body.lines().any(|l| l == line), "{line} in\n{body}");
    }
    assert!(
        body.lines()
            .any(|l| l.starts_with("DTSTART;TZID=Europe/Berlin:")),
        "{body}"
    );
    assert!(
        body.contains(&format!("UID:training-session-{s}@")),
        "{body}"
    );
    let missing = uuid::Uuid::now_v7();
    let res = app
        .http
        .get(app.url(&format!("/training/sessions/{missing}.ics")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn a_session_cannot_shrink_below_its_enrolments_and_more_seats_go_to_those_in_line() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let s = session(&app, &enisa, 2).await;
    for n in 0..4 {
        enrol(&app, &clinic, &s, n).await;
    }
    const UPDATE: &str = "mutation($id: ID!, $input: TrainingSessionInput!) {
      updateTrainingSession(id: $id, input: $input) { capacity enrolled waitlisted } }";
    let r = app
        .gql(
            enisa.token(),
            UPDATE,
            json!({ "id": s, "input": session_input(1) }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("capacity"));
    let r = roster(&app, &enisa, &s).await;
    assert_eq!(
        (r["enrolled"].as_u64(), r["waitlisted"].as_u64()),
        (Some(2), Some(2))
    );
    let r = app
        .gql(
            enisa.token(),
            UPDATE,
            json!({ "id": s, "input": session_input(3) }),
        )
        .await;
    let u = &r.ok()["updateTrainingSession"];
    assert_eq!(
        (
            u["capacity"].as_u64(),
            u["enrolled"].as_u64(),
            u["waitlisted"].as_u64()
        ),
        (Some(3), Some(3), Some(1))
    );
    let r = roster(&app, &enisa, &s).await;
    let promoted = r["enrolments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["email"] == "nurse2@clinic.example")
        .unwrap()
        .clone();
    assert_eq!(
        promoted["status"], "ENROLLED",
        "the first in line got the new seat"
    );
}
