//! `GET /review-queue.csv`: the agency's review queue as CSV, through the same action and
//! permission as `reviewQueue` (`application.queue`: an agency officer's bearer token), with
//! the same filter as query parameters: `programId`, `search`, `submittedFrom`,
//! `submittedBefore` (RFC 3339), `recommended` (`true`/`false`). Columns in `docs/vouchers.md`.
use super::graphql::{context, request_id};
use super::ledger_csv::{cell, plain};
use crate::actions::applications::{self, ApplicationFilter};
use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::net::SocketAddr;

pub const COLUMNS: [&str; 9] = [
    "reference",
    "submitted_at",
    "organisation",
    "requested_amount",
    "currency",
    "cutoff",
    "recommended",
    "recommended_amount",
    "application_id",
];

fn filter(q: &HashMap<String, String>) -> Result<ApplicationFilter, &'static str> {
    let at = |k: &str| -> Result<Option<DateTime<Utc>>, &'static str> {
        q.get(k)
            .map(|v| {
                DateTime::parse_from_rfc3339(v)
                    .map(|d| d.with_timezone(&Utc))
                    .map_err(|_| "a date is not RFC 3339")
            })
            .transpose()
    };
    Ok(ApplicationFilter {
        program_id: q
            .get("programId")
            .map(|v| uuid::Uuid::parse_str(v).map_err(|_| "programId is not an id"))
            .transpose()?,
        status: None,
        search: q.get("search").cloned(),
        submitted_from: at("submittedFrom")?,
        submitted_before: at("submittedBefore")?,
        recommended: match q.get("recommended").map(String::as_str) {
            None => None,
            Some("true") => Some(true),
            Some("false") => Some(false),
            Some(_) => return Err("recommended is true or false"),
        },
        sme_columns: false,
    })
}

pub async fn export(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let rid = request_id(&headers);
    let ctx = match context(&app, &headers, peer, &rid).await {
        Ok(ctx) if ctx.caller.principal.is_some() => ctx,
        _ => return plain(StatusCode::UNAUTHORIZED, "authentication required"),
    };
    let f = match filter(&q) {
        Ok(f) => f,
        Err(msg) => return plain(StatusCode::BAD_REQUEST, msg),
    };
    let rows = match applications::queue_export(&ctx, &f).await {
        Ok(rows) => rows,
        Err(ApiError::Forbidden) => return plain(StatusCode::FORBIDDEN, "not allowed"),
        Err(ApiError::Unauthenticated) => {
            return plain(StatusCode::UNAUTHORIZED, "authentication required");
        }
        Err(e) => {
            tracing::error!(request_id = %rid, error = ?e, "review queue export");
            return plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error");
        }
    };
    let mut out = COLUMNS.join(",");
    out.push_str("\r\n");
    let time = |t: Option<DateTime<Utc>>| {
        t.map(|t| t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string())
            .unwrap_or_default()
    };
    for r in rows {
        let a = r.application;
        let row = [
            cell(a.reference.as_deref().unwrap_or_default()),
            time(a.submitted_at),
            cell(&r.organisation),
            a.money(a.requested_minor).amount().to_string(),
            a.currency.code().to_owned(),
            time(a.cutoff),
            a.recommendation.is_some().to_string(),
            a.recommendation
                .map(|x| a.money(x.amount_minor).amount().to_string())
                .unwrap_or_default(),
            a.id.to_string(),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"review-queue.csv\"".to_owned(),
            ),
        ],
        out,
    )
        .into_response()
}
