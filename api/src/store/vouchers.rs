//! Vouchers: scoped reads, redemption by code, early close (cancellation or expiry) and the
//! expiry sweep. Every write is one transaction with its ledger entry, audit row and
//! notification. Reads return [`Voucher`] (typed status, code and money).
//!
//! Redemption is an optimistic conditional update: it applies only if the voucher's redeemed
//! amount and status are still those the quote was computed from, and retries otherwise. A
//! `CHECK (redeemed_minor <= amount_minor)` backs it up, so no interleaving over-redeems.
use super::audit::Actor;
use super::entities::voucher::{self, Column as V};
use super::ledger::{self, Movement};
use super::notifications::{self, Kind, Subject};
use super::page::{self, Order, Page, PageRequest};
use super::programmes;
use super::redemptions::{self, Against, Redemption};
use super::references;

pub use super::redemptions::Invoice;
use super::sealed::{CodeDigest, CodeKey, Keyring};
use super::tenancy::scoped;
use super::write::{Audit, Tx, change_one};
use super::{Conflict, Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::Scope;
use domain::audit::member_state_chain;
use domain::ledger::{EntryKind, IdempotencyKey, LedgerReference};
use domain::member_state::MemberState;
use domain::money::{Currency, Money};
use domain::reference::{Reference, ReferenceKind};
use domain::voucher::{self as rules, VoucherCode, VoucherError, VoucherStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

const ACTIVE: [VoucherStatus; 2] = [VoucherStatus::Issued, VoucherStatus::PartiallyRedeemed];

fn active() -> impl Iterator<Item = &'static str> {
    ACTIVE.iter().map(|s| s.as_str())
}

/// A voucher as the domain sees it.
#[derive(Debug, Clone)]
pub struct Voucher {
    pub id: Uuid,
    pub application_id: Uuid,
    pub program_id: Uuid,
    pub organisation_id: Uuid,
    pub member_state: MemberState,
    pub service_provider_id: Option<Uuid>,
    /// The code, sealed (a secret: opened only for the clinic, [`open_code`]).
    pub code_sealed: String,
    pub status: VoucherStatus,
    pub currency: Currency,
    pub amount_minor: i64,
    pub prefinanced_minor: i64,
    pub redeemed_minor: i64,
    pub expires_at: DateTime<Utc>,
    pub issued_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    pub close_reason: Option<String>,
    /// The idempotency key of the cancellation that closed it (safe retries).
    pub close_key: Option<String>,
    /// The reference people quote, given at issue.
    pub reference: Option<String>,
}

impl Voucher {
    fn money(&self, minor: i64) -> Money {
        Money::from_minor_units(minor, self.currency)
    }
    pub fn amount(&self) -> Money {
        self.money(self.amount_minor)
    }
    pub fn redeemed(&self) -> Money {
        self.money(self.redeemed_minor)
    }
    pub fn prefinanced(&self) -> Money {
        self.money(self.prefinanced_minor)
    }
    pub fn remaining_minor(&self) -> i64 {
        self.amount_minor - self.redeemed_minor
    }
    pub fn remaining(&self) -> Money {
        self.money(self.remaining_minor())
    }
    /// Still redeemable or cancellable.
    pub fn is_active(&self) -> bool {
        ACTIVE.contains(&self.status)
    }
}

impl TryFrom<voucher::Model> for Voucher {
    type Error = StoreError;
    fn try_from(v: voucher::Model) -> Result<Self, StoreError> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("voucher {}: {what}", v.id));
        Ok(Self {
            member_state: MemberState::parse(&v.member_state)
                .map_err(|_| corrupt("member state"))?,
            code_sealed: v
                .code_sealed
                .clone()
                .ok_or_else(|| corrupt("code not sealed"))?,
            status: VoucherStatus::parse(&v.status).map_err(|_| corrupt("status"))?,
            currency: Currency::parse(&v.currency).map_err(|_| corrupt("currency"))?,
            id: v.id,
            application_id: v.application_id,
            program_id: v.program_id,
            organisation_id: v.organisation_id,
            service_provider_id: v.service_provider_id,
            amount_minor: v.amount_minor,
            prefinanced_minor: v.prefinanced_minor,
            redeemed_minor: v.redeemed_minor,
            expires_at: v.expires_at,
            issued_at: v.issued_at,
            closed_at: v.closed_at,
            close_reason: v.close_reason,
            close_key: v.close_key,
            reference: v.reference,
        })
    }
}

