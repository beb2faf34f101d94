//! The cost-derived amount (issue #17): min(eligible costs × aid intensity, maximum voucher),
//! shown step by step, before saving and on the application.
use serde_json::json;
use tests::fixtures::{CREATE_APPLICATION, SUBMIT_APPLICATION, micro_sme_input};
use tests::spawn_app;

const PREVIEW: &str = "query($p: ID!, $s: [PlannedServiceInput!]!) { voucherAmountPreview(programId: $p, services: $s) { eligibleCosts aidIntensity aidAmount cap minimum amount capped belowMinimum currency } }";
const DERIVATION: &str = "query($id: ID!) { voucherApplication(id: $id) { requestedAmount amountDerivation { eligibleCosts aidIntensity aidAmount cap amount capped } } }";

fn service(category: &str, cost: &str) -> serde_json::Value {
    json!({ "category": category, "description": "Work on the patient portal", "estimatedCost": cost })
}

fn dec(v: &serde_json::Value) -> rust_decimal::Decimal {
    v.as_str().unwrap().parse().unwrap()
}

#[tokio::test]
async fn an_application_without_an_amount_asks_for_the_aid_intensity_of_its_eligible_costs() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app.with_open_programme(&officer, "DE-A17", "100000").await;
    let services = json!([
        service("RISK_ASSESSMENT", "8000"),
        service("PENETRATION_TESTING", "12000"),
        service("SECURITY_TRAINING", "5000")
    ]);

    let preview = app
        .gql(
            clinic.token(),
            PREVIEW,
            json!({ "p": programme, "s": services }),
        )
        .await;
    let p = &preview.ok()["voucherAmountPreview"];
    assert_eq!(dec(&p["eligibleCosts"]), 20000.into());
    assert_eq!(dec(&p["aidIntensity"]), 50.into());
    assert_eq!(dec(&p["aidAmount"]), 10000.into());
    assert_eq!(dec(&p["cap"]), 30000.into());
    assert_eq!(dec(&p["amount"]), 10000.into());
    assert_eq!(p["capped"], false);
    assert_eq!(p["currency"], "EUR");

    let input = json!({ "services": services, "sme": micro_sme_input() });
    let created = app
        .gql(
            clinic.token(),
            CREATE_APPLICATION,
            json!({ "p": programme, "i": input }),
        )
        .await;
    let id = created.ok()["createVoucherApplication"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let read = app
        .gql(clinic.token(), DERIVATION, json!({ "id": id }))
        .await;
    let a = &read.ok()["voucherApplication"];
    assert_eq!(dec(&a["requestedAmount"]), 10000.into());
    assert_eq!(dec(&a["amountDerivation"]["amount"]), 10000.into());
    assert_eq!(dec(&a["amountDerivation"]["eligibleCosts"]), 20000.into());
}

#[tokio::test]
async fn a_derived_amount_is_capped_at_the_maximum_voucher() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app.with_open_programme(&officer, "DE-A17B", "100000").await;
    let input =
        json!({ "services": [service("PENETRATION_TESTING", "100000")], "sme": micro_sme_input() });
    let created = app
        .gql(
            clinic.token(),
            CREATE_APPLICATION,
            json!({ "p": programme, "i": input }),
        )
        .await;
    let id = created.ok()["createVoucherApplication"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let submitted = app
        .gql(clinic.token(), SUBMIT_APPLICATION, json!({ "id": id }))
        .await;
    assert_eq!(
        submitted.ok()["submitVoucherApplication"]["status"],
        "SUBMITTED"
    );
    let read = app
        .gql(officer.token(), DERIVATION, json!({ "id": id }))
        .await;
    let d = &read.ok()["voucherApplication"]["amountDerivation"];
    assert_eq!(dec(&d["aidAmount"]), 50000.into());
    assert_eq!(dec(&d["amount"]), 30000.into());
    assert_eq!(d["capped"], true);
}

#[tokio::test]
async fn a_derived_amount_below_the_minimum_voucher_is_refused_at_submission() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app.with_open_programme(&officer, "DE-A17C", "100000").await;
    let services = json!([service("RISK_ASSESSMENT", "1000")]);
    let preview = app
        .gql(
            clinic.token(),
            PREVIEW,
            json!({ "p": programme, "s": services }),
        )
        .await;
    assert_eq!(preview.ok()["voucherAmountPreview"]["belowMinimum"], true);
    let input = json!({ "services": services, "sme": micro_sme_input() });
    let created = app
        .gql(
            clinic.token(),
            CREATE_APPLICATION,
            json!({ "p": programme, "i": input }),
        )
        .await;
    let id = created.ok()["createVoucherApplication"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.gql(clinic.token(), SUBMIT_APPLICATION, json!({ "id": id }))
        .await
        .expect_code("NOT_ELIGIBLE");
}

#[tokio::test]
async fn only_a_clinic_previews_an_amount() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let programme = app.with_open_programme(&officer, "DE-A17D", "100000").await;
    let vars = json!({ "p": programme, "s": [service("RISK_ASSESSMENT", "1000")] });
    app.gql(officer.token(), PREVIEW, vars.clone())
        .await
        .expect_code("FORBIDDEN");
}
