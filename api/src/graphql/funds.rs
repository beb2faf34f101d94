//! A programme's funds: balances, the ledger, the monthly summary, and the money mutations.
use super::context;
use super::error::{ApiError, ApiResult};
use super::pagination::connection;
use super::programmes::managed_programme;
use crate::store::entities::ledger_entry;
use crate::store::ledger::{self as repo, Movement, Refusal};
use crate::store::page::PageRequest;
use crate::store::programmes::Programme;
use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::ledger::{Balances, EntryKind, LedgerError};
use domain::money::{Currency, Money};
use rust_decimal::Decimal;

/// The largest single movement accepted, in minor units (10^15, i.e. 10 trillion in a
/// two-decimal currency); it keeps every sum far from overflow.
const MAX_MOVEMENT_MINOR: i64 = 1_000_000_000_000_000;

/// A programme's balances. `available = allocated − committed − disbursed`, never negative.
#[derive(SimpleObject, Clone)]
pub struct ProgramFunds {
    pub allocated: Decimal,
    pub committed: Decimal,
    pub disbursed: Decimal,
    pub available: Decimal,
    pub currency: String,
}

impl ProgramFunds {
    pub fn of(p: &Programme, b: Balances) -> Self {
        Self {
            allocated: p.money(b.allocated).amount(),
            committed: p.money(b.committed).amount(),
            disbursed: p.money(b.disbursed).amount(),
            available: p.money(b.available()).amount(),
            currency: p.rules.currency.code().to_owned(),
        }
    }
}

#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::ledger::EntryKind")]
pub enum LedgerEntryKind {
    /// Budget added.
    Allocate,
    /// Unused budget removed.
    Deallocate,
    /// Funds earmarked for an issued voucher.
    Commit,
    /// Earmarked funds returned (expiry, cancellation, under-use).
    Release,
    /// A payment.
    Disburse,
}

/// One movement of the append-only ledger.
#[derive(SimpleObject)]
pub struct LedgerEntry {
    pub id: ID,
    pub kind: LedgerEntryKind,
    pub amount: Decimal,
    pub currency: String,
    /// E.g. the budget decision or the voucher's reference.
    pub reference: String,
    pub voucher_id: Option<ID>,
    pub actor_id: Option<ID>,
    pub created_at: DateTime<Utc>,
    /// The balances right after this movement.
    pub funds_after: ProgramFunds,
}

impl LedgerEntry {
    fn of(p: &Programme, e: ledger_entry::Model) -> Result<Self, ApiError> {
        let kind = EntryKind::parse(&e.kind)
            .map_err(|err| ApiError::internal(format!("ledger entry {}: {err}", e.id)))?;
        let after = Balances {
            allocated: e.allocated_after,
            committed: e.committed_after,
            disbursed: e.disbursed_after,
        };
        Ok(Self {
            id: ID(e.id.to_string()),
            kind: kind.into(),
            amount: p.money(e.amount_minor).amount(),
            currency: e.currency,
            reference: e.reference,
            voucher_id: e.voucher_id.map(|v| ID(v.to_string())),
            actor_id: e.actor_id.map(|v| ID(v.to_string())),
            created_at: e.created_at,
            funds_after: ProgramFunds::of(p, after),
        })
    }
}

/// One calendar month (UTC) of movements, and the balances at its end.
#[derive(SimpleObject)]
pub struct MonthlyFunds {
    /// `YYYY-MM`.
    pub month: String,
    pub allocated: Decimal,
    pub deallocated: Decimal,
    pub committed: Decimal,
    pub released: Decimal,
    pub disbursed: Decimal,
    pub end_of_month: ProgramFunds,
}

pub(crate) async fn ledger_page(
    ctx: &Context<'_>,
    p: &Programme,
    page: PageRequest,
) -> ApiResult<Connection<String, LedgerEntry>> {
    let st = context::state(ctx)?;
    let rows = repo::list(st.store.db(), p.id, page).await?;
    connection(rows, |e| e.id, |e| LedgerEntry::of(p, e))
}

pub(crate) async fn monthly_summary(
    ctx: &Context<'_>,
    p: &Programme,
) -> ApiResult<Vec<MonthlyFunds>> {
    let st = context::state(ctx)?;
    let entries = repo::all(st.store.db(), p.id).await?;
    Ok(repo::monthly(&entries)
        .into_iter()
        .map(|m| MonthlyFunds {
            month: m.month,
            allocated: p.money(m.allocated).amount(),
            deallocated: p.money(m.deallocated).amount(),
            committed: p.money(m.committed).amount(),
            released: p.money(m.released).amount(),
            disbursed: p.money(m.disbursed).amount(),
            end_of_month: ProgramFunds::of(p, m.end),
        })
        .collect())
}

