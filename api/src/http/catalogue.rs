//! `GET /catalogue.jsonld` (the published catalogue as DCAT-AP JSON-LD) and
//! `GET /training/sessions/{id}.ics` (a session as an RFC 5545 event), both public, through the
//! same actions and permissions as the GraphQL API.
use super::graphql::{context, request_id};
use crate::actions::{catalogue, training};
use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

fn plain(status: StatusCode, msg: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        msg,
    )
        .into_response()
}

fn failure(rid: &str, what: &str, e: ApiError) -> Response {
    match e {
        ApiError::NotFound => plain(StatusCode::NOT_FOUND, "not found"),
        e => {
            tracing::error!(request_id = %rid, error = ?e, "{what}");
            plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
        }
    }
}

pub async fn jsonld(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let rid = request_id(&headers);
    let ctx = match context(&app, &headers, peer, &rid).await {
        Ok(ctx) => ctx,
        Err(_) => return plain(StatusCode::UNAUTHORIZED, "authentication required"),
    };
    match catalogue::export(&ctx).await {
        Ok(doc) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/ld+json")],
            doc.to_string(),
        )
            .into_response(),
        Err(e) => failure(&rid, "catalogue export", e),
    }
}

pub async fn ics(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let rid = request_id(&headers);
    let ctx = match context(&app, &headers, peer, &rid).await {
        Ok(ctx) => ctx,
        Err(_) => return plain(StatusCode::UNAUTHORIZED, "authentication required"),
    };
    let Some(id) = file
        .strip_suffix(".ics")
        .and_then(|s| uuid::Uuid::parse_str(s).ok())
    else {
        return plain(StatusCode::NOT_FOUND, "not found");
    };
    match training::calendar(&ctx, id).await {
        Ok(body) => (
            StatusCode::OK,
            [
                (
                    header::CONTENT_TYPE,
                    "text/calendar; charset=utf-8".to_owned(),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"training-{id}.ics\""),
                ),
            ],
            body,
        )
            .into_response(),
        Err(e) => failure(&rid, "session calendar", e),
    }
}
