//! Load generator for the API over real HTTP: the voucher hot paths of a service provider
//! against a baseline request measured alternately in the same run, on a server started on
//! port 0 with a fresh database.
//!
//! - baseline: `{ memberStates { code } }`, the cheapest full request (HTTP, JSON, GraphQL
//!   parsing and validation, one indexed read);
//! - `voucherLookup`: token check, the provider's rate-limit count, the code lookup, the
//!   programme read and the quote;
//! - `redeemVoucher`: the same reads plus one write transaction (conditional update of the
//!   voucher, the redemption, the hash-chained audit row and the clinic's notification).
//!
//! `cargo run --release -p tests --bin api-load -- sqlite|postgres [requests] [concurrency]`
//! (PostgreSQL needs `TEST_POSTGRES_URL`). Prints requests per second and the ratio of each
//! path to the baseline; the median of three alternating rounds. No timing is asserted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

/// The server's allocator (`api/src/main.rs`), so that the in-process server runs as deployed.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;
use tests::fixtures::REDEEM;
use tests::{DbKind, TestApp, TestDb};

const BASELINE: &str = "{ memberStates { code } }";
const LOOKUP: &str = "query($c: String!, $a: Decimal) { voucherLookup(code: $c, invoiceAmount: $a) { remaining covers clinicPays } }";

/// Builds request `i` of worker `w`: (the worker's token index, if any; query; variables).
type Request = Arc<dyn Fn(usize, usize) -> (Option<usize>, &'static str, Value) + Send + Sync>;

/// Sends `total` requests with `concurrency` in flight; `body(i, worker)` builds request `i`.
/// Returns requests per second. Every answer must be free of errors.
async fn drive(
    app: &Arc<TestApp>,
    tokens: &Arc<Vec<String>>,
    total: usize,
    concurrency: usize,
    body: Request,
) -> f64 {
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|w| {
            let (app, tokens, next, body) =
                (app.clone(), tokens.clone(), next.clone(), body.clone());
            tokio::spawn(async move {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= total {
                        return;
                    }
                    let (who, query, vars) = body(i, w);
                    let token = who.map(|k| tokens[k].as_str());
                    let r = app.gql(token, query, vars).await;
                    assert!(r.body.get("errors").is_none(), "request {i}: {}", r.body);
                }
            })
        })
        .collect();
    for w in workers {
        w.await.unwrap();
    }
    total as f64 / start.elapsed().as_secs_f64()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let kind = match args.get(1).map(String::as_str) {
        Some("postgres") => DbKind::Postgres,
        _ => DbKind::Sqlite,
    };
    let total: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let concurrency: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(16);

    // Generous limits: the load generator is not a guesser.
    let db = TestDb::create_on(kind).await;
    let app = Arc::new(TestApp::start_on(TestApp::builder(), db).await);
    let (_, officer) = app.with_agency("DE").await;
    let programme = app
        .with_open_programme(&officer, "LOAD-1", "100000000")
        .await;
    // One vendor and one voucher per worker, so workers do not queue on one voucher's row.
    let mut tokens = Vec::new();
    let mut codes = Vec::new();
    for _ in 0..concurrency {
        let (_, clinic) = app.with_clinic("DE").await;
        let (_, vendor) = app.with_vendor("DE").await;
        let (_, code) = app
            .with_voucher(&officer, &clinic, programme, "30000")
            .await;
        tokens.push(vendor.token.clone());
        codes.push(code);
    }
    let tokens = Arc::new(tokens);
    let codes = Arc::new(codes);
    println!("api-load on {kind:?}: {total} requests per path and round, {concurrency} in flight");

    let (mut base, mut lookup, mut redeem) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..3 {
        base.push(
            drive(
                &app,
                &tokens,
                total,
                concurrency,
                Arc::new(|_, _| (None, BASELINE, json!({}))),
            )
            .await,
        );
        let c = codes.clone();
        lookup.push(
            drive(
                &app,
                &tokens,
                total,
                concurrency,
                Arc::new(move |_, w| (Some(w), LOOKUP, json!({ "c": c[w], "a": "100" }))),
            )
            .await,
        );
        let c = codes.clone();
        redeem.push(
            drive(
                &app,
                &tokens,
                total,
                concurrency,
                Arc::new(move |i, w| {
                    (
                        Some(w),
                        REDEEM,
                        json!({ "i": { "code": c[w], "invoiceReference": format!("LOAD-{round}-{i}"), "serviceCategory": "RISK_ASSESSMENT", "invoiceAmount": "2" } }),
                    )
                }),
            )
            .await,
        );
        println!(
            "round {}: baseline {:.0}/s, voucherLookup {:.0}/s, redeemVoucher {:.0}/s",
            round + 1,
            base[round],
            lookup[round],
            redeem[round]
        );
    }
    let (b, l, r) = (median(base), median(lookup), median(redeem));
    println!("median: baseline {b:.0}/s, voucherLookup {l:.0}/s, redeemVoucher {r:.0}/s");
    println!(
        "ratio to baseline: voucherLookup {:.2}, redeemVoucher {:.2}",
        l / b,
        r / b
    );
}
