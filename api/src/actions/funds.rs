//! A programme's funds: budget allocated and removed by its agency, the ledger and its monthly
//! summary, and the ledger's CSV export. Every movement is one conditional update of the
//! balances, a ledger entry and an audit row (`store/ledger.rs`).
use super::money::minor_units;
use super::programmes::{funds_visible, managed};
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use crate::store::ledger::{self as repo, Movement, Posting, Refusal};
use crate::store::page::{Page, PageRequest};
use crate::store::programmes::{self, Programme};
use crate::store::tenancy::manages;
use domain::account::Scope;
use domain::ledger::{EntryKind, IdempotencyKey, LedgerError, LedgerReference};
use domain::money::Currency;
use rust_decimal::Decimal;
use std::collections::HashMap;
use uuid::Uuid;

/// What this capability reads, for the transports.
pub use crate::store::ledger::{LedgerEntry, MonthlyFunds};

/// Budget added to or removed from a programme, as requested.
pub struct FundsRequest {
    pub program_id: Uuid,
    pub amount: Decimal,
    pub currency: Currency,
    pub reference: LedgerReference,
    pub idempotency_key: Option<IdempotencyKey>,
}

/// Records `ALLOCATE` or `DEALLOCATE`. Replaying an idempotency key returns the first result.
pub async fn post(ctx: &Ctx, kind: EntryKind, r: FundsRequest) -> ApiResult<(Programme, Posting)> {
    let action = match kind {
        EntryKind::Deallocate => Action::FundsDeallocate,
        _ => Action::FundsAllocate,
    };
    let p = managed(ctx, action, r.program_id).await?;
    if r.currency != p.rules.currency {
        return Err(ApiError::validation(
            "currency",
            format!("this programme's amounts are in {}", p.rules.currency),
        ));
    }
    let movement = Movement {
        kind,
        amount_minor: minor_units("amount", r.amount, p.rules.currency, false)?,
        reference: r.reference,
        voucher_id: None,
        voucher_reference: None,
        idempotency_key: r.idempotency_key,
    };
    match repo::post(ctx.store(), &ctx.actor(), ctx.now(), &p, movement).await? {
        Ok(posting) => Ok((p, posting)),
        Err(refusal) => {
            ctx.deny(action, "VoucherProgram", Some(p.id.to_string()), "refused")
                .await?;
            Err(refused(&p, refusal))
        }
    }
}

/// Maps a refused movement to the closed set of error codes.
pub(crate) fn refused(p: &Programme, r: Refusal) -> ApiError {
    match r {
        Refusal::Funds(LedgerError::InsufficientFunds {
            available,
            requested,
        }) => ApiError::InsufficientFunds(format!(
            "only {} is available; {} was asked",
            p.money(available),
            p.money(requested)
        )),
        Refusal::Funds(LedgerError::ExceedsCommitted {
            committed,
            requested,
        }) => ApiError::InsufficientFunds(format!(
            "only {} is committed; {} was asked",
            p.money(committed),
            p.money(requested)
        )),
        Refusal::Funds(LedgerError::NotPositive) => {
            ApiError::validation("amount", "the amount must be positive")
        }
        Refusal::Funds(LedgerError::Overflow) => {
            ApiError::validation("amount", "the amount is too large")
        }
        Refusal::NotAccepting(s) => {
            ApiError::transition(format!("a {} programme takes no such movement", s.as_str()))
        }
        Refusal::KeyReused => {
            ApiError::Conflict("this idempotency key was used for a different request".into())
        }
        Refusal::Gone => ApiError::NotFound,
    }
}

/// A page of the programme's ledger, newest first; `None` for callers who may not see funds.
pub async fn ledger(
    ctx: &Ctx,
    p: &Programme,
    page: PageRequest,
) -> ApiResult<Option<Page<LedgerEntry>>> {
    if !funds_visible(ctx, p) {
        return Ok(None);
    }
    Ok(Some(repo::list(ctx.store().db(), p.id, page).await?))
}

/// The first page of each of these programmes' ledgers, by (programme, page size), in one
/// read per page size (for the `ledger` relation of a page of programmes): only the
/// programmes whose funds the caller may see (its agency's, or all for EU-wide staff); the
/// others are absent.
pub async fn first_ledger_pages(
    ctx: &Ctx,
    keys: &[(Uuid, u64)],
) -> ApiResult<HashMap<(Uuid, u64), Page<LedgerEntry>>> {
    let mut out = HashMap::new();
    let member_state = match ctx.scope() {
        Scope::Eu => None,
        Scope::MemberState(ms) => Some(ms),
        _ => return Ok(out),
    };
    if !ctx.may(Action::FundsRead) {
        return Ok(out);
    }
    let mut sizes: Vec<u64> = keys.iter().map(|(_, first)| *first).collect();
    sizes.sort_unstable();
    sizes.dedup();
    for first in sizes {
        let ids: Vec<Uuid> = keys
            .iter()
            .filter(|(_, f)| *f == first)
            .map(|(id, _)| *id)
            .collect();
        let ms = member_state.as_ref().map(|ms| ms.code());
        let pages = repo::first_pages(ctx.store().db(), &ids, ms, first).await?;
        out.extend(pages.into_iter().map(|(id, page)| ((id, first), page)));
    }
    Ok(out)
}

/// Movements per month and the balances at each month's end; `None` as for [`ledger`].
pub async fn monthly(ctx: &Ctx, p: &Programme) -> ApiResult<Option<Vec<MonthlyFunds>>> {
    if !funds_visible(ctx, p) {
        return Ok(None);
    }
    let entries = repo::all(ctx.store().db(), p.id).await?;
    Ok(Some(repo::monthly(&entries)))
}

/// The whole ledger of a programme for the CSV export: its agency, ENISA or the admin. A probe
/// of a programme that exists is audited; anything else is just not found.
pub async fn export(ctx: &Ctx, id: Uuid) -> ApiResult<(Programme, Vec<LedgerEntry>)> {
    let action = Action::FundsExport;
    let allowed = ctx.may(action);
    let db = ctx.store().db();
    let prog = programmes::get(db, id).await?;
    let exists = prog.is_some();
    let Some(prog) = prog.filter(|p| allowed && manages(&ctx.scope(), p.member_state.code()))
    else {
        if exists {
            let reason = if allowed { "out_of_scope" } else { "role" };
            ctx.deny(action, "VoucherProgram", Some(id.to_string()), reason)
                .await?;
        } else if ctx.caller.principal.is_none() {
            return Err(ApiError::Unauthenticated);
        }
        return Err(ApiError::NotFound);
    };
    let entries = repo::all(db, prog.id).await?;
    Ok((prog, entries))
}
