//! `smeAssessment` over HTTP: public (no login), pure (nothing written), the engine's results
//! and its validation errors with the field at fault.
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::str::FromStr;
use tests::{TestApp, spawn_app};

const ASSESS: &str = "query($i: SmeAssessmentInput!) { smeAssessment(input: $i) { \
    category isSme notSmeReason \
    aggregated { staffAwu annualTurnover balanceSheetTotal } \
    enterprises { id name relation includedPercent via explanation } \
    trace { article text } ruleVersion periodCategories { label category } } }";

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// A decimal returned by the API (a string), parsed.
fn dec_of(v: &Value) -> Decimal {
    dec(v
        .as_str()
        .unwrap_or_else(|| panic!("{v} is not a decimal string")))
}

fn period(label: &str, staff: &str, turnover: &str, balance_sheet: &str) -> Value {
    json!({ "label": label, "staff": staff, "annualTurnover": turnover, "balanceSheetTotal": balance_sheet })
}

fn enterprise(id: &str, name: &str, periods: Vec<Value>) -> Value {
    json!({ "id": id, "name": name, "kind": "ENTERPRISE", "periods": periods })
}

fn party(id: &str, name: &str, kind: &str) -> Value {
    json!({ "id": id, "name": name, "kind": kind })
}

fn holding(holder: &str, held: &str, capital: &str, voting: &str) -> Value {
    json!({ "holder": holder, "held": held, "capitalPercent": capital, "votingPercent": voting })
}

/// A lone enterprise with one 2024 period.
fn alone(staff: &str) -> Value {
    json!({
        "applicant": "c",
        "enterprises": [enterprise("c", "Klinik", vec![period("2024", staff, "5000000", "5000000")])],
    })
}

async fn assess(app: &TestApp, input: Value) -> Value {
    let r = app.gql(None, ASSESS, json!({ "i": input })).await;
    r.ok()["smeAssessment"].clone()
}

async fn refused(app: &TestApp, input: Value) -> (String, String) {
    let r = app.gql(None, ASSESS, json!({ "i": input })).await;
    r.expect_code("VALIDATION");
    assert!(
        r.body["data"].is_null(),
        "no result with an error: {}",
        r.body
    );
    let message = r.body["errors"][0]["message"].as_str().unwrap().to_owned();
    (r.field().unwrap_or("").to_owned(), message)
}

fn relations(result: &Value) -> Vec<(String, String, Decimal, Value)> {
    result["enterprises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_owned(),
                e["relation"].as_str().unwrap().to_owned(),
                dec_of(&e["includedPercent"]),
                e["via"].clone(),
            )
        })
        .collect()
}

/// The autonomous clinic of docs/sme.md (example 1), with its staff given line by line.
fn autonomous_clinic() -> Value {
    let line = |kind: &str, fte: &str, months: &str, count: i32| json!({ "kind": kind, "fte": fte, "monthsWorked": months, "count": count });
    json!({
        "applicant": "clinic",
        "previousCategory": "MICRO",
        "enterprises": [
            {
                "id": "clinic", "name": "Praxisklinik Am See", "kind": "ENTERPRISE",
                "periods": [
                    period("2023", "8.5", "1320000", "760000"),
                    {
                        "label": "2024",
                        "staffDetail": [
                            line("OWNER", "1", "12", 1),
                            line("EMPLOYEE", "1", "12", 6),
                            line("EMPLOYEE", "0.5", "12", 3),
                            line("EMPLOYEE", "1", "4", 1),
                            line("APPRENTICE", "1", "12", 2),
                            line("ON_MATERNITY_OR_PARENTAL_LEAVE", "1", "12", 1),
                        ],
                        "annualTurnover": "1450000.00",
                        "balanceSheetTotal": "810000.00",
                    },
                ],
            },
            party("weber", "Dr. Anna Weber", "NATURAL_PERSON"),
            enterprise("medsupply", "MedSupply GmbH", vec![period("2024", "320", "95000000", "60000000")]),
        ],
        "holdings": [
            holding("weber", "clinic", "90", "90"),
            holding("medsupply", "clinic", "10", "10"),
        ],
    })
}

