//! The support centre's catalogue, black-box: ENISA's workflow with numbered versions and
//! diffs, translations with the reader's language and its fallback, full-text search with
//! facets and paging, drafts hidden from everyone but their authors, service providers'
//! services with suspension and voucher matching, and every bad input of issue 13 refused with
//! its field and nothing written.
use serde_json::{Value, json};
use tests::{Account, TestApp, spawn_app};

const CREATE: &str = "mutation($kind: CatalogueItemKind!, $input: CatalogueItemInput!) {
  createCatalogueItem(kind: $kind, input: $input) { id status version current { title language } } }";
const UPDATE: &str = "mutation($id: ID!, $input: CatalogueItemInput!) {
  updateCatalogueItem(id: $id, input: $input) { id status version current { title } draft { title } } }";
const PUBLISH: &str = "mutation($id: ID!, $note: String!) {
  publishCatalogueItem(id: $id, changeNote: $note) { id status version changeNote draft { title } } }";
const RETIRE: &str = "mutation($id: ID!, $reason: String!) {
  retireCatalogueItem(id: $id, reason: $reason) { id status retirement { reason } } }";
const TRANSLATE: &str =
    "mutation($id: ID!, $language: String!, $input: CatalogueTranslationInput!) {
  translateCatalogueItem(id: $id, language: $language, input: $input) { id draft { languages } } }";
const ITEM: &str = "query($id: ID!, $language: String) {
  catalogueItem(id: $id, language: $language) { id status version editable
    current { language requestedLanguage fallback languages title summary body steps { number phase title } links { label url } }
    draft { title languages }
    retirement { reason }
    versions { number changeNote content { title } } } }";
const SEARCH: &str = "query($search: String, $language: String, $filter: CatalogueFilter, $first: Int, $after: String) {
  catalogue(search: $search, language: $language, filter: $filter, first: $first, after: $after) {
    totalCount facets { facet value count }
    pageInfo { hasNextPage endCursor }
    edges { node { item { id kind current { title language } } highlight { text matched } } } } }";

fn guideline(title: &str) -> Value {
    json!({
        "language": "en",
        "title": title,
        "summary": "Keep offline backups and test restores so ransomware cannot stop patient care.",
        "body": "# Backups\n\nKeep three copies, one offline.\n\nSee [ENISA](https://www.enisa.europa.eu/).",
        "priorities": ["PREVENTION", "RESPONSE_RECOVERY"],
        "topics": ["backups", "ransomware"],
        "links": [{ "label": "ENISA", "url": "https://www.enisa.europa.eu/" }]
    })
}

