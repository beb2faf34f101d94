//! What every CSV export shares: RFC 4180 cells defused against formulas, the filter read from
//! query parameters, the bearer-token context, and one mapping of action errors to statuses.
//! The exports themselves (`ledger_csv`, `review_queue_csv`, `redemptions_csv`) only choose the
//! action and the columns.
use super::graphql::{context, request_id};
use crate::actions::Ctx;
use crate::error::ApiError;
use crate::state::AppState;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use domain::search::SearchText;
use std::collections::HashMap;
use std::net::SocketAddr;

/// RFC 4180 quoting, and a leading `'` before `= + - @` so that a spreadsheet never runs a
/// reference as a formula (CSV injection).
pub(super) fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// An instant as the exports write it (RFC 3339, UTC, microseconds); empty when absent.
pub(super) fn time(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string())
        .unwrap_or_default()
}

pub(super) fn plain(status: StatusCode, msg: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        msg,
    )
        .into_response()
}

/// The caller's context from its bearer token; anonymous callers get 401.
pub(super) async fn caller(
    app: &AppState,
    headers: &HeaderMap,
    peer: SocketAddr,
) -> Result<(Ctx, String), Response> {
    let rid = request_id(headers);
    match context(app, headers, peer, &rid).await {
        Ok(ctx) if ctx.caller.principal.is_some() => Ok((ctx, rid)),
        _ => Err(plain(StatusCode::UNAUTHORIZED, "authentication required")),
    }
}

/// The caller and its filter, read from the query parameters by `filter`: what an export needs
/// before it calls its action (401 without a token, 400 for a malformed parameter).
pub(super) async fn request<F>(
    app: &AppState,
    headers: &HeaderMap,
    peer: SocketAddr,
    query: HashMap<String, String>,
    filter: fn(&Params) -> Result<F, BadParam>,
) -> Result<(Ctx, String, F), Response> {
    let (ctx, rid) = caller(app, headers, peer).await?;
    let f = filter(&Params(query)).map_err(IntoResponse::into_response)?;
    Ok((ctx, rid, f))
}

/// An action's refusal as a status: what is out of scope is 404, as what does not exist.
pub(super) fn refused(e: ApiError, rid: &str, export: &'static str) -> Response {
    match e {
        ApiError::NotFound => plain(StatusCode::NOT_FOUND, "not found"),
        ApiError::Forbidden => plain(StatusCode::FORBIDDEN, "not allowed"),
        ApiError::Unauthenticated => plain(StatusCode::UNAUTHORIZED, "authentication required"),
        e => {
            tracing::error!(request_id = %rid, error = ?e, export, "CSV export");
            plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
        }
    }
}

/// A CSV document: the header row, then the rows, CRLF after each.
pub(super) fn document(filename: &str, columns: &[&str], rows: Vec<Vec<String>>) -> Response {
    let mut out = columns.join(",");
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        out,
    )
        .into_response()
}

/// An export's filter, read from its query parameters; a malformed one is [`BadParam`].
pub(super) struct Params(pub HashMap<String, String>);

impl Params {
    /// A queue's free-text search (`domain::search::SearchText`).
    pub fn search(&self, k: &'static str) -> Result<Option<SearchText>, BadParam> {
        SearchText::parse(k, self.0.get(k).map(String::as_str))
            .map_err(|e| BadParam(e.field, e.message))
    }

    pub fn text(&self, k: &str) -> Option<String> {
        self.0.get(k).cloned()
    }

    pub fn id(&self, k: &'static str) -> Result<Option<uuid::Uuid>, BadParam> {
        self.0
            .get(k)
            .map(|v| uuid::Uuid::parse_str(v).map_err(|_| bad(k, "is not an id")))
            .transpose()
    }

    /// An RFC 3339 instant.
    pub fn instant(&self, k: &'static str) -> Result<Option<DateTime<Utc>>, BadParam> {
        self.0
            .get(k)
            .map(|v| {
                DateTime::parse_from_rfc3339(v)
                    .map(|d| d.with_timezone(&Utc))
                    .map_err(|_| bad(k, "is not an RFC 3339 date"))
            })
            .transpose()
    }

    pub fn flag(&self, k: &'static str) -> Result<Option<bool>, BadParam> {
        match self.0.get(k).map(String::as_str) {
            None => Ok(None),
            Some("true") => Ok(Some(true)),
            Some("false") => Ok(Some(false)),
            Some(_) => Err(bad(k, "is true or false")),
        }
    }
}

/// A malformed query parameter: 400 naming it and what is wrong with it.
#[derive(Debug)]
pub(super) struct BadParam(&'static str, String);

pub(super) fn bad(k: &'static str, what: &str) -> BadParam {
    BadParam(k, what.to_owned())
}

impl IntoResponse for BadParam {
    fn into_response(self) -> Response {
        (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("{} {}", self.0, self.1),
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_formulas_are_defused() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-5"), "'-5");
    }
}