#[tokio::test]
async fn an_anonymous_caller_assesses_an_autonomous_micro_clinic() {
    let app = spawn_app().await;
    let r = assess(&app, autonomous_clinic()).await;
    assert_eq!(r["category"], "MICRO");
    assert_eq!(r["isSme"], true);
    assert_eq!(r["notSmeReason"], Value::Null);
    // 1 owner + 6 full-time + 3 half-time + one for 4 months = 1 + 6 + 1.5 + 1/3 AWU; the
    // apprentices and the parent on leave do not count (Art. 5).
    let awu = dec_of(&r["aggregated"]["staffAwu"]);
    assert_eq!(r["aggregated"]["staffAwu"], "8.833333333333333333333333333");
    assert!((awu - (dec("8.5") + Decimal::ONE / dec("3"))).abs() < dec("0.000000001"));
    assert_eq!(dec_of(&r["aggregated"]["annualTurnover"]), dec("1450000"));
    assert_eq!(dec_of(&r["aggregated"]["balanceSheetTotal"]), dec("810000"));
    assert_eq!(
        relations(&r),
        vec![
            ("clinic".into(), "APPLICANT".into(), dec("100"), Value::Null),
            (
                "weber".into(),
                "NATURAL_PERSON".into(),
                Decimal::ZERO,
                Value::Null
            ),
            (
                "medsupply".into(),
                "AUTONOMOUS".into(),
                Decimal::ZERO,
                Value::Null
            ),
        ]
    );
    assert_eq!(r["enterprises"][0]["name"], "Praxisklinik Am See");
    assert_eq!(
        r["periodCategories"],
        json!([{ "label": "2023", "category": "MICRO" }, { "label": "2024", "category": "MICRO" }])
    );
}

#[tokio::test]
async fn a_partner_with_a_linked_subsidiary_is_added_pro_rata_and_its_own_partner_is_not() {
    let app = spawn_app().await;
    // docs/sme.md, example 2.
    let input = json!({
        "applicant": "sued",
        "enterprises": [
            enterprise("sued", "Klinik Süd GmbH", vec![period("2024", "30", "4200000", "3000000")]),
            enterprise("medinvest", "MedInvest AG", vec![period("2024", "40", "9000000", "12000000")]),
            enterprise("laborplus", "Labor Plus GmbH", vec![period("2024", "25", "3000000", "2000000")]),
            enterprise("holdingx", "Holding X SE", vec![period("2024", "900", "400000000", "350000000")]),
        ],
        "holdings": [
            holding("medinvest", "sued", "30", "35"),
            holding("medinvest", "laborplus", "80", "80"),
            holding("holdingx", "medinvest", "30", "30"),
        ],
    });
    let r = assess(&app, input).await;
    // MedInvest: the higher of 30% capital and 35% votes, so a partner at 35% (Art. 3(2)).
    // Labor Plus is linked to the partner: counted at the partner's 35% (Art. 6(3)).
    // Holding X is a partner of the partner: not counted (Art. 6(3)).
    let rate = dec("0.35");
    let staff = dec("30") + rate * dec("40") + rate * dec("25");
    let turnover = dec("4200000") + rate * dec("9000000") + rate * dec("3000000");
    let balance_sheet = dec("3000000") + rate * dec("12000000") + rate * dec("2000000");
    assert_eq!(staff, dec("52.75"));
    assert_eq!(turnover, dec("8400000"));
    assert_eq!(balance_sheet, dec("7900000"));
    assert_eq!(dec_of(&r["aggregated"]["staffAwu"]), staff);
    assert_eq!(dec_of(&r["aggregated"]["annualTurnover"]), turnover);
    assert_eq!(dec_of(&r["aggregated"]["balanceSheetTotal"]), balance_sheet);
    assert_eq!(
        relations(&r),
        vec![
            ("sued".into(), "APPLICANT".into(), dec("100"), Value::Null),
            ("medinvest".into(), "PARTNER".into(), dec("35"), Value::Null),
            (
                "laborplus".into(),
                "PARTNER".into(),
                dec("35"),
                json!("medinvest")
            ),
            (
                "holdingx".into(),
                "NOT_INCLUDED".into(),
                Decimal::ZERO,
                json!("medinvest")
            ),
        ]
    );
    // 52.75 AWU is not fewer than 50: medium, though the clinic alone would be small.
    assert_eq!(r["category"], "MEDIUM");
    assert_eq!(r["isSme"], true);
    assert_eq!(
        r["periodCategories"],
        json!([{ "label": "2024", "category": "MEDIUM" }])
    );
}

