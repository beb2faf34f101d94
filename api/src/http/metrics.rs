//! `/metrics` and the middleware that feeds it (the counters live in `crate::metrics`).
use crate::metrics::Metrics;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Instant;

/// Middleware: times every request, labelled by its route template (never by raw path).
pub async fn track(
    State(metrics): State<std::sync::Arc<Metrics>>,
    req: Request,
    next: Next,
) -> Response {
    let start = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let res = next.run(req).await;
    metrics.observe(
        &method,
        &route,
        res.status().as_u16(),
        start.elapsed().as_secs_f64(),
    );
    res
}

/// The Prometheus text. With `CYBERHEALTH_METRICS_TOKEN` set, only for a caller that sends it
/// as a bearer token (compared in constant time); without one, open in development and not
/// served (404) in production.
pub async fn handler(
    State(app): State<crate::state::AppState>,
    headers: axum::http::HeaderMap,
) -> Response {
    match &app.settings.metrics_token {
        Some(token) => {
            let sent = headers
                .get(axum::http::header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .unwrap_or_default();
            if !constant_time_eq(sent.as_bytes(), token.as_bytes()) {
                tracing::warn!("/metrics refused: missing or wrong bearer token");
                return (
                    axum::http::StatusCode::UNAUTHORIZED,
                    [(axum::http::header::WWW_AUTHENTICATE, "Bearer")],
                )
                    .into_response();
            }
        }
        None if app.settings.is_production() => {
            return axum::http::StatusCode::NOT_FOUND.into_response();
        }
        None => {}
    }
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4",
        )],
        format!(
            "{}# HELP db_statements_total SQL statements issued by this process.\n\
             # TYPE db_statements_total counter\ndb_statements_total {}\n",
            app.metrics.render(),
            app.store.statements()
        ),
    )
        .into_response()
}

/// Equal length and equal bytes, without an early exit on the first difference.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
