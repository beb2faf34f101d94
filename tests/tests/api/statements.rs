//! What a nested read costs the database, counted from the server's own statement counter
//! (`db_statements_total` on `/metrics`): relations load batched, one statement per relation
//! and level, never one per parent (issue #15: "statements per request ≤ depth + 1").
//! The server runs on the test's single-threaded runtime, where a batch cannot split by timing,
//! so these tests check the structure (no query per parent), deterministically.
use serde_json::{Value, json};
use tests::{TestApp, spawn_app};

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
        "{ voucherApplications(first: 20) { nodes { id program { id } organisation { id } voucher { id } } } }",
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
    // Three relations: at most one statement each, whatever the number of applications.
    assert!(
        nested_count <= flat_count + 3,
        "flat page {flat_count} statements, with three relations {nested_count}"
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
