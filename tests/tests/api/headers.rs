//! Security headers on every response, and how the SPA's files are served: precompressed
//! variants, cache rules, the `index.html` fallback (`api/src/http/security_headers.rs`,
//! `api/src/http/spa.rs`).
use reqwest::Response;
use reqwest::header::HeaderMap;
use tests::{TestApp, fixture_path, spawn_app};

const ASSET: &str = "/assets/app-4f3c2a1b.js";

async fn spa_app() -> TestApp {
    TestApp::builder()
        .static_dir(fixture_path("spa"))
        .spawn()
        .await
}

async fn get(app: &TestApp, path: &str, accept_encoding: Option<&str>) -> Response {
    let mut req = app.http.get(app.url(path));
    if let Some(enc) = accept_encoding {
        req = req.header("accept-encoding", enc);
    }
    req.send().await.unwrap()
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).map(|v| v.to_str().unwrap())
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(fixture_path("spa").join(path.trim_start_matches('/'))).unwrap()
}

fn assert_security_headers(headers: &HeaderMap, what: &str) {
    let csp =
        header(headers, "content-security-policy").unwrap_or_else(|| panic!("no CSP on {what}"));
    let directives: Vec<&str> = csp.split(';').map(str::trim).collect();
    assert!(directives.contains(&"default-src 'self'"), "{what}: {csp}");
    assert!(directives.contains(&"script-src 'self'"), "{what}: {csp}");
    assert!(
        directives.contains(&"frame-ancestors 'none'"),
        "{what}: {csp}"
    );
    assert!(directives.contains(&"object-src 'none'"), "{what}: {csp}");
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
        "{what}: {csp}"
    );
    assert_eq!(
        header(headers, "x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(header(headers, "x-frame-options"), Some("DENY"), "{what}");
    assert_eq!(
        header(headers, "referrer-policy"),
        Some("no-referrer"),
        "{what}"
    );
    let permissions = header(headers, "permissions-policy").unwrap_or_default();
    for feature in ["camera=()", "microphone=()", "geolocation=()"] {
        assert!(permissions.contains(feature), "{what}: {permissions}");
    }
}

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let app = spa_app().await;
    for path in [
        "/",
        "/agency/programmes",
        ASSET,
        "/healthz",
        "/metrics",
        "/no/such/asset.js",
    ] {
        let res = get(&app, path, None).await;
        assert_security_headers(res.headers(), path);
    }
    let res = app
        .http
        .post(app.url("/graphql"))
        .json(&serde_json::json!({ "query": "{ memberStates { code } }" }))
        .send()
        .await
        .unwrap();
    assert_security_headers(res.headers(), "POST /graphql");
    // A refused request too.
    let res = app
        .http
        .post(app.url("/graphql"))
        .header("content-type", "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 415);
    assert_security_headers(res.headers(), "415 from /graphql");
}

#[tokio::test]
async fn hsts_is_sent_in_production_only() {
    let dev = spawn_app().await;
    let res = get(&dev, "/healthz", None).await;
    assert_eq!(header(res.headers(), "strict-transport-security"), None);

    let prod = TestApp::builder().production().spawn().await;
    let res = get(&prod, "/healthz", None).await;
    assert_eq!(
        header(res.headers(), "strict-transport-security"),
        Some("max-age=31536000; includeSubDomains")
    );
    assert_security_headers(res.headers(), "production /healthz");
}

#[tokio::test]
async fn graphiql_alone_goes_without_a_content_security_policy() {
    let app = spawn_app().await;
    let res = get(&app, "/graphiql", None).await;
    assert_eq!(res.status(), 200);
    assert_eq!(header(res.headers(), "content-security-policy"), None);
    assert_eq!(
        header(res.headers(), "x-content-type-options"),
        Some("nosniff")
    );
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_sent_precompressed_as_the_browser_accepts() {
    let app = spa_app().await;
    for (accept, encoding, file) in [
        (Some("gzip, deflate, br"), Some("br"), format!("{ASSET}.br")),
        (Some("gzip"), Some("gzip"), format!("{ASSET}.gz")),
        (None, None, ASSET.to_owned()),
    ] {
        let res = get(&app, ASSET, accept).await;
        assert_eq!(res.status(), 200);
        let headers = res.headers().clone();
        assert_eq!(
            header(&headers, "cache-control"),
            Some("public, max-age=31536000, immutable")
        );
        assert_eq!(header(&headers, "content-encoding"), encoding, "{accept:?}");
        assert!(
            header(&headers, "vary")
                .unwrap_or_default()
                .contains("accept-encoding")
        );
        assert!(
            header(&headers, "content-type")
                .unwrap()
                .contains("javascript")
        );
        assert_eq!(
            res.bytes().await.unwrap().to_vec(),
            fixture(&file),
            "{accept:?}"
        );
    }
}

#[tokio::test]
async fn index_html_is_revalidated_and_serves_every_app_route() {
    let app = spa_app().await;
    for path in ["/", "/index.html", "/agency/programmes/123", "/contact"] {
        let res = get(&app, path, Some("br")).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(
            header(res.headers(), "cache-control"),
            Some("no-cache"),
            "{path}"
        );
        assert_eq!(
            header(res.headers(), "content-encoding"),
            Some("br"),
            "{path}"
        );
        assert_eq!(
            res.bytes().await.unwrap().to_vec(),
            fixture("/index.html.br"),
            "{path}"
        );
    }
    let res = get(&app, "/favicon.svg", None).await;
    assert_eq!(res.status(), 200);
    assert_eq!(header(res.headers(), "cache-control"), Some("no-cache"));
    assert_eq!(res.bytes().await.unwrap().to_vec(), fixture("/favicon.svg"));
}

#[tokio::test]
async fn a_missing_hashed_asset_is_a_404_that_is_never_cached_for_long() {
    let app = spa_app().await;
    let res = get(&app, "/assets/app-00000000.js", Some("gzip, br")).await;
    assert_eq!(res.status(), 404);
    assert_eq!(header(res.headers(), "cache-control"), Some("no-cache"));
}
