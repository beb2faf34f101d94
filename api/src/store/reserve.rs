//! The EU Cybersecurity Reserve's SQL (`docs/reserve.md`): requests read in scope
//! (`store/tenancy.rs`), every step one transaction with its audit row, and the capacity
//! ledger. A request change first bumps its `version` with a conditional update on the version
//! the decision was taken on, so two concurrent steps of one request never both apply. Capacity
//! moves are conditional updates of the provider's quarter row whose condition is the domain's
//! rule (`free ≥ days`, `reserved ≥ days`), each with its append-only ledger entry: an
//! assignment reserves in ONE conditional update, so concurrent assignments never reserve more
//! than the provider has, on SQLite and PostgreSQL alike.
use super::audit::Actor;
use super::catalogue::statement;
use super::entities::{
    organisation, reserve_capacity as cap, reserve_capacity_entry as ent,
    reserve_delivery_log as dlog, reserve_engagement as eng, reserve_priority_override as ovr,
    reserve_provider as prov, reserve_request as req, reserve_summary_report as rep,
};
use super::tenancy::scoped;
use super::write::{Audit, Tx};
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::Scope;
use domain::audit::{EU_CHAIN, member_state_chain};
use domain::calendar::TimeZoneName;
use domain::incident::Severity;
use domain::language::Language;
use domain::member_state::MemberState;
use domain::organisation::Nis2Class;
use domain::reserve::priority::{OverrideDirection, PriorityOverride};
use domain::reserve::{
    CapacityBalances, CapacityEntryKind, Endorsement, Impact, Pool, Quarter, RequestContent,
    RequestKind, RequestStatus, SpillOver, SummaryReport,
};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, Value,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A provider's engagement on a request.
#[derive(Debug, Clone)]
pub struct EngagementRecord {
    pub id: Uuid,
    pub provider_id: Uuid,
    pub quarter: Quarter,
    pub pool: Pool,
    /// `ASSIGNED`, `ACCEPTED`, `DECLINED` or `COMPLETED`.
    pub status: String,
    pub reserved_days: i64,
    pub consumed_days: i64,
    pub assigned_at: DateTime<Utc>,
    pub responded_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
}

/// The summary report as submitted.
#[derive(Debug, Clone)]
pub struct ReportRecord {
    pub report: SummaryReport,
    pub submitted_at: DateTime<Utc>,
}

/// A whole request as the domain sees it.
#[derive(Debug, Clone)]
pub struct ReserveRequest {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub member_state: MemberState,
    pub incident_id: Option<Uuid>,
    pub zone: TimeZoneName,
    pub status: RequestStatus,
    pub kind: RequestKind,
    pub content: RequestContent,
    pub language: Option<Language>,
    pub entity_type: Option<Nis2Class>,
    pub impact: Impact,
    pub total_days: i64,
    pub endorsement: Option<Endorsement>,
    pub decline_reason: Option<String>,
    pub provider_id: Option<Uuid>,
    pub provider_name: Option<String>,
    /// The current engagement (none before assignment or after the provider declined).
    pub engagement: Option<EngagementRecord>,
    /// ENISA's latest override of the order.
    pub priority_override: Option<PriorityOverride>,
    pub report: Option<ReportRecord>,
    pub summary_report_months: Option<u32>,
    pub delivery_ended_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub endorsed_at: Option<DateTime<Utc>>,
    pub triaged_at: Option<DateTime<Utc>>,
    pub reported_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub version: i64,
}

impl ReserveRequest {
    fn chain(&self) -> String {
        member_state_chain(self.member_state)
    }
}

/// One logged delivery.
#[derive(Debug, Clone)]
pub struct DeliveryLogEntry {
    pub id: Uuid,
    pub days: i64,
    pub note: Option<String>,
    pub logged_at: DateTime<Utc>,
}

/// A trusted Reserve provider and what it covers.
#[derive(Debug, Clone)]
pub struct ReserveProvider {
    pub id: Uuid,
    pub name: String,
    pub organisation_status: String,
    pub trusted: bool,
    pub member_states: Vec<MemberState>,
    pub languages: Vec<Language>,
}

/// A provider's balances in one quarter.
#[derive(Debug, Clone)]
pub struct QuarterCapacity {
    pub provider_id: Uuid,
    pub quarter: Quarter,
    pub balances: CapacityBalances,
}

/// One entry of the capacity ledger.
#[derive(Debug, Clone)]
pub struct CapacityEntry {
    pub id: Uuid,
    pub provider_id: Uuid,
    pub quarter: Quarter,
    pub kind: CapacityEntryKind,
    pub pool: Pool,
    pub days: i64,
    pub request_id: Option<Uuid>,
    pub recorded_at: DateTime<Utc>,
}

fn corrupt(id: Uuid, what: &str) -> StoreError {
    StoreError::Corrupt(format!("reserve {id}: bad {what}"))
}

