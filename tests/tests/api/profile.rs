//! The organisation's profile (issue #17): SME data kept and confirmed, contact person and
//! address; who reads and saves it; and a voucher-code lookup naming the clinic only for a valid
//! code.
use serde_json::{Value, json};
use tests::fixtures::{micro_sme_input, sme_input_with_staff};
use tests::spawn_app;

const PROFILE: &str = "query($o: ID) { organisationProfile(organisationId: $o) { organisationId smeInput smeConfirmedAt contact { name email phone } address { street postalCode city } updatedAt } }";
const SAVE: &str = "mutation($i: OrganisationProfileInput!) { updateOrganisationProfile(input: $i) { organisationId smeInput smeConfirmedAt contact { name email phone } address { street postalCode city } updatedAt } }";
const LOOKUP: &str = "query($c: String!) { voucherLookup(code: $c) { clinicName } }";

fn full_profile() -> Value {
    json!({
        "sme": micro_sme_input(),
        "contact": { "name": " Dr. Anna Weber ", "email": "A.Weber@Klinik.example", "phone": "+49 30 1234567" },
        "address": { "street": "Charitéplatz 1", "postalCode": "10117", "city": "Berlin" }
    })
}

/// The kept SME input's staff headcount of its first period (the input comes back with the
/// engine's defaults filled in).
fn staff(profile: &Value) -> &str {
    profile["smeInput"]["enterprises"][0]["periods"][0]["staff"]
        .as_str()
        .unwrap()
}

#[tokio::test]
async fn a_clinic_saves_its_profile_and_its_sme_data_is_confirmed_at_the_time_of_saving() {
    let app = spawn_app().await;
    let (org, clinic) = app.with_clinic("DE").await;

    let empty = app.gql(clinic.token(), PROFILE, json!({})).await;
    let empty = &empty.ok()["organisationProfile"];
    assert_eq!(empty["organisationId"], org.to_string());
    assert!(empty["smeInput"].is_null() && empty["smeConfirmedAt"].is_null());
    assert!(empty["updatedAt"].is_null());

    let before = app.clock().now();
    let saved = app
        .gql(clinic.token(), SAVE, json!({ "i": full_profile() }))
        .await;
    let saved = &saved.ok()["updateOrganisationProfile"];
    assert_eq!(saved["contact"]["name"], "Dr. Anna Weber");
    assert_eq!(saved["contact"]["email"], "a.weber@klinik.example");
    assert_eq!(saved["address"]["city"], "Berlin");
    assert_eq!(staff(saved), "8");
    let confirmed = saved["smeConfirmedAt"].as_str().unwrap().to_owned();
    let at: chrono::DateTime<chrono::Utc> = confirmed.parse().unwrap();
    assert!(before <= at && at <= app.clock().now(), "{at}");

    // A later save without SME data keeps the data and its confirmation date.
    app.clock().advance(chrono::Duration::days(3));
    let later = app
        .gql(
            clinic.token(),
            SAVE,
            json!({ "i": { "contact": { "name": "Jonas Roth" }, "address": { "city": "Potsdam" } } }),
        )
        .await;
    let later = &later.ok()["updateOrganisationProfile"];
    assert_eq!(later["smeConfirmedAt"], confirmed.as_str());
    assert_eq!(staff(later), "8");
    assert_eq!(later["contact"]["name"], "Jonas Roth");
    assert!(later["contact"]["email"].is_null());
    assert_eq!(later["address"]["city"], "Potsdam");

    // Confirming again moves the date.
    let again = app
        .gql(
            clinic.token(),
            SAVE,
            json!({ "i": { "sme": sme_input_with_staff("12") } }),
        )
        .await;
    let again = &again.ok()["updateOrganisationProfile"];
    assert_ne!(again["smeConfirmedAt"], confirmed.as_str());
    assert_eq!(staff(again), "12");

    let audited = app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| r.action == "organisation.profile_update" && r.outcome == "SUCCESS")
        .count();
    assert_eq!(audited, 3);
}

