//! `make bench`: the benchmark suite of issues #15 and #12. Every workload is measured against
//! a baseline in the same run; each pair runs twice or more, in alternating order, and the
//! table gives the median of the per-pair ratios with their range. Every response body is
//! checked for `errors` (wrk's Lua `response` hook for HTTP, the bench itself for WebSocket).
//!
//! - **W0** `{__typename}` against a minimal axum handler that lives here.
//! - **W1** nested reads (applications → programme, organisation, voucher; programmes →
//!   ledger; programmes → applications → organisation) against the statements the server issued
//!   for the same request (captured from its own statement log) replayed directly on the same
//!   database, at 1 and 16 connections, with statements per request. The volume is seeded with
//!   SQL (`--applications`, 100,000 by default).
//! - **W2** `allocateFunds` on one programme against W0 (the raw-SQL transaction baseline is
//!   `ledger-bench`, also in `make bench`).
//! - **W3** `smeAssessment` with 1 and 20 enterprises against W0.
//! - **W4** subscription fan-out: N graphql-ws subscribers (`--subscribers`, 1,000 by
//!   default) on one node (and on two nodes on PostgreSQL), the time from `publishAlert` to each
//!   delivery (p50, p99) and to the last one, and RSS growth per idle connection, against a
//!   minimal axum + tokio broadcast WebSocket server that lives here.
//! - **W5** catalogue search (issue #13): 10,000 published items (`--items`) with English,
//!   German and French texts, searched in German for a selective word (1 % of the items) and a
//!   word every item has, against the statements the server issued replayed directly; the ratio
//!   is the SQL's p50 over the service's p50 at one connection.
//!
//! HTTP load comes from wrk (Debian's `wrk`; `make bench` installs it when missing).
//!
//! `cargo run --release -p tests --bin bench -- [--applications N] [--subscribers N]
//! [--seconds S] [--pairs P] [--only W1,W5] [--write-docs]`; `--only` runs some workloads (for
//! working on one; the docs' table is written only by a whole run). SQLite always runs; PostgreSQL runs too when
//! `TEST_POSTGRES_URL` is set. No timing is asserted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

/// The server's allocator (`api/src/main.rs`), so that the in-process server runs as deployed.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use axum::extract::State;
use axum::extract::ws::{Message as AxumMessage, WebSocket, WebSocketUpgrade};
use axum::routing::{get, post};
use futures_util::{SinkExt, StreamExt};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tests::{DbKind, TestApp, TestDb};
use tokio::sync::{broadcast, mpsc};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

struct Args {
    postgres: bool,
    applications: usize,
    subscribers: usize,
    items: usize,
    seconds: u32,
    pairs: usize,
    write_docs: bool,
    /// Workloads to run (`--only W1,W5`); all when empty.
    only: Vec<String>,
}

