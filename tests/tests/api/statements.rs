//! What a nested read costs the database, counted from the server's own statement counter
//! (`db_statements_total` on `/metrics`): relations load batched, one statement per relation
//! and level, never one per parent (issue #15: "statements per request ≤ depth + 1").
//! The server runs on the test's single-threaded runtime, where a batch cannot split by timing,
//! so these tests check the structure (no query per parent), deterministically.
use serde_json::{Value, json};
use tests::{TestApp, spawn_app};
use uuid::Uuid;

async fn statements(app: &TestApp) -> u64 {
    let text = app
        .http
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("db_statements_total "))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// Runs `query` and returns its data and the statements it issued (after a first run that
/// warms the session cache, so only the read itself is counted).
async fn counted(app: &TestApp, token: Option<&str>, query: &str) -> (Value, u64) {
    app.gql(token, query, json!({})).await.ok();
    let before = statements(app).await;
    let data = app.gql(token, query, json!({})).await.ok().clone();
    (data, statements(app).await - before)
}

#[tokio::test]
async fn a_page_of_applications_with_their_relations_takes_one_statement_per_relation() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let mut programmes = Vec::new();
    for code in ["STMT-1", "STMT-2"] {
        programmes.push(app.with_open_programme(&officer, code, "1000000").await);
    }
    for (i, programme) in programmes.iter().cycle().take(6).enumerate() {
        let (_, clinic) = app.with_clinic("DE").await;
        if i % 3 == 0 {
            app.with_voucher(&officer, &clinic, *programme, "2000")
                .await;
        } else {
            app.with_submitted_application(&clinic, *programme, "2000")
                .await;
        }
    }
    let (flat, flat_count) = counted(
        &app,
        officer.token(),
        "{ voucherApplications(first: 20) { nodes { id } } }",
    )
    .await;
    assert_eq!(
        flat["voucherApplications"]["nodes"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    let (data, nested_count) = counted(
        &app,
        officer.token(),
        "{ voucherApplications(first: 20) { nodes { id program { id } organisation { id } voucher { id } attachments { id } } } }",
    )
    .await;
    let nodes = data["voucherApplications"]["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), 6);
    assert!(nodes.iter().all(|n| n["program"]["id"].is_string()));
    assert_eq!(
        nodes
            .iter()
            .filter(|n| n["voucher"]["id"].is_string())
            .count(),
        2
    );
    assert!(nodes.iter().all(|n| n["attachments"].is_array()));
    // Four relations: at most one statement each, whatever the number of applications.
    assert!(
        nested_count <= flat_count + 4,
        "flat page {flat_count} statements, with four relations {nested_count}"
    );
}

#[tokio::test]
async fn a_page_of_programmes_with_their_ledgers_takes_one_statement_for_all_ledgers() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    for i in 0..5 {
        app.with_open_programme(&officer, &format!("LEDGER-{i}"), "1000000")
            .await;
    }
    let (flat, flat_count) = counted(
        &app,
        officer.token(),
        "{ voucherPrograms(first: 20) { nodes { id } } }",
    )
    .await;
    assert_eq!(
        flat["voucherPrograms"]["nodes"].as_array().unwrap().len(),
        5
    );
    let (data, nested_count) = counted(
        &app,
        officer.token(),
        "{ voucherPrograms(first: 20) { nodes { id ledger(first: 20) { totalCount nodes { id } } } } }",
    )
    .await;
    let nodes = data["voucherPrograms"]["nodes"].as_array().unwrap();
    assert!(
        nodes
            .iter()
            .all(|n| !n["ledger"]["nodes"].as_array().unwrap().is_empty())
    );
    // Each programme's one allocation, counted per programme by the same statement.
    assert!(
        nodes.iter().all(|n| n["ledger"]["totalCount"] == 1),
        "{data}"
    );
    assert!(
        nested_count <= flat_count + 1,
        "flat page {flat_count} statements, with the ledgers {nested_count}"
    );
}

#[tokio::test]
async fn a_page_of_programmes_with_their_applications_and_organisations_takes_one_statement_per_level()
 {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, other_officer) = app.with_agency("FR").await;
    let mut programmes = Vec::new();
    for code in ["APPS-1", "APPS-2", "APPS-3"] {
        programmes.push(app.with_open_programme(&officer, code, "1000000").await);
    }
    let elsewhere = app
        .with_open_programme(&other_officer, "APPS-FR", "1000000")
        .await;
    // Three applications to the first programme, two to the second, none to the third, and
    // one in another member state that the officer must not see.
    let mut clinics = Vec::new();
    let mut newest_first = Vec::new();
    for programme in [0, 0, 1, 0, 1] {
        let (_, clinic) = app.with_clinic("DE").await;
        let id = app
            .with_submitted_application(&clinic, programmes[programme], "2000")
            .await;
        newest_first.insert(0, (programmes[programme], id));
        clinics.push(clinic);
    }
    let (_, french_clinic) = app.with_clinic("FR").await;
    app.with_submitted_application(&french_clinic, elsewhere, "2000")
        .await;

    let (_, flat_count) = counted(
        &app,
        officer.token(),
        "{ voucherPrograms(first: 20) { nodes { id } } }",
    )
    .await;
    let (data, nested_count) = counted(
        &app,
        officer.token(),
        "{ voucherPrograms(first: 20) { nodes { id applications(first: 2) { totalCount pageInfo { hasNextPage } nodes { id organisation { id } smeSnapshot { category } } } } } }",
    )
    .await;
    let nodes = data["voucherPrograms"]["nodes"].as_array().unwrap();
    // The French programme is open, so visible; its application is not (totalCount 0).
    assert_eq!(nodes.len(), 4, "{data}");
    for node in nodes {
        let id = Uuid::parse_str(node["id"].as_str().unwrap()).unwrap();
        let expected: Vec<String> = newest_first
            .iter()
            .filter(|(p, _)| *p == id)
            .map(|(_, a)| a.to_string())
            .collect();
        let got: Vec<String> = node["applications"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(got, expected.iter().take(2).cloned().collect::<Vec<_>>());
        assert_eq!(node["applications"]["totalCount"], expected.len());
        assert_eq!(
            node["applications"]["pageInfo"]["hasNextPage"],
            expected.len() > 2
        );
        for n in node["applications"]["nodes"].as_array().unwrap() {
            assert!(n["organisation"]["id"].is_string(), "{n}");
            // The snapshot is read when asked for, also in a batched page.
            assert!(n["smeSnapshot"]["category"].is_string(), "{n}");
        }
    }
    // Two levels below the programmes: one statement for every programme's applications,
    // one for all their organisations.
    assert!(
        nested_count <= flat_count + 2,
        "flat page {flat_count} statements, with applications and organisations {nested_count}"
    );
}

#[tokio::test]
async fn a_programmes_applications_are_those_the_caller_may_see_and_page_on() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let programme = app.with_open_programme(&officer, "APPS-P", "1000000").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let own = app
        .with_submitted_application(&clinic, programme, "2000")
        .await;
    let (_, other) = app.with_clinic("DE").await;
    let others = app
        .with_submitted_application(&other, programme, "2000")
        .await;
    let query = "query($id: ID!, $after: String) { voucherProgram(id: $id) { applications(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }";

    // A clinic sees its own application only.
    let r = app
        .gql(clinic.token(), query, json!({ "id": programme }))
        .await;
    let mine = &r.ok()["voucherProgram"]["applications"];
    assert_eq!(mine["totalCount"], 1);
    assert_eq!(mine["nodes"][0]["id"], own.to_string());

    // The agency pages through both, newest first, with the cursor.
    let r = app
        .gql(officer.token(), query, json!({ "id": programme }))
        .await;
    let first = r.ok()["voucherProgram"]["applications"].clone();
    assert_eq!(first["totalCount"], 2);
    assert_eq!(first["nodes"][0]["id"], others.to_string());
    assert_eq!(first["pageInfo"]["hasNextPage"], true);
    let after = first["pageInfo"]["endCursor"].as_str().unwrap();
    let r = app
        .gql(
            officer.token(),
            query,
            json!({ "id": programme, "after": after }),
        )
        .await;
    let second = &r.ok()["voucherProgram"]["applications"];
    assert_eq!(second["nodes"][0]["id"], own.to_string());
    assert_eq!(second["pageInfo"]["hasNextPage"], false);

    // Anyone else sees the open programme but no applications.
    let r = app.gql(None, query, json!({ "id": programme })).await;
    assert!(r.ok()["voucherProgram"]["applications"].is_null());
}

