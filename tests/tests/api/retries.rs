//! Safe retries (`docs/vouchers.md`, "Retrying safely"): a client whose response was lost sends
//! the same request with the same idempotency key and gets the first result back — never an
//! error, never a second effect — even when the retries race each other; the same key for a
//! different request is a `CONFLICT`. Checked by the effects: vouchers, ledger entries,
//! redemptions and audit rows counted.
use futures_util::future::join_all;
use serde_json::{Value, json};
use tests::fixtures::{APPROVE_APPLICATION, REDEEM};
use tests::{Account, TestApp, spawn_app};
use uuid::Uuid;

const APPROVE: &str = "mutation($id: ID!, $amount: Decimal, $k: String) { approveVoucherApplication(id: $id, amount: $amount, idempotencyKey: $k) { id status approvedAmount voucher { id } } }";
const REJECT: &str = "mutation($id: ID!, $r: String!, $k: String) { rejectVoucherApplication(id: $id, reason: $r, idempotencyKey: $k) { id status decisionReason } }";
const CANCEL: &str = "mutation($id: ID!, $r: String!, $k: String) { cancelVoucher(id: $id, reason: $r, idempotencyKey: $k) { id status remaining } }";
const PAY: &str = "mutation($id: ID!, $k: String) { approveRedemptionPayment(id: $id, idempotencyKey: $k) { id status paidAt } }";
const LEDGER: &str = "query($id: ID!) { voucherProgram(id: $id) { ledger(first: 100) { edges { node { kind } } } } }";

async fn ledger_count(app: &TestApp, officer: &Account, programme: Uuid, kind: &str) -> usize {
    let r = app
        .gql(officer.token(), LEDGER, json!({ "id": programme }))
        .await;
    r.ok()["voucherProgram"]["ledger"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["node"]["kind"] == kind)
        .count()
}

async fn audited(app: &TestApp, action: &str) -> usize {
    app.audit_rows()
        .await
        .iter()
        .filter(|r| r.action == action)
        .count()
}

fn redeem(code: &str, reference: &str, amount: &str, key: &str) -> Value {
    json!({ "i": { "code": code, "invoiceReference": reference, "serviceCategory": "PENETRATION_TESTING", "invoiceAmount": amount, "idempotencyKey": key } })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_approval_retried_with_its_key_returns_the_first_and_issues_one_voucher() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-RETRY-A", "100000")
        .await;
    let id = app
        .with_submitted_application(&clinic, programme, "10000")
        .await;
    let vars = json!({ "id": id, "amount": "8000", "k": "approve-1" });
    // Ten retries race each other: all get the same approval back.
    let answers = join_all((0..10).map(|_| app.gql(officer.token(), APPROVE, vars.clone()))).await;
    let vouchers: Vec<&Value> = answers
        .iter()
        .map(|a| &a.ok()["approveVoucherApplication"]["voucher"]["id"])
        .collect();
    assert!(vouchers.iter().all(|v| *v == vouchers[0]), "{vouchers:?}");
    assert_eq!(
        answers[0].ok()["approveVoucherApplication"]["approvedAmount"],
        "8000.00"
    );
    assert_eq!(ledger_count(&app, &officer, programme, "COMMIT").await, 1);
    assert_eq!(audited(&app, "application.approve").await, 1);

    // The same key for another amount is a conflict; without a key a second approval is the
    // state error it always was.
    app.gql(
        officer.token(),
        APPROVE,
        json!({ "id": id, "amount": "9000", "k": "approve-1" }),
    )
    .await
    .expect_code("CONFLICT");
    app.gql(officer.token(), APPROVE_APPLICATION, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    app.gql(
        officer.token(),
        APPROVE,
        json!({ "id": id, "k": "approve-2" }),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
    assert_eq!(ledger_count(&app, &officer, programme, "COMMIT").await, 1);
}

#[tokio::test]
async fn a_rejection_and_a_cancellation_retried_with_their_keys_happen_once() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, other) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-RETRY-R", "100000")
        .await;
    let id = app
        .with_submitted_application(&clinic, programme, "10000")
        .await;
    let reason = "The planned services are outside the programme's scope.";
    for _ in 0..2 {
        let r = app
            .gql(
                officer.token(),
                REJECT,
                json!({ "id": id, "r": reason, "k": "reject-1" }),
            )
            .await;
        assert_eq!(r.ok()["rejectVoucherApplication"]["status"], "REJECTED");
    }
    assert_eq!(audited(&app, "application.reject").await, 1);
    app.gql(
        officer.token(),
        REJECT,
        json!({ "id": id, "r": "Another reason, long enough to be one.", "k": "reject-1" }),
    )
    .await
    .expect_code("CONFLICT");

    let (voucher, _) = app.with_voucher(&officer, &other, programme, "5000").await;
    let vars =
        json!({ "id": voucher, "r": "The clinic closed its cardiology unit.", "k": "cancel-1" });
    for _ in 0..2 {
        let r = app.gql(officer.token(), CANCEL, vars.clone()).await;
        assert_eq!(r.ok()["cancelVoucher"]["status"], "CANCELLED");
    }
    assert_eq!(ledger_count(&app, &officer, programme, "RELEASE").await, 1);
    assert_eq!(audited(&app, "voucher.cancel").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_redemption_and_its_payment_retried_with_their_keys_happen_once() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-RETRY-P", "100000")
        .await;
    let (_, code) = app
        .with_voucher(&officer, &clinic, programme, "10000")
        .await;

    let vars = redeem(&code, "INV-RETRY-1", "3000", "redeem-1");
    let answers = join_all((0..8).map(|_| app.gql(vendor.token(), REDEEM, vars.clone()))).await;
    let ids: Vec<&Value> = answers
        .iter()
        .map(|a| &a.ok()["redeemVoucher"]["redemption"]["id"])
        .collect();
    assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
    assert_eq!(audited(&app, "voucher.redeem").await, 1);
    // The same key for another invoice amount is a conflict, and writes nothing.
    app.gql(
        vendor.token(),
        REDEEM,
        redeem(&code, "INV-RETRY-1", "3500", "redeem-1"),
    )
    .await
    .expect_code("CONFLICT");
    assert_eq!(audited(&app, "voucher.redeem").await, 1);

    let redemption = ids[0].as_str().unwrap().to_owned();
    let vars = json!({ "id": redemption, "k": "pay-1" });
    let paid = join_all((0..6).map(|_| app.gql(officer.token(), PAY, vars.clone()))).await;
    for p in &paid {
        assert_eq!(p.ok()["approveRedemptionPayment"]["status"], "PAID");
        assert_eq!(
            p.ok()["approveRedemptionPayment"]["paidAt"],
            paid[0].ok()["approveRedemptionPayment"]["paidAt"]
        );
    }
    assert_eq!(audited(&app, "redemption.pay").await, 1);
}

#[tokio::test]
async fn a_malformed_idempotency_key_is_refused_naming_the_field() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-RETRY-K", "100000")
        .await;
    let id = app
        .with_submitted_application(&clinic, programme, "10000")
        .await;
    let r = app
        .gql(
            officer.token(),
            APPROVE,
            json!({ "id": id, "k": "not a key!" }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("idempotencyKey"));
    assert_eq!(ledger_count(&app, &officer, programme, "COMMIT").await, 0);
}
