//! `GET /programs/{id}/ledger.csv`: a programme's ledger as CSV, through the same action and
//! permission as the GraphQL API (`funds.export`: a bearer token of the programme's agency,
//! ENISA or the platform admin). Columns are documented in `docs/funds.md`.
use super::graphql::{context, request_id};
use crate::actions::funds;
use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

pub const COLUMNS: [&str; 13] = [
    "entry_id",
    "created_at",
    "kind",
    "amount",
    "currency",
    "reference",
    "voucher_id",
    "actor_id",
    "allocated_after",
    "committed_after",
    "disbursed_after",
    "available_after",
    "voucher_reference",
];

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

pub(super) fn plain(status: StatusCode, msg: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        msg,
    )
        .into_response()
}

pub async fn export(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let rid = request_id(&headers);
    let ctx = match context(&app, &headers, peer, &rid).await {
        Ok(ctx) if ctx.caller.principal.is_some() => ctx,
        _ => return plain(StatusCode::UNAUTHORIZED, "authentication required"),
    };
    let Ok(uuid) = uuid::Uuid::parse_str(&id) else {
        return plain(StatusCode::NOT_FOUND, "not found");
    };
    let (prog, entries) = match funds::export(&ctx, uuid).await {
        Ok(found) => found,
        Err(ApiError::NotFound) => return plain(StatusCode::NOT_FOUND, "not found"),
        Err(ApiError::Unauthenticated) => {
            return plain(StatusCode::UNAUTHORIZED, "authentication required");
        }
        Err(e) => {
            tracing::error!(request_id = %rid, error = ?e, "ledger export");
            return plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error");
        }
    };
    let mut out = COLUMNS.join(",");
    out.push_str("\r\n");
    for e in entries {
        let after = e.after;
        let row = [
            e.id.to_string(),
            e.created_at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string(),
            e.kind.as_str().to_owned(),
            e.amount().amount().to_string(),
            e.currency.code().to_owned(),
            cell(&e.reference),
            e.voucher_id.map(|v| v.to_string()).unwrap_or_default(),
            e.actor_id.map(|v| v.to_string()).unwrap_or_default(),
            prog.money(after.allocated).amount().to_string(),
            prog.money(after.committed).amount().to_string(),
            prog.money(after.disbursed).amount().to_string(),
            prog.money(after.available()).amount().to_string(),
            cell(e.voucher_reference.as_deref().unwrap_or_default()),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    let filename = format!(
        "attachment; filename=\"ledger-{}-{}.csv\"",
        prog.member_state.code(),
        prog.code.as_str()
    );
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, filename),
        ],
        out,
    )
        .into_response()
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