fn postgres_url() -> Option<String> {
    std::env::var("TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

fn args() -> Args {
    let mut a = Args {
        postgres: postgres_url().is_some(),
        applications: 100_000,
        subscribers: 1000,
        items: 10_000,
        seconds: 3,
        pairs: 2,
        write_docs: false,
        only: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut number = || it.next().and_then(|v| v.parse::<usize>().ok()).unwrap();
        match arg.as_str() {
            "--applications" => a.applications = number(),
            "--subscribers" => a.subscribers = number(),
            "--items" => a.items = number(),
            "--seconds" => a.seconds = u32::try_from(number()).unwrap(),
            "--pairs" => a.pairs = number().max(1),
            "--write-docs" => a.write_docs = true,
            "--only" => {
                a.only = it
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .map(str::to_owned)
                    .collect()
            }
            "sqlite" => {}
            "postgres" => {
                assert!(postgres_url().is_some(), "postgres needs TEST_POSTGRES_URL");
                a.postgres = true;
            }
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

/// One line of the result table.
struct Row {
    workload: String,
    db: &'static str,
    connections: String,
    service: String,
    baseline: String,
    ratios: Vec<f64>,
    statements: String,
    target: String,
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    if v.len() % 2 == 1 {
        v[v.len() / 2]
    } else {
        (v[v.len() / 2 - 1] + v[v.len() / 2]) / 2.0
    }
}

fn ratio_text(r: &[f64]) -> String {
    let min = r.iter().copied().fold(f64::INFINITY, f64::min);
    let max = r.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    format!("{:.2} [{min:.2}–{max:.2}]", median(r))
}

/// What wrk measured: requests per second and latency percentiles (ms).
#[derive(Clone, Copy)]
struct Load {
    rps: f64,
    p50: f64,
    p99: f64,
}

const WRK_SCRIPT: &str = r#"
wrk.method = "POST"
wrk.body = [==[@BODY@]==]
wrk.headers["Content-Type"] = "application/json"
@AUTH@
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0; seen = 0; first = "" end
function response(status, headers, body)
  seen = seen + 1
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    if bad == 0 then first = string.sub(body, 1, 400) end
    bad = bad + 1
  end
end
function done(summary, latency, requests)
  local b, s, f = 0, 0, ""
  for _, t in ipairs(threads) do
    b = b + t:get("bad"); s = s + t:get("seen")
    if f == "" then f = t:get("first") end
  end
  local e = summary.errors
  io.write(string.format("WRK %d %d %d %d %d %d %d\n", summary.requests, s, b,
    e.connect + e.read + e.write + e.timeout, summary.duration,
    latency:percentile(50), latency:percentile(99)))
  if b > 0 then io.write("WRKFIRST " .. f .. "\n") end
end
"#;

/// Runs wrk against `url` with one fixed GraphQL body for `seconds`; panics when any answer
/// is not a 200 without `errors`, or a socket failed.
async fn wrk(
    url: &str,
    body: &Value,
    token: Option<&str>,
    connections: usize,
    seconds: u32,
) -> Load {
    let script = WRK_SCRIPT.replace("@BODY@", &body.to_string()).replace(
        "@AUTH@",
        &token.map_or(String::new(), |t| {
            format!("wrk.headers[\"Authorization\"] = \"Bearer {t}\"")
        }),
    );
    let path = std::env::temp_dir().join(format!("bench-{}.lua", uuid::Uuid::new_v4()));
    std::fs::write(&path, script).unwrap();
    let (target, script) = (url.to_owned(), path.clone());
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("wrk")
            .arg(format!("-t{}", connections.min(2)))
            .arg(format!("-c{connections}"))
            .arg(format!("-d{seconds}s"))
            // A slow shape is measured, not dropped: wrk's default gives up after 2 s.
            .arg("--timeout")
            .arg("30s")
            .arg("-s")
            .arg(&script)
            .arg(&target)
            .output()
            .expect("wrk (apt-get install wrk; `make bench` does)")
    })
    .await
    .unwrap();
    std::fs::remove_file(&path).ok();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("WRK "))
        .unwrap_or_else(|| panic!("wrk said: {text}{}", String::from_utf8_lossy(&out.stderr)));
    let f: Vec<f64> = line.split(' ').map(|x| x.parse().unwrap()).collect();
    let (requests, seen, bad, socket, micros) = (f[0], f[1], f[2], f[3], f[4]);
    assert!(
        bad == 0.0 && socket == 0.0,
        "{bad} of {seen} answers had errors, {socket} socket errors, on {url}: {}",
        text.lines()
            .find_map(|l| l.strip_prefix("WRKFIRST "))
            .unwrap_or("")
    );
    if seen == 0.0 {
        // Not one answer within the measurement: recorded as such (a ratio of 0), not dropped.
        println!("   no answer from {url} within {seconds} s");
        return Load {
            rps: 0.0,
            p50: f64::INFINITY,
            p99: f64::INFINITY,
        };
    }
    Load {
        rps: requests / (micros / 1e6),
        p50: f[5] / 1000.0,
        p99: f[6] / 1000.0,
    }
}

/// `a` and `b` measured `pairs` times, alternating which goes first; the ratios a / b of their
/// throughput.
async fn alternate<A, B, FA, FB>(pairs: usize, a: A, b: B) -> (Vec<f64>, Load, Load)
where
    A: FnMut() -> FA,
    B: FnMut() -> FB,
    FA: std::future::Future<Output = Load>,
    FB: std::future::Future<Output = Load>,
{
    alternate_by(pairs, a, b, |a, b| a.rps / b.rps).await
}

/// `a` and `b` measured `pairs` times, alternating which goes first; `ratio(a, b)` of each pair.
async fn alternate_by<A, B, FA, FB>(
    pairs: usize,
    mut a: A,
    mut b: B,
    ratio: fn(&Load, &Load) -> f64,
) -> (Vec<f64>, Load, Load)
where
    A: FnMut() -> FA,
    B: FnMut() -> FB,
    FA: std::future::Future<Output = Load>,
    FB: std::future::Future<Output = Load>,
{
    let (mut ratios, mut last_a, mut last_b) = (Vec::new(), None, None);
    for i in 0..pairs {
        let (la, lb) = if i % 2 == 0 {
            let la = a().await;
            (la, b().await)
        } else {
            let lb = b().await;
            (a().await, lb)
        };
        ratios.push(ratio(&la, &lb));
        (last_a, last_b) = (Some(la), Some(lb));
    }
    (ratios, last_a.unwrap(), last_b.unwrap())
}

fn rate(l: &Load) -> String {
    format!("{:.0}/s (p50 {:.2} ms, p99 {:.2} ms)", l.rps, l.p50, l.p99)
}

/// The minimal axum server of W0 and W4: a fixed GraphQL answer, and a WebSocket that
/// forwards a tokio broadcast.
async fn baseline_server() -> (String, broadcast::Sender<String>) {
    let (tx, _) = broadcast::channel::<String>(64);
    let app = axum::Router::new()
        .route(
            "/graphql",
            post(|| async {
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    r#"{"data":{"__typename":"Query"}}"#,
                )
            }),
        )
        .route(
            "/ws",
            get(
                |ws: WebSocketUpgrade, State(tx): State<broadcast::Sender<String>>| async move {
                    ws.on_upgrade(move |socket| forward(socket, tx.subscribe()))
                },
            ),
        )
        .with_state(tx.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("127.0.0.1:{}", addr.port()), tx)
}

async fn forward(mut socket: WebSocket, mut rx: broadcast::Receiver<String>) {
    while let Ok(text) = rx.recv().await {
        if socket.send(AxumMessage::Text(text.into())).await.is_err() {
            return;
        }
    }
}

// ---- W1: captured statements replayed directly ------------------------------------------

/// The statements the server issues for `query` (after one warm-up request).
async fn captured(app: &TestApp, token: Option<&str>, query: &str) -> Vec<Statement> {
    app.gql(token, query, json!({})).await.ok();
    let store = &app.state.store;
    store.record_statements();
    app.gql(token, query, json!({})).await.ok();
    store.recorded_statements()
}

/// The statements run one after the other, as one request, by `connections` clients for
/// `seconds`.
async fn replay(url: &str, statements: &[Statement], connections: usize, seconds: u32) -> Load {
    // The server's own connection options (pragmas, no ping per checkout), one connection per
    // client: the same SQL on the same kind of connection, without the service.
    let mut opts = api::store::Store::options(url);
    opts.max_connections(connections as u32)
        .min_connections(connections as u32);
    let db = sea_orm::Database::connect(opts).await.unwrap();
    let statements = Arc::new(statements.to_vec());
    let done = Arc::new(AtomicU64::new(0));
    let end = Instant::now() + Duration::from_secs(u64::from(seconds));
    let mut latencies = Vec::new();
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let (db, statements, done) = (db.clone(), statements.clone(), done.clone());
            tokio::spawn(async move {
                let mut mine = Vec::new();
                while Instant::now() < end {
                    let t = Instant::now();
                    for s in statements.iter() {
                        db.query_all_raw(s.clone()).await.unwrap();
                    }
                    mine.push(t.elapsed().as_secs_f64() * 1000.0);
                    done.fetch_add(1, Ordering::Relaxed);
                }
                mine
            })
        })
        .collect();
    let start = Instant::now();
    for w in workers {
        latencies.extend(w.await.unwrap());
    }
    let elapsed = start.elapsed().as_secs_f64();
    db.close().await.ok();
    latencies.sort_by(|a, b| a.total_cmp(b));
    Load {
        rps: done.load(Ordering::Relaxed) as f64 / elapsed,
        p50: latencies[latencies.len() / 2],
        p99: latencies[latencies.len() * 99 / 100],
    }
}