/// Budget added to or removed from a programme.
#[derive(InputObject)]
pub struct FundsInput {
    pub program_id: ID,
    /// A positive decimal string with no more decimals than the currency has.
    pub amount: Decimal,
    /// Must be the programme's currency.
    pub currency: String,
    /// E.g. the budget decision, 1 to 200 characters.
    pub reference: String,
    /// Optional; replaying the same key returns the first result and writes nothing.
    pub idempotency_key: Option<String>,
}

/// The result of a money mutation.
#[derive(SimpleObject)]
pub struct FundsPosting {
    pub entry: LedgerEntry,
    pub funds: ProgramFunds,
    /// True when this was a replay of an earlier request with the same idempotency key.
    pub replayed: bool,
}

fn parse_movement(p: &Programme, kind: EntryKind, i: &FundsInput) -> Result<Movement, ApiError> {
    let currency = Currency::parse(i.currency.trim())
        .map_err(|e| ApiError::validation("currency", e.to_string()))?;
    if currency != p.rules.currency {
        return Err(ApiError::validation(
            "currency",
            format!("this programme's amounts are in {}", p.rules.currency),
        ));
    }
    let money = Money::positive(i.amount, currency)
        .map_err(|e| ApiError::validation("amount", e.to_string()))?;
    let amount_minor = money
        .to_minor_units()
        .map_err(|e| ApiError::validation("amount", e.to_string()))?;
    if amount_minor > MAX_MOVEMENT_MINOR {
        return Err(ApiError::validation("amount", "the amount is too large"));
    }
    let reference = i.reference.trim();
    if reference.is_empty()
        || reference.chars().count() > 200
        || reference.chars().any(char::is_control)
    {
        return Err(ApiError::validation(
            "reference",
            "must be 1 to 200 characters",
        ));
    }
    let idempotency_key = match &i.idempotency_key {
        None => None,
        Some(k)
            if !k.is_empty()
                && k.len() <= 100
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c)) =>
        {
            Some(k.clone())
        }
        Some(_) => {
            return Err(ApiError::validation(
                "idempotencyKey",
                "use 1 to 100 letters, digits, '-', '_', '.' or ':'",
            ));
        }
    };
    Ok(Movement {
        kind,
        amount_minor,
        reference: reference.to_owned(),
        voucher_id: None,
        idempotency_key,
    })
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
        Refusal::NotAccepting(s) => ApiError::InvalidStateTransition(format!(
            "a {} programme takes no such movement",
            s.as_str()
        )),
        Refusal::KeyReused => {
            ApiError::Conflict("this idempotency key was used for a different request".into())
        }
        Refusal::Gone => ApiError::NotFound,
    }
}

async fn post(ctx: &Context<'_>, kind: EntryKind, input: FundsInput) -> ApiResult<FundsPosting> {
    let action = format!("funds.{}", kind.as_str().to_lowercase());
    let p = managed_programme(ctx, &action, &input.program_id).await?;
    let st = context::state(ctx)?;
    let movement = parse_movement(&p, kind, &input)?;
    let posting = match repo::post(&st.store, &context::request(ctx)?.actor(), &p, movement).await?
    {
        Ok(posting) => posting,
        Err(r) => {
            context::deny(
                ctx,
                &action,
                "VoucherProgram",
                Some(p.id.to_string()),
                "refused",
            )
            .await?;
            return Err(refused(&p, r));
        }
    };
    Ok(FundsPosting {
        funds: ProgramFunds::of(&p, posting.funds),
        replayed: posting.replayed,
        entry: LedgerEntry::of(&p, posting.entry)?,
    })
}

#[derive(Default)]
pub struct FundsMutation;

#[Object]
impl FundsMutation {
    /// Adds budget to a programme (`ALLOCATE`), e.g. after a budget decision.
    async fn allocate_funds(
        &self,
        ctx: &Context<'_>,
        input: FundsInput,
    ) -> ApiResult<FundsPosting> {
        post(ctx, EntryKind::Allocate, input).await
    }

    /// Removes unused budget (`DEALLOCATE`); refused beyond what is available.
    async fn deallocate_funds(
        &self,
        ctx: &Context<'_>,
        input: FundsInput,
    ) -> ApiResult<FundsPosting> {
        post(ctx, EntryKind::Deallocate, input).await
    }
}
