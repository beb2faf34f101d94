//! A programme's funds ledger: exact balances, one entry and one audit row per movement,
//! refusals that write nothing, idempotency (also under concurrency), pagination, the monthly
//! summary and the CSV export (`docs/funds.md`).
use serde_json::{Value, json};
use tests::fixtures::ALLOCATE;
use tests::{Account, Gql, TestApp, spawn_app};
use uuid::Uuid;

const DEALLOCATE: &str = "mutation($i: FundsInput!) { deallocateFunds(input: $i) { replayed entry { id kind amount } funds { allocated committed disbursed available currency } } }";
const FUNDS: &str = "query($id: ID!) { voucherProgram(id: $id) { funds { allocated committed disbursed available currency } } }";
const LEDGER: &str = "query($id: ID!, $first: Int, $after: String) { voucherProgram(id: $id) { ledger(first: $first, after: $after) { edges { cursor node { id kind amount currency reference voucherId actorId createdAt fundsAfter { allocated committed disbursed available currency } } } pageInfo { hasNextPage endCursor } } } }";
const MONTHLY: &str = "query($id: ID!) { voucherProgram(id: $id) { funds { allocated committed disbursed available currency } monthlySummary { month allocated deallocated committed released disbursed endOfMonth { allocated committed disbursed available currency } } } }";

fn money(id: Uuid, amount: &str, reference: &str) -> Value {
    json!({ "i": { "programId": id, "amount": amount, "currency": "EUR", "reference": reference } })
}

fn keyed(id: Uuid, amount: &str, key: &str) -> Value {
    json!({ "i": { "programId": id, "amount": amount, "currency": "EUR", "reference": "budget decision", "idempotencyKey": key } })
}

async fn funds(app: &TestApp, who: &Account, id: Uuid) -> Value {
    app.gql(who.token(), FUNDS, json!({ "id": id })).await.ok()["voucherProgram"]["funds"].clone()
}