/// `",a,b,"`: a set in one column.
fn set_of<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<&str> = items.collect();
    format!(",{},", v.join(","))
}

fn items(s: &str) -> impl Iterator<Item = &str> {
    s.split(',').filter(|x| !x.is_empty())
}

fn engagement_of(m: eng::Model) -> Result<EngagementRecord, StoreError> {
    Ok(EngagementRecord {
        quarter: Quarter::parse(&m.quarter).map_err(|_| corrupt(m.id, "quarter"))?,
        pool: Pool::parse(&m.pool).map_err(|_| corrupt(m.id, "pool"))?,
        id: m.id,
        provider_id: m.provider_id,
        status: m.status,
        reserved_days: m.reserved_days,
        consumed_days: m.consumed_days,
        assigned_at: m.assigned_at,
        responded_at: m.responded_at,
        completed_at: m.completed_at,
    })
}

/// Rows → whole requests, with their organisations, engagements, overrides and reports in one
/// statement each, whatever the number of rows.
async fn load<C: ConnectionTrait>(
    conn: &C,
    rows: Vec<req::Model>,
) -> Result<Vec<ReserveRequest>, StoreError> {
    if rows.is_empty() {
        return Ok(vec![]);
    }
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let orgs: Vec<Uuid> = rows
        .iter()
        .flat_map(|r| std::iter::once(r.organisation_id).chain(r.provider_id))
        .collect();
    let engagement_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.engagement_id).collect();
    let names: HashMap<Uuid, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(orgs))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let mut engagements: HashMap<Uuid, EngagementRecord> = HashMap::new();
    if !engagement_ids.is_empty() {
        for m in eng::Entity::find()
            .filter(eng::Column::Id.is_in(engagement_ids))
            .all(conn)
            .await?
        {
            engagements.insert(m.id, engagement_of(m)?);
        }
    }
    let mut overrides: HashMap<Uuid, PriorityOverride> = HashMap::new();
    for m in ovr::Entity::find()
        .filter(ovr::Column::RequestId.is_in(ids.clone()))
        .order_by_asc(ovr::Column::MadeAt)
        .order_by_asc(ovr::Column::Id)
        .all(conn)
        .await?
    {
        let direction =
            OverrideDirection::parse(&m.direction).map_err(|_| corrupt(m.id, "direction"))?;
        overrides.insert(
            m.request_id,
            PriorityOverride {
                direction,
                justification: m.justification,
                at: m.made_at,
            },
        );
    }
    let mut reports: HashMap<Uuid, ReportRecord> = rep::Entity::find()
        .filter(rep::Column::RequestId.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| {
            (
                m.request_id,
                ReportRecord {
                    report: SummaryReport {
                        service_provided: m.service_provided,
                        results: m.results,
                        lessons_learned: m.lessons_learned,
                    },
                    submitted_at: m.submitted_at,
                },
            )
        })
        .collect();
    rows.into_iter()
        .map(|r| {
            let id = r.id;
            let bad = |w: &str| corrupt(id, w);
            let endorsement = match (&r.severity, &r.spill_over) {
                (Some(s), Some(o)) => Some(Endorsement {
                    severity: Severity::parse(s).map_err(|_| bad("severity"))?,
                    spill_over: SpillOver::parse(o).map_err(|_| bad("spill-over"))?,
                    note: r.endorsement_note.clone(),
                }),
                _ => None,
            };
            let content: RequestContent =
                serde_json::from_str(&r.content).map_err(|_| bad("content"))?;
            Ok(ReserveRequest {
                organisation_name: names.get(&r.organisation_id).cloned().unwrap_or_default(),
                member_state: MemberState::parse(&r.member_state).map_err(|_| bad("ms"))?,
                zone: TimeZoneName::parse(&r.zone).map_err(|_| bad("zone"))?,
                status: RequestStatus::parse(&r.status).map_err(|_| bad("status"))?,
                kind: content.kind(),
                content,
                language: r
                    .language
                    .as_deref()
                    .map(Language::parse)
                    .transpose()
                    .map_err(|_| bad("language"))?,
                entity_type: r
                    .entity_type
                    .as_deref()
                    .map(Nis2Class::parse)
                    .transpose()
                    .map_err(|_| bad("entity type"))?,
                impact: Impact::parse(&r.impact).map_err(|_| bad("impact"))?,
                total_days: r.total_days,
                endorsement,
                decline_reason: r.decline_reason,
                provider_id: r.provider_id,
                provider_name: r.provider_id.and_then(|p| names.get(&p).cloned()),
                engagement: r.engagement_id.and_then(|e| engagements.remove(&e)),
                priority_override: overrides.remove(&id),
                report: reports.remove(&id),
                summary_report_months: r
                    .summary_report_months
                    .map(|m| u32::try_from(m).map_err(|_| bad("months")))
                    .transpose()?,
                delivery_ended_at: r.delivery_ended_at,
                created_at: r.created_at,
                submitted_at: r.submitted_at,
                endorsed_at: r.endorsed_at,
                triaged_at: r.triaged_at,
                reported_at: r.reported_at,
                closed_at: r.closed_at,
                version: r.version,
                incident_id: r.incident_id,
                organisation_id: r.organisation_id,
                id,
            })
        })
        .collect()
}

