//! Money invariants under real concurrency, on the database the suite runs on (SQLite or
//! PostgreSQL): no race may spend money that is not there, and nothing is accepted twice.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use api::store::entities::ledger_entry;
use api::store::ledger::{self, Movement, Refusal};
use api::store::programmes;
use domain::ledger::{Balances, EntryKind};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
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
                reference: key.clone(),
                voucher_id: Some(voucher),
                idempotency_key: Some(key.clone()),
            };
            (
                key,
                amount,
                ledger::post(&store, &actor, &program, m).await.unwrap(),
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