#[tokio::test]
async fn the_pending_work_takes_two_statements_whatever_waits() {
    const PENDING: &str = "{ pendingWork(first: 20) { reviews { count items { id organisationName } } secondApprovals { count items { id } } payments { count items { id } } paymentSecondApprovals { count items { id } } verifications { count items { id } } } }";
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let programme = app
        .with_open_programme(&officer, "PENDING-STMT", "1000000")
        .await;
    let (_, baseline) = counted(&app, officer.token(), "{ __typename }").await;
    let (data, empty) = counted(&app, officer.token(), PENDING).await;
    assert_eq!(data["pendingWork"]["reviews"]["count"], 0);
    // One statement counts every kind, one reads the oldest of every kind.
    assert_eq!(empty, baseline + 2, "nothing waits: {empty} statements");

    for i in 0..6 {
        let (_, clinic) = app.with_clinic("DE").await;
        let id = app
            .with_submitted_application(&clinic, programme, "2000")
            .await;
        if i % 2 == 0 {
            app.gql(
                officer.token(),
                "mutation($id: ID!) { recommendVoucherApplication(id: $id) { id } }",
                json!({ "id": id }),
            )
            .await
            .ok();
        }
        app.with_pending_clinic("DE").await;
    }
    let (data, busy) = counted(&app, officer.token(), PENDING).await;
    let w = &data["pendingWork"];
    assert_eq!(w["reviews"]["count"], 3);
    assert_eq!(w["secondApprovals"]["count"], 3);
    assert_eq!(w["verifications"]["items"].as_array().unwrap().len(), 6);
    assert_eq!(busy, empty, "with 15 items waiting: {busy} statements");
}