/// One request in `scope`; `None` when missing or out of scope.
pub async fn find<C: ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    id: Uuid,
) -> Result<Option<ReserveRequest>, StoreError> {
    let rows = scoped::<req::Entity>(scope)
        .filter(req::Column::Id.eq(id))
        .all(conn)
        .await?;
    Ok(load(conn, rows).await?.into_iter().next())
}

/// Whether a request exists at all (to audit a probe of one out of scope).
pub async fn exists(db: &DatabaseConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(req::Entity::find_by_id(id).one(db).await?.is_some())
}

/// The requests in `scope`, newest first, optionally of some statuses.
pub async fn list(
    db: &DatabaseConnection,
    scope: &Scope,
    statuses: &[RequestStatus],
) -> Result<Vec<ReserveRequest>, StoreError> {
    let mut q = scoped::<req::Entity>(scope);
    if !statuses.is_empty() {
        q = q.filter(req::Column::Status.is_in(statuses.iter().map(|s| s.as_str())));
    }
    let rows = q.order_by_desc(req::Column::Id).all(db).await?;
    load(db, rows).await
}

/// The delivery log of a request's current engagement, oldest first.
pub async fn delivery_log(
    db: &DatabaseConnection,
    engagement_id: Uuid,
) -> Result<Vec<DeliveryLogEntry>, StoreError> {
    Ok(dlog::Entity::find()
        .filter(dlog::Column::EngagementId.eq(engagement_id))
        .order_by_asc(dlog::Column::LoggedAt)
        .order_by_asc(dlog::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| DeliveryLogEntry {
            id: m.id,
            days: m.days,
            note: m.note,
            logged_at: m.logged_at,
        })
        .collect())
}

/// What a new request is created with.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub organisation_id: Uuid,
    pub member_state: MemberState,
    pub incident_id: Option<Uuid>,
    pub zone: TimeZoneName,
    pub content: RequestContent,
    pub language: Option<Language>,
    pub entity_type: Option<Nis2Class>,
    pub impact: Impact,
    pub by: Uuid,
}

/// Creates a draft with its audit row.
pub async fn create(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    new: NewRequest,
) -> Result<ReserveRequest, StoreError> {
    let id = Uuid::now_v7();
    let tx = store.tx(actor, now).await?;
    let content = serde_json::to_string(&new.content).map_err(|_| corrupt(id, "content"))?;
    req::ActiveModel {
        id: Set(id),
        organisation_id: Set(new.organisation_id),
        member_state: Set(new.member_state.code().to_owned()),
        incident_id: Set(new.incident_id),
        zone: Set(new.zone.as_str().to_owned()),
        status: Set(RequestStatus::Draft.as_str().to_owned()),
        kind: Set(match new.content.kind() {
            RequestKind::Response => "RESPONSE".to_owned(),
            RequestKind::Preparedness => "PREPAREDNESS".to_owned(),
        }),
        content: Set(content),
        language: Set(new.language.map(|l| l.code().to_owned())),
        entity_type: Set(new.entity_type.map(|c| c.as_str().to_owned())),
        impact: Set(new.impact.as_str().to_owned()),
        total_days: Set(new.content.total_days()),
        severity: Set(None),
        spill_over: Set(None),
        endorsement_note: Set(None),
        decline_reason: Set(None),
        provider_id: Set(None),
        engagement_id: Set(None),
        summary_report_months: Set(None),
        delivery_ended_at: Set(None),
        created_by: Set(new.by),
        created_at: Set(now),
        submitted_at: Set(None),
        endorsed_at: Set(None),
        decided_by: Set(None),
        triaged_at: Set(None),
        reported_at: Set(None),
        closed_at: Set(None),
        updated_at: Set(now),
        version: Set(0),
    }
    .insert(&*tx)
    .await?;
    tx.audit(
        Audit::new(
            member_state_chain(new.member_state),
            "reserve.request_create",
            "ReserveRequest",
            id,
        )
        .detail(serde_json::json!({
            "organisation": new.organisation_id,
            "incident": new.incident_id,
            "days": new.content.total_days(),
        })),
    )
    .await?;
    let rows = req::Entity::find_by_id(id).all(&*tx).await?;
    let out = load(&*tx, rows).await?.into_iter().next();
    tx.commit().await?;
    out.ok_or_else(|| corrupt(id, "row after insert"))
}

