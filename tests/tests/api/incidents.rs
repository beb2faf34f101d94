//! Incident cases under NIS2 Art. 23, end to end over HTTP (`docs/incidents.md`): the clocks
//! with the server's clock moved, the tenancy matrix for every role, every refusal of the
//! issue's "bad input" list (field named, nothing written), intermediate reports, ransom
//! demands with the mandatory referral, the ransom rules, sealed text that never reaches the
//! database or the logs in clear, the statistics, and the escalation job exactly once with two
//! processes.
use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};
use tests::{Account, TestApp, spawn_app};
use uuid::Uuid;

const REPORT: &str = "mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id status timeZone clocks { stage state dueAt } } }";
const CASE: &str = "query($id: ID!) { incident(id: $id) { id title status access organisationName crossBorder handledAt clocks { stage request state dueAt metAt timeLeftSeconds lateBySeconds } nextDeadline { stage state dueAt } submissions { id stage acknowledgedAt report { summary impact indicatorsOfCompromise statusUpdate description } } intermediateRequests { dueAt answeredAt } comments { text authorRole } sharedWith { code } ransomDemand { noteText threatActor paid amount { amount currency asset } reportingDueAt } lawEnforcementReferral { authority caseReference referredOn } ransomRules { ransomReporting referralMandatory } } }";
const LIST: &str = "query($first: Int, $after: String) { incidents(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id title nextDeadline { stage state dueAt } } } } }";
const SUBMIT: &str = "mutation($i: SubmitIncidentReportInput!) { submitIncidentReport(input: $i) { id submissions { id stage } } }";
const HANDLED: &str = "mutation($id: ID!, $at: DateTime!) { markIncidentHandled(id: $id, handledAt: $at) { id handledAt } }";
const ACK: &str = "mutation($s: ID!) { acknowledgeIncidentReport(submissionId: $s) { id submissions { id acknowledgedAt } } }";
const REQUEST: &str = "mutation($id: ID!, $due: DateTime!) { requestIntermediateReport(id: $id, dueAt: $due) { id intermediateRequests { dueAt answeredAt } } }";
const COMMENT: &str = "mutation($id: ID!, $t: String!) { commentOnIncident(id: $id, text: $t) { id comments { text } } }";
const SHARE: &str = "mutation($id: ID!, $ms: [String!]!) { shareIncident(id: $id, memberStates: $ms) { id sharedWith { code } } }";
const CLOSE: &str = "mutation($id: ID!) { closeIncident(id: $id) { id status } }";
const DEMAND: &str = "mutation($i: RansomDemandRecordInput!) { recordRansomDemand(input: $i) { id ransomDemand { paid noteText } } }";
const REFERRAL: &str = "mutation($i: LawEnforcementReferralInput!) { recordLawEnforcementReferral(input: $i) { id lawEnforcementReferral { authority } } }";
const RULES: &str = "{ ransomRules { memberState { code } ransomReporting referralMandatory reportingDeadlineHours lawEnforcementContact } }";
const UPDATE_RULES: &str = "mutation($i: RansomRulesInput!) { updateRansomRules(input: $i) { memberState { code } ransomReporting referralMandatory reportingDeadlineHours } }";
const STATS: &str = "{ incidentStatistics { memberState month category count fewerThanThree } }";
const NOTIFICATIONS: &str =
    "{ notifications(first: 50) { edges { node { kind incidentId detail } } } }";

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339()
}

fn report_input(app: &TestApp, aware_ago: Duration, category: &str, cross_border: bool) -> Value {
    let now = app.clock().now();
    json!({
        "title": "Ransomware on the radiology PACS",
        "startedAt": ts(now - aware_ago - Duration::hours(2)),
        "awareAt": ts(now - aware_ago),
        "category": category,
        "affectedServices": ["DIAGNOSTICS", "EMERGENCY_CARE"],
        "suspectedMalicious": true,
        "crossBorder": cross_border,
        "significanceCriteria": ["DIAGNOSTICS_OR_RECORDS_UNAVAILABLE", "EMERGENCY_CARE_DIVERTED"],
        "significanceAssessment": "Imaging unavailable; emergency admissions diverted.",
    })
}

async fn report(app: &TestApp, clinic: &Account, aware_ago: Duration) -> String {
    report_case(app, clinic, aware_ago, "RANSOMWARE", true).await
}

async fn report_case(
    app: &TestApp,
    clinic: &Account,
    aware_ago: Duration,
    category: &str,
    cross_border: bool,
) -> String {
    let r = app
        .gql(
            clinic.token(),
            REPORT,
            json!({ "i": report_input(app, aware_ago, category, cross_border) }),
        )
        .await;
    r.ok()["reportIncident"]["id"].as_str().unwrap().to_owned()
}

fn stage_report(stage: &str) -> Value {
    match stage {
        "EARLY_WARNING" => {
            json!({ "suspectedMalicious": true, "crossBorderImpact": true, "summary": "PACS encrypted, imaging down." })
        }
        "NOTIFICATION" => {
            json!({ "suspectedMalicious": true, "crossBorderImpact": true, "severity": "HIGH", "impact": "Imaging down for 2 days.", "indicatorsOfCompromise": "evil.example 203.0.113.7" })
        }
        "INTERMEDIATE" => json!({ "statusUpdate": "Restoring from backups." }),
        "PROGRESS" => {
            json!({ "statusUpdate": "Still restoring.", "mitigation": "Network segmented." })
        }
        _ => {
            json!({ "description": "LockBit on the PACS.", "severity": "HIGH", "rootCause": "Phished VPN account.", "mitigation": "MFA on VPN, restored from backup." })
        }
    }
}

