//! `GET /review-queue.csv`: the agency's review queue as CSV, through the same action and
//! permission as `reviewQueue` (`application.queue`: an agency officer's bearer token), with
//! the same filter as query parameters: `programId`, `search`, `submittedFrom`,
//! `submittedBefore` (RFC 3339), `recommended` (`true`/`false`). Columns in `docs/vouchers.md`.
use super::csv::{BadParam, Params, cell, document, refused, request, time};
use crate::actions::applications::{self, ApplicationFilter};
use crate::state::AppState;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
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

fn filter(q: &Params) -> Result<ApplicationFilter, BadParam> {
    Ok(ApplicationFilter {
        program_id: q.id("programId")?,
        status: None,
        search: q.search("search")?,
        submitted_from: q.instant("submittedFrom")?,
        submitted_before: q.instant("submittedBefore")?,
        recommended: q.flag("recommended")?,
        sme_columns: false,
    })
}

pub async fn export(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let (ctx, rid, f) = match request(&app, &headers, peer, q, filter).await {
        Ok(found) => found,
        Err(refusal) => return refusal,
    };
    let rows = match applications::queue_export(&ctx, &f).await {
        Ok(rows) => rows,
        Err(e) => return refused(e, &rid, "review queue"),
    };
    let rows = rows
        .into_iter()
        .map(|r| {
            let a = r.application;
            vec![
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
            ]
        })
        .collect();
    document("review-queue.csv", &COLUMNS, rows)
}