#[tokio::test]
async fn a_hospital_30_percent_owned_by_a_municipality_is_not_an_sme() {
    let app = spawn_app().await;
    let input = json!({
        "applicant": "kkh",
        "enterprises": [
            enterprise("kkh", "Kreiskrankenhaus Musterstadt gGmbH", vec![period("2024", "180", "22000000", "30000000")]),
            party("stadt", "Stadt Musterstadt", "PUBLIC_BODY"),
            enterprise("verein", "Förderverein", vec![period("2024", "1", "80000", "150000")]),
        ],
        "holdings": [holding("stadt", "kkh", "30", "30"), holding("verein", "kkh", "20", "20")],
    });
    let r = assess(&app, input).await;
    assert_eq!(r["isSme"], false);
    assert_eq!(r["notSmeReason"], "PUBLIC_BODY_CONTROL");
    // Not an SME, but the category its figures give is kept: read `isSme` first.
    assert_eq!(r["category"], "MEDIUM");
    assert_eq!(r["periodCategories"][0]["category"], "MEDIUM");
    assert_eq!(r["enterprises"][1]["relation"], "PUBLIC_BODY");
    assert_eq!(r["enterprises"][2]["relation"], "AUTONOMOUS");
    assert!(
        r["trace"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["article"] == "Art. 3(4)"),
        "the public-body rule is cited: {}",
        r["trace"]
    );
}

#[tokio::test]
async fn staff_of_249_5_awu_is_medium_and_250_is_large() {
    let app = spawn_app().await;
    let r = assess(&app, alone("249.5")).await;
    assert_eq!(r["category"], "MEDIUM");
    assert_eq!(r["isSme"], true);
    assert_eq!(r["aggregated"]["staffAwu"], "249.5");
    let r = assess(&app, alone("250")).await;
    assert_eq!(r["category"], "LARGE");
    assert_eq!(r["isSme"], false);
    assert_eq!(r["notSmeReason"], "SIZE");
}

#[tokio::test]
async fn a_category_changes_only_after_two_consecutive_periods_over_the_ceiling() {
    let app = spawn_app().await;
    let two_periods = |older: &str, latest: &str, previous: Value| {
        json!({
            "applicant": "c",
            "previousCategory": previous,
            "enterprises": [enterprise("c", "Klinik", vec![
                period("2023", older, "5000000", "5000000"),
                period("2024", latest, "5000000", "5000000"),
            ])],
        })
    };
    // Small before; only the latest period over 50 AWU: it stays small (Art. 4(2)).
    let r = assess(&app, two_periods("40", "60", json!("SMALL"))).await;
    assert_eq!(r["category"], "SMALL");
    assert_eq!(
        r["periodCategories"],
        json!([{ "label": "2023", "category": "SMALL" }, { "label": "2024", "category": "MEDIUM" }])
    );
    assert!(
        r["trace"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["article"] == "Art. 4(2)"),
        "{}",
        r["trace"]
    );
    // Both periods over 50 AWU: it becomes medium.
    let r = assess(&app, two_periods("55", "60", json!("SMALL"))).await;
    assert_eq!(r["category"], "MEDIUM");
    // Without a previous category the latest period decides.
    let r = assess(&app, two_periods("40", "60", Value::Null)).await;
    assert_eq!(r["category"], "MEDIUM");
}

#[tokio::test]
async fn a_qualifying_exempt_investor_keeps_the_clinic_autonomous() {
    let app = spawn_app().await;
    let input = json!({
        "applicant": "c",
        "enterprises": [
            enterprise("c", "Klinik", vec![period("2024", "20", "3000000", "2000000")]),
            {
                "id": "vc", "name": "Health Ventures", "kind": "EXEMPT_INVESTOR",
                "exemptInvestor": { "kind": "VENTURE_CAPITAL" },
                "periods": [period("2024", "500", "90000000", "90000000")],
            },
            {
                "id": "gemeinde", "name": "Gemeinde Seedorf", "kind": "EXEMPT_INVESTOR",
                "exemptInvestor": { "kind": "AUTONOMOUS_LOCAL_AUTHORITY", "annualBudgetEur": "8000000", "inhabitants": 4200 },
            },
        ],
        "holdings": [holding("vc", "c", "30", "30"), holding("gemeinde", "c", "25", "25")],
    });
    let r = assess(&app, input).await;
    assert_eq!(r["category"], "SMALL");
    assert_eq!(dec_of(&r["aggregated"]["staffAwu"]), dec("20"));
    assert_eq!(r["enterprises"][1]["relation"], "EXEMPT_INVESTOR");
    assert_eq!(r["enterprises"][2]["relation"], "EXEMPT_INVESTOR");
}

