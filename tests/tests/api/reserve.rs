//! The EU Cybersecurity Reserve end to end over HTTP (`docs/reserve.md`): the whole workflow
//! from the clinic's request to ENISA's close, every refusal of the issue's "bad input" list
//! (field named, nothing written), the tenancy matrix for every role, the priority ordering
//! from a table of requests, and 50 concurrent assignments against capacity for 10.
use chrono::{Duration, Months};
use domain::organisation::Nis2Class;
use futures_util::future::join_all;
use serde_json::{Value, json};
use tests::reserve::{ASSIGN, CREATE, ENDORSE, RESPOND, SUBMIT, TRIAGE, quarter_of, request_input};
use tests::{Account, TestApp, spawn_app};

const REQUEST: &str = "query($id: ID!) { reserveRequest(id: $id) { id status kind organisationName memberState incidentId totalDays impact potentialImpact plannedUse measuresTaken otherSupport { cyberInsurance details } severity spillOver endorsementNote declineReason priority { score modelVersion breakdown { criterion value weight share points } } priorityOverride { direction justification } providerId providerName engagement { status reservedDays consumedDays quarter pool } deliveryLog { days note } summaryReport { serviceProvided } summaryReportClock { dueAt state months } deliveryEndedAt } }";
const LIST: &str = "{ reserveRequests { id status } }";
const QUEUE: &str = "{ reserveQueue { position request { id status } priority { score breakdown { criterion points } } proposedProvider { providerId speaksLanguage freeDaysAfter } } }";
const PROVIDERS: &str = "{ reserveProviders { id name trusted memberStates languages capacity { quarter precommitted converted responseReserved responseConsumed responseFree preparednessFree } } }";
const LEDGER: &str = "query($p: ID!, $q: String!) { reserveCapacityLedger(providerId: $p, quarter: $q) { kind pool days requestId } }";
const DECLINE: &str = "mutation($id: ID!, $r: String!) { declineReserveRequest(id: $id, reason: $r) { id status declineReason } }";
const WITHDRAW: &str = "mutation($id: ID!) { withdrawReserveRequest(id: $id) { id status } }";
const LOG: &str = "mutation($id: ID!, $d: Int!) { logReserveDelivery(id: $id, days: $d, note: \"On site\") { id status engagement { consumedDays } } }";
const COMPLETE: &str = "mutation($id: ID!) { completeReserveDelivery(id: $id) { id status deliveryEndedAt summaryReportClock { dueAt state months } } }";
const REPORT: &str = "mutation($id: ID!) { submitReserveReport(id: $id, input: { serviceProvided: \"Forensic triage and containment of the PACS\", results: \"Imaging restored within four days\", lessonsLearned: \"Segment the PACS network from the office LAN\" }) { id status summaryReport { serviceProvided } } }";
const CLOSE: &str = "mutation($id: ID!) { closeReserveRequest(id: $id) { id status closedAt } }";
const OVERRIDE: &str = "mutation($id: ID!, $d: ReserveOverrideDirection!, $j: String!) { overrideReservePriority(id: $id, direction: $d, justification: $j) { id priorityOverride { direction } } }";
const CONVERT: &str = "mutation($p: ID!, $q: String!) { convertReserveCapacity(providerId: $p, quarter: $q) { id capacity { quarter converted responseFree preparednessFree } } }";

/// The cast of one test: ENISA, a German clinic with an incident case, the German authority,
/// and a trusted provider covering Germany with 20 days.
struct Cast {
    enisa: Account,
    clinic: Account,
    authority: Account,
    incident: String,
    provider: uuid::Uuid,
    provider_user: Account,
}

async fn cast(app: &TestApp) -> Cast {
    let enisa = app.with_enisa().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, authority) = app.with_authority("DE").await;
    let incident = app.with_incident(&clinic).await;
    let (provider, provider_user) = app
        .with_reserve_provider(&enisa, "DE", &["DE", "AT"], &["de", "en"], 20)
        .await;
    Cast {
        enisa,
        clinic,
        authority,
        incident,
        provider,
        provider_user,
    }
}

async fn read(app: &TestApp, who: &Account, id: &str) -> tests::Gql {
    app.gql(who.token(), REQUEST, json!({ "id": id })).await
}

