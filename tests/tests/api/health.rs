use tests::spawn_app;

#[tokio::test]
async fn healthz_and_readyz_answer_ok() {
    let app = spawn_app().await;
    let h = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(h.status(), 200);
    let r = app.http.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn readyz_fails_when_the_database_is_gone() {
    let app = spawn_app().await;
    app.state.store.db().clone().close().await.unwrap();
    let r = app.http.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 503);
}

#[tokio::test]
async fn metrics_count_requests_by_route_in_prometheus_format() {
    let app = spawn_app().await;
    for _ in 0..3 {
        app.http.get(app.url("/healthz")).send().await.unwrap();
    }
    let text = app
        .http
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        text.contains("# TYPE http_requests_total counter"),
        "{text}"
    );
    assert!(
        text.contains(r#"http_requests_total{method="GET",route="/healthz",status="200"} 3"#),
        "{text}"
    );
    assert!(text.contains(r#"http_request_duration_seconds_bucket{method="GET",route="/healthz",status="200",le="+Inf"} 3"#));
}

#[tokio::test]
async fn graphiql_is_served_outside_production_only() {
    let app = spawn_app().await;
    assert_eq!(
        app.http
            .get(app.url("/graphiql"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let prod = tests::TestApp::builder().production().spawn().await;
    assert_eq!(
        prod.http
            .get(prod.url("/graphiql"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
}

#[tokio::test]
async fn production_hides_introspection_and_suggestions() {
    let dev = spawn_app().await;
    let q = "{ __schema { queryType { name } } }";
    assert_eq!(
        dev.gql(None, q, serde_json::json!({})).await.ok()["__schema"]["queryType"]["name"],
        "QueryRoot"
    );
    let prod = tests::TestApp::builder().production().spawn().await;
    let r = prod.gql(None, q, serde_json::json!({})).await;
    assert!(
        r.body["data"]["__schema"].is_null(),
        "introspection must reveal nothing: {}",
        r.body
    );
    let typo = prod
        .gql(None, "{ memberState { code } }", serde_json::json!({}))
        .await;
    let msg = typo.body["errors"][0]["message"].as_str().unwrap();
    assert!(!msg.contains("Did you mean"), "{msg}");
    let typo_dev = dev
        .gql(None, "{ memberState { code } }", serde_json::json!({}))
        .await;
    assert!(
        typo_dev.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Did you mean")
    );
}

#[tokio::test]
async fn internal_errors_are_masked_behind_a_correlation_id() {
    let app = tests::TestApp::builder().production().spawn().await;
    let admin = app.with_admin().await;
    // Break the database under the running server: the next query fails inside the store.
    app.state.store.db().clone().close().await.unwrap();
    let r = app
        .gql(
            admin.token(),
            "{ organisations { nodes { id } } }",
            serde_json::json!({}),
        )
        .await;
    r.expect_code("INTERNAL");
    assert_eq!(r.body["errors"][0]["message"], "internal error");
    let id = r.body["errors"][0]["extensions"]["correlationId"]
        .as_str()
        .unwrap();
    assert_eq!(uuid::Uuid::parse_str(id).unwrap().get_version_num(), 4);
    let text = r.body.to_string().to_lowercase();
    for leak in ["sqlx", "pool", "sqlite", "postgres", "closed"] {
        assert!(!text.contains(leak), "internal detail leaked: {text}");
    }
}

/// A database that answers reads but refuses writes (a PostgreSQL hot standby, or a database
/// switched to read-only) is not ready: the platform cannot record a single decision on it.
#[tokio::test]
async fn readyz_fails_when_the_database_refuses_writes() {
    use sea_orm::ConnectionTrait;
    let app = spawn_app().await;
    if app.db.kind != tests::DbKind::Postgres {
        eprintln!("SKIPPED on SQLite: a read-only switch exists on PostgreSQL only");
        return;
    }
    let db = app.db.owner().await;
    let name: String = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT current_database() AS n",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "n")
        .unwrap();
    db.execute_unprepared(&format!(
        "ALTER DATABASE \"{name}\" SET default_transaction_read_only = on"
    ))
    .await
    .unwrap();
    // The pool's connections reconnect and pick up the setting.
    db.execute_unprepared(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()"
    ))
    .await
    .unwrap();
    let mut status = 0;
    for _ in 0..5 {
        status = app
            .http
            .get(app.url("/readyz"))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16();
        if status == 503 {
            break;
        }
    }
    assert_eq!(status, 503, "a read-only database is not ready");
    let h = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(h.status(), 200, "the process itself is alive");
}

#[tokio::test]
async fn metrics_need_the_configured_bearer_token() {
    let token = "metrics-token-0123456789abcdef-0123456789";
    let app = tests::TestApp::builder()
        .production()
        .metrics_token(token)
        .spawn()
        .await;
    let get = |auth: Option<&str>| {
        let mut req = app.http.get(app.url("/metrics"));
        if let Some(a) = auth {
            req = req.header("authorization", a);
        }
        req.send()
    };
    assert_eq!(get(None).await.unwrap().status(), 401);
    assert_eq!(get(Some("Bearer wrong")).await.unwrap().status(), 401);
    assert_eq!(
        get(Some(&format!("Bearer {token}x")))
            .await
            .unwrap()
            .status(),
        401
    );
    let ok = get(Some(&format!("Bearer {token}"))).await.unwrap();
    assert_eq!(ok.status(), 200);
    assert!(ok.text().await.unwrap().contains("http_requests_total"));
}

#[tokio::test]
async fn production_without_a_metrics_token_does_not_serve_metrics() {
    let app = tests::TestApp::builder().production().spawn().await;
    let res = app.http.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(res.status(), 404);
}

/// `serve` as the application role does not migrate (`CYBERHEALTH_MIGRATE=false`): on a
/// database the owner has not migrated it refuses to start and says what to run.
#[tokio::test]
async fn the_server_refuses_to_start_while_a_migration_is_pending() {
    let db = tests::TestDb::empty_sqlite();
    let mut settings = tests::TestApp::settings(&tests::TestApp::builder(), &db.url);
    settings.migrate_on_start = false;
    let err = match api::startup::Application::build(settings).await {
        Ok(_) => panic!("started on an unmigrated database"),
        Err(e) => e.to_string(),
    };
    assert!(err.contains("cyberhealth migrate"), "{err}");
}
