//! References people can quote (`docs/vouchers.md#references`): every application, voucher,
//! redemption and payment gets one, unique per programme and gapless in the order of
//! submission or issue, whatever the concurrency; lists, details, the ledger and its CSV show
//! them; `findByReference` opens what one names.
use futures_util::future::join_all;
use serde_json::{Value, json};
use tests::fixtures::{
    APPROVE_APPLICATION, CREATE_APPLICATION, REDEEM, SUBMIT_APPLICATION, application_input,
};
use tests::spawn_app;

const FIND: &str = "query($r: String!) { findByReference(reference: $r) { __typename ... on VoucherApplication { id reference } ... on Voucher { id reference } ... on Redemption { id reference paymentReference } } }";

#[tokio::test]
async fn a_hundred_concurrent_submissions_are_numbered_one_to_a_hundred_in_queue_order() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-REFS-2027", "1000000")
        .await;
    let mut drafts = Vec::new();
    for _ in 0..100 {
        let (_, clinic) = app.with_clinic("DE").await;
        let r = app
            .gql(
                clinic.token(),
                CREATE_APPLICATION,
                json!({ "p": programme, "i": application_input("2000", "4000") }),
            )
            .await;
        let id = r.ok()["createVoucherApplication"]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        drafts.push((clinic, id));
    }
    let submitted = join_all(drafts.iter().map(|(clinic, id)| {
        app.gql(
            clinic.token(),
            "mutation($id: ID!) { submitVoucherApplication(id: $id) { id reference } }",
            json!({ "id": id }),
        )
    }))
    .await;
    let mut references: Vec<String> = submitted
        .iter()
        .map(|r| {
            r.ok()["submitVoucherApplication"]["reference"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    references.sort();
    let expected: Vec<String> = (1..=100)
        .map(|n| format!("DE-REFS-2027-A-{n:06}"))
        .collect();
    assert_eq!(references, expected, "gapless, no duplicate");

    // The queue (first come, first served) is in reference order, and shows them.
    let q = app
        .gql(
            officer.token(),
            "query($p: ID) { reviewQueue(programId: $p, first: 100) { totalCount edges { node { reference } } } }",
            json!({ "p": programme }),
        )
        .await;
    assert_eq!(q.ok()["reviewQueue"]["totalCount"], 100);
    let in_queue: Vec<&str> = q.ok()["reviewQueue"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["reference"].as_str().unwrap())
        .collect();
    assert_eq!(in_queue, expected);
}

#[tokio::test]
async fn application_voucher_redemption_and_payment_carry_references_into_the_ledger_and_its_csv() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    // A code that does not start with its member state gets it as a prefix.
    let programme = app
        .with_open_programme(&officer, "KH-CYBER-2027", "100000")
        .await;
    let draft = app
        .with_draft_application(&clinic, programme, "10000", "20000")
        .await;
    let d = app
        .gql(
            clinic.token(),
            "query($id: ID!) { voucherApplication(id: $id) { reference } }",
            json!({ "id": draft }),
        )
        .await;
    assert_eq!(d.ok()["voucherApplication"]["reference"], Value::Null);
    let s = app
        .gql(clinic.token(), SUBMIT_APPLICATION, json!({ "id": draft }))
        .await;
    s.ok();
    let approved = app
        .gql(officer.token(), APPROVE_APPLICATION, json!({ "id": draft }))
        .await;
    let voucher = approved.ok()["approveVoucherApplication"]["voucher"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let v = app
        .gql(
            clinic.token(),
            "query($id: ID!) { voucher(id: $id) { code reference application { reference } } }",
            json!({ "id": voucher }),
        )
        .await;
    let v = &v.ok()["voucher"];
    assert_eq!(v["reference"], "DE-KH-CYBER-2027-V-000001");
    assert_eq!(v["application"]["reference"], "DE-KH-CYBER-2027-A-000001");
    let redeemed = app
        .gql(
            vendor.token(),
            REDEEM,
            json!({ "i": { "code": v["code"], "invoiceReference": "INV-REF-1", "serviceCategory": "PENETRATION_TESTING", "invoiceAmount": "20000" } }),
        )
        .await;
    let redemption = redeemed.ok()["redeemVoucher"]["redemption"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let paid = app
        .gql(
            officer.token(),
            "mutation($id: ID!) { approveRedemptionPayment(id: $id) { reference paymentReference } }",
            json!({ "id": redemption }),
        )
        .await;
    assert_eq!(
        paid.ok()["approveRedemptionPayment"],
        json!({ "reference": "DE-KH-CYBER-2027-R-000001", "paymentReference": "DE-KH-CYBER-2027-P-000001" })
    );

    // The ledger names the voucher by reference.
    let l = app
        .gql(
            officer.token(),
            "query($id: ID!) { voucherProgram(id: $id) { ledger(first: 20) { totalCount edges { node { kind reference voucherReference } } } } }",
            json!({ "id": programme }),
        )
        .await;
    let ledger = &l.ok()["voucherProgram"]["ledger"];
    assert_eq!(
        ledger["totalCount"], 4,
        "allocate, commit, pre-finance, pay"
    );
    for e in ledger["edges"].as_array().unwrap() {
        let node = &e["node"];
        if node["kind"] != "ALLOCATE" {
            assert_eq!(node["voucherReference"], "DE-KH-CYBER-2027-V-000001");
            assert!(
                node["reference"]
                    .as_str()
                    .unwrap()
                    .contains("DE-KH-CYBER-2027-V-000001")
                    || node["reference"]
                        .as_str()
                        .unwrap()
                        .contains("DE-KH-CYBER-2027-P-000001"),
                "{node}"
            );
        }
    }
    let csv = reqwest::Client::new()
        .get(app.url(&format!("/programs/{programme}/ledger.csv")))
        .bearer_auth(officer.token().unwrap())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let commit = csv.lines().find(|l| l.contains(",COMMIT,")).unwrap();
    assert!(
        commit.ends_with(",DE-KH-CYBER-2027-V-000001"),
        "the CSV's last column is the voucher's reference: {commit}"
    );
    assert!(commit.contains("application DE-KH-CYBER-2027-A-000001"));

    // Each reference opens its record, in any case; the payment's opens the redemption.
    for (reference, typename, id) in [
        (
            "DE-KH-CYBER-2027-A-000001",
            "VoucherApplication",
            draft.to_string(),
        ),
        ("de-kh-cyber-2027-v-000001", "Voucher", voucher.clone()),
        (
            "DE-KH-CYBER-2027-R-000001",
            "Redemption",
            redemption.clone(),
        ),
        (
            "DE-KH-CYBER-2027-P-000001",
            "Redemption",
            redemption.clone(),
        ),
    ] {
        let r = app
            .gql(officer.token(), FIND, json!({ "r": reference }))
            .await;
        let found = &r.ok()["findByReference"];
        assert_eq!(found["__typename"], typename, "{reference}");
        assert_eq!(found["id"], id.as_str(), "{reference}");
    }
    // The clinic finds its own; the vendor its redemption, not the application.
    let r = app
        .gql(
            clinic.token(),
            FIND,
            json!({ "r": "DE-KH-CYBER-2027-A-000001" }),
        )
        .await;
    assert_eq!(r.ok()["findByReference"]["id"], draft.to_string());
    app.gql(
        vendor.token(),
        FIND,
        json!({ "r": "DE-KH-CYBER-2027-A-000001" }),
    )
    .await
    .expect_code("NOT_FOUND");
}

#[tokio::test]
async fn a_reference_that_does_not_exist_or_is_out_of_scope_is_not_found() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, other_officer) = app.with_agency("FR").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-NF-2027", "100000")
        .await;
    app.with_submitted_application(&clinic, programme, "2000")
        .await;
    app.gql(officer.token(), FIND, json!({ "r": "DE-NF-2027-A-000001" }))
        .await
        .ok();
    for missing in [
        "DE-NF-2027-A-000002",
        "DE-NF-2027-V-000001",
        "DE-XX-2027-A-000001",
    ] {
        app.gql(officer.token(), FIND, json!({ "r": missing }))
            .await
            .expect_code("NOT_FOUND");
    }
    app.gql(
        other_officer.token(),
        FIND,
        json!({ "r": "DE-NF-2027-A-000001" }),
    )
    .await
    .expect_code("NOT_FOUND");
    let r = app
        .gql(officer.token(), FIND, json!({ "r": "not a reference" }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("reference"));
}

#[tokio::test]
async fn the_queue_is_searched_by_reference_and_organisation_name_filtered_and_exported() {
    let app = spawn_app().await;
    let (agency, officer) = app.with_agency("DE").await;
    let second = app.with_officer(agency).await;
    let programme = app
        .with_open_programme(&officer, "DE-Q-2027", "1000000")
        .await;
    let other = app
        .with_open_programme(&officer, "DE-Q2-2027", "1000000")
        .await;
    let mut ids = Vec::new();
    for p in [programme, programme, other] {
        let (_, clinic) = app.with_clinic("DE").await;
        ids.push(app.with_submitted_application(&clinic, p, "2000").await);
    }
    app.gql(
        second.token(),
        "mutation($id: ID!) { recommendVoucherApplication(id: $id) { id } }",
        json!({ "id": ids[1] }),
    )
    .await
    .ok();
    const Q: &str = "query($f: VoucherApplicationFilter) { reviewQueue(filter: $f) { totalCount edges { node { id reference organisation { name } } } } }";
    let found = |f: Value| {
        let app = &app;
        let officer = &officer;
        async move {
            let r = app.gql(officer.token(), Q, json!({ "f": f })).await;
            let q = &r.ok()["reviewQueue"];
            let ids: Vec<String> = q["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
                .collect();
            assert_eq!(q["totalCount"], ids.len(), "{f}");
            ids
        }
    };
    let s = |i: usize| ids[i].to_string();
    assert_eq!(found(json!({})).await, vec![s(0), s(1), s(2)]);
    assert_eq!(
        found(json!({ "search": "q-2027-a-000002" })).await,
        vec![s(1)]
    );
    assert_eq!(found(json!({ "search": "DE-Q2" })).await, vec![s(2)]);
    assert_eq!(
        found(json!({ "programId": programme })).await,
        vec![s(0), s(1)]
    );
    assert_eq!(found(json!({ "recommended": true })).await, vec![s(1)]);
    assert_eq!(
        found(json!({ "recommended": false })).await,
        vec![s(0), s(2)]
    );
    assert_eq!(
        found(json!({ "search": "100%" })).await,
        Vec::<String>::new()
    );
    let future = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    assert_eq!(
        found(json!({ "submittedFrom": future })).await,
        Vec::<String>::new()
    );
    assert_eq!(found(json!({ "submittedBefore": future })).await.len(), 3);
    // By organisation name: every clinic fixture is called "Clinic DE"; an agency is not.
    assert_eq!(found(json!({ "search": "clinic de" })).await.len(), 3);
    assert_eq!(found(json!({ "search": "Agency" })).await.len(), 0);

    // The CSV export takes the same filter, through the same permission.
    let csv = |query: &str, token: Option<&str>| {
        let mut req = reqwest::Client::new().get(app.url(&format!("/review-queue.csv{query}")));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        async move {
            let res = req.send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    let (status, body) = csv(&format!("?programId={programme}"), officer.token()).await;
    assert_eq!(status, 200);
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(
        lines[0],
        "reference,submitted_at,organisation,requested_amount,currency,cutoff,recommended,recommended_amount,application_id"
    );
    assert_eq!(lines.len(), 3, "{body}");
    assert!(lines[1].starts_with("DE-Q-2027-A-000001,"));
    assert!(lines[2].starts_with("DE-Q-2027-A-000002,") && lines[2].contains(",true,2000.00,"));
    let (_, clinic) = app.with_clinic("DE").await;
    assert_eq!(csv("", clinic.token()).await.0, 403);
    assert_eq!(csv("", None).await.0, 401);
    assert_eq!(csv("?recommended=maybe", officer.token()).await.0, 400);
}