fn typed(rows: Vec<voucher::Model>) -> Result<Vec<Voucher>, StoreError> {
    rows.into_iter().map(Voucher::try_from).collect()
}

async fn get<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Voucher, StoreError> {
    voucher::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or_else(|| StoreError::Corrupt(format!("voucher {id} vanished")))?
        .try_into()
}

pub async fn find(
    db: &DatabaseConnection,
    scope: &Scope,
    id: Uuid,
) -> Result<Option<Voucher>, StoreError> {
    scoped::<voucher::Entity>(scope)
        .filter(V::Id.eq(id))
        .one(db)
        .await?
        .map(Voucher::try_from)
        .transpose()
}

pub async fn exists(db: &DatabaseConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(voucher::Entity::find_by_id(id).count(db).await? > 0)
}

pub async fn find_many(
    db: &DatabaseConnection,
    scope: &Scope,
    ids: &[Uuid],
) -> Result<Vec<Voucher>, StoreError> {
    typed(
        scoped::<voucher::Entity>(scope)
            .filter(V::Id.is_in(ids.iter().copied()))
            .all(db)
            .await?,
    )
}

/// How many vouchers of a programme are still active.
pub async fn active_in(db: &DatabaseConnection, program_id: Uuid) -> Result<u64, StoreError> {
    Ok(voucher::Entity::find()
        .filter(V::ProgramId.eq(program_id))
        .filter(V::Status.is_in(active()))
        .count(db)
        .await?)
}

/// The voucher with this reference, within the scope.
pub async fn find_by_reference(
    db: &DatabaseConnection,
    scope: &Scope,
    reference: &Reference,
) -> Result<Option<Voucher>, StoreError> {
    scoped::<voucher::Entity>(scope)
        .filter(V::Reference.eq(reference.as_str()))
        .one(db)
        .await?
        .map(Voucher::try_from)
        .transpose()
}

/// The vouchers issued for these applications, within the scope.
pub async fn of_applications(
    db: &DatabaseConnection,
    scope: &Scope,
    applications: &[Uuid],
) -> Result<Vec<Voucher>, StoreError> {
    typed(
        scoped::<voucher::Entity>(scope)
            .filter(V::ApplicationId.is_in(applications.iter().copied()))
            .all(db)
            .await?,
    )
}

#[derive(Debug, Clone, Default)]
pub struct VoucherFilter {
    pub program_id: Option<Uuid>,
    pub status: Option<VoucherStatus>,
}

pub async fn list(
    db: &DatabaseConnection,
    scope: &Scope,
    f: &VoucherFilter,
    req: PageRequest,
) -> Result<Page<Voucher>, StoreError> {
    let mut q = scoped::<voucher::Entity>(scope);
    if let Some(p) = f.program_id {
        q = q.filter(V::ProgramId.eq(p));
    }
    if let Some(s) = f.status {
        q = q.filter(V::Status.eq(s.as_str()));
    }
    page::fetch(db, q, V::Id, Order::NewestFirst, req)
        .await?
        .try_map(Voucher::try_from)
}

/// The voucher a service provider may use with the code of this digest: one that exists and
/// either names no service provider or names this one. Anything else is `None`, whatever the
/// reason.
pub async fn usable_by_code<C: ConnectionTrait>(
    conn: &C,
    service_provider: Uuid,
    code: &CodeDigest,
) -> Result<Option<Voucher>, StoreError> {
    voucher::Entity::find()
        .filter(V::CodeDigest.eq(code.as_str()))
        .one(conn)
        .await?
        .filter(|v| {
            v.service_provider_id
                .is_none_or(|sp| sp == service_provider)
        })
        .map(Voucher::try_from)
        .transpose()
}

/// The voucher `id` as the service provider sees it after redeeming (any status).
pub async fn usable_by_id<C: ConnectionTrait>(
    conn: &C,
    service_provider: Uuid,
    id: Uuid,
) -> Result<Option<Voucher>, StoreError> {
    voucher::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|v| {
            v.service_provider_id
                .is_none_or(|sp| sp == service_provider)
        })
        .map(Voucher::try_from)
        .transpose()
}

