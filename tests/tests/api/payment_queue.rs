//! The agency's payment queue (`docs/vouchers.md#the-payment-queue`): redemptions searched by
//! reference and by the clinic's or the service provider's name, filtered by status,
//! programme, date and four-eyes stage, exported to CSV with the same filter, and naming the
//! officers who recommended and paid, to the agency only.
use domain::account::Role;
use domain::organisation::OrganisationKind;
use serde_json::{Value, json};
use tests::TestApp;
use tests::fixtures::{Account, REDEEM};
use tests::spawn_app;

const QUEUE: &str = "query($f: RedemptionFilterInput) { redemptions(filter: $f) { totalCount nodes { id reference } } }";
const RECOMMEND: &str = "mutation($id: ID!) { recommendRedemptionPayment(id: $id) { id } }";
const PAY: &str = "mutation($id: ID!) { approveRedemptionPayment(id: $id) { id status } }";
const OFFICERS: &str =
    "{ redemptions { nodes { id recommendedBy { id displayName } paidBy { id displayName } } } }";

/// A named organisation of `kind` in `ms` and one account of `role` in it.
async fn named(app: &TestApp, kind: OrganisationKind, role: Role, name: &str) -> Account {
    let org = app.with_organisation(kind, "DE", name).await;
    app.with_account(role, Some(org)).await
}

