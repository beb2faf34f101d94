//! Voucher programmes: who may create and run them, the rules each must keep, the lifecycle,
//! which edits an open programme takes, and who sees what (`docs/funds.md`).
use serde_json::{Value, json};
use std::collections::BTreeSet;
use tests::fixtures::{ALLOCATE, CREATE_PROGRAMME, programme_input};
use tests::{Account, TestApp, spawn_app};
use uuid::Uuid;

const PROGRAM: &str = "query($id: ID!) { voucherProgram(id: $id) { id code status memberState { code } currency minVoucher maxVoucher aidIntensity prefinancingShare deMinimis serviceCategories opensAt closesAt funds { allocated committed disbursed available currency } } }";
const LIST: &str = "query($f: VoucherProgramFilter) { voucherPrograms(first: 100, filter: $f) { nodes { id status memberState { code } } } }";
const UPDATE: &str = "mutation($id: ID!, $i: VoucherProgramInput!) { updateVoucherProgram(id: $id, input: $i) { id code status currency minVoucher maxVoucher aidIntensity prefinancingShare serviceCategories closesAt } }";
const OPEN: &str = "mutation($id: ID!) { openVoucherProgram(id: $id) { id status } }";
const CLOSE: &str = "mutation($id: ID!) { closeVoucherProgram(id: $id) { id status } }";
const ARCHIVE: &str = "mutation($id: ID!) { archiveVoucherProgram(id: $id) { id status } }";
const FUNDS_VIEW: &str = "query($id: ID!) { voucherProgram(id: $id) { id funds { allocated currency } ledger(first: 5) { edges { node { id } } } monthlySummary { month } } }";

/// A programme input whose timestamps are whole seconds, so that an edit can resend exactly
/// the window the server stored.
fn input(code: &str, currency: &str) -> Value {
    let now = chrono::DateTime::from_timestamp(chrono::Utc::now().timestamp(), 0).unwrap();
    let mut i = programme_input(code, currency);
    i["opensAt"] = json!((now - chrono::Duration::days(1)).to_rfc3339());
    i["closesAt"] = json!((now + chrono::Duration::days(90)).to_rfc3339());
    i["cutoffs"] = json!([(now + chrono::Duration::days(30)).to_rfc3339()]);
    i
}

fn shift(ts: &Value, days: i64) -> Value {
    let t = chrono::DateTime::parse_from_rfc3339(ts.as_str().unwrap()).unwrap();
    json!((t + chrono::Duration::days(days)).to_rfc3339())
}

async fn create(app: &TestApp, officer: &Account, input: &Value) -> Uuid {
    let r = app
        .gql(officer.token(), CREATE_PROGRAMME, json!({ "i": input }))
        .await;
    Uuid::parse_str(r.ok()["createVoucherProgram"]["id"].as_str().unwrap()).unwrap()
}

async fn allocate(app: &TestApp, officer: &Account, id: Uuid, amount: &str, currency: &str) {
    app.gql(
        officer.token(),
        ALLOCATE,
        json!({ "i": { "programId": id, "amount": amount, "currency": currency, "reference": "budget decision" } }),
    )
    .await
    .ok();
}

async fn program(app: &TestApp, who: Option<&str>, id: Uuid) -> Value {
    app.gql(who, PROGRAM, json!({ "id": id })).await.ok()["voucherProgram"].clone()
}

async fn listed(app: &TestApp, who: Option<&str>, filter: Value) -> BTreeSet<String> {
    let r = app.gql(who, LIST, json!({ "f": filter })).await;
    r.ok()["voucherPrograms"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_owned())
        .collect()
}

fn ids(items: &[Uuid]) -> BTreeSet<String> {
    items.iter().map(Uuid::to_string).collect()
}

