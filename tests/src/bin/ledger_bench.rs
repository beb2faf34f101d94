//! Load generator for the funds ledger: concurrent commits per second through the platform's
//! write path (`store::ledger::post`: idempotency check, conditional update, ledger entry,
//! hash-chained audit row, one transaction) against the same transaction written as raw SQL,
//! measured alternately in the same run on a fresh database.
//!
//! `cargo run --release -p tests --bin ledger-bench -- sqlite|postgres [commits] [concurrency] [normal]`
//! (PostgreSQL needs `TEST_POSTGRES_URL`). Prints the throughput of both and their ratio. The
//! two paths alternate which runs first each round (whichever runs first on a fresh database
//! pays for its growth). `normal` runs SQLite with `synchronous=NORMAL` instead of the default
//! FULL, to measure what durability costs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

/// The server's allocator (`api/src/main.rs`), so that the in-process server runs as deployed.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use api::startup::Application;
use api::store::Store;
use api::store::audit::Actor;
use api::store::ledger::{self, Movement, stmt_for_bench};
use api::store::programmes::{self, ProgrammeContent};
use domain::account::Scope;
use domain::ledger::EntryKind;
use domain::member_state::MemberState;
use domain::programme::{ProgrammeCode, ProgrammeRules, ProgrammeStatus, RulesInput, parse_texts};
use rust_decimal::Decimal;
use sea_orm::ConnectionTrait;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;
use uuid::Uuid;

async fn programme(store: &Store, actor: &Actor) -> programmes::Programme {
    let de = MemberState::parse("DE").unwrap();
    let now = chrono::Utc::now();
    let rules = ProgrammeRules::parse(
        de,
        RulesInput {
            currency: "EUR".into(),
            min_voucher: Decimal::from(1),
            max_voucher: Decimal::from(100_000),
            aid_intensity: Decimal::from(50),
            prefinancing: None,
            sme_categories: vec![domain::sme::Category::Micro],
            healthcare_types: vec![domain::organisation::HealthcareType::Hospital],
            nis2_classes: vec![domain::organisation::Nis2Class::Important],
            service_categories: vec!["RISK_ASSESSMENT".into()],
            opens_at: now - chrono::Duration::days(1),
            closes_at: now + chrono::Duration::days(30),
            cutoffs: vec![],
            validity_days: 365,
            de_minimis: false,
            four_eyes: None,
        },
    )
    .unwrap();
    let content = ProgrammeContent {
        code: ProgrammeCode::parse("BENCH-1").unwrap(),
        names: parse_texts("names", &[("en".into(), "Bench".into())], true, 200).unwrap(),
        descriptions: vec![],
        rules,
    };
    let p = programmes::create(store, actor, now, de, content)
        .await
        .unwrap();
    let alloc = Movement {
        kind: EntryKind::Allocate,
        amount_minor: 1_000_000_000_000,
        reference: domain::ledger::LedgerReference::parse("bench budget").unwrap(),
        voucher_id: None,
        voucher_reference: None,
        idempotency_key: None,
    };
    ledger::post(store, actor, now, &p, alloc)
        .await
        .unwrap()
        .unwrap();
    let p = programmes::get(store.db(), p.id).await.unwrap().unwrap();
    programmes::transition(store, actor, now, &p, ProgrammeStatus::Open)
        .await
        .unwrap()
        .unwrap()
}

/// The same transaction as `ledger::post` for a commit, as raw SQL statements.
async fn raw_commit(store: &Store, program: Uuid, actor: Uuid, n: usize) {
    let txn = store.begin_write().await.unwrap();
    let b = txn.get_database_backend();
    let key = format!("raw-{n}-{}", Uuid::new_v4());
    txn.query_one_raw(stmt_for_bench(
        b,
        "SELECT id FROM ledger_entry WHERE program_id = $1 AND idempotency_key = $2",
        vec![program.into(), key.clone().into()],
    ))
    .await
    .unwrap();
    let row = txn
        .query_one_raw(stmt_for_bench(
            b,
            "UPDATE voucher_program SET committed_minor = committed_minor + $2 WHERE id = $1 AND status IN ('OPEN', 'CLOSED') \
             AND allocated_minor - committed_minor - disbursed_minor >= $2 RETURNING allocated_minor, committed_minor, disbursed_minor",
            vec![program.into(), 100i64.into()],
        ))
        .await
        .unwrap()
        .expect("funds");
    let (a, c, d): (i64, i64, i64) = (
        row.try_get("", "allocated_minor").unwrap(),
        row.try_get("", "committed_minor").unwrap(),
        row.try_get("", "disbursed_minor").unwrap(),
    );
    let entry = Uuid::now_v7();
    let now = chrono::Utc::now();
    txn.execute_raw(stmt_for_bench(
        b,
        "INSERT INTO ledger_entry (id, program_id, kind, amount_minor, currency, reference, voucher_id, idempotency_key, actor_id, \
         allocated_after, committed_after, disbursed_after, created_at) VALUES ($1, $2, 'COMMIT', $3, 'EUR', $4, $5, $6, $7, $8, $9, $10, $11)",
        vec![entry.into(), program.into(), 100i64.into(), key.clone().into(), Uuid::now_v7().into(), key.into(), actor.into(), a.into(), c.into(), d.into(), now.into()],
    ))
    .await
    .unwrap();
    let head = txn
        .query_one_raw(stmt_for_bench(
            b,
            "UPDATE audit_chain SET seq = seq + 1 WHERE chain = $1 RETURNING seq, head_hash",
            vec!["MS:DE".into()],
        ))
        .await
        .unwrap()
        .expect("chain head");
    let seq: i64 = head.try_get("", "seq").unwrap();
    let prev: String = head.try_get("", "head_hash").unwrap();
    let event = domain::audit::AuditEvent {
        at: now,
        actor_id: Some(actor),
        actor_role: Some("AGENCY_OFFICER".into()),
        scope: "ms:DE".into(),
        action: "funds.commit".into(),
        object_type: "VoucherProgram".into(),
        object_id: Some(program.to_string()),
        outcome: domain::audit::Outcome::Success,
        detail: serde_json::json!({ "entryId": entry, "amountMinor": 100 }).to_string(),
        request_id: "bench".into(),
    }
    .normalised();
    let hash = domain::audit::link_hash(&prev, "MS:DE", seq, &event);
    txn.execute_raw(stmt_for_bench(
        b,
        "UPDATE audit_chain SET head_hash = $2 WHERE chain = $1",
        vec!["MS:DE".into(), hash.clone().into()],
    ))
    .await
    .unwrap();
    txn.execute_raw(stmt_for_bench(
        b,
        "INSERT INTO audit_log (id, chain, seq, prev_hash, hash, at, actor_id, actor_role, scope, action, object_type, object_id, outcome, detail, request_id) \
         VALUES ($1, 'MS:DE', $2, $3, $4, $5, $6, 'AGENCY_OFFICER', 'ms:DE', 'funds.commit', 'VoucherProgram', $7, 'SUCCESS', $8, 'bench')",
        vec![Uuid::now_v7().into(), seq.into(), prev.into(), hash.into(), event.at.into(), actor.into(), program.to_string().into(), event.detail.into()],
    ))
    .await
    .unwrap();
    txn.commit().await.unwrap();
}