#[tokio::test]
async fn bad_profile_input_names_its_field_and_writes_nothing() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    for (input, field) in [
        (
            json!({ "contact": { "email": "not-an-address" } }),
            "contact.email",
        ),
        (
            json!({ "contact": { "phone": "call me" } }),
            "contact.phone",
        ),
        (
            json!({ "address": { "postalCode": "x".repeat(21) } }),
            "address.postalCode",
        ),
    ] {
        let r = app.gql(clinic.token(), SAVE, json!({ "i": input })).await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some(field), "{}", r.body);
    }
    let mut bad_sme = micro_sme_input();
    bad_sme["applicant"] = json!("nobody");
    let r = app
        .gql(clinic.token(), SAVE, json!({ "i": { "sme": bad_sme } }))
        .await;
    r.expect_code("VALIDATION");
    assert!(r.field().unwrap().starts_with("sme"), "{}", r.body);

    let p = app.gql(clinic.token(), PROFILE, json!({})).await;
    assert!(p.ok()["organisationProfile"]["updatedAt"].is_null());
    assert!(
        !app.audit_rows()
            .await
            .iter()
            .any(|r| r.action == "organisation.profile_update" && r.outcome == "SUCCESS")
    );
}

#[tokio::test]
async fn a_profile_is_read_by_its_clinic_and_its_member_states_agency_and_by_no_one_else() {
    let app = spawn_app().await;
    let (org, clinic) = app.with_clinic("DE").await;
    let (_, other_clinic) = app.with_clinic("DE").await;
    let (_, officer_de) = app.with_agency("DE").await;
    let (_, officer_fr) = app.with_agency("FR").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let admin = app.with_admin().await;
    app.gql(clinic.token(), SAVE, json!({ "i": full_profile() }))
        .await
        .ok();

    let vars = json!({ "o": org });
    for reader in [&clinic, &officer_de, &admin] {
        let r = app.gql(reader.token(), PROFILE, vars.clone()).await;
        assert_eq!(r.ok()["organisationProfile"]["address"]["city"], "Berlin");
    }
    // Another clinic and another member state's agency: exactly like a missing organisation.
    for outsider in [&other_clinic, &officer_fr] {
        let r = app.gql(outsider.token(), PROFILE, vars.clone()).await;
        assert!(r.ok()["organisationProfile"].is_null(), "{}", r.body);
    }
    let missing = app
        .gql(
            officer_de.token(),
            PROFILE,
            json!({ "o": uuid::Uuid::now_v7() }),
        )
        .await;
    assert!(missing.ok()["organisationProfile"].is_null());
    // Roles without the permission.
    app.gql(vendor.token(), PROFILE, vars.clone())
        .await
        .expect_code("FORBIDDEN");
    app.gql(None, PROFILE, vars.clone())
        .await
        .expect_code("UNAUTHENTICATED");
}

#[tokio::test]
async fn only_the_clinic_itself_saves_its_profile() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let admin = app.with_admin().await;
    for who in [&officer, &vendor, &admin] {
        app.gql(who.token(), SAVE, json!({ "i": full_profile() }))
            .await
            .expect_code("FORBIDDEN");
    }
}

#[tokio::test]
async fn a_service_provider_learns_the_clinics_name_from_a_valid_code_and_nothing_from_an_invalid_one()
 {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let programme = app.with_open_programme(&officer, "DE-P17", "100000").await;
    let (_, code) = app
        .with_voucher(&officer, &clinic, programme, "10000")
        .await;

    let found = app.gql(vendor.token(), LOOKUP, json!({ "c": code })).await;
    assert_eq!(found.ok()["voucherLookup"]["clinicName"], "Clinic DE");

    let mut wrong = code.clone();
    let last = wrong.pop().unwrap();
    wrong.push(if last == '2' { '3' } else { '2' });
    let r = app.gql(vendor.token(), LOOKUP, json!({ "c": wrong })).await;
    assert!(r.code().is_some(), "{}", r.body);
    assert!(!r.body.to_string().contains("Clinic DE"));
    assert!(r.body["data"].is_null() || r.body["data"]["voucherLookup"].is_null());
}
