//! Voucher applications, vouchers, redemption and payment, end to end over HTTP: the whole
//! journey, every refusal, expiry, and tenancy for each role (`docs/vouchers.md`).
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use std::time::Duration;
use tests::fixtures::{
    APPROVE_APPLICATION, CREATE_APPLICATION, MY_VOUCHER, REDEEM, SUBMIT_APPLICATION,
    application_input, sme_input_with_staff,
};
use tests::{Account, TestApp, spawn_app};
use uuid::Uuid;

const FUNDS: &str = "query($id: ID!) { voucherProgram(id: $id) { funds { allocated committed disbursed available } } }";
const LEDGER: &str = "query($id: ID!) { voucherProgram(id: $id) { ledger(first: 100) { edges { node { kind amount voucherId } } } } }";
const ELIGIBILITY: &str = "query($p: ID!, $sme: SmeAssessmentInput) { programEligibility(programId: $p, sme: $sme) { eligible checks { rule outcome message } } }";
const QUEUE: &str = "query($p: ID) { reviewQueue(programId: $p) { edges { node { id status organisation { id name } smeSnapshot { category } } } } }";
const APPLICATION: &str = "query($id: ID!) { voucherApplication(id: $id) { id status requestedAmount approvedAmount decisionReason smeSnapshot { category isSme ruleVersion trace { article } } smeInput services { category estimatedCost } voucher { id } } }";
const LOOKUP: &str = "query($c: String!, $a: Decimal) { voucherLookup(code: $c, invoiceAmount: $a) { voucherId clinicName status remaining covers clinicPays aidIntensity serviceCategories } }";
const PAY: &str =
    "mutation($id: ID!) { approveRedemptionPayment(id: $id) { id status payable paidAt } }";
const NOTIFICATIONS: &str = "{ notifications(first: 50) { edges { node { kind application { id } voucher { id } } } } unreadNotifications }";
const REJECT: &str = "mutation($id: ID!, $r: String!) { rejectVoucherApplication(id: $id, reason: $r) { id status decisionReason } }";
const WITHDRAW: &str = "mutation($id: ID!) { withdrawVoucherApplication(id: $id) { id status } }";
const CANCEL: &str = "mutation($id: ID!, $r: String!) { cancelVoucher(id: $id, reason: $r) { id status remaining } }";

fn redeem(code: &str, reference: &str, category: &str, amount: &str) -> Value {
    json!({ "i": { "code": code, "invoiceReference": reference, "serviceCategory": category, "invoiceAmount": amount } })
}

async fn funds(app: &TestApp, officer: &Account, programme: Uuid) -> Value {
    app.gql(officer.token(), FUNDS, json!({ "id": programme }))
        .await
        .ok()["voucherProgram"]["funds"]
        .clone()
}

