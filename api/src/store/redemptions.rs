//! Redemptions and their payment: the agency approves a redemption's payment, which disburses
//! what the voucher's advance did not already cover. Reads return [`Redemption`].
use super::audit::Actor;
use super::entities::redemption::{self, Column as R};
use super::entities::voucher;
use super::four_eyes::second_officer;
use super::ledger::{self, Movement, Refusal};
use super::notifications::{self, Kind, Subject};
use super::page::{self, Order, Page, PageRequest};
use super::programmes;
use super::references;
use super::search::Contains;
use super::tenancy::scoped;
use super::write::{Audit, Tx, change_one};
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::Scope;
use domain::audit::member_state_chain;
use domain::ledger::{EntryKind, IdempotencyKey, LedgerReference};
use domain::member_state::MemberState;
use domain::money::{Currency, Money};
use domain::programme::ServiceCategory;
use domain::reference::{Reference, ReferenceKind};
use domain::voucher::{InvoiceReference, RedemptionStatus};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

/// An invoice to redeem a voucher against.
#[derive(Debug, Clone)]
pub struct Invoice {
    pub reference: InvoiceReference,
    pub category: ServiceCategory,
    pub amount_minor: i64,
    /// The client's idempotency key for this redemption (kept on it, unique per provider).
    pub key: Option<IdempotencyKey>,
}

/// The voucher a redemption is made against, as the redemption records it.
pub(crate) struct Against {
    /// The redemption's own reference, drawn in the redeeming transaction.
    pub reference: Reference,
    pub voucher_id: Uuid,
    pub program_id: Uuid,
    pub member_state: MemberState,
    pub currency: Currency,
}

/// A redemption as the domain sees it.
#[derive(Debug, Clone)]
pub struct Redemption {
    pub id: Uuid,
    pub voucher_id: Uuid,
    pub program_id: Uuid,
    pub member_state: MemberState,
    pub service_provider_id: Uuid,
    pub invoice_reference: String,
    pub service_category: ServiceCategory,
    pub currency: Currency,
    pub invoice_minor: i64,
    pub covered_minor: i64,
    pub clinic_pays_minor: i64,
    /// What paying it disburses once the voucher's advance is offset.
    pub net_payable_minor: i64,
    pub status: RedemptionStatus,
    pub created_at: DateTime<Utc>,
    pub paid_at: Option<DateTime<Utc>>,
    pub paid_by: Option<Uuid>,
    /// The references people quote: the redemption's, its voucher's is on the voucher, and
    /// the payment's once paid.
    pub reference: Option<String>,
    pub payment_reference: Option<String>,
    /// The first of the four eyes on the payment: who recommended it, and when.
    pub recommended_by: Option<Uuid>,
    pub recommended_at: Option<DateTime<Utc>>,
    /// The idempotency keys of its payment approval and of the redemption request (safe
    /// retries).
    pub payment_key: Option<String>,
    pub request_key: Option<String>,
}

impl Redemption {
    pub fn money(&self, minor: i64) -> Money {
        Money::from_minor_units(minor, self.currency)
    }
}

impl TryFrom<redemption::Model> for Redemption {
    type Error = StoreError;
    fn try_from(r: redemption::Model) -> Result<Self, StoreError> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("redemption {}: {what}", r.id));
        Ok(Self {
            member_state: MemberState::parse(&r.member_state)
                .map_err(|_| corrupt("member state"))?,
            service_category: ServiceCategory::parse(&r.service_category)
                .map_err(|_| corrupt("category"))?,
            currency: Currency::parse(&r.currency).map_err(|_| corrupt("currency"))?,
            status: RedemptionStatus::parse(&r.status).map_err(|_| corrupt("status"))?,
            id: r.id,
            voucher_id: r.voucher_id,
            program_id: r.program_id,
            service_provider_id: r.service_provider_id,
            invoice_reference: r.invoice_reference,
            invoice_minor: r.invoice_minor,
            covered_minor: r.covered_minor,
            clinic_pays_minor: r.clinic_pays_minor,
            net_payable_minor: r.net_payable_minor,
            created_at: r.created_at,
            paid_at: r.paid_at,
            paid_by: r.paid_by,
            reference: r.reference,
            payment_reference: r.payment_reference,
            recommended_by: r.recommended_by,
            recommended_at: r.recommended_at,
            payment_key: r.payment_key,
            request_key: r.request_key,
        })
    }
}

