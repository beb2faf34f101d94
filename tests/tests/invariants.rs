//! Money invariants under real concurrency, on the database the suite runs on (SQLite or
//! PostgreSQL): no race may spend money that is not there, and nothing is accepted twice.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use api::store::entities::ledger_entry;
use api::store::ledger::{self, Movement, Refusal};
use api::store::programmes;
use domain::ledger::{Balances, EntryKind};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;
use std::collections::HashMap;
use tests::fixtures::ALLOCATE;
use tests::spawn_app;

async fn entries(app: &tests::TestApp, program: uuid::Uuid) -> Vec<ledger_entry::Model> {
    ledger_entry::Entity::find()
        .filter(ledger_entry::Column::ProgramId.eq(program))
        .all(app.state.store.db())
        .await
        .unwrap()
}

/// 240 concurrent commits asking for over 3× the budget, 40 of them replays of another's
/// idempotency key: exact acceptance up to the budget, one entry per accepted commit, balances
/// equal to the entries, nothing accepted twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_commits_never_overspend_and_reconcile_with_the_ledger() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let id = app.with_open_programme(&officer, "RACE-1", "8000.00").await;
    let budget_minor = 800_000i64;
    let program = programmes::get(app.state.store.db(), id)
        .await
        .unwrap()
        .unwrap();
    let actor = api::store::audit::Actor {
        id: Some(officer.id),
        role: Some("AGENCY_OFFICER".into()),
        scope: domain::account::Scope::Eu,
        request_id: "race".into(),
    };

    // Amounts of 50.00 to 199.99 EUR: 200 distinct keys ask for about 3 × 8,000 EUR.
    let asks: Vec<(String, i64, uuid::Uuid)> = (0..200)
        .map(|i| {
            (
                format!("commit-{i}"),
                5_000 + (i * 7_919) % 15_000,
                uuid::Uuid::now_v7(),
            )
        })
        .collect();
    let total_asked: i64 = asks.iter().map(|(_, a, _)| a).sum();
    assert!(
        total_asked > 3 * budget_minor,
        "the test must ask for well over the budget"
    );
    let mut work = asks.clone();
    work.extend(asks.iter().take(40).cloned()); // replays of the same keys, raced
    let mut tasks = Vec::new();
    for (key, amount, voucher) in work {
        let store = app.state.store.clone();
        let actor = actor.clone();
        let program = program.clone();
        tasks.push(tokio::spawn(async move {
            let m = Movement {
                kind: EntryKind::Commit,
                amount_minor: amount,
                reference: domain::ledger::LedgerReference::parse(&key).unwrap(),
                voucher_id: Some(voucher),
                voucher_reference: None,
                idempotency_key: Some(domain::ledger::IdempotencyKey::parse(&key).unwrap()),
            };
            let now = chrono::Utc::now();
            (
                key,
                amount,
                ledger::post(&store, &actor, now, &program, m)
                    .await
                    .unwrap(),
            )
        }));
    }
    let mut accepted: HashMap<String, (i64, uuid::Uuid)> = HashMap::new();
    let mut refused = 0;
    let mut replays = 0;
    for t in tasks {
        let (key, amount, result) = t.await.unwrap();
        match result {
            Ok(posting) => {
                replays += usize::from(posting.replayed);
                // A replay returns the first result: the same entry for the same key.
                if let Some((a, entry)) = accepted.get(&key) {
                    assert_eq!(*entry, posting.entry.id, "key {key} accepted twice");
                    assert_eq!(*a, amount);
                } else {
                    accepted.insert(key, (amount, posting.entry.id));
                }
            }
            Err(Refusal::Funds(_)) => refused += 1,
            Err(other) => panic!("unexpected refusal {other:?}"),
        }
    }
    assert!(refused > 0, "some commits must have been refused");
    // Available funds only shrink while commits run, so a duplicated key is either refused
    // twice, or accepted once and replayed once.
    let duplicated_accepted = asks
        .iter()
        .take(40)
        .filter(|(k, _, _)| accepted.contains_key(k))
        .count();
    assert_eq!(replays, duplicated_accepted);
    let rows = entries(&app, id).await;
    let commits: Vec<_> = rows.iter().filter(|e| e.kind == "COMMIT").collect();
    assert_eq!(
        commits.len(),
        accepted.len(),
        "exactly one ledger entry per accepted commit"
    );
    let committed: i64 = commits.iter().map(|e| e.amount_minor).sum();
    assert_eq!(committed, accepted.values().map(|(a, _)| a).sum::<i64>());
    assert!(
        committed <= budget_minor,
        "overspent: {committed} > {budget_minor}"
    );
    // Exact acceptance: what is left is smaller than every refused ask.
    let left = budget_minor - committed;
    let smallest_refused = asks
        .iter()
        .filter(|(k, _, _)| !accepted.contains_key(k))
        .map(|(_, a, _)| *a)
        .min()
        .unwrap();
    assert!(
        left < smallest_refused,
        "{left} left, yet a commit of {smallest_refused} was refused"
    );
    // The balances equal the sum of the entries.
    let now = programmes::get(app.state.store.db(), id)
        .await
        .unwrap()
        .unwrap();
    let mut ordered = rows.clone();
    ordered.sort_by_key(|e| e.id);
    let replayed = Balances::replay(
        ordered
            .iter()
            .map(|e| (EntryKind::parse(&e.kind).unwrap(), e.amount_minor)),
    )
    .unwrap();
    assert_eq!(now.funds, replayed);
    assert_eq!(now.funds.committed, committed);
    // And every accepted commit is audited in an intact chain.
    let v = api::store::audit::verify(app.state.store.db())
        .await
        .unwrap()
        .expect("audit chain intact");
    assert!(
        v.chains
            .iter()
            .any(|(c, n)| c == "MS:DE" && *n as usize > accepted.len())
    );
}

