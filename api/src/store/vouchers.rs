//! Vouchers: scoped reads, redemption by code, early close (cancellation or expiry) and the
//! expiry sweep. Every write is one transaction with its ledger entry, audit row and
//! notification.
//!
//! Redemption is an optimistic conditional update: it applies only if the voucher's redeemed
//! amount and status are still those the quote was computed from, and retries otherwise. A
//! `CHECK (redeemed_minor <= amount_minor)` backs it up, so no interleaving over-redeems.
use super::audit::{self, Actor};
use super::entities::redemption;
use super::entities::voucher::{self, Column as V};
use super::ledger::{self, Movement};
use super::notifications::{self, Kind, Subject};
use super::page::{self, Order, Page, PageRequest};
use super::programmes;
use super::tenancy::scoped;
use super::{Conflict, Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::Scope;
use domain::audit::Outcome;
use domain::ledger::EntryKind;
use domain::programme::ServiceCategory;
use domain::voucher::{self as rules, RedemptionStatus, VoucherCode, VoucherError, VoucherStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

const ACTIVE: [&str; 2] = ["ISSUED", "PARTIALLY_REDEEMED"];

fn chain(member_state: &str) -> String {
    format!("MS:{member_state}")
}

pub fn status(v: &voucher::Model) -> Result<VoucherStatus, StoreError> {
    VoucherStatus::parse(&v.status)
        .map_err(|_| StoreError::Corrupt(format!("voucher {}: status", v.id)))
}

pub async fn find(
    db: &DatabaseConnection,
    scope: &Scope,
    id: Uuid,
) -> Result<Option<voucher::Model>, StoreError> {
    Ok(scoped::<voucher::Entity>(scope)
        .filter(V::Id.eq(id))
        .one(db)
        .await?)
}

pub async fn exists(db: &DatabaseConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(voucher::Entity::find_by_id(id).count(db).await? > 0)
}

pub async fn find_many(
    db: &DatabaseConnection,
    scope: &Scope,
    ids: &[Uuid],
) -> Result<Vec<voucher::Model>, StoreError> {
    Ok(scoped::<voucher::Entity>(scope)
        .filter(V::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}

/// The vouchers issued for these applications, within the scope.
pub async fn of_applications(
    db: &DatabaseConnection,
    scope: &Scope,
    applications: &[Uuid],
) -> Result<Vec<voucher::Model>, StoreError> {
    Ok(scoped::<voucher::Entity>(scope)
        .filter(V::ApplicationId.is_in(applications.iter().copied()))
        .all(db)
        .await?)
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
) -> Result<Page<voucher::Model>, StoreError> {
    let mut q = scoped::<voucher::Entity>(scope);
    if let Some(p) = f.program_id {
        q = q.filter(V::ProgramId.eq(p));
    }
    if let Some(s) = f.status {
        q = q.filter(V::Status.eq(s.as_str()));
    }
    page::fetch(db, q, V::Id, Order::NewestFirst, req).await
}

/// The voucher a service provider may use with `code`: one that exists and either names no
/// service provider or names this one. Anything else is `None`, whatever the reason.
pub async fn usable_by_code<C: ConnectionTrait>(
    conn: &C,
    service_provider: Uuid,
    code: &VoucherCode,
) -> Result<Option<voucher::Model>, StoreError> {
    Ok(voucher::Entity::find()
        .filter(V::Code.eq(code.as_str()))
        .one(conn)
        .await?
        .filter(|v| {
            v.service_provider_id
                .is_none_or(|sp| sp == service_provider)
        }))
}

/// An invoice to redeem a voucher against.
#[derive(Debug, Clone)]
pub struct Invoice {
    pub reference: String,
    pub category: ServiceCategory,
    pub amount_minor: i64,
}

/// Why a redemption did not happen (nothing was written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RedeemRefused {
    /// No voucher this service provider may use has this code.
    UnknownCode,
    Voucher(VoucherError),
    /// This service provider redeemed an invoice with this reference before.
    InvoiceReused,
}

/// Redeems the voucher with `code` against an invoice of `service_provider`.
pub async fn redeem(
    store: &Store,
    actor: &Actor,
    service_provider: Uuid,
    code: &VoucherCode,
    invoice: &Invoice,
    now: DateTime<Utc>,
) -> Result<Result<(voucher::Model, redemption::Model), RedeemRefused>, StoreError> {
    // Each retry means another redemption of this voucher committed in between.
    for _ in 0..50 {
        let txn = store.begin_write().await?;
        match redeem_once(&txn, actor, service_provider, code, invoice, now).await {
            Ok(Some(Ok(done))) => {
                txn.commit().await?;
                return Ok(Ok(done));
            }
            Ok(Some(Err(refused))) => {
                txn.rollback().await?;
                return Ok(Err(refused));
            }
            Ok(None) => {
                txn.rollback().await?;
                tokio::task::yield_now().await;
            }
            Err(StoreError::Conflict(Conflict::InvoiceReused)) => {
                txn.rollback().await?;
                return Ok(Err(RedeemRefused::InvoiceReused));
            }
            Err(e) => {
                txn.rollback().await.ok();
                return Err(e);
            }
        }
    }
    Err(StoreError::Corrupt("redemption did not settle".into()))
}

type RedeemOnce = Option<Result<(voucher::Model, redemption::Model), RedeemRefused>>;

async fn redeem_once(
    txn: &DatabaseTransaction,
    actor: &Actor,
    service_provider: Uuid,
    code: &VoucherCode,
    invoice: &Invoice,
    now: DateTime<Utc>,
) -> Result<RedeemOnce, StoreError> {
    let Some(v) = usable_by_code(txn, service_provider, code).await? else {
        return Ok(Some(Err(RedeemRefused::UnknownCode)));
    };
    let programme = programmes::get(txn, v.program_id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("voucher without programme".into()))?;
    let st = status(&v)?;
    if let Err(e) = rules::check_redeemable(st, now >= v.expires_at) {
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
    let reused = redemption::Entity::find()
        .filter(redemption::Column::ServiceProviderId.eq(service_provider))
        .filter(redemption::Column::InvoiceReference.eq(invoice.reference.as_str()))
        .count(txn)
        .await?;
    if reused > 0 {
        return Ok(Some(Err(RedeemRefused::InvoiceReused)));
    }
    let q = match rules::quote(
        programme.rules.aid_intensity,
        invoice.amount_minor,
        v.amount_minor - v.redeemed_minor,
    ) {
        Ok(q) => q,
        Err(e) => return Ok(Some(Err(RedeemRefused::Voucher(e)))),
    };
    let net = rules::net_payable(v.prefinanced_minor, v.redeemed_minor, q.covered);
    let after = rules::status_after_redemption(q.remaining_after);
    let res = voucher::Entity::update_many()
        .col_expr(V::RedeemedMinor, Expr::value(v.redeemed_minor + q.covered))
        .col_expr(V::Status, Expr::value(after.as_str()))
        .col_expr(V::UpdatedAt, Expr::value(now))
        .filter(V::Id.eq(v.id))
        .filter(V::RedeemedMinor.eq(v.redeemed_minor))
        .filter(V::Status.eq(v.status.as_str()))
        .exec(txn)
        .await?;
    if res.rows_affected != 1 {
        return Ok(None);
    }
    let r = redemption::ActiveModel {
        id: Set(Uuid::now_v7()),
        voucher_id: Set(v.id),
        program_id: Set(v.program_id),
        member_state: Set(v.member_state.clone()),
        service_provider_id: Set(service_provider),
        invoice_reference: Set(invoice.reference.clone()),
        service_category: Set(invoice.category.as_str().to_owned()),
        currency: Set(v.currency.clone()),
        invoice_minor: Set(invoice.amount_minor),
        covered_minor: Set(q.covered),
        clinic_pays_minor: Set(q.clinic_pays),
        net_payable_minor: Set(net),
        status: Set(RedemptionStatus::PendingPayment.as_str().to_owned()),
        created_by: Set(actor.id),
        created_at: Set(now),
        paid_at: Set(None),
        paid_by: Set(None),
    }
    .insert(txn)
    .await?;
    // The code is a secret: the audit row names the voucher by id only.
    let event = actor.event(
        "voucher.redeem",
        "Voucher",
        Some(v.id.to_string()),
        Outcome::Success,
        serde_json::json!({
            "redemptionId": r.id,
            "coveredMinor": q.covered,
            "invoiceMinor": invoice.amount_minor,
        }),
    );
    audit::append(txn, &chain(&v.member_state), event).await?;
    notifications::notify(
        txn,
        v.organisation_id,
        Kind::VoucherRedeemed,
        Subject {
            application: Some(v.application_id),
            voucher: Some(v.id),
            redemption: Some(r.id),
        },
    )
    .await?;
    let updated = voucher::Entity::find_by_id(v.id)
        .one(txn)
        .await?
        .ok_or_else(|| StoreError::Corrupt("redeemed voucher vanished".into()))?;
    Ok(Some(Ok((updated, r))))
}

/// Closes an active voucher early (cancelled by the agency, or expired) and releases its
/// unspent commitment. `None`: it was no longer active (someone else closed it first, or it
/// was fully redeemed), and nothing was written: each voucher closes exactly once.
pub async fn close(
    store: &Store,
    actor: &Actor,
    voucher_id: Uuid,
    to: VoucherStatus,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Option<voucher::Model>, StoreError> {
    let txn = store.begin_write().await?;
    let mut q = voucher::Entity::update_many()
        .col_expr(V::Status, Expr::value(to.as_str()))
        .col_expr(V::ClosedAt, Expr::value(now))
        .col_expr(V::CloseReason, Expr::value(reason))
        .col_expr(V::UpdatedAt, Expr::value(now))
        .filter(V::Id.eq(voucher_id))
        .filter(V::Status.is_in(ACTIVE));
    if to == VoucherStatus::Expired {
        q = q.filter(V::ExpiresAt.lte(now));
    }
    if q.exec(&txn).await?.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(None);
    }
    // Read after our update: the row is ours until commit, so no redemption can slip in.
    let v = voucher::Entity::find_by_id(voucher_id)
        .one(&txn)
        .await?
        .ok_or_else(|| StoreError::Corrupt("closed voucher vanished".into()))?;
    let programme = programmes::get(&txn, v.program_id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("voucher without programme".into()))?;
    let release = rules::unspent(v.amount_minor, v.prefinanced_minor, v.redeemed_minor);
    if release > 0 {
        let m = Movement {
            kind: EntryKind::Release,
            amount_minor: release,
            reference: format!("Voucher {} {}", v.id, to.as_str().to_lowercase()),
            voucher_id: Some(v.id),
            idempotency_key: None,
        };
        if let Err(refusal) = ledger::post_in(&txn, actor, &programme, &m).await? {
            txn.rollback().await?;
            return Err(StoreError::Corrupt(format!(
                "voucher {} could not release its commitment: {refusal:?}",
                v.id
            )));
        }
    }
    let event = actor.event(
        if to == VoucherStatus::Expired {
            "voucher.expire"
        } else {
            "voucher.cancel"
        },
        "Voucher",
        Some(v.id.to_string()),
        Outcome::Success,
        serde_json::json!({ "releasedMinor": release, "reason": reason }),
    );
    audit::append(&txn, &chain(&v.member_state), event).await?;
    notifications::notify(
        &txn,
        v.organisation_id,
        if to == VoucherStatus::Expired {
            Kind::VoucherExpired
        } else {
            Kind::VoucherCancelled
        },
        Subject {
            application: Some(v.application_id),
            voucher: Some(v.id),
            redemption: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Some(v))
}

/// Expires active vouchers past their date, up to `batch` of them, and returns the
/// organisations of those this call expired (one entry per voucher). Safe to run in several processes at once: each voucher's close is a
/// conditional update, so exactly one of them expires it and releases its funds.
pub async fn expire_due(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    batch: u64,
) -> Result<Vec<Uuid>, StoreError> {
    let due: Vec<Uuid> = voucher::Entity::find()
        .select_only()
        .column(V::Id)
        .filter(V::Status.is_in(ACTIVE))
        .filter(V::ExpiresAt.lte(now))
        .order_by_asc(V::ExpiresAt)
        .limit(batch)
        .into_tuple()
        .all(store.db())
        .await?;
    let mut expired = Vec::new();
    for id in due {
        let closed = close(
            store,
            actor,
            id,
            VoucherStatus::Expired,
            "validity ended",
            now,
        )
        .await?;
        if let Some(v) = closed {
            expired.push(v.organisation_id);
        }
    }
    Ok(expired)
}

/// Names the service provider who may redeem an active voucher (the clinic's choice).
pub async fn choose_service_provider(
    store: &Store,
    actor: &Actor,
    v: &voucher::Model,
    service_provider: Option<Uuid>,
) -> Result<Option<voucher::Model>, StoreError> {
    let txn = store.begin_write().await?;
    let res = voucher::Entity::update_many()
        .col_expr(V::ServiceProviderId, Expr::value(service_provider))
        .col_expr(V::UpdatedAt, Expr::value(Utc::now()))
        .filter(V::Id.eq(v.id))
        .filter(V::Status.is_in(ACTIVE))
        .exec(&txn)
        .await?;
    if res.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(None);
    }
    let event = actor.event(
        "voucher.choose_service_provider",
        "Voucher",
        Some(v.id.to_string()),
        Outcome::Success,
        serde_json::json!({ "serviceProviderId": service_provider }),
    );
    audit::append(&txn, &chain(&v.member_state), event).await?;
    let updated = voucher::Entity::find_by_id(v.id).one(&txn).await?;
    txn.commit().await?;
    Ok(updated)
}

/// Whether the voucher is still active (redeemable, cancellable).
pub fn is_active(v: &voucher::Model) -> bool {
    ACTIVE.contains(&v.status.as_str())
}

/// The actor a background job writes the audit trail as.
pub fn system_actor(job: &str) -> Actor {
    Actor {
        id: None,
        role: Some("SYSTEM".into()),
        scope: Scope::Eu,
        request_id: format!("job:{job}"),
    }
}

/// Records an unknown code tried by a service provider (counted against its lookup limit under
/// `key`) and the denial's audit row, in one transaction. The code itself is not recorded.
pub async fn record_code_failure(
    store: &Store,
    actor: &Actor,
    key: &str,
    action: &str,
) -> Result<(), StoreError> {
    let txn = store.begin_write().await?;
    super::entities::login_failure::ActiveModel {
        id: Set(Uuid::now_v7()),
        key: Set(key.to_owned()),
        at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    let event = actor.event(
        action,
        "Voucher",
        None,
        Outcome::Denied,
        serde_json::json!({ "reason": "unknown_code" }),
    );
    audit::append(&txn, &actor.scope.audit_chain(), event).await?;
    txn.commit().await?;
    Ok(())
}