/// The whole ledger, newest first.
async fn ledger(app: &TestApp, who: &Account, id: Uuid) -> Vec<Value> {
    let r = app
        .gql(who.token(), LEDGER, json!({ "id": id, "first": 100 }))
        .await;
    r.ok()["voucherProgram"]["ledger"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

fn balances(allocated: &str, available: &str) -> Value {
    json!({ "allocated": allocated, "committed": "0.00", "disbursed": "0.00", "available": available, "currency": "EUR" })
}

/// Audit rows of money movements that happened (refusals are audited as `DENIED`).
async fn funds_rows(app: &TestApp) -> usize {
    app.audit_rows()
        .await
        .iter()
        .filter(|r| r.action.starts_with("funds.") && r.outcome == "SUCCESS")
        .count()
}

#[tokio::test]
async fn allocating_and_deallocating_move_the_balances_exactly_with_one_entry_and_one_audit_row_each()
 {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let id = app.with_draft_programme(&de, "DE-FUNDS-1").await;
    assert_eq!(funds(&app, &de, id).await, balances("0.00", "0.00"));

    let r = app
        .gql(
            de.token(),
            ALLOCATE,
            money(id, "1234.5", "Haushaltsbeschluss 2027/1"),
        )
        .await;
    let posted = r.ok()["allocateFunds"].clone();
    assert_eq!(posted["replayed"], false);
    assert_eq!(posted["entry"]["kind"], "ALLOCATE");
    assert_eq!(posted["entry"]["amount"], "1234.50");
    assert_eq!(posted["funds"], balances("1234.50", "1234.50"));
    assert_eq!(funds(&app, &de, id).await, balances("1234.50", "1234.50"));

    let r = app
        .gql(de.token(), DEALLOCATE, money(id, "234.50", "correction"))
        .await;
    let removed = r.ok()["deallocateFunds"].clone();
    assert_eq!(removed["replayed"], false);
    assert_eq!(removed["entry"]["kind"], "DEALLOCATE");
    assert_eq!(removed["entry"]["amount"], "234.50");
    assert_eq!(removed["funds"], balances("1000.00", "1000.00"));
    assert_eq!(funds(&app, &de, id).await, balances("1000.00", "1000.00"));

    let entries = ledger(&app, &de, id).await;
    assert_eq!(entries.len(), 2, "one entry per movement");
    assert_eq!(entries[0]["id"], removed["entry"]["id"], "newest first");
    assert_eq!(entries[0]["kind"], "DEALLOCATE");
    assert_eq!(entries[0]["amount"], "234.50");
    assert_eq!(entries[0]["reference"], "correction");
    assert_eq!(entries[0]["fundsAfter"], balances("1000.00", "1000.00"));
    assert_eq!(entries[1]["id"], posted["entry"]["id"]);
    assert_eq!(entries[1]["kind"], "ALLOCATE");
    assert_eq!(entries[1]["amount"], "1234.50");
    assert_eq!(entries[1]["currency"], "EUR");
    assert_eq!(entries[1]["reference"], "Haushaltsbeschluss 2027/1");
    assert_eq!(entries[1]["actorId"], de.id.to_string());
    assert!(entries[1]["voucherId"].is_null());
    assert_eq!(entries[1]["fundsAfter"], balances("1234.50", "1234.50"));

    let rows = app.audit_rows().await;
    for (action, entry) in [
        ("funds.allocate", &entries[1]),
        ("funds.deallocate", &entries[0]),
    ] {
        let mine: Vec<_> = rows.iter().filter(|r| r.action == action).collect();
        assert_eq!(mine.len(), 1, "exactly one {action} row");
        let row = mine[0];
        assert_eq!(row.outcome, "SUCCESS");
        assert_eq!(row.chain, "MS:DE");
        assert_eq!(row.actor_id, Some(de.id));
        assert_eq!(row.object_id.as_deref(), Some(id.to_string().as_str()));
        assert!(
            row.detail.contains(entry["id"].as_str().unwrap()),
            "{}",
            row.detail
        );
    }
}

#[tokio::test]
async fn deallocating_more_than_is_available_is_refused_and_writes_nothing() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let id = app.with_open_programme(&de, "DE-FUNDS-2", "100000").await;
    let before = funds(&app, &de, id).await;
    let entries = ledger(&app, &de, id).await.len();
    let audit = funds_rows(&app).await;
    let r = app
        .gql(de.token(), DEALLOCATE, money(id, "100000.01", "too much"))
        .await;
    r.expect_code("INSUFFICIENT_FUNDS");
    assert!(r.body["data"].is_null(), "{}", r.body);
    assert_eq!(funds(&app, &de, id).await, before);
    assert_eq!(before, balances("100000.00", "100000.00"));
    assert_eq!(ledger(&app, &de, id).await.len(), entries);
    assert_eq!(funds_rows(&app).await, audit);
    let denied = app.audit_rows().await;
    assert!(
        denied
            .iter()
            .any(|r| r.action == "funds.deallocate" && r.outcome == "DENIED"),
        "the refusal is audited"
    );
    // Exactly what is available may go.
    let r = app
        .gql(de.token(), DEALLOCATE, money(id, "100000", "all of it"))
        .await;
    assert_eq!(r.ok()["deallocateFunds"]["funds"], balances("0.00", "0.00"));
}

#[tokio::test]
async fn bad_money_input_is_refused_naming_its_field_and_writes_nothing() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let id = app.with_open_programme(&de, "DE-FUNDS-3", "1000").await;
    let valid = json!({ "programId": id, "amount": "10", "currency": "EUR", "reference": "budget decision" });
    let cases: Vec<(&str, &str, &str, Value)> = vec![
        ("a zero amount", "amount", "amount", json!("0")),
        ("a negative amount", "amount", "amount", json!("-5")),
        ("an over-precise amount", "amount", "amount", json!("0.001")),
        ("another currency", "currency", "currency", json!("SEK")),
        ("an unknown currency", "currency", "currency", json!("XYZ")),
        ("an empty reference", "reference", "reference", json!("")),
        ("a blank reference", "reference", "reference", json!("   ")),
        (
            "a reference over 200 characters",
            "reference",
            "reference",
            json!("x".repeat(201)),
        ),
        (
            "a key with spaces",
            "idempotencyKey",
            "idempotencyKey",
            json!("not a key"),
        ),
        (
            "an empty key",
            "idempotencyKey",
            "idempotencyKey",
            json!(""),
        ),
    ];
    let before = funds(&app, &de, id).await;
    let entries = ledger(&app, &de, id).await.len();
    let audit = app.audit_rows().await.len();
    for (what, key, field, value) in cases {
        for q in [ALLOCATE, DEALLOCATE] {
            let mut i = valid.clone();
            i[key] = value.clone();
            let r = app.gql(de.token(), q, json!({ "i": i })).await;
            assert_eq!(r.code(), Some("VALIDATION"), "{what}: {}", r.body);
            assert_eq!(r.field(), Some(field), "{what}: {}", r.body);
        }
    }
    assert_eq!(funds(&app, &de, id).await, before);
    assert_eq!(ledger(&app, &de, id).await.len(), entries);
    assert_eq!(app.audit_rows().await.len(), audit, "nothing written");
}

