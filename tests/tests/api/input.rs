//! Input that is refused cleanly, in one place for HTTP and WebSocket (`graphql/guard.rs`):
//! control characters, enum literals written as strings, amounts that are not plain decimal
//! strings, oversized bodies; and GraphQL over HTTP's `application/graphql-response+json`.
use serde_json::{Value, json};
use tests::fixtures::APPROVE_APPLICATION;
use tests::spawn_app;

const REJECT: &str =
    "mutation($id: ID!, $r: String!) { rejectVoucherApplication(id: $id, reason: $r) { id } }";

/// A NUL byte reached PostgreSQL and came back as INTERNAL; every string input is now checked
/// first, on both databases, naming the field.
#[tokio::test]
async fn control_characters_in_any_string_input_are_refused_naming_the_field() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let id = uuid::Uuid::now_v7();
    let r = app
        .gql(
            officer.token(),
            REJECT,
            json!({ "id": id, "r": "no\u{0}pe" }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("$r"));
    let r = app
        .gql(
            None,
            "mutation($e: String!) { login(email: $e, password: \"x\") { token } }",
            json!({ "e": "a\u{0}@b.example" }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("$e"));
    let r = app
        .gql(
            officer.token(),
            "{ organisations(filter: { nameContains: \"x\\u0000y\" }) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("filter.nameContains"));
    // A raw escape code (log injection) too; newline and tab stay allowed.
    let r = app
        .gql(
            officer.token(),
            REJECT,
            json!({ "id": id, "r": "x\u{1b}[31m" }),
        )
        .await;
    assert_eq!(r.field(), Some("$r"));
    let r = app
        .gql(
            officer.token(),
            REJECT,
            json!({ "id": id, "r": "line\nnext\ttab" }),
        )
        .await;
    r.expect_code("NOT_FOUND");
    // Nothing was written for the refused ones.
    assert!(
        app.audit_rows()
            .await
            .iter()
            .all(|row| !row.detail.contains('\u{0}'))
    );
}

#[tokio::test]
async fn an_enum_written_as_a_string_literal_is_a_validation_error() {
    let app = spawn_app().await;
    let r = app
        .gql(
            None,
            "{ voucherPrograms(filter: { status: \"OPEN\" }) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("filter.status"));
    app.gql(
        None,
        "{ voucherPrograms(filter: { status: OPEN }) { edges { node { id } } } }",
        json!({}),
    )
    .await
    .ok();
}

#[tokio::test]
async fn amounts_are_only_plain_decimal_strings() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let programme = app.with_draft_programme(&officer, "DE-AMOUNTS").await;
    const ALLOCATE: &str =
        "mutation($i: FundsInput!) { allocateFunds(input: $i) { entry { amount } } }";
    for bad in [
        json!("1e3"),
        json!("+5"),
        json!("5."),
        json!(1000),
        json!(12.5),
    ] {
        let r = app
            .gql(
                officer.token(),
                ALLOCATE,
                json!({ "i": { "programId": programme, "amount": bad, "currency": "EUR", "reference": "b" } }),
            )
            .await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some("$i.amount"), "{bad}");
    }
    // A variable passed straight to an amount argument, and a literal.
    let r = app
        .gql(
            officer.token(),
            APPROVE_APPLICATION,
            json!({ "id": uuid::Uuid::now_v7(), "amount": 500 }),
        )
        .await;
    assert_eq!(r.field(), Some("$amount"));
    let ok = app
        .gql(
            officer.token(),
            ALLOCATE,
            json!({ "i": { "programId": programme, "amount": "1000.50", "currency": "EUR", "reference": "b" } }),
        )
        .await;
    assert_eq!(ok.ok()["allocateFunds"]["entry"]["amount"], "1000.50");
    // Nothing of the refused ones was booked.
    let ledger = app
        .gql(
            officer.token(),
            "query($id: ID!) { voucherProgram(id: $id) { funds { allocated } } }",
            json!({ "id": programme }),
        )
        .await;
    assert_eq!(
        ledger.ok()["voucherProgram"]["funds"]["allocated"],
        "1000.50"
    );
}

#[tokio::test]
async fn an_oversized_body_answers_413_in_the_error_shape() {
    let app = spawn_app().await;
    let pad = "x".repeat(520 * 1024);
    let r = app
        .http
        .post(app.url("/graphql"))
        .json(&json!({ "query": "{ memberStates { code } }", "variables": { "pad": pad } }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["errors"][0]["extensions"]["code"], "VALIDATION");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("bytes")
    );
}

/// GraphQL over HTTP: with `application/graphql-response+json`, a request that cannot run is a
/// 4xx; `application/json` keeps answering 200 for existing clients.
#[tokio::test]
async fn the_graphql_response_media_type_answers_request_errors_with_4xx() {
    let app = spawn_app().await;
    let send = |accept: &'static str, query: &'static str| {
        app.http
            .post(app.url("/graphql"))
            .header("accept", accept)
            .json(&json!({ "query": query }))
            .send()
    };
    for (query, what) in [
        ("{ memberStates { code ", "a syntax error"),
        ("{ noSuchField }", "a validation error"),
    ] {
        let r = send("application/graphql-response+json", query)
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{what}");
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/graphql-response+json")
        );
        let r = send("application/json", query).await.unwrap();
        assert_eq!(r.status(), 200, "{what} under application/json");
    }
    let ok = send(
        "application/graphql-response+json",
        "{ memberStates { code } }",
    )
    .await
    .unwrap();
    assert_eq!(ok.status(), 200);
    let r = send("text/html", "{ memberStates { code } }")
        .await
        .unwrap();
    assert_eq!(r.status(), 406);
}
