//! Redemptions and their payment: the agency approves a redemption's payment, which disburses
//! what the voucher's advance did not already cover.
use super::audit::{self, Actor};
use super::entities::redemption::{self, Column as R};
use super::entities::voucher;
use super::ledger::{self, Movement, Refusal};
use super::notifications::{self, Kind, Subject};
use super::page::{self, Order, Page, PageRequest};
use super::programmes;
use super::tenancy::scoped;
use super::{Store, StoreError};
use chrono::Utc;
use domain::account::Scope;
use domain::audit::Outcome;
use domain::ledger::EntryKind;
use domain::voucher::RedemptionStatus;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

pub async fn find(
    db: &DatabaseConnection,
    scope: &Scope,
    id: Uuid,
) -> Result<Option<redemption::Model>, StoreError> {
    Ok(scoped::<redemption::Entity>(scope)
        .filter(R::Id.eq(id))
        .one(db)
        .await?)
}

pub async fn exists(db: &DatabaseConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(redemption::Entity::find_by_id(id).count(db).await? > 0)
}

/// The redemptions of these vouchers within the scope, newest first.
pub async fn of_vouchers(
    db: &DatabaseConnection,
    scope: &Scope,
    vouchers: &[Uuid],
) -> Result<Vec<redemption::Model>, StoreError> {
    Ok(scoped::<redemption::Entity>(scope)
        .filter(R::VoucherId.is_in(vouchers.iter().copied()))
        .order_by_desc(R::Id)
        .all(db)
        .await?)
}

#[derive(Debug, Clone, Default)]
pub struct RedemptionFilter {
    pub voucher_id: Option<Uuid>,
    pub program_id: Option<Uuid>,
    pub status: Option<RedemptionStatus>,
}

/// Newest first; the agency's payment queue is `status: PENDING_PAYMENT`.
pub async fn list(
    db: &DatabaseConnection,
    scope: &Scope,
    f: &RedemptionFilter,
    req: PageRequest,
) -> Result<Page<redemption::Model>, StoreError> {
    let mut q = scoped::<redemption::Entity>(scope);
    if let Some(v) = f.voucher_id {
        q = q.filter(R::VoucherId.eq(v));
    }
    if let Some(p) = f.program_id {
        q = q.filter(R::ProgramId.eq(p));
    }
    if let Some(s) = f.status {
        q = q.filter(R::Status.eq(s.as_str()));
    }
    page::fetch(db, q, R::Id, Order::NewestFirst, req).await
}

/// A paid redemption and the organisations told about it (the clinic and the provider).
pub type Paid = (redemption::Model, Vec<Uuid>);

/// Approves a redemption's payment: marks it paid and disburses its net amount, in one
/// transaction. `Ok(None)`: it was paid already (by someone else, meanwhile).
pub async fn approve_payment(
    store: &Store,
    actor: &Actor,
    r: &redemption::Model,
) -> Result<Result<Option<Paid>, Refusal>, StoreError> {
    let now = Utc::now();
    let txn = store.begin_write().await?;
    let res = redemption::Entity::update_many()
        .col_expr(R::Status, Expr::value(RedemptionStatus::Paid.as_str()))
        .col_expr(R::PaidAt, Expr::value(now))
        .col_expr(R::PaidBy, Expr::value(actor.id))
        .filter(R::Id.eq(r.id))
        .filter(R::Status.eq(RedemptionStatus::PendingPayment.as_str()))
        .exec(&txn)
        .await?;
    if res.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(Ok(None));
    }
    let programme = programmes::get(&txn, r.program_id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("redemption without programme".into()))?;
    if r.net_payable_minor > 0 {
        let m = Movement {
            kind: EntryKind::Disburse,
            amount_minor: r.net_payable_minor,
            reference: format!("Payment of invoice {}", r.invoice_reference),
            voucher_id: Some(r.voucher_id),
            idempotency_key: None,
        };
        if let Err(refusal) = ledger::post_in(&txn, actor, &programme, &m).await? {
            txn.rollback().await?;
            return Ok(Err(refusal));
        }
    }
    let event = actor.event(
        "redemption.pay",
        "Redemption",
        Some(r.id.to_string()),
        Outcome::Success,
        serde_json::json!({ "disbursedMinor": r.net_payable_minor, "voucherId": r.voucher_id }),
    );
    audit::append(&txn, &format!("MS:{}", r.member_state), event).await?;
    let clinic = voucher::Entity::find_by_id(r.voucher_id)
        .one(&txn)
        .await?
        .map(|v| (v.organisation_id, v.application_id));
    let subject = Subject {
        application: clinic.map(|c| c.1),
        voucher: Some(r.voucher_id),
        redemption: Some(r.id),
    };
    let mut told = vec![r.service_provider_id];
    if let Some((org, _)) = clinic {
        told.push(org);
    }
    for org in &told {
        notifications::notify(&txn, *org, Kind::PaymentApproved, subject).await?;
    }
    let updated = redemption::Entity::find_by_id(r.id).one(&txn).await?;
    txn.commit().await?;
    Ok(Ok(updated.map(|u| (u, told))))
}
