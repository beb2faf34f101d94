//! The funds ledger: every money movement is one conditional update of the programme's
//! balances (checked for exactly one row), one ledger entry and one audit row, in one
//! transaction. No row locks are relied on, so SQLite and PostgreSQL behave alike.
use super::audit::Actor;
use super::entities::ledger_entry::{self, Column as L};
use super::page::{self, Order, Page, PageRequest};
use super::programmes::{self, Programme};
use super::write::{Audit, Tx};
use super::{Conflict, Store, StoreError};
use chrono::{DateTime, Utc};
use domain::audit::member_state_chain;
use domain::ledger::{Balances, EntryKind, IdempotencyKey, LedgerError, LedgerReference};
use domain::money::{Currency, Money};
use domain::programme::ProgrammeStatus;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, Statement, Value,
};
use uuid::Uuid;

/// A money movement to record.
#[derive(Debug, Clone)]
pub struct Movement {
    pub kind: EntryKind,
    pub amount_minor: i64,
    pub reference: LedgerReference,
    pub voucher_id: Option<Uuid>,
    /// The voucher's reference, for the ledger's reader.
    pub voucher_reference: Option<String>,
    pub idempotency_key: Option<IdempotencyKey>,
}

/// One entry of the append-only ledger, as the domain sees it.
#[derive(Debug, Clone)]
pub struct LedgerEntry {
    pub id: Uuid,
    pub program_id: Uuid,
    pub kind: EntryKind,
    pub currency: Currency,
    pub amount_minor: i64,
    pub reference: String,
    pub voucher_id: Option<Uuid>,
    pub voucher_reference: Option<String>,
    pub actor_id: Option<Uuid>,
    /// The balances right after this movement.
    pub after: Balances,
    pub created_at: DateTime<Utc>,
}

impl LedgerEntry {
    pub fn amount(&self) -> Money {
        Money::from_minor_units(self.amount_minor, self.currency)
    }
}

impl TryFrom<ledger_entry::Model> for LedgerEntry {
    type Error = StoreError;
    fn try_from(e: ledger_entry::Model) -> Result<Self, StoreError> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("ledger entry {}: {what}", e.id));
        Ok(Self {
            kind: EntryKind::parse(&e.kind).map_err(|_| corrupt("kind"))?,
            currency: Currency::parse(&e.currency).map_err(|_| corrupt("currency"))?,
            after: Balances {
                allocated: e.allocated_after,
                committed: e.committed_after,
                disbursed: e.disbursed_after,
            },
            id: e.id,
            program_id: e.program_id,
            amount_minor: e.amount_minor,
            reference: e.reference,
            voucher_id: e.voucher_id,
            voucher_reference: e.voucher_reference,
            actor_id: e.actor_id,
            created_at: e.created_at,
        })
    }
}

/// A recorded movement and the balances right after it.
#[derive(Debug, Clone)]
pub struct Posting {
    pub entry: LedgerEntry,
    pub funds: Balances,
    /// True when the idempotency key had been used: nothing was written.
    pub replayed: bool,
}

/// Why a movement was refused (nothing was written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Funds(LedgerError),
    /// The programme's state does not take this movement (e.g. commits to a draft).
    NotAccepting(ProgrammeStatus),
    /// The idempotency key was used before for a different movement.
    KeyReused,
    /// The programme no longer exists.
    Gone,
}

