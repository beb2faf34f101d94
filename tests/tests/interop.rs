//! Interoperability with clients no one here wrote (issue #12): the real server, filled with
//! alerts of every marking (an update and a revocation included), is checked by
//! `tests/interop/interop.py` with the OASIS `stix2-validator` (every STIX export valid) and
//! `taxii2-client` (discover, list collections, page through objects; an AMBER+STRICT object
//! never reaches a non-recipient). Run by `make test-interop`, which creates the Python venv
//! and sets `INTEROP_PYTHON`.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use serde_json::json;
use tests::alerts::{REVOKE_ALERT, UPDATE_ALERT, alert_input};
use tests::spawn_app;

#[tokio::test]
async fn the_oasis_validator_and_taxii2_client_accept_what_the_server_exports() {
    let python = std::env::var("INTEROP_PYTHON").expect(
        "INTEROP_PYTHON: the venv's python with tests/interop/requirements.txt (make test-interop)",
    );
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (named, recipient) = app.with_clinic("DE").await;
    let (_, outsider) = app.with_clinic("FR").await;

    let mut every_kind = alert_input("Every indicator kind", "CLEAR", json!({}));
    every_kind["indicators"] = json!([
        { "kind": "IPV4", "value": "198.51.100.0/24" },
        { "kind": "IPV6", "value": "2001:db8::/32" },
        { "kind": "DOMAIN", "value": "evil.example" },
        { "kind": "URL", "value": "https://evil.example/o'reilly?x=1" },
        { "kind": "SHA256", "value": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
        { "kind": "SHA1", "value": "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3" },
        { "kind": "MD5", "value": "098f6bcd4621d373cade4e832627b4f6" },
        { "kind": "EMAIL", "value": "o'brien@phish.example" },
    ]);
    every_kind["memberStates"] = json!(["DE", "FR"]);
    every_kind["translations"] = json!([{ "language": "de", "text": {
        "title": "Jede Art von Indikator", "summary": "Zusammenfassung", "body": "Text",
        "recommendedActions": ["Patchen."] } }]);
    let mut ids = vec![app.with_published_alert(&enisa, every_kind).await];
    ids.push(
        app.with_published_alert(&enisa, alert_input("Green", "GREEN", json!({})))
            .await,
    );
    let strict = app
        .with_published_alert(
            &enisa,
            alert_input(
                "Strict",
                "AMBER_STRICT",
                json!({ "organisations": [named] }),
            ),
        )
        .await;
    ids.push(strict.clone());
    ids.push(
        app.with_published_alert(
            &enisa,
            alert_input("Red", "RED", json!({ "accounts": [recipient.id] })),
        )
        .await,
    );
    let updated = app
        .with_published_alert(
            &enisa,
            alert_input("Amber", "AMBER", json!({ "memberStates": ["DE"] })),
        )
        .await;
    app.gql(
        enisa.token(),
        UPDATE_ALERT,
        json!({ "id": updated, "i": alert_input("Now clear", "CLEAR", json!({})), "n": "shared" }),
    )
    .await
    .ok();
    app.gql(
        enisa.token(),
        REVOKE_ALERT,
        json!({ "id": ids[1], "r": "false positive" }),
    )
    .await
    .ok();
    ids.push(updated);

    let dir = std::env::temp_dir().join(format!("stix-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut exports: Vec<(String, String)> = ids
        .iter()
        .map(|id| (format!("alert-{id}.json"), format!("/stix/alerts/{id}")))
        .collect();
    exports.push(("bundle.json".into(), "/stix/bundle".into()));
    for (file, path) in exports {
        let res = app
            .http
            .get(app.url(&path))
            .bearer_auth(&enisa.token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "{path}");
        std::fs::write(dir.join(file), res.text().await.unwrap()).unwrap();
    }
    let strict_report = domain::alert::stix::report_id(strict.parse().unwrap(), 1);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/interop/interop.py");
    let args = [
        script.to_owned(),
        "--base".into(),
        app.base.clone(),
        "--stix-dir".into(),
        dir.to_str().unwrap().to_owned(),
        "--recipient".into(),
        recipient.token.clone(),
        "--outsider".into(),
        outsider.token.clone(),
        "--strict-report".into(),
        strict_report,
    ];
    // The server runs on this test's runtime: wait for Python on a blocking thread.
    let out =
        tokio::task::spawn_blocking(move || std::process::Command::new(python).args(args).output())
            .await
            .unwrap()
            .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    println!("{}", String::from_utf8_lossy(&out.stdout));
    assert!(
        out.status.success(),
        "interop failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
