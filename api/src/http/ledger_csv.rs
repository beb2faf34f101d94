//! `GET /programs/{id}/ledger.csv`: a programme's ledger as CSV, authorised like the GraphQL
//! API (a bearer token of the programme's agency, ENISA or the platform admin). Columns are
//! documented in `docs/funds.md`.
use super::auth::authenticate;
use super::graphql::request_id;
use crate::graphql::context::RequestContext;
use crate::state::AppState;
use crate::store::audit;
use crate::store::ledger;
use crate::store::programmes;
use crate::store::tenancy::manages;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::account::Role;
use domain::ledger::Balances;
use std::net::SocketAddr;

pub const COLUMNS: [&str; 12] = [
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
];

/// RFC 4180 quoting, and a leading `'` before `= + - @` so that a spreadsheet never runs a
/// reference as a formula (CSV injection).
fn cell(s: &str) -> String {
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

fn plain(status: StatusCode, msg: &'static str) -> Response {
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
    let auth = headers
        .get(header::AUTHORIZATION)
        .map(|v| v.to_str().unwrap_or("\u{0}"));
    let principal = match authenticate(&app, auth).await {
        Ok(Some(p)) => p,
        Ok(None) | Err(_) => return plain(StatusCode::UNAUTHORIZED, "authentication required"),
    };
    let ctx = RequestContext {
        principal: Some(principal.clone()),
        request_id: rid,
        client_ip: peer.ip().to_string(),
    };
    let Ok(uuid) = uuid::Uuid::parse_str(&id) else {
        return plain(StatusCode::NOT_FOUND, "not found");
    };
    let allowed_role = matches!(
        principal.role,
        Role::AgencyOfficer | Role::EnisaStaff | Role::PlatformAdmin
    );
    let prog = match programmes::get(app.store.db(), uuid).await {
        Ok(p) => p,
        Err(e) => {
            tracing::error!(error = %e, "ledger export");
            return plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error");
        }
    };
    let exists = prog.is_some();
    let Some(prog) =
        prog.filter(|p| allowed_role && manages(&principal.scope, p.member_state.code()))
    else {
        // A probe of a programme that exists is audited; a typo is just not found.
        if exists {
            let reason = if allowed_role { "out_of_scope" } else { "role" };
            let _ = audit::record_denial(
                &app.store,
                &ctx.actor(),
                "funds.export",
                "VoucherProgram",
                Some(uuid.to_string()),
                reason,
            )
            .await;
        }
        return plain(StatusCode::NOT_FOUND, "not found");
    };
    let entries = match ledger::all(app.store.db(), prog.id).await {
        Ok(e) => e,
        Err(e) => {
            tracing::error!(error = %e, "ledger export");
            return plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error");
        }
    };
    let mut out = COLUMNS.join(",");
    out.push_str("\r\n");
    for e in entries {
        let after = Balances {
            allocated: e.allocated_after,
            committed: e.committed_after,
            disbursed: e.disbursed_after,
        };
        let row = [
            e.id.to_string(),
            e.created_at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string(),
            e.kind.clone(),
            prog.money(e.amount_minor).amount().to_string(),
            e.currency.clone(),
            cell(&e.reference),
            e.voucher_id.map(|v| v.to_string()).unwrap_or_default(),
            e.actor_id.map(|v| v.to_string()).unwrap_or_default(),
            prog.money(after.allocated).amount().to_string(),
            prog.money(after.committed).amount().to_string(),
            prog.money(after.disbursed).amount().to_string(),
            prog.money(after.available()).amount().to_string(),
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
