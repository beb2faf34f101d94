//! The agency's pending work (issue #17, "The agency's day"; `docs/vouchers.md`): every kind
//! counted and aged from the server's clock, the oldest first; an agency sees its member
//! state's only, the admin every member state's; under four eyes the recommender does not see
//! its own recommendation as something it can act on. The statements it costs are checked in
//! `statements.rs`.
use chrono::Duration;
use serde_json::{Value, json};
use tests::fixtures::REDEEM;
use tests::{Account, TestApp, spawn_app};
use uuid::Uuid;

const QUEUE: &str = "kind count actionableCount oldestWaitingSince oldestWaitingDays items { id reference organisationId organisationName waitingSince waitingDays amount currency recommendedByYou actionable }";

fn pending_query() -> String {
    format!(
        "query($first: Int) {{ pendingWork(first: $first) {{ asOf reviews {{ {QUEUE} }} secondApprovals {{ {QUEUE} }} payments {{ {QUEUE} }} paymentSecondApprovals {{ {QUEUE} }} verifications {{ {QUEUE} }} }} }}"
    )
}

const RECOMMEND: &str =
    "mutation($id: ID!) { recommendVoucherApplication(id: $id) { id recommendedByYou } }";
const RECOMMEND_PAYMENT: &str =
    "mutation($id: ID!) { recommendRedemptionPayment(id: $id) { id recommendedByYou } }";

async fn pending(app: &TestApp, who: &Account, first: Option<i64>) -> Value {
    app.gql(who.token(), &pending_query(), json!({ "first": first }))
        .await
        .ok()["pendingWork"]
        .clone()
}