/// Why a redemption did not happen (nothing was written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RedeemRefused {
    /// No voucher this service provider may use has this code.
    UnknownCode,
    Voucher(VoucherError),
    /// This service provider redeemed an invoice with this reference before.
    InvoiceReused,
    /// This service provider's request with this idempotency key redeemed first.
    RequestKeyUsed,
}

/// Redeems the voucher with `code` against an invoice of `service_provider`.
pub async fn redeem(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    service_provider: Uuid,
    code: &CodeDigest,
    invoice: &Invoice,
) -> Result<Result<(Voucher, Redemption), RedeemRefused>, StoreError> {
    // Each retry means another redemption of this voucher committed in between.
    for _ in 0..50 {
        let tx = store.tx(actor, now).await?;
        match redeem_once(&tx, service_provider, code, invoice).await {
            Ok(Some(Ok(done))) => {
                tx.commit().await?;
                return Ok(Ok(done));
            }
            Ok(Some(Err(refused))) => {
                tx.rollback().await?;
                return Ok(Err(refused));
            }
            Ok(None) => {
                tx.rollback().await?;
                tokio::task::yield_now().await;
            }
            Err(StoreError::Conflict(Conflict::InvoiceReused)) => {
                tx.rollback().await?;
                return Ok(Err(RedeemRefused::InvoiceReused));
            }
            Err(StoreError::Conflict(Conflict::RequestKeyUsed)) => {
                tx.rollback().await?;
                return Ok(Err(RedeemRefused::RequestKeyUsed));
            }
            Err(e) => {
                tx.rollback().await.ok();
                return Err(e);
            }
        }
    }
    Err(StoreError::Corrupt("redemption did not settle".into()))
}

type RedeemOnce = Option<Result<(Voucher, Redemption), RedeemRefused>>;

async fn redeem_once(
    tx: &Tx,
    service_provider: Uuid,
    code: &CodeDigest,
    invoice: &Invoice,
) -> Result<RedeemOnce, StoreError> {
    let now = tx.now();
    let Some(v) = usable_by_code(&**tx, service_provider, code).await? else {
        return Ok(Some(Err(RedeemRefused::UnknownCode)));
    };
    let programme = programmes::get(&**tx, v.program_id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("voucher without programme".into()))?;
    if let Err(e) = rules::check_redeemable(v.status, now >= v.expires_at) {
        return Ok(Some(Err(RedeemRefused::Voucher(e))));
    }
    if !programme
        .rules
        .service_categories
        .contains(&invoice.category)
    {
        return Ok(Some(Err(RedeemRefused::Voucher(
            VoucherError::CategoryNotCovered(invoice.category.as_str().to_owned()),
        ))));
    }
    if redemptions::invoice_used(&**tx, service_provider, &invoice.reference).await? {
        return Ok(Some(Err(RedeemRefused::InvoiceReused)));
    }
    let q = match rules::quote(
        programme.rules.aid_intensity,
        invoice.amount_minor,
        v.remaining_minor(),
    ) {
        Ok(q) => q,
        Err(e) => return Ok(Some(Err(RedeemRefused::Voucher(e)))),
    };
    let net = rules::net_payable(v.prefinanced_minor, v.redeemed_minor, q.covered);
    let after = rules::status_after_redemption(q.remaining_after);
    let applied = tx
        .update_one(
            voucher::Entity::update_many()
                .col_expr(V::RedeemedMinor, Expr::value(v.redeemed_minor + q.covered))
                .col_expr(V::Status, Expr::value(after.as_str()))
                .col_expr(V::UpdatedAt, Expr::value(now))
                .filter(V::Id.eq(v.id))
                .filter(V::RedeemedMinor.eq(v.redeemed_minor))
                .filter(V::Status.eq(v.status.as_str())),
        )
        .await?;
    if !applied {
        return Ok(None);
    }
    let against = Against {
        reference: references::next(&**tx, &programme, ReferenceKind::Redemption).await?,
        voucher_id: v.id,
        program_id: v.program_id,
        member_state: v.member_state,
        currency: v.currency,
    };
    let r = redemptions::insert(
        tx,
        against,
        service_provider,
        invoice,
        (q.covered, q.clinic_pays, net),
    )
    .await?;
    // The code is a secret: the audit row names the voucher by id only.
    tx.audit(
        Audit::new(
            member_state_chain(v.member_state),
            "voucher.redeem",
            "Voucher",
            v.id,
        )
        .detail(serde_json::json!({
            "redemptionId": r.id,
            "reference": r.reference,
            "coveredMinor": q.covered,
            "invoiceMinor": invoice.amount_minor,
        })),
    )
    .await?;
    notifications::notify(
        &**tx,
        now,
        v.organisation_id,
        Kind::VoucherRedeemed,
        Subject {
            application: Some(v.application_id),
            voucher: Some(v.id),
            redemption: Some(r.id),
        },
    )
    .await?;
    Ok(Some(Ok((get(&**tx, v.id).await?, r))))
}