/// A step's changes to the request row besides its status.
#[derive(Debug, Clone, Default)]
pub struct StepChanges {
    pub submitted_at: bool,
    pub endorsement: Option<Endorsement>,
    pub decline_reason: Option<String>,
    pub triaged_at: bool,
    /// `Some(None)`: the provider is cleared (it declined).
    pub provider: Option<Option<(Uuid, Uuid)>>,
    pub delivery_ended: Option<(DateTime<Utc>, u32)>,
    pub reported_at: bool,
    pub closed_at: bool,
}

/// Opens a step of `r`: bumps its version and sets its status (and `changes`) if it is still
/// the version the decision was taken on. `false`: it changed meanwhile (rolled back).
async fn begin(
    tx: &Tx,
    r: &ReserveRequest,
    to: RequestStatus,
    c: &StepChanges,
    by: Uuid,
) -> Result<bool, StoreError> {
    let now = tx.now();
    let mut q = req::Entity::update_many()
        .col_expr(
            req::Column::Version,
            Expr::col(req::Column::Version).add(1i64),
        )
        .col_expr(req::Column::UpdatedAt, Expr::value(now))
        .col_expr(req::Column::Status, Expr::value(to.as_str()))
        .filter(req::Column::Id.eq(r.id))
        .filter(req::Column::Version.eq(r.version));
    if c.submitted_at {
        q = q.col_expr(req::Column::SubmittedAt, Expr::value(now));
    }
    if let Some(e) = &c.endorsement {
        q = q
            .col_expr(req::Column::Severity, Expr::value(e.severity.as_str()))
            .col_expr(req::Column::SpillOver, Expr::value(e.spill_over.as_str()))
            .col_expr(req::Column::EndorsementNote, Expr::value(e.note.clone()))
            .col_expr(req::Column::EndorsedAt, Expr::value(now))
            .col_expr(req::Column::DecidedBy, Expr::value(by));
    }
    if let Some(reason) = &c.decline_reason {
        q = q
            .col_expr(req::Column::DeclineReason, Expr::value(reason.clone()))
            .col_expr(req::Column::DecidedBy, Expr::value(by));
    }
    if c.triaged_at {
        q = q.col_expr(req::Column::TriagedAt, Expr::value(now));
    }
    if let Some(p) = c.provider {
        q = q
            .col_expr(req::Column::ProviderId, Expr::value(p.map(|x| x.0)))
            .col_expr(req::Column::EngagementId, Expr::value(p.map(|x| x.1)));
    }
    if let Some((at, months)) = c.delivery_ended {
        q = q
            .col_expr(req::Column::DeliveryEndedAt, Expr::value(at))
            .col_expr(
                req::Column::SummaryReportMonths,
                Expr::value(i32::try_from(months).unwrap_or(i32::MAX)),
            );
    }
    if c.reported_at {
        q = q.col_expr(req::Column::ReportedAt, Expr::value(now));
    }
    if c.closed_at {
        q = q.col_expr(req::Column::ClosedAt, Expr::value(now));
    }
    if tx.update_one(q).await? {
        Ok(true)
    } else {
        Ok(false)
    }
}

async fn finish(tx: Tx, r: &ReserveRequest, audit: Audit) -> Result<ReserveRequest, StoreError> {
    tx.audit(audit).await?;
    let rows = req::Entity::find_by_id(r.id).all(&*tx).await?;
    let out = load(&*tx, rows).await?.into_iter().next();
    tx.commit().await?;
    out.ok_or_else(|| corrupt(r.id, "row after change"))
}

fn audit_of(r: &ReserveRequest, action: &'static str, detail: serde_json::Value) -> Audit {
    Audit::new(r.chain(), action, "ReserveRequest", r.id).detail(detail)
}

/// A plain step (submit, endorse, decline, withdraw, triage, close): the row's change and its
/// audit row. `None`: the request changed meanwhile, nothing written.
#[allow(clippy::too_many_arguments)]
pub async fn step(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    r: &ReserveRequest,
    to: RequestStatus,
    changes: StepChanges,
    by: Uuid,
    action: &'static str,
) -> Result<Option<ReserveRequest>, StoreError> {
    let tx = store.tx(actor, now).await?;
    if !begin(&tx, r, to, &changes, by).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    let detail = serde_json::json!({ "from": r.status.as_str(), "to": to.as_str() });
    Ok(Some(finish(tx, r, audit_of(r, action, detail)).await?))
}