async fn ledger_kinds(app: &TestApp, officer: &Account, programme: Uuid) -> Vec<(String, String)> {
    let r = app
        .gql(officer.token(), LEDGER, json!({ "id": programme }))
        .await;
    let mut out: Vec<(String, String)> = r.ok()["voucherProgram"]["ledger"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["node"]["kind"].as_str().unwrap().to_owned(),
                e["node"]["amount"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    out.reverse();
    out
}

async fn notification_kinds(app: &TestApp, who: &Account) -> Vec<String> {
    let r = app.gql(who.token(), NOTIFICATIONS, json!({})).await;
    r.ok()["notifications"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["kind"].as_str().unwrap().to_owned())
        .collect()
}

fn failed_rules(r: &tests::Gql) -> Vec<String> {
    r.body["errors"][0]["extensions"]["failedRules"]
        .as_array()
        .unwrap_or(&vec![])
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_whole_journey_from_registration_to_a_fully_redeemed_and_paid_voucher() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (vendor_org, vendor) = app.with_vendor("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-JOURNEY", "100000")
        .await;

    // Register → verify → log in.
    let (clinic, reg) = app.with_self_registered_clinic("DE").await;
    let org = clinic.organisation.unwrap().to_string();
    // Before verification the eligibility check says why it may not apply yet.
    let e = app
        .gql(clinic.token(), ELIGIBILITY, json!({ "p": programme }))
        .await;
    assert_eq!(e.ok()["programEligibility"]["eligible"], false);
    let failed: Vec<&str> = e.ok()["programEligibility"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["outcome"] == "FAILED")
        .map(|c| c["rule"].as_str().unwrap())
        .collect();
    assert_eq!(failed, vec!["ORGANISATION_VERIFIED"]);
    app.gql(
        officer.token(),
        "mutation($id: ID!) { verifyOrganisation(id: $id) { status } }",
        json!({ "id": org }),
    )
    .await
    .ok();
    let e = app
        .gql(
            clinic.token(),
            ELIGIBILITY,
            json!({ "p": programme, "sme": tests::fixtures::micro_sme_input() }),
        )
        .await;
    assert_eq!(e.ok()["programEligibility"]["eligible"], true);
    let sme_check = e.ok()["programEligibility"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["rule"] == "SME_CATEGORY")
        .unwrap()
        .clone();
    assert_eq!(sme_check["outcome"], "PASSED");
    assert_eq!(
        sme_check["message"],
        "Your enterprise is micro, which is eligible."
    );

    // Apply: a draft, then submit; the SME result is kept as a snapshot.
    let draft = app
        .gql(
            clinic.token(),
            CREATE_APPLICATION,
            json!({ "p": programme, "i": application_input("10000", "20000") }),
        )
        .await;
    let app_id = draft.ok()["createVoucherApplication"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(draft.ok()["createVoucherApplication"]["status"], "DRAFT");
    // The agency does not see drafts.
    let q = app
        .gql(officer.token(), QUEUE, json!({ "p": programme }))
        .await;
    assert_eq!(q.ok()["reviewQueue"]["edges"].as_array().unwrap().len(), 0);
    let s = app
        .gql(clinic.token(), SUBMIT_APPLICATION, json!({ "id": app_id }))
        .await;
    let submitted = &s.ok()["submitVoucherApplication"];
    assert_eq!(submitted["status"], "SUBMITTED");
    assert_eq!(submitted["smeSnapshot"]["category"], "MICRO");
    assert_eq!(
        submitted["smeSnapshot"]["ruleVersion"],
        domain::sme::RULE_VERSION
    );

    // Review: the queue shows it with the snapshot; approve.
    let q = app
        .gql(officer.token(), QUEUE, json!({ "p": programme }))
        .await;
    let edges = q.ok()["reviewQueue"]["edges"].as_array().unwrap().clone();
    assert_eq!(edges.len(), 1);
    assert_eq!(edges[0]["node"]["id"], app_id.as_str());
    assert_eq!(edges[0]["node"]["organisation"]["id"], org.as_str());
    assert_eq!(edges[0]["node"]["smeSnapshot"]["category"], "MICRO");
    let a = app
        .gql(
            officer.token(),
            APPROVE_APPLICATION,
            json!({ "id": app_id }),
        )
        .await;
    let approved = &a.ok()["approveVoucherApplication"];
    assert_eq!(approved["status"], "APPROVED");
    assert_eq!(approved["approvedAmount"], "10000.00");
    assert_eq!(approved["voucher"]["status"], "ISSUED");
    assert_eq!(approved["voucher"]["amount"], "10000.00");
    // 20 % pre-financing paid on approval.
    assert_eq!(approved["voucher"]["prefinanced"], "2000.00");
    let voucher_id = approved["voucher"]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        funds(&app, &officer, programme).await,
        json!({ "allocated": "100000.00", "committed": "8000.00", "disbursed": "2000.00", "available": "90000.00" })
    );

    // The clinic sees its voucher's code; nobody else does.
    let v = app
        .gql(clinic.token(), MY_VOUCHER, json!({ "id": voucher_id }))
        .await;
    let code = v.ok()["voucher"]["code"].as_str().unwrap().to_owned();
    assert_eq!(code.len(), 24, "20 characters in groups of four: {code}");
    let v = app
        .gql(officer.token(), MY_VOUCHER, json!({ "id": voucher_id }))
        .await;
    assert_eq!(v.ok()["voucher"]["code"], Value::Null);

    // The vendor looks the code up (typed in lower case, without dashes) with an invoice.
    let typed = code.replace('-', "").to_lowercase();
    let l = app
        .gql(vendor.token(), LOOKUP, json!({ "c": typed, "a": "12000" }))
        .await;
    let quote = &l.ok()["voucherLookup"];
    // With a valid code, and only then, the provider learns whose voucher it is.
    assert_eq!(quote["clinicName"], reg["name"]);
    assert_eq!(quote["remaining"], "10000.00");
    assert_eq!(quote["covers"], "6000.00");
    assert_eq!(quote["clinicPays"], "6000.00");

    // Redeem in two invoices; the second is capped at what remains.
    let r1 = app
        .gql(
            vendor.token(),
            REDEEM,
            redeem(&typed, "INV-2027-001", "PENETRATION_TESTING", "12000"),
        )
        .await;
    let r1 = r1.ok()["redeemVoucher"].clone();
    assert_eq!(
        (
            r1["covered"].as_str(),
            r1["clinicPays"].as_str(),
            r1["remaining"].as_str()
        ),
        (Some("6000.00"), Some("6000.00"), Some("4000.00"))
    );
    assert_eq!(r1["voucherStatus"], "PARTIALLY_REDEEMED");
    // The advance of 2000 is offset: paying this invoice disburses 4000.
    assert_eq!(r1["redemption"]["payable"], "4000.00");
    let r2 = app
        .gql(
            vendor.token(),
            REDEEM,
            redeem(&code, "INV-2027-002", "PENETRATION_TESTING", "9000"),
        )
        .await;
    let r2 = r2.ok()["redeemVoucher"].clone();
    assert_eq!(
        (
            r2["covered"].as_str(),
            r2["clinicPays"].as_str(),
            r2["remaining"].as_str()
        ),
        (Some("4000.00"), Some("5000.00"), Some("0.00"))
    );
    assert_eq!(r2["voucherStatus"], "REDEEMED");
    // Nothing is left to redeem.
    app.gql(
        vendor.token(),
        REDEEM,
        redeem(&code, "INV-2027-003", "PENETRATION_TESTING", "100"),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");

    // The agency approves both payments.
    for r in [&r1, &r2] {
        let p = app
            .gql(officer.token(), PAY, json!({ "id": r["redemption"]["id"] }))
            .await;
        assert_eq!(p.ok()["approveRedemptionPayment"]["status"], "PAID");
    }
    app.gql(
        officer.token(),
        PAY,
        json!({ "id": r1["redemption"]["id"] }),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
    assert_eq!(
        funds(&app, &officer, programme).await,
        json!({ "allocated": "100000.00", "committed": "0.00", "disbursed": "10000.00", "available": "90000.00" })
    );
    assert_eq!(
        ledger_kinds(&app, &officer, programme).await,
        vec![
            ("ALLOCATE".to_owned(), "100000.00".to_owned()),
            ("COMMIT".to_owned(), "10000.00".to_owned()),
            ("DISBURSE".to_owned(), "2000.00".to_owned()),
            ("DISBURSE".to_owned(), "4000.00".to_owned()),
            ("DISBURSE".to_owned(), "4000.00".to_owned()),
        ]
    );
    let v = app
        .gql(
            clinic.token(),
            "query($id: ID!) { voucher(id: $id) { status redeemed redemptions { invoiceReference covered status } application { id } } }",
            json!({ "id": voucher_id }),
        )
        .await;
    assert_eq!(v.ok()["voucher"]["status"], "REDEEMED");
    assert_eq!(v.ok()["voucher"]["redeemed"], "10000.00");
    assert_eq!(v.ok()["voucher"]["application"]["id"], app_id.as_str());
    assert_eq!(
        v.ok()["voucher"]["redemptions"],
        json!([
            { "invoiceReference": "INV-2027-002", "covered": "4000.00", "status": "PAID" },
            { "invoiceReference": "INV-2027-001", "covered": "6000.00", "status": "PAID" }
        ])
    );

    // The clinic was told each step; the vendor of its payments.
    assert_eq!(
        notification_kinds(&app, &clinic).await,
        vec![
            "PAYMENT_APPROVED",
            "PAYMENT_APPROVED",
            "VOUCHER_REDEEMED",
            "VOUCHER_REDEEMED",
            "APPLICATION_APPROVED"
        ]
    );
    assert_eq!(
        notification_kinds(&app, &vendor).await,
        vec!["PAYMENT_APPROVED", "PAYMENT_APPROVED"]
    );
    let n = app.gql(clinic.token(), NOTIFICATIONS, json!({})).await;
    assert_eq!(n.ok()["unreadNotifications"], 5);
    let m = app
        .gql(
            clinic.token(),
            "mutation { markNotificationsRead }",
            json!({}),
        )
        .await;
    assert_eq!(m.ok()["markNotificationsRead"], 5);
    let n = app.gql(clinic.token(), NOTIFICATIONS, json!({})).await;
    assert_eq!(n.ok()["unreadNotifications"], 0);

    // The vendor sees the voucher it redeemed, without its code.
    let vs = app
        .gql(
            vendor.token(),
            "{ vouchers { edges { node { id code } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        vs.ok()["vouchers"]["edges"],
        json!([{ "node": { "id": voucher_id, "code": null } }])
    );
    let _ = vendor_org;

    // Every change left an audit row, and no row holds the code.
    let rows = app.audit_rows().await;
    for action in [
        "application.create",
        "application.submit",
        "application.approve",
        "funds.commit",
        "funds.disburse",
        "voucher.redeem",
        "redemption.pay",
    ] {
        assert!(
            rows.iter()
                .any(|r| r.action == action && r.outcome == "SUCCESS"),
            "{action}"
        );
    }
    let raw = code.replace('-', "");
    assert!(
        rows.iter()
            .all(|r| !r.detail.contains(&raw) && !r.detail.contains(&code))
    );
}

#[tokio::test]
async fn a_submission_failing_the_rules_is_refused_with_every_failed_rule_and_stays_a_draft() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-RULES", "100000")
        .await;
    // A medium-sized enterprise asking above the cap and above 50 % of its costs, for a
    // service the programme does not cover.
    let mut input = application_input("40000", "50000");
    input["sme"] = sme_input_with_staff("120");
    input["services"] = json!([{ "category": "SECURITY_TRAINING", "description": "Phishing training", "estimatedCost": "50000" }]);
    let r = app
        .gql(
            clinic.token(),
            CREATE_APPLICATION,
            json!({ "p": programme, "i": input }),
        )
        .await;
    let id = r.ok()["createVoucherApplication"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let before = app.audit_rows().await.len();
    let s = app
        .gql(clinic.token(), SUBMIT_APPLICATION, json!({ "id": id }))
        .await;
    s.expect_code("NOT_ELIGIBLE");
    assert_eq!(
        failed_rules(&s),
        vec![
            "SME_CATEGORY",
            "SERVICE_CATEGORIES",
            "MAXIMUM_AMOUNT",
            "AID_INTENSITY"
        ]
    );
    let messages: Vec<&str> = s.body["errors"][0]["extensions"]["failedRules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages[0],
        "Your enterprise is medium-sized; the programme is for micro, small enterprises only."
    );
    assert_eq!(
        messages[1],
        "The programme does not cover: security training."
    );
    assert_eq!(
        messages[2],
        "The programme pays at most 30000.00 EUR per voucher."
    );
    // Nothing changed but the audited refusal.
    let a = app
        .gql(clinic.token(), APPLICATION, json!({ "id": id }))
        .await;
    assert_eq!(a.ok()["voucherApplication"]["status"], "DRAFT");
    assert_eq!(a.ok()["voucherApplication"]["smeSnapshot"], Value::Null);
    let rows = app.audit_rows().await;
    assert_eq!(rows.len(), before + 1);
    let refusal = rows
        .iter()
        .find(|r| r.action == "application.submit")
        .unwrap();
    assert_eq!(refusal.outcome, "DENIED");
    assert!(refusal.detail.contains("MAXIMUM_AMOUNT"));

    // Fixed, it passes.
    let fixed = app
        .gql(
            clinic.token(),
            "mutation($id: ID!, $i: VoucherApplicationInput!) { updateVoucherApplication(id: $id, input: $i) { status requestedAmount smeInput } }",
            json!({ "id": id, "i": application_input("20000", "50000") }),
        )
        .await;
    assert_eq!(
        fixed.ok()["updateVoucherApplication"]["requestedAmount"],
        "20000.00"
    );
    assert_eq!(
        fixed.ok()["updateVoucherApplication"]["smeInput"]["applicant"],
        "clinic"
    );
    let s = app
        .gql(clinic.token(), SUBMIT_APPLICATION, json!({ "id": id }))
        .await;
    assert_eq!(s.ok()["submitVoucherApplication"]["status"], "SUBMITTED");
    // A submitted application can no longer be edited or submitted again.
    app.gql(
        clinic.token(),
        "mutation($id: ID!, $i: VoucherApplicationInput!) { updateVoucherApplication(id: $id, input: $i) { status } }",
        json!({ "id": id, "i": application_input("20000", "50000") }),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
    app.gql(clinic.token(), SUBMIT_APPLICATION, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
}

#[tokio::test]
async fn a_second_application_while_one_is_pending_or_active_is_not_eligible() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app.with_open_programme(&officer, "DE-ONCE", "100000").await;
    let first = app
        .with_submitted_application(&clinic, programme, "5000")
        .await;
    let second = app
        .with_draft_application(&clinic, programme, "5000", "10000")
        .await;
    let s = app
        .gql(clinic.token(), SUBMIT_APPLICATION, json!({ "id": second }))
        .await;
    s.expect_code("NOT_ELIGIBLE");
    assert_eq!(failed_rules(&s), vec!["ONE_ACTIVE_VOUCHER"]);
    // Approved: the voucher is active, so still not.
    app.gql(officer.token(), APPROVE_APPLICATION, json!({ "id": first }))
        .await
        .ok();
    let s = app
        .gql(clinic.token(), SUBMIT_APPLICATION, json!({ "id": second }))
        .await;
    assert_eq!(failed_rules(&s), vec!["ONE_ACTIVE_VOUCHER"]);
}

#[tokio::test]
async fn drafts_reject_bad_input_naming_the_field() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (fr_vendor, _) = app.with_vendor("FR").await;
    let programme = app
        .with_open_programme(&officer, "DE-INPUT", "100000")
        .await;
    let cases = [
        (json!({ "requestedAmount": "10.001" }), "requestedAmount"),
        (json!({ "requestedAmount": "-5" }), "requestedAmount"),
        (
            json!({ "services": [{ "category": "x", "description": "d", "estimatedCost": "10" }] }),
            "services[0].category",
        ),
        (
            json!({ "services": [{ "category": "RISK_ASSESSMENT", "description": " ", "estimatedCost": "10" }] }),
            "services[0].description",
        ),
        (
            json!({ "services": [{ "category": "RISK_ASSESSMENT", "description": "d", "estimatedCost": "0" }] }),
            "services[0].estimatedCost",
        ),
        (
            json!({ "sme": { "applicant": "nobody", "enterprises": [] } }),
            "sme.applicant",
        ),
        (
            json!({ "serviceProviderId": Uuid::now_v7() }),
            "serviceProviderId",
        ),
    ];
    let before = app
        .gql(
            clinic.token(),
            "{ voucherApplications { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        before.ok()["voucherApplications"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    for (patch, field) in cases {
        let mut input = application_input("10000", "20000");
        for (k, v) in patch.as_object().unwrap() {
            input[k] = v.clone();
        }
        let r = app
            .gql(
                clinic.token(),
                CREATE_APPLICATION,
                json!({ "p": programme, "i": input }),
            )
            .await;
        r.expect_code("VALIDATION");
        assert!(
            r.field().unwrap().starts_with(field),
            "{field}: {:?}",
            r.field()
        );
    }
    // A verified vendor of another state may be chosen (services cross borders) — but it must
    // be verified: an unverified one is refused like an unknown one.
    let mut input = application_input("10000", "20000");
    input["serviceProviderId"] = json!(fr_vendor);
    app.gql(
        clinic.token(),
        CREATE_APPLICATION,
        json!({ "p": programme, "i": input }),
    )
    .await
    .ok();
    let after = app
        .gql(
            clinic.token(),
            "{ voucherApplications { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        after.ok()["voucherApplications"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "nothing half-written"
    );
}

#[tokio::test]
async fn approving_beyond_the_available_funds_is_refused_and_writes_nothing() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic_a) = app.with_clinic("DE").await;
    let (_, clinic_b) = app.with_clinic("DE").await;
    let programme = app.with_open_programme(&officer, "DE-SMALL", "12000").await;
    let a = app
        .with_submitted_application(&clinic_a, programme, "8000")
        .await;
    let b = app
        .with_submitted_application(&clinic_b, programme, "8000")
        .await;
    app.gql(officer.token(), APPROVE_APPLICATION, json!({ "id": a }))
        .await
        .ok();
    let before = funds(&app, &officer, programme).await;
    let r = app
        .gql(officer.token(), APPROVE_APPLICATION, json!({ "id": b }))
        .await;
    r.expect_code("INSUFFICIENT_FUNDS");
    assert_eq!(funds(&app, &officer, programme).await, before);
    let q = app
        .gql(clinic_b.token(), APPLICATION, json!({ "id": b }))
        .await;
    assert_eq!(q.ok()["voucherApplication"]["status"], "SUBMITTED");
    assert_eq!(q.ok()["voucherApplication"]["voucher"], Value::Null);
    // Approving less than asked fits: 4000 of the 8000.
    let r = app
        .gql(
            officer.token(),
            APPROVE_APPLICATION,
            json!({ "id": b, "amount": "4000" }),
        )
        .await;
    assert_eq!(
        r.ok()["approveVoucherApplication"]["approvedAmount"],
        "4000.00"
    );
    assert_eq!(
        r.ok()["approveVoucherApplication"]["voucher"]["amount"],
        "4000.00"
    );
    assert_eq!(funds(&app, &officer, programme).await["available"], "0.00");
}

#[tokio::test]
async fn an_agency_approves_within_the_asked_amount_and_the_minimum_only() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-AMOUNTS", "100000")
        .await;
    let id = app
        .with_submitted_application(&clinic, programme, "5000")
        .await;
    for amount in ["5000.01", "999.99", "0", "12.345"] {
        let r = app
            .gql(
                officer.token(),
                APPROVE_APPLICATION,
                json!({ "id": id, "amount": amount }),
            )
            .await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some("amount"), "{amount}");
    }
    let q = app
        .gql(clinic.token(), APPLICATION, json!({ "id": id }))
        .await;
    assert_eq!(q.ok()["voucherApplication"]["status"], "SUBMITTED");
    // A clinic cannot approve its own application.
    app.gql(clinic.token(), APPROVE_APPLICATION, json!({ "id": id }))
        .await
        .expect_code("FORBIDDEN");
}

