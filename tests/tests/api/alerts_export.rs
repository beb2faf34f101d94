//! The alerts as STIX 2.1, TAXII 2.1 and Atom over HTTP, with the same bearer tokens and TLP
//! filtering as GraphQL (`docs/early-warning.md`, "Interoperability"). The OASIS validator and
//! the `taxii2-client` package drive the same endpoints in `tests/tests/interop.rs`.
use serde_json::{Value, json};
use tests::alerts::alert_input;
use tests::{TestApp, spawn_app};

const TAXII: &str = "application/taxii+json;version=2.1";
const STRICT: &str = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";

async fn get(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    accept: Option<&str>,
) -> (u16, String, String) {
    let mut req = app.http.get(app.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(a) = accept {
        req = req.header("accept", a);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let ct = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, ct, res.text().await.unwrap())
}

fn json_of(s: &str) -> Value {
    serde_json::from_str(s).unwrap()
}

#[tokio::test]
async fn an_alert_exports_as_the_same_stix_bundle_each_time_to_those_who_may_see_it() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (named, recipient) = app.with_clinic("DE").await;
    let (_, outsider) = app.with_clinic("DE").await;
    let strict = app
        .with_published_alert(
            &enisa,
            alert_input(
                "strict",
                "AMBER_STRICT",
                json!({ "organisations": [named] }),
            ),
        )
        .await;
    let path = format!("/stix/alerts/{strict}");
    let (status, ct, first) = get(&app, &path, recipient.token(), None).await;
    assert_eq!(
        (status, ct.as_str()),
        (200, "application/stix+json;version=2.1")
    );
    let bundle = json_of(&first);
    assert_eq!(bundle["type"], "bundle");
    let types: Vec<&str> = bundle["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["type"].as_str().unwrap())
        .collect();
    for t in [
        "identity",
        "marking-definition",
        "report",
        "indicator",
        "vulnerability",
    ] {
        assert!(types.contains(&t), "{t} in {types:?}");
    }
    assert!(first.contains(STRICT));
    assert_eq!(
        get(&app, &path, recipient.token(), None).await.2,
        first,
        "re-export is identical"
    );
    assert_eq!(get(&app, &path, outsider.token(), None).await.0, 404);
    assert_eq!(get(&app, &path, None, None).await.0, 404);

    let (status, _, all) = get(&app, "/stix/bundle", outsider.token(), None).await;
    assert_eq!(status, 200);
    assert!(
        !all.contains(STRICT),
        "the outsider's bundle holds no AMBER+STRICT object"
    );
    let (status, _, body) = get(&app, "/stix/bundle?since=yesterday", None, None).await;
    assert_eq!(status, 400);
    assert_eq!(json_of(&body)["error"]["field"], "since");
    let (_, _, later) = get(
        &app,
        "/stix/bundle?since=2999-01-01T00:00:00Z",
        recipient.token(),
        None,
    )
    .await;
    assert!(
        !later.contains("\"report\""),
        "nothing published since then"
    );
}

#[tokio::test]
async fn taxii_lists_the_callers_collections_pages_objects_and_refuses_bad_requests() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (named, recipient) = app.with_clinic("DE").await;
    let (_, outsider) = app.with_clinic("FR").await;
    app.with_published_alert(&enisa, alert_input("clear", "CLEAR", json!({})))
        .await;
    app.with_published_alert(
        &enisa,
        alert_input(
            "strict",
            "AMBER_STRICT",
            json!({ "organisations": [named] }),
        ),
    )
    .await;

    let (status, ct, body) = get(&app, "/taxii2/", None, Some(TAXII)).await;
    assert_eq!((status, ct.as_str()), (200, TAXII));
    assert!(
        json_of(&body)["api_roots"][0]
            .as_str()
            .unwrap()
            .ends_with("/taxii2/api/")
    );
    assert_eq!(
        get(&app, "/taxii2/", None, Some("application/json"))
            .await
            .0,
        406
    );
    assert_eq!(get(&app, "/taxii2/api/", None, Some(TAXII)).await.0, 200);
    let unknown = "/taxii2/api/collections/00000000-0000-0000-0000-000000000000/objects/";
    assert_eq!(get(&app, unknown, None, Some(TAXII)).await.0, 404);

    let (_, _, anon) = get(&app, "/taxii2/api/collections/", None, Some(TAXII)).await;
    let titles: Vec<Value> = json_of(&anon)["collections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].clone())
        .collect();
    assert_eq!(titles, vec![json!("TLP:CLEAR")]);
    let (_, _, mine) = get(
        &app,
        "/taxii2/api/collections/",
        recipient.token(),
        Some(TAXII),
    )
    .await;
    let strict = json_of(&mine)["collections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["title"] == "TLP:AMBER+STRICT")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let objects = format!("/taxii2/api/collections/{strict}/objects/");

    // Paged one at a time, the recipient reads every object of the alert exactly once.
    let mut seen = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let path = match &next {
            Some(n) => format!("{objects}?limit=1&next={n}"),
            None => format!("{objects}?limit=1"),
        };
        let (status, _, body) = get(&app, &path, recipient.token(), Some(TAXII)).await;
        assert_eq!(status, 200);
        let page = json_of(&body);
        seen.extend(
            page["objects"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["id"].as_str().unwrap().to_owned()),
        );
        if page["more"] == json!(true) {
            next = Some(page["next"].as_str().unwrap().to_owned());
        } else {
            break;
        }
    }
    let (_, _, whole) = get(&app, &objects, recipient.token(), Some(TAXII)).await;
    let all: Vec<String> = json_of(&whole)["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(seen, all);
    assert!(all.len() >= 3, "{all:?}");
    let (_, _, reports) = get(
        &app,
        &format!("{objects}?match[type]=report"),
        recipient.token(),
        Some(TAXII),
    )
    .await;
    assert_eq!(json_of(&reports)["objects"].as_array().unwrap().len(), 1);
    let (_, _, manifest) = get(
        &app,
        &format!("/taxii2/api/collections/{strict}/manifest/"),
        recipient.token(),
        Some(TAXII),
    )
    .await;
    assert_eq!(
        json_of(&manifest)["objects"].as_array().unwrap().len(),
        all.len()
    );

    // The outsider reads the same collection empty.
    let (status, _, theirs) = get(&app, &objects, outsider.token(), Some(TAXII)).await;
    assert_eq!(status, 200);
    assert_eq!(json_of(&theirs)["objects"], json!([]));
}

#[tokio::test]
async fn the_atom_feed_lists_the_tlp_clear_alerts_only() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    app.with_published_alert(&enisa, alert_input("Public warning", "CLEAR", json!({})))
        .await;
    app.with_published_alert(&enisa, alert_input("Community warning", "GREEN", json!({})))
        .await;
    let (status, ct, xml) = get(&app, "/alerts.atom", enisa.token(), None).await;
    assert_eq!(status, 200);
    assert!(ct.starts_with("application/atom+xml"), "{ct}");
    assert!(xml.contains("Public warning"));
    assert!(!xml.contains("Community warning"));
}