/// Concurrent de-allocations over HTTP that together ask for 3× what is available: the
/// accepted ones fit exactly, the rest get INSUFFICIENT_FUNDS, and the ledger reconciles.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_deallocations_over_http_never_take_more_than_is_available() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let id = app.with_open_programme(&officer, "RACE-2", "2000.00").await;
    let mut tasks = Vec::new();
    for i in 0..60 {
        let http = app.http.clone();
        let url = app.url("/graphql");
        let token = officer.token.clone();
        tasks.push(tokio::spawn(async move {
            let body = json!({ "query": "mutation($i: FundsInput!) { deallocateFunds(input: $i) { entry { amount } } }",
                "variables": { "i": { "programId": id, "amount": "100.00", "currency": "EUR", "reference": format!("cut {i}") } } });
            http.post(url).bearer_auth(token).json(&body).send().await.unwrap().json::<serde_json::Value>().await.unwrap()
        }));
    }
    let mut ok = 0;
    for t in tasks {
        let body = t.await.unwrap();
        match body["errors"][0]["extensions"]["code"].as_str() {
            None => ok += 1,
            Some("INSUFFICIENT_FUNDS") => {}
            other => panic!("unexpected {other:?}: {body}"),
        }
    }
    assert_eq!(ok, 20, "exactly 2000.00 / 100.00 de-allocations fit");
    let now = programmes::get(app.state.store.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(now.funds.allocated, 0);
    let rows = entries(&app, id).await;
    assert_eq!(rows.iter().filter(|e| e.kind == "DEALLOCATE").count(), 20);
    let r = app
        .gql(officer.token(), ALLOCATE, json!({ "i": { "programId": id, "amount": "1.00", "currency": "EUR", "reference": "after" } }))
        .await;
    assert_eq!(r.ok()["allocateFunds"]["funds"]["available"], "1.00");
}

