//! A programme's funds: balances, the ledger, the monthly summary, and the money mutations.
use super::context::ctx;
use super::scalars::{id, parse_id};
use crate::actions::funds as ledger;
use crate::actions::funds::{self, FundsRequest};
use crate::actions::programmes::Programme;
use crate::error::{ApiError, ApiResult};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::ledger::{Balances, EntryKind, IdempotencyKey, LedgerReference};
use domain::money::Currency;
use rust_decimal::Decimal;

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
    /// The voucher's reference (e.g. `DE-KH-CYBER-2027-V-000042`), to link to it as people do.
    pub voucher_reference: Option<String>,
    pub actor_id: Option<ID>,
    pub created_at: DateTime<Utc>,
    /// The balances right after this movement.
    pub funds_after: ProgramFunds,
}

impl LedgerEntry {
    pub fn of(p: &Programme, e: ledger::LedgerEntry) -> Self {
        Self {
            id: id(e.id),
            kind: e.kind.into(),
            amount: e.amount().amount(),
            currency: e.currency.code().to_owned(),
            reference: e.reference,
            voucher_id: e.voucher_id.map(id),
            voucher_reference: e.voucher_reference,
            actor_id: e.actor_id.map(id),
            created_at: e.created_at,
            funds_after: ProgramFunds::of(p, e.after),
        }
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

impl MonthlyFunds {
    pub fn of(p: &Programme, m: ledger::MonthlyFunds) -> Self {
        Self {
            month: m.month,
            allocated: p.money(m.allocated).amount(),
            deallocated: p.money(m.deallocated).amount(),
            committed: p.money(m.committed).amount(),
            released: p.money(m.released).amount(),
            disbursed: p.money(m.disbursed).amount(),
            end_of_month: ProgramFunds::of(p, m.end),
        }
    }
}

/// Budget added to or removed from a programme.
#[derive(InputObject)]
pub struct FundsInput {
    pub program_id: ID,
    /// A positive decimal string with no more decimals than the currency has.
    #[graphql(directive = super::scalars::amount::apply())]
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

fn request(i: FundsInput) -> ApiResult<FundsRequest> {
    Ok(FundsRequest {
        program_id: parse_id("programId", &i.program_id)?,
        amount: i.amount,
        currency: Currency::parse(i.currency.trim())
            .map_err(|e| ApiError::validation("currency", e.to_string()))?,
        reference: LedgerReference::parse(&i.reference)?,
        idempotency_key: i
            .idempotency_key
            .as_deref()
            .map(IdempotencyKey::parse)
            .transpose()?,
    })
}

async fn post(c: &Context<'_>, kind: EntryKind, input: FundsInput) -> ApiResult<FundsPosting> {
    let (p, posting) = funds::post(ctx(c)?, kind, request(input)?).await?;
    Ok(FundsPosting {
        funds: ProgramFunds::of(&p, posting.funds),
        replayed: posting.replayed,
        entry: LedgerEntry::of(&p, posting.entry),
    })
}

#[derive(Default)]
pub struct FundsMutation;

#[Object]
impl FundsMutation {
    /// Adds budget to a programme (`ALLOCATE`), e.g. after a budget decision.
    async fn allocate_funds(&self, c: &Context<'_>, input: FundsInput) -> ApiResult<FundsPosting> {
        post(c, EntryKind::Allocate, input).await
    }

    /// Removes unused budget (`DEALLOCATE`); refused beyond what is available.
    async fn deallocate_funds(
        &self,
        c: &Context<'_>,
        input: FundsInput,
    ) -> ApiResult<FundsPosting> {
        post(c, EntryKind::Deallocate, input).await
    }
}