/// `$1, $2…` for PostgreSQL; `?1, ?2…` for SQLite.
pub(crate) fn stmt(backend: DatabaseBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = match backend {
        DatabaseBackend::Postgres => sql.to_owned(),
        _ => sql.replace('$', "?"),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// [`stmt`] for the ledger benchmark's raw-SQL baseline.
pub fn stmt_for_bench(backend: DatabaseBackend, sql: &str, values: Vec<Value>) -> Statement {
    stmt(backend, sql, values)
}

/// The conditional update for each kind. (The allocation ceiling is
/// `domain::ledger::MAX_BALANCE_MINOR`.) It changes one row only if the movement keeps the
/// ledger's rules; `RETURNING` gives the balances after it.
fn balance_update(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Allocate => {
            "UPDATE voucher_program SET allocated_minor = allocated_minor + $2 \
             WHERE id = $1 AND status <> 'ARCHIVED' AND allocated_minor <= 1000000000000000 - $2 \
             RETURNING allocated_minor, committed_minor, disbursed_minor"
        }
        EntryKind::Deallocate => {
            "UPDATE voucher_program SET allocated_minor = allocated_minor - $2 \
             WHERE id = $1 AND status <> 'ARCHIVED' AND allocated_minor - committed_minor - disbursed_minor >= $2 \
             RETURNING allocated_minor, committed_minor, disbursed_minor"
        }
        EntryKind::Commit => {
            "UPDATE voucher_program SET committed_minor = committed_minor + $2 \
             WHERE id = $1 AND status IN ('OPEN', 'CLOSED') AND allocated_minor - committed_minor - disbursed_minor >= $2 \
             RETURNING allocated_minor, committed_minor, disbursed_minor"
        }
        EntryKind::Release => {
            "UPDATE voucher_program SET committed_minor = committed_minor - $2 \
             WHERE id = $1 AND committed_minor >= $2 \
             RETURNING allocated_minor, committed_minor, disbursed_minor"
        }
        EntryKind::Disburse => {
            "UPDATE voucher_program SET committed_minor = committed_minor - $2, disbursed_minor = disbursed_minor + $2 \
             WHERE id = $1 AND committed_minor >= $2 \
             RETURNING allocated_minor, committed_minor, disbursed_minor"
        }
    }
}

async fn by_key<C: ConnectionTrait>(
    conn: &C,
    program: Uuid,
    key: &IdempotencyKey,
) -> Result<Option<LedgerEntry>, StoreError> {
    ledger_entry::Entity::find()
        .filter(L::ProgramId.eq(program))
        .filter(L::IdempotencyKey.eq(key.as_str()))
        .one(conn)
        .await?
        .map(LedgerEntry::try_from)
        .transpose()
}

fn replay_of(existing: LedgerEntry, m: &Movement) -> Result<Posting, Refusal> {
    if existing.kind != m.kind
        || existing.amount_minor != m.amount_minor
        || existing.voucher_id != m.voucher_id
    {
        return Err(Refusal::KeyReused);
    }
    let funds = existing.after;
    Ok(Posting {
        entry: existing,
        funds,
        replayed: true,
    })
}

/// Why the conditional update changed nothing, from the programme as it is now.
async fn refusal<C: ConnectionTrait>(
    txn: &C,
    program: Uuid,
    m: &Movement,
) -> Result<Refusal, StoreError> {
    let Some(p) = programmes::get(txn, program).await? else {
        return Ok(Refusal::Gone);
    };
    let accepts = match m.kind {
        EntryKind::Allocate | EntryKind::Deallocate => p.status != ProgrammeStatus::Archived,
        EntryKind::Commit => matches!(p.status, ProgrammeStatus::Open | ProgrammeStatus::Closed),
        EntryKind::Release | EntryKind::Disburse => true,
    };
    if !accepts {
        return Ok(Refusal::NotAccepting(p.status));
    }
    Ok(match p.funds.apply(m.kind, m.amount_minor) {
        Err(e) => Refusal::Funds(e),
        // The balances moved between our update and this read; report the shortage we met.
        Ok(_) => Refusal::Funds(LedgerError::InsufficientFunds {
            available: p.funds.available(),
            requested: m.amount_minor,
        }),
    })
}

/// Records a movement on `program`. Replaying an idempotency key returns the first result and
/// writes nothing.
pub async fn post(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    program: &Programme,
    m: Movement,
) -> Result<Result<Posting, Refusal>, StoreError> {
    if m.amount_minor <= 0 {
        return Ok(Err(Refusal::Funds(LedgerError::NotPositive)));
    }
    for _ in 0..3 {
        let tx = store.tx(actor, now).await?;
        match post_once(&tx, program, &m).await {
            Ok(Ok(posting)) if posting.replayed => {
                tx.rollback().await?;
                return Ok(Ok(posting));
            }
            Ok(Ok(posting)) => {
                tx.commit().await?;
                return Ok(Ok(posting));
            }
            Ok(Err(refusal)) => {
                tx.rollback().await?;
                return Ok(Err(refusal));
            }
            // A concurrent request with the same key committed first: replay it.
            Err(StoreError::Conflict(Conflict::IdempotencyRace)) => {
                tx.rollback().await?;
                continue;
            }
            Err(e) => {
                tx.rollback().await.ok();
                return Err(e);
            }
        }
    }
    Err(StoreError::Corrupt(
        "idempotency race did not settle".into(),
    ))
}

/// Records a movement inside the caller's transaction (e.g. a voucher's approval commits its
/// funds together with the voucher). No retry: the caller owns the transaction.
pub(crate) async fn post_in(
    tx: &Tx,
    program: &Programme,
    m: &Movement,
) -> Result<Result<Posting, Refusal>, StoreError> {
    if m.amount_minor <= 0 {
        return Ok(Err(Refusal::Funds(LedgerError::NotPositive)));
    }
    post_once(tx, program, m).await
}

async fn post_once(
    tx: &Tx,
    program: &Programme,
    m: &Movement,
) -> Result<Result<Posting, Refusal>, StoreError> {
    let txn = &**tx;
    if let Some(key) = &m.idempotency_key
        && let Some(existing) = by_key(txn, program.id, key).await?
    {
        return Ok(replay_of(existing, m));
    }
    let backend = txn.get_database_backend();
    let update = stmt(
        backend,
        balance_update(m.kind),
        vec![program.id.into(), m.amount_minor.into()],
    );
    let Some(row) = txn.query_one_raw(update).await? else {
        return Ok(Err(refusal(txn, program.id, m).await?));
    };
    let funds = Balances {
        allocated: row.try_get("", "allocated_minor")?,
        committed: row.try_get("", "committed_minor")?,
        disbursed: row.try_get("", "disbursed_minor")?,
    };
    let entry = ledger_entry::ActiveModel {
        id: Set(Uuid::now_v7()),
        program_id: Set(program.id),
        kind: Set(m.kind.as_str().to_owned()),
        amount_minor: Set(m.amount_minor),
        currency: Set(program.rules.currency.code().to_owned()),
        reference: Set(m.reference.as_str().to_owned()),
        voucher_id: Set(m.voucher_id),
        voucher_reference: Set(m.voucher_reference.clone()),
        idempotency_key: Set(m.idempotency_key.as_ref().map(|k| k.as_str().to_owned())),
        actor_id: Set(tx.actor().id),
        allocated_after: Set(funds.allocated),
        committed_after: Set(funds.committed),
        disbursed_after: Set(funds.disbursed),
        created_at: Set(tx.now()),
    }
    .insert(txn)
    .await?;
    tx.audit(
        Audit::new(
            member_state_chain(program.member_state),
            audit_action(m.kind),
            "VoucherProgram",
            program.id,
        )
        .detail(serde_json::json!({ "entryId": entry.id, "amountMinor": m.amount_minor, "voucherId": m.voucher_id })),
    )
    .await?;
    Ok(Ok(Posting {
        entry: entry.try_into()?,
        funds,
        replayed: false,
    }))
}

/// The audit trail's name of a movement.
fn audit_action(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Allocate => "funds.allocate",
        EntryKind::Deallocate => "funds.deallocate",
        EntryKind::Commit => "funds.commit",
        EntryKind::Release => "funds.release",
        EntryKind::Disburse => "funds.disburse",
    }
}