async fn status_of(app: &TestApp, officer: &Account, id: Uuid) -> String {
    program(app, officer.token(), id).await["status"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn an_officer_creates_a_draft_for_its_own_member_state_and_no_other_role_can() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let (_, fr) = app.with_agency("FR").await;
    let r = app
        .gql(
            de.token(),
            CREATE_PROGRAMME,
            json!({ "i": input("de-health-2027", "EUR") }),
        )
        .await;
    let created = r.ok()["createVoucherProgram"].clone();
    assert_eq!(created["status"], "DRAFT");
    assert_eq!(created["code"], "DE-HEALTH-2027", "codes are upper-cased");
    assert_eq!(created["currency"], "EUR");
    let id = Uuid::parse_str(created["id"].as_str().unwrap()).unwrap();
    let p = program(&app, de.token(), id).await;
    assert_eq!(p["memberState"]["code"], "DE");
    assert_eq!(p["minVoucher"], "1000.00");
    assert_eq!(p["maxVoucher"], "30000.00");
    assert_eq!(p["aidIntensity"], "50.00");
    assert_eq!(p["prefinancingShare"], "20.00");
    let row = app
        .audit_rows()
        .await
        .into_iter()
        .find(|r| r.action == "programme.create")
        .expect("a programme.create row");
    assert_eq!(
        (row.outcome.as_str(), row.chain.as_str(), row.actor_id),
        ("SUCCESS", "MS:DE", Some(de.id))
    );
    // The state comes from the token: the input has no member state to choose.
    let mut with_state = input("DE-SNEAKY-1", "EUR");
    with_state["memberState"] = json!("FR");
    let sneaky = app
        .gql(de.token(), CREATE_PROGRAMME, json!({ "i": with_state }))
        .await;
    assert!(sneaky.body["errors"].is_array(), "{}", sneaky.body);
    // The same code is a different programme in France, and it is French.
    let fr_id = create(&app, &fr, &input("DE-HEALTH-2027", "EUR")).await;
    assert_eq!(
        program(&app, fr.token(), fr_id).await["memberState"]["code"],
        "FR"
    );

    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let refused = [
        (Some(app.with_enisa().await), "FORBIDDEN", "role"),
        (Some(app.with_admin().await), "FORBIDDEN", "role"),
        (Some(clinic), "FORBIDDEN", "role"),
        (Some(vendor), "FORBIDDEN", "role"),
        (None, "UNAUTHENTICATED", "anonymous"),
    ];
    for (who, code, reason) in refused {
        let before = app.audit_rows().await.len();
        let token = who.as_ref().map(|a| a.token.as_str());
        app.gql(
            token,
            CREATE_PROGRAMME,
            json!({ "i": input("DE-OTHER-1", "EUR") }),
        )
        .await
        .expect_code(code);
        let rows = app.audit_rows().await;
        assert_eq!(rows.len(), before + 1, "exactly one denial row for {who:?}");
        let denial = &rows[0];
        assert_eq!(denial.outcome, "DENIED");
        assert_eq!(denial.action, "programme.create");
        assert_eq!(denial.actor_id, who.as_ref().map(|a| a.id));
        assert!(denial.detail.contains(reason), "{}", denial.detail);
    }
    let admin = app.with_admin().await;
    assert_eq!(
        listed(&app, admin.token(), json!({})).await,
        ids(&[id, fr_id]),
        "no refused request created a programme"
    );
}

#[tokio::test]
async fn every_programme_rule_is_enforced_naming_its_field_and_nothing_half_written() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let base = input("DE-RULES-1", "EUR");
    let opens = base["opensAt"].clone();
    let closes = base["closesAt"].clone();
    type Edit = Box<dyn Fn(&mut Value)>;
    let set =
        |k: &'static str, v: Value| -> Edit { Box::new(move |i: &mut Value| i[k] = v.clone()) };
    let cases: Vec<(&str, &str, Edit)> = vec![
        (
            "a currency that is neither national nor EUR",
            "currency",
            set("currency", json!("PLN")),
        ),
        (
            "an unknown currency",
            "currency",
            set("currency", json!("XYZ")),
        ),
        (
            "a minimum above the maximum",
            "minVoucher",
            set("minVoucher", json!("40000")),
        ),
        (
            "a zero minimum",
            "minVoucher",
            set("minVoucher", json!("0")),
        ),
        (
            "a negative minimum",
            "minVoucher",
            set("minVoucher", json!("-1")),
        ),
        (
            "an over-precise minimum",
            "minVoucher",
            set("minVoucher", json!("100.001")),
        ),
        (
            "a zero maximum",
            "maxVoucher",
            set("maxVoucher", json!("0")),
        ),
        (
            "an over-precise maximum",
            "maxVoucher",
            set("maxVoucher", json!("100.001")),
        ),
        (
            "an aid intensity of 0",
            "aidIntensity",
            set("aidIntensity", json!("0")),
        ),
        (
            "an aid intensity above 100",
            "aidIntensity",
            set("aidIntensity", json!("100.01")),
        ),
        (
            "a negative aid intensity",
            "aidIntensity",
            set("aidIntensity", json!("-5")),
        ),
        (
            "a pre-financing share of 100",
            "prefinancingShare",
            set("prefinancingShare", json!("100")),
        ),
        (
            "no SME category",
            "smeCategories",
            set("smeCategories", json!([])),
        ),
        (
            "large enterprises",
            "smeCategories",
            set("smeCategories", json!(["SMALL", "LARGE"])),
        ),
        (
            "no healthcare type",
            "healthcareTypes",
            set("healthcareTypes", json!([])),
        ),
        (
            "no NIS2 class",
            "nis2Classes",
            set("nis2Classes", json!([])),
        ),
        (
            "no service category",
            "serviceCategories",
            set("serviceCategories", json!([])),
        ),
        (
            "a bad service code",
            "serviceCategories",
            set(
                "serviceCategories",
                json!(["RISK_ASSESSMENT", "no spaces!"]),
            ),
        ),
        (
            "a window ending before it starts",
            "closesAt",
            set("closesAt", shift(&opens, -1)),
        ),
        (
            "a window ending as it starts",
            "closesAt",
            set("closesAt", opens.clone()),
        ),
        (
            "a cut-off after the window",
            "cutoffs",
            set("cutoffs", json!([shift(&closes, 1)])),
        ),
        (
            "a cut-off before the window",
            "cutoffs",
            set("cutoffs", json!([shift(&opens, -1)])),
        ),
        (
            "a validity of 0 days",
            "validityDays",
            set("validityDays", json!(0)),
        ),
        (
            "a negative validity",
            "validityDays",
            set("validityDays", json!(-1)),
        ),
        (
            "a validity above three years",
            "validityDays",
            set("validityDays", json!(1096)),
        ),
        ("no name", "names", set("names", json!([]))),
        (
            "an unknown language",
            "names[0].language",
            set("names", json!([{ "language": "xx", "text": "Name" }])),
        ),
        (
            "a blank name",
            "names[0].text",
            set("names", json!([{ "language": "en", "text": "   " }])),
        ),
        ("a bad code", "code", set("code", json!("x!"))),
    ];
    let audit_before = app.audit_rows().await.len();
    for (what, field, edit) in &cases {
        let mut i = base.clone();
        edit(&mut i);
        let r = app
            .gql(de.token(), CREATE_PROGRAMME, json!({ "i": i }))
            .await;
        assert_eq!(r.code(), Some("VALIDATION"), "{what}: {}", r.body);
        assert_eq!(r.field(), Some(*field), "{what}: {}", r.body);
        assert!(r.body["data"].is_null(), "{what}: {}", r.body);
    }
    assert_eq!(listed(&app, de.token(), json!({})).await, BTreeSet::new());
    assert_eq!(
        app.audit_rows().await.len(),
        audit_before,
        "a refused input writes no audit row"
    );

    // A programme in the national currency is fine where that currency is not EUR.
    let (_, pl) = app.with_agency("PL").await;
    let pln = app
        .gql(
            pl.token(),
            CREATE_PROGRAMME,
            json!({ "i": input("PL-ZDROWIE-1", "PLN") }),
        )
        .await;
    assert_eq!(pln.ok()["createVoucherProgram"]["currency"], "PLN");

    // A code is unique within its member state, not across states.
    let first = create(&app, &de, &base).await;
    app.gql(
        de.token(),
        CREATE_PROGRAMME,
        json!({ "i": input("de-rules-1", "EUR") }),
    )
    .await
    .expect_code("CONFLICT");
    let (_, fr) = app.with_agency("FR").await;
    let fr_same = create(&app, &fr, &base).await;
    assert_ne!(first, fr_same);
    assert_eq!(listed(&app, de.token(), json!({})).await, ids(&[first]));
}

