//! Four eyes on money (`docs/vouchers.md`): above a programme's threshold one officer
//! recommends and a different officer of the same agency approves, for applications and for
//! redemption payments; the same person never does both, whatever the concurrency.
use futures_util::future::join_all;
use serde_json::{Value, json};
use tests::fixtures::{REDEEM, programme_input};
use tests::{Account, Gql, TestApp, spawn_app};
use uuid::Uuid;

const RECOMMEND: &str = "mutation($id: ID!, $amount: Decimal) { recommendVoucherApplication(id: $id, amount: $amount) { id status recommendedById recommendedByYou recommendedAmount recommendedAt } }";
const APPROVE: &str = "mutation($id: ID!, $amount: Decimal) { approveVoucherApplication(id: $id, amount: $amount) { id status approvedAmount decidedById recommendedById voucher { id amount } } }";
const APPLICATION: &str = "query($id: ID!) { voucherApplication(id: $id) { status approvedAmount recommendedById decidedById recommendedByYou voucher { id } } }";
const FUNDS: &str = "query($id: ID!) { voucherProgram(id: $id) { fourEyes { mode threshold } funds { committed disbursed } } }";
const RECOMMEND_PAYMENT: &str = "mutation($id: ID!) { recommendRedemptionPayment(id: $id) { id status recommendedById recommendedByYou } }";
const PAY: &str = "mutation($id: ID!) { approveRedemptionPayment(id: $id) { id status paidById recommendedById } }";

/// An agency of DE with two officers, a clinic and a programme with this four-eyes rule.
struct Agency {
    app: TestApp,
    first: Account,
    second: Account,
    clinic: Account,
    programme: Uuid,
}

async fn agency(four_eyes: Value) -> Agency {
    let app = spawn_app().await;
    let (agency, first) = app.with_agency("DE").await;
    let second = app.with_officer(agency).await;
    let (_, clinic) = app.with_clinic("DE").await;
    let mut input = programme_input("DE-FOUR-EYES", "EUR");
    input["fourEyes"] = four_eyes;
    let programme = app.with_open_programme_from(&first, input, "1000000").await;
    Agency {
        app,
        first,
        second,
        clinic,
        programme,
    }
}

impl Agency {
    async fn submitted(&self, amount: &str) -> Uuid {
        self.app
            .with_submitted_application(&self.clinic, self.programme, amount)
            .await
    }

    /// Submitted applications for 3000 of four clinics (the agency's own and three more).
    async fn applications_of_four_clinics(&self) -> Vec<Uuid> {
        let mut ids = vec![self.submitted("3000").await];
        for _ in 1..4 {
            let (_, clinic) = self.app.with_clinic("DE").await;
            ids.push(
                self.app
                    .with_submitted_application(&clinic, self.programme, "3000")
                    .await,
            );
        }
        ids
    }

    async fn funds(&self) -> Value {
        self.app
            .gql(self.first.token(), FUNDS, json!({ "id": self.programme }))
            .await
            .ok()["voucherProgram"]
            .clone()
    }

    async fn application(&self, who: &Account, id: Uuid) -> Value {
        self.app
            .gql(who.token(), APPLICATION, json!({ "id": id }))
            .await
            .ok()["voucherApplication"]
            .clone()
    }

    async fn call(&self, who: &Account, query: &str, id: Uuid) -> Gql {
        self.app.gql(who.token(), query, json!({ "id": id })).await
    }
}

fn threshold(amount: &str) -> Value {
    json!({ "mode": "AT_OR_ABOVE", "threshold": amount })
}

fn id_of(a: &Account) -> String {
    a.id.to_string()
}