/// ENISA's override of the order, with its justification.
pub async fn override_priority(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    r: &ReserveRequest,
    o: &PriorityOverride,
    by: Uuid,
) -> Result<Option<ReserveRequest>, StoreError> {
    let tx = store.tx(actor, now).await?;
    if !begin(&tx, r, r.status, &StepChanges::default(), by).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    let id = Uuid::now_v7();
    ovr::ActiveModel {
        id: Set(id),
        request_id: Set(r.id),
        direction: Set(o.direction.as_str().to_owned()),
        justification: Set(o.justification.clone()),
        made_at: Set(now),
        made_by: Set(by),
    }
    .insert(&*tx)
    .await?;
    let detail = serde_json::json!({ "direction": o.direction.as_str(), "override": id });
    Ok(Some(
        finish(tx, r, audit_of(r, "reserve.priority_override", detail)).await?,
    ))
}

fn pool_column(pool: Pool) -> &'static str {
    match pool {
        Pool::Response => "response",
        Pool::Preparedness => "preparedness",
    }
}

fn free_expr(pool: Pool) -> &'static str {
    match pool {
        Pool::Response => "precommitted - response_reserved - response_consumed - converted",
        Pool::Preparedness => "converted - preparedness_reserved - preparedness_consumed",
    }
}

/// The one conditional update of a capacity move on `(provider, quarter)`: `true` when the
/// rule held and the row changed.
async fn move_capacity(
    tx: &Tx,
    provider: Uuid,
    quarter: Quarter,
    kind: CapacityEntryKind,
    pool: Pool,
    days: i64,
) -> Result<bool, StoreError> {
    let p = pool_column(pool);
    let (set, condition) = match kind {
        CapacityEntryKind::Precommit => (
            "precommitted = precommitted + $1".to_owned(),
            format!(
                "precommitted + $1 <= {}",
                domain::reserve::capacity::MAX_PRECOMMIT_DAYS
            ),
        ),
        CapacityEntryKind::Reserve => (
            format!("{p}_reserved = {p}_reserved + $1"),
            format!("{} >= $1", free_expr(pool)),
        ),
        CapacityEntryKind::Release => (
            format!("{p}_reserved = {p}_reserved - $1"),
            format!("{p}_reserved >= $1"),
        ),
        CapacityEntryKind::Consume => (
            format!("{p}_reserved = {p}_reserved - $1, {p}_consumed = {p}_consumed + $1"),
            format!("{p}_reserved >= $1"),
        ),
        CapacityEntryKind::ConvertToPreparedness => (
            "converted = converted + $1".to_owned(),
            format!("{} >= $1", free_expr(Pool::Response)),
        ),
    };
    let sql = format!(
        "UPDATE reserve_capacity SET {set}, updated_at = $2 \
         WHERE provider_id = $3 AND quarter = $4 AND {condition}"
    );
    let res = tx
        .execute_raw(statement(
            tx.get_database_backend(),
            &sql,
            vec![
                days.into(),
                tx.now().into(),
                provider.into(),
                quarter.to_string().into(),
            ],
        ))
        .await?;
    match res.rows_affected() {
        0 => Ok(false),
        1 => Ok(true),
        n => Err(StoreError::Corrupt(format!(
            "a capacity move meant for one row changed {n}"
        ))),
    }
}

async fn ledger_entry(
    tx: &Tx,
    provider: Uuid,
    quarter: Quarter,
    kind: CapacityEntryKind,
    pool: Pool,
    days: i64,
    request: Option<Uuid>,
) -> Result<Uuid, StoreError> {
    let id = Uuid::now_v7();
    ent::ActiveModel {
        id: Set(id),
        provider_id: Set(provider),
        quarter: Set(quarter.to_string()),
        kind: Set(kind.as_str().to_owned()),
        pool: Set(pool.as_str().to_owned()),
        days: Set(days),
        request_id: Set(request),
        recorded_at: Set(tx.now()),
        recorded_by: Set(tx.actor().id),
    }
    .insert(&**tx)
    .await?;
    Ok(id)
}

/// A capacity move and its ledger entry; `false` when the rule did not hold (nothing written).
async fn capacity(
    tx: &Tx,
    provider: Uuid,
    quarter: Quarter,
    kind: CapacityEntryKind,
    pool: Pool,
    days: i64,
    request: Option<Uuid>,
) -> Result<bool, StoreError> {
    if !move_capacity(tx, provider, quarter, kind, pool, days).await? {
        return Ok(false);
    }
    ledger_entry(tx, provider, quarter, kind, pool, days, request).await?;
    Ok(true)
}

/// Why an assignment wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssignRefusal {
    /// The request changed meanwhile.
    Changed,
    /// The provider's free days no longer cover the request.
    NoCapacity { available: i64 },
}