#[tokio::test]
async fn the_lifecycle_takes_only_its_edges_and_audits_each_transition() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let id = app.with_draft_programme(&de, "DE-LIFE-1").await;
    let r = app.gql(de.token(), OPEN, json!({ "id": id })).await;
    r.expect_code("VALIDATION");
    assert_eq!(
        r.field(),
        Some("funds"),
        "opening needs a budget: {}",
        r.body
    );
    assert_eq!(status_of(&app, &de, id).await, "DRAFT");

    allocate(&app, &de, id, "50000", "EUR").await;
    step_on(&app, &de, id, OPEN, "OPEN").await;
    step_on(&app, &de, id, CLOSE, "CLOSED").await;
    step_on(&app, &de, id, OPEN, "OPEN").await;
    app.gql(de.token(), ARCHIVE, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    assert_eq!(status_of(&app, &de, id).await, "OPEN");
    app.gql(de.token(), OPEN, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    step_on(&app, &de, id, CLOSE, "CLOSED").await;
    app.gql(de.token(), CLOSE, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    // Archiving needs the budget deallocated first (docs/funds.md).
    app.gql(
        de.token(),
        "mutation($i: FundsInput!) { deallocateFunds(input: $i) { replayed } }",
        json!({ "i": { "programId": id, "amount": "50000", "currency": "EUR", "reference": "call ended" } }),
    )
    .await
    .ok();
    step_on(&app, &de, id, ARCHIVE, "ARCHIVED").await;
    for q in [OPEN, CLOSE, ARCHIVE] {
        app.gql(de.token(), q, json!({ "id": id }))
            .await
            .expect_code("INVALID_STATE_TRANSITION");
    }
    assert_eq!(status_of(&app, &de, id).await, "ARCHIVED");

    let draft = app.with_draft_programme(&de, "DE-LIFE-2").await;
    step_on(&app, &de, draft, ARCHIVE, "ARCHIVED").await;

    let rows = app.audit_rows().await;
    let transitions = |object: Uuid| {
        let mut t: Vec<(String, String)> = rows
            .iter()
            .filter(|r| {
                r.action == "programme.transition"
                    && r.object_id.as_deref() == Some(&object.to_string())
            })
            .map(|r| {
                assert_eq!(r.outcome, "SUCCESS");
                assert_eq!(r.chain, "MS:DE");
                assert_eq!(r.actor_id, Some(de.id));
                let d: Value = serde_json::from_str(&r.detail).unwrap();
                (
                    d["from"].as_str().unwrap().to_owned(),
                    d["to"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        t.reverse(); // oldest first
        t
    };
    let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
    assert_eq!(
        transitions(id),
        vec![
            pair("DRAFT", "OPEN"),
            pair("OPEN", "CLOSED"),
            pair("CLOSED", "OPEN"),
            pair("OPEN", "CLOSED"),
            pair("CLOSED", "ARCHIVED"),
        ],
        "one success row per transition, none for refused ones"
    );
    assert_eq!(transitions(draft), vec![pair("DRAFT", "ARCHIVED")]);
}

async fn step_on(app: &TestApp, officer: &Account, id: Uuid, q: &str, expected: &str) {
    let r = app.gql(officer.token(), q, json!({ "id": id })).await;
    let data = r.ok();
    let (_, field) = data.as_object().unwrap().iter().next().unwrap();
    assert_eq!(field["status"], expected);
}

async fn update(app: &TestApp, officer: &Account, id: Uuid, i: &Value) -> tests::Gql {
    app.gql(officer.token(), UPDATE, json!({ "id": id, "i": i }))
        .await
}

#[tokio::test]
async fn a_draft_takes_any_change() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let i = input("DE-EDIT-1", "EUR");
    let id = create(&app, &de, &i).await;
    let mut changed = i.clone();
    changed["code"] = json!("DE-EDIT-2");
    changed["aidIntensity"] = json!("33.33");
    changed["prefinancingShare"] = Value::Null;
    changed["minVoucher"] = json!("2500.5");
    changed["maxVoucher"] = json!("10000");
    changed["serviceCategories"] = json!(["SECURITY_TRAINING"]);
    changed["deMinimis"] = json!(false);
    changed["closesAt"] = shift(&i["closesAt"], -30);
    changed["cutoffs"] = json!([]);
    let r = update(&app, &de, id, &changed).await;
    let p = r.ok()["updateVoucherProgram"].clone();
    assert_eq!(p["code"], "DE-EDIT-2");
    assert_eq!(p["status"], "DRAFT");
    assert_eq!(p["aidIntensity"], "33.33");
    assert!(p["prefinancingShare"].is_null());
    assert_eq!(p["minVoucher"], "2500.50");
    assert_eq!(p["maxVoucher"], "10000.00");
    assert_eq!(p["serviceCategories"], json!(["SECURITY_TRAINING"]));
    let stored = program(&app, de.token(), id).await;
    assert_eq!(stored["aidIntensity"], "33.33");
    assert_eq!(stored["deMinimis"], false);
}

#[tokio::test]
async fn an_open_programme_takes_only_edits_that_do_not_change_decisions() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let i = input("DE-OPEN-EDIT", "EUR");
    let id = create(&app, &de, &i).await;
    allocate(&app, &de, id, "100000", "EUR").await;
    step_on(&app, &de, id, OPEN, "OPEN").await;

    // Allowed: a higher cap, one more service category, a later end.
    let mut current = i.clone();
    current["maxVoucher"] = json!("60000");
    let p = update(&app, &de, id, &current).await.ok()["updateVoucherProgram"].clone();
    assert_eq!(p["maxVoucher"], "60000.00");
    current["serviceCategories"] = json!([
        "RISK_ASSESSMENT",
        "PENETRATION_TESTING",
        "SECURITY_TRAINING"
    ]);
    let p = update(&app, &de, id, &current).await.ok()["updateVoucherProgram"].clone();
    assert_eq!(p["serviceCategories"].as_array().unwrap().len(), 3, "{p}");
    current["closesAt"] = shift(&i["closesAt"], 30);
    let p = update(&app, &de, id, &current).await.ok()["updateVoucherProgram"].clone();
    assert_eq!(p["status"], "OPEN");
    let after_allowed = program(&app, de.token(), id).await;
    assert_eq!(
        chrono::DateTime::parse_from_rfc3339(after_allowed["closesAt"].as_str().unwrap()).unwrap(),
        chrono::DateTime::parse_from_rfc3339(current["closesAt"].as_str().unwrap()).unwrap()
    );

    let refused: Vec<(&str, &str, Value)> = vec![
        (
            "a new aid intensity",
            "aidIntensity",
            json!({ "aidIntensity": "80" }),
        ),
        (
            "a new pre-financing share",
            "prefinancingShare",
            json!({ "prefinancingShare": "30" }),
        ),
        (
            "no pre-financing",
            "prefinancingShare",
            json!({ "prefinancingShare": null }),
        ),
        (
            "dropping de minimis",
            "deMinimis",
            json!({ "deMinimis": false }),
        ),
        (
            "a removed service category",
            "serviceCategories",
            json!({ "serviceCategories": ["RISK_ASSESSMENT", "SECURITY_TRAINING"] }),
        ),
        (
            "a higher minimum",
            "minVoucher",
            json!({ "minVoucher": "2000" }),
        ),
        (
            "a lower cap",
            "maxVoucher",
            json!({ "maxVoucher": "50000" }),
        ),
        (
            "an earlier end",
            "closesAt",
            json!({ "closesAt": shift(&current["closesAt"], -1) }),
        ),
        ("another code", "code", json!({ "code": "DE-OPEN-EDIT-2" })),
    ];
    let audit_before = app.audit_rows().await.len();
    for (what, field, patch) in refused {
        let mut attempt = current.clone();
        for (k, v) in patch.as_object().unwrap() {
            attempt[k] = v.clone();
        }
        let r = update(&app, &de, id, &attempt).await;
        assert_eq!(r.code(), Some("VALIDATION"), "{what}: {}", r.body);
        assert_eq!(r.field(), Some(field), "{what}: {}", r.body);
    }
    assert_eq!(
        program(&app, de.token(), id).await,
        after_allowed,
        "nothing changed"
    );
    assert_eq!(app.audit_rows().await.len(), audit_before);

    // The currency of an open programme is frozen too (a state with its own currency).
    let (_, pl) = app.with_agency("PL").await;
    let pl_input = input("PL-OPEN-EDIT", "PLN");
    let pl_id = create(&app, &pl, &pl_input).await;
    allocate(&app, &pl, pl_id, "400000", "PLN").await;
    step_on(&app, &pl, pl_id, OPEN, "OPEN").await;
    let mut in_eur = pl_input.clone();
    in_eur["currency"] = json!("EUR");
    let r = update(&app, &pl, pl_id, &in_eur).await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("currency"), "{}", r.body);
    assert_eq!(program(&app, pl.token(), pl_id).await["currency"], "PLN");
}

#[tokio::test]
async fn a_closed_programme_keeps_its_rules() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let i = input("DE-CLOSED-EDIT", "EUR");
    let id = create(&app, &de, &i).await;
    allocate(&app, &de, id, "100000", "EUR").await;
    step_on(&app, &de, id, OPEN, "OPEN").await;
    step_on(&app, &de, id, CLOSE, "CLOSED").await;
    let before = program(&app, de.token(), id).await;
    for (k, v) in [
        ("maxVoucher", json!("60000")),
        (
            "serviceCategories",
            json!([
                "RISK_ASSESSMENT",
                "PENETRATION_TESTING",
                "SECURITY_TRAINING"
            ]),
        ),
        ("closesAt", shift(&i["closesAt"], 30)),
    ] {
        let mut attempt = i.clone();
        attempt[k] = v;
        let r = update(&app, &de, id, &attempt).await;
        assert_eq!(r.code(), Some("VALIDATION"), "{k}: {}", r.body);
        assert_eq!(r.field(), Some("rules"), "{k}: {}", r.body);
    }
    assert_eq!(program(&app, de.token(), id).await, before);
}

/// An edit that resends exactly what was created (same window, same rules) must not be
/// mistaken for a change of the opening date.
#[tokio::test]
async fn an_open_programme_accepts_its_own_unchanged_input_back() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    // The fixture's timestamps carry sub-microsecond digits, as chrono's `to_rfc3339` gives.
    let i = programme_input("DE-SAME-1", "EUR");
    let id = create(&app, &de, &i).await;
    allocate(&app, &de, id, "1000", "EUR").await;
    step_on(&app, &de, id, OPEN, "OPEN").await;
    let mut raised = i.clone();
    raised["maxVoucher"] = json!("40000");
    let r = update(&app, &de, id, &raised).await;
    assert_eq!(r.ok()["updateVoucherProgram"]["maxVoucher"], "40000.00");
    // Closed, it keeps its rules but still takes new texts sent with the same rules.
    step_on(&app, &de, id, CLOSE, "CLOSED").await;
    let mut renamed = raised.clone();
    renamed["names"] = json!([{ "language": "en", "text": "Renamed programme" }]);
    update(&app, &de, id, &renamed).await.ok();
}

#[tokio::test]
async fn open_programmes_are_public_and_funds_only_for_their_agency_and_eu_staff() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let (_, fr) = app.with_agency("FR").await;
    let de_open = app.with_open_programme(&de, "DE-VIS-OPEN", "100000").await;
    let fr_open = app.with_open_programme(&fr, "FR-VIS-OPEN", "100000").await;
    let de_draft = app.with_draft_programme(&de, "DE-VIS-DRAFT").await;
    let fr_draft = app.with_draft_programme(&fr, "FR-VIS-DRAFT").await;

    assert_eq!(
        listed(&app, None, json!({})).await,
        ids(&[de_open, fr_open])
    );
    assert_eq!(
        listed(&app, de.token(), json!({})).await,
        ids(&[de_open, fr_open, de_draft])
    );
    let hidden = app
        .gql(de.token(), PROGRAM, json!({ "id": fr_draft }))
        .await;
    let missing = app
        .gql(de.token(), PROGRAM, json!({ "id": Uuid::now_v7() }))
        .await;
    assert!(hidden.ok()["voucherProgram"].is_null());
    assert_eq!(
        hidden.body, missing.body,
        "out of scope looks exactly like missing"
    );
    assert!(program(&app, None, de_draft).await.is_null());

    // Filters narrow, never widen.
    assert_eq!(
        listed(&app, de.token(), json!({ "memberState": "FR" })).await,
        ids(&[fr_open])
    );
    assert_eq!(
        listed(
            &app,
            de.token(),
            json!({ "memberState": "FR", "status": "DRAFT" })
        )
        .await,
        BTreeSet::new()
    );
    assert_eq!(
        listed(&app, de.token(), json!({ "status": "DRAFT" })).await,
        ids(&[de_draft])
    );
    assert_eq!(
        listed(&app, None, json!({ "memberState": "DE" })).await,
        ids(&[de_open])
    );
    assert_eq!(
        listed(&app, None, json!({ "status": "DRAFT" })).await,
        BTreeSet::new()
    );

    // Funds, ledger and monthly summary: the programme's agency and EU-wide staff only.
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let nobody: [(&str, Option<&str>); 4] = [
        ("anonymous", None),
        ("a provider", clinic.token()),
        ("a vendor", vendor.token()),
        ("another state's officer", fr.token()),
    ];
    for (who, token) in nobody {
        let r = app.gql(token, FUNDS_VIEW, json!({ "id": de_open })).await;
        let p = &r.ok()["voucherProgram"];
        assert_eq!(
            p["id"],
            de_open.to_string(),
            "{who} sees the open programme"
        );
        assert!(p["funds"].is_null(), "{who}: {p}");
        assert!(p["ledger"].is_null(), "{who}: {p}");
        assert!(p["monthlySummary"].is_null(), "{who}: {p}");
    }
    let enisa = app.with_enisa().await;
    let admin = app.with_admin().await;
    for (who, token) in [
        ("its agency", de.token()),
        ("ENISA", enisa.token()),
        ("the admin", admin.token()),
    ] {
        let r = app.gql(token, FUNDS_VIEW, json!({ "id": de_open })).await;
        let p = &r.ok()["voucherProgram"];
        assert_eq!(p["funds"]["allocated"], "100000.00", "{who}: {p}");
        assert_eq!(p["funds"]["currency"], "EUR", "{who}: {p}");
        assert_eq!(
            p["ledger"]["edges"].as_array().unwrap().len(),
            1,
            "{who}: {p}"
        );
        assert_eq!(
            p["monthlySummary"].as_array().unwrap().len(),
            1,
            "{who}: {p}"
        );
    }
    // EU-wide staff see every state's programmes, drafts included.
    assert_eq!(
        listed(&app, enisa.token(), json!({})).await,
        ids(&[de_open, fr_open, de_draft, fr_draft])
    );
}