async fn submit(app: &TestApp, clinic: &Account, id: &str, stage: &str) -> tests::Gql {
    app.gql(
        clinic.token(),
        SUBMIT,
        json!({ "i": { "incidentId": id, "stage": stage, "report": stage_report(stage) } }),
    )
    .await
}

async fn case(app: &TestApp, who: &Account, id: &str) -> Value {
    app.gql(who.token(), CASE, json!({ "id": id })).await.ok()["incident"].clone()
}

fn clock<'a>(case: &'a Value, stage: &str) -> &'a Value {
    case["clocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["stage"] == stage)
        .unwrap_or_else(|| panic!("no {stage} clock in {case}"))
}

/// A duration in seconds that the running clock has moved at most a minute past `secs` (in
/// the direction `sign`: -1 for time left, +1 for lateness).
fn about(v: &Value, secs: i64, sign: i64) {
    let got = v.as_i64().unwrap_or_else(|| panic!("{v} is not seconds"));
    let drift = (got - secs) * sign;
    assert!((0..=60).contains(&drift), "{got} is not about {secs}");
}

/// Success rows of the audit trail for `action`.
async fn audited(app: &TestApp, action: &str) -> usize {
    app.audit_rows()
        .await
        .iter()
        .filter(|r| r.action == action && r.outcome == "SUCCESS")
        .count()
}

#[tokio::test]
async fn the_clocks_run_with_the_servers_clock_and_each_stage_is_met_or_late() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let id = report(&app, &clinic, Duration::hours(1)).await;
    let c = case(&app, &clinic, &id).await;
    assert_eq!(c["status"], "OPEN");
    let ew = clock(&c, "EARLY_WARNING");
    assert_eq!(ew["state"], "DUE");
    about(&ew["timeLeftSeconds"], 23 * 3600, -1);
    about(&clock(&c, "NOTIFICATION")["timeLeftSeconds"], 71 * 3600, -1);
    assert_eq!(clock(&c, "FINAL")["state"], "NOT_DUE_YET");
    assert_eq!(c["nextDeadline"]["stage"], "EARLY_WARNING");

    app.clock().advance(Duration::hours(25));
    let c = case(&app, &clinic, &id).await;
    assert_eq!(clock(&c, "EARLY_WARNING")["state"], "OVERDUE");
    about(&clock(&c, "EARLY_WARNING")["lateBySeconds"], 2 * 3600, 1);

    submit(&app, &clinic, &id, "EARLY_WARNING").await.ok();
    let c = case(&app, &clinic, &id).await;
    assert_eq!(clock(&c, "EARLY_WARNING")["state"], "MET_LATE");
    about(&clock(&c, "EARLY_WARNING")["lateBySeconds"], 2 * 3600, 1);
    assert_eq!(c["nextDeadline"]["stage"], "NOTIFICATION");

    submit(&app, &clinic, &id, "NOTIFICATION").await.ok();
    let c = case(&app, &clinic, &id).await;
    assert_eq!(clock(&c, "NOTIFICATION")["state"], "MET");
    // One calendar month after the notification: the progress report's clock while ongoing.
    let notified: DateTime<Utc> = clock(&c, "NOTIFICATION")["metAt"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let progress_due: DateTime<Utc> = clock(&c, "PROGRESS")["dueAt"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let days = (progress_due - notified).num_days();
    assert!(
        (28..=31).contains(&days),
        "a calendar month, not {days} days"
    );
    assert_eq!(clock(&c, "FINAL")["state"], "NOT_DUE_YET");
}

const MY_ZONE: &str = "{ me { organisation { id timeZone } } }";
const SET_ZONE: &str =
    "mutation($z: String!) { setOrganisationTimeZone(timeZone: $z) { id timeZone } }";

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// A case aware 90 minutes ago, handled at once, its early warning submitted: the final
/// report is then due one calendar month after the notification.
async fn handled_case_with_early_warning(app: &TestApp, clinic: &Account) -> String {
    let id = report(app, clinic, Duration::minutes(90)).await;
    let handled = ts(app.clock().now() - Duration::minutes(5));
    app.gql(clinic.token(), HANDLED, json!({ "id": id, "at": handled }))
        .await
        .ok();
    submit(app, clinic, &id, "EARLY_WARNING").await.ok();
    id
}

async fn final_due_after_notification(app: &TestApp, clinic: &Account, id: &str) -> DateTime<Utc> {
    submit(app, clinic, id, "NOTIFICATION").await.ok();
    let c = case(app, clinic, id).await;
    assert_eq!(clock(&c, "NOTIFICATION")["state"], "MET");
    assert_eq!(clock(&c, "FINAL")["state"], "DUE");
    at(clock(&c, "FINAL")["dueAt"].as_str().unwrap())
}

/// The due time is `expected` plus the few milliseconds the server's clock ran on after it was
/// set (a wrong zone or UTC arithmetic would be a whole day off).
fn due_at_about(due: DateTime<Utc>, expected: &str) {
    let drift = due - at(expected);
    assert!(
        drift >= Duration::zero() && drift < Duration::minutes(1),
        "due {due}, expected {expected}"
    );
}

#[tokio::test]
async fn the_final_reports_month_is_counted_in_the_organisations_own_time_zone() {
    let app = spawn_app().await;
    let (_, berlin) = app.with_clinic("DE").await;
    let (_, canary) = app.with_clinic("ES").await;
    // A German clinic has its member state's zone until it sets its own.
    let me = app.gql(berlin.token(), MY_ZONE, json!({})).await;
    assert_eq!(me.ok()["me"]["organisation"]["timeZone"], "Europe/Berlin");
    // A clinic on the Canary Islands sets its own zone (audited); its cases count in it.
    let set = app
        .gql(canary.token(), SET_ZONE, json!({ "z": "atlantic/canary" }))
        .await;
    assert_eq!(
        set.ok()["setOrganisationTimeZone"]["timeZone"],
        "Atlantic/Canary"
    );
    assert_eq!(audited(&app, "organisation.set_time_zone").await, 1);

    let notify_at = at("2027-01-30T23:30:00Z");
    app.clock().set(notify_at - Duration::minutes(30));
    let in_berlin = handled_case_with_early_warning(&app, &berlin).await;
    let in_canary = handled_case_with_early_warning(&app, &canary).await;
    app.clock().set(notify_at);
    // 31 January 00:30 in Berlin (still 30 January in UTC): the final report is due on the
    // last day of February at 00:30 in Berlin, not on 28 February 23:30 UTC.
    due_at_about(
        final_due_after_notification(&app, &berlin, &in_berlin).await,
        "2027-02-27T23:30:00Z",
    );
    // The same instant is 23:30 on 30 January in Las Palmas (already 31 January in Madrid):
    // due 28 February 23:30 there, not a day earlier as counted in Madrid.
    due_at_about(
        final_due_after_notification(&app, &canary, &in_canary).await,
        "2027-02-28T23:30:00Z",
    );
}

#[tokio::test]
async fn only_the_clinics_provider_user_sets_its_time_zone_and_a_bad_name_is_refused() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    for bad in ["Mars/Olympus", "", "Europe/Berlin; DROP TABLE organisation"] {
        let r = app.gql(clinic.token(), SET_ZONE, json!({ "z": bad })).await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some("timeZone"));
    }
    let (_, agency) = app.with_agency("DE").await;
    let (_, authority) = app.with_authority("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    for who in [&agency, &authority, &vendor, &app.with_enisa().await] {
        app.gql(who.token(), SET_ZONE, json!({ "z": "Europe/Paris" }))
            .await
            .expect_code("FORBIDDEN");
    }
    app.gql(None, SET_ZONE, json!({ "z": "Europe/Paris" }))
        .await
        .expect_code("UNAUTHENTICATED");
    // Nothing was written: the clinic still has its member state's zone.
    assert_eq!(audited(&app, "organisation.set_time_zone").await, 0);
    let me = app.gql(clinic.token(), MY_ZONE, json!({})).await;
    assert_eq!(me.ok()["me"]["organisation"]["timeZone"], "Europe/Berlin");
    // A case follows a correction of its organisation's zone.
    let id = report(&app, &clinic, Duration::hours(1)).await;
    app.gql(clinic.token(), SET_ZONE, json!({ "z": "Europe/Paris" }))
        .await
        .ok();
    let c = app
        .gql(
            clinic.token(),
            "query($id: ID!) { incident(id: $id) { timeZone } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(c.ok()["incident"]["timeZone"], "Europe/Paris");
}

