//! Voucher programmes: scoped reads, creation, edits and lifecycle, each with its audit row.
use super::audit::Actor;
use super::entities::voucher_program::{self, Column as C};
use super::page::{self, Order, Page, PageRequest};
use super::tenancy::scoped;
use super::write::{Audit, change_one};
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::Scope;
use domain::audit::member_state_chain;
use domain::four_eyes::FourEyes;
use domain::ledger::Balances;
use domain::member_state::MemberState;
use domain::money::{Currency, Money};
use domain::organisation::{HealthcareType, Nis2Class};
use domain::programme::{
    LocalisedText, Percent, ProgrammeCode, ProgrammeRules, ProgrammeStatus, ServiceCategory,
};
use domain::sme::Category;
use rust_decimal::Decimal;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use std::collections::BTreeSet;
use uuid::Uuid;

/// A programme as the domain sees it.
#[derive(Debug, Clone)]
pub struct Programme {
    pub id: Uuid,
    pub member_state: MemberState,
    pub code: ProgrammeCode,
    pub status: ProgrammeStatus,
    pub names: Vec<LocalisedText>,
    pub descriptions: Vec<LocalisedText>,
    pub rules: ProgrammeRules,
    pub funds: Balances,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Programme {
    pub fn money(&self, minor: i64) -> Money {
        Money::from_minor_units(minor, self.rules.currency)
    }
}

/// What a create or an edit supplies.
#[derive(Debug, Clone)]
pub struct ProgrammeContent {
    pub code: ProgrammeCode,
    pub names: Vec<LocalisedText>,
    pub descriptions: Vec<LocalisedText>,
    pub rules: ProgrammeRules,
}

fn category_code(c: Category) -> &'static str {
    match c {
        Category::Micro => "MICRO",
        Category::Small => "SMALL",
        Category::Medium => "MEDIUM",
        Category::Large => "LARGE",
    }
}

fn category_parse(s: &str) -> Option<Category> {
    Some(match s {
        "MICRO" => Category::Micro,
        "SMALL" => Category::Small,
        "MEDIUM" => Category::Medium,
        "LARGE" => Category::Large,
        _ => return None,
    })
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(",")
}

fn split(s: &str) -> impl Iterator<Item = &str> {
    s.split(',').filter(|x| !x.is_empty())
}

fn bp(p: Percent) -> i32 {
    i32::try_from((p.value() * Decimal::ONE_HUNDRED).trunc().mantissa()).unwrap_or(0)
}

