//! TAXII 2.1 (OASIS) under `/taxii2/`: discovery, one API root (`/taxii2/api/`), a read-only
//! collection per TLP level the caller may read, its `objects` (with `added_after`, `limit`,
//! `next` and `match[type]`) and `manifest`. Authentication is the API's bearer token;
//! visibility is `actions::alert_exports` (the same TLP rule as GraphQL). Responses are
//! `application/taxii+json;version=2.1`; a request that does not accept it is answered 406, an
//! unknown collection 404.
use super::alerts::{STIX_MEDIA_TYPE, ctx_of, error};
use crate::actions::alert_exports::{self, CollectionObject};
use crate::error::ApiError;
use crate::state::AppState;
use axum::Router;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use domain::alert::stix::timestamp;
use domain::alert::tlp::Tlp;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::net::SocketAddr;

pub const TAXII_MEDIA_TYPE: &str = "application/taxii+json;version=2.1";
/// The most objects one page holds.
pub const MAX_PAGE: usize = 1000;

/// The fixed id of each TLP level's collection.
const COLLECTIONS: [(Tlp, &str); 5] = [
    (Tlp::Clear, "6c3a3a5e-6d1f-4c8e-9a0b-1c2d3e4f5a01"),
    (Tlp::Green, "6c3a3a5e-6d1f-4c8e-9a0b-1c2d3e4f5a02"),
    (Tlp::Amber, "6c3a3a5e-6d1f-4c8e-9a0b-1c2d3e4f5a03"),
    (Tlp::AmberStrict, "6c3a3a5e-6d1f-4c8e-9a0b-1c2d3e4f5a04"),
    (Tlp::Red, "6c3a3a5e-6d1f-4c8e-9a0b-1c2d3e4f5a05"),
];

fn collection_id(t: Tlp) -> &'static str {
    COLLECTIONS
        .iter()
        .find(|(m, _)| *m == t)
        .map_or("", |(_, id)| id)
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/taxii2/", get(discovery))
        .route("/taxii2/api/", get(api_root))
        .route("/taxii2/api/collections/", get(collections))
        .route("/taxii2/api/collections/{id}/", get(collection))
        .route("/taxii2/api/collections/{id}/objects/", get(objects))
        .route("/taxii2/api/collections/{id}/manifest/", get(manifest))
}

fn taxii(status: StatusCode, body: Value) -> Response {
    let mut r = (status, body.to_string()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(TAXII_MEDIA_TYPE),
    );
    r
}

/// TAXII's error message shape, with the media type.
fn taxii_error(status: StatusCode, title: &str) -> Response {
    taxii(
        status,
        json!({ "title": title, "http_status": status.as_str() }),
    )
}

/// Whether the client accepts TAXII 2.1 (no Accept header: yes).
fn accepts(headers: &HeaderMap) -> bool {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    accept.split(',').any(|m| {
        let m = m.trim().replace(' ', "").to_ascii_lowercase();
        m == "*/*" || m == "application/taxii+json" || m.starts_with(TAXII_MEDIA_TYPE)
    })
}

/// The caller's context, or the 406 / 401 answer.
async fn start(
    app: &AppState,
    headers: &HeaderMap,
    peer: SocketAddr,
) -> Result<(crate::actions::Ctx, String), Response> {
    if !accepts(headers) {
        return Err(taxii_error(
            StatusCode::NOT_ACCEPTABLE,
            "Accept application/taxii+json;version=2.1",
        ));
    }
    ctx_of(app, headers, peer).await
}

fn base(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    format!("http://{host}")
}

async fn discovery(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = start(&app, &headers, peer).await {
        return r;
    }
    let root = format!("{}/taxii2/api/", base(&headers));
    taxii(
        StatusCode::OK,
        json!({
            "title": "CyberHealth early-warning service",
            "description": "ENISA's alerts to hospitals, by TLP 2.0",
            "default": root,
            "api_roots": [root],
        }),
    )
}

async fn api_root(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = start(&app, &headers, peer).await {
        return r;
    }
    taxii(
        StatusCode::OK,
        json!({
            "title": "Alerts",
            "versions": [TAXII_MEDIA_TYPE],
            "max_content_length": 10_485_760,
        }),
    )
}

fn collection_json(t: Tlp) -> Value {
    json!({
        "id": collection_id(t),
        "title": t.label(),
        "description": format!("Alerts marked {} that you may see", t.label()),
        "can_read": true,
        "can_write": false,
        "media_types": [STIX_MEDIA_TYPE],
    })
}

async fn collections(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let (ctx, rid) = match start(&app, &headers, peer).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match alert_exports::collections(&ctx).await {
        Ok(levels) => taxii(
            StatusCode::OK,
            json!({ "collections": levels.into_iter().map(collection_json).collect::<Vec<_>>() }),
        ),
        Err(e) => error(&e, &rid),
    }
}