#[tokio::test]
async fn a_rejection_needs_a_reason_which_the_clinic_reads_and_is_notified_of() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-REJECT", "100000")
        .await;
    let id = app
        .with_submitted_application(&clinic, programme, "5000")
        .await;
    let r = app
        .gql(officer.token(), REJECT, json!({ "id": id, "r": "  " }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("reason"));
    let r = app
        .gql(
            officer.token(),
            REJECT,
            json!({ "id": id, "r": "The quote is not from an accredited provider." }),
        )
        .await;
    assert_eq!(r.ok()["rejectVoucherApplication"]["status"], "REJECTED");
    let q = app
        .gql(clinic.token(), APPLICATION, json!({ "id": id }))
        .await;
    assert_eq!(
        q.ok()["voucherApplication"]["decisionReason"],
        "The quote is not from an accredited provider."
    );
    assert_eq!(
        notification_kinds(&app, &clinic).await,
        vec!["APPLICATION_REJECTED"]
    );
    // Decided: it cannot be approved or withdrawn any more.
    app.gql(officer.token(), APPROVE_APPLICATION, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    app.gql(clinic.token(), WITHDRAW, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
}

#[tokio::test]
async fn the_review_queue_is_first_come_first_served_and_withdrawn_applications_leave_it() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-QUEUE", "100000")
        .await;
    let mut clinics = Vec::new();
    // Drafts created in one order, submitted in the reverse order.
    let mut drafts = Vec::new();
    for _ in 0..3 {
        let (_, c) = app.with_clinic("DE").await;
        drafts.push(
            app.with_draft_application(&c, programme, "5000", "10000")
                .await,
        );
        clinics.push(c);
    }
    for (c, d) in clinics.iter().zip(&drafts).rev() {
        app.gql(c.token(), SUBMIT_APPLICATION, json!({ "id": d }))
            .await
            .ok();
    }
    let queue = |r: tests::Gql| -> Vec<String> {
        r.ok()["reviewQueue"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let expected: Vec<String> = drafts.iter().rev().map(|d| d.to_string()).collect();
    assert_eq!(
        queue(
            app.gql(officer.token(), QUEUE, json!({ "p": programme }))
                .await
        ),
        expected
    );
    let w = app
        .gql(clinics[1].token(), WITHDRAW, json!({ "id": drafts[1] }))
        .await;
    assert_eq!(w.ok()["withdrawVoucherApplication"]["status"], "WITHDRAWN");
    assert_eq!(
        queue(
            app.gql(officer.token(), QUEUE, json!({ "p": programme }))
                .await
        ),
        vec![drafts[2].to_string(), drafts[0].to_string()]
    );
    // A draft withdrawn before it was submitted never reaches the agency.
    let (_, late) = app.with_clinic("DE").await;
    let never = app
        .with_draft_application(&late, programme, "5000", "10000")
        .await;
    app.gql(late.token(), WITHDRAW, json!({ "id": never }))
        .await
        .ok();
    let all = app
        .gql(
            officer.token(),
            "{ voucherApplications { edges { node { id status } } } }",
            json!({}),
        )
        .await;
    let ids: Vec<&str> = all.ok()["voucherApplications"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids.len(),
        3,
        "the three submitted ones, one of them withdrawn"
    );
    assert!(!ids.contains(&never.to_string().as_str()));
    // Only agency officers have a queue.
    app.gql(clinics[0].token(), QUEUE, json!({ "p": programme }))
        .await
        .expect_code("FORBIDDEN");
}

#[tokio::test]
async fn every_redemption_refusal_has_its_code_and_writes_nothing() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let (_, other_vendor) = app.with_vendor("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-REFUSALS", "100000")
        .await;
    let (voucher_id, code) = app.with_voucher(&officer, &clinic, programme, "5000").await;
    let ok = app
        .gql(
            vendor.token(),
            REDEEM,
            redeem(&code, "INV-1", "RISK_ASSESSMENT", "1000"),
        )
        .await;
    assert_eq!(ok.ok()["redeemVoucher"]["covered"], "500.00");

    // A category the programme does not cover.
    let r = app
        .gql(
            vendor.token(),
            REDEEM,
            redeem(&code, "INV-2", "SECURITY_TRAINING", "1000"),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("serviceCategory"));
    // The same invoice reference again.
    app.gql(
        vendor.token(),
        REDEEM,
        redeem(&code, "INV-1", "RISK_ASSESSMENT", "1000"),
    )
    .await
    .expect_code("CONFLICT");
    // A typo in the code is caught by its check character.
    let mut typo: Vec<char> = code.chars().collect();
    typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
    let r = app
        .gql(
            vendor.token(),
            REDEEM,
            redeem(
                &typo.iter().collect::<String>(),
                "INV-3",
                "RISK_ASSESSMENT",
                "1000",
            ),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("code"));
    // Bad amounts.
    for amount in ["0", "-1", "10.001"] {
        let r = app
            .gql(
                vendor.token(),
                REDEEM,
                redeem(&code, "INV-4", "RISK_ASSESSMENT", amount),
            )
            .await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some("invoiceAmount"));
    }
    // A clinic cannot redeem.
    app.gql(
        clinic.token(),
        REDEEM,
        redeem(&code, "INV-5", "RISK_ASSESSMENT", "1000"),
    )
    .await
    .expect_code("FORBIDDEN");
    // The clinic chooses `vendor`: for anyone else its code now answers like an unknown one.
    app.gql(
        clinic.token(),
        "mutation($v: ID!, $s: ID) { chooseServiceProvider(voucherId: $v, serviceProviderId: $s) { serviceProviderId } }",
        json!({ "v": voucher_id, "s": app.gql(vendor.token(), "{ me { organisation { id } } }", json!({})).await.ok()["me"]["organisation"]["id"] }),
    )
    .await
    .ok();
    let someone_elses = app
        .gql(
            other_vendor.token(),
            REDEEM,
            redeem(&code, "INV-6", "RISK_ASSESSMENT", "1000"),
        )
        .await;
    let unknown_code = domain::voucher::VoucherCode::from_random([7; 12])
        .or_else(|| domain::voucher::VoucherCode::from_random([8; 12]))
        .unwrap()
        .display();
    let unknown = app
        .gql(
            other_vendor.token(),
            REDEEM,
            redeem(&unknown_code, "INV-6", "RISK_ASSESSMENT", "1000"),
        )
        .await;
    someone_elses.expect_code("NOT_FOUND");
    assert_eq!(
        someone_elses.body, unknown.body,
        "someone else's code answers like an unknown one"
    );
    let lookup = app
        .gql(other_vendor.token(), LOOKUP, json!({ "c": code }))
        .await;
    assert_eq!(
        lookup.body,
        app.gql(other_vendor.token(), LOOKUP, json!({ "c": unknown_code }))
            .await
            .body
    );

    // Expired (its date has passed, before the expiry job ran): a year and a day later.
    app.clock().advance(chrono::Duration::days(366));
    app.gql(
        vendor.token(),
        REDEEM,
        redeem(&code, "INV-7", "RISK_ASSESSMENT", "1000"),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
    // A lookup says an expired voucher covers nothing.
    let l = app
        .gql(vendor.token(), LOOKUP, json!({ "c": code, "a": "1000" }))
        .await;
    assert_eq!(l.ok()["voucherLookup"]["covers"], "0.00");
    assert_eq!(l.ok()["voucherLookup"]["clinicPays"], "1000.00");
    // Only the first redemption happened.
    let v = app
        .gql(clinic.token(), MY_VOUCHER, json!({ "id": voucher_id }))
        .await;
    assert_eq!(v.ok()["voucher"]["redeemed"], "500.00");
}

#[tokio::test]
async fn code_lookups_are_rate_limited_per_service_provider() {
    let app = TestApp::builder()
        .limits(|l| l.code_failures_per_provider = 3)
        .spawn()
        .await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, guesser) = app.with_vendor("DE").await;
    let (_, honest) = app.with_vendor("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-LIMIT", "100000")
        .await;
    let (_, code) = app.with_voucher(&officer, &clinic, programme, "5000").await;
    let mut n = 0u8;
    let mut guess = || loop {
        n += 1;
        if let Some(c) = domain::voucher::VoucherCode::from_random([n; 12]) {
            return c.display();
        }
    };
    for _ in 0..3 {
        app.gql(guesser.token(), LOOKUP, json!({ "c": guess() }))
            .await
            .expect_code("NOT_FOUND");
    }
    // Limited now: even the right code is refused, so guessing cannot continue.
    app.gql(guesser.token(), LOOKUP, json!({ "c": guess() }))
        .await
        .expect_code("RATE_LIMITED");
    app.gql(guesser.token(), LOOKUP, json!({ "c": code }))
        .await
        .expect_code("RATE_LIMITED");
    app.gql(
        guesser.token(),
        REDEEM,
        redeem(&code, "INV-1", "RISK_ASSESSMENT", "100"),
    )
    .await
    .expect_code("RATE_LIMITED");
    // Another provider is not affected.
    let l = app.gql(honest.token(), LOOKUP, json!({ "c": code })).await;
    assert_eq!(l.ok()["voucherLookup"]["remaining"], "5000.00");
    let denied = app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| r.action == "voucher.lookup" && r.outcome == "DENIED")
        .count();
    assert_eq!(
        denied, 5,
        "three unknown codes and two refusals while limited"
    );
}