#[tokio::test]
async fn an_exempt_investor_without_its_details_is_refused_naming_the_field() {
    let app = spawn_app().await;
    let with_investor = |investor: Value| {
        json!({
            "applicant": "c",
            "enterprises": [enterprise("c", "Klinik", vec![period("2024", "20", "3000000", "2000000")]), investor],
            "holdings": [holding("i", "c", "30", "30")],
        })
    };
    let cases = [
        (
            json!({ "id": "i", "name": "Investor", "kind": "EXEMPT_INVESTOR" }),
            "enterprises[1].exemptInvestor",
        ),
        (
            json!({ "id": "i", "name": "Angel", "kind": "EXEMPT_INVESTOR", "exemptInvestor": { "kind": "BUSINESS_ANGEL" } }),
            "enterprises[1].exemptInvestor.totalInvestmentEur",
        ),
        (
            json!({ "id": "i", "name": "Dorf", "kind": "EXEMPT_INVESTOR", "exemptInvestor": { "kind": "AUTONOMOUS_LOCAL_AUTHORITY", "annualBudgetEur": "1000000" } }),
            "enterprises[1].exemptInvestor.inhabitants",
        ),
        (
            json!({ "id": "i", "name": "Dorf", "kind": "EXEMPT_INVESTOR", "exemptInvestor": { "kind": "AUTONOMOUS_LOCAL_AUTHORITY", "inhabitants": 900 } }),
            "enterprises[1].exemptInvestor.annualBudgetEur",
        ),
        // Details that do not belong to the kind are refused, not ignored.
        (
            json!({ "id": "i", "name": "Uni", "kind": "EXEMPT_INVESTOR", "exemptInvestor": { "kind": "UNIVERSITY", "inhabitants": 900 } }),
            "enterprises[1].exemptInvestor.inhabitants",
        ),
        (
            json!({ "id": "i", "name": "AG", "kind": "ENTERPRISE", "exemptInvestor": { "kind": "VENTURE_CAPITAL" }, "periods": [period("2024", "1", "1", "1")] }),
            "enterprises[1].exemptInvestor",
        ),
        // The engine's own check of the amount, under the GraphQL input's field name.
        (
            json!({ "id": "i", "name": "Angel", "kind": "EXEMPT_INVESTOR", "exemptInvestor": { "kind": "BUSINESS_ANGEL", "totalInvestmentEur": "-5" } }),
            "enterprises[1].exemptInvestor.totalInvestmentEur",
        ),
    ];
    for (investor, field) in cases {
        let (got, message) = refused(&app, with_investor(investor.clone())).await;
        assert_eq!(got, field, "for {investor}");
        assert!(!message.is_empty());
    }
}

#[tokio::test]
async fn a_percentage_over_100_is_refused_with_the_engines_field_path() {
    let app = spawn_app().await;
    let with_holding = |h: Value| {
        json!({
            "applicant": "c",
            "enterprises": [
                enterprise("c", "Klinik", vec![period("2024", "20", "3000000", "2000000")]),
                enterprise("p", "Partner", vec![period("2024", "20", "3000000", "2000000")]),
            ],
            "holdings": [holding("p", "c", "10", "10"), h],
        })
    };
    let (field, _) = refused(&app, with_holding(holding("c", "p", "100.01", "40"))).await;
    assert_eq!(field, "holdings[1].capitalPercent");
    let (field, _) = refused(&app, with_holding(holding("c", "p", "40", "101"))).await;
    assert_eq!(field, "holdings[1].votingPercent");
    let (field, _) = refused(&app, with_holding(holding("c", "nobody", "40", "40"))).await;
    assert_eq!(field, "holdings[1].held");
}

#[tokio::test]
async fn other_bad_inputs_name_their_field() {
    let app = spawn_app().await;
    let mut negative_count = alone("1");
    negative_count["enterprises"][0]["periods"][0] = json!({
        "label": "2024", "annualTurnover": "1", "balanceSheetTotal": "1",
        "staffDetail": [{ "kind": "EMPLOYEE", "fte": "1", "monthsWorked": "12", "count": -1 }],
    });
    let (field, _) = refused(&app, negative_count).await;
    assert_eq!(field, "enterprises[0].periods[0].staffDetail[0].count");
    let mut unknown_applicant = alone("1");
    unknown_applicant["applicant"] = json!("x");
    assert_eq!(refused(&app, unknown_applicant).await.0, "applicant");
    let mut negative_turnover = alone("1");
    negative_turnover["enterprises"][0]["periods"][0]["annualTurnover"] = json!("-1");
    assert_eq!(
        refused(&app, negative_turnover).await.0,
        "enterprises[0].periods[0].annualTurnover"
    );
}