/// The ledger, newest first.
pub async fn list(
    db: &DatabaseConnection,
    program: Uuid,
    page: PageRequest,
) -> Result<Page<LedgerEntry>, StoreError> {
    let q = ledger_entry::Entity::find().filter(L::ProgramId.eq(program));
    page::fetch(db, q, L::Id, Order::NewestFirst, page)
        .await?
        .try_map(LedgerEntry::try_from)
}

/// The first page (newest first, `first` entries) of each programme's ledger, in one statement
/// for all of them (a window per programme), limited to the programmes of `member_state` when
/// given. Programmes without entries are absent.
pub async fn first_pages(
    db: &DatabaseConnection,
    programs: &[Uuid],
    member_state: Option<&str>,
    first: u64,
) -> Result<std::collections::HashMap<Uuid, Page<LedgerEntry>>, StoreError> {
    let mut out = std::collections::HashMap::new();
    if programs.is_empty() {
        return Ok(out);
    }
    let backend = db.get_database_backend();
    let mut values: Vec<Value> = programs.iter().map(|id| (*id).into()).collect();
    let ids = (1..=programs.len())
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut scope = String::new();
    if let Some(ms) = member_state {
        values.push(ms.into());
        scope = format!(
            " AND program_id IN (SELECT id FROM voucher_program WHERE member_state = ${})",
            values.len()
        );
    }
    values.push(i64::try_from(first + 1).unwrap_or(i64::MAX).into());
    let sql = format!(
        concat!(
            "SELECT * FROM (SELECT ledger_entry.*, ",
            "ROW_NUMBER() OVER (PARTITION BY program_id ORDER BY id DESC) AS row_in_programme, ",
            "COUNT(*) OVER (PARTITION BY program_id) AS entries_in_programme ",
            "FROM ledger_entry WHERE program_id IN ({ids}){scope}) AS firsts ",
            "WHERE row_in_programme <= ${limit} ORDER BY program_id, id DESC"
        ),
        ids = ids,
        scope = scope,
        limit = values.len()
    );
    let rows = db.query_all_raw(stmt(backend, &sql, values)).await?;
    let mut grouped: std::collections::HashMap<Uuid, (u64, Vec<ledger_entry::Model>)> =
        std::collections::HashMap::new();
    for row in rows {
        let entry = <ledger_entry::Model as sea_orm::FromQueryResult>::from_query_result(&row, "")?;
        let total: i64 = row.try_get("", "entries_in_programme")?;
        let slot = grouped.entry(entry.program_id).or_default();
        slot.0 = u64::try_from(total).unwrap_or_default();
        slot.1.push(entry);
    }
    let req = PageRequest { first, after: None };
    for (program, (total, rows)) in grouped {
        out.insert(
            program,
            Page::from_overfetch(rows, total, req).try_map(LedgerEntry::try_from)?,
        );
    }
    Ok(out)
}