pub async fn find(
    db: &DatabaseConnection,
    scope: &Scope,
    id: Uuid,
) -> Result<Option<Redemption>, StoreError> {
    scoped::<redemption::Entity>(scope)
        .filter(R::Id.eq(id))
        .one(db)
        .await?
        .map(Redemption::try_from)
        .transpose()
}

/// The redemption with this reference, or whose payment has it (`payment`), within the scope.
pub async fn find_by_reference(
    db: &DatabaseConnection,
    scope: &Scope,
    reference: &Reference,
    payment: bool,
) -> Result<Option<Redemption>, StoreError> {
    let col = if payment {
        R::PaymentReference
    } else {
        R::Reference
    };
    scoped::<redemption::Entity>(scope)
        .filter(col.eq(reference.as_str()))
        .one(db)
        .await?
        .map(Redemption::try_from)
        .transpose()
}

pub async fn exists(db: &DatabaseConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(redemption::Entity::find_by_id(id).count(db).await? > 0)
}

/// The redemptions of these vouchers within the scope, newest first.
pub async fn of_vouchers(
    db: &DatabaseConnection,
    scope: &Scope,
    vouchers: &[Uuid],
) -> Result<Vec<Redemption>, StoreError> {
    scoped::<redemption::Entity>(scope)
        .filter(R::VoucherId.is_in(vouchers.iter().copied()))
        .order_by_desc(R::Id)
        .all(db)
        .await?
        .into_iter()
        .map(Redemption::try_from)
        .collect()
}

#[derive(Debug, Clone, Default)]
pub struct RedemptionFilter {
    pub voucher_id: Option<Uuid>,
    pub program_id: Option<Uuid>,
    pub status: Option<RedemptionStatus>,
    /// Part of a reference (the redemption's, its payment's or the invoice's) or of the name
    /// of the clinic or of the service provider, any case.
    pub search: Option<domain::search::SearchText>,
    /// Redeemed at or after / before.
    pub redeemed_from: Option<DateTime<Utc>>,
    pub redeemed_before: Option<DateTime<Utc>>,
    /// Recommended by a first officer (waiting for the second) or not.
    pub recommended: Option<bool>,
}

impl RedemptionFilter {
    /// This filter applied to `q`.
    fn apply(
        &self,
        mut q: sea_orm::Select<redemption::Entity>,
    ) -> sea_orm::Select<redemption::Entity> {
        if let Some(v) = self.voucher_id {
            q = q.filter(R::VoucherId.eq(v));
        }
        if let Some(p) = self.program_id {
            q = q.filter(R::ProgramId.eq(p));
        }
        if let Some(s) = self.status {
            q = q.filter(R::Status.eq(s.as_str()));
        }
        if let Some(text) = self.search.as_ref().map(Contains::of) {
            let clinics = Query::select()
                .column(voucher::Column::Id)
                .from(voucher::Entity)
                .and_where(voucher::Column::OrganisationId.in_subquery(text.organisations_named()))
                .to_owned();
            q = q.filter(
                Condition::any()
                    .add(text.in_column(R::Reference))
                    .add(text.in_column(R::PaymentReference))
                    .add(text.in_column(R::InvoiceReference))
                    .add(R::ServiceProviderId.in_subquery(text.organisations_named()))
                    .add(R::VoucherId.in_subquery(clinics)),
            );
        }
        if let Some(from) = self.redeemed_from {
            q = q.filter(R::CreatedAt.gte(from));
        }
        if let Some(before) = self.redeemed_before {
            q = q.filter(R::CreatedAt.lt(before));
        }
        match self.recommended {
            Some(true) => q = q.filter(R::RecommendedBy.is_not_null()),
            Some(false) => q = q.filter(R::RecommendedBy.is_null()),
            None => {}
        }
        q
    }
}

