//! The public directory of national agencies and their helpdesks (`agencyDirectory`).
use api::store::audit::Actor;
use api::store::{directory, organisations};
use domain::account::Scope;
use domain::directory::HelpdeskContact;
use domain::organisation::{OrganisationKind, OrganisationStatus};
use serde_json::{Value, json};
use tests::{TestApp, spawn_app};

const DIRECTORY: &str = "{ agencyDirectory { id name memberState { code name } \
     helpdesk { email phone phoneUri url } } }";

fn admin() -> Actor {
    Actor {
        id: None,
        role: Some("TEST".into()),
        scope: Scope::Eu,
        request_id: "directory-test".into(),
    }
}

async fn directory_of(app: &TestApp) -> Vec<Value> {
    let res = app.gql(None, DIRECTORY, json!({})).await;
    res.ok()["agencyDirectory"].as_array().unwrap().clone()
}

async fn set_helpdesk(app: &TestApp, agency: uuid::Uuid, contact: &HelpdeskContact) {
    let org = organisations::find(app.state.store.db(), &Scope::Eu, agency)
        .await
        .unwrap()
        .unwrap();
    directory::set_helpdesk(&app.state.store, &admin(), app.clock().now(), &org, contact)
        .await
        .unwrap();
}

#[tokio::test]
async fn anyone_reads_the_demo_agencies_helpdesks_without_logging_in() {
    let app = spawn_app().await;
    assert!(
        api::seed::seed_demo(&app.state.store, app.clock().now(), app.code_keys())
            .await
            .unwrap()
    );
    let agencies = directory_of(&app).await;
    let codes: Vec<&str> = agencies
        .iter()
        .map(|a| a["memberState"]["code"].as_str().unwrap())
        .collect();
    // Only the two agencies: clinics and the vendor are not agencies.
    assert_eq!(codes, ["DE", "FR"]);
    assert_eq!(
        agencies[0]["name"],
        "Cyber Health Voucher Agency Germany (demo)"
    );
    assert_eq!(
        agencies[0]["helpdesk"],
        json!({
            "email": "helpdesk@cyberhealth-de.example",
            "phone": "+49 30 5550 1000",
            "phoneUri": "tel:+493055501000",
            "url": "https://cyberhealth-de.example/helpdesk",
        })
    );
    assert_eq!(agencies[1]["memberState"]["name"], "France");
    assert_eq!(
        agencies[1]["helpdesk"]["email"],
        "assistance@cybersante-fr.example"
    );
    assert_eq!(agencies[1]["helpdesk"]["phoneUri"], "tel:+33155502000");
}

#[tokio::test]
async fn only_verified_agencies_are_listed_and_one_without_a_helpdesk_says_so() {
    let app = spawn_app().await;
    let austria = app
        .with_organisation(OrganisationKind::Agency, "AT", "Agentur Österreich")
        .await;
    let belgium = app
        .with_organisation(OrganisationKind::Agency, "BE", "Agence Belgique")
        .await;
    app.with_organisation(OrganisationKind::HealthcareProvider, "AT", "Klinik Wien")
        .await;
    let be = organisations::find(app.state.store.db(), &Scope::Eu, belgium)
        .await
        .unwrap()
        .unwrap();
    organisations::transition(
        &app.state.store,
        &admin(),
        app.clock().now(),
        &be,
        OrganisationStatus::Rejected,
        Some("Not a national agency."),
    )
    .await
    .unwrap()
    .unwrap();

    let agencies = directory_of(&app).await;
    assert_eq!(agencies.len(), 1, "{agencies:?}");
    assert_eq!(agencies[0]["id"], austria.to_string());
    assert_eq!(agencies[0]["helpdesk"], Value::Null);
}

#[tokio::test]
async fn a_new_helpdesk_replaces_the_old_one_and_each_change_is_audited() {
    let app = spawn_app().await;
    let agency = app
        .with_organisation(OrganisationKind::Agency, "LU", "Agence Luxembourg")
        .await;
    let first =
        HelpdeskContact::parse(Some("old@agence.example"), Some("+352 247 88888"), None).unwrap();
    set_helpdesk(&app, agency, &first).await;
    let second =
        HelpdeskContact::parse(None, None, Some("https://agence.example/contact")).unwrap();
    set_helpdesk(&app, agency, &second).await;

    let agencies = directory_of(&app).await;
    assert_eq!(
        agencies[0]["helpdesk"],
        json!({ "email": null, "phone": null, "phoneUri": null, "url": "https://agence.example/contact" })
    );
    let changes: Vec<_> = app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| r.action == "agency.helpdesk.set")
        .collect();
    assert_eq!(changes.len(), 2);
    assert!(
        changes
            .iter()
            .all(|r| r.chain == "MS:LU"
                && r.object_id.as_deref() == Some(agency.to_string().as_str()))
    );
}