/// Every entry, oldest first, read in batches (for the CSV export and the monthly summary).
pub async fn all(db: &DatabaseConnection, program: Uuid) -> Result<Vec<LedgerEntry>, StoreError> {
    let mut out: Vec<ledger_entry::Model> = Vec::new();
    loop {
        let mut q = ledger_entry::Entity::find().filter(L::ProgramId.eq(program));
        if let Some(last) = out.last() {
            q = q.filter(L::Id.gt(last.id));
        }
        let batch = q.order_by_asc(L::Id).limit(5000).all(db).await?;
        if batch.is_empty() {
            return out.into_iter().map(LedgerEntry::try_from).collect();
        }
        out.extend(batch);
    }
}

/// One month of movements and the balances at its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthlyFunds {
    /// `YYYY-MM` (UTC).
    pub month: String,
    pub allocated: i64,
    pub deallocated: i64,
    pub committed: i64,
    pub released: i64,
    pub disbursed: i64,
    pub end: Balances,
}

/// Movements per calendar month, oldest first, from the entries.
pub fn monthly(entries: &[LedgerEntry]) -> Vec<MonthlyFunds> {
    let mut out: Vec<MonthlyFunds> = Vec::new();
    for e in entries {
        let month = e.created_at.format("%Y-%m").to_string();
        if out.last().is_none_or(|m| m.month != month) {
            out.push(MonthlyFunds {
                month,
                allocated: 0,
                deallocated: 0,
                committed: 0,
                released: 0,
                disbursed: 0,
                end: Balances::default(),
            });
        }
        if let Some(m) = out.last_mut() {
            match e.kind {
                EntryKind::Allocate => m.allocated += e.amount_minor,
                EntryKind::Deallocate => m.deallocated += e.amount_minor,
                EntryKind::Commit => m.committed += e.amount_minor,
                EntryKind::Release => m.released += e.amount_minor,
                EntryKind::Disburse => m.disbursed += e.amount_minor,
            }
            m.end = e.after;
        }
    }
    out
}
