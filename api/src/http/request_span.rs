//! Every request runs in a `request` span carrying its id, so every log line of the request
//! names it (`logging.rs`). The id is the client's `x-request-id` when it is sane (letters,
//! digits and `-`, at most 64), else a new UUIDv7; it is written back into the request's headers
//! so that handlers, the audit trail and the response all use the same one.
use super::graphql::request_id;
use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;

pub async fn span(mut req: Request, next: Next) -> Response {
    let rid = request_id(req.headers());
    if let Ok(v) = HeaderValue::from_str(&rid) {
        req.headers_mut().insert("x-request-id", v);
    }
    let span = tracing::info_span!("request", request_id = %rid, method = %req.method());
    let mut res = next.run(req).instrument(span).await;
    if let Ok(v) = HeaderValue::from_str(&rid) {
        res.headers_mut().insert("x-request-id", v);
    }
    res
}