#[tokio::test]
async fn every_trace_step_cites_an_article_and_the_rule_version_is_given() {
    let app = spawn_app().await;
    let r = assess(&app, autonomous_clinic()).await;
    let trace = r["trace"].as_array().unwrap();
    assert!(trace.len() >= 5, "{}", r["trace"]);
    for step in trace {
        let article = step["article"].as_str().unwrap();
        assert!(article.starts_with("Art. "), "{step}");
        assert!(!step["text"].as_str().unwrap().trim().is_empty(), "{step}");
    }
    assert_eq!(trace[0]["article"], "Art. 1");
    assert_eq!(trace.last().unwrap()["article"], "Art. 2");
    assert_eq!(r["ruleVersion"], domain::sme::RULE_VERSION);
    assert_eq!(r["ruleVersion"], "2003/361/EC-annex-2020-guide-v2");
}

#[tokio::test]
async fn an_assessment_needs_no_login_and_writes_nothing() {
    let app = spawn_app().await;
    let before = app.audit_rows().await.len();
    assess(&app, autonomous_clinic()).await;
    assess(&app, alone("249.5")).await;
    refused(&app, alone("-1")).await;
    assert_eq!(app.audit_rows().await.len(), before);
    // A logged-in caller gets the same answer, and nothing is written either.
    let (_, clinic) = app.with_clinic("DE").await;
    let before = app.audit_rows().await.len();
    let r = app
        .gql(clinic.token(), ASSESS, json!({ "i": alone("12") }))
        .await;
    assert_eq!(r.ok()["smeAssessment"]["category"], "SMALL");
    assert_eq!(app.audit_rows().await.len(), before);
}

#[tokio::test]
async fn too_many_enterprises_holdings_or_controls_are_refused() {
    let app = spawn_app().await;
    let mut input = alone("1");
    let many: Vec<Value> = (0..201)
        .map(|i| party(&format!("p{i}"), "P", "NATURAL_PERSON"))
        .collect();
    input["enterprises"] = json!(many);
    let (field, message) = refused(&app, input).await;
    assert_eq!(field, "enterprises");
    assert!(message.contains("200"), "{message}");

    // 1,001 holdings, with short ids and numbers as decimals.
    let mut input = alone("1");
    let h = json!({ "holder": "a", "held": "c", "capitalPercent": 1, "votingPercent": 1 });
    input["holdings"] = json!(vec![h; 1001]);
    let (field, message) = refused(&app, input).await;
    assert_eq!(field, "holdings");
    assert!(message.contains("1000"), "{message}");

    let mut input = alone("1");
    let c = json!({ "controller": "a", "controlled": "c", "basis": "CONTRACT" });
    input["controls"] = json!(vec![c; 1001]);
    let (field, message) = refused(&app, input).await;
    assert_eq!(field, "controls");
    assert!(message.contains("1000"), "{message}");
}

#[tokio::test]
async fn two_hundred_enterprises_are_assessed() {
    let app = spawn_app().await;
    // A chain of 200 enterprises each holding 20% of the next, plus a partner at 30%.
    let mut enterprises = vec![];
    let mut holdings = vec![];
    for i in 0..200 {
        enterprises.push(json!({ "id": format!("e{i}"), "name": format!("E{i}"), "kind": "ENTERPRISE",
            "periods": [{ "label": "2024", "staff": "1", "annualTurnover": "1", "balanceSheetTotal": "1" }] }));
        if i > 0 {
            holdings.push(json!({ "holder": format!("e{i}"), "held": format!("e{}", i - 1), "capitalPercent": "20", "votingPercent": "30" }));
        }
    }
    let input = json!({ "applicant": "e0", "enterprises": enterprises, "holdings": holdings });
    let started = std::time::Instant::now();
    let r = assess(&app, input).await;
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(r["enterprises"].as_array().unwrap().len(), 200);
    // e1 is a partner at 30% (votes); e2 is a partner of the partner, not counted.
    assert_eq!(r["enterprises"][1]["relation"], "PARTNER");
    assert_eq!(r["enterprises"][2]["relation"], "NOT_INCLUDED");
    assert_eq!(dec_of(&r["aggregated"]["staffAwu"]), dec("1.3"));
}

#[tokio::test]
async fn decimals_sent_as_strings_stay_exact() {
    let app = spawn_app().await;
    let input = json!({
        "applicant": "c",
        "enterprises": [enterprise("c", "Klinik", vec![period("2024", "9.999999999999999999", "1999999.99", "1")])],
    });
    let r = assess(&app, input).await;
    assert_eq!(r["aggregated"]["staffAwu"], "9.999999999999999999");
    assert_eq!(r["aggregated"]["annualTurnover"], "1999999.99");
    assert_eq!(r["category"], "MICRO");
    // A JSON number is accepted too (through a float, so strings are the exact way).
    let mut input = alone("1");
    input["enterprises"][0]["periods"][0]["staff"] = json!(12);
    let r = assess(&app, input).await;
    assert_eq!(dec_of(&r["aggregated"]["staffAwu"]), dec("12"));
}

