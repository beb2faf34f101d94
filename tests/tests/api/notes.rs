//! An agency's internal notes on an application (issue #17): officers of the application's
//! member state write and read them, the admin reads them, and the clinic reads an empty list.
use serde_json::json;
use tests::spawn_app;

const ADD: &str = "mutation($a: ID!, $t: String!) { addApplicationNote(applicationId: $a, text: $t) { id authorId authorName createdAt text } }";
const NOTES: &str = "query($id: ID!) { voucherApplication(id: $id) { id internalNotes { authorName createdAt text } } }";

#[tokio::test]
async fn an_officer_keeps_notes_on_an_application_that_only_its_agency_and_the_admin_read() {
    let app = spawn_app().await;
    let (agency, officer) = app.with_agency("DE").await;
    let colleague = app.with_officer(agency).await;
    let (_, clinic) = app.with_clinic("DE").await;
    let admin = app.with_admin().await;
    let programme = app.with_open_programme(&officer, "DE-N17", "100000").await;
    let application = app
        .with_submitted_application(&clinic, programme, "10000")
        .await;

    let first = app
        .gql(
            officer.token(),
            ADD,
            json!({ "a": application, "t": "  Called the clinic: invoice follows.  " }),
        )
        .await;
    let first = &first.ok()["addApplicationNote"];
    assert_eq!(first["text"], "Called the clinic: invoice follows.");
    assert_eq!(first["authorId"], officer.id.to_string());
    app.clock().advance(chrono::Duration::minutes(5));
    app.gql(
        colleague.token(),
        ADD,
        json!({ "a": application, "t": "Checked the register." }),
    )
    .await
    .ok();

    for reader in [&officer, &colleague, &admin] {
        let r = app
            .gql(reader.token(), NOTES, json!({ "id": application }))
            .await;
        let notes = r.ok()["voucherApplication"]["internalNotes"]
            .as_array()
            .unwrap()
            .clone();
        let texts: Vec<_> = notes.iter().map(|n| n["text"].as_str().unwrap()).collect();
        assert_eq!(
            texts,
            [
                "Called the clinic: invoice follows.",
                "Checked the register."
            ]
        );
    }

    // The clinic reads its application, and no notes: it cannot tell they exist.
    let r = app
        .gql(clinic.token(), NOTES, json!({ "id": application }))
        .await;
    let own = &r.ok()["voucherApplication"];
    assert_eq!(own["id"], application.to_string());
    assert_eq!(own["internalNotes"], json!([]));
    assert!(!r.body.to_string().contains("invoice follows"));

    let audited: Vec<_> = app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| r.action == "application.note_add" && r.outcome == "SUCCESS")
        .collect();
    assert_eq!(audited.len(), 2);
    assert!(
        audited
            .iter()
            .all(|r| r.chain == "MS:DE" && !r.detail.contains("invoice"))
    );
}

#[tokio::test]
async fn nobody_outside_the_agency_adds_a_note_and_another_member_state_finds_nothing() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, officer_fr) = app.with_agency("FR").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let admin = app.with_admin().await;
    let programme = app.with_open_programme(&officer, "DE-N17B", "100000").await;
    let application = app
        .with_submitted_application(&clinic, programme, "10000")
        .await;
    let vars = json!({ "a": application, "t": "A note" });

    app.gql(clinic.token(), ADD, vars.clone())
        .await
        .expect_code("FORBIDDEN");
    app.gql(admin.token(), ADD, vars.clone())
        .await
        .expect_code("FORBIDDEN");
    app.gql(officer_fr.token(), ADD, vars.clone())
        .await
        .expect_code("NOT_FOUND");
    let unknown = json!({ "a": uuid::Uuid::now_v7(), "t": "A note" });
    app.gql(officer.token(), ADD, unknown)
        .await
        .expect_code("NOT_FOUND");
    let r = app
        .gql(
            officer.token(),
            ADD,
            json!({ "a": application, "t": "   " }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("text"));

    let r = app
        .gql(officer.token(), NOTES, json!({ "id": application }))
        .await;
    assert_eq!(r.ok()["voucherApplication"]["internalNotes"], json!([]));
}