fn ids(queue: &Value) -> Vec<String> {
    queue["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

fn days(queue: &Value) -> Vec<i64> {
    queue["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["waitingDays"].as_i64().unwrap())
        .collect()
}

/// A DE agency with two officers and a programme, and something of every kind waiting, made
/// over six days of the server's clock:
/// - day 0: a registration (`registered[0]`), an application (`reviews[0]`);
/// - day 3: an application (`reviews[1]`), an application the first officer recommended;
/// - day 4: a redemption waiting for payment, one the second officer recommended;
/// - day 6: another registration (`registered[1]`); now.
struct Day {
    app: TestApp,
    first: Account,
    second: Account,
    registered: Vec<Uuid>,
    reviews: Vec<Uuid>,
    recommended: Uuid,
    payment: Uuid,
    recommended_payment: Uuid,
}

async fn redeemed(app: &TestApp, officer: &Account, vendor: &Account, programme: Uuid) -> Uuid {
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, code) = app.with_voucher(officer, &clinic, programme, "2000").await;
    let invoice = format!("INV-{}", &Uuid::new_v4().simple().to_string()[..8]);
    let r = app
        .gql(
            vendor.token(),
            REDEEM,
            json!({ "i": { "code": code, "invoiceReference": invoice, "serviceCategory": "PENETRATION_TESTING", "invoiceAmount": "1000" } }),
        )
        .await;
    Uuid::parse_str(
        r.ok()["redeemVoucher"]["redemption"]["id"]
            .as_str()
            .unwrap(),
    )
    .unwrap()
}

/// An application of a new DE clinic, submitted now.
async fn submitted(app: &TestApp, programme: Uuid, amount: &str) -> Uuid {
    let (_, clinic) = app.with_clinic("DE").await;
    app.with_submitted_application(&clinic, programme, amount)
        .await
}

async fn a_day_of_work() -> Day {
    let app = spawn_app().await;
    let (agency, first) = app.with_agency("DE").await;
    let second = app.with_officer(agency).await;
    let programme = app.with_open_programme(&first, "DE-DAY", "1000000").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let mut registered = vec![app.with_pending_clinic("DE").await];
    let mut reviews = Vec::new();
    reviews.push(submitted(&app, programme, "3000").await);

    app.clock().advance(Duration::days(3));
    reviews.push(submitted(&app, programme, "4000").await);
    let recommended = submitted(&app, programme, "5000").await;
    app.gql(first.token(), RECOMMEND, json!({ "id": recommended }))
        .await
        .ok();

    app.clock().advance(Duration::days(1));
    let payment = redeemed(&app, &first, &vendor, programme).await;
    let recommended_payment = redeemed(&app, &first, &vendor, programme).await;
    app.gql(
        second.token(),
        RECOMMEND_PAYMENT,
        json!({ "id": recommended_payment }),
    )
    .await
    .ok();

    app.clock().advance(Duration::days(2));
    registered.push(app.with_pending_clinic("DE").await);
    Day {
        app,
        first,
        second,
        registered,
        reviews,
        recommended,
        payment,
        recommended_payment,
    }
}

#[tokio::test]
async fn each_kind_is_counted_and_aged_from_the_clock_with_its_oldest_first() {
    let d = a_day_of_work().await;
    let w = pending(&d.app, &d.first, None).await;
    let s = |u: &Uuid| u.to_string();

    let reviews = &w["reviews"];
    assert_eq!(reviews["kind"], "REVIEW");
    assert_eq!(reviews["count"], 2);
    assert_eq!(reviews["actionableCount"], 2);
    assert_eq!(ids(reviews), vec![s(&d.reviews[0]), s(&d.reviews[1])]);
    assert_eq!(days(reviews), vec![6, 3]);
    assert_eq!(reviews["oldestWaitingDays"], 6);
    assert_eq!(
        reviews["oldestWaitingSince"],
        reviews["items"][0]["waitingSince"]
    );
    let oldest = &reviews["items"][0];
    assert_eq!(oldest["amount"], "3000.00");
    assert_eq!(oldest["currency"], "EUR");
    assert_eq!(oldest["organisationName"], "Clinic DE");
    assert!(
        oldest["reference"]
            .as_str()
            .unwrap()
            .starts_with("DE-DAY-A-"),
        "{oldest}"
    );

    let second = &w["secondApprovals"];
    assert_eq!(second["count"], 1);
    assert_eq!(ids(second), vec![s(&d.recommended)]);
    assert_eq!(days(second), vec![3]);
    assert_eq!(second["items"][0]["amount"], "5000.00");

    let payments = &w["payments"];
    assert_eq!(payments["count"], 1);
    assert_eq!(ids(payments), vec![s(&d.payment)]);
    assert_eq!(days(payments), vec![2]);
    assert_eq!(payments["items"][0]["actionable"], true);
    assert_eq!(w["paymentSecondApprovals"]["count"], 1);
    assert_eq!(
        ids(&w["paymentSecondApprovals"]),
        vec![s(&d.recommended_payment)]
    );

    let verifications = &w["verifications"];
    assert_eq!(verifications["count"], 2);
    assert_eq!(
        ids(verifications),
        vec![s(&d.registered[0]), s(&d.registered[1])]
    );
    assert_eq!(days(verifications), vec![6, 0]);
    assert!(verifications["items"][0]["reference"].is_null());
    assert!(verifications["items"][0]["amount"].is_null());

    // A day later every wait is a day longer; what is decided leaves its queue.
    d.app.clock().advance(Duration::days(1));
    d.app
        .gql(
            d.second.token(),
            "mutation($id: ID!) { approveVoucherApplication(id: $id) { status } }",
            json!({ "id": d.reviews[0] }),
        )
        .await
        .ok();
    let w = pending(&d.app, &d.first, None).await;
    assert_eq!(w["reviews"]["count"], 1);
    assert_eq!(ids(&w["reviews"]), vec![s(&d.reviews[1])]);
    assert_eq!(days(&w["reviews"]), vec![4]);
    assert_eq!(w["reviews"]["oldestWaitingDays"], 4);
    assert_eq!(days(&w["verifications"]), vec![7, 1]);
}

#[tokio::test]
async fn a_short_list_still_counts_every_item_and_dates_the_oldest() {
    let d = a_day_of_work().await;
    let w = pending(&d.app, &d.first, Some(1)).await;
    assert_eq!(w["reviews"]["count"], 2);
    assert_eq!(ids(&w["reviews"]), vec![d.reviews[0].to_string()]);
    assert_eq!(w["verifications"]["count"], 2);
    assert_eq!(ids(&w["verifications"]), vec![d.registered[0].to_string()]);

    let none = pending(&d.app, &d.first, Some(0)).await;
    assert_eq!(none["reviews"]["count"], 2);
    assert_eq!(none["reviews"]["items"], json!([]));
    assert_eq!(none["reviews"]["oldestWaitingDays"], 6);

    let r = d
        .app
        .gql(d.first.token(), &pending_query(), json!({ "first": -1 }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("first"));
}

#[tokio::test]
async fn the_recommender_does_not_see_its_own_recommendation_as_work_it_can_do() {
    let d = a_day_of_work().await;
    let mine = pending(&d.app, &d.first, None).await;
    let theirs = pending(&d.app, &d.second, None).await;

    // The first officer recommended the application: the second approves it.
    let (a, b) = (&mine["secondApprovals"], &theirs["secondApprovals"]);
    assert_eq!(
        (a["count"].clone(), b["count"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(a["actionableCount"], 0);
    assert_eq!(a["items"][0]["recommendedByYou"], true);
    assert_eq!(a["items"][0]["actionable"], false);
    assert_eq!(b["actionableCount"], 1);
    assert_eq!(b["items"][0]["recommendedByYou"], false);
    assert_eq!(b["items"][0]["actionable"], true);

    // The second officer recommended the payment: the first approves it.
    let (a, b) = (
        &mine["paymentSecondApprovals"],
        &theirs["paymentSecondApprovals"],
    );
    assert_eq!(a["actionableCount"], 1);
    assert_eq!(a["items"][0]["actionable"], true);
    assert_eq!(b["actionableCount"], 0);
    assert_eq!(b["items"][0]["recommendedByYou"], true);
    assert_eq!(b["items"][0]["actionable"], false);

    // And what they see is what the server lets them do.
    d.app
        .gql(
            d.first.token(),
            "mutation($id: ID!) { approveVoucherApplication(id: $id) { status } }",
            json!({ "id": d.recommended }),
        )
        .await
        .expect_code("VALIDATION");
    let r = d
        .app
        .gql(
            d.second.token(),
            "mutation($id: ID!) { approveVoucherApplication(id: $id) { status } }",
            json!({ "id": d.recommended }),
        )
        .await;
    assert_eq!(r.ok()["approveVoucherApplication"]["status"], "APPROVED");
    let after = pending(&d.app, &d.first, None).await;
    assert_eq!(after["secondApprovals"]["count"], 0);
    assert!(after["secondApprovals"]["oldestWaitingSince"].is_null());
}

#[tokio::test]
async fn another_member_states_agency_sees_none_of_it_and_the_admin_sees_all_but_acts_on_none() {
    let d = a_day_of_work().await;
    let (_, fr) = d.app.with_agency("FR").await;
    let fr_registration = d.app.with_pending_clinic("FR").await;
    let w = pending(&d.app, &fr, None).await;
    for kind in [
        "reviews",
        "secondApprovals",
        "payments",
        "paymentSecondApprovals",
    ] {
        assert_eq!(w[kind]["count"], 0, "{kind}");
        assert_eq!(w[kind]["items"], json!([]), "{kind}");
        assert!(w[kind]["oldestWaitingSince"].is_null(), "{kind}");
    }
    assert_eq!(w["verifications"]["count"], 1);
    assert_eq!(ids(&w["verifications"]), vec![fr_registration.to_string()]);

    let admin = d.app.with_admin().await;
    let w = pending(&d.app, &admin, Some(20)).await;
    assert_eq!(w["reviews"]["count"], 2);
    assert_eq!(w["verifications"]["count"], 3);
    for kind in [
        "reviews",
        "secondApprovals",
        "payments",
        "paymentSecondApprovals",
        "verifications",
    ] {
        assert_eq!(w[kind]["actionableCount"], 0, "{kind}");
        assert!(
            w[kind]["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["actionable"] == false),
            "{kind}"
        );
    }
}

#[tokio::test]
async fn clinics_providers_and_enisa_are_refused_as_the_table_says_and_the_refusal_is_audited() {
    let app = spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let enisa = app.with_enisa().await;
    let (_, authority) = app.with_authority("DE").await;
    for who in [&clinic, &vendor, &enisa, &authority] {
        app.gql(who.token(), &pending_query(), json!({}))
            .await
            .expect_code("FORBIDDEN");
    }
    app.gql(None, &pending_query(), json!({}))
        .await
        .expect_code("UNAUTHENTICATED");
    let denied = app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| r.action == "pending_work.read" && r.outcome == "DENIED")
        .count();
    assert_eq!(denied, 5);
}