async fn run(
    commits: usize,
    concurrency: usize,
    f: impl Fn(usize) -> futures_util::future::BoxFuture<'static, ()> + Send + Sync + 'static,
) -> f64 {
    let f = Arc::new(f);
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let f = f.clone();
        let next = next.clone();
        tasks.push(tokio::spawn(async move {
            loop {
                let n = next.fetch_add(1, Ordering::SeqCst);
                if n >= commits {
                    break;
                }
                f(n).await;
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    commits as f64 / start.elapsed().as_secs_f64()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let db = args.get(1).map(String::as_str).unwrap_or("sqlite");
    let commits: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let concurrency: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(16);
    let kind = if db == "postgres" {
        tests::DbKind::Postgres
    } else {
        tests::DbKind::Sqlite
    };
    let normal = args.get(4).is_some_and(|a| a == "normal");
    let test_db = tests::TestDb::create_on(kind).await;
    let url = if normal && kind == tests::DbKind::Sqlite {
        format!("{}&synchronous=normal", test_db.url)
    } else {
        test_db.url.clone()
    };
    let settings = tests::TestApp::settings(&tests::TestApp::builder(), &url);
    let app = Application::build(settings).await.unwrap();
    let store = app.state.store.clone();
    let officer = Uuid::now_v7();
    let actor = Actor {
        id: Some(officer),
        role: Some("AGENCY_OFFICER".into()),
        scope: Scope::Eu,
        request_id: "bench".into(),
    };
    let p = programme(&store, &actor).await;
    let (mut ours, mut raw) = (Vec::new(), Vec::new());
    for round in 0..3 {
        for first_raw in [round % 2 == 0, round % 2 != 0] {
            if first_raw {
                let (s, id) = (store.clone(), p.id);
                raw.push(
                    run(commits, concurrency, move |n| {
                        let s = s.clone();
                        Box::pin(async move { raw_commit(&s, id, officer, n).await })
                    })
                    .await,
                );
            } else {
                let (s, a, prog) = (store.clone(), actor.clone(), p.clone());
                ours.push(
                    run(commits, concurrency, move |n| {
                        let (s, a, prog) = (s.clone(), a.clone(), prog.clone());
                        Box::pin(async move {
                            let m = Movement {
                                kind: EntryKind::Commit,
                                amount_minor: 100,
                                reference: domain::ledger::LedgerReference::parse(&format!("c{n}"))
                                    .unwrap(),
                                voucher_id: Some(Uuid::now_v7()),
                                voucher_reference: None,
                                idempotency_key: Some(
                                    domain::ledger::IdempotencyKey::parse(&format!(
                                        "k-{round}-{n}"
                                    ))
                                    .unwrap(),
                                ),
                            };
                            ledger::post(&s, &a, chrono::Utc::now(), &prog, m)
                                .await
                                .unwrap()
                                .unwrap();
                        })
                    })
                    .await,
                );
            }
        }
        eprintln!(
            "round {round}: raw {:.0}/s, platform {:.0}/s",
            raw[round], ours[round]
        );
    }
    let (o, r) = (median(ours), median(raw));
    let verified = api::store::audit::verify(store.db()).await.unwrap().is_ok();
    println!(
        "database: {db}; commits per round: {commits}; concurrency: {concurrency}; rounds: 3 (median)"
    );
    println!("raw SQL transaction: {r:.0} commits/s");
    println!("platform write path: {o:.0} commits/s");
    println!(
        "ratio platform/raw: {:.2} (target >= 0.50); audit chain intact: {verified}",
        o / r
    );
}
