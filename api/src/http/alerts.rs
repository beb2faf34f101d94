//! REST exports of the early-warning service, through `actions::alert_exports` with the same
//! bearer tokens and TLP filtering as GraphQL: `GET /stix/alerts/{id}`,
//! `GET /stix/bundle?since=…` (STIX 2.1) and `GET /alerts.atom` (TLP:CLEAR as Atom).
use super::graphql::{context, request_id};
use crate::actions::{Ctx, alert_exports};
use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use std::net::SocketAddr;

pub const STIX_MEDIA_TYPE: &str = "application/stix+json;version=2.1";

/// The JSON error shape of the API with the error's status.
pub fn error(e: &ApiError, rid: &str) -> Response {
    let status = match e {
        ApiError::Unauthenticated => StatusCode::UNAUTHORIZED,
        ApiError::Forbidden => StatusCode::FORBIDDEN,
        ApiError::NotFound => StatusCode::NOT_FOUND,
        ApiError::Validation { .. } => StatusCode::BAD_REQUEST,
        ApiError::Internal(cause) => {
            tracing::error!(request_id = %rid, cause = %cause, "alert export");
            StatusCode::INTERNAL_SERVER_ERROR
        }
        _ => StatusCode::CONFLICT,
    };
    let field = match e {
        ApiError::Validation { field, .. } => Some(field.clone()),
        _ => None,
    };
    let body = serde_json::json!({
        "error": { "code": e.code(), "message": e.message(), "field": field, "requestId": rid }
    });
    (status, axum::Json(body)).into_response()
}

/// The request's action context (anonymous without a token; a bad token is a 401).
pub async fn ctx_of(
    app: &AppState,
    headers: &HeaderMap,
    peer: SocketAddr,
) -> Result<(Ctx, String), Response> {
    let rid = request_id(headers);
    let ctx = context(app, headers, peer, &rid).await?;
    Ok((ctx, rid))
}

fn body(result: Result<String, ApiError>, media_type: &'static str, rid: &str) -> Response {
    match result {
        Ok(s) => ([(header::CONTENT_TYPE, media_type)], s).into_response(),
        Err(e) => error(&e, rid),
    }
}

pub async fn stix_alert(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let (ctx, rid) = match ctx_of(&app, &headers, peer).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let Ok(id) = uuid::Uuid::parse_str(&id) else {
        return error(&ApiError::NotFound, &rid);
    };
    body(
        alert_exports::stix_alert(&ctx, id).await,
        STIX_MEDIA_TYPE,
        &rid,
    )
}

#[derive(serde::Deserialize)]
pub struct Since {
    since: Option<String>,
}

pub async fn stix_bundle(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<Since>,
) -> Response {
    let (ctx, rid) = match ctx_of(&app, &headers, peer).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let since = match q
        .since
        .as_deref()
        .map(DateTime::parse_from_rfc3339)
        .transpose()
    {
        Ok(s) => s.map(|s| s.with_timezone(&Utc)),
        Err(_) => {
            let e = ApiError::validation(
                "since",
                "must be an RFC 3339 timestamp, e.g. 2026-12-01T00:00:00Z",
            );
            return error(&e, &rid);
        }
    };
    body(
        alert_exports::stix_bundle(&ctx, since).await,
        STIX_MEDIA_TYPE,
        &rid,
    )
}

/// The site's base URL for links: the request's own host.
fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}

pub async fn atom(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let (ctx, rid) = match ctx_of(&app, &headers, peer).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let base = base_url(&headers);
    body(
        alert_exports::atom(&ctx, &base).await,
        "application/atom+xml; charset=utf-8",
        &rid,
    )
}
