//! CSRF content types, GET for queries only, and the GraphQL limits.
use serde_json::{Value, json};
use tests::{TestApp, spawn_app};

const REGISTER: &str = "mutation { registerOrganisation(input: { name: \"CSRF Klinik\", memberState: \"DE\", healthcareType: CLINIC, nis2Class: IMPORTANT, registrationId: \"HRB 9999\", contactName: \"X\", contactEmail: \"csrf@clinic.example\", password: \"a-long-enough-password\" }) { received } }";

async fn organisation_count(app: &TestApp) -> usize {
    use sea_orm::{EntityTrait, PaginatorTrait};
    api::store::entities::organisation::Entity::find()
        .count(app.state.store.db())
        .await
        .unwrap() as usize
}

#[tokio::test]
async fn form_and_text_plain_posts_get_415_and_do_nothing() {
    let app = spawn_app().await;
    let body = json!({ "query": REGISTER }).to_string();
    for ct in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ] {
        let r = app
            .http
            .post(app.url("/graphql"))
            .header("content-type", ct)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 415, "{ct}");
    }
    let r = app
        .http
        .post(app.url("/graphql"))
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 415, "no content type");
    assert_eq!(organisation_count(&app).await, 0);
}

#[tokio::test]
async fn get_runs_queries_but_never_mutations() {
    let app = spawn_app().await;
    let q = app
        .http
        .get(app.url("/graphql"))
        .query(&[("query", "{ memberStates { code } }")])
        .send()
        .await
        .unwrap();
    assert_eq!(q.status(), 200);
    let body: Value = q.json().await.unwrap();
    assert_eq!(body["data"]["memberStates"].as_array().unwrap().len(), 27);
    let m = app
        .http
        .get(app.url("/graphql"))
        .query(&[("query", REGISTER)])
        .send()
        .await
        .unwrap();
    assert_eq!(m.status(), 405);
    // Also when the mutation is picked by operation name from a mixed document.
    let doc = format!(
        "query A {{ memberStates {{ code }} }} {}",
        REGISTER.replacen("mutation", "mutation B", 1)
    );
    let m = app
        .http
        .get(app.url("/graphql"))
        .query(&[("query", doc.as_str()), ("operationName", "B")])
        .send()
        .await
        .unwrap();
    assert_eq!(m.status(), 405);
    assert_eq!(organisation_count(&app).await, 0);
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused() {
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
}

#[tokio::test]
async fn batches_are_capped() {
    let app = spawn_app().await;
    let one = json!({ "query": "{ memberStates { code } }" });
    let ok = app
        .gql_body(None, Value::Array(vec![one.clone(), one.clone()]))
        .await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.body.as_array().unwrap().len(), 2);
    let too_many = app.gql_body(None, Value::Array(vec![one; 11])).await;
    assert_eq!(too_many.status, 400);
    too_many.expect_code("VALIDATION");
}

#[tokio::test]
async fn too_many_aliases_are_refused() {
    let app = spawn_app().await;
    let fields: String = (0..31)
        .map(|i| format!("a{i}: memberStates {{ code }} "))
        .collect();
    let r = app.gql(None, &format!("{{ {fields} }}"), json!({})).await;
    assert_eq!(r.status, 400);
    r.expect_code("VALIDATION");
    let fields: String = (0..30)
        .map(|i| format!("a{i}: memberStates {{ code }} "))
        .collect();
    app.gql(None, &format!("{{ {fields} }}"), json!({}))
        .await
        .ok();
}

#[tokio::test]
async fn queries_nested_too_deep_are_refused_with_a_code() {
    let app = spawn_app().await;
    let deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }";
    let r = app.gql(None, deep, json!({})).await;
    assert!(r.body["data"].is_null(), "{}", r.body);
    r.expect_code("VALIDATION");
    assert!(
        r.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("deep")
    );
}

#[tokio::test]
async fn complexity_and_directive_limits_apply() {
    let app = TestApp::builder()
        .limits(|l| {
            l.complexity = 3;
            l.directives = 1;
        })
        .spawn()
        .await;
    let r = app
        .gql(None, "{ memberStates { code name currency } }", json!({}))
        .await;
    r.expect_code("VALIDATION");
    assert!(
        r.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("complex"),
        "{}",
        r.body
    );
    let r = app
        .gql(
            None,
            "{ memberStates @include(if: true) @skip(if: false) { code } }",
            json!({}),
        )
        .await;
    r.expect_code("VALIDATION");
    let normal = spawn_app().await;
    normal
        .gql(
            None,
            "{ memberStates @include(if: true) @skip(if: false) { code name currency } }",
            json!({}),
        )
        .await
        .ok();
}

#[tokio::test]
async fn syntax_errors_carry_a_code() {
    let app = spawn_app().await;
    app.gql(None, "{ memberStates { ", json!({}))
        .await
        .expect_code("VALIDATION");
}