/// The trace step texts under one article.
fn trace_under<'a>(r: &'a Value, article: &str) -> Vec<&'a str> {
    r["trace"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["article"] == article)
        .map(|s| s["text"].as_str().unwrap())
        .collect()
}

fn mentions(r: &Value, article: &str, words: &str) -> bool {
    trace_under(r, article).iter().any(|t| t.contains(words))
}

#[tokio::test]
async fn an_investor_and_its_subsidiary_holding_15_percent_each_are_a_partner_at_30() {
    // Issue #16, rule 1 (Art. 3(2) and 3(3)): holdings jointly with linked enterprises, on the
    // investor's side.
    let app = spawn_app().await;
    let group = |investor: &str, subsidiary: &str| {
        json!({
            "applicant": "c",
            "enterprises": [
                enterprise("c", "Klinik", vec![period("2024", "5", "1000000", "1000000")]),
                enterprise("inv", "Investor AG", vec![period("2024", "40", "8000000", "6000000")]),
                enterprise("sub", "Tochter GmbH", vec![period("2024", "20", "3000000", "2000000")]),
            ],
            "holdings": [
                holding("inv", "sub", "100", "100"),
                holding("inv", "c", investor, investor),
                holding("sub", "c", subsidiary, subsidiary),
            ],
        })
    };
    let r = assess(&app, group("15", "15")).await;
    assert_eq!(
        relations(&r)[1..],
        [
            ("inv".into(), "PARTNER".into(), dec("30"), Value::Null),
            ("sub".into(), "PARTNER".into(), dec("30"), Value::Null),
        ]
    );
    // 5 + 30% × (40 + 20) AWU; 1m + 30% × (8m + 3m) turnover.
    assert_eq!(dec_of(&r["aggregated"]["staffAwu"]), dec("23"));
    assert_eq!(dec_of(&r["aggregated"]["annualTurnover"]), dec("4300000"));
    assert_eq!(r["category"], "SMALL");
    assert!(
        mentions(
            &r,
            "Art. 3(2)",
            "Investor AG and its linked enterprise Tochter GmbH together hold 30%"
        ),
        "{}",
        r["trace"]
    );
    // Over 50% together: linked, all figures added.
    let r = assess(&app, group("30", "25")).await;
    assert_eq!(r["enterprises"][1]["relation"], "LINKED");
    assert_eq!(r["enterprises"][2]["relation"], "LINKED");
    assert_eq!(dec_of(&r["aggregated"]["staffAwu"]), dec("65"));
    // 12% + 12% is under 25%: autonomous.
    let r = assess(&app, group("12", "12")).await;
    assert_eq!(r["enterprises"][1]["relation"], "AUTONOMOUS");
    assert_eq!(dec_of(&r["aggregated"]["staffAwu"]), dec("5"));
}

#[tokio::test]
async fn a_public_university_up_to_50_percent_is_an_exempt_investor_and_the_public_body_exception()
{
    // Issue #16, rule 2 (Art. 3(2), second subparagraph, and Art. 3(4)).
    let app = spawn_app().await;
    let with_university = |percent: &str, public_body: bool| {
        json!({
            "applicant": "c",
            "enterprises": [
                enterprise("c", "Uniklinik Service GmbH", vec![period("2024", "30", "4000000", "3000000")]),
                {
                    "id": "uni", "name": "Universität Musterstadt", "kind": "EXEMPT_INVESTOR",
                    "exemptInvestor": { "kind": "UNIVERSITY" }, "publicBody": public_body,
                    "periods": [period("2024", "4000", "300000000", "500000000")],
                },
            ],
            "holdings": [holding("uni", "c", percent, percent)],
        })
    };
    let r = assess(&app, with_university("40", true)).await;
    assert_eq!(r["isSme"], true);
    assert_eq!(r["category"], "SMALL");
    assert_eq!(r["enterprises"][1]["relation"], "EXEMPT_INVESTOR");
    assert_eq!(dec_of(&r["aggregated"]["staffAwu"]), dec("30"));
    // The trace says which article applied: Art. 3(2)(b) for the relation, the exception in
    // Art. 3(4) for the public-body rule.
    assert!(
        mentions(&r, "Art. 3(2)(b)", "keeps you autonomous"),
        "{}",
        r["trace"]
    );
    assert!(
        mentions(
            &r,
            "Art. 3(4)",
            "Universität Musterstadt is a public body and also a university (Art. 3(2)(b))"
        ),
        "{}",
        r["trace"]
    );
    // Over 50% it is linked, so not the exception: public control decides, and the category
    // its figures give (now with the university's) is kept.
    let r = assess(&app, with_university("51", true)).await;
    assert_eq!(r["isSme"], false);
    assert_eq!(r["notSmeReason"], "PUBLIC_BODY_CONTROL");
    assert_eq!(r["enterprises"][1]["relation"], "LINKED");
    assert_eq!(r["category"], "LARGE");
    // `publicBody` on an ordinary enterprise is refused, naming the field.
    let mut wrong = with_university("40", true);
    wrong["enterprises"][1]["kind"] = json!("ENTERPRISE");
    wrong["enterprises"][1]
        .as_object_mut()
        .unwrap()
        .remove("exemptInvestor");
    assert_eq!(refused(&app, wrong).await.0, "enterprises[1].publicBody");
}