/// Redeems `code` for `invoice` (an invoice of 4 000 against a voucher of 2 000): the
/// redemption's id.
async fn redeem(app: &TestApp, vendor: &Account, code: &str, invoice: &str) -> String {
    let r = app
        .gql(
            vendor.token(),
            REDEEM,
            json!({ "i": { "code": code, "invoiceReference": invoice, "serviceCategory": "PENETRATION_TESTING", "invoiceAmount": "4000" } }),
        )
        .await;
    r.ok()["redeemVoucher"]["redemption"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

pub(crate) struct Queue {
    pub(crate) app: TestApp,
    pub(crate) officer: Account,
    second: Account,
    nord: Account,
    secure_ops: Account,
    /// Ärztehaus Nord's redemption with SecureOps (first), the other clinic's with the other
    /// vendor an hour later (second, recommended by `second`).
    pub(crate) redemptions: [String; 2],
}

/// The queue above, for the other transports' tests.
pub(crate) async fn queue() -> Queue {
    let app = spawn_app().await;
    let (agency, officer) = app.with_agency("DE").await;
    let second = app.with_officer(agency).await;
    let programme = app
        .with_open_programme(&officer, "DE-PQ-2027", "1000000")
        .await;
    let nord = named(
        &app,
        OrganisationKind::HealthcareProvider,
        Role::ProviderUser,
        "Ärztehaus Nord",
    )
    .await;
    let secure_ops = named(
        &app,
        OrganisationKind::ServiceProvider,
        Role::ServiceProvider,
        "SecureOps GmbH",
    )
    .await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let (_, nord_code) = app.with_voucher(&officer, &nord, programme, "2000").await;
    let (_, code) = app.with_voucher(&officer, &clinic, programme, "2000").await;
    let first = redeem(&app, &secure_ops, &nord_code, "INV-NORD-1").await;
    app.clock().advance(chrono::Duration::hours(1));
    let later = redeem(&app, &vendor, &code, "INV-B-7").await;
    app.gql(second.token(), RECOMMEND, json!({ "id": later }))
        .await
        .ok();
    Queue {
        app,
        officer,
        second,
        nord,
        secure_ops,
        redemptions: [first, later],
    }
}

impl Queue {
    /// The ids `who` finds under `filter`, checking `totalCount` against them.
    async fn found(&self, who: &Account, filter: Value) -> Vec<String> {
        let r = self
            .app
            .gql(who.token(), QUEUE, json!({ "f": filter }))
            .await;
        let q = &r.ok()["redemptions"];
        let ids: Vec<String> = q["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(q["totalCount"], ids.len(), "{filter}");
        ids
    }

    async fn csv(&self, query: &str, who: Option<&Account>) -> (u16, String) {
        let mut req = reqwest::Client::new().get(self.app.url(&format!("/redemptions.csv{query}")));
        if let Some(a) = who {
            req = req.bearer_auth(&a.token);
        }
        let res = req.send().await.unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    }
}

#[tokio::test]
async fn the_payment_queue_is_searched_by_reference_and_by_either_organisations_name() {
    let q = queue().await;
    let [first, later] = q.redemptions.clone();
    let pending = |search: &str| json!({ "status": "PENDING_PAYMENT", "search": search });
    let o = &q.officer;
    assert_eq!(
        q.found(o, json!({ "status": "PENDING_PAYMENT" })).await,
        vec![later.clone(), first.clone()],
        "newest first"
    );
    // Typed as written, whatever the case of its ASCII letters, on either database.
    assert_eq!(
        q.found(o, pending("ÄRZTEHAUS nord")).await,
        vec![first.clone()]
    );
    assert_eq!(q.found(o, pending("secureops")).await, vec![first.clone()]);
    assert_eq!(q.found(o, pending("inv-b-7")).await, vec![later.clone()]);
    assert_eq!(
        q.found(o, pending("pq-2027-r-000002")).await,
        vec![later.clone()]
    );
    // Names of clinics and vendors only: the agency's own name matches nothing; `%` is text.
    assert!(q.found(o, pending("Agency DE")).await.is_empty());
    assert!(q.found(o, pending("100%")).await.is_empty());
    // A search longer than any reference or name is refused, naming the field.
    let r = q
        .app
        .gql(
            o.token(),
            QUEUE,
            json!({ "f": { "search": "x".repeat(101) } }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("filter.search"));
    // The vendor searching sees only its own redemptions, whatever it types.
    assert_eq!(
        q.found(&q.secure_ops, json!({ "search": "DE-PQ-2027" }))
            .await,
        vec![first.clone()]
    );
}

#[tokio::test]
async fn the_payment_queue_is_filtered_by_date_and_four_eyes_stage_and_paid_ones_leave_it() {
    let q = queue().await;
    let [first, later] = q.redemptions.clone();
    let o = &q.officer;
    let half_an_hour_ago = (q.app.clock().now() - chrono::Duration::minutes(30)).to_rfc3339();
    assert_eq!(
        q.found(o, json!({ "redeemedFrom": half_an_hour_ago }))
            .await,
        vec![later.clone()]
    );
    assert_eq!(
        q.found(o, json!({ "redeemedBefore": half_an_hour_ago }))
            .await,
        vec![first.clone()]
    );
    assert_eq!(
        q.found(o, json!({ "recommended": true })).await,
        vec![later.clone()]
    );
    assert_eq!(
        q.found(o, json!({ "recommended": false })).await,
        vec![first.clone()]
    );

    q.app.gql(o.token(), PAY, json!({ "id": first })).await.ok();
    assert_eq!(
        q.found(o, json!({ "status": "PENDING_PAYMENT" })).await,
        vec![later.clone()]
    );
    assert_eq!(
        q.found(o, json!({ "status": "PAID" })).await,
        vec![first.clone()]
    );
}

#[tokio::test]
async fn the_agency_sees_who_recommended_and_who_paid_and_the_clinic_does_not() {
    let q = queue().await;
    let [first, later] = q.redemptions.clone();
    let o = &q.officer;
    q.app.gql(o.token(), PAY, json!({ "id": first })).await.ok();
    let seen = |who: &Account, id: &str| {
        let (app, who, id) = (&q.app, who.clone(), id.to_owned());
        async move {
            let r = app.gql(who.token(), OFFICERS, json!({})).await;
            r.ok()["redemptions"]["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .find(|n| n["id"] == id.as_str())
                .cloned()
        }
    };
    let recommended = seen(o, &later).await.unwrap();
    assert_eq!(recommended["recommendedBy"]["id"], q.second.id.to_string());
    assert_eq!(
        recommended["recommendedBy"]["displayName"],
        "Test AGENCY_OFFICER"
    );
    assert_eq!(recommended["paidBy"], Value::Null);
    let paid = seen(&q.second, &first).await.unwrap();
    assert_eq!(paid["paidBy"]["id"], o.id.to_string());
    // The clinic sees its redemption, not the officers' names.
    let clinic = seen(&q.nord, &first).await.unwrap();
    assert_eq!(clinic["paidBy"], Value::Null);
    // ENISA staff read redemptions EU-wide, but not who the officers were.
    let enisa = q.app.with_enisa().await;
    let eu = seen(&enisa, &first).await.unwrap();
    assert_eq!(
        (&eu["paidBy"], &eu["recommendedBy"]),
        (&Value::Null, &Value::Null)
    );
    // Another member state's officer does not see the redemption at all.
    let (_, french) = q.app.with_agency("FR").await;
    assert_eq!(seen(&french, &first).await, None);
}

#[tokio::test]
async fn the_payment_queue_exports_to_csv_with_the_same_filter_and_scope() {
    let q = queue().await;
    let [first, later] = q.redemptions.clone();
    let (status, body) = q.csv("?status=PENDING_PAYMENT", Some(&q.officer)).await;
    assert_eq!(status, 200);
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(
        lines[0],
        "reference,redeemed_at,clinic,service_provider,invoice_reference,service_category,invoice_amount,covered_amount,clinic_pays,net_payable,currency,status,recommended,payment_reference,paid_at,redemption_id"
    );
    assert_eq!(lines.len(), 3, "{body}");
    assert!(lines[1].starts_with("DE-PQ-2027-R-000002,"), "{body}");
    assert!(
        lines[1].ends_with(&format!(",PENDING_PAYMENT,true,,,{later}")),
        "{body}"
    );
    let (_, body) = q
        .csv("?status=PENDING_PAYMENT&search=NORD", Some(&q.officer))
        .await;
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines.len(), 2, "{body}");
    let cells: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(
        cells[..7],
        [
            "DE-PQ-2027-R-000001",
            cells[1],
            "Ärztehaus Nord",
            "SecureOps GmbH",
            "INV-NORD-1",
            "PENETRATION_TESTING",
            "4000.00"
        ]
    );
    assert_eq!(cells[15], first);

    // The vendor exports its own; another member state's agency nothing.
    let (status, body) = q.csv("", Some(&q.secure_ops)).await;
    assert_eq!(status, 200);
    assert_eq!(body.lines().count(), 2, "{body}");
    let (_, french) = q.app.with_agency("FR").await;
    let (status, body) = q.csv("", Some(&french)).await;
    assert_eq!((status, body.lines().count()), (200, 1), "{body}");
    // Anonymous callers and malformed filters are refused, naming the parameter.
    assert_eq!(q.csv("", None).await.0, 401);
    let (status, body) = q.csv("?status=LOST", Some(&q.officer)).await;
    assert_eq!(
        (status, body.as_str()),
        (400, "status is PENDING_PAYMENT or PAID")
    );
    let (status, body) = q
        .csv(&format!("?search={}", "x".repeat(101)), Some(&q.officer))
        .await;
    assert_eq!(
        (status, body.as_str()),
        (400, "search is longer than 100 characters")
    );
    let (status, body) = q.csv("?redeemedFrom=yesterday", Some(&q.officer)).await;
    assert_eq!(
        (status, body.as_str()),
        (400, "redeemedFrom is not an RFC 3339 date")
    );
}
