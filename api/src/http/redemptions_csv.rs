//! `GET /redemptions.csv`: the redemptions the caller may see as CSV, through the same action
//! and permission as `redemptions` (`redemption.list`: an agency officer its member state's, a
//! service provider its own, a clinic those of its vouchers), with the same filter as query
//! parameters: `status` (`PENDING_PAYMENT` is the agency's payment queue), `programId`,
//! `search`, `redeemedFrom`, `redeemedBefore` (RFC 3339), `recommended` (`true`/`false`).
//! Columns in `docs/vouchers.md`.
use super::csv::{BadParam, Params, bad, cell, document, refused, request, time};
use crate::actions::redemptions::{self, RedemptionFilter};
use crate::state::AppState;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use domain::voucher::RedemptionStatus;
use std::collections::HashMap;
use std::net::SocketAddr;

pub const COLUMNS: [&str; 16] = [
    "reference",
    "redeemed_at",
    "clinic",
    "service_provider",
    "invoice_reference",
    "service_category",
    "invoice_amount",
    "covered_amount",
    "clinic_pays",
    "net_payable",
    "currency",
    "status",
    "recommended",
    "payment_reference",
    "paid_at",
    "redemption_id",
];

fn filter(q: &Params) -> Result<RedemptionFilter, BadParam> {
    let status = q
        .text("status")
        .map(|s| {
            RedemptionStatus::parse(&s).map_err(|_| bad("status", "is PENDING_PAYMENT or PAID"))
        })
        .transpose()?;
    Ok(RedemptionFilter {
        voucher_id: q.id("voucherId")?,
        program_id: q.id("programId")?,
        status,
        search: q.search("search")?,
        redeemed_from: q.instant("redeemedFrom")?,
        redeemed_before: q.instant("redeemedBefore")?,
        recommended: q.flag("recommended")?,
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
    let rows = match redemptions::export(&ctx, &f).await {
        Ok(rows) => rows,
        Err(e) => return refused(e, &rid, "redemptions"),
    };
    let rows = rows
        .into_iter()
        .map(|row| {
            let r = row.redemption;
            let amount = |minor| r.money(minor).amount().to_string();
            vec![
                cell(r.reference.as_deref().unwrap_or_default()),
                time(Some(r.created_at)),
                cell(&row.clinic),
                cell(&row.service_provider),
                cell(&r.invoice_reference),
                r.service_category.as_str().to_owned(),
                amount(r.invoice_minor),
                amount(r.covered_minor),
                amount(r.clinic_pays_minor),
                amount(r.net_payable_minor),
                r.currency.code().to_owned(),
                r.status.as_str().to_owned(),
                r.recommended_by.is_some().to_string(),
                cell(r.payment_reference.as_deref().unwrap_or_default()),
                time(r.paid_at),
                r.id.to_string(),
            ]
        })
        .collect();
    document("redemptions.csv", &COLUMNS, rows)
}