#[tokio::test]
async fn cancelling_releases_the_unspent_funds_and_keeps_redemptions_payable() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-CANCEL", "100000")
        .await;
    let (voucher_id, code) = app
        .with_voucher(&officer, &clinic, programme, "10000")
        .await;
    // 10000 committed, 2000 of it paid in advance; 6000 redeemed (4000 net to pay).
    let r = app
        .gql(
            vendor.token(),
            REDEEM,
            redeem(&code, "INV-1", "RISK_ASSESSMENT", "12000"),
        )
        .await;
    let redemption = r.ok()["redeemVoucher"]["redemption"]["id"].clone();
    let c = app
        .gql(
            officer.token(),
            CANCEL,
            json!({ "id": voucher_id, "r": "Provider contract ended" }),
        )
        .await;
    assert_eq!(c.ok()["cancelVoucher"]["status"], "CANCELLED");
    // Released: 10000 − max(6000 redeemed, 2000 advanced) = 4000.
    assert_eq!(
        funds(&app, &officer, programme).await,
        json!({ "allocated": "100000.00", "committed": "4000.00", "disbursed": "2000.00", "available": "94000.00" })
    );
    app.gql(
        officer.token(),
        CANCEL,
        json!({ "id": voucher_id, "r": "again" }),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
    app.gql(
        vendor.token(),
        REDEEM,
        redeem(&code, "INV-2", "RISK_ASSESSMENT", "100"),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
    let p = app
        .gql(officer.token(), PAY, json!({ "id": redemption }))
        .await;
    assert_eq!(p.ok()["approveRedemptionPayment"]["payable"], "4000.00");
    assert_eq!(
        funds(&app, &officer, programme).await,
        json!({ "allocated": "100000.00", "committed": "0.00", "disbursed": "6000.00", "available": "94000.00" })
    );
    assert!(
        notification_kinds(&app, &clinic)
            .await
            .contains(&"VOUCHER_CANCELLED".to_owned())
    );
}

#[tokio::test]
async fn the_expiry_job_expires_vouchers_past_their_date_and_releases_their_funds() {
    let app = TestApp::builder()
        .expiry_every(Duration::from_millis(200))
        .spawn()
        .await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, other) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-EXPIRY", "100000")
        .await;
    let (due, _) = app
        .with_voucher(&officer, &clinic, programme, "10000")
        .await;
    // Sixty days later another voucher; then time moves past the first one's 365 days only.
    app.clock().advance(chrono::Duration::days(60));
    let (not_due, _) = app.with_voucher(&officer, &other, programme, "5000").await;
    app.clock().advance(chrono::Duration::days(306));
    let mut status = Value::Null;
    for _ in 0..100 {
        let v = app
            .gql(clinic.token(), MY_VOUCHER, json!({ "id": due }))
            .await;
        status = v.ok()["voucher"]["status"].clone();
        if status == "EXPIRED" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status, "EXPIRED");
    let v = app
        .gql(other.token(), MY_VOUCHER, json!({ "id": not_due }))
        .await;
    assert_eq!(v.ok()["voucher"]["status"], "ISSUED");
    // 10000 − 2000 advanced released; the other voucher's 5000 (1000 advanced) stays.
    assert_eq!(
        funds(&app, &officer, programme).await,
        json!({ "allocated": "100000.00", "committed": "4000.00", "disbursed": "3000.00", "available": "93000.00" })
    );
    let kinds = ledger_kinds(&app, &officer, programme).await;
    assert_eq!(
        kinds.last().unwrap(),
        &("RELEASE".to_owned(), "8000.00".to_owned())
    );
    assert_eq!(kinds.iter().filter(|k| k.0 == "RELEASE").count(), 1);
    assert_eq!(
        notification_kinds(&app, &clinic).await[0],
        "VOUCHER_EXPIRED"
    );
}