#[tokio::test]
async fn a_replayed_idempotency_key_returns_the_first_result_and_writes_nothing() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let id = app.with_draft_programme(&de, "DE-FUNDS-4").await;
    let first = app
        .gql(de.token(), ALLOCATE, keyed(id, "500", "budget-2027:1"))
        .await;
    let first = first.ok()["allocateFunds"].clone();
    assert_eq!(first["replayed"], false);
    let audit = funds_rows(&app).await;
    assert_eq!(audit, 1);

    let again = app
        .gql(de.token(), ALLOCATE, keyed(id, "500.00", "budget-2027:1"))
        .await;
    let again = again.ok()["allocateFunds"].clone();
    assert_eq!(again["replayed"], true);
    assert_eq!(again["entry"]["id"], first["entry"]["id"]);
    assert_eq!(again["funds"], first["funds"]);
    assert_eq!(funds(&app, &de, id).await, balances("500.00", "500.00"));
    assert_eq!(ledger(&app, &de, id).await.len(), 1);
    assert_eq!(funds_rows(&app).await, audit);

    // The same key for another movement is a conflict, and writes nothing either.
    app.gql(de.token(), ALLOCATE, keyed(id, "600", "budget-2027:1"))
        .await
        .expect_code("CONFLICT");
    app.gql(de.token(), DEALLOCATE, keyed(id, "500", "budget-2027:1"))
        .await
        .expect_code("CONFLICT");
    assert_eq!(funds(&app, &de, id).await, balances("500.00", "500.00"));
    assert_eq!(ledger(&app, &de, id).await.len(), 1);
    assert_eq!(funds_rows(&app).await, audit);

    // A key belongs to its programme: another programme may use it.
    let other = app.with_draft_programme(&de, "DE-FUNDS-4B").await;
    let r = app
        .gql(de.token(), ALLOCATE, keyed(other, "600", "budget-2027:1"))
        .await;
    assert_eq!(r.ok()["allocateFunds"]["replayed"], false);
}