/// The ids of one page of `incidents`, with the connection.
async fn list_page(
    app: &TestApp,
    who: &Account,
    first: i64,
    after: Option<&str>,
) -> (Vec<String>, Value) {
    let list = app
        .gql(who.token(), LIST, json!({ "first": first, "after": after }))
        .await;
    let conn = list.ok()["incidents"].clone();
    let ids = conn["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
        .collect();
    (ids, conn)
}

#[tokio::test]
async fn the_authoritys_list_puts_overdue_cases_first_then_the_next_deadline() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, authority) = app.with_authority("DE").await;
    let later = report(&app, &clinic, Duration::hours(1)).await;
    let overdue = report(&app, &clinic, Duration::hours(30)).await;
    let sooner = report(&app, &clinic, Duration::hours(10)).await;
    let (ids, conn) = list_page(&app, &authority, 20, None).await;
    assert_eq!(ids, [overdue.clone(), sooner.clone(), later.clone()]);
    assert_eq!(conn["totalCount"], 3);
    assert_eq!(conn["edges"][0]["node"]["nextDeadline"]["state"], "OVERDUE");
}

#[tokio::test]
async fn the_list_pages_through_every_case_in_deadline_order_with_its_total() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, authority) = app.with_authority("DE").await;
    // Seven cases, aware 70, 60, …, 10 hours ago: their early warnings (24 h) and
    // notifications (72 h) fall due in that order, the oldest overdue first.
    let mut expected = Vec::new();
    for hours in [70, 60, 50, 40, 30, 20, 10] {
        expected.push(report(&app, &clinic, Duration::hours(hours)).await);
    }
    // One with every clock met or waiting: no deadline running, so last.
    let quiet = report(&app, &clinic, Duration::hours(2)).await;
    submit(&app, &clinic, &quiet, "EARLY_WARNING").await.ok();
    submit(&app, &clinic, &quiet, "NOTIFICATION").await.ok();
    app.gql(
        clinic.token(),
        HANDLED,
        json!({ "id": quiet, "at": ts(app.clock().now()) }),
    )
    .await
    .ok();
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    let mut pages = 0;
    loop {
        let (ids, conn) = list_page(&app, &authority, 3, after.as_deref()).await;
        assert_eq!(conn["totalCount"], 8, "every page counts every case");
        assert_eq!(conn["pageInfo"]["hasPreviousPage"], after.is_some());
        seen.extend(ids);
        pages += 1;
        if conn["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = conn["pageInfo"]["endCursor"].as_str().map(str::to_owned);
    }
    assert_eq!(pages, 3);
    // The quiet case still owes its final report (one month after the notification), so it
    // comes after every early warning still running.
    assert_eq!(seen.len(), 8);
    assert_eq!(&seen[..7], expected.as_slice());
    assert_eq!(seen[7], quiet);
    // The clinic pages through the same cases; a cursor not from this API is refused by field.
    let (ids, _) = list_page(&app, &clinic, 2, None).await;
    assert_eq!(ids, expected[..2]);
    let r = app
        .gql(
            authority.token(),
            LIST,
            json!({ "first": 2, "after": "bm90LWEtY3Vyc29y" }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("after"));
}

#[tokio::test]
async fn only_the_clinic_and_its_authority_see_a_case_everyone_else_gets_not_found() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let id = report(&app, &clinic, Duration::hours(1)).await;
    let (_, authority_de) = app.with_authority("DE").await;
    let (_, authority_fr) = app.with_authority("FR").await;
    let (_, authority_it) = app.with_authority("IT").await;
    let (_, other_clinic) = app.with_clinic("DE").await;
    let (_, clinic_fr) = app.with_clinic("FR").await;
    let (_, agency_de) = app.with_agency("DE").await;
    let (_, vendor_de) = app.with_vendor("DE").await;
    let enisa = app.with_enisa().await;
    let admin = app.with_admin().await;

    assert_eq!(case(&app, &clinic, &id).await["access"], "OWNER");
    let seen = case(&app, &authority_de, &id).await;
    assert_eq!(seen["access"], "AUTHORITY");
    assert_eq!(seen["organisationName"], "Clinic DE");

    let outsiders = [
        ("another clinic", &other_clinic),
        ("a clinic of another state", &clinic_fr),
        ("the agency officer", &agency_de),
        ("a service provider", &vendor_de),
        ("ENISA", &enisa),
        ("the platform admin", &admin),
        ("another state's authority", &authority_fr),
    ];
    let missing = Uuid::now_v7().to_string();
    for (who, account) in outsiders {
        let found = app.gql(account.token(), CASE, json!({ "id": id })).await;
        let absent = app
            .gql(account.token(), CASE, json!({ "id": missing }))
            .await;
        found.expect_code("NOT_FOUND");
        assert_eq!(
            found.body, absent.body,
            "{who}: out of scope looks like missing"
        );
        let (ids, conn) = list_page(&app, account, 20, None).await;
        assert!(ids.is_empty(), "{who} lists no case");
        assert_eq!(conn["totalCount"], 0, "{who} counts no case");
    }
    // Changes from outside are NOT_FOUND too, and change nothing.
    submit(&app, &other_clinic, &id, "EARLY_WARNING")
        .await
        .expect_code("NOT_FOUND");
    for (who, account, q, vars) in [
        (
            "FR authority closes",
            &authority_fr,
            CLOSE,
            json!({ "id": id }),
        ),
        (
            "agency requests",
            &agency_de,
            REQUEST,
            json!({ "id": id, "due": ts(app.clock().now() + Duration::days(3)) }),
        ),
        (
            "ENISA comments",
            &enisa,
            COMMENT,
            json!({ "id": id, "t": "hello" }),
        ),
        (
            "vendor shares",
            &vendor_de,
            SHARE,
            json!({ "id": id, "ms": ["FR"] }),
        ),
    ] {
        app.gql(account.token(), q, vars)
            .await
            .expect_code("NOT_FOUND");
        let _ = who;
    }
    let after = case(&app, &clinic, &id).await;
    assert_eq!(after["submissions"], json!([]));
    assert_eq!(after["comments"], json!([]));
    assert_eq!(after["status"], "OPEN");
    let probes = app
        .audit_rows()
        .await
        .iter()
        .filter(|r| r.outcome == "DENIED" && r.object_id.as_deref() == Some(id.as_str()))
        .count();
    assert!(
        probes >= 7,
        "probes of an existing case are audited ({probes})"
    );

    // The clinic may not do the authority's work on its own case.
    app.gql(clinic.token(), CLOSE, json!({ "id": id }))
        .await
        .expect_code("FORBIDDEN");
    app.gql(None, CASE, json!({ "id": id }))
        .await
        .expect_code("UNAUTHENTICATED");

    // Shared across borders: France reads only; Italy still finds nothing.
    let shared = app
        .gql(
            authority_de.token(),
            SHARE,
            json!({ "id": id, "ms": ["FR"] }),
        )
        .await;
    assert_eq!(
        shared.ok()["shareIncident"]["sharedWith"],
        json!([{ "code": "FR" }])
    );
    assert_eq!(
        case(&app, &authority_fr, &id).await["access"],
        "SHARED_READ_ONLY"
    );
    app.gql(authority_fr.token(), CLOSE, json!({ "id": id }))
        .await
        .expect_code("FORBIDDEN");
    app.gql(
        authority_fr.token(),
        COMMENT,
        json!({ "id": id, "t": "seen" }),
    )
    .await
    .expect_code("FORBIDDEN");
    app.gql(authority_it.token(), CASE, json!({ "id": id }))
        .await
        .expect_code("NOT_FOUND");
    assert_eq!(case(&app, &clinic, &id).await["status"], "OPEN");
}