/// Closes an active voucher early (cancelled by the agency, or expired) and releases its
/// unspent commitment. `None`: it was no longer active (someone else closed it first, or it
/// was fully redeemed), and nothing was written: each voucher closes exactly once.
pub async fn close(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    voucher_id: Uuid,
    to: VoucherStatus,
    reason: &str,
    key: Option<&IdempotencyKey>,
) -> Result<Option<Voucher>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let mut q = voucher::Entity::update_many()
        .col_expr(V::Status, Expr::value(to.as_str()))
        .col_expr(V::ClosedAt, Expr::value(now))
        .col_expr(V::CloseReason, Expr::value(reason))
        .col_expr(V::CloseKey, Expr::value(key.map(|k| k.as_str())))
        .col_expr(V::UpdatedAt, Expr::value(now))
        .filter(V::Id.eq(voucher_id))
        .filter(V::Status.is_in(active()));
    if to == VoucherStatus::Expired {
        q = q.filter(V::ExpiresAt.lte(now));
    }
    if !tx.update_one(q).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    // Read after our update: the row is ours until commit, so no redemption can slip in.
    let v = get(&*tx, voucher_id).await?;
    let programme = programmes::get(&*tx, v.program_id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("voucher without programme".into()))?;
    let release = rules::unspent(v.amount_minor, v.prefinanced_minor, v.redeemed_minor);
    if release > 0 {
        let m = Movement {
            kind: EntryKind::Release,
            amount_minor: release,
            reference: LedgerReference::system(format!(
                "Voucher {} {}",
                v.reference.as_deref().unwrap_or(&v.id.to_string()),
                to.as_str().to_lowercase()
            )),
            voucher_id: Some(v.id),
            voucher_reference: v.reference.clone(),
            idempotency_key: None,
        };
        if let Err(refusal) = ledger::post_in(&tx, &programme, &m).await? {
            tx.rollback().await?;
            return Err(StoreError::Corrupt(format!(
                "voucher {} could not release its commitment: {refusal:?}",
                v.id
            )));
        }
    }
    let (action, kind) = if to == VoucherStatus::Expired {
        ("voucher.expire", Kind::VoucherExpired)
    } else {
        ("voucher.cancel", Kind::VoucherCancelled)
    };
    tx.audit(
        Audit::new(member_state_chain(v.member_state), action, "Voucher", v.id)
            .detail(serde_json::json!({ "releasedMinor": release, "reason": reason })),
    )
    .await?;
    notifications::notify(
        &*tx,
        now,
        v.organisation_id,
        kind,
        Subject {
            application: Some(v.application_id),
            voucher: Some(v.id),
            redemption: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Some(v))
}

/// Active vouchers past their date, up to `batch`, oldest expiry first (the expiry sweep's
/// candidates; each is then closed by one conditional update).
pub async fn due_for_expiry(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    batch: u64,
) -> Result<Vec<Uuid>, StoreError> {
    Ok(voucher::Entity::find()
        .select_only()
        .column(V::Id)
        .filter(V::Status.is_in(active()))
        .filter(V::ExpiresAt.lte(now))
        .order_by_asc(V::ExpiresAt)
        .limit(batch)
        .into_tuple()
        .all(db)
        .await?)
}

/// Names the service provider who may redeem an active voucher (the clinic's choice).
pub async fn choose_service_provider(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    v: &Voucher,
    service_provider: Option<Uuid>,
) -> Result<Option<Voucher>, StoreError> {
    let update = voucher::Entity::update_many()
        .col_expr(V::ServiceProviderId, Expr::value(service_provider))
        .col_expr(V::UpdatedAt, Expr::value(now))
        .filter(V::Id.eq(v.id))
        .filter(V::Status.is_in(active()));
    let audit = Audit::new(
        member_state_chain(v.member_state),
        "voucher.choose_service_provider",
        "Voucher",
        v.id,
    )
    .detail(serde_json::json!({ "serviceProviderId": service_provider }));
    change_one(store, actor, now, update, audit, v.id)
        .await?
        .map(Voucher::try_from)
        .transpose()
}

