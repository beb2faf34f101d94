//! `GET /programs/{id}/ledger.csv`: a programme's ledger as CSV, through the same action and
//! permission as the GraphQL API (`funds.export`: a bearer token of the programme's agency,
//! ENISA or the platform admin). Columns are documented in `docs/funds.md`.
use super::csv::{caller, cell, document, plain, refused, time};
use crate::actions::funds;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
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

pub async fn export(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let (ctx, rid) = match caller(&app, &headers, peer).await {
        Ok(found) => found,
        Err(refusal) => return refusal,
    };
    let Ok(uuid) = uuid::Uuid::parse_str(&id) else {
        return plain(StatusCode::NOT_FOUND, "not found");
    };
    let (prog, entries) = match funds::export(&ctx, uuid).await {
        Ok(found) => found,
        Err(e) => return refused(e, &rid, "ledger"),
    };
    let rows = entries
        .into_iter()
        .map(|e| {
            let after = e.after;
            vec![
                e.id.to_string(),
                time(Some(e.created_at)),
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
            ]
        })
        .collect();
    let filename = format!(
        "ledger-{}-{}.csv",
        prog.member_state.code(),
        prog.code.as_str()
    );
    document(&filename, &COLUMNS, rows)
}