#[tokio::test]
async fn a_report_with_awareness_in_the_future_or_before_the_start_is_refused_and_nothing_is_written()
 {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let now = app.clock().now();
    let mut future = report_input(&app, Duration::hours(1), "RANSOMWARE", false);
    future["awareAt"] = json!(ts(now + Duration::minutes(5)));
    let mut early = report_input(&app, Duration::hours(1), "RANSOMWARE", false);
    early["awareAt"] = json!(ts(now - Duration::hours(10)));
    let mut no_criteria = report_input(&app, Duration::hours(1), "RANSOMWARE", false);
    no_criteria["significanceCriteria"] = json!([]);
    for (input, field) in [
        (future, "awareAt"),
        (early, "awareAt"),
        (no_criteria, "significance.criteria"),
    ] {
        let r = app.gql(clinic.token(), REPORT, json!({ "i": input })).await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some(field));
    }
    let (ids, conn) = list_page(&app, &clinic, 20, None).await;
    assert!(ids.is_empty());
    assert_eq!(conn["totalCount"], 0);
    assert_eq!(audited(&app, "incident.report").await, 0);
}

#[tokio::test]
async fn a_stage_out_of_order_or_twice_is_refused_naming_the_stage_and_nothing_is_written() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let id = report(&app, &clinic, Duration::hours(1)).await;
    for stage in ["NOTIFICATION", "FINAL", "INTERMEDIATE", "PROGRESS"] {
        let r = submit(&app, &clinic, &id, stage).await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some("stage"), "{stage}");
    }
    submit(&app, &clinic, &id, "EARLY_WARNING").await.ok();
    let twice = submit(&app, &clinic, &id, "EARLY_WARNING").await;
    twice.expect_code("VALIDATION");
    assert_eq!(twice.field(), Some("stage"));
    // Content is checked too, naming the report's field.
    let empty = app
        .gql(
            clinic.token(),
            SUBMIT,
            json!({ "i": { "incidentId": id, "stage": "NOTIFICATION", "report": { "suspectedMalicious": true, "crossBorderImpact": false, "severity": "LOW", "impact": " " } } }),
        )
        .await;
    empty.expect_code("VALIDATION");
    assert_eq!(empty.field(), Some("report.impact"));
    let c = case(&app, &clinic, &id).await;
    assert_eq!(c["submissions"].as_array().unwrap().len(), 1);
    assert_eq!(audited(&app, "incident.submit").await, 1);
    // A submitted stage is kept as submitted.
    assert_eq!(
        c["submissions"][0]["report"]["summary"],
        "PACS encrypted, imaging down."
    );
}