/// Newest first; the agency's payment queue is `status: PENDING_PAYMENT`.
pub async fn list(
    db: &DatabaseConnection,
    scope: &Scope,
    f: &RedemptionFilter,
    req: PageRequest,
) -> Result<Page<Redemption>, StoreError> {
    let q = f.apply(scoped::<redemption::Entity>(scope));
    page::fetch(db, q, R::Id, Order::NewestFirst, req)
        .await?
        .try_map(Redemption::try_from)
}

/// At most `limit` redemptions under `f` within the scope, newest first (the CSV export).
pub async fn all(
    db: &DatabaseConnection,
    scope: &Scope,
    f: &RedemptionFilter,
    limit: u64,
) -> Result<Vec<Redemption>, StoreError> {
    use sea_orm::QuerySelect;
    f.apply(scoped::<redemption::Entity>(scope))
        .order_by_desc(R::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(Redemption::try_from)
        .collect()
}

/// The redemption this service provider's `redeemVoucher` with `key` created, if any.
pub async fn by_request_key<C: ConnectionTrait>(
    conn: &C,
    service_provider: Uuid,
    key: &IdempotencyKey,
) -> Result<Option<Redemption>, StoreError> {
    redemption::Entity::find()
        .filter(R::ServiceProviderId.eq(service_provider))
        .filter(R::RequestKey.eq(key.as_str()))
        .one(conn)
        .await?
        .map(Redemption::try_from)
        .transpose()
}

/// Whether this service provider redeemed an invoice with this reference before.
pub(crate) async fn invoice_used<C: ConnectionTrait>(
    conn: &C,
    service_provider: Uuid,
    reference: &InvoiceReference,
) -> Result<bool, StoreError> {
    Ok(redemption::Entity::find()
        .filter(R::ServiceProviderId.eq(service_provider))
        .filter(R::InvoiceReference.eq(reference.as_str()))
        .count(conn)
        .await?
        > 0)
}

/// Records a redemption of `v` inside the redeeming transaction; `split` is what the voucher
/// covers, what the clinic pays and what paying it will disburse.
pub(crate) async fn insert(
    tx: &Tx,
    v: Against,
    service_provider: Uuid,
    invoice: &Invoice,
    (covered, clinic_pays, net): (i64, i64, i64),
) -> Result<Redemption, StoreError> {
    redemption::ActiveModel {
        id: Set(Uuid::now_v7()),
        voucher_id: Set(v.voucher_id),
        program_id: Set(v.program_id),
        member_state: Set(v.member_state.code().to_owned()),
        service_provider_id: Set(service_provider),
        invoice_reference: Set(invoice.reference.as_str().to_owned()),
        service_category: Set(invoice.category.as_str().to_owned()),
        currency: Set(v.currency.code().to_owned()),
        invoice_minor: Set(invoice.amount_minor),
        covered_minor: Set(covered),
        clinic_pays_minor: Set(clinic_pays),
        net_payable_minor: Set(net),
        status: Set(RedemptionStatus::PendingPayment.as_str().to_owned()),
        created_by: Set(tx.actor().id),
        created_at: Set(tx.now()),
        paid_at: Set(None),
        paid_by: Set(None),
        recommended_by: Set(None),
        recommended_at: Set(None),
        reference: Set(Some(v.reference.as_str().to_owned())),
        payment_reference: Set(None),
        payment_key: Set(None),
        request_key: Set(invoice.key.as_ref().map(|k| k.as_str().to_owned())),
    }
    .insert(&**tx)
    .await?
    .try_into()
}

/// A paid redemption and the organisations told about it (the clinic and the provider).
pub type Paid = (Redemption, Vec<Uuid>);

/// Approves a redemption's payment: marks it paid and disburses its net amount, in one
/// transaction. `Ok(None)`: it was paid already (by someone else, meanwhile).
pub async fn approve_payment(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    r: &Redemption,
    key: Option<&IdempotencyKey>,
) -> Result<Result<Option<Paid>, Refusal>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let programme = programmes::get(&*tx, r.program_id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("redemption without programme".into()))?;
    let second_needed = programme.rules.four_eyes.needs_second(r.net_payable_minor);
    // Drawn in this transaction: a payment that does not commit gives its number back.
    let reference = references::next(&*tx, &programme, ReferenceKind::Payment).await?;
    let paid = tx
        .update_one(
            redemption::Entity::update_many()
                .col_expr(R::Status, Expr::value(RedemptionStatus::Paid.as_str()))
                .col_expr(R::PaidAt, Expr::value(now))
                .col_expr(R::PaidBy, Expr::value(actor.id))
                .col_expr(R::PaymentReference, Expr::value(reference.as_str()))
                .col_expr(R::PaymentKey, Expr::value(key.map(|k| k.as_str())))
                .filter(R::Id.eq(r.id))
                .filter(R::Status.eq(RedemptionStatus::PendingPayment.as_str()))
                .filter(second_officer(
                    actor.id,
                    second_needed,
                    R::RecommendedBy,
                    None,
                )),
        )
        .await?;
    if !paid {
        tx.rollback().await?;
        return Ok(Ok(None));
    }
    let voucher_row = voucher::Entity::find_by_id(r.voucher_id).one(&*tx).await?;
    let voucher_reference = voucher_row.as_ref().and_then(|v| v.reference.clone());
    if r.net_payable_minor > 0 {
        let m = Movement {
            kind: EntryKind::Disburse,
            amount_minor: r.net_payable_minor,
            reference: LedgerReference::system(format!(
                "Payment {reference} of redemption {} (invoice {})",
                r.reference.as_deref().unwrap_or("without reference"),
                r.invoice_reference
            )),
            voucher_id: Some(r.voucher_id),
            voucher_reference: voucher_reference.clone(),
            idempotency_key: None,
        };
        if let Err(refusal) = ledger::post_in(&tx, &programme, &m).await? {
            tx.rollback().await?;
            return Ok(Err(refusal));
        }
    }
    tx.audit(
        Audit::new(
            member_state_chain(r.member_state),
            "redemption.pay",
            "Redemption",
            r.id,
        )
        .detail(serde_json::json!({
            "disbursedMinor": r.net_payable_minor,
            "reference": reference.as_str(),
            "voucherId": r.voucher_id,
            "recommendedBy": r.recommended_by,
        })),
    )
    .await?;
    let clinic = voucher_row.map(|v| (v.organisation_id, v.application_id));
    let subject = Subject {
        application: clinic.map(|c| c.1),
        voucher: Some(r.voucher_id),
        redemption: Some(r.id),
    };
    let mut told = vec![r.service_provider_id];
    if let Some((org, _)) = clinic {
        told.push(org);
    }
    let mail = domain::email::Mail::PaymentApproved {
        reference: reference.as_str().to_owned(),
        amount: domain::money::Money::from_minor_units(r.net_payable_minor, r.currency).to_string(),
    };
    for org in &told {
        notifications::notify(&*tx, now, *org, Kind::PaymentApproved, subject).await?;
        super::outbox::to_organisation(&*tx, *org, &mail, now).await?;
    }
    let updated = redemption::Entity::find_by_id(r.id).one(&*tx).await?;
    tx.commit().await?;
    updated
        .map(|u| Ok((Redemption::try_from(u)?, told)))
        .transpose()
        .map(Ok)
}

/// The first of the four eyes on a payment: an officer recommends paying a pending
/// redemption. `None`: it was paid or recommended meanwhile.
pub async fn recommend_payment(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    r: &Redemption,
) -> Result<Option<Redemption>, StoreError> {
    let update = redemption::Entity::update_many()
        .col_expr(R::RecommendedBy, Expr::value(actor.id))
        .col_expr(R::RecommendedAt, Expr::value(now))
        .filter(R::Id.eq(r.id))
        .filter(R::Status.eq(RedemptionStatus::PendingPayment.as_str()))
        .filter(R::RecommendedBy.is_null());
    change_one(
        store,
        actor,
        now,
        update,
        Audit::new(
            member_state_chain(r.member_state),
            "redemption.recommend",
            "Redemption",
            r.id,
        )
        .detail(serde_json::json!({ "payableMinor": r.net_payable_minor })),
        r.id,
    )
    .await?
    .map(Redemption::try_from)
    .transpose()
}
