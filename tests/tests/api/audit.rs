//! Every change and every denial is audited in the same transaction, in hash chains.
use serde_json::json;
use tests::spawn_app;

#[tokio::test]
async fn a_change_writes_one_success_row_with_actor_scope_and_request_id() {
    let app = spawn_app().await;
    let id = app.with_pending_clinic("DE").await;
    let (_, officer) = app.with_agency("DE").await;
    let res = app
        .http
        .post(app.url("/graphql"))
        .bearer_auth(&officer.token)
        .header("x-request-id", "req-verify-1")
        .json(&json!({ "query": "mutation($id: ID!) { verifyOrganisation(id: $id) { status } }", "variables": { "id": id } }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["x-request-id"], "req-verify-1");
    let rows = app.audit_rows().await;
    let row = rows
        .iter()
        .find(|r| r.action == "organisation.decide")
        .expect("audit row");
    assert_eq!(row.outcome, "SUCCESS");
    assert_eq!(row.actor_id, Some(officer.id));
    assert_eq!(row.actor_role.as_deref(), Some("AGENCY_OFFICER"));
    assert_eq!(row.scope, "ms:DE");
    assert_eq!(row.chain, "MS:DE");
    assert_eq!(row.object_id.as_deref(), Some(id.to_string().as_str()));
    assert_eq!(row.request_id, "req-verify-1");
}

#[tokio::test]
async fn a_denial_writes_a_denied_row() {
    let app = spawn_app().await;
    let (_, clinic_user) = app.with_clinic("DE").await;
    let before = app.audit_rows().await.len();
    app.gql(
        clinic_user.token(),
        "{ auditLog { nodes { id } } }",
        json!({}),
    )
    .await
    .expect_code("FORBIDDEN");
    let rows = app.audit_rows().await;
    assert_eq!(rows.len(), before + 1);
    assert_eq!(rows[0].outcome, "DENIED");
    assert_eq!(rows[0].action, "audit.read");
    assert_eq!(rows[0].actor_id, Some(clinic_user.id));
}

#[tokio::test]
async fn failed_logins_are_audited_without_the_password() {
    let app = spawn_app().await;
    app.gql(
        None,
        "mutation { login(email: \"a@b.example\", password: \"secret-guess-123\") { token } }",
        json!({}),
    )
    .await;
    let rows = app.audit_rows().await;
    let row = rows.iter().find(|r| r.action == "login").unwrap();
    assert_eq!(row.outcome, "DENIED");
    assert!(!row.detail.contains("secret-guess"));
}

#[tokio::test]
async fn the_admin_reads_the_audit_log_with_filters() {
    let app = spawn_app().await;
    let admin = app.with_admin().await;
    app.with_pending_clinic("FR").await;
    let q = "query($f: AuditFilter) { auditLog(first: 5, filter: $f) { nodes { action outcome chain seq hash prevHash } } }";
    let r = app
        .gql(admin.token(), q, json!({ "f": { "chain": "MS:FR" } }))
        .await;
    let nodes = r.ok()["auditLog"]["nodes"].as_array().unwrap().clone();
    assert!(!nodes.is_empty());
    assert!(nodes.iter().all(|n| n["chain"] == "MS:FR"));
    assert!(nodes.iter().any(|n| n["action"] == "organisation.register"));
}

#[tokio::test]
async fn the_chains_stay_intact_under_concurrent_writes() {
    let app = tests::TestApp::builder()
        .limits(|l| l.registrations_per_ip = 100)
        .spawn()
        .await;
    let mut tasks = Vec::new();
    for i in 0..24 {
        let ms = if i % 2 == 0 { "DE" } else { "FR" };
        let input = tests::fixtures::registration_input(ms);
        let http = app.http.clone();
        let url = app.url("/graphql");
        tasks.push(tokio::spawn(async move {
            http.post(url)
                .json(&json!({ "query": "mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { received } }", "variables": { "i": input } }))
                .send()
                .await
                .unwrap()
                .json::<serde_json::Value>()
                .await
                .unwrap()
        }));
    }
    for t in tasks {
        let body = t.await.unwrap();
        assert!(body.get("errors").is_none(), "{body}");
    }
    let verification = api::store::audit::verify(app.state.store.db())
        .await
        .unwrap()
        .expect("intact");
    let de = verification
        .chains
        .iter()
        .find(|(c, _)| c == "MS:DE")
        .unwrap();
    let fr = verification
        .chains
        .iter()
        .find(|(c, _)| c == "MS:FR")
        .unwrap();
    assert_eq!(de.1, 12);
    assert_eq!(fr.1, 12);
}

#[tokio::test]
async fn verification_names_the_first_broken_link_after_tampering() {
    use api::store::entities::audit_log;
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
    let app = spawn_app().await;
    for _ in 0..3 {
        app.with_pending_clinic("DE").await;
    }
    api::store::audit::verify(app.state.store.db())
        .await
        .unwrap()
        .expect("intact before");
    let row = audit_log::Entity::find()
        .filter(audit_log::Column::Chain.eq("MS:DE"))
        .filter(audit_log::Column::Seq.eq(2))
        .one(app.state.store.db())
        .await
        .unwrap()
        .unwrap();
    let mut edit: audit_log::ActiveModel = row.into();
    edit.action = Set("organisation.nothing-to-see".into());
    app.drop_audit_triggers().await;
    let owner = app.db.owner().await;
    edit.update(&owner).await.unwrap();
    let err = api::store::audit::verify(app.state.store.db())
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(
        err,
        domain::audit::ChainError::HashMismatch {
            chain: "MS:DE".into(),
            seq: 2
        }
    );
}

#[tokio::test]
async fn the_database_refuses_to_rewrite_or_delete_audit_rows() {
    use sea_orm::ConnectionTrait;
    let app = spawn_app().await;
    app.with_pending_clinic("DE").await;
    // Even the owner (on PostgreSQL the server's own role may not even try).
    let db = &app.db.owner().await;
    for sql in [
        "UPDATE audit_log SET action = 'organisation.nothing-to-see' WHERE chain = 'MS:DE'",
        "DELETE FROM audit_log WHERE chain = 'MS:DE'",
    ] {
        let err = db.execute_unprepared(sql).await.unwrap_err().to_string();
        assert!(err.contains("append-only"), "{sql}: {err}");
    }
    api::store::audit::verify(db)
        .await
        .unwrap()
        .expect("the trail is intact");
}

/// Production runs `serve` as an application role that may only INSERT into the audit trail
/// (`cyberhealth db grant`), and so does the PostgreSQL suite: the server works as that role,
/// and the role itself cannot rewrite the trail, even with the triggers gone. PostgreSQL only
/// (SQLite has no roles).
#[tokio::test]
async fn the_application_role_serves_but_cannot_rewrite_the_audit_trail() {
    use sea_orm::{ConnectionTrait, Database};
    let app = spawn_app().await;
    if app.db.kind != tests::DbKind::Postgres {
        eprintln!("SKIPPED on SQLite: database roles exist on PostgreSQL only");
        return;
    }
    assert!(
        app.db.url.contains(tests::APPLICATION_ROLE),
        "the server runs as the application role: {}",
        app.db.url
    );
    let clinic = app.with_pending_clinic("DE").await;
    let (_, officer) = app.with_agency("DE").await;
    let data = app
        .gql(
            Some(&officer.token),
            "mutation($id: ID!) { verifyOrganisation(id: $id) { status } }",
            json!({ "id": clinic }),
        )
        .await;
    assert_eq!(data.ok()["verifyOrganisation"]["status"], "VERIFIED");
    let rows = app.audit_rows().await;
    assert!(
        rows.iter()
            .any(|r| r.action == "organisation.decide" && r.outcome == "SUCCESS"),
        "the role's change was audited"
    );

    app.drop_audit_triggers().await;
    let role = Database::connect(&app.db.url).await.unwrap();
    for sql in [
        "UPDATE audit_log SET action = 'organisation.nothing-to-see'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "DROP TABLE audit_log",
        "ALTER TABLE audit_log ENABLE TRIGGER USER",
    ] {
        let err = role.execute_unprepared(sql).await.unwrap_err().to_string();
        assert!(
            err.contains("permission denied") || err.contains("must be owner"),
            "{sql}: {err}"
        );
    }
    role.close().await.ok();
    api::store::audit::verify(app.state.store.db())
        .await
        .unwrap()
        .expect("the trail is intact");
}

/// An agency officer reads its own member state's trail of the voucher scheme: its chain only,
/// whatever chain it asks for, and no incident rows although the clinic's incident is written
/// to the same chain (incidents belong to the authority).
#[tokio::test]
async fn an_agency_reads_its_member_state_s_voucher_trail_and_nothing_of_incidents() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let (_, fr) = app.with_agency("FR").await;
    let (_, clinic) = app.with_clinic("DE").await;
    app.with_open_programme(&de, "DE-AUDIT", "1000").await;
    app.with_open_programme(&fr, "FR-AUDIT", "1000").await;
    let now = app.clock().now();
    let at = |h: i64| (now - chrono::Duration::hours(h)).to_rfc3339();
    app.gql(
        clinic.token(),
        "mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }",
        json!({ "i": {
            "title": "Ransomware on the radiology PACS",
            "startedAt": at(3), "awareAt": at(1), "category": "RANSOMWARE",
            "affectedServices": ["DIAGNOSTICS"], "suspectedMalicious": true, "crossBorder": false,
            "significanceCriteria": ["DIAGNOSTICS_OR_RECORDS_UNAVAILABLE"],
            "significanceAssessment": "Imaging unavailable.",
        } }),
    )
    .await
    .ok();
    let all = app.audit_rows().await;
    assert!(
        all.iter()
            .any(|r| r.chain == "MS:DE" && r.object_type == "Incident"),
        "the incident is in the DE chain, so the filter below is what hides it"
    );

    let q = "query($f: AuditFilter) { auditLog(first: 100, filter: $f) { totalCount nodes { chain objectType action } } }";
    for asked in [
        json!(null),
        json!({ "chain": "MS:FR" }),
        json!({ "chain": "EU" }),
    ] {
        let r = app.gql(de.token(), q, json!({ "f": asked })).await;
        let nodes = r.ok()["auditLog"]["nodes"].as_array().unwrap().clone();
        assert!(!nodes.is_empty());
        assert!(
            nodes.iter().all(|n| n["chain"] == "MS:DE"),
            "{asked}: {nodes:?}"
        );
        assert!(
            nodes.iter().all(|n| n["objectType"] != "Incident"),
            "{asked}: {nodes:?}"
        );
        assert!(
            nodes
                .iter()
                .any(|n| n["objectType"] == "VoucherProgram" && n["action"] == "programme.create")
        );
    }
    // The admin reads every chain.
    let admin = app.with_admin().await;
    let r = app.gql(admin.token(), q, json!({ "f": null })).await;
    let chains: std::collections::BTreeSet<String> = r.ok()["auditLog"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["chain"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        chains.contains("MS:DE") && chains.contains("MS:FR"),
        "{chains:?}"
    );
}