/// Copies the first application `n` times over the member state's programmes with SQL (the
/// copies are decided, so no uniqueness rule of submitted applications applies).
async fn seed_applications(db: &TestDb, n: usize) {
    let columns = "program_id, organisation_id, member_state, status, currency, requested_minor, \
        approved_minor, services, estimated_total_minor, sme_input, sme_snapshot, \
        de_minimis_declared_eur_minor, service_provider_id, queue_key, cutoff, decision_reason, \
        submitted_at, decided_at, decided_by, recommended_by, recommended_at, recommended_minor, \
        reference, created_by, created_at, updated_at";
    let values = "p.id, t.organisation_id, t.member_state, 'REJECTED', t.currency, t.requested_minor, \
        NULL, t.services, t.estimated_total_minor, t.sme_input, t.sme_snapshot, \
        t.de_minimis_declared_eur_minor, t.service_provider_id, NULL, t.cutoff, 'seeded', \
        t.submitted_at, t.submitted_at, NULL, NULL, NULL, NULL, NULL, t.created_by, t.created_at, \
        t.updated_at";
    let programmes = "p AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, \
        COUNT(*) OVER () AS c FROM voucher_program WHERE member_state = 'DE'), \
        t AS (SELECT * FROM voucher_application WHERE submitted_at IS NOT NULL ORDER BY id LIMIT 1)";
    let sql = match db.kind {
        DbKind::Sqlite => format!(
            "WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < {last}), {programmes} \
             INSERT INTO voucher_application (id, {columns}) \
             SELECT randomblob(16), {values} FROM g, t, p WHERE p.k = g.n % p.c",
            last = n - 1
        ),
        DbKind::Postgres => format!(
            "WITH {programmes} INSERT INTO voucher_application (id, {columns}) \
             SELECT gen_random_uuid(), {values} FROM generate_series(0, {last}) AS g(n), t, p \
             WHERE p.k = g.n % p.c",
            last = n - 1
        ),
    };
    let owner = db.owner().await;
    owner.execute_unprepared(&sql).await.unwrap();
    if db.kind == DbKind::Postgres {
        owner
            .execute_unprepared("ANALYZE voucher_application")
            .await
            .unwrap();
    }
    owner.close().await.ok();
}

// ---- W5: the catalogue --------------------------------------------------------------

const CATALOGUE_ITEM: &str = "mutation($input: CatalogueItemInput!) { createCatalogueItem(kind: GUIDELINE, input: $input) { id } }";
const CATALOGUE_TRANSLATE: &str = "mutation($id: ID!, $language: String!, $input: CatalogueTranslationInput!) { translateCatalogueItem(id: $id, language: $language, input: $input) { id } }";
const CATALOGUE_PUBLISH: &str =
    "mutation($id: ID!) { publishCatalogueItem(id: $id, changeNote: \"v1\") { id status } }";