/// The TLP level of a collection the caller may read, or the 404.
async fn readable(ctx: &crate::actions::Ctx, id: &str) -> Result<Tlp, Response> {
    let not_found = || taxii_error(StatusCode::NOT_FOUND, "no such collection");
    let Some((t, _)) = COLLECTIONS.iter().find(|(_, c)| *c == id) else {
        return Err(not_found());
    };
    match alert_exports::collections(ctx).await {
        Ok(levels) if levels.contains(t) => Ok(*t),
        Ok(_) => Err(not_found()),
        Err(e) => Err(error(&e, &ctx.caller.request_id)),
    }
}

async fn collection(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let (ctx, _) = match start(&app, &headers, peer).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match readable(&ctx, &id).await {
        Ok(t) => taxii(StatusCode::OK, collection_json(t)),
        Err(r) => r,
    }
}

/// One page of a collection after the filters: `added_after`, `match[type]`, `limit`, `next`
/// (the offset into the filtered list, as given out).
struct PageOf {
    items: Vec<CollectionObject>,
    more: bool,
    next: Option<String>,
}

fn page(all: Vec<CollectionObject>, q: &HashMap<String, String>) -> Result<PageOf, ApiError> {
    let added_after = match q.get("added_after") {
        Some(s) => Some(
            DateTime::parse_from_rfc3339(s)
                .map_err(|_| ApiError::validation("added_after", "must be an RFC 3339 timestamp"))?
                .with_timezone(&Utc),
        ),
        None => None,
    };
    let types: Option<Vec<&str>> = q.get("match[type]").map(|t| t.split(',').collect());
    let limit = match q.get("limit") {
        Some(l) => l
            .parse::<usize>()
            .ok()
            .filter(|l| *l > 0)
            .ok_or_else(|| ApiError::validation("limit", "must be a positive number"))?
            .min(MAX_PAGE),
        None => MAX_PAGE,
    };
    let start = match q.get("next") {
        Some(n) => n
            .parse::<usize>()
            .map_err(|_| ApiError::validation("next", "is not a value this server gave out"))?,
        None => 0,
    };
    let filtered: Vec<CollectionObject> = all
        .into_iter()
        .filter(|o| added_after.is_none_or(|a| o.date_added > a))
        .filter(|o| {
            types
                .as_ref()
                .is_none_or(|t| t.contains(&o.object["type"].as_str().unwrap_or_default()))
        })
        .collect();
    let total = filtered.len();
    let items: Vec<CollectionObject> = filtered.into_iter().skip(start).take(limit).collect();
    let end = start + items.len();
    let more = end < total;
    Ok(PageOf {
        items,
        more,
        next: more.then(|| end.to_string()),
    })
}

/// The page's headers `X-TAXII-Date-Added-First` and `-Last`.
fn with_dates(mut r: Response, items: &[CollectionObject]) -> Response {
    for (name, item) in [
        ("x-taxii-date-added-first", items.first()),
        ("x-taxii-date-added-last", items.last()),
    ] {
        if let Some(v) = item.and_then(|o| HeaderValue::from_str(&timestamp(o.date_added)).ok()) {
            r.headers_mut().insert(name, v);
        }
    }
    r
}

async fn load_page(
    app: &AppState,
    headers: &HeaderMap,
    peer: SocketAddr,
    id: &str,
    q: &HashMap<String, String>,
) -> Result<PageOf, Response> {
    let (ctx, rid) = start(app, headers, peer).await?;
    let t = readable(&ctx, id).await?;
    let all = alert_exports::collection_objects(&ctx, t)
        .await
        .map_err(|e| error(&e, &rid))?;
    page(all, q).map_err(|e| error(&e, &rid))
}

async fn objects(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let p = match load_page(&app, &headers, peer, &id, &q).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let mut body = json!({
        "more": p.more,
        "objects": p.items.iter().map(|o| o.object.clone()).collect::<Vec<_>>(),
    });
    if let Some(n) = &p.next {
        body["next"] = json!(n);
    }
    with_dates(taxii(StatusCode::OK, body), &p.items)
}

async fn manifest(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let p = match load_page(&app, &headers, peer, &id, &q).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let objects: Vec<Value> = (p.items.iter())
        .map(|o| {
            json!({
                "id": o.object["id"],
                "date_added": timestamp(o.date_added),
                "version": o.object["modified"],
                "media_type": STIX_MEDIA_TYPE,
            })
        })
        .collect();
    let mut body = json!({ "more": p.more, "objects": objects });
    if let Some(n) = &p.next {
        body["next"] = json!(n);
    }
    with_dates(taxii(StatusCode::OK, body), &p.items)
}