#[tokio::test]
async fn the_same_key_sent_twenty_times_at_once_is_recorded_once() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let id = app.with_draft_programme(&de, "DE-FUNDS-5").await;
    let body = json!({ "query": ALLOCATE, "variables": keyed(id, "250", "concurrent-1") });
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let http = app.http.clone();
            let url = app.url("/graphql");
            let token = de.token.clone();
            let body = body.clone();
            tokio::spawn(async move {
                let res = http
                    .post(url)
                    .bearer_auth(token)
                    .json(&body)
                    .send()
                    .await
                    .unwrap();
                Gql {
                    status: res.status().as_u16(),
                    body: res.json::<Value>().await.unwrap(),
                }
            })
        })
        .collect();
    let mut entry_ids = std::collections::BTreeSet::new();
    let mut fresh = 0;
    for t in tasks {
        let r = t.await.unwrap();
        let posted = &r.ok()["allocateFunds"];
        entry_ids.insert(posted["entry"]["id"].as_str().unwrap().to_owned());
        if posted["replayed"] == false {
            fresh += 1;
        }
        assert_eq!(posted["funds"]["allocated"], "250.00");
    }
    assert_eq!(entry_ids.len(), 1, "every answer names the same entry");
    assert_eq!(fresh, 1, "exactly one request wrote");
    assert_eq!(ledger(&app, &de, id).await.len(), 1);
    assert_eq!(funds(&app, &de, id).await, balances("250.00", "250.00"));
    assert_eq!(funds_rows(&app).await, 1);
}

#[tokio::test]
async fn an_archived_programme_takes_no_movement() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let draft = app.with_draft_programme(&de, "DE-FUNDS-6").await;
    let closed = app.with_open_programme(&de, "DE-FUNDS-7", "1000").await;
    for (q, status) in [
        (
            "mutation($id: ID!) { archiveVoucherProgram(id: $id) { status } }",
            draft,
        ),
        (
            "mutation($id: ID!) { closeVoucherProgram(id: $id) { status } }",
            closed,
        ),
    ] {
        app.gql(de.token(), q, json!({ "id": status })).await.ok();
    }
    // A closed programme can still be deallocated; then, with nothing left, it is archived.
    app.gql(
        de.token(),
        DEALLOCATE,
        money(closed, "1000", "budget returned"),
    )
    .await
    .ok();
    app.gql(
        de.token(),
        "mutation($id: ID!) { archiveVoucherProgram(id: $id) { status } }",
        json!({ "id": closed }),
    )
    .await
    .ok();
    for id in [draft, closed] {
        let before = funds(&app, &de, id).await;
        let entries = ledger(&app, &de, id).await.len();
        let audit = funds_rows(&app).await;
        for q in [ALLOCATE, DEALLOCATE] {
            app.gql(de.token(), q, money(id, "1", "after the end"))
                .await
                .expect_code("INVALID_STATE_TRANSITION");
        }
        assert_eq!(funds(&app, &de, id).await, before);
        assert_eq!(ledger(&app, &de, id).await.len(), entries);
        assert_eq!(funds_rows(&app).await, audit);
    }
}