/// ENISA assigns `provider`: the request becomes `ASSIGNED`, its days are reserved in ONE
/// conditional update of the provider's quarter row, the engagement and the `RESERVE` entry
/// are written, with the audit row, in one transaction.
#[allow(clippy::too_many_arguments)]
pub async fn assign(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    r: &ReserveRequest,
    provider: Uuid,
    quarter: Quarter,
    pool: Pool,
    by: Uuid,
) -> Result<Result<ReserveRequest, AssignRefusal>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let engagement = Uuid::now_v7();
    let days = r.total_days;
    if !capacity(
        &tx,
        provider,
        quarter,
        CapacityEntryKind::Reserve,
        pool,
        days,
        Some(r.id),
    )
    .await?
    {
        tx.rollback().await?;
        let available = balances(store.db(), provider, quarter)
            .await?
            .map_or(0, |b| b.free(pool));
        return Ok(Err(AssignRefusal::NoCapacity { available }));
    }
    let changes = StepChanges {
        provider: Some(Some((provider, engagement))),
        ..Default::default()
    };
    if !begin(&tx, r, RequestStatus::Assigned, &changes, by).await? {
        tx.rollback().await?;
        return Ok(Err(AssignRefusal::Changed));
    }
    eng::ActiveModel {
        id: Set(engagement),
        request_id: Set(r.id),
        provider_id: Set(provider),
        quarter: Set(quarter.to_string()),
        pool: Set(pool.as_str().to_owned()),
        status: Set("ASSIGNED".to_owned()),
        reserved_days: Set(days),
        consumed_days: Set(0),
        assigned_at: Set(now),
        assigned_by: Set(by),
        responded_at: Set(None),
        completed_at: Set(None),
    }
    .insert(&*tx)
    .await?;
    let detail = serde_json::json!({
        "provider": provider, "engagement": engagement, "quarter": quarter.to_string(),
        "pool": pool.as_str(), "days": days,
    });
    Ok(Ok(
        finish(tx, r, audit_of(r, "reserve.assign", detail)).await?
    ))
}

fn engagement_update(e: &EngagementRecord) -> sea_orm::UpdateMany<eng::Entity> {
    eng::Entity::update_many()
        .filter(eng::Column::Id.eq(e.id))
        .filter(eng::Column::ConsumedDays.eq(e.consumed_days))
        .filter(eng::Column::Status.eq(e.status.clone()))
}

/// The assigned provider accepts (delivery starts) or declines (back to the queue; its
/// reserved days are released with a `RELEASE` entry).
pub async fn respond(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    r: &ReserveRequest,
    e: &EngagementRecord,
    accept: bool,
    by: Uuid,
) -> Result<Option<ReserveRequest>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let (to, changes, status) = if accept {
        (
            RequestStatus::InDelivery,
            StepChanges::default(),
            "ACCEPTED",
        )
    } else {
        let c = StepChanges {
            provider: Some(None),
            ..Default::default()
        };
        (RequestStatus::Triaged, c, "DECLINED")
    };
    if !begin(&tx, r, to, &changes, by).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    let q = engagement_update(e)
        .col_expr(eng::Column::Status, Expr::value(status))
        .col_expr(eng::Column::RespondedAt, Expr::value(now));
    if !tx.update_one(q).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    if !accept
        && !capacity(
            &tx,
            e.provider_id,
            e.quarter,
            CapacityEntryKind::Release,
            e.pool,
            e.reserved_days - e.consumed_days,
            Some(r.id),
        )
        .await?
    {
        return Err(corrupt(r.id, "reservation to release"));
    }
    let detail = serde_json::json!({ "engagement": e.id, "accepted": accept });
    Ok(Some(
        finish(tx, r, audit_of(r, "reserve.respond", detail)).await?,
    ))
}

/// The provider logs `days` delivered: the engagement's consumed days grow (never beyond the
/// reserved ones: the update's condition), the reserved days become consumed in the capacity
/// ledger (`CONSUME`), and the delivery log gets its row.
#[allow(clippy::too_many_arguments)]
pub async fn log_delivery(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    r: &ReserveRequest,
    e: &EngagementRecord,
    days: i64,
    note: Option<String>,
    by: Uuid,
) -> Result<Option<ReserveRequest>, StoreError> {
    let tx = store.tx(actor, now).await?;
    if !begin(&tx, r, r.status, &StepChanges::default(), by).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    let q = engagement_update(e)
        .col_expr(
            eng::Column::ConsumedDays,
            Expr::col(eng::Column::ConsumedDays).add(days),
        )
        .filter(
            Expr::col(eng::Column::ConsumedDays)
                .add(days)
                .lte(e.reserved_days),
        );
    if !tx.update_one(q).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    if !capacity(
        &tx,
        e.provider_id,
        e.quarter,
        CapacityEntryKind::Consume,
        e.pool,
        days,
        Some(r.id),
    )
    .await?
    {
        return Err(corrupt(r.id, "reservation to consume"));
    }
    let id = Uuid::now_v7();
    dlog::ActiveModel {
        id: Set(id),
        engagement_id: Set(e.id),
        request_id: Set(r.id),
        days: Set(days),
        note: Set(note),
        logged_at: Set(now),
        logged_by: Set(by),
    }
    .insert(&*tx)
    .await?;
    let detail = serde_json::json!({ "engagement": e.id, "log": id, "days": days });
    Ok(Some(
        finish(tx, r, audit_of(r, "reserve.delivery_log", detail)).await?,
    ))
}