#[tokio::test]
async fn over_three_periods_the_status_is_carried_forward_period_by_period() {
    // Issue #16, rule 3 (Art. 4(2)): small before; medium, medium, small.
    let app = spawn_app().await;
    let input = json!({
        "applicant": "c",
        "previousCategory": "SMALL",
        "enterprises": [enterprise("c", "Klinik", vec![
            period("2022", "60", "5000000", "5000000"),
            period("2023", "70", "5000000", "5000000"),
            period("2024", "40", "5000000", "5000000"),
        ])],
    });
    let r = assess(&app, input).await;
    assert_eq!(
        r["periodCategories"],
        json!([
            { "label": "2022", "category": "MEDIUM" },
            { "label": "2023", "category": "MEDIUM" },
            { "label": "2024", "category": "SMALL" },
        ])
    );
    // Medium since 2023; one small period does not change it back.
    assert_eq!(r["category"], "MEDIUM");
    assert_eq!(r["isSme"], true);
    let lines = trace_under(&r, "Art. 4(2)");
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert!(lines[1].contains("so from 2023 the category is medium-sized enterprise"));
    assert!(lines[2].starts_with("2024 points to a small enterprise"));
}

#[tokio::test]
async fn a_turnover_stated_with_its_vat_is_counted_net() {
    // Issue #16, rule 4 (Art. 4(1)). `annualTurnover` stays the net figure; the turnover as
    // stated comes with it, and the engine deducts the taxes and checks the two agree.
    let app = spawn_app().await;
    let stated = |net: &str, turnover: &str, taxes: &str| {
        json!({
            "applicant": "c",
            "enterprises": [enterprise("c", "Klinik", vec![json!({
                "label": "2024", "staff": "5", "balanceSheetTotal": "2500000",
                "annualTurnover": net,
                "grossTurnover": { "statedTurnover": turnover, "indirectTaxes": taxes },
            })])],
        })
    };
    let r = assess(&app, stated("2000000", "2380000", "380000")).await;
    assert_eq!(dec_of(&r["aggregated"]["annualTurnover"]), dec("2000000"));
    assert_eq!(r["category"], "MICRO");
    assert!(
        mentions(
            &r,
            "Art. 4(1)",
            "the turnover as stated, EUR 2,380,000, includes EUR 380,000 of VAT and other \
             indirect taxes; turnover counts net of them, so EUR 2,000,000 counts"
        ),
        "{}",
        r["trace"]
    );
    // One cent less tax is over EUR 2 million net: small.
    let r = assess(&app, stated("2000000.01", "2380000", "379999.99")).await;
    assert_eq!(r["category"], "SMALL");
    // A net figure that is not the stated turnover less its taxes is refused, naming it.
    let (field, message) = refused(&app, stated("2380000", "2380000", "380000")).await;
    assert_eq!(field, "enterprises[0].periods[0].annualTurnover");
    assert!(message.contains("EUR 2,000,000"), "{message}");
    let (field, _) = refused(&app, stated("0", "100", "100.01")).await;
    assert_eq!(
        field,
        "enterprises[0].periods[0].grossTurnover.indirectTaxes"
    );
    // Without grossTurnover the net field works as before, and no deduction is traced.
    let r = assess(&app, alone("1")).await;
    assert!(trace_under(&r, "Art. 4(1)").is_empty());
}