#[tokio::test]
async fn another_states_officer_cannot_touch_a_programme_and_is_audited() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let (_, fr) = app.with_agency("FR").await;
    let draft = app.with_draft_programme(&de, "DE-TOUCH-1").await;
    let open = app.with_open_programme(&de, "DE-TOUCH-2", "100000").await;
    let before_draft = program(&app, de.token(), draft).await;
    let before_open = program(&app, de.token(), open).await;

    type Vars = Box<dyn Fn(Uuid) -> Value>;
    let attempts: Vec<(&str, &str, Uuid, Vars)> = vec![
        (
            "programme.update",
            UPDATE,
            draft,
            Box::new(|id| json!({ "id": id, "i": input("DE-TOUCH-1", "EUR") })),
        ),
        (
            "programme.update",
            UPDATE,
            open,
            Box::new(|id| json!({ "id": id, "i": input("DE-TOUCH-2", "EUR") })),
        ),
        (
            "programme.transition",
            OPEN,
            draft,
            Box::new(|id| json!({ "id": id })),
        ),
        (
            "programme.transition",
            CLOSE,
            open,
            Box::new(|id| json!({ "id": id })),
        ),
        (
            "programme.transition",
            ARCHIVE,
            draft,
            Box::new(|id| json!({ "id": id })),
        ),
        (
            "funds.allocate",
            ALLOCATE,
            open,
            Box::new(
                |id| json!({ "i": { "programId": id, "amount": "5", "currency": "EUR", "reference": "probe" } }),
            ),
        ),
        (
            "funds.allocate",
            ALLOCATE,
            draft,
            Box::new(
                |id| json!({ "i": { "programId": id, "amount": "5", "currency": "EUR", "reference": "probe" } }),
            ),
        ),
    ];
    for (action, q, target, vars) in attempts {
        let before = app.audit_rows().await.len();
        let r = app.gql(fr.token(), q, vars(target)).await;
        r.expect_code("NOT_FOUND");
        let after = app.audit_rows().await;
        assert_eq!(
            after.len(),
            before + 1,
            "{action} on {target}: one denial row"
        );
        let row = &after[0];
        assert_eq!(row.outcome, "DENIED");
        assert_eq!(row.action, action);
        assert_eq!(row.actor_id, Some(fr.id));
        assert_eq!(row.chain, "MS:FR");
        assert_eq!(row.object_id.as_deref(), Some(target.to_string().as_str()));
        assert!(row.detail.contains("out_of_scope"), "{}", row.detail);

        let random = app.gql(fr.token(), q, vars(Uuid::now_v7())).await;
        assert_eq!(
            r.body, random.body,
            "{action}: identical to a missing programme"
        );
    }
    assert_eq!(program(&app, de.token(), draft).await, before_draft);
    assert_eq!(program(&app, de.token(), open).await, before_open);
}