#[tokio::test]
async fn the_ledger_pages_newest_first_and_the_monthly_summary_adds_up() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let id = app.with_draft_programme(&de, "DE-FUNDS-8").await;
    let month_before = chrono::Utc::now().format("%Y-%m").to_string();
    for n in 1..=25 {
        app.gql(
            de.token(),
            ALLOCATE,
            money(id, &n.to_string(), &format!("decision {n}")),
        )
        .await
        .ok();
    }
    let month_after = chrono::Utc::now().format("%Y-%m").to_string();

    let mut seen: Vec<Value> = Vec::new();
    let mut after: Option<String> = None;
    let mut pages = Vec::new();
    loop {
        let r = app
            .gql(
                de.token(),
                LEDGER,
                json!({ "id": id, "first": 10, "after": after }),
            )
            .await;
        let conn = r.ok()["voucherProgram"]["ledger"].clone();
        let edges = conn["edges"].as_array().unwrap();
        pages.push(edges.len());
        seen.extend(edges.iter().map(|e| e["node"].clone()));
        let info = &conn["pageInfo"];
        assert_eq!(info["endCursor"], edges.last().unwrap()["cursor"]);
        if info["hasNextPage"] == false {
            break;
        }
        after = Some(info["endCursor"].as_str().unwrap().to_owned());
    }
    assert_eq!(pages, vec![10, 10, 5]);
    let amounts: Vec<String> = seen
        .iter()
        .map(|e| e["amount"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = (1..=25).rev().map(|n| format!("{n}.00")).collect();
    assert_eq!(amounts, expected, "newest first, no gap, no repeat");
    assert_eq!(seen[0]["fundsAfter"]["allocated"], "325.00");
    assert_eq!(seen[24]["fundsAfter"]["allocated"], "1.00");

    let r = app.gql(de.token(), MONTHLY, json!({ "id": id })).await;
    let p = r.ok()["voucherProgram"].clone();
    let months = p["monthlySummary"].as_array().unwrap();
    assert_eq!(months.len(), 1, "{months:?}");
    let m = &months[0];
    let month = m["month"].as_str().unwrap();
    assert!(month == month_before || month == month_after, "{month}");
    let created: Vec<String> = seen
        .iter()
        .map(|e| e["createdAt"].as_str().unwrap()[..7].to_owned())
        .collect();
    assert!(created.iter().all(|c| c == month), "{created:?}");
    assert_eq!(m["allocated"], "325.00");
    assert_eq!(m["deallocated"], "0.00");
    assert_eq!(m["committed"], "0.00");
    assert_eq!(m["released"], "0.00");
    assert_eq!(m["disbursed"], "0.00");
    assert_eq!(m["endOfMonth"], p["funds"]);
    assert_eq!(p["funds"], balances("325.00", "325.00"));
}

/// A minimal RFC 4180 reader: CRLF rows, quoted fields with doubled quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the last row ends with CRLF"
    );
    rows
}

async fn csv(app: &TestApp, token: Option<&str>, id: Uuid) -> (u16, String, String) {
    let mut req = app.http.get(app.url(&format!("/programs/{id}/ledger.csv")));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let ctype = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, ctype, res.text().await.unwrap())
}

const HEADER: &str = "entry_id,created_at,kind,amount,currency,reference,voucher_id,actor_id,allocated_after,committed_after,disbursed_after,available_after,voucher_reference";

#[tokio::test]
async fn the_ledger_exports_as_safe_csv_to_its_agency_and_eu_staff_only() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let id = app.with_draft_programme(&de, "DE-FUNDS-9").await;
    for (q, amount, reference) in [
        (ALLOCATE, "100", "=HYPERLINK(\"x\")"),
        (ALLOCATE, "50.5", "budget, part 2"),
        (DEALLOCATE, "20", "plain"),
    ] {
        app.gql(de.token(), q, money(id, amount, reference))
            .await
            .ok();
    }
    let mut entries = ledger(&app, &de, id).await;
    entries.reverse(); // oldest first, like the export

    let (status, ctype, body) = csv(&app, de.token(), id).await;
    assert_eq!(status, 200, "{body}");
    assert!(ctype.starts_with("text/csv"), "{ctype}");
    assert!(body.starts_with(&format!("{HEADER}\r\n")), "{body}");
    // The dangerous reference is defused and quoted; the comma is quoted.
    assert!(body.contains(",\"'=HYPERLINK(\"\"x\"\")\","), "{body}");
    assert!(body.contains(",\"budget, part 2\","), "{body}");
    let rows = parse_csv(&body);
    assert_eq!(rows.len(), 4, "the header and one row per entry: {body}");
    assert_eq!(rows[0].join(","), HEADER);
    let expected = [
        (
            "ALLOCATE",
            "100.00",
            "'=HYPERLINK(\"x\")",
            ["100.00", "0.00", "0.00", "100.00"],
        ),
        (
            "ALLOCATE",
            "50.50",
            "budget, part 2",
            ["150.50", "0.00", "0.00", "150.50"],
        ),
        (
            "DEALLOCATE",
            "20.00",
            "plain",
            ["130.50", "0.00", "0.00", "130.50"],
        ),
    ];
    for ((row, entry), (kind, amount, reference, after)) in
        rows[1..].iter().zip(&entries).zip(expected)
    {
        assert_eq!(row.len(), 13, "{row:?}");
        assert_eq!(row[0], entry["id"].as_str().unwrap());
        let at = chrono::DateTime::parse_from_rfc3339(&row[1]).unwrap();
        let api_at =
            chrono::DateTime::parse_from_rfc3339(entry["createdAt"].as_str().unwrap()).unwrap();
        assert!(
            (at - api_at).num_microseconds().unwrap().abs() < 1,
            "{at} vs {api_at}"
        );
        assert_eq!(row[2], kind);
        assert_eq!(row[3], amount);
        assert_eq!(
            row[3],
            entry["amount"].as_str().unwrap(),
            "the same figures as the API"
        );
        assert_eq!(row[4], "EUR");
        assert_eq!(row[5], reference);
        assert_eq!(row[6], "");
        assert_eq!(row[7], de.id.to_string());
        assert_eq!(row[8..12], after);
    }

    let enisa = app.with_enisa().await;
    let admin = app.with_admin().await;
    for who in [&enisa, &admin] {
        let (status, _, eu_body) = csv(&app, who.token(), id).await;
        assert_eq!(status, 200);
        assert_eq!(eu_body, body);
    }

    let (status, _, _) = csv(&app, None, id).await;
    assert_eq!(status, 401);
    let (_, fr) = app.with_agency("FR").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let missing = csv(&app, de.token(), Uuid::now_v7()).await;
    assert_eq!(missing.0, 404);
    for (who, token) in [
        ("another state's officer", fr.token()),
        ("a provider", clinic.token()),
    ] {
        let denied = csv(&app, token, id).await;
        assert_eq!(denied, missing, "{who}: identical to a missing programme");
        let row = app.audit_rows().await.into_iter().next().unwrap();
        assert_eq!(row.outcome, "DENIED", "{who}");
        assert_eq!(row.action, "funds.export", "{who}");
        assert_eq!(
            row.object_id.as_deref(),
            Some(id.to_string().as_str()),
            "{who}"
        );
    }
}