/// A search as the public page asks it: the count, the facets and a first page with highlights.
fn catalogue_search(words: &str) -> String {
    format!(
        "{{ catalogue(search: \"{words}\", language: \"de\", first: 20) {{ totalCount \
         facets {{ facet value count }} edges {{ node {{ item {{ id kind current {{ title language }} }} \
         highlight {{ text matched }} }} }} }} }}"
    )
}

/// One guideline in English, German and French, published through the API by ENISA; then
/// `n - 1` copies of it with SQL (item, published version, search rows), where copy `k`'s
/// titles also carry the word `thema{k % 100}`.
async fn seed_catalogue(app: &TestApp, enisa: &tests::Account, n: usize) {
    let input = json!({
        "language": "en",
        "title": "Backups against ransomware",
        "summary": "Keep offline backups and test restores so ransomware cannot stop patient care.",
        "body": "# Backups\n\nKeep three copies, one offline, and rehearse the restore of the patient record system.",
        "priorities": ["PREVENTION", "RESPONSE_RECOVERY"],
        "topics": ["backups", "ransomware"]
    });
    let id = app
        .gql(enisa.token(), CATALOGUE_ITEM, json!({ "input": input }))
        .await
        .ok()["createCatalogueItem"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for (language, title, summary) in [
        (
            "de",
            "Datensicherung gegen Erpressersoftware",
            "Sicherungskopien offline aufbewahren und die Wiederherstellung regelmäßig prüfen.",
        ),
        (
            "fr",
            "Sauvegardes contre les rançongiciels",
            "Conserver des sauvegardes hors ligne et tester la restauration.",
        ),
    ] {
        let input = json!({ "title": title, "summary": summary, "body": summary });
        app.gql(
            enisa.token(),
            CATALOGUE_TRANSLATE,
            json!({ "id": id, "language": language, "input": input }),
        )
        .await
        .ok();
    }
    app.gql(enisa.token(), CATALOGUE_PUBLISH, json!({ "id": id }))
        .await
        .ok();

    let db = &app.db;
    let owner = db.owner().await;
    let last = n - 1;
    let (copies, titled) = match db.kind {
        DbKind::Sqlite => (
            format!(
                "CREATE TABLE bench_copy AS WITH RECURSIVE g(k) AS (SELECT 1 UNION ALL \
                 SELECT k + 1 FROM g WHERE k < {last}) SELECT k, randomblob(16) AS id FROM g"
            ),
            "CREATE TABLE bench_search AS SELECT item_id, language, title, summary, body \
             FROM catalogue_search"
                .to_owned(),
        ),
        DbKind::Postgres => (
            format!(
                "CREATE TABLE bench_copy AS SELECT k, gen_random_uuid() AS id \
                 FROM generate_series(1, {last}) AS g(k)"
            ),
            "CREATE TABLE bench_search AS SELECT item_id, language, config, title, summary, body \
             FROM catalogue_search"
                .to_owned(),
        ),
    };
    let item_columns = "kind, status, owner_organisation_id, provider_member_state, is_public, \
        suspended, revision, state, published_version, first_published_at, published_at, \
        original_language, languages, priorities, topics, audience_types, service_categories, \
        service_member_states, created_at, updated_at";
    let title = "s.title || ' thema' || (c.k % 100)";
    let search = match db.kind {
        DbKind::Sqlite => format!(
            "INSERT INTO catalogue_search (item_id, language, title, summary, body) \
             SELECT c.id, s.language, {title}, s.summary, s.body FROM bench_copy c, bench_search s"
        ),
        DbKind::Postgres => format!(
            "INSERT INTO catalogue_search (item_id, language, config, title, summary, body, tsv) \
             SELECT c.id, s.language, s.config, {title}, s.summary, s.body, \
             setweight(to_tsvector(s.config::regconfig, {title}), 'A') || \
             setweight(to_tsvector(s.config::regconfig, s.summary), 'B') || \
             setweight(to_tsvector(s.config::regconfig, s.body), 'C') \
             FROM bench_copy c, bench_search s"
        ),
    };
    for sql in [
        copies,
        titled,
        format!(
            "INSERT INTO catalogue_item (id, {item_columns}) SELECT c.id, {} \
             FROM bench_copy c, catalogue_item i WHERE i.is_public",
            item_columns
                .split(", ")
                .map(|col| format!("i.{}", col.trim()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        "INSERT INTO catalogue_version (item_id, number, content, change_note, published_at) \
         SELECT c.id, v.number, v.content, v.change_note, v.published_at FROM bench_copy c, \
         catalogue_version v JOIN catalogue_item i ON i.id = v.item_id AND i.is_public"
            .to_owned(),
        search,
        "DROP TABLE bench_copy".to_owned(),
        "DROP TABLE bench_search".to_owned(),
    ] {
        owner.execute_unprepared(&sql).await.unwrap();
    }
    if db.kind == DbKind::Postgres {
        owner
            .execute_unprepared(
                "ANALYZE catalogue_item; ANALYZE catalogue_search; ANALYZE catalogue_version",
            )
            .await
            .unwrap();
    }
    owner.close().await.ok();
}

// ---- W3: SME inputs ---------------------------------------------------------------------

fn firm(id: &str) -> Value {
    let periods: Vec<Value> = ["2022", "2023", "2024"]
        .iter()
        .map(|y| json!({ "label": y, "staff": "8", "annualTurnover": "900000", "balanceSheetTotal": "700000" }))
        .collect();
    json!({ "id": id, "name": format!("Enterprise {id}"), "kind": "ENTERPRISE", "periods": periods })
}

/// An applicant alone, or with 19 more: nine held at 60 % (linked), ten at 30 % (partners).
fn sme_input(enterprises: usize) -> Value {
    let mut list = vec![firm("c")];
    let mut holdings = Vec::new();
    for i in 1..enterprises {
        let id = format!("e{i}");
        list.push(firm(&id));
        let share = if i < 10 { "60" } else { "30" };
        holdings.push(
            json!({ "holder": "c", "held": id, "capitalPercent": share, "votingPercent": share }),
        );
    }
    json!({ "applicant": "c", "enterprises": list, "holdings": holdings })
}

const SME: &str = "query($i: SmeAssessmentInput!) { smeAssessment(input: $i) { category isSme \
    aggregated { staffAwu annualTurnover balanceSheetTotal } enterprises { id relation includedPercent } \
    trace { article text } } }";

// ---- W4: fan-out ------------------------------------------------------------------------

/// With `after`, a subscription that the server registers only after the first publish still
/// gets that event (from the catch-up), so "every subscriber gets every publish" holds
/// whatever the order; without it the first publish could race the subscriptions.
const LIVE: &str =
    "subscription($after: String) { alerts(after: $after) { cursor kind alert { id } } }";

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// Where a subscriber connects: a graphql-ws endpoint, or the baseline's plain socket.
#[derive(Clone)]
enum Endpoint {
    GraphqlWs(String),
    Plain(String),
}

/// Opens one socket and subscribes; then sends the arrival time of each delivery (and its
/// body, which must not carry errors) until the socket closes.
async fn subscriber(
    endpoint: Endpoint,
    after: Option<String>,
    opening: tokio::sync::OwnedSemaphorePermit,
    ready: mpsc::UnboundedSender<()>,
    deliveries: mpsc::UnboundedSender<(Instant, String)>,
) {
    let url = match &endpoint {
        Endpoint::GraphqlWs(u) | Endpoint::Plain(u) => u.clone(),
    };
    let mut req = url.into_client_request().unwrap();
    if matches!(endpoint, Endpoint::GraphqlWs(_)) {
        req.headers_mut().insert(
            "sec-websocket-protocol",
            "graphql-transport-ws".parse().unwrap(),
        );
    }
    let (mut ws, _) = tokio_tungstenite::connect_async(req).await.unwrap();
    if matches!(endpoint, Endpoint::GraphqlWs(_)) {
        let init = json!({ "type": "connection_init", "payload": {} });
        ws.send(Message::Text(init.to_string().into()))
            .await
            .unwrap();
        loop {
            let Some(Ok(Message::Text(t))) = ws.next().await else {
                panic!("no connection_ack")
            };
            if t.as_str().contains("connection_ack") {
                break;
            }
        }
        let sub = json!({ "id": "1", "type": "subscribe",
            "payload": { "query": LIVE, "variables": { "after": after } } });
        ws.send(Message::Text(sub.to_string().into()))
            .await
            .unwrap();
    }
    drop(opening);
    ready.send(()).ok();
    while let Some(Ok(msg)) = ws.next().await {
        if let Message::Text(t) = msg {
            let at = Instant::now();
            let text = t.as_str();
            if text.contains("\"ping\"") || text.contains("\"pong\"") {
                continue;
            }
            if deliveries.send((at, text.to_owned())).is_err() {
                return;
            }
        }
    }
}

/// What one fan-out run measured.
struct FanOut {
    /// ms from publish to each delivery, all publishes.
    latencies: Vec<f64>,
    /// ms from publish to the last delivery, per publish.
    last: Vec<f64>,
    rss_per_connection_kib: f64,
}

fn percentile(v: &[f64], p: f64) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

/// `n` subscribers spread over `endpoints`; then `publishes` times: `publish(i)` is awaited
/// (its own time counted), and every subscriber must receive exactly one delivery naming
/// the id it returns.
async fn fan_out<P, F>(
    endpoints: &[Endpoint],
    after: Option<String>,
    n: usize,
    publishes: usize,
    mut publish: P,
) -> FanOut
where
    P: FnMut(usize) -> F,
    F: std::future::Future<Output = (Instant, String)>,
{
    let before = rss_kib();
    let (ready_tx, mut ready_rx) = mpsc::unbounded_channel();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let mut tasks = Vec::new();
    let opening = Arc::new(tokio::sync::Semaphore::new(64));
    for i in 0..n {
        let (endpoint, ready, tx) = (
            endpoints[i % endpoints.len()].clone(),
            ready_tx.clone(),
            tx.clone(),
        );
        let permit = opening.clone().acquire_owned().await.unwrap();
        tasks.push(tokio::spawn(subscriber(
            endpoint,
            after.clone(),
            permit,
            ready,
            tx,
        )));
    }
    drop((ready_tx, tx));
    for _ in 0..n {
        ready_rx.recv().await.unwrap();
    }
    // A first publish (not counted) proves every subscription is registered (the service's
    // subscribers start `after` the cursor read before they opened, so a subscription
    // registered after this publish still gets it from the catch-up).
    let (mut latencies, mut last) = (Vec::new(), Vec::new());
    let mut rss_per_connection_kib = 0.0;
    for round in 0..=publishes {
        let (t0, id) = publish(round).await;
        let mut got = 0;
        let mut max: f64 = 0.0;
        while got < n {
            let (at, body) = tokio::time::timeout(Duration::from_secs(60), rx.recv())
                .await
                .expect("every subscriber gets the delivery within 60 s")
                .unwrap();
            assert!(!body.contains("\"errors\""), "delivery with errors: {body}");
            assert!(body.contains(&id), "a delivery of another event: {body}");
            got += 1;
            let ms = at.duration_since(t0).as_secs_f64() * 1000.0;
            max = max.max(ms);
            if round > 0 {
                latencies.push(ms);
            }
        }
        if round == 0 {
            tokio::time::sleep(Duration::from_millis(300)).await;
            rss_per_connection_kib = (rss_kib().saturating_sub(before)) as f64 / n as f64;
        } else {
            last.push(max);
        }
    }
    // Nothing more arrives (exactly once).
    if let Ok(Some((_, body))) = tokio::time::timeout(Duration::from_millis(200), rx.recv()).await {
        panic!("a second delivery: {body}");
    }
    for t in tasks {
        t.abort();
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    FanOut {
        latencies,
        last,
        rss_per_connection_kib,
    }
}

// ---- the suite --------------------------------------------------------------------------

const W0: &str = "{ __typename }";
const APPLICATIONS: &str = "{ voucherApplications(first: 20) { nodes { id status requestedAmount program { id code } organisation { id name } voucher { id status } } } }";
const LEDGERS: &str = "{ voucherPrograms(first: 20) { nodes { id code ledger(first: 20) { totalCount nodes { id kind amount } } } } }";
const PROGRAMME_APPLICATIONS: &str = "{ voucherPrograms(first: 20) { nodes { id code applications(first: 20) { totalCount nodes { id status organisation { id name } } } } } }";

async fn suite(kind: DbKind, a: &Args, rows: &mut Vec<Row>) {
    let db_name = match kind {
        DbKind::Sqlite => "SQLite",
        DbKind::Postgres => "PostgreSQL",
    };
    let db = TestDb::create_on(kind).await;
    let app = Arc::new(TestApp::start_on(TestApp::builder(), db).await);
    let (base_addr, broadcast) = baseline_server().await;
    let (base_url, gql_url) = (format!("http://{base_addr}/graphql"), app.url("/graphql"));
    let s = a.seconds;
    let pairs = a.pairs;
    println!("== {db_name}: setting up");
    let want = |w: &str| a.only.is_empty() || a.only.iter().any(|o| o == w);

    // W0.
    let w0_body = json!({ "query": W0 });
    if want("W0") {
        let body = w0_body.clone();
        let (r, la, lb) = alternate(
            pairs,
            || wrk(&gql_url, &body, None, 16, s),
            || wrk(&base_url, &body, None, 16, s),
        )
        .await;
        rows.push(Row {
            workload: "W0 `{__typename}` / minimal axum".into(),
            db: db_name,
            connections: "16".into(),
            service: rate(&la),
            baseline: rate(&lb),
            ratios: r,
            statements: "0".into(),
            target: "≥ 0.5".into(),
        });
    }
    if want("W1") || want("W2") {
        // Data for W1 and W2: 20 programmes, applications (some with vouchers), then the volume.
        let (_, officer) = app.with_agency("DE").await;
        let mut programmes = Vec::new();
        for i in 0..20 {
            programmes.push(
                app.with_open_programme(&officer, &format!("BENCH-{i}"), "100000000")
                    .await,
            );
        }
        for (i, programme) in programmes.iter().take(6).enumerate() {
            let (_, clinic) = app.with_clinic("DE").await;
            if i % 2 == 0 {
                app.with_voucher(&officer, &clinic, *programme, "2000")
                    .await;
            } else {
                app.with_submitted_application(&clinic, *programme, "2000")
                    .await;
            }
        }
        let t = Instant::now();
        seed_applications(&app.db, a.applications).await;
        println!(
            "   seeded {} applications in {:.1} s",
            a.applications,
            t.elapsed().as_secs_f64()
        );

        if want("W1") {
            // W1.
            for (name, query) in [
                (
                    "applications → programme, organisation, voucher",
                    APPLICATIONS,
                ),
                ("programmes → ledger (first 20)", LEDGERS),
                (
                    "programmes → applications (first 20) → organisation",
                    PROGRAMME_APPLICATIONS,
                ),
            ] {
                let statements = captured(&app, officer.token(), query).await;
                println!("   {name}: {} statements", statements.len());
                for st in &statements {
                    println!("     {}", st.sql.chars().take(110).collect::<String>());
                }
                let body = json!({ "query": query });
                for c in [1, 16] {
                    let (r, la, lb) = alternate(
                        pairs,
                        || wrk(&gql_url, &body, officer.token(), c, s),
                        || replay(&app.db.url, &statements, c, s),
                    )
                    .await;
                    rows.push(Row {
                        workload: format!("W1 {name} / its SQL replayed"),
                        db: db_name,
                        connections: c.to_string(),
                        service: rate(&la),
                        baseline: rate(&lb),
                        ratios: r,
                        statements: statements.len().to_string(),
                        target: "≥ 0.5".into(),
                    });
                }
            }
        }
        if want("W2") {
            // W2: allocations on one programme against W0.
            let allocate = json!({
                "query": "mutation($i: FundsInput!) { allocateFunds(input: $i) { entry { id } funds { available } } }",
                "variables": { "i": { "programId": programmes[0], "amount": "1", "currency": "EUR", "reference": "bench" } }
            });
            let (r, la, lb) = alternate(
                pairs,
                || wrk(&gql_url, &allocate, officer.token(), 16, s),
                || wrk(&gql_url, &w0_body, None, 16, s),
            )
            .await;
            rows.push(Row {
                workload: "W2 `allocateFunds`, one programme / W0".into(),
                db: db_name,
                connections: "16".into(),
                service: rate(&la),
                baseline: rate(&lb),
                ratios: r,
                statements: "–".into(),
                target: "(ledger-bench: ≥ 0.7 × raw SQL)".into(),
            });
        }
    }
    if want("W3") {
        // W3.
        for n in [1, 20] {
            let body = json!({ "query": SME, "variables": { "i": sme_input(n) } });
            let (r, la, lb) = alternate(
                pairs,
                || wrk(&gql_url, &body, None, 16, s),
                || wrk(&gql_url, &w0_body, None, 16, s),
            )
            .await;
            rows.push(Row {
                workload: format!("W3 `smeAssessment`, {n} enterprise(s) / W0"),
                db: db_name,
                connections: "16".into(),
                service: rate(&la),
                baseline: rate(&lb),
                ratios: r,
                statements: "0".into(),
                target: if n == 20 {
                    "≥ 0.3".into()
                } else {
                    "–".into()
                },
            });
        }
    }
    // ENISA publishes the catalogue (W5) and the alerts (W4).
    let enisa = app.with_enisa().await;
    if want("W5") {
        // W5.
        let t = Instant::now();
        seed_catalogue(&app, &enisa, a.items).await;
        println!(
            "   seeded {} catalogue items in {:.1} s",
            a.items,
            t.elapsed().as_secs_f64()
        );
        for (name, words, hits) in [
            ("a word in 1 % of the items", "thema7", a.items / 100),
            ("a word in every item", "Erpressersoftware", a.items),
        ] {
            let query = catalogue_search(words);
            let check = app.gql(None, &query, json!({})).await;
            let total = check.ok()["catalogue"]["totalCount"].as_u64().unwrap();
            assert!(
                total as usize + 1 >= hits && total as usize <= hits + 1,
                "{words}: {total} hits, expected about {hits}"
            );
            let statements = captured(&app, None, &query).await;
            println!("   search {words}: {} statements", statements.len());
            let body = json!({ "query": query });
            let (r, la, lb) = alternate_by(
                pairs,
                || wrk(&gql_url, &body, None, 1, s),
                || replay(&app.db.url, &statements, 1, s),
                |service, sql| sql.p50 / service.p50,
            )
            .await;
            rows.push(Row {
            workload: format!(
                "W5 catalogue search in German, {name} ({total} of {} items) / its SQL replayed (p50)",
                a.items
            ),
            db: db_name,
            connections: "1".into(),
            service: rate(&la),
            baseline: rate(&lb),
            ratios: r,
            statements: statements.len().to_string(),
            target: "≥ 0.5".into(),
        });
        }
    }
    if want("W4") {
        // W4.
        let mut nodes = vec![Endpoint::GraphqlWs(app.ws_url())];
        let second = if kind == DbKind::Postgres {
            let b = app.another_process(TestApp::builder()).await;
            nodes.push(Endpoint::GraphqlWs(b.ws_url()));
            Some(b)
        } else {
            None
        };
        let plain = vec![Endpoint::Plain(format!("ws://{base_addr}/ws"))];
        let layouts: Vec<(&str, Vec<Endpoint>)> = if second.is_some() {
            vec![
                ("one node", nodes[..1].to_vec()),
                ("two nodes", nodes.clone()),
            ]
        } else {
            vec![("one node", nodes.clone())]
        };
        let counter = Arc::new(AtomicUsize::new(0));
        for (layout, endpoints) in layouts {
            let (mut ratios, mut service, mut baseline) = (Vec::new(), None, None);
            for pair in 0..pairs {
                let run_app = || async {
                    let (app, enisa, counter) = (app.clone(), enisa.clone(), counter.clone());
                    let since = app.gql(None, "{ alertsSince { cursor } }", json!({})).await;
                    let after = since.ok()["alertsSince"]["cursor"]
                        .as_str()
                        .map(str::to_owned);
                    fan_out(&endpoints, after, a.subscribers, 5, move |_| {
                        let (app, enisa, counter) = (app.clone(), enisa.clone(), counter.clone());
                        async move {
                            let k = counter.fetch_add(1, Ordering::Relaxed);
                            let input = tests::alerts::alert_input(
                                &format!("bench {k}"),
                                "CLEAR",
                                json!({}),
                            );
                            let id = app.with_draft_alert(&enisa, input).await;
                            let t0 = Instant::now();
                            app.gql(
                                enisa.token(),
                                tests::alerts::PUBLISH_ALERT,
                                json!({ "id": id }),
                            )
                            .await
                            .ok();
                            (t0, id)
                        }
                    })
                    .await
                };
                let run_base = || {
                    let (tx, counter) = (broadcast.clone(), counter.clone());
                    fan_out(&plain, None, a.subscribers, 5, move |_| {
                        let (tx, counter) = (tx.clone(), counter.clone());
                        async move {
                            let id =
                                format!("baseline-{}", counter.fetch_add(1, Ordering::Relaxed));
                            let t0 = Instant::now();
                            let msg = json!({ "id": "1", "type": "next", "payload": { "data": { "alerts": { "cursor": "0", "kind": "PUBLISHED", "alert": { "id": id } } } } });
                            tx.send(msg.to_string()).unwrap();
                            (t0, id)
                        }
                    })
                };
                let (f_app, f_base) = if pair % 2 == 0 {
                    let x = run_app().await;
                    (x, run_base().await)
                } else {
                    let y = run_base().await;
                    (run_app().await, y)
                };
                ratios
                    .push(percentile(&f_app.latencies, 0.99) / percentile(&f_base.latencies, 0.99));
                (service, baseline) = (Some(f_app), Some(f_base));
            }
            let (f_app, f_base) = (service.unwrap(), baseline.unwrap());
            let describe = |f: &FanOut| {
                format!(
                    "p50 {:.1} ms, p99 {:.1} ms, last {:.1} ms; {:.1} KiB/conn",
                    percentile(&f.latencies, 0.5),
                    percentile(&f.latencies, 0.99),
                    median(&f.last),
                    f.rss_per_connection_kib
                )
            };
            rows.push(Row {
            workload: format!(
                "W4 fan-out to {} subscribers, {layout} / axum + broadcast (p99, lower is better)",
                a.subscribers
            ),
            db: db_name,
            connections: a.subscribers.to_string(),
            service: describe(&f_app),
            baseline: describe(&f_base),
            ratios,
            statements: "–".into(),
            target: "p99 ≤ 2 ×; ≤ 64 KiB/conn".into(),
        });
        }
        drop(second);
    }
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split(' ')
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

const BEGIN: &str = "<!-- make bench: begin -->";
const END: &str = "<!-- make bench: end -->";

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let a = args();
    let started = Instant::now();
    let load_before = loadavg();
    let mut rows = Vec::new();
    suite(DbKind::Sqlite, &a, &mut rows).await;
    if a.postgres {
        suite(DbKind::Postgres, &a, &mut rows).await;
    }
    let mut table = String::new();
    writeln!(
        table,
        "| workload | database | connections | service | baseline | ratio: median [range] | statements per request | target |"
    )
    .unwrap();
    writeln!(table, "|---|---|---|---|---|---|---|---|").unwrap();
    for r in &rows {
        writeln!(
            table,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            r.workload,
            r.db,
            r.connections,
            r.service,
            r.baseline,
            ratio_text(&r.ratios),
            r.statements,
            r.target
        )
        .unwrap();
    }
    let note = format!(
        "Run {} UTC, {} s per measurement, {} alternating pairs per row, {} seeded applications, {} catalogue items, {} subscribers; load average before {}, after {}; whole run {:.0} s.\n",
        chrono::Utc::now().format("%Y-%m-%d %H:%M"),
        a.seconds,
        a.pairs,
        a.applications,
        a.items,
        a.subscribers,
        load_before,
        loadavg(),
        started.elapsed().as_secs_f64()
    );
    println!("\n{table}\n{note}");
    if a.write_docs && a.only.is_empty() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/benchmarks.md");
        let doc = std::fs::read_to_string(path).unwrap();
        let block = format!("{BEGIN}\n{table}\n{note}{END}");
        let doc = match (doc.find(BEGIN), doc.find(END)) {
            (Some(b), Some(e)) => format!("{}{block}{}", &doc[..b], &doc[e + END.len()..]),
            _ => format!("{doc}\n{block}\n"),
        };
        std::fs::write(path, doc).unwrap();
        println!("written to docs/benchmarks.md");
    }
}