#[tokio::test]
async fn two_server_processes_expire_each_voucher_exactly_once() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let programme = app.with_open_programme(&officer, "DE-TWO", "1000000").await;
    let mut ids = Vec::new();
    for _ in 0..12 {
        let (_, clinic) = app.with_clinic("DE").await;
        ids.push(
            app.with_voucher(&officer, &clinic, programme, "1000")
                .await
                .0,
        );
    }
    // A second process with its own connection pool (its own job runs hourly: not in this test).
    let second = app.another_process(TestApp::builder()).await;
    // Both processes share the clock; a year and a day later every voucher is due.
    app.clock().advance(chrono::Duration::days(366));
    // Both sweep at once, several times.
    let (a, b) = (app.state.clone(), second.state.clone());
    let runs = (0..4).flat_map(|_| {
        [
            tokio::spawn({
                let s = a.clone();
                async move { api::jobs::expiry::sweep(&s).await.unwrap() }
            }),
            tokio::spawn({
                let s = b.clone();
                async move { api::jobs::expiry::sweep(&s).await.unwrap() }
            }),
        ]
    });
    let expired: u64 = futures_util::future::join_all(runs)
        .await
        .into_iter()
        .map(|r| r.unwrap())
        .sum();
    assert_eq!(expired, 12, "each voucher expired by exactly one sweep");
    let kinds = ledger_kinds(&app, &officer, programme).await;
    assert_eq!(kinds.iter().filter(|k| k.0 == "RELEASE").count(), 12);
    assert_eq!(
        funds(&app, &officer, programme).await,
        json!({ "allocated": "1000000.00", "committed": "0.00", "disbursed": "2400.00", "available": "997600.00" })
    );
    let audits = app.audit_rows().await;
    assert_eq!(
        audits
            .iter()
            .filter(|r| r.action == "voucher.expire")
            .count(),
        12
    );
}