#[tokio::test]
async fn control_by_contract_without_shares_links_and_says_so() {
    // Issue #16, rule 5 (Art. 3(3)(b) to (d)).
    let app = spawn_app().await;
    let input = |basis: &str| {
        json!({
            "applicant": "c",
            "enterprises": [
                enterprise("c", "Klinik", vec![period("2024", "5", "1000000", "1000000")]),
                enterprise("op", "Betreiber AG", vec![period("2024", "60", "9000000", "8000000")]),
            ],
            "controls": [{ "controller": "op", "controlled": "c", "basis": basis }],
        })
    };
    let expected = [
        (
            "BOARD_APPOINTMENT",
            "has the right to appoint or remove a majority of the board of Klinik (Art. 3(3)(b))",
        ),
        (
            "CONTRACT",
            "has a dominant influence, through a contract, over Klinik (Art. 3(3)(c))",
        ),
        (
            "ARTICLES_OF_ASSOCIATION",
            "has a dominant influence, through the articles of association, over Klinik (Art. 3(3)(c))",
        ),
        (
            "SHAREHOLDER_AGREEMENT",
            "controls, by an agreement with other shareholders, a majority of the voting rights of Klinik (Art. 3(3)(d))",
        ),
    ];
    for (basis, words) in expected {
        let r = assess(&app, input(basis)).await;
        let op = &r["enterprises"][1];
        assert_eq!(op["relation"], "LINKED", "{basis}");
        assert_eq!(dec_of(&op["includedPercent"]), dec("100"), "{basis}");
        let explanation = op["explanation"].as_str().unwrap();
        assert!(
            explanation.starts_with(&format!(
                "Betreiber AG {words}, without holding any of its shares"
            )),
            "{basis}: {explanation}"
        );
        assert!(!explanation.contains("0%"), "{explanation}");
        assert_eq!(dec_of(&r["aggregated"]["staffAwu"]), dec("65"), "{basis}");
        assert_eq!(r["category"], "MEDIUM", "{basis}");
    }
    let mut bad = input("CONTRACT");
    bad["controls"][0]["controlled"] = json!("op");
    assert_eq!(refused(&app, bad).await.0, "controls[0].controlled");
}

#[tokio::test]
async fn the_trace_groups_thousands_and_names_the_chain_and_public_control_keeps_the_category() {
    // Issue #16, rule 6.
    let app = spawn_app().await;
    let input = json!({
        "applicant": "c",
        "enterprises": [
            enterprise("c", "Klinik", vec![period("2024", "5", "1000000", "1000000")]),
            enterprise("l1", "Labor Eins", vec![period("2024", "10", "1000000", "1000000")]),
            enterprise("l2", "Labor Zwei", vec![period("2024", "10", "1000000", "1000000")]),
            enterprise("l3", "Labor Drei", vec![period("2024", "10", "1000000", "1000000")]),
            {
                "id": "dorf", "name": "Gemeinde Seedorf", "kind": "EXEMPT_INVESTOR",
                "exemptInvestor": { "kind": "AUTONOMOUS_LOCAL_AUTHORITY", "annualBudgetEur": "8000000", "inhabitants": 4200 },
            },
            party("kreis", "Landkreis", "PUBLIC_BODY"),
        ],
        "holdings": [
            holding("c", "l1", "60", "60"),
            holding("l1", "l2", "60", "60"),
            holding("l2", "l3", "60", "60"),
            holding("dorf", "c", "30", "30"),
            holding("kreis", "c", "25", "25"),
        ],
    });
    let r = assess(&app, input).await;
    // Numbers use the thousands separator.
    assert!(
        mentions(
            &r,
            "Art. 3(2)(d)",
            "EUR 8,000,000 (under EUR 10 million) and 4,200 inhabitants (fewer than 5,000)"
        ),
        "{}",
        r["trace"]
    );
    // Each chain line says through whom.
    assert!(
        mentions(
            &r,
            "Art. 3(3)",
            "so Labor Zwei is linked to Klinik through Labor Eins (Art. 3(3))"
        ),
        "{}",
        r["trace"]
    );
    assert!(mentions(
        &r,
        "Art. 3(3)",
        "so Labor Drei is linked to Klinik through the chain Labor Drei → Labor Zwei → Labor Eins → Klinik"
    ));
    assert_eq!(r["enterprises"][3]["via"], "l2");
    // The district's 25% decides (the village is the exception): not an SME, and the size
    // category is kept: 35 AWU is small.
    assert_eq!(r["isSme"], false);
    assert_eq!(r["notSmeReason"], "PUBLIC_BODY_CONTROL");
    assert_eq!(r["category"], "SMALL");
    assert_eq!(dec_of(&r["aggregated"]["staffAwu"]), dec("35"));
    let last = r["trace"].as_array().unwrap().last().unwrap();
    assert_eq!(last["article"], "Art. 3(4)");
    assert!(
        last["text"]
            .as_str()
            .unwrap()
            .contains("By its figures it is a small enterprise, and that category is still given"),
        "{last}"
    );
}