/// The provider completes delivery at `ended_at`: the request is `DELIVERED`, its summary
/// report clock starts with `months`, and the unused reserved days are released.
#[allow(clippy::too_many_arguments)]
pub async fn complete(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    r: &ReserveRequest,
    e: &EngagementRecord,
    ended_at: DateTime<Utc>,
    months: u32,
    unused: i64,
    by: Uuid,
) -> Result<Option<ReserveRequest>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let changes = StepChanges {
        delivery_ended: Some((ended_at, months)),
        ..Default::default()
    };
    if !begin(&tx, r, RequestStatus::Delivered, &changes, by).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    let q = engagement_update(e)
        .col_expr(eng::Column::Status, Expr::value("COMPLETED"))
        .col_expr(eng::Column::CompletedAt, Expr::value(ended_at));
    if !tx.update_one(q).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    if unused > 0
        && !capacity(
            &tx,
            e.provider_id,
            e.quarter,
            CapacityEntryKind::Release,
            e.pool,
            unused,
            Some(r.id),
        )
        .await?
    {
        return Err(corrupt(r.id, "reservation to release"));
    }
    let detail = serde_json::json!({ "engagement": e.id, "released": unused, "endedAt": ended_at });
    Ok(Some(
        finish(tx, r, audit_of(r, "reserve.delivery_complete", detail)).await?,
    ))
}

/// The clinic's summary report: stored once, the request `REPORTED`.
pub async fn report(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    r: &ReserveRequest,
    report: &SummaryReport,
    by: Uuid,
) -> Result<Option<ReserveRequest>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let changes = StepChanges {
        reported_at: true,
        ..Default::default()
    };
    if !begin(&tx, r, RequestStatus::Reported, &changes, by).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    rep::ActiveModel {
        request_id: Set(r.id),
        service_provided: Set(report.service_provided.clone()),
        results: Set(report.results.clone()),
        lessons_learned: Set(report.lessons_learned.clone()),
        submitted_at: Set(now),
        submitted_by: Set(by),
    }
    .insert(&*tx)
    .await?;
    Ok(Some(
        finish(
            tx,
            r,
            audit_of(r, "reserve.report_submit", serde_json::json!({})),
        )
        .await?,
    ))
}

// ---- providers and capacity ------------------------------------------------------------------

fn provider_of(p: prov::Model, o: &organisation::Model) -> Result<ReserveProvider, StoreError> {
    Ok(ReserveProvider {
        id: p.organisation_id,
        name: o.name.clone(),
        organisation_status: o.status.clone(),
        trusted: p.trusted,
        member_states: items(&p.member_states)
            .map(MemberState::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| corrupt(p.organisation_id, "member states"))?,
        languages: items(&p.languages)
            .map(Language::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| corrupt(p.organisation_id, "languages"))?,
    })
}