#[tokio::test]
async fn the_authority_requests_an_intermediate_report_acknowledges_comments_and_closes() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, authority) = app.with_authority("DE").await;
    let id = report(&app, &clinic, Duration::hours(1)).await;
    submit(&app, &clinic, &id, "EARLY_WARNING").await.ok();
    let due = app.clock().now() + Duration::days(2);
    let past = app
        .gql(
            authority.token(),
            REQUEST,
            json!({ "id": id, "due": ts(app.clock().now() - Duration::hours(1)) }),
        )
        .await;
    past.expect_code("VALIDATION");
    assert_eq!(past.field(), Some("dueAt"));
    app.gql(
        authority.token(),
        REQUEST,
        json!({ "id": id, "due": ts(due) }),
    )
    .await
    .ok();
    let c = case(&app, &clinic, &id).await;
    let inter = c["clocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["stage"] == "INTERMEDIATE")
        .unwrap();
    assert_eq!(inter["state"], "DUE");
    assert_eq!(inter["request"], 0);
    submit(&app, &clinic, &id, "INTERMEDIATE").await.ok();
    let c = case(&app, &clinic, &id).await;
    assert!(c["intermediateRequests"][0]["answeredAt"].is_string());
    assert_eq!(clock(&c, "INTERMEDIATE")["state"], "MET");

    let sub = c["submissions"][0]["id"].as_str().unwrap().to_owned();
    let acked = app.gql(authority.token(), ACK, json!({ "s": sub })).await;
    assert!(
        acked.ok()["acknowledgeIncidentReport"]["submissions"][0]["acknowledgedAt"].is_string()
    );
    let again = app.gql(authority.token(), ACK, json!({ "s": sub })).await;
    again.expect_code("VALIDATION");
    assert_eq!(again.field(), Some("stage"));
    app.gql(clinic.token(), ACK, json!({ "s": sub }))
        .await
        .expect_code("FORBIDDEN");

    app.gql(
        authority.token(),
        COMMENT,
        json!({ "id": id, "t": "Please send the IoCs." }),
    )
    .await
    .ok();
    app.gql(
        clinic.token(),
        COMMENT,
        json!({ "id": id, "t": "Coming with the notification." }),
    )
    .await
    .ok();
    let c = case(&app, &clinic, &id).await;
    assert_eq!(c["comments"].as_array().unwrap().len(), 2);
    assert_eq!(c["comments"][0]["authorRole"], "AUTHORITY_OFFICER");

    let closed = app.gql(authority.token(), CLOSE, json!({ "id": id })).await;
    assert_eq!(closed.ok()["closeIncident"]["status"], "CLOSED");
    let late = submit(&app, &clinic, &id, "NOTIFICATION").await;
    late.expect_code("INVALID_STATE_TRANSITION");
}