// ---- codes at rest ---------------------------------------------------------------------------

fn code_aad(voucher: Uuid) -> String {
    format!("voucher.code:{voucher}")
}

/// The keys a new voucher's code is stored under.
#[derive(Clone, Copy)]
pub struct CodeKeys<'a> {
    pub code_key: &'a CodeKey,
    pub keys: &'a Keyring,
}

/// A new voucher's code as it is stored: its digest (the `code` column) and its sealed copy.
pub(crate) fn code_at_rest(
    code_key: &CodeKey,
    keys: &Keyring,
    voucher: Uuid,
    code: &VoucherCode,
) -> Result<(CodeDigest, String), StoreError> {
    Ok((
        code_key.digest(code),
        keys.seal(code.as_str(), &code_aad(voucher))?,
    ))
}

/// The voucher's code in clear, for the clinic that holds it.
pub fn open_code(keys: &Keyring, v: &Voucher) -> Result<VoucherCode, StoreError> {
    let plain = keys.open(&v.code_sealed, &code_aad(v.id))?;
    VoucherCode::parse(&plain)
        .map_err(|_| StoreError::Corrupt(format!("voucher {}: sealed code", v.id)))
}

/// Digests and seals the codes of vouchers issued before codes were stored that way (their
/// `code_sealed` is NULL and `code` holds the clear code). Run at start-up, before requests, in
/// one transaction with its audit row (counts only); each row is a conditional update, so two
/// processes starting at once seal each row once. Returns how many rows it sealed.
pub async fn seal_plain_codes(
    store: &Store,
    code_key: &CodeKey,
    keys: &Keyring,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let plain = voucher::Entity::find()
        .filter(V::CodeSealed.is_null())
        .all(store.db())
        .await?;
    if plain.is_empty() {
        return Ok(0);
    }
    let tx = store.tx(&Actor::system("start-up"), now).await?;
    let mut n = 0u64;
    for v in plain {
        let code = VoucherCode::parse(&v.code_digest)
            .map_err(|_| StoreError::Corrupt(format!("voucher {}: clear code", v.id)))?;
        let (digest, sealed) = code_at_rest(code_key, keys, v.id, &code)?;
        let q = voucher::Entity::update_many()
            .col_expr(V::CodeDigest, Expr::value(digest.as_str()))
            .col_expr(V::CodeSealed, Expr::value(sealed))
            .filter(V::Id.eq(v.id))
            .filter(V::CodeSealed.is_null());
        n += u64::from(tx.update_one(q).await?);
    }
    tx.audit(Audit {
        chain: domain::audit::EU_CHAIN.to_owned(),
        action: "voucher.codes_sealed",
        object_type: "Voucher",
        object_id: None,
        detail: serde_json::json!({ "sealed": n }),
    })
    .await?;
    tx.commit().await?;
    tracing::info!(vouchers = n, "voucher codes digested and sealed");
    Ok(n)
}

/// Re-seals voucher codes not sealed under the current data key (`rotate-data-key`). Returns
/// how many changed.
pub async fn reseal_codes(tx: &Tx, keys: &Keyring) -> Result<u64, StoreError> {
    let mut n = 0u64;
    for v in voucher::Entity::find()
        .filter(V::CodeSealed.is_not_null())
        .all(&**tx)
        .await?
    {
        let Some(old) = v.code_sealed.as_deref().filter(|s| !keys.is_current(s)) else {
            continue;
        };
        let aad = code_aad(v.id);
        let sealed = keys.seal(&keys.open(old, &aad)?, &aad)?;
        let q = voucher::Entity::update_many()
            .col_expr(V::CodeSealed, Expr::value(sealed))
            .filter(V::Id.eq(v.id));
        n += u64::from(tx.update_one(q).await?);
    }
    Ok(n)
}

/// Inserts an issued voucher inside the approving transaction.
pub(crate) async fn insert(tx: &Tx, v: voucher::ActiveModel) -> Result<Voucher, StoreError> {
    v.insert(&**tx).await?.try_into()
}