#[tokio::test]
async fn each_role_sees_only_its_own_applications_vouchers_and_redemptions() {
    let app = spawn_app().await;
    let (_, de_officer) = app.with_agency("DE").await;
    let (_, fr_officer) = app.with_agency("FR").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, neighbour) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let (_, idle_vendor) = app.with_vendor("DE").await;
    let programme = app
        .with_open_programme(&de_officer, "DE-TENANCY", "100000")
        .await;
    let (voucher_id, code) = app
        .with_voucher(&de_officer, &clinic, programme, "5000")
        .await;
    let application = app
        .gql(
            clinic.token(),
            "{ voucherApplications { edges { node { id } } } }",
            json!({}),
        )
        .await
        .ok()["voucherApplications"]["edges"][0]["node"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = app
        .gql(
            vendor.token(),
            REDEEM,
            redeem(&code, "INV-1", "RISK_ASSESSMENT", "1000"),
        )
        .await;
    let redemption = r.ok()["redeemVoucher"]["redemption"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let count = |r: tests::Gql, field: &str| r.ok()[field]["edges"].as_array().unwrap().len();
    let apps = "{ voucherApplications { edges { node { id } } } }";
    let vouchers = "{ vouchers { edges { node { id } } } }";
    let redemptions = "{ redemptions { edges { node { id } } } }";
    // Lists.
    // `None`: the role has no application list at all (service providers).
    for (who, a, v, r) in [
        (&clinic, Some(1), 1, 1),
        (&neighbour, Some(0), 0, 0),
        (&de_officer, Some(1), 1, 1),
        (&fr_officer, Some(0), 0, 0),
        (&vendor, None, 1, 1),
        (&idle_vendor, None, 0, 0),
    ] {
        let apps_r = app.gql(who.token(), apps, json!({})).await;
        match a {
            Some(n) => assert_eq!(
                count(apps_r, "voucherApplications"),
                n,
                "{} applications",
                who.email
            ),
            None => {
                apps_r.expect_code("FORBIDDEN");
            }
        }
        assert_eq!(
            count(app.gql(who.token(), vouchers, json!({})).await, "vouchers"),
            v,
            "{} vouchers",
            who.email
        );
        assert_eq!(
            count(
                app.gql(who.token(), redemptions, json!({})).await,
                "redemptions"
            ),
            r,
            "{} redemptions",
            who.email
        );
    }
    // By id: out of scope is exactly like missing.
    let missing = Uuid::now_v7();
    for who in [&neighbour, &fr_officer, &idle_vendor] {
        let seen = app
            .gql(
                who.token(),
                "query($id: ID!) { voucher(id: $id) { id } }",
                json!({ "id": voucher_id }),
            )
            .await;
        let none = app
            .gql(
                who.token(),
                "query($id: ID!) { voucher(id: $id) { id } }",
                json!({ "id": missing }),
            )
            .await;
        assert_eq!(seen.body, none.body);
        let seen = app
            .gql(
                who.token(),
                "query($id: ID!) { voucherApplication(id: $id) { id } }",
                json!({ "id": application }),
            )
            .await;
        assert_eq!(seen.ok()["voucherApplication"], Value::Null);
    }
    // Mutations on others' records: NOT_FOUND, same as missing, and audited.
    let cancel_other = app
        .gql(
            fr_officer.token(),
            CANCEL,
            json!({ "id": voucher_id, "r": "x" }),
        )
        .await;
    let cancel_missing = app
        .gql(
            fr_officer.token(),
            CANCEL,
            json!({ "id": missing, "r": "x" }),
        )
        .await;
    assert_eq!(cancel_other.body, cancel_missing.body);
    cancel_other.expect_code("NOT_FOUND");
    let pay_other = app
        .gql(fr_officer.token(), PAY, json!({ "id": redemption }))
        .await;
    pay_other.expect_code("NOT_FOUND");
    let withdraw_other = app
        .gql(neighbour.token(), WITHDRAW, json!({ "id": application }))
        .await;
    withdraw_other.expect_code("NOT_FOUND");
    let rows = app.audit_rows().await;
    let probes = |reads: bool| {
        rows.iter()
            .filter(|r| r.outcome == "DENIED" && r.detail.contains("out_of_scope"))
            .filter(|r| (r.action == "voucher.read" || r.action == "application.read") == reads)
            .count()
    };
    assert_eq!(
        probes(false),
        3,
        "the three write probes of existing records are audited"
    );
    assert_eq!(
        probes(true),
        6,
        "so are the six reads by id of existing records (not the missing ones)"
    );
    // The FR agency cannot approve or read the DE queue.
    let q = app
        .gql(fr_officer.token(), QUEUE, json!({ "p": programme }))
        .await;
    assert_eq!(q.ok()["reviewQueue"]["edges"].as_array().unwrap().len(), 0);
    // Anonymous callers get nothing.
    app.gql(None, vouchers, json!({}))
        .await
        .expect_code("UNAUTHENTICATED");
    app.gql(None, NOTIFICATIONS, json!({}))
        .await
        .expect_code("UNAUTHENTICATED");
}

#[tokio::test]
async fn submission_is_refused_for_another_member_state_beyond_de_minimis_and_after_closing() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, de_clinic) = app.with_clinic("DE").await;
    let (_, fr_clinic) = app.with_clinic("FR").await;
    let programme = app
        .with_open_programme(&officer, "DE-MORE-RULES", "100000")
        .await;
    // A French clinic sees the open German programme but may not apply to it.
    let fr = app
        .with_draft_application(&fr_clinic, programme, "5000", "10000")
        .await;
    let s = app
        .gql(fr_clinic.token(), SUBMIT_APPLICATION, json!({ "id": fr }))
        .await;
    assert_eq!(failed_rules(&s), vec!["MEMBER_STATE"]);
    // De minimis: 296,000 EUR declared + 5,000 asked is above 300,000 over three years.
    let mut input = application_input("5000", "10000");
    input["deMinimisReceivedEur"] = json!("296000");
    let r = app
        .gql(
            de_clinic.token(),
            CREATE_APPLICATION,
            json!({ "p": programme, "i": input }),
        )
        .await;
    let id = r.ok()["createVoucherApplication"]["id"].clone();
    let s = app
        .gql(de_clinic.token(), SUBMIT_APPLICATION, json!({ "id": id }))
        .await;
    assert_eq!(failed_rules(&s), vec!["DE_MINIMIS"]);
    // Vouchers of this platform count too: 20,000 EUR issued in another de minimis programme
    // plus 276,000 declared plus 5,000 asked is above the ceiling; 275,000 declared is not.
    let (_, other_clinic) = app.with_clinic("DE").await;
    let other = app
        .with_open_programme(&officer, "DE-EARLIER", "100000")
        .await;
    app.with_voucher(&officer, &other_clinic, other, "20000")
        .await;
    for (declared, failed) in [("276000", vec!["DE_MINIMIS"]), ("275000", vec![])] {
        let mut input = application_input("5000", "10000");
        input["deMinimisReceivedEur"] = json!(declared);
        let r = app
            .gql(
                other_clinic.token(),
                CREATE_APPLICATION,
                json!({ "p": programme, "i": input }),
            )
            .await;
        let id = r.ok()["createVoucherApplication"]["id"].clone();
        let s = app
            .gql(
                other_clinic.token(),
                SUBMIT_APPLICATION,
                json!({ "id": id }),
            )
            .await;
        assert_eq!(failed_rules(&s), failed, "declared {declared}");
        if failed.is_empty() {
            app.gql(other_clinic.token(), WITHDRAW, json!({ "id": id }))
                .await
                .ok();
        }
    }
    // After the agency closes the programme, nothing can be submitted to it.
    app.gql(
        officer.token(),
        "mutation($id: ID!) { closeVoucherProgram(id: $id) { status } }",
        json!({ "id": programme }),
    )
    .await
    .ok();
    let draft = app
        .gql(
            de_clinic.token(),
            "mutation($id: ID!, $i: VoucherApplicationInput!) { updateVoucherApplication(id: $id, input: $i) { id } }",
            json!({ "id": id, "i": application_input("5000", "10000") }),
        )
        .await;
    draft.ok();
    let s = app
        .gql(de_clinic.token(), SUBMIT_APPLICATION, json!({ "id": id }))
        .await;
    assert_eq!(failed_rules(&s), vec!["PROGRAMME_OPEN"]);
}