fn de_rules(mandatory: bool) -> Value {
    json!({ "i": { "ransomReporting": "REQUIRED", "referralMandatory": mandatory, "reportingDeadlineHours": 24, "lawEnforcementContact": "LKA Berlin, Cybercrime: +49 30 4664-0" } })
}

fn demand(app: &TestApp, amount: &str, note: &str) -> Value {
    json!({
        "receivedAt": ts(app.clock().now() - Duration::minutes(30)),
        "amount": { "amount": amount, "asset": "BTC" },
        "threatActor": "LockBit 3.0",
        "noteText": note,
        "paid": false,
    })
}

#[tokio::test]
async fn a_mandatory_referral_blocks_the_final_report_and_closing_until_it_is_recorded() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, authority) = app.with_authority("DE").await;
    app.gql(authority.token(), UPDATE_RULES, de_rules(true))
        .await
        .ok();
    let id = report(&app, &clinic, Duration::hours(1)).await;
    submit(&app, &clinic, &id, "EARLY_WARNING").await.ok();
    submit(&app, &clinic, &id, "NOTIFICATION").await.ok();
    let handled_at = ts(app.clock().now() - Duration::minutes(10));
    app.gql(
        clinic.token(),
        HANDLED,
        json!({ "id": id, "at": handled_at }),
    )
    .await
    .ok();

    // A negative amount is refused, naming the field; nothing is recorded.
    let mut negative = demand(&app, "-2.5", "pay or else");
    negative["incidentId"] = json!(id);
    let r = app
        .gql(clinic.token(), DEMAND, json!({ "i": negative }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("amount"));
    assert!(case(&app, &clinic, &id).await["ransomDemand"].is_null());

    let mut d = demand(&app, "2.5", "Your files are encrypted. Pay 2.5 BTC.");
    d["incidentId"] = json!(id);
    app.gql(clinic.token(), DEMAND, json!({ "i": d }))
        .await
        .ok();
    let c = case(&app, &authority, &id).await;
    assert_eq!(
        c["ransomDemand"]["amount"],
        json!({ "amount": "2.5", "currency": null, "asset": "BTC" })
    );
    assert!(c["ransomDemand"]["reportingDueAt"].is_string());
    assert_eq!(c["ransomRules"]["referralMandatory"], true);

    let blocked = submit(&app, &clinic, &id, "FINAL").await;
    blocked.expect_code("VALIDATION");
    assert_eq!(blocked.field(), Some("referral"));
    let message = blocked.body["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("DE requires a law-enforcement referral"),
        "{message}"
    );
    let close = app.gql(authority.token(), CLOSE, json!({ "id": id })).await;
    close.expect_code("VALIDATION");
    assert_eq!(close.field(), Some("referral"));
    let c = case(&app, &clinic, &id).await;
    assert_eq!(c["submissions"].as_array().unwrap().len(), 2);
    assert_eq!(c["status"], "OPEN");

    // Dates are the clinic's own (Europe/Berlin): after 23:00 UTC its today is UTC's tomorrow.
    let berlin = domain::calendar::TimeZoneName::parse("Europe/Berlin").unwrap();
    let today = domain::calendar::local_date(app.clock().now(), &berlin)
        .unwrap()
        .to_string();
    let future = (app.clock().now() + Duration::days(2))
        .date_naive()
        .to_string();
    let bad = app
        .gql(clinic.token(), REFERRAL, json!({ "i": { "incidentId": id, "authority": "LKA Berlin", "referredOn": future, "caseReference": "LKA-2026-42" } }))
        .await;
    bad.expect_code("VALIDATION");
    assert_eq!(bad.field(), Some("referredOn"));
    app.gql(clinic.token(), REFERRAL, json!({ "i": { "incidentId": id, "authority": "LKA Berlin", "referredOn": today, "caseReference": "LKA-2026-42" } }))
        .await
        .ok();
    submit(&app, &clinic, &id, "FINAL").await.ok();
    let closed = app.gql(authority.token(), CLOSE, json!({ "id": id })).await;
    assert_eq!(closed.ok()["closeIncident"]["status"], "CLOSED");
}