async fn create(app: &TestApp, who: &Account, kind: &str, input: Value) -> String {
    let r = app
        .gql(who.token(), CREATE, json!({ "kind": kind, "input": input }))
        .await;
    r.ok()["createCatalogueItem"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn publish(app: &TestApp, who: &Account, id: &str, note: &str) -> Value {
    app.gql(who.token(), PUBLISH, json!({ "id": id, "note": note }))
        .await
        .ok()["publishCatalogueItem"]
        .clone()
}

async fn search(app: &TestApp, token: Option<&str>, vars: Value) -> Value {
    app.gql(token, SEARCH, vars).await.ok()["catalogue"].clone()
}

fn titles(result: &Value) -> Vec<String> {
    result["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            e["node"]["item"]["current"]["title"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn facet(result: &Value, name: &str, value: &str) -> u64 {
    result["facets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["facet"] == name && f["value"] == value)
        .map_or(0, |f| f["count"].as_u64().unwrap())
}

async fn catalogue_rows(app: &TestApp) -> (usize, usize) {
    let rows = app.audit_rows().await;
    let changes = rows
        .iter()
        .filter(|r| r.action.starts_with("catalogue.") && r.outcome == "SUCCESS")
        .count();
    let items = app
        .gql(None, "{ catalogue(first: 100) { totalCount } }", json!({}))
        .await
        .ok()["catalogue"]["totalCount"]
        .as_u64()
        .unwrap() as usize;
    (changes, items)
}

#[tokio::test]
async fn enisa_publishes_numbered_versions_and_an_edit_waits_beside_the_published_one() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let id = create(
        &app,
        &enisa,
        "GUIDELINE",
        guideline("Backups against ransomware"),
    )
    .await;

    // A draft is invisible to the public and to other tenants, exactly like a missing item.
    let (_, clinic) = app.with_clinic("DE").await;
    for token in [None, clinic.token()] {
        app.gql(token, ITEM, json!({ "id": id }))
            .await
            .expect_code("NOT_FOUND");
        let missing = uuid::Uuid::now_v7().to_string();
        app.gql(token, ITEM, json!({ "id": missing }))
            .await
            .expect_code("NOT_FOUND");
    }
    assert_eq!(search(&app, None, json!({})).await["totalCount"], 0);

    let v1 = publish(&app, &enisa, &id, "First edition").await;
    assert_eq!(v1["status"], "PUBLISHED");
    assert_eq!(v1["version"], 1);

    // Editing makes a draft of version 2 beside version 1; the public still sees version 1.
    let mut edited = guideline("Backups against ransomware, tested");
    edited["body"] =
        json!("# Backups\n\nKeep three copies, two offline.\n\nTest restores monthly.");
    let r = app
        .gql(enisa.token(), UPDATE, json!({ "id": id, "input": edited }))
        .await;
    let u = &r.ok()["updateCatalogueItem"];
    assert_eq!(u["status"], "PUBLISHED");
    assert_eq!(u["version"], 1);
    assert_eq!(u["draft"]["title"], "Backups against ransomware, tested");
    let public = app.gql(None, ITEM, json!({ "id": id })).await;
    let p = &public.ok()["catalogueItem"];
    assert_eq!(p["current"]["title"], "Backups against ransomware");
    assert!(p["draft"].is_null(), "the public never sees the draft");
    assert_eq!(p["editable"], false);

    let v2 = publish(&app, &enisa, &id, "Monthly restore tests").await;
    assert_eq!(v2["version"], 2);
    assert!(v2["draft"].is_null());
    let public = app.gql(None, ITEM, json!({ "id": id })).await;
    let p = &public.ok()["catalogueItem"];
    assert_eq!(p["current"]["title"], "Backups against ransomware, tested");
    let versions: Vec<(u64, String)> = p["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["number"].as_u64().unwrap(),
                v["changeNote"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        versions,
        [
            (1, "First edition".to_owned()),
            (2, "Monthly restore tests".to_owned())
        ]
    );
    // Version 1 stays readable as it was.
    assert_eq!(
        p["versions"][0]["content"]["title"],
        "Backups against ransomware"
    );

    // The diff between the versions shows the changed body lines.
    let d = app
        .gql(
            None,
            "query($id: ID!) { catalogueItem(id: $id) { diff(from: 1, to: 2) { from to language
              fields { field changed lines { tag oldLine newLine text } } } } }",
            json!({ "id": id }),
        )
        .await;
    let diff = &d.ok()["catalogueItem"]["diff"];
    let body = diff["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "body")
        .unwrap();
    assert_eq!(body["changed"], true);
    let changed: Vec<(String, String)> = body["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["tag"] != "SAME")
        .map(|l| {
            (
                l["tag"].as_str().unwrap().to_owned(),
                l["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(changed.contains(&("REMOVED".into(), "Keep three copies, one offline.".into())));
    assert!(changed.contains(&("ADDED".into(), "Keep three copies, two offline.".into())));
    assert!(changed.contains(&("ADDED".into(), "Test restores monthly.".into())));

    // Retiring hides it from search, keeps its versions and says why.
    let r = app
        .gql(
            enisa.token(),
            RETIRE,
            json!({ "id": id, "reason": "Superseded by the 2027 guideline" }),
        )
        .await;
    assert_eq!(r.ok()["retireCatalogueItem"]["status"], "RETIRED");
    assert_eq!(search(&app, None, json!({})).await["totalCount"], 0);
    let public = app.gql(None, ITEM, json!({ "id": id })).await;
    let p = &public.ok()["catalogueItem"];
    assert_eq!(
        p["retirement"]["reason"],
        "Superseded by the 2027 guideline"
    );
    assert_eq!(p["versions"].as_array().unwrap().len(), 2);
    // Publishing or retiring again is an invalid transition.
    app.gql(enisa.token(), PUBLISH, json!({ "id": id, "note": "again" }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    app.gql(
        enisa.token(),
        RETIRE,
        json!({ "id": id, "reason": "again" }),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
}

#[tokio::test]
async fn a_reader_gets_the_language_asked_for_else_english_else_the_original() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let id = create(
        &app,
        &enisa,
        "GUIDELINE",
        guideline("Backups against ransomware"),
    )
    .await;
    let r = app
        .gql(
            enisa.token(),
            TRANSLATE,
            json!({ "id": id, "language": "de", "input": {
                "title": "Datensicherung gegen Ransomware",
                "summary": "Offline-Sicherungen aufbewahren und Wiederherstellungen testen.",
                "body": "Drei Kopien, eine davon offline."
            }}),
        )
        .await;
    assert_eq!(
        r.ok()["translateCatalogueItem"]["draft"]["languages"],
        json!(["de", "en"])
    );
    publish(&app, &enisa, &id, "First edition").await;

    let read = |language: Option<&'static str>| {
        let app = &app;
        let id = id.clone();
        async move {
            app.gql(None, ITEM, json!({ "id": id, "language": language }))
                .await
                .ok()["catalogueItem"]["current"]
                .clone()
        }
    };
    let de = read(Some("de")).await;
    assert_eq!(de["title"], "Datensicherung gegen Ransomware");
    assert_eq!(
        (de["language"].as_str(), de["fallback"].as_bool()),
        (Some("de"), Some(false))
    );
    assert_eq!(de["languages"], json!(["de", "en"]));
    let fr = read(Some("fr")).await;
    assert_eq!(fr["title"], "Backups against ransomware");
    assert_eq!(
        (fr["language"].as_str(), fr["fallback"].as_bool()),
        (Some("en"), Some(true))
    );
    assert_eq!(fr["requestedLanguage"], "fr");

    // An item written only in French falls back to French for a Polish reader.
    let mut only_fr = guideline("Sauvegardes hors ligne");
    only_fr["language"] = json!("fr");
    let fr_id = create(&app, &enisa, "TOOL", only_fr).await;
    publish(&app, &enisa, &fr_id, "Première édition").await;
    let pl = app
        .gql(None, ITEM, json!({ "id": fr_id, "language": "pl" }))
        .await;
    assert_eq!(pl.ok()["catalogueItem"]["current"]["language"], "fr");

    // An unknown language code is refused, never ignored.
    let r = app
        .gql(None, ITEM, json!({ "id": id, "language": "xx" }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("language"));
}

#[tokio::test]
async fn search_finds_the_readers_language_ranked_with_facets_highlight_and_paging() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let backups = create(
        &app,
        &enisa,
        "GUIDELINE",
        guideline("Backups against ransomware"),
    )
    .await;
    app.gql(
        enisa.token(),
        TRANSLATE,
        json!({ "id": backups, "language": "de", "input": {
            "title": "Datensicherung gegen Erpressersoftware",
            "summary": "Sicherungskopien offline aufbewahren und die Wiederherstellung regelmäßig prüfen.",
            "body": "Drei Kopien."
        }}),
    )
    .await
    .ok();
    publish(&app, &enisa, &backups, "v1").await;
    let mut phishing = guideline("Phishing drills for ward staff");
    phishing["summary"] = json!("Train staff to report phishing e-mails within minutes.");
    phishing["body"] = json!("Run a drill every quarter.");
    phishing["priorities"] = json!(["DETECTION"]);
    phishing["topics"] = json!(["phishing", "awareness"]);
    phishing["healthcareTypes"] = json!(["HOSPITAL"]);
    let ph = create(&app, &enisa, "TOOL", phishing).await;
    publish(&app, &enisa, &ph, "v1").await;
    let draft_only = create(
        &app,
        &enisa,
        "GUIDELINE",
        guideline("Unpublished ransomware notes"),
    )
    .await;

    // German readers find the German text with German words, and the fragment is marked.
    let r = search(
        &app,
        None,
        json!({ "search": "Wiederherstellung", "language": "de" }),
    )
    .await;
    assert_eq!(titles(&r), ["Datensicherung gegen Erpressersoftware"]);
    let hl = &r["edges"][0]["node"]["highlight"];
    let marked: Vec<&str> = hl
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["matched"] == true)
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(marked, ["Wiederherstellung"]);
    // An English reader searches the English text; the draft is never found.
    let r = search(&app, None, json!({ "search": "ransomware" })).await;
    assert_eq!(titles(&r), ["Backups against ransomware"]);
    assert!(!r.to_string().contains(&draft_only));
    // Facet counts describe the whole result; filters narrow it.
    let all = search(&app, None, json!({})).await;
    assert_eq!(all["totalCount"], 2);
    assert_eq!(facet(&all, "kind", "GUIDELINE"), 1);
    assert_eq!(facet(&all, "kind", "TOOL"), 1);
    assert_eq!(facet(&all, "priority", "PREVENTION"), 1);
    assert_eq!(facet(&all, "priority", "DETECTION"), 1);
    assert_eq!(facet(&all, "language", "de"), 1);
    assert_eq!(facet(&all, "language", "en"), 2);
    assert_eq!(facet(&all, "topic", "phishing"), 1);
    for (filter, expected) in [
        (
            json!({ "kinds": ["TOOL"] }),
            vec!["Phishing drills for ward staff"],
        ),
        (
            json!({ "priorities": ["PREVENTION"] }),
            vec!["Backups against ransomware"],
        ),
        (
            json!({ "languages": ["de"] }),
            vec!["Backups against ransomware"],
        ),
        (
            json!({ "topics": ["awareness"] }),
            vec!["Phishing drills for ward staff"],
        ),
        (
            json!({ "audience": ["CLINIC"] }),
            vec!["Backups against ransomware"],
        ),
        (json!({ "kinds": ["PLAYBOOK"] }), vec![]),
    ] {
        let r = search(&app, None, json!({ "filter": filter })).await;
        assert_eq!(titles(&r), expected, "{filter}");
    }
    // Relay paging: one at a time, each item once.
    let p1 = search(&app, None, json!({ "first": 1 })).await;
    assert_eq!(p1["pageInfo"]["hasNextPage"], true);
    let p2 = search(
        &app,
        None,
        json!({ "first": 1, "after": p1["pageInfo"]["endCursor"] }),
    )
    .await;
    assert_eq!(p2["pageInfo"]["hasNextPage"], false);
    let mut seen = titles(&p1);
    seen.extend(titles(&p2));
    seen.sort();
    assert_eq!(
        seen,
        [
            "Backups against ransomware",
            "Phishing drills for ward staff"
        ]
    );
}

fn service_input() -> Value {
    json!({
        "language": "en",
        "title": "Penetration test for hospital networks",
        "summary": "An external and internal penetration test with a report for the board.",
        "priorities": ["PREVENTION"],
        "service": {
            "categories": ["PENETRATION_TESTING"],
            "memberStates": ["DE", "AT"],
            "languages": ["de", "en"],
            "indicativePrice": "12000.00",
            "currency": "EUR"
        }
    })
}

#[tokio::test]
async fn a_service_provider_publishes_its_own_services_and_the_agency_suspends_them() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (_, vendor) = app.with_vendor("DE").await;
    let (_, other_vendor) = app.with_vendor("FR").await;
    let (_, agency_de) = app.with_agency("DE").await;
    let (_, agency_fr) = app.with_agency("FR").await;

    // ENISA does not publish services, and providers publish nothing else.
    app.gql(
        enisa.token(),
        CREATE,
        json!({ "kind": "SERVICE", "input": service_input() }),
    )
    .await
    .expect_code("VALIDATION");
    app.gql(
        vendor.token(),
        CREATE,
        json!({ "kind": "GUIDELINE", "input": guideline("x") }),
    )
    .await
    .expect_code("VALIDATION");

    let id = create(&app, &vendor, "SERVICE", service_input()).await;
    // The draft is the provider's: ENISA reads it, another provider does not.
    app.gql(other_vendor.token(), ITEM, json!({ "id": id }))
        .await
        .expect_code("NOT_FOUND");
    app.gql(
        other_vendor.token(),
        PUBLISH,
        json!({ "id": id, "note": "mine" }),
    )
    .await
    .expect_code("NOT_FOUND");
    assert_eq!(
        app.gql(enisa.token(), ITEM, json!({ "id": id })).await.ok()["catalogueItem"]["status"],
        "DRAFT"
    );
    publish(&app, &vendor, &id, "Offer 2027").await;
    let r = search(&app, None, json!({ "filter": { "kinds": ["SERVICE"] } })).await;
    assert_eq!(r["totalCount"], 1);

    // Another member state's agency may not suspend; the provider's agency may.
    const SUSPEND: &str = "mutation($id: ID!, $reason: String!) {
      suspendCatalogueService(id: $id, reason: $reason) { id suspension { reason } } }";
    app.gql(
        agency_fr.token(),
        SUSPEND,
        json!({ "id": id, "reason": "x" }),
    )
    .await
    .expect_code("FORBIDDEN");
    let r = app
        .gql(
            agency_de.token(),
            SUSPEND,
            json!({ "id": id, "reason": "Certificate expired" }),
        )
        .await;
    assert_eq!(
        r.ok()["suspendCatalogueService"]["suspension"]["reason"],
        "Certificate expired"
    );
    let r = search(&app, None, json!({ "filter": { "kinds": ["SERVICE"] } })).await;
    assert_eq!(r["totalCount"], 0, "a suspended service leaves search");
    app.gql(None, ITEM, json!({ "id": id }))
        .await
        .expect_code("NOT_FOUND");
    let r = app
        .gql(
            enisa.token(),
            "mutation($id: ID!) { liftCatalogueServiceSuspension(id: $id) { suspension { reason } } }",
            json!({ "id": id }),
        )
        .await;
    assert!(r.ok()["liftCatalogueServiceSuspension"]["suspension"].is_null());
    let r = search(&app, None, json!({ "filter": { "kinds": ["SERVICE"] } })).await;
    assert_eq!(r["totalCount"], 1);
}

#[tokio::test]
async fn a_clinic_sees_the_services_that_match_its_voucher() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let (_, far_vendor) = app.with_vendor("FR").await;
    let programme = app
        .with_open_programme(&officer, "DE-CAT-1", "100000.00")
        .await;
    let (voucher, _) = app
        .with_voucher(&officer, &clinic, programme, "5000.00")
        .await;

    let matching = create(&app, &vendor, "SERVICE", service_input()).await;
    publish(&app, &vendor, &matching, "v1").await;
    let mut elsewhere = service_input();
    elsewhere["service"]["memberStates"] = json!(["FR"]);
    elsewhere["title"] = json!("Pentest in France");
    let fr = create(&app, &far_vendor, "SERVICE", elsewhere).await;
    publish(&app, &far_vendor, &fr, "v1").await;
    let mut other_category = service_input();
    other_category["service"]["categories"] = json!(["SOMETHING_ELSE"]);
    other_category["title"] = json!("Something else");
    let other = create(&app, &vendor, "SERVICE", other_category).await;
    publish(&app, &vendor, &other, "v1").await;
    let unpublished = create(&app, &vendor, "SERVICE", service_input()).await;

    let r = app
        .gql(
            clinic.token(),
            "query($v: ID!) { matchingServices(voucherId: $v) { id providerId current { title } } }",
            json!({ "v": voucher }),
        )
        .await;
    let ids: Vec<&str> = r.ok()["matchingServices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [matching.as_str()],
        "not {fr}, {other} or {unpublished}"
    );
    // Another clinic does not see this voucher.
    let (_, stranger) = app.with_clinic("DE").await;
    app.gql(
        stranger.token(),
        "query($v: ID!) { matchingServices(voucherId: $v) { id } }",
        json!({ "v": voucher }),
    )
    .await
    .expect_code("NOT_FOUND");
}

#[tokio::test]
async fn bad_input_is_refused_naming_the_field_and_nothing_is_written() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let before = catalogue_rows(&app).await;
    let big = "a".repeat(200 * 1024 + 1);
    let cases: Vec<(&str, Value, &str)> = vec![
        ("unknown language", json!({ "language": "xx" }), "language"),
        ("empty title", json!({ "title": "   " }), "title"),
        ("body over 200 KB", json!({ "body": big }), "body"),
        (
            "javascript link",
            json!({ "links": [{ "label": "x", "url": "javascript:alert(1)" }] }),
            "links[0].url",
        ),
        (
            "http link",
            json!({ "links": [{ "label": "x", "url": "http://example.org/" }] }),
            "links[0].url",
        ),
        (
            "unsafe link in the body",
            json!({ "body": "[x](javascript:alert(1))" }),
            "body",
        ),
        (
            "raw HTML",
            json!({ "body": "<script>alert(1)</script>" }),
            "body",
        ),
        ("no priority", json!({ "priorities": [] }), "priorities"),
        (
            "unknown topic",
            json!({ "topics": ["not-a-topic"] }),
            "topics",
        ),
    ];
    for (what, patch, field) in cases {
        let mut input = guideline("Backups");
        for (k, v) in patch.as_object().unwrap() {
            input[k] = v.clone();
        }
        let r = app
            .gql(
                enisa.token(),
                CREATE,
                json!({ "kind": "GUIDELINE", "input": input }),
            )
            .await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some(field), "{what}: {}", r.body);
    }
    assert_eq!(catalogue_rows(&app).await, before, "nothing was written");

    // Workflow refusals change nothing either.
    let id = create(&app, &enisa, "GUIDELINE", guideline("Backups")).await;
    let after_create = catalogue_rows(&app).await;
    let r = app
        .gql(enisa.token(), PUBLISH, json!({ "id": id, "note": "  " }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("changeNote"));
    app.gql(
        enisa.token(),
        RETIRE,
        json!({ "id": id, "reason": "draft" }),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
    let r = app
        .gql(
            enisa.token(),
            TRANSLATE,
            json!({ "id": id, "language": "klingon", "input": { "title": "x", "summary": "y" } }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("language"));
    assert_eq!(catalogue_rows(&app).await, after_create);
    // Roles: a clinic or an anonymous caller cannot write.
    let (_, clinic) = app.with_clinic("DE").await;
    app.gql(
        clinic.token(),
        CREATE,
        json!({ "kind": "GUIDELINE", "input": guideline("x") }),
    )
    .await
    .expect_code("FORBIDDEN");
    app.gql(None, PUBLISH, json!({ "id": id, "note": "x" }))
        .await
        .expect_code("UNAUTHENTICATED");
}

#[tokio::test]
async fn a_playbook_has_ordered_steps_in_phases() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let mut input = guideline("Ransomware playbook");
    input["steps"] = json!([
        { "phase": "PREPARE", "title": "Keep offline backups", "instructions": "Weekly." },
        { "phase": "CONTAIN", "title": "Isolate the ward network", "instructions": "Pull the uplink." },
        { "phase": "RECOVER", "title": "Restore from backup", "instructions": "Test first." }
    ]);
    let id = create(&app, &enisa, "PLAYBOOK", input.clone()).await;
    publish(&app, &enisa, &id, "v1").await;
    let r = app.gql(None, ITEM, json!({ "id": id })).await;
    let steps: Vec<(u64, String)> = r.ok()["catalogueItem"]["current"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["number"].as_u64().unwrap(),
                s["phase"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            (1, "PREPARE".into()),
            (2, "CONTAIN".into()),
            (3, "RECOVER".into())
        ]
    );
    // Steps are found by search too.
    let r = search(&app, None, json!({ "search": "uplink" })).await;
    assert_eq!(titles(&r), ["Ransomware playbook"]);
    // A guideline has no steps.
    let r = app
        .gql(
            enisa.token(),
            CREATE,
            json!({ "kind": "GUIDELINE", "input": input }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("steps"));
}

/// The Python of `make interop-venv` (or `INTEROP_PYTHON`).
fn interop_python() -> std::path::PathBuf {
    std::env::var_os("INTEROP_PYTHON").map_or_else(
        || std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.venv-interop/bin/python"),
        Into::into,
    )
}

#[tokio::test]
async fn the_dcat_export_is_json_ld_whose_triples_a_processor_checks() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let id = create(
        &app,
        &enisa,
        "GUIDELINE",
        guideline("Backups against ransomware"),
    )
    .await;
    app.gql(
        enisa.token(),
        TRANSLATE,
        json!({ "id": id, "language": "de", "input": {
            "title": "Datensicherung gegen Ransomware", "summary": "Offline-Sicherungen." } }),
    )
    .await
    .ok();
    publish(&app, &enisa, &id, "v1").await;
    let hidden = create(&app, &enisa, "TOOL", guideline("Draft tool")).await;

    let res = app
        .http
        .get(app.url("/catalogue.jsonld"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/ld+json");
    let body = res.text().await.unwrap();
    assert!(
        body.contains(&id) && !body.contains(&hidden),
        "only public items"
    );
    let file = std::env::temp_dir().join(format!("dcat-{}.jsonld", uuid::Uuid::now_v7()));
    std::fs::write(&file, &body).unwrap();
    let script = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../domain/src/catalogue/dcat_check.py");
    let python = interop_python();
    let out = std::process::Command::new(&python)
        .arg(&script)
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("{} ({e}): run `make interop-venv`", python.display()));
    let _ = std::fs::remove_file(&file);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("0 failed"), "{stdout}");
}

#[tokio::test]
async fn the_demo_catalogue_covers_every_kind_and_priority_with_a_full_session_and_a_service() {
    let app = spawn_app().await;
    assert!(
        api::seed::seed_demo(&app.state.store, app.clock().now(), app.code_keys())
            .await
            .unwrap()
    );
    let all = search(&app, None, json!({ "first": 100 })).await;
    assert!(all["totalCount"].as_u64().unwrap() >= 12, "{all}");
    for kind in [
        "GUIDELINE",
        "TOOL",
        "PLAYBOOK",
        "PROCUREMENT_GUIDANCE",
        "TRAINING_COURSE",
        "SERVICE",
    ] {
        assert!(facet(&all, "kind", kind) >= 1, "{kind}");
    }
    for p in ["PREVENTION", "DETECTION", "RESPONSE_RECOVERY", "DETERRENCE"] {
        assert!(facet(&all, "priority", p) >= 1, "{p}");
    }
    assert!(facet(&all, "language", "de") >= 2 && facet(&all, "language", "fr") >= 2);
    let de = search(
        &app,
        None,
        json!({ "search": "Ransomware", "language": "de" }),
    )
    .await;
    assert!(
        titles(&de)
            .iter()
            .any(|t| t == "Ransomware-Playbook für Krankenhäuser"),
        "{de}"
    );
    let sessions = app
        .gql(
            None,
            "{ trainingSessions { capacity enrolled waitlisted } }",
            json!({}),
        )
        .await;
    let s = sessions.ok()["trainingSessions"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(s.len(), 2);
    assert!(
        s.iter()
            .any(|s| s["enrolled"] == s["capacity"] && s["waitlisted"].as_u64() > Some(0))
    );
    let services = search(&app, None, json!({ "filter": { "kinds": ["SERVICE"] } })).await;
    assert_eq!(
        titles(&services),
        ["Penetration testing for hospitals (SecureCare MSSP)"]
    );
}

#[tokio::test]
async fn discarding_a_draft_keeps_the_published_version_and_is_audited() {
    const DISCARD: &str = "mutation($id: ID!) {
  discardCatalogueDraft(id: $id) { id status version draft { title } current { title } } }";
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let id = create(&app, &enisa, "GUIDELINE", guideline("Patch the PACS")).await;

    // A never-published item has only its draft: nothing to discard, nothing written.
    let before = app.audit_rows().await.len();
    app.gql(enisa.token(), DISCARD, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    publish(&app, &enisa, &id, "First edition").await;
    let mut edit = guideline("Patch the PACS every month");
    edit["summary"] = json!("A monthly window for the imaging servers.");
    app.gql(enisa.token(), UPDATE, json!({ "id": id, "input": edit }))
        .await
        .ok();

    // A clinic may not discard drafts at all (the denial is audited).
    let (_, clinic) = app.with_clinic("DE").await;
    app.gql(clinic.token(), DISCARD, json!({ "id": id }))
        .await
        .expect_code("FORBIDDEN");

    let r = app.gql(enisa.token(), DISCARD, json!({ "id": id })).await;
    let item = &r.ok()["discardCatalogueDraft"];
    assert_eq!(item["status"], "PUBLISHED");
    assert_eq!(item["version"], 1);
    assert!(item["draft"].is_null());
    assert_eq!(item["current"]["title"], "Patch the PACS");

    // Twice is an invalid transition; the discard is audited once.
    app.gql(enisa.token(), DISCARD, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    let rows = app.audit_rows().await;
    assert!(rows.len() > before);
    let discards: Vec<_> = rows
        .iter()
        .filter(|r| r.action == "catalogue.discard_draft")
        .map(|r| r.outcome.as_str())
        .collect();
    assert_eq!(discards.iter().filter(|o| **o == "SUCCESS").count(), 1);
    assert!(discards.contains(&"DENIED"));
    let public = app.gql(None, ITEM, json!({ "id": id })).await;
    assert_eq!(
        public.ok()["catalogueItem"]["current"]["title"],
        "Patch the PACS"
    );
}