#[tokio::test]
async fn clinics_choose_their_provider_from_the_directory_of_verified_service_providers() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (de_vendor, vendor) = app.with_vendor("DE").await;
    let (fr_vendor, _) = app.with_vendor("FR").await;
    // A service provider not (or no longer) verified is not in the directory.
    let (unverified, _) = app.with_vendor("DE").await;
    api::store::entities::organisation::Entity::update_many()
        .col_expr(
            api::store::entities::organisation::Column::Status,
            Expr::value("PENDING"),
        )
        .filter(api::store::entities::organisation::Column::Id.eq(unverified))
        .exec(app.state.store.db())
        .await
        .unwrap();
    let directory = "query($ms: String) { serviceProviders(memberState: $ms) { edges { node { id name memberState { code } } } } }";
    let ids = |r: tests::Gql| -> Vec<String> {
        r.ok()["serviceProviders"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
            .collect()
    };
    // Every verified provider, of any member state, and nothing else.
    let all = ids(app.gql(clinic.token(), directory, json!({})).await);
    assert_eq!(all, vec![de_vendor.to_string(), fr_vendor.to_string()]);
    let fr = ids(app
        .gql(clinic.token(), directory, json!({ "ms": "FR" }))
        .await);
    assert_eq!(fr, vec![fr_vendor.to_string()]);
    app.gql(None, directory, json!({}))
        .await
        .expect_code("UNAUTHENTICATED");
    // The clinic names one for its voucher; then only that one may redeem it.
    let programme = app
        .with_open_programme(&officer, "DE-CHOOSE", "100000")
        .await;
    let (voucher_id, code) = app.with_voucher(&officer, &clinic, programme, "5000").await;
    let choose = "mutation($v: ID!, $s: ID) { chooseServiceProvider(voucherId: $v, serviceProviderId: $s) { serviceProviderId } }";
    let r = app
        .gql(
            clinic.token(),
            choose,
            json!({ "v": voucher_id, "s": fr_vendor }),
        )
        .await;
    assert_eq!(
        r.ok()["chooseServiceProvider"]["serviceProviderId"],
        fr_vendor.to_string()
    );
    app.gql(
        vendor.token(),
        REDEEM,
        redeem(&code, "INV-1", "RISK_ASSESSMENT", "100"),
    )
    .await
    .expect_code("NOT_FOUND");
    // An agency is not a service provider.
    let (agency, _) = app.with_agency("AT").await;
    let r = app
        .gql(
            clinic.token(),
            choose,
            json!({ "v": voucher_id, "s": agency }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("serviceProviderId"));
    // Back to any provider.
    app.gql(
        clinic.token(),
        choose,
        json!({ "v": voucher_id, "s": null }),
    )
    .await
    .ok();
    let ok = app
        .gql(
            vendor.token(),
            REDEEM,
            redeem(&code, "INV-1", "RISK_ASSESSMENT", "100"),
        )
        .await;
    assert_eq!(ok.ok()["redeemVoucher"]["covered"], "50.00");
}

/// Every aliased lookup is one guess: 25 aliases in one request cannot check more codes than the
/// limit, because each guess is reserved before the lookup (`docs/security.md`).
#[tokio::test]
async fn aliased_code_lookups_each_count_as_one_guess() {
    let app = TestApp::builder()
        .limits(|l| l.code_failures_per_provider = 10)
        .spawn()
        .await;
    let (_, guesser) = app.with_vendor("DE").await;
    let guesses: Vec<String> = (1u8..=60)
        .filter_map(|n| domain::voucher::VoucherCode::from_random([n; 12]))
        .take(25)
        .map(|c| c.display())
        .collect();
    let fields: String = guesses
        .iter()
        .enumerate()
        .map(|(i, c)| format!("g{i}: voucherLookup(code: \"{c}\") {{ voucherId }} "))
        .collect();
    let r = app
        .gql(guesser.token(), &format!("{{ {fields} }}"), json!({}))
        .await;
    let codes: Vec<&str> = r.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["extensions"]["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes.len(), 25, "every alias answered: {}", r.body);
    let checked = codes.iter().filter(|c| **c == "NOT_FOUND").count();
    let limited = codes.iter().filter(|c| **c == "RATE_LIMITED").count();
    assert_eq!(checked, 10, "exactly the limit was checked: {codes:?}");
    assert_eq!(limited, 15);
}

/// Guesses sent all at once cannot check more codes than the limit: each is reserved first by
/// one conditional update (`docs/security.md`, "Limits that hold under concurrency").
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_code_guesses_check_no_more_codes_than_the_limit() {
    let app = TestApp::builder()
        .limits(|l| l.code_failures_per_provider = 3)
        .spawn()
        .await;
    let (_, guesser) = app.with_vendor("DE").await;
    let guesses: Vec<String> = (1..=255u8)
        .filter_map(|n| domain::voucher::VoucherCode::from_random([n; 12]))
        .map(|c| c.display())
        .take(30)
        .collect();
    assert_eq!(guesses.len(), 30);
    let answers = futures_util::future::join_all(guesses.iter().map(|c| {
        let (app, token) = (&app, guesser.token());
        async move { app.gql(token, LOOKUP, json!({ "c": c })).await }
    }))
    .await;
    let count = |code: &str| answers.iter().filter(|a| a.code() == Some(code)).count();
    assert_eq!(count("NOT_FOUND"), 3, "exactly the limit was checked");
    assert_eq!(count("RATE_LIMITED"), 27);
}