/// Reserve providers (all, or one), by name.
pub async fn providers<C: ConnectionTrait>(
    conn: &C,
    only: Option<Uuid>,
) -> Result<Vec<ReserveProvider>, StoreError> {
    let mut q = prov::Entity::find();
    if let Some(id) = only {
        q = q.filter(prov::Column::OrganisationId.eq(id));
    }
    let rows = q.all(conn).await?;
    let orgs: HashMap<Uuid, organisation::Model> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(rows.iter().map(|p| p.organisation_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut out = rows
        .into_iter()
        .map(|p| {
            let o = orgs
                .get(&p.organisation_id)
                .ok_or_else(|| corrupt(p.organisation_id, "organisation"))?;
            provider_of(p, o)
        })
        .collect::<Result<Vec<_>, _>>()?;
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(out)
}

/// Flags (or updates) a Reserve provider, with its audit row.
pub async fn save_provider(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    id: Uuid,
    trusted: bool,
    member_states: &[MemberState],
    languages: &[Language],
) -> Result<ReserveProvider, StoreError> {
    let tx = store.tx(actor, now).await?;
    let ms = set_of(member_states.iter().map(|m| m.code()));
    let langs = set_of(languages.iter().map(|l| l.code()));
    let exists = prov::Entity::find_by_id(id).one(&*tx).await?.is_some();
    if exists {
        prov::Entity::update_many()
            .col_expr(prov::Column::Trusted, Expr::value(trusted))
            .col_expr(prov::Column::MemberStates, Expr::value(ms.clone()))
            .col_expr(prov::Column::Languages, Expr::value(langs.clone()))
            .col_expr(prov::Column::UpdatedAt, Expr::value(now))
            .filter(prov::Column::OrganisationId.eq(id))
            .exec(&*tx)
            .await?;
    } else {
        prov::ActiveModel {
            organisation_id: Set(id),
            trusted: Set(trusted),
            member_states: Set(ms.clone()),
            languages: Set(langs.clone()),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&*tx)
        .await?;
    }
    tx.audit(
        Audit::new(
            EU_CHAIN.to_owned(),
            "reserve.provider_register",
            "ReserveProvider",
            id,
        )
        .detail(serde_json::json!({ "trusted": trusted, "memberStates": ms, "languages": langs })),
    )
    .await?;
    let out = providers(&*tx, Some(id)).await?.into_iter().next();
    tx.commit().await?;
    out.ok_or_else(|| corrupt(id, "provider after save"))
}

fn balances_of(m: &cap::Model) -> CapacityBalances {
    let mut b = CapacityBalances {
        precommitted: m.precommitted,
        converted: m.converted,
        ..Default::default()
    };
    b.response.reserved = m.response_reserved;
    b.response.consumed = m.response_consumed;
    b.preparedness.reserved = m.preparedness_reserved;
    b.preparedness.consumed = m.preparedness_consumed;
    b
}

/// The balances of providers' quarters (all of `providers`, in one statement).
pub async fn capacities(
    db: &DatabaseConnection,
    providers: &[Uuid],
) -> Result<Vec<QuarterCapacity>, StoreError> {
    cap::Entity::find()
        .filter(cap::Column::ProviderId.is_in(providers.iter().copied()))
        .order_by_asc(cap::Column::ProviderId)
        .order_by_asc(cap::Column::Quarter)
        .all(db)
        .await?
        .iter()
        .map(|m| {
            Ok(QuarterCapacity {
                provider_id: m.provider_id,
                quarter: Quarter::parse(&m.quarter)
                    .map_err(|_| corrupt(m.provider_id, "quarter"))?,
                balances: balances_of(m),
            })
        })
        .collect()
}

/// One provider's balances in one quarter (`None`: nothing pre-committed).
pub async fn balances(
    db: &DatabaseConnection,
    provider: Uuid,
    quarter: Quarter,
) -> Result<Option<CapacityBalances>, StoreError> {
    Ok(cap::Entity::find()
        .filter(cap::Column::ProviderId.eq(provider))
        .filter(cap::Column::Quarter.eq(quarter.to_string()))
        .one(db)
        .await?
        .as_ref()
        .map(balances_of))
}

/// A provider's ledger entries of one quarter, oldest first.
pub async fn ledger(
    db: &DatabaseConnection,
    provider: Uuid,
    quarter: Quarter,
) -> Result<Vec<CapacityEntry>, StoreError> {
    ent::Entity::find()
        .filter(ent::Column::ProviderId.eq(provider))
        .filter(ent::Column::Quarter.eq(quarter.to_string()))
        .order_by_asc(ent::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| {
            let bad = |w: &str| corrupt(m.id, w);
            Ok(CapacityEntry {
                quarter: Quarter::parse(&m.quarter).map_err(|_| bad("quarter"))?,
                kind: CapacityEntryKind::parse(&m.kind).map_err(|_| bad("kind"))?,
                pool: Pool::parse(&m.pool).map_err(|_| bad("pool"))?,
                id: m.id,
                provider_id: m.provider_id,
                days: m.days,
                request_id: m.request_id,
                recorded_at: m.recorded_at,
            })
        })
        .collect()
}

/// A pre-commitment (`PRECOMMIT`) or a conversion (`CONVERT_TO_PREPAREDNESS`) of `days` in a
/// provider's quarter, with its ledger entry and audit row. `false`: the rule did not hold at
/// the update (nothing written).
pub async fn move_quarter(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    provider: Uuid,
    quarter: Quarter,
    kind: CapacityEntryKind,
    days: i64,
) -> Result<bool, StoreError> {
    let tx = store.tx(actor, now).await?;
    tx.execute_raw(statement(
        tx.get_database_backend(),
        "INSERT INTO reserve_capacity (provider_id, quarter, precommitted, converted, \
         response_reserved, response_consumed, preparedness_reserved, preparedness_consumed, \
         updated_at) VALUES ($1, $2, 0, 0, 0, 0, 0, 0, $3) \
         ON CONFLICT (provider_id, quarter) DO NOTHING",
        vec![
            provider.into(),
            quarter.to_string().into(),
            Value::from(now),
        ],
    ))
    .await?;
    if !capacity(&tx, provider, quarter, kind, Pool::Response, days, None).await? {
        tx.rollback().await?;
        return Ok(false);
    }
    let action = match kind {
        CapacityEntryKind::Precommit => "reserve.capacity_precommit",
        _ => "reserve.capacity_convert",
    };
    tx.audit(
        Audit::new(EU_CHAIN.to_owned(), action, "ReserveProvider", provider).detail(
            serde_json::json!({ "quarter": quarter.to_string(), "kind": kind.as_str(), "days": days }),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}