#[tokio::test]
async fn above_the_threshold_one_officer_recommends_and_a_different_one_approves() {
    let a = agency(threshold("5000")).await;
    assert_eq!(
        a.funds().await["fourEyes"],
        json!({ "mode": "AT_OR_ABOVE", "threshold": "5000.00" })
    );
    let big = a.submitted("6000").await;

    // Alone, no officer approves at the threshold or above; nothing is written.
    let r = a.call(&a.first, APPROVE, big).await;
    r.expect_code("INVALID_STATE_TRANSITION");
    assert!(
        r.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("second officer"),
        "{}",
        r.body
    );
    assert_eq!(a.application(&a.first, big).await["status"], "SUBMITTED");
    assert_eq!(a.funds().await["funds"]["committed"], "0.00");

    // The first officer recommends; the record says who.
    let r = a.call(&a.first, RECOMMEND, big).await;
    let rec = &r.ok()["recommendVoucherApplication"];
    assert_eq!(rec["status"], "SUBMITTED");
    assert_eq!(rec["recommendedById"], id_of(&a.first));
    assert_eq!(rec["recommendedByYou"], true);
    assert_eq!(rec["recommendedAmount"], "6000.00");
    assert_eq!(
        a.application(&a.second, big).await["recommendedByYou"],
        false
    );
    // Recommending twice is refused.
    a.call(&a.second, RECOMMEND, big)
        .await
        .expect_code("INVALID_STATE_TRANSITION");

    // The recommender cannot approve: refused naming the field, nothing written.
    let r = a.call(&a.first, APPROVE, big).await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("recommendedBy"));
    assert_eq!(a.application(&a.first, big).await["status"], "SUBMITTED");
    assert_eq!(a.funds().await["funds"]["committed"], "0.00");

    // The second officer approves at most what was recommended.
    let r = a
        .app
        .gql(
            a.second.token(),
            APPROVE,
            json!({ "id": big, "amount": "6000.01" }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("amount"));

    let r = a.call(&a.second, APPROVE, big).await;
    let done = &r.ok()["approveVoucherApplication"];
    assert_eq!(done["status"], "APPROVED");
    assert_eq!(done["approvedAmount"], "6000.00");
    assert_eq!(done["recommendedById"], id_of(&a.first));
    assert_eq!(done["decidedById"], id_of(&a.second));
    // Both officers are named to their agency, and to nobody else.
    const NAMED: &str = "query($id: ID!) { voucherApplication(id: $id) { recommendedBy { id displayName } decidedBy { id } } }";
    let named = |who: &Account| {
        let (app, who) = (&a.app, who.clone());
        async move {
            let r = app.gql(who.token(), NAMED, json!({ "id": big })).await;
            r.ok()["voucherApplication"].clone()
        }
    };
    let seen = named(&a.first).await;
    assert_eq!(seen["recommendedBy"]["id"], id_of(&a.first));
    assert_eq!(seen["recommendedBy"]["displayName"], "Test AGENCY_OFFICER");
    assert_eq!(seen["decidedBy"]["id"], id_of(&a.second));
    let clinic = named(&a.clinic).await;
    assert_eq!(clinic, json!({ "recommendedBy": null, "decidedBy": null }));
    // Committed, less the 20 % pre-financing paid at once.
    let funds = a.funds().await;
    assert_eq!(funds["funds"]["committed"], "4800.00");
    assert_eq!(funds["funds"]["disbursed"], "1200.00");

    // Both are in the audit trail, and so are the refusals.
    let rows = a.app.audit_rows().await;
    let by = |action: &str, outcome: &str| -> Vec<Option<Uuid>> {
        rows.iter()
            .filter(|r| {
                r.action == action
                    && r.outcome == outcome
                    && r.object_id.as_deref() == Some(&big.to_string())
            })
            .map(|r| r.actor_id)
            .collect()
    };
    assert_eq!(
        by("application.recommend", "SUCCESS"),
        vec![Some(a.first.id)]
    );
    assert_eq!(
        by("application.approve", "SUCCESS"),
        vec![Some(a.second.id)]
    );
    let approved = rows
        .iter()
        .find(|r| r.action == "application.approve" && r.outcome == "SUCCESS")
        .unwrap();
    let detail: Value = serde_json::from_str(&approved.detail).unwrap();
    assert_eq!(detail["recommendedBy"], id_of(&a.first));
    assert_eq!(
        by("application.approve", "DENIED"),
        vec![Some(a.first.id), Some(a.first.id)]
    );
}