fn percent(bp: i32) -> Result<Percent, StoreError> {
    Percent::parse("percent", Decimal::new(i64::from(bp), 2))
        .map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn corrupt(id: Uuid, what: &str) -> StoreError {
    StoreError::Corrupt(format!("programme {id}: bad {what}"))
}

impl TryFrom<voucher_program::Model> for Programme {
    type Error = StoreError;
    fn try_from(m: voucher_program::Model) -> Result<Self, StoreError> {
        let id = m.id;
        let currency = Currency::parse(&m.currency).map_err(|_| corrupt(id, "currency"))?;
        let sme_categories: BTreeSet<Category> = split(&m.sme_categories)
            .map(category_parse)
            .collect::<Option<_>>()
            .ok_or_else(|| corrupt(id, "sme categories"))?;
        let healthcare_types: BTreeSet<HealthcareType> = split(&m.healthcare_types)
            .map(HealthcareType::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| corrupt(id, "types"))?;
        let nis2_classes: BTreeSet<Nis2Class> = split(&m.nis2_classes)
            .map(Nis2Class::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| corrupt(id, "nis2"))?;
        let service_categories: BTreeSet<ServiceCategory> = split(&m.service_categories)
            .map(ServiceCategory::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| corrupt(id, "services"))?;
        let cutoffs: Vec<DateTime<Utc>> =
            serde_json::from_str(&m.cutoffs).map_err(|_| corrupt(id, "cutoffs"))?;
        Ok(Programme {
            id,
            member_state: MemberState::parse(&m.member_state)
                .map_err(|_| corrupt(id, "member state"))?,
            code: ProgrammeCode::parse(&m.code).map_err(|_| corrupt(id, "code"))?,
            status: ProgrammeStatus::parse(&m.status).map_err(|_| corrupt(id, "status"))?,
            names: serde_json::from_str(&m.names).map_err(|_| corrupt(id, "names"))?,
            descriptions: serde_json::from_str(&m.descriptions)
                .map_err(|_| corrupt(id, "descriptions"))?,
            rules: ProgrammeRules {
                currency,
                min_voucher: Money::from_minor_units(m.min_voucher_minor, currency),
                max_voucher: Money::from_minor_units(m.max_voucher_minor, currency),
                aid_intensity: percent(m.aid_intensity_bp)?,
                prefinancing: m.prefinancing_bp.map(percent).transpose()?,
                sme_categories,
                healthcare_types,
                nis2_classes,
                service_categories,
                opens_at: m.opens_at,
                closes_at: m.closes_at,
                cutoffs,
                validity_days: u32::try_from(m.validity_days)
                    .map_err(|_| corrupt(id, "validity"))?,
                de_minimis: m.de_minimis,
                four_eyes: FourEyes::from_column(m.four_eyes_threshold_minor),
            },
            funds: Balances {
                allocated: m.allocated_minor,
                committed: m.committed_minor,
                disbursed: m.disbursed_minor,
            },
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

fn content_columns(
    am: &mut voucher_program::ActiveModel,
    c: &ProgrammeContent,
) -> Result<(), StoreError> {
    let r = &c.rules;
    let minor = |m: Money| {
        m.to_minor_units()
            .map_err(|e| StoreError::Corrupt(e.to_string()))
    };
    am.code = Set(c.code.as_str().to_owned());
    am.currency = Set(r.currency.code().to_owned());
    am.names =
        Set(serde_json::to_string(&c.names).map_err(|e| StoreError::Corrupt(e.to_string()))?);
    am.descriptions =
        Set(serde_json::to_string(&c.descriptions)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?);
    am.min_voucher_minor = Set(minor(r.min_voucher)?);
    am.max_voucher_minor = Set(minor(r.max_voucher)?);
    am.aid_intensity_bp = Set(bp(r.aid_intensity));
    am.prefinancing_bp = Set(r.prefinancing.map(bp));
    am.sme_categories = Set(join(r.sme_categories.iter().map(|c| category_code(*c))));
    am.healthcare_types = Set(join(r.healthcare_types.iter().map(|t| t.as_str())));
    am.nis2_classes = Set(join(r.nis2_classes.iter().map(|t| t.as_str())));
    am.service_categories = Set(join(
        r.service_categories.iter().map(ServiceCategory::as_str),
    ));
    am.opens_at = Set(r.opens_at);
    am.closes_at = Set(r.closes_at);
    am.cutoffs =
        Set(serde_json::to_string(&r.cutoffs).map_err(|e| StoreError::Corrupt(e.to_string()))?);
    am.validity_days = Set(i32::try_from(r.validity_days).unwrap_or(i32::MAX));
    am.de_minimis = Set(r.de_minimis);
    am.four_eyes_threshold_minor = Set(r.four_eyes.to_column());
    Ok(())
}

pub async fn find(
    db: &DatabaseConnection,
    scope: &Scope,
    id: Uuid,
) -> Result<Option<Programme>, StoreError> {
    scoped::<voucher_program::Entity>(scope)
        .filter(C::Id.eq(id))
        .one(db)
        .await?
        .map(Programme::try_from)
        .transpose()
}

pub async fn find_many(
    db: &DatabaseConnection,
    scope: &Scope,
    ids: &[Uuid],
) -> Result<Vec<Programme>, StoreError> {
    scoped::<voucher_program::Entity>(scope)
        .filter(C::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(Programme::try_from)
        .collect()
}

/// Reads a programme inside a transaction, without scope (the caller has checked it).
pub async fn get<C2: ConnectionTrait>(
    conn: &C2,
    id: Uuid,
) -> Result<Option<Programme>, StoreError> {
    voucher_program::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(Programme::try_from)
        .transpose()
}

#[derive(Debug, Default, Clone)]
pub struct ProgrammeFilter {
    pub member_state: Option<MemberState>,
    pub status: Option<ProgrammeStatus>,
}

pub async fn list(
    db: &DatabaseConnection,
    scope: &Scope,
    filter: &ProgrammeFilter,
    page: PageRequest,
) -> Result<Page<Programme>, StoreError> {
    let mut q = scoped::<voucher_program::Entity>(scope);
    if let Some(ms) = filter.member_state {
        q = q.filter(C::MemberState.eq(ms.code()));
    }
    if let Some(s) = filter.status {
        q = q.filter(C::Status.eq(s.as_str()));
    }
    page::fetch(db, q, C::Id, Order::OldestFirst, page)
        .await?
        .try_map(Programme::try_from)
}

pub async fn create(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    ms: MemberState,
    content: ProgrammeContent,
) -> Result<Programme, StoreError> {
    let mut am = voucher_program::ActiveModel {
        id: Set(Uuid::now_v7()),
        member_state: Set(ms.code().to_owned()),
        status: Set(ProgrammeStatus::Draft.as_str().to_owned()),
        allocated_minor: Set(0),
        committed_minor: Set(0),
        disbursed_minor: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    content_columns(&mut am, &content)?;
    let tx = store.tx(actor, now).await?;
    let model = am.insert(&*tx).await?;
    tx.audit(
        Audit::new(
            member_state_chain(ms),
            "programme.create",
            "VoucherProgram",
            model.id,
        )
        .detail(serde_json::json!({ "code": content.code.as_str() })),
    )
    .await?;
    tx.commit().await?;
    Programme::try_from(model)
}

/// Replaces a programme's content if it is still in `status` (a conditional update).
/// `None`: the status changed meanwhile.
pub async fn update(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    p: &Programme,
    content: ProgrammeContent,
) -> Result<Option<Programme>, StoreError> {
    let mut am = voucher_program::ActiveModel {
        ..Default::default()
    };
    content_columns(&mut am, &content)?;
    am.updated_at = Set(now);
    let update = voucher_program::Entity::update_many()
        .set(am)
        .filter(C::Id.eq(p.id))
        .filter(C::Status.eq(p.status.as_str()));
    let audit = Audit::new(
        member_state_chain(p.member_state),
        "programme.update",
        "VoucherProgram",
        p.id,
    )
    .detail(serde_json::json!({ "status": p.status.as_str() }));
    change_one(store, actor, now, update, audit, p.id)
        .await?
        .map(Programme::try_from)
        .transpose()
}

/// Moves a programme between states. Opening re-checks in the same statement that a budget is
/// allocated (a de-allocation racing the opening cannot slip between check and update).
pub async fn transition(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    p: &Programme,
    to: ProgrammeStatus,
) -> Result<Option<Programme>, StoreError> {
    let mut update = voucher_program::Entity::update_many()
        .col_expr(C::Status, Expr::value(to.as_str()))
        .col_expr(C::UpdatedAt, Expr::value(now))
        .filter(C::Id.eq(p.id))
        .filter(C::Status.eq(p.status.as_str()));
    if to == ProgrammeStatus::Open {
        update = update.filter(C::AllocatedMinor.gt(0));
    }
    if to == ProgrammeStatus::Archived {
        // Nothing left behind, re-checked in the update itself: an active voucher keeps funds
        // committed, so no commitment and no budget left means no voucher either.
        update = update
            .filter(C::CommittedMinor.eq(0))
            .filter(Expr::col(C::AllocatedMinor).eq(Expr::col(C::DisbursedMinor)));
    }
    let audit = Audit::new(
        member_state_chain(p.member_state),
        "programme.transition",
        "VoucherProgram",
        p.id,
    )
    .detail(serde_json::json!({ "from": p.status.as_str(), "to": to.as_str() }));
    change_one(store, actor, now, update, audit, p.id)
        .await?
        .map(Programme::try_from)
        .transpose()
}
