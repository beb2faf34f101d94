//! Attachments over REST (`docs/attachments.md`), through `actions::attachments`:
//! - `POST /applications/{id}/attachments` and `POST /redemptions/{id}/attachments`: the raw
//!   file as the body, its `Content-Type` the declared type, `?name=quote.pdf` its file name
//!   and `?kind=QUOTE|INVOICE` (optional). A body limit of 10 MB on these routes only; a
//!   larger body is refused (413, `VALIDATION`, field `file`) without being read whole.
//!   201 with the attachment as JSON (`id`, `kind`, `name`, `contentType`, `sizeBytes`,
//!   `sha256`, `createdAt`).
//! - `GET /attachments/{id}`: the content with the bearer token, as a download
//!   (`Content-Disposition: attachment`), its type read from the content, never cached.
//!   Anyone who may not see it gets the same 404 as for a missing one.
//!
//! Errors have the GraphQL errors' JSON shape (`{"errors":[{"message","extensions":{"code",
//! "field"}}]}`) with an HTTP status per code.
use super::graphql::{context, request_id};
use crate::actions::attachments::{self, Attachment, ParentId, Upload};
use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use bytes::Bytes;
use domain::attachment::MAX_BYTES;
use serde_json::json;
use std::collections::HashMap;
use std::net::SocketAddr;
use uuid::Uuid;

/// The routes, each upload route with its own body limit.
pub fn router() -> Router<AppState> {
    // A file of exactly 10 MB is read; one byte more is refused by the limit (413) before
    // the body is read whole.
    let limit = DefaultBodyLimit::max(MAX_BYTES);
    Router::new()
        .route(
            "/applications/{id}/attachments",
            post(upload_to_application).layer(limit),
        )
        .route(
            "/redemptions/{id}/attachments",
            post(upload_to_redemption).layer(limit),
        )
        .route("/attachments/{id}", get(download))
}

fn status(e: &ApiError) -> StatusCode {
    match e {
        ApiError::Unauthenticated => StatusCode::UNAUTHORIZED,
        ApiError::Forbidden => StatusCode::FORBIDDEN,
        ApiError::NotFound => StatusCode::NOT_FOUND,
        ApiError::Validation { .. } => StatusCode::BAD_REQUEST,
        ApiError::Conflict(_) | ApiError::InvalidStateTransition(_) => StatusCode::CONFLICT,
        ApiError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn error(e: &ApiError, rid: &str) -> Response {
    let mut extensions = json!({ "code": e.code() });
    if let ApiError::Validation { field, .. } = e {
        extensions["field"] = json!(field);
    }
    let message = if let ApiError::Internal(cause) = e {
        tracing::error!(request_id = %rid, cause = %cause, "attachment");
        "internal error".to_owned()
    } else {
        e.message()
    };
    let body = json!({ "errors": [{ "message": message, "extensions": extensions }] });
    (status(e), Json(body)).into_response()
}

/// The attachment as JSON (the upload's answer; the GraphQL type has the same fields).
fn describe(a: &Attachment) -> serde_json::Value {
    json!({
        "id": a.id,
        "kind": a.kind.as_str(),
        "name": a.name,
        "contentType": a.file_type.media_type(),
        "sizeBytes": a.size_bytes,
        "sha256": a.sha256,
        "createdAt": a.created_at,
    })
}

async fn upload_to_application(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let parent = Uuid::parse_str(&id).ok().map(ParentId::Application);
    upload(app, peer, parent, headers, q, body).await
}

async fn upload_to_redemption(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let parent = Uuid::parse_str(&id).ok().map(ParentId::Redemption);
    upload(app, peer, parent, headers, q, body).await
}

async fn upload(
    app: AppState,
    peer: SocketAddr,
    parent: Option<ParentId>,
    headers: HeaderMap,
    q: HashMap<String, String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let rid = request_id(&headers);
    let ctx = match context(&app, &headers, peer, &rid).await {
        Ok(ctx) => ctx,
        Err(res) => return res,
    };
    let Some(parent) = parent else {
        return error(&ApiError::NotFound, &rid);
    };
    let bytes = match body {
        Ok(b) => b,
        Err(r) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            let e = ApiError::validation("file", "the file is larger than 10 MB");
            let mut res = error(&e, &rid);
            *res.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            return res;
        }
        Err(_) => {
            return error(
                &ApiError::validation("file", "the file could not be read"),
                &rid,
            );
        }
    };
    let declared_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let up = Upload {
        parent,
        declared_type,
        name: q.get("name").cloned().unwrap_or_default(),
        kind: q.get("kind").cloned(),
        size: bytes.len(),
        bytes,
    };
    match attachments::upload(&ctx, up).await {
        Ok(a) => (StatusCode::CREATED, Json(describe(&a))).into_response(),
        Err(e) => error(&e, &rid),
    }
}

/// `filename="…"` (ASCII, others as `_`) and `filename*=UTF-8''…` (RFC 6266, RFC 5987).
fn disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            encoded.push(char::from(b));
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

async fn download(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let rid = request_id(&headers);
    let ctx = match context(&app, &headers, peer, &rid).await {
        Ok(ctx) => ctx,
        Err(res) => return res,
    };
    let Ok(id) = Uuid::parse_str(&id) else {
        return error(&ApiError::NotFound, &rid);
    };
    let (a, bytes) = match attachments::download(&ctx, id).await {
        Ok(found) => found,
        Err(e) => return error(&e, &rid),
    };
    let mut res = (StatusCode::OK, bytes).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(a.file_type.media_type()),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition(&a.name)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    if let Ok(v) = HeaderValue::from_str(&a.sha256) {
        h.insert("x-content-sha256", v);
    }
    res
}