#[tokio::test]
async fn where_the_referral_is_not_mandatory_the_final_report_goes_through() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("FR").await;
    let id = report(&app, &clinic, Duration::hours(1)).await;
    submit(&app, &clinic, &id, "EARLY_WARNING").await.ok();
    submit(&app, &clinic, &id, "NOTIFICATION").await.ok();
    let mut d = demand(&app, "1", "note");
    d["incidentId"] = json!(id);
    app.gql(clinic.token(), DEMAND, json!({ "i": d }))
        .await
        .ok();
    let handled_at = ts(app.clock().now());
    app.gql(
        clinic.token(),
        HANDLED,
        json!({ "id": id, "at": handled_at }),
    )
    .await
    .ok();
    submit(&app, &clinic, &id, "FINAL").await.ok();
}

#[tokio::test]
async fn ransom_rules_are_public_and_only_a_states_authority_changes_its_own_audited() {
    let app = spawn_app().await;
    let all = app.gql(None, RULES, json!({})).await;
    let rules = all.ok()["ransomRules"].as_array().unwrap().clone();
    assert_eq!(rules.len(), 27);
    assert!(rules.iter().all(|r| r["ransomReporting"] == "ENCOURAGED"));

    let (_, authority) = app.with_authority("DE").await;
    let (_, agency) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    for who in [&agency, &clinic] {
        app.gql(who.token(), UPDATE_RULES, de_rules(true))
            .await
            .expect_code("FORBIDDEN");
    }
    let mut bad = de_rules(true);
    bad["i"]["reportingDeadlineHours"] = json!(0);
    let r = app.gql(authority.token(), UPDATE_RULES, bad).await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("reportingDeadlineHours"));
    assert_eq!(audited(&app, "ransom_rules.update").await, 0);

    let saved = app
        .gql(authority.token(), UPDATE_RULES, de_rules(true))
        .await;
    assert_eq!(saved.ok()["updateRansomRules"]["memberState"]["code"], "DE");
    assert_eq!(audited(&app, "ransom_rules.update").await, 1);
    let all = app.gql(None, RULES, json!({})).await;
    let de = all.ok()["ransomRules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["memberState"]["code"] == "DE")
        .unwrap()
        .clone();
    assert_eq!(de["ransomReporting"], "REQUIRED");
    assert_eq!(de["referralMandatory"], true);
    assert_eq!(de["reportingDeadlineHours"], 24);
}