#[tokio::test]
async fn below_the_threshold_one_officer_approves_alone_but_never_what_they_recommended() {
    let a = agency(threshold("5000")).await;
    let small = a.submitted("4999.99").await;
    let r = a.call(&a.first, APPROVE, small).await;
    assert_eq!(r.ok()["approveVoucherApplication"]["status"], "APPROVED");

    // Once recommended, an application always takes a different approver.
    let (_, other_clinic) = a.app.with_clinic("DE").await;
    let recommended = a
        .app
        .with_submitted_application(&other_clinic, a.programme, "2000")
        .await;
    a.call(&a.first, RECOMMEND, recommended).await.ok();
    let r = a.call(&a.first, APPROVE, recommended).await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("recommendedBy"));
    let r = a.call(&a.second, APPROVE, recommended).await;
    assert_eq!(r.ok()["approveVoucherApplication"]["status"], "APPROVED");
}

#[tokio::test]
async fn two_officers_approving_at_once_issue_one_voucher_and_the_recommender_never_approves() {
    let a = agency(json!({ "mode": "ALL" })).await;
    let third = a
        .app
        .with_officer(a.first.organisation.unwrap_or_default())
        .await;
    for id in a.applications_of_four_clinics().await {
        a.call(&a.first, RECOMMEND, id).await.ok();
        // The recommender (twice) and two other officers approve at the same moment.
        let who = [&a.first, &a.second, &a.first, &third];
        let results = join_all(who.iter().map(|o| a.call(o, APPROVE, id))).await;
        let won: Vec<usize> = results
            .iter()
            .enumerate()
            .filter(|(_, r)| r.code().is_none())
            .map(|(i, _)| i)
            .collect();
        assert_eq!(won.len(), 1, "exactly one approval: {results:?}");
        assert!(won[0] == 1 || won[0] == 3, "the recommender approved");
        // The recommender is refused by name, or finds it approved already.
        for i in [0, 2] {
            let r = &results[i];
            match r.code() {
                Some("VALIDATION") => assert_eq!(r.field(), Some("recommendedBy")),
                Some("INVALID_STATE_TRANSITION") => assert_eq!(
                    r.body["errors"][0]["message"],
                    "an approved application cannot be approved again"
                ),
                other => panic!("{other:?}: {r:?}"),
            }
        }
        let app = a.application(&a.first, id).await;
        assert_eq!(app["status"], "APPROVED");
        assert_ne!(app["decidedById"], id_of(&a.first));
    }
    // One voucher per application, committed once each.
    let funds = a.funds().await;
    assert_eq!(funds["funds"]["committed"], "9600.00");
    assert_eq!(funds["funds"]["disbursed"], "2400.00");
}

#[tokio::test]
async fn one_officer_recommending_and_approving_at_once_never_approves() {
    let a = agency(json!({ "mode": "ALL" })).await;
    for id in a.applications_of_four_clinics().await {
        let (rec, app1, app2) = tokio::join!(
            a.call(&a.first, RECOMMEND, id),
            a.call(&a.first, APPROVE, id),
            a.call(&a.first, APPROVE, id),
        );
        assert!(rec.code().is_none(), "{rec:?}");
        for r in [app1, app2] {
            assert!(r.code().is_some(), "the same officer approved: {r:?}");
        }
        let app = a.application(&a.first, id).await;
        assert_eq!(app["status"], "SUBMITTED");
        assert_eq!(app["recommendedById"], id_of(&a.first));
    }
    assert_eq!(a.funds().await["funds"]["committed"], "0.00");
}