#[tokio::test]
async fn archiving_is_refused_while_vouchers_or_budget_remain_naming_what_remains() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let id = app.with_open_programme(&de, "DE-FUNDS-ARCH", "10000").await;
    let (voucher, _) = app.with_voucher(&de, &clinic, id, "2000").await;
    const ARCHIVE: &str = "mutation($id: ID!) { archiveVoucherProgram(id: $id) { status } }";
    app.gql(
        de.token(),
        "mutation($id: ID!) { closeVoucherProgram(id: $id) { status } }",
        json!({ "id": id }),
    )
    .await
    .ok();
    let audit = funds_rows(&app).await;
    let r = app.gql(de.token(), ARCHIVE, json!({ "id": id })).await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("funds"));
    let message = r.body["errors"][0]["message"].as_str().unwrap().to_owned();
    for part in ["1 active voucher", "8000.00 EUR to deallocate", "committed"] {
        assert!(message.contains(part), "{message}");
    }
    assert_eq!(funds_rows(&app).await, audit);

    // Cancelling the voucher releases its funds; the closed programme deallocates them.
    app.gql(
        de.token(),
        "mutation($id: ID!, $r: String!) { cancelVoucher(id: $id, reason: $r) { status } }",
        json!({ "id": voucher, "r": "project abandoned" }),
    )
    .await
    .ok();
    let r = app.gql(de.token(), ARCHIVE, json!({ "id": id })).await;
    r.expect_code("VALIDATION");
    let message = r.body["errors"][0]["message"].as_str().unwrap();
    assert!(!message.contains("active voucher"), "{message}");
    assert!(message.contains("9600.00 EUR to deallocate"), "{message}");
    app.gql(de.token(), DEALLOCATE, money(id, "9600", "returned"))
        .await
        .ok();
    let r = app.gql(de.token(), ARCHIVE, json!({ "id": id })).await;
    assert_eq!(r.ok()["archiveVoucherProgram"]["status"], "ARCHIVED");
}