/// Every byte the database holds: the SQLite file and its WAL, or every row of every table of
/// the PostgreSQL database as JSON.
async fn raw_database(app: &TestApp) -> String {
    use sea_orm::{ConnectionTrait, Statement};
    let db = app.state.store.db();
    match app.db.kind {
        tests::DbKind::Sqlite => {
            let path = app
                .db
                .url
                .trim_start_matches("sqlite://")
                .split('?')
                .next()
                .unwrap()
                .to_owned();
            let mut bytes = std::fs::read(&path).unwrap();
            if let Ok(wal) = std::fs::read(format!("{path}-wal")) {
                bytes.extend(wal);
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
        tests::DbKind::Postgres => {
            let backend = db.get_database_backend();
            let tables = db
                .query_all_raw(Statement::from_string(
                    backend,
                    "SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = 'public'",
                ))
                .await
                .unwrap();
            let mut out = String::new();
            for t in tables {
                let name: String = t.try_get("", "t").unwrap();
                let rows = db
                    .query_all_raw(Statement::from_string(
                        backend,
                        format!("SELECT row_to_json(x)::text AS j FROM \"{name}\" x"),
                    ))
                    .await
                    .unwrap();
                for r in rows {
                    out.push_str(&r.try_get::<String>("", "j").unwrap());
                    out.push('\n');
                }
            }
            out
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_ransom_note_and_free_text_never_reach_the_database_or_the_logs_in_clear() {
    let logs = tests::LogCapture::default();
    let _guard = logs.install();
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, authority) = app.with_authority("DE").await;
    let id = report(&app, &clinic, Duration::hours(1)).await;
    submit(&app, &clinic, &id, "EARLY_WARNING").await.ok();
    let secret_note = format!("NOTE-{} all your scans are ours", Uuid::new_v4().simple());
    let secret_ioc = format!("IOC-{}", Uuid::new_v4().simple());
    let secret_comment = format!("COMMENT-{}", Uuid::new_v4().simple());
    app.gql(
        clinic.token(),
        SUBMIT,
        json!({ "i": { "incidentId": id, "stage": "NOTIFICATION", "report": { "suspectedMalicious": true, "crossBorderImpact": false, "severity": "HIGH", "impact": "Imaging down.", "indicatorsOfCompromise": secret_ioc } } }),
    )
    .await
    .ok();
    let mut d = demand(&app, "3", &secret_note);
    d["incidentId"] = json!(id);
    app.gql(clinic.token(), DEMAND, json!({ "i": d }))
        .await
        .ok();
    app.gql(
        authority.token(),
        COMMENT,
        json!({ "id": id, "t": secret_comment }),
    )
    .await
    .ok();
    // A refused request carrying the note (a second demand) does not leak it either.
    let mut again = demand(&app, "3", &secret_note);
    again["incidentId"] = json!(id);
    app.gql(clinic.token(), DEMAND, json!({ "i": again }))
        .await
        .expect_code("CONFLICT");

    // The case's readers see the text.
    let c = case(&app, &authority, &id).await;
    assert_eq!(c["ransomDemand"]["noteText"], secret_note.as_str());
    assert_eq!(c["comments"][0]["text"], secret_comment.as_str());
    assert_eq!(
        c["submissions"][1]["report"]["indicatorsOfCompromise"],
        secret_ioc.as_str()
    );

    let raw = raw_database(&app).await;
    let metrics = app
        .http
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let log_text = logs.text();
    assert!(raw.contains(&id), "the raw dump holds the case's rows");
    assert!(!log_text.is_empty(), "the server's logs were captured");
    for secret in [&secret_note, &secret_ioc, &secret_comment] {
        let marker = &secret[..20];
        assert!(!raw.contains(marker), "{marker} in the raw database");
        assert!(!log_text.contains(marker), "{marker} in the logs");
        assert!(!metrics.contains(marker), "{marker} in /metrics");
    }
    // The audit trail keeps the note's hash, never the text.
    let demand_row = app
        .audit_rows()
        .await
        .into_iter()
        .find(|r| r.action == "ransom.record_demand")
        .unwrap();
    let hash = api::store::sealed::digest(&secret_note);
    assert!(demand_row.detail.contains(&hash), "{}", demand_row.detail);
}

#[tokio::test]
async fn statistics_suppress_small_cells_for_everyone_but_the_states_own_authority() {
    let app = spawn_app().await;
    let (_, clinic_de) = app.with_clinic("DE").await;
    let (_, clinic_fr) = app.with_clinic("FR").await;
    let (_, authority_de) = app.with_authority("DE").await;
    let (_, authority_fr) = app.with_authority("FR").await;
    let enisa = app.with_enisa().await;
    for _ in 0..3 {
        report_case(&app, &clinic_de, Duration::hours(1), "RANSOMWARE", false).await;
    }
    report_case(&app, &clinic_de, Duration::hours(1), "DATA_BREACH", false).await;
    report_case(&app, &clinic_fr, Duration::hours(1), "DATA_BREACH", false).await;
    let cell = |r: &tests::Gql, ms: &str, cat: &str| -> Value {
        r.ok()["incidentStatistics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["memberState"] == ms && c["category"] == cat)
            .unwrap()
            .clone()
    };
    for who in [None, enisa.token(), authority_fr.token()] {
        let r = app.gql(who, STATS, json!({})).await;
        assert_eq!(cell(&r, "DE", "RANSOMWARE")["count"], 3);
        let small = cell(&r, "DE", "DATA_BREACH");
        assert_eq!(small["count"], Value::Null, "never the figure");
        assert_eq!(small["fewerThanThree"], true);
        assert!(!r.body.to_string().contains("Clinic DE"), "no names");
    }
    let own = app.gql(authority_de.token(), STATS, json!({})).await;
    assert_eq!(cell(&own, "DE", "DATA_BREACH")["count"], 1);
    assert_eq!(cell(&own, "FR", "DATA_BREACH")["count"], Value::Null);
}

async fn notifications(app: &TestApp, who: &Account) -> Vec<(String, String)> {
    let r = app.gql(who.token(), NOTIFICATIONS, json!({})).await;
    r.ok()["notifications"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["node"]["kind"].as_str().unwrap().to_owned(),
                e["node"]["detail"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_escalation_job_notifies_once_before_expiry_and_once_when_overdue_with_two_processes() {
    let app = spawn_app().await;
    let other = app.another_process(TestApp::builder()).await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, authority) = app.with_authority("DE").await;
    let (_, authority_fr) = app.with_authority("FR").await;
    // Aware 19 h ago: the early warning is due in 5 h.
    let id = report(&app, &clinic, Duration::hours(19)).await;
    let (a, b) = tokio::join!(
        api::jobs::incident_escalation::sweep(&app.state),
        api::jobs::incident_escalation::sweep(&other.state),
    );
    assert_eq!(
        a.unwrap() + b.unwrap(),
        1,
        "one reminder across both processes"
    );
    let (a, b) = tokio::join!(
        api::jobs::incident_escalation::sweep(&app.state),
        api::jobs::incident_escalation::sweep(&other.state),
    );
    assert_eq!(a.unwrap() + b.unwrap(), 0, "never twice");
    let expected = vec![(
        "INCIDENT_CLOCK_ABOUT_TO_EXPIRE".to_owned(),
        "EARLY_WARNING".to_owned(),
    )];
    assert_eq!(notifications(&app, &clinic).await, expected);
    assert_eq!(notifications(&app, &authority).await, expected);
    assert!(notifications(&app, &authority_fr).await.is_empty());

    app.clock().advance(Duration::hours(6));
    let (a, b) = tokio::join!(
        api::jobs::incident_escalation::sweep(&app.state),
        api::jobs::incident_escalation::sweep(&other.state),
    );
    assert_eq!(a.unwrap() + b.unwrap(), 1, "the overdue reminder, once");
    let kinds: Vec<String> = notifications(&app, &clinic)
        .await
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert!(
        kinds.contains(&"INCIDENT_CLOCK_OVERDUE".to_owned()),
        "{kinds:?}"
    );
    assert_eq!(kinds.len(), 2);

    // A met clock owes nothing more; a closed case owes nothing.
    submit(&app, &clinic, &id, "EARLY_WARNING").await.ok();
    app.gql(authority.token(), CLOSE, json!({ "id": id }))
        .await
        .ok();
    app.clock().advance(Duration::hours(72));
    let n = api::jobs::incident_escalation::sweep(&app.state)
        .await
        .unwrap();
    assert_eq!(n, 0);
}