async fn status(app: &TestApp, who: &Account, id: &str) -> String {
    read(app, who, id).await.ok()["reserveRequest"]["status"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn capacity(app: &TestApp, enisa: &Account, provider: uuid::Uuid) -> Value {
    let r = app.gql(enisa.token(), PROVIDERS, json!({})).await;
    let list = r.ok()["reserveProviders"].as_array().unwrap().clone();
    let p = list
        .into_iter()
        .find(|p| p["id"] == provider.to_string())
        .unwrap();
    let q = quarter_of(app.clock().now());
    p["capacity"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["quarter"] == q.as_str())
        .cloned()
        .unwrap_or(Value::Null)
}

async fn ledger(app: &TestApp, enisa: &Account, provider: uuid::Uuid) -> Vec<Value> {
    let q = quarter_of(app.clock().now());
    let r = app
        .gql(enisa.token(), LEDGER, json!({ "p": provider, "q": q }))
        .await;
    r.ok()["reserveCapacityLedger"].as_array().unwrap().clone()
}

/// The sum of the ledger's entries of `kind`.
fn total(entries: &[Value], kind: &str) -> i64 {
    entries
        .iter()
        .filter(|e| e["kind"] == kind)
        .map(|e| e["days"].as_i64().unwrap())
        .sum()
}

async fn audited(app: &TestApp, action: &str) -> usize {
    app.audit_rows()
        .await
        .iter()
        .filter(|r| r.action == action && r.outcome == "SUCCESS")
        .count()
}

#[tokio::test]
async fn a_clinic_asks_its_authority_endorses_enisa_assigns_the_provider_delivers_and_the_clinic_reports()
 {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = app.with_reserve_draft(&c.clinic, &c.incident, 5).await;
    assert_eq!(status(&app, &c.clinic, &id).await, "DRAFT");

    app.gql(c.clinic.token(), SUBMIT, json!({ "id": id }))
        .await
        .ok();
    let r = app
        .gql(
            c.authority.token(),
            ENDORSE,
            json!({ "id": id, "s": "CRITICAL", "o": "POSSIBLE" }),
        )
        .await;
    assert_eq!(r.ok()["endorseReserveRequest"]["status"], "ENDORSED");

    // ENISA's queue shows it with its score's breakdown and the proposed provider.
    let q = app.gql(c.enisa.token(), QUEUE, json!({})).await;
    let entry = &q.ok()["reserveQueue"][0];
    assert_eq!(entry["request"]["id"], id.as_str());
    let breakdown = entry["priority"]["breakdown"].as_array().unwrap();
    assert_eq!(breakdown.len(), 5);
    let sum: i64 = breakdown
        .iter()
        .map(|b| b["points"].as_i64().unwrap())
        .sum();
    assert_eq!(entry["priority"]["score"].as_i64().unwrap(), sum);
    assert_eq!(
        entry["proposedProvider"]["providerId"],
        c.provider.to_string()
    );
    assert_eq!(entry["proposedProvider"]["speaksLanguage"], true);
    assert_eq!(entry["proposedProvider"]["freeDaysAfter"], 15);

    app.gql(c.enisa.token(), TRIAGE, json!({ "id": id }))
        .await
        .ok();
    let r = app
        .gql(
            c.enisa.token(),
            ASSIGN,
            json!({ "id": id, "p": c.provider }),
        )
        .await;
    assert_eq!(r.ok()["assignReserveProvider"]["status"], "ASSIGNED");
    let cap = capacity(&app, &c.enisa, c.provider).await;
    assert_eq!(
        (
            cap["responseReserved"].as_i64(),
            cap["responseFree"].as_i64()
        ),
        (Some(5), Some(15))
    );

    let r = app
        .gql(
            c.provider_user.token(),
            RESPOND,
            json!({ "id": id, "a": true }),
        )
        .await;
    assert_eq!(
        r.ok()["respondToReserveAssignment"]["status"],
        "IN_DELIVERY"
    );
    for days in [2, 1] {
        app.gql(c.provider_user.token(), LOG, json!({ "id": id, "d": days }))
            .await
            .ok();
    }
    // The clinic and its authority follow the progress.
    for who in [&c.clinic, &c.authority] {
        let r = read(&app, who, &id).await;
        let v = &r.ok()["reserveRequest"];
        assert_eq!(v["engagement"]["consumedDays"], 3);
        assert_eq!(v["deliveryLog"].as_array().unwrap().len(), 2);
        assert_eq!(v["providerName"], "Vendor DE");
    }
    let r = app
        .gql(c.provider_user.token(), COMPLETE, json!({ "id": id }))
        .await;
    let done = &r.ok()["completeReserveDelivery"];
    assert_eq!(done["status"], "DELIVERED");
    // The summary report is due three months after delivery (Art. 16; the default setting).
    assert_eq!(done["summaryReportClock"]["months"], 3);
    assert_eq!(done["summaryReportClock"]["state"], "DUE");
    let ended: chrono::DateTime<chrono::Utc> =
        done["deliveryEndedAt"].as_str().unwrap().parse().unwrap();
    let due: chrono::DateTime<chrono::Utc> = done["summaryReportClock"]["dueAt"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(due >= ended + Months::new(3) - Duration::hours(2));
    assert!(due <= ended + Months::new(3) + Duration::hours(2));
    // The unused reserved days are released; those delivered are consumed.
    let cap = capacity(&app, &c.enisa, c.provider).await;
    assert_eq!(cap["responseReserved"], 0);
    assert_eq!(cap["responseConsumed"], 3);
    assert_eq!(cap["responseFree"], 17);

    let r = app.gql(c.clinic.token(), REPORT, json!({ "id": id })).await;
    assert_eq!(r.ok()["submitReserveReport"]["status"], "REPORTED");
    let r = app.gql(c.enisa.token(), CLOSE, json!({ "id": id })).await;
    assert_eq!(r.ok()["closeReserveRequest"]["status"], "CLOSED");

    // The ledger balances are its entries, and every step is audited.
    let entries = ledger(&app, &c.enisa, c.provider).await;
    assert_eq!(total(&entries, "PRECOMMIT"), 20);
    assert_eq!(total(&entries, "RESERVE"), 5);
    assert_eq!(total(&entries, "CONSUME"), 3);
    assert_eq!(total(&entries, "RELEASE"), 2);
    for action in [
        "reserve.request_create",
        "reserve.request_submit",
        "reserve.request_endorse",
        "reserve.triage",
        "reserve.assign",
        "reserve.respond",
        "reserve.delivery_complete",
        "reserve.report_submit",
        "reserve.close",
    ] {
        assert_eq!(audited(&app, action).await, 1, "{action}");
    }
    assert_eq!(audited(&app, "reserve.delivery_log").await, 2);
}

#[tokio::test]
async fn a_provider_declining_returns_the_request_to_the_queue_and_releases_its_days() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = app
        .with_triaged_request(&c.clinic, &c.authority, &c.enisa, &c.incident, 4)
        .await;
    app.gql(
        c.enisa.token(),
        ASSIGN,
        json!({ "id": id, "p": c.provider }),
    )
    .await
    .ok();
    let r = app
        .gql(
            c.provider_user.token(),
            RESPOND,
            json!({ "id": id, "a": false }),
        )
        .await;
    assert_eq!(r.ok()["respondToReserveAssignment"]["status"], "TRIAGED");
    assert_eq!(
        capacity(&app, &c.enisa, c.provider).await["responseFree"],
        20
    );
    // The provider no longer sees it; it is back in ENISA's queue.
    read(&app, &c.provider_user, &id)
        .await
        .expect_code("NOT_FOUND");
    let q = app.gql(c.enisa.token(), QUEUE, json!({})).await;
    assert_eq!(q.ok()["reserveQueue"][0]["request"]["status"], "TRIAGED");
    let entries = ledger(&app, &c.enisa, c.provider).await;
    assert_eq!(total(&entries, "RELEASE"), 4);
}

#[tokio::test]
async fn unused_days_of_an_ended_quarter_become_preparedness_days_that_a_preparedness_request_draws_on()
 {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let q = quarter_of(app.clock().now());
    // Not before the quarter ends.
    let r = app
        .gql(c.enisa.token(), CONVERT, json!({ "p": c.provider, "q": q }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("quarter"));
    app.clock().advance(Duration::days(95));
    let r = app
        .gql(c.enisa.token(), CONVERT, json!({ "p": c.provider, "q": q }))
        .await;
    let cap = &r.ok()["convertReserveCapacity"]["capacity"][0];
    assert_eq!(cap["converted"], 20);
    assert_eq!(cap["responseFree"], 0);
    assert_eq!(cap["preparednessFree"], 20);

    let mut input = request_input(None, 3, 2);
    input["estimatedNeed"] = json!([{ "service": "PREPAREDNESS", "days": 3 }]);
    let r = app
        .gql(c.clinic.token(), CREATE, json!({ "i": input }))
        .await;
    let id = r.ok()["createReserveRequest"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.with_endorsed(&c.clinic, &c.authority, &id).await;
    app.gql(c.enisa.token(), TRIAGE, json!({ "id": id }))
        .await
        .ok();
    let r = app
        .gql(
            c.enisa.token(),
            ASSIGN,
            json!({ "id": id, "p": c.provider }),
        )
        .await;
    assert_eq!(r.ok()["assignReserveProvider"]["status"], "ASSIGNED");
    let v = read(&app, &c.enisa, &id).await;
    let e = &v.ok()["reserveRequest"]["engagement"];
    assert_eq!(
        (e["pool"].as_str(), e["quarter"].as_str()),
        (Some("PREPAREDNESS"), Some(q.as_str()))
    );
    let entries = {
        let r = app
            .gql(c.enisa.token(), LEDGER, json!({ "p": c.provider, "q": q }))
            .await;
        r.ok()["reserveCapacityLedger"].as_array().unwrap().clone()
    };
    assert_eq!(total(&entries, "CONVERT_TO_PREPAREDNESS"), 20);
    assert_eq!(total(&entries, "RESERVE"), 3);
}

/// Every refusal of the issue's list names its field (or is the transition code) and writes
/// nothing: the request keeps its status, the ledger its entries, and no success is audited.
#[tokio::test]
async fn bad_input_is_refused_with_the_field_named_and_nothing_written() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let created = || audited(&app, "reserve.request_create");

    // No linked incident, or another organisation's.
    let r = app
        .gql(
            c.clinic.token(),
            CREATE,
            json!({ "i": request_input(None, 3, 1) }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("incidentId"));
    let (_, other_clinic) = app.with_clinic("DE").await;
    let foreign = app.with_incident(&other_clinic).await;
    let r = app
        .gql(
            c.clinic.token(),
            CREATE,
            json!({ "i": request_input(Some(&foreign), 3, 1) }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("incidentId"));
    // Zero or negative need.
    for days in [0, -2] {
        let r = app
            .gql(
                c.clinic.token(),
                CREATE,
                json!({ "i": request_input(Some(&c.incident), days, 1) }),
            )
            .await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some("estimatedNeed[0].days"));
    }
    assert_eq!(created().await, 0);
    let list = app.gql(c.clinic.token(), LIST, json!({})).await;
    assert_eq!(list.ok()["reserveRequests"].as_array().unwrap().len(), 0);

    // Endorsement by another member state's authority: out of its scope.
    let id = app.with_reserve_draft(&c.clinic, &c.incident, 12).await;
    app.gql(c.clinic.token(), SUBMIT, json!({ "id": id }))
        .await
        .ok();
    let (_, french) = app.with_authority("FR").await;
    app.gql(
        french.token(),
        ENDORSE,
        json!({ "id": id, "s": "HIGH", "o": "NONE" }),
    )
    .await
    .expect_code("NOT_FOUND");
    assert_eq!(status(&app, &c.clinic, &id).await, "SUBMITTED");
    // Every out-of-order step: submitting twice, assigning before triage, closing early.
    app.gql(c.clinic.token(), SUBMIT, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    app.gql(
        c.authority.token(),
        ENDORSE,
        json!({ "id": id, "s": "HIGH", "o": "NONE" }),
    )
    .await
    .ok();
    app.gql(
        c.enisa.token(),
        ASSIGN,
        json!({ "id": id, "p": c.provider }),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
    app.gql(c.enisa.token(), CLOSE, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    app.gql(
        c.authority.token(),
        DECLINE,
        json!({ "id": id, "r": "Too late now" }),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
    app.gql(c.enisa.token(), TRIAGE, json!({ "id": id }))
        .await
        .ok();

    // A provider that does not cover the member state, or lacks capacity.
    let (french_mssp, _) = app
        .with_reserve_provider(&c.enisa, "FR", &["FR"], &["fr"], 50)
        .await;
    let r = app
        .gql(
            c.enisa.token(),
            ASSIGN,
            json!({ "id": id, "p": french_mssp }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("providerId"));
    let (small, _) = app
        .with_reserve_provider(&c.enisa, "DE", &["DE"], &["de"], 10)
        .await;
    let r = app
        .gql(c.enisa.token(), ASSIGN, json!({ "id": id, "p": small }))
        .await;
    r.expect_code("INSUFFICIENT_CAPACITY");
    assert_eq!(r.field(), Some("providerId"));
    assert_eq!(status(&app, &c.clinic, &id).await, "TRIAGED");
    assert_eq!(total(&ledger(&app, &c.enisa, small).await, "RESERVE"), 0);
    assert_eq!(capacity(&app, &c.enisa, small).await["responseFree"], 10);
    assert_eq!(audited(&app, "reserve.assign").await, 0);

    // A summary report before delivery; a delivery log beyond the reserved days.
    app.gql(
        c.enisa.token(),
        ASSIGN,
        json!({ "id": id, "p": c.provider }),
    )
    .await
    .ok();
    app.gql(c.clinic.token(), REPORT, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    app.gql(c.provider_user.token(), LOG, json!({ "id": id, "d": 1 }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    app.gql(
        c.provider_user.token(),
        RESPOND,
        json!({ "id": id, "a": true }),
    )
    .await
    .ok();
    let r = app
        .gql(c.provider_user.token(), LOG, json!({ "id": id, "d": 13 }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("days"));
    app.gql(c.clinic.token(), REPORT, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    app.gql(c.clinic.token(), WITHDRAW, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    let v = read(&app, &c.clinic, &id).await;
    assert_eq!(v.ok()["reserveRequest"]["engagement"]["consumedDays"], 0);
    assert_eq!(v.ok()["reserveRequest"]["status"], "IN_DELIVERY");
    assert_eq!(
        total(&ledger(&app, &c.enisa, c.provider).await, "CONSUME"),
        0
    );
    assert_eq!(audited(&app, "reserve.delivery_log").await, 0);
    assert_eq!(audited(&app, "reserve.report_submit").await, 0);
}

/// Who sees a request: the clinic its own, the authority its member state's once submitted,
/// ENISA once endorsed, the assigned provider only what delivery needs, nobody else.
#[tokio::test]
async fn each_role_sees_exactly_the_requests_the_issue_gives_it() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (_, other_clinic) = app.with_clinic("DE").await;
    let (_, foreign_authority) = app.with_authority("FR").await;
    let (_, agency) = app.with_agency("DE").await;
    let (_, other_provider) = app
        .with_reserve_provider(&c.enisa, "DE", &["DE"], &["de"], 5)
        .await;
    let admin = app.with_admin().await;

    let draft = app.with_reserve_draft(&c.clinic, &c.incident, 2).await;
    let submitted = app.with_reserve_draft(&c.clinic, &c.incident, 2).await;
    app.gql(c.clinic.token(), SUBMIT, json!({ "id": submitted }))
        .await
        .ok();
    let delivering = app
        .with_triaged_request(&c.clinic, &c.authority, &c.enisa, &c.incident, 2)
        .await;
    app.gql(
        c.enisa.token(),
        ASSIGN,
        json!({ "id": delivering, "p": c.provider }),
    )
    .await
    .ok();
    app.gql(
        c.provider_user.token(),
        RESPOND,
        json!({ "id": delivering, "a": true }),
    )
    .await
    .ok();

    // (who, sees draft, sees submitted, sees delivering)
    let matrix: Vec<(&str, &Account, [bool; 3])> = vec![
        ("clinic", &c.clinic, [true, true, true]),
        ("other clinic", &other_clinic, [false, false, false]),
        ("authority", &c.authority, [false, true, true]),
        (
            "foreign authority",
            &foreign_authority,
            [false, false, false],
        ),
        ("agency officer", &agency, [false, false, false]),
        ("ENISA", &c.enisa, [false, false, true]),
        ("platform admin", &admin, [false, false, true]),
        ("assigned provider", &c.provider_user, [false, false, true]),
        ("other provider", &other_provider, [false, false, false]),
    ];
    for (who, account, sees) in &matrix {
        for (id, visible) in [&draft, &submitted, &delivering].into_iter().zip(sees) {
            let r = read(&app, account, id).await;
            if *visible {
                assert_eq!(r.ok()["reserveRequest"]["id"], id.as_str(), "{who}");
            } else {
                r.expect_code("NOT_FOUND");
            }
        }
        let list = app.gql(account.token(), LIST, json!({})).await;
        let n = sees.iter().filter(|v| **v).count();
        assert_eq!(
            list.ok()["reserveRequests"].as_array().unwrap().len(),
            n,
            "{who}"
        );
    }
    // The provider sees only what delivery needs: no insurance, no incident case (and so no
    // ransom data), no priority.
    let r = read(&app, &c.provider_user, &delivering).await;
    let v = &r.ok()["reserveRequest"];
    assert!(v["otherSupport"].is_null());
    assert!(v["incidentId"].is_null());
    assert!(v["priority"].is_null());
    assert!(v["endorsementNote"].is_null());
    assert_eq!(
        v["plannedUse"],
        "Forensic triage of the PACS and containment of the ransomware."
    );
    let r = read(&app, &c.clinic, &delivering).await;
    assert_eq!(
        r.ok()["reserveRequest"]["otherSupport"]["cyberInsurance"],
        true
    );
    assert_eq!(r.ok()["reserveRequest"]["incidentId"], c.incident.as_str());
    // Probes of existing requests out of scope are audited.
    let probes = app
        .audit_rows()
        .await
        .iter()
        .filter(|r| r.action == "reserve.request_read" && r.outcome == "DENIED")
        .count();
    assert!(probes > 0);
    // Other roles may not take ENISA's or the provider's steps on what they can see.
    app.gql(c.clinic.token(), CLOSE, json!({ "id": delivering }))
        .await
        .expect_code("FORBIDDEN");
    app.gql(
        c.authority.token(),
        LOG,
        json!({ "id": delivering, "d": 1 }),
    )
    .await
    .expect_code("FORBIDDEN");
    app.gql(agency.token(), QUEUE, json!({}))
        .await
        .expect_code("FORBIDDEN");
}

/// The queue from a table of requests: (severity, NIS2 class, affected services, spill-over,
/// measures taken) with their expected place, by the documented weights (severity 30, entity
/// 20, impact 25, spill-over 15, measures 10).
/// name, severity, class, affected services, spill-over, measures, expected place.
type Row<'a> = (
    &'a str,
    &'a str,
    Nis2Class,
    &'a [&'a str],
    &'a str,
    usize,
    usize,
);

#[tokio::test]
async fn the_queue_orders_requests_by_score_then_endorsement_time_and_overrides_move_them() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (_, authority) = app.with_authority("DE").await;
    // name, severity, class, affected, spill-over, measures, expected place (1 = first)
    let table: Vec<Row> = vec![
        // 30·0.4 + 20·0.6 + 25·0.2 + 0 + 10·0 = 29
        (
            "low-admin",
            "MEDIUM",
            Nis2Class::Important,
            &["ADMINISTRATION"],
            "NONE",
            0,
            5,
        ),
        // 30 + 20 + 25 + 15 + 10 = 100
        (
            "critical",
            "CRITICAL",
            Nis2Class::Essential,
            &["EMERGENCY_CARE"],
            "LIKELY",
            6,
            1,
        ),
        // 21 + 12 + 25 + 0 + 5 = 63
        (
            "high-first",
            "HIGH",
            Nis2Class::Important,
            &["EMERGENCY_CARE"],
            "NONE",
            3,
            3,
        ),
        // the same score, endorsed later
        (
            "high-second",
            "HIGH",
            Nis2Class::Important,
            &["EMERGENCY_CARE"],
            "NONE",
            3,
            4,
        ),
        // 12 + 20 + 15 + 7.5 + 10 = 64.5
        (
            "essential-care",
            "MEDIUM",
            Nis2Class::Essential,
            &["DIAGNOSTICS"],
            "POSSIBLE",
            6,
            2,
        ),
    ];
    let mut ids = Vec::new();
    for (name, severity, class, affected, spill, measures, _) in &table {
        let (_, clinic) = app.with_clinic_of_class("DE", *class).await;
        let incident = app.with_incident_affecting(&clinic, affected).await;
        let r = app
            .gql(
                clinic.token(),
                CREATE,
                json!({ "i": request_input(Some(&incident), 2, *measures) }),
            )
            .await;
        let id = r.ok()["createReserveRequest"]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        app.gql(clinic.token(), SUBMIT, json!({ "id": id }))
            .await
            .ok();
        app.gql(
            authority.token(),
            ENDORSE,
            json!({ "id": id, "s": severity, "o": spill }),
        )
        .await
        .ok();
        app.clock().advance(Duration::minutes(1));
        ids.push((name.to_string(), id));
    }
    let order = |q: &tests::Gql| -> Vec<String> {
        q.ok()["reserveQueue"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let id = e["request"]["id"].as_str().unwrap();
                ids.iter().find(|(_, i)| i == id).unwrap().0.clone()
            })
            .collect()
    };
    let q = app.gql(enisa.token(), QUEUE, json!({})).await;
    let mut expected: Vec<(usize, String)> = table
        .iter()
        .map(|(name, .., place)| (*place, name.to_string()))
        .collect();
    expected.sort();
    let expected: Vec<String> = expected.into_iter().map(|(_, n)| n).collect();
    assert_eq!(order(&q), expected);
    let scores: Vec<i64> = q.ok()["reserveQueue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["priority"]["score"].as_i64().unwrap())
        .collect();
    assert_eq!(scores, vec![10000, 6450, 6300, 6300, 2900]);

    // ENISA defers the first and expedites the last, each with a justification.
    let id_of = |n: &str| ids.iter().find(|(m, _)| m == n).unwrap().1.clone();
    let r = app
        .gql(
            enisa.token(),
            OVERRIDE,
            json!({ "id": id_of("critical"), "d": "DEFER", "j": "short" }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("justification"));
    for (name, direction) in [("critical", "DEFER"), ("low-admin", "EXPEDITE")] {
        app.gql(
            enisa.token(),
            OVERRIDE,
            json!({ "id": id_of(name), "d": direction, "j": "Another provider is already on site." }),
        )
        .await
        .ok();
    }
    let q = app.gql(enisa.token(), QUEUE, json!({})).await;
    assert_eq!(
        order(&q),
        vec![
            "low-admin",
            "essential-care",
            "high-first",
            "high-second",
            "critical"
        ]
    );
    assert_eq!(audited(&app, "reserve.priority_override").await, 2);
}

/// Fifty assignments at once against a provider with capacity for ten: exactly ten reserve,
/// forty are `INSUFFICIENT_CAPACITY`, and the balances equal the ledger's entries.
#[tokio::test]
async fn fifty_concurrent_assignments_never_reserve_more_than_the_ten_days_a_provider_has() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, authority) = app.with_authority("DE").await;
    let incident = app.with_incident(&clinic).await;
    let (provider, _) = app
        .with_reserve_provider(&enisa, "DE", &["DE"], &["de"], 10)
        .await;
    let mut ids = Vec::new();
    for _ in 0..50 {
        ids.push(
            app.with_triaged_request(&clinic, &authority, &enisa, &incident, 1)
                .await,
        );
    }
    let results = join_all(
        ids.iter()
            .map(|id| app.gql(enisa.token(), ASSIGN, json!({ "id": id, "p": provider }))),
    )
    .await;
    let assigned = results.iter().filter(|r| r.code().is_none()).count();
    let refused = results
        .iter()
        .filter(|r| r.code() == Some("INSUFFICIENT_CAPACITY"))
        .count();
    assert_eq!((assigned, refused), (10, 40));
    let cap = capacity(&app, &enisa, provider).await;
    assert_eq!(cap["responseReserved"], 10);
    assert_eq!(cap["responseFree"], 0);
    let entries = ledger(&app, &enisa, provider).await;
    assert_eq!(
        total(&entries, "RESERVE"),
        cap["responseReserved"].as_i64().unwrap()
    );
    assert_eq!(
        total(&entries, "PRECOMMIT"),
        cap["precommitted"].as_i64().unwrap()
    );
    assert_eq!(
        entries.iter().filter(|e| e["kind"] == "RESERVE").count(),
        10
    );
    let list = app
        .gql(
            enisa.token(),
            "{ reserveRequests(status: ASSIGNED) { id } }",
            json!({}),
        )
        .await;
    assert_eq!(list.ok()["reserveRequests"].as_array().unwrap().len(), 10);
}