#[tokio::test]
async fn two_officers_recommending_at_once_record_one_recommendation() {
    let a = agency(json!({ "mode": "ALL" })).await;
    let id = a.submitted("3000").await;
    let (r1, r2) = tokio::join!(
        a.call(&a.first, RECOMMEND, id),
        a.call(&a.second, RECOMMEND, id)
    );
    let codes = [r1.code(), r2.code()];
    assert_eq!(codes.iter().filter(|c| c.is_none()).count(), 1, "{codes:?}");
    assert!(codes.contains(&Some("INVALID_STATE_TRANSITION")));
    let recommender = if r1.code().is_none() {
        &a.first
    } else {
        &a.second
    };
    let other = if r1.code().is_none() {
        &a.second
    } else {
        &a.first
    };
    a.call(recommender, APPROVE, id)
        .await
        .expect_code("VALIDATION");
    let r = a.call(other, APPROVE, id).await;
    assert_eq!(r.ok()["approveVoucherApplication"]["status"], "APPROVED");
}

#[tokio::test]
async fn a_payment_takes_two_officers_and_never_the_recommender() {
    let a = agency(json!({ "mode": "ALL" })).await;
    let (_, vendor) = a.app.with_vendor("DE").await;
    let id = a.submitted("10000").await;
    a.call(&a.first, RECOMMEND, id).await.ok();
    let approved = a.call(&a.second, APPROVE, id).await;
    let voucher = approved.ok()["approveVoucherApplication"]["voucher"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let code = a
        .app
        .gql(
            a.clinic.token(),
            "query($id: ID!) { voucher(id: $id) { code } }",
            json!({ "id": voucher }),
        )
        .await
        .ok()["voucher"]["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = a
        .app
        .gql(
            vendor.token(),
            REDEEM,
            json!({ "i": { "code": code, "invoiceReference": "INV-4E-1", "serviceCategory": "PENETRATION_TESTING", "invoiceAmount": "20000" } }),
        )
        .await;
    let redemption = Uuid::parse_str(
        r.ok()["redeemVoucher"]["redemption"]["id"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    let disbursed_before = a.funds().await["funds"]["disbursed"].clone();

    // Alone, nobody pays; the recommender cannot pay; both at once: only the other officer.
    a.call(&a.first, PAY, redemption)
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    let r = a.call(&a.first, RECOMMEND_PAYMENT, redemption).await;
    assert_eq!(
        r.ok()["recommendRedemptionPayment"]["recommendedById"],
        id_of(&a.first)
    );
    let r = a.call(&a.first, PAY, redemption).await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("recommendedBy"));
    assert_eq!(a.funds().await["funds"]["disbursed"], disbursed_before);

    let (mine, theirs, mine_again) = tokio::join!(
        a.call(&a.first, PAY, redemption),
        a.call(&a.second, PAY, redemption),
        a.call(&a.first, PAY, redemption),
    );
    assert!(mine.code().is_some() && mine_again.code().is_some());
    let paid = &theirs.ok()["approveRedemptionPayment"];
    assert_eq!(paid["status"], "PAID");
    assert_eq!(paid["paidById"], id_of(&a.second));
    assert_eq!(paid["recommendedById"], id_of(&a.first));
    assert_ne!(a.funds().await["funds"]["disbursed"], disbursed_before);

    let rows = a.app.audit_rows().await;
    let pay = rows
        .iter()
        .find(|r| r.action == "redemption.pay" && r.outcome == "SUCCESS")
        .unwrap();
    assert_eq!(pay.actor_id, Some(a.second.id));
    assert!(rows.iter().any(|r| r.action == "redemption.recommend"
        && r.outcome == "SUCCESS"
        && r.actor_id == Some(a.first.id)));
}

#[tokio::test]
async fn the_database_refuses_an_approval_by_the_recommender_whatever_the_statement() {
    use api::store::entities::voucher_application::{Column as A, Entity};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let a = agency(json!({ "mode": "ALL" })).await;
    let id = a.submitted("3000").await;
    a.call(&a.first, RECOMMEND, id).await.ok();
    let r = Entity::update_many()
        .col_expr(A::Status, Expr::value("APPROVED"))
        .col_expr(A::DecidedBy, Expr::col(A::RecommendedBy))
        .filter(A::Id.eq(id))
        .exec(a.app.state.store.db())
        .await;
    assert!(r.is_err(), "the trigger let it through: {r:?}");
    assert_eq!(a.application(&a.first, id).await["status"], "SUBMITTED");
}