/// 24 applications of 5,000 EUR approved at once against a budget of 50,000 EUR (plus 8 raced
/// duplicate approvals): exactly 10 are approved, each once, with one voucher each; the rest are
/// refused with `INSUFFICIENT_FUNDS` and stay submitted; the balances equal the ledger.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn approving_more_applications_at_once_than_the_budget_covers_accepts_exactly_what_fits() {
    use api::store::entities::{voucher, voucher_application};
    use tests::fixtures::APPROVE_APPLICATION;
    let app = std::sync::Arc::new(spawn_app().await);
    let (_, officer) = app.with_agency("DE").await;
    let programme = app
        .with_open_programme(&officer, "RACE-APPROVE", "50000")
        .await;
    let mut ids = Vec::new();
    for _ in 0..24 {
        let (_, clinic) = app.with_clinic("DE").await;
        ids.push(
            app.with_submitted_application(&clinic, programme, "5000")
                .await,
        );
    }
    let mut work: Vec<uuid::Uuid> = ids.clone();
    work.extend(ids.iter().take(8).copied());
    let tasks: Vec<_> = work
        .into_iter()
        .map(|id| {
            let app = app.clone();
            let token = officer.token.clone();
            tokio::spawn(async move {
                let r = app
                    .gql(Some(&token), APPROVE_APPLICATION, json!({ "id": id }))
                    .await;
                (id, r.code().map(str::to_owned))
            })
        })
        .collect();
    let mut approved = HashMap::new();
    let mut refused = 0;
    for t in tasks {
        let (id, code) = t.await.unwrap();
        match code.as_deref() {
            None => *approved.entry(id).or_insert(0) += 1,
            Some("INSUFFICIENT_FUNDS") => refused += 1,
            // A duplicate that lost to its twin.
            Some("INVALID_STATE_TRANSITION") => {}
            other => panic!("unexpected answer {other:?}"),
        }
    }
    assert_eq!(approved.len(), 10, "exactly what the budget covers");
    assert!(
        approved.values().all(|n| *n == 1),
        "no application approved twice"
    );
    assert!(
        refused >= 14,
        "the others were refused for funds: {refused}"
    );
    let db = app.state.store.db();
    let vouchers = voucher::Entity::find()
        .filter(voucher::Column::ProgramId.eq(programme))
        .all(db)
        .await
        .unwrap();
    assert_eq!(vouchers.len(), 10);
    let issued: std::collections::HashSet<_> = vouchers.iter().map(|v| v.application_id).collect();
    assert_eq!(issued, approved.keys().copied().collect());
    let still_submitted = voucher_application::Entity::find()
        .filter(voucher_application::Column::ProgramId.eq(programme))
        .filter(voucher_application::Column::Status.eq("SUBMITTED"))
        .count(db)
        .await
        .unwrap();
    assert_eq!(still_submitted, 14);
    // Balances equal the ledger: 10 commits of 5,000 and 10 pre-financings of 1,000.
    let p = programmes::get(db, programme).await.unwrap().unwrap();
    let mut replayed = Balances::default();
    for e in entries(&app, programme).await {
        replayed = replayed
            .apply(EntryKind::parse(&e.kind).unwrap(), e.amount_minor)
            .unwrap();
    }
    assert_eq!(p.funds, replayed);
    assert_eq!(
        p.funds,
        Balances {
            allocated: 5_000_000,
            committed: 4_000_000,
            disbursed: 1_000_000
        }
    );
}

/// One voucher of 10,000 EUR (50 % aid) redeemed by 24 concurrent invoices of 3,000 EUR from
/// four service providers: the redemptions cover exactly 10,000 (six of 1,500 and one capped at
/// 1,000), the rest are refused, and the voucher is never redeemed beyond its amount.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_voucher_redeemed_concurrently_never_over_redeems() {
    use api::store::entities::{redemption, voucher};
    use tests::fixtures::REDEEM;
    let app = std::sync::Arc::new(spawn_app().await);
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&officer, "RACE-REDEEM", "100000")
        .await;
    let (voucher_id, code) = app
        .with_voucher(&officer, &clinic, programme, "10000")
        .await;
    let mut vendors = Vec::new();
    for _ in 0..4 {
        vendors.push(app.with_vendor("DE").await.1);
    }
    let tasks: Vec<_> = (0..24)
        .map(|i| {
            let app = app.clone();
            let token = vendors[i % 4].token.clone();
            let code = code.clone();
            tokio::spawn(async move {
                let r = app
                    .gql(
                        Some(&token),
                        REDEEM,
                        json!({ "i": { "code": code, "invoiceReference": format!("INV-{i}"), "serviceCategory": "RISK_ASSESSMENT", "invoiceAmount": "3000" } }),
                    )
                    .await;
                match r.code() {
                    None => Some(r.ok()["redeemVoucher"]["covered"].as_str().unwrap().to_owned()),
                    Some("INVALID_STATE_TRANSITION") => None,
                    other => panic!("unexpected answer {other:?}: {}", r.body),
                }
            })
        })
        .collect();
    let mut covered: Vec<String> = Vec::new();
    for t in tasks {
        if let Some(c) = t.await.unwrap() {
            covered.push(c);
        }
    }
    covered.sort();
    assert_eq!(
        covered,
        vec![
            "1000.00", "1500.00", "1500.00", "1500.00", "1500.00", "1500.00", "1500.00"
        ]
    );
    let db = app.state.store.db();
    let v = voucher::Entity::find_by_id(voucher_id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (v.redeemed_minor, v.amount_minor, v.status.as_str()),
        (1_000_000, 1_000_000, "REDEEMED")
    );
    let rows = redemption::Entity::find()
        .filter(redemption::Column::VoucherId.eq(voucher_id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 7);
    assert_eq!(
        rows.iter().map(|r| r.covered_minor).sum::<i64>(),
        v.redeemed_minor
    );
    // The advance (2,000) is offset exactly once across the redemptions.
    assert_eq!(
        rows.iter().map(|r| r.net_payable_minor).sum::<i64>(),
        800_000
    );
}
