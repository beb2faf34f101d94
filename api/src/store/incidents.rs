//! Incident cases (NIS2 Art. 23): scoped reads of whole cases, and every change in one
//! transaction with its audit row. A change first bumps the case's `version` with a conditional
//! update on the version the decision was taken on, so two concurrent changes of one case never
//! both apply. Sensitive free text is sealed ([`super::sealed`]); the audit trail holds only its
//! digest.
use super::audit::Actor;
use super::entities::{
    incident as inc, incident_comment as com, incident_intermediate_request as req,
    incident_reminder as rem, incident_share as shr, incident_submission as sub,
    law_enforcement_referral as refl, notification, organisation, ransom_demand as dem,
    ransom_rules as rr,
};
use super::sealed::{Keyring, digest};
use super::tenancy::scoped;
use super::write::{Audit, Tx};
use super::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::account::Scope;
use domain::audit::member_state_chain;
use domain::calendar::TimeZoneName;
use domain::incident::ransom::{
    CryptoAsset, RansomAmount, RansomDemand, RansomReporting, RansomRules, RansomStatus, Referral,
};
use domain::incident::{
    AffectedService, CaseStatus, Category, IncidentCase, IntermediateRequest, NewIncident,
    Significance, SignificanceCriterion, Stage, StageReport, Submission,
};
use domain::member_state::MemberState;
use domain::money::{Currency, Money};
use rust_decimal::Decimal;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A submitted stage with its content.
#[derive(Debug, Clone)]
pub struct StageRecord {
    pub id: Uuid,
    pub seq: i32,
    pub report: StageReport,
    pub submission: Submission,
}

/// A comment on a case.
#[derive(Debug, Clone)]
pub struct Comment {
    pub id: Uuid,
    pub author_role: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// A recorded ransom demand.
#[derive(Debug, Clone)]
pub struct DemandRecord {
    pub demand: RansomDemand,
    pub recorded_at: DateTime<Utc>,
}

/// A recorded law-enforcement referral.
#[derive(Debug, Clone)]
pub struct ReferralRecord {
    pub referral: Referral,
    pub recorded_at: DateTime<Utc>,
}

/// A whole case as the domain sees it.
#[derive(Debug, Clone)]
pub struct Incident {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub member_state: MemberState,
    pub zone: TimeZoneName,
    pub report: NewIncident,
    /// The case's current word on a cross-border impact (the latest stage's).
    pub cross_border: bool,
    pub handled_at: Option<DateTime<Utc>>,
    pub status: CaseStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i64,
    pub stages: Vec<StageRecord>,
    pub requests: Vec<IntermediateRequest>,
    pub comments: Vec<Comment>,
    pub shared_with: Vec<MemberState>,
    pub demand: Option<DemandRecord>,
    pub referral: Option<ReferralRecord>,
    /// The member state's ransom rules now.
    pub rules: RansomRules,
}

impl Incident {
    /// The case as the rules see it.
    pub fn case(&self) -> IncidentCase {
        IncidentCase {
            member_state: self.member_state,
            zone: self.zone.clone(),
            started_at: self.report.started_at,
            aware_at: self.report.aware_at,
            handled_at: self.handled_at,
            status: self.status,
            cross_border: self.cross_border,
            submissions: self.stages.iter().map(|s| s.submission).collect(),
            intermediate_requests: self.requests.clone(),
            ransom: RansomStatus {
                demand_recorded: self.demand.is_some(),
                referral_recorded: self.referral.is_some(),
                referral_mandatory: self.rules.referral_mandatory,
            },
        }
    }

    fn chain(&self) -> String {
        member_state_chain(self.member_state)
    }
}

fn corrupt(id: Uuid, what: &str) -> StoreError {
    StoreError::Corrupt(format!("incident {id}: bad {what}"))
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(",")
}

fn split<T>(
    id: Uuid,
    what: &str,
    s: &str,
    parse: impl Fn(&str) -> Result<T, domain::member_state::ParseError>,
) -> Result<Vec<T>, StoreError> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(|x| parse(x).map_err(|_| corrupt(id, what)))
        .collect()
}

fn aad_assessment(id: Uuid) -> String {
    format!("incident.assessment:{id}")
}
fn aad_report(id: Uuid) -> String {
    format!("incident_submission.report:{id}")
}
fn aad_comment(id: Uuid) -> String {
    format!("incident_comment.body:{id}")
}
fn aad_note(id: Uuid) -> String {
    format!("ransom_demand.note:{id}")
}

/// The rules of `ms`: its row, or "encouraged" with the generic contact.
pub async fn rules_of<C: ConnectionTrait>(
    conn: &C,
    ms: MemberState,
) -> Result<RansomRules, StoreError> {
    Ok(
        match rr::Entity::find_by_id(ms.code().to_owned())
            .one(conn)
            .await?
        {
            Some(m) => rules_from(&m)?,
            None => default_rules(),
        },
    )
}

/// The rules of a state that has set none.
pub fn default_rules() -> RansomRules {
    RansomRules::encouraged("the national police (emergency number 112) or its cybercrime unit")
}

fn rules_from(m: &rr::Model) -> Result<RansomRules, StoreError> {
    let bad = || StoreError::Corrupt(format!("ransom rules {}", m.member_state));
    Ok(RansomRules {
        ransom_reporting: RansomReporting::parse(&m.ransom_reporting).map_err(|_| bad())?,
        referral_mandatory: m.referral_mandatory,
        reporting_deadline_hours: m
            .reporting_deadline_hours
            .map(u32::try_from)
            .transpose()
            .map_err(|_| bad())?,
        law_enforcement_contact: m.law_enforcement_contact.clone(),
    })
}

/// Every member state's rules that are set, by code.
pub async fn all_rules(
    db: &DatabaseConnection,
) -> Result<Vec<(MemberState, RansomRules)>, StoreError> {
    rr::Entity::find()
        .order_by_asc(rr::Column::MemberState)
        .all(db)
        .await?
        .iter()
        .map(|m| {
            let ms = MemberState::parse(&m.member_state)
                .map_err(|_| StoreError::Corrupt("ransom rules member state".into()))?;
            Ok((ms, rules_from(m)?))
        })
        .collect()
}

fn amount_from(
    minor: Option<i64>,
    currency: &Option<String>,
    crypto: &Option<String>,
    asset: &Option<String>,
) -> Result<Option<RansomAmount>, StoreError> {
    let bad = || StoreError::Corrupt("ransom amount".into());
    Ok(match (minor, currency, crypto, asset) {
        (Some(m), Some(c), None, None) => Some(RansomAmount::Money {
            money: Money::from_minor_units(m, Currency::parse(c).map_err(|_| bad())?),
        }),
        (None, None, Some(a), Some(t)) => Some(RansomAmount::Crypto {
            asset: CryptoAsset::parse("asset", t).map_err(|_| bad())?,
            amount: a.parse::<Decimal>().map_err(|_| bad())?,
        }),
        (None, None, None, None) => None,
        _ => return Err(bad()),
    })
}

type AmountColumns = (Option<i64>, Option<String>, Option<String>, Option<String>);

fn amount_columns(a: &Option<RansomAmount>) -> Result<AmountColumns, StoreError> {
    Ok(match a {
        None => (None, None, None, None),
        Some(RansomAmount::Money { money }) => (
            Some(
                money
                    .to_minor_units()
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            ),
            Some(money.currency().code().to_owned()),
            None,
            None,
        ),
        Some(RansomAmount::Crypto { asset, amount }) => (
            None,
            None,
            Some(amount.to_string()),
            Some(asset.as_str().to_owned()),
        ),
    })
}

/// Loads whole cases from their rows.
async fn load<C: ConnectionTrait>(
    conn: &C,
    keys: &Keyring,
    rows: Vec<inc::Model>,
) -> Result<Vec<Incident>, StoreError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let org_ids: Vec<Uuid> = rows.iter().map(|r| r.organisation_id).collect();
    // The organisation's name and its zone as it is now: a corrected zone applies to the
    // clocks still running.
    let mut orgs: HashMap<Uuid, (String, TimeZoneName)> = HashMap::new();
    for o in organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(org_ids))
        .all(conn)
        .await?
    {
        let zone = super::organisations::organisation_zone(&o)?;
        orgs.insert(o.id, (o.name, zone));
    }
    let mut stages: HashMap<Uuid, Vec<StageRecord>> = HashMap::new();
    for s in sub::Entity::find()
        .filter(sub::Column::IncidentId.is_in(ids.clone()))
        .order_by_asc(sub::Column::SubmittedAt)
        .all(conn)
        .await?
    {
        let stage = Stage::parse(&s.stage).map_err(|_| corrupt(s.incident_id, "stage"))?;
        let json = keys.open(&s.report_sealed, &aad_report(s.id))?;
        let report: StageReport =
            serde_json::from_str(&json).map_err(|_| corrupt(s.incident_id, "report"))?;
        stages.entry(s.incident_id).or_default().push(StageRecord {
            id: s.id,
            seq: s.seq,
            report,
            submission: Submission {
                stage,
                submitted_at: s.submitted_at,
                acknowledged_at: s.acknowledged_at,
            },
        });
    }
    let mut requests: HashMap<Uuid, Vec<IntermediateRequest>> = HashMap::new();
    for r in req::Entity::find()
        .filter(req::Column::IncidentId.is_in(ids.clone()))
        .order_by_asc(req::Column::Seq)
        .all(conn)
        .await?
    {
        requests
            .entry(r.incident_id)
            .or_default()
            .push(IntermediateRequest {
                requested_at: r.requested_at,
                due_at: r.due_at,
                answered_at: r.answered_at,
            });
    }
    let mut comments: HashMap<Uuid, Vec<Comment>> = HashMap::new();
    for c in com::Entity::find()
        .filter(com::Column::IncidentId.is_in(ids.clone()))
        .order_by_asc(com::Column::Id)
        .all(conn)
        .await?
    {
        let body = keys.open(&c.body_sealed, &aad_comment(c.id))?;
        comments.entry(c.incident_id).or_default().push(Comment {
            id: c.id,
            author_role: c.author_role,
            body,
            created_at: c.created_at,
        });
    }
    let mut shares: HashMap<Uuid, Vec<MemberState>> = HashMap::new();
    for s in shr::Entity::find()
        .filter(shr::Column::IncidentId.is_in(ids.clone()))
        .order_by_asc(shr::Column::MemberState)
        .all(conn)
        .await?
    {
        let ms =
            MemberState::parse(&s.member_state).map_err(|_| corrupt(s.incident_id, "share"))?;
        shares.entry(s.incident_id).or_default().push(ms);
    }
    let mut demands: HashMap<Uuid, DemandRecord> = HashMap::new();
    for d in dem::Entity::find()
        .filter(dem::Column::IncidentId.is_in(ids.clone()))
        .all(conn)
        .await?
    {
        let demand = RansomDemand {
            received_at: d.received_at,
            amount: amount_from(
                d.amount_minor,
                &d.amount_currency,
                &d.amount_crypto,
                &d.amount_asset,
            )?,
            threat_actor: d.threat_actor.clone(),
            note_text: keys.open_opt(d.note_sealed.as_deref(), &aad_note(d.incident_id))?,
            paid: d.paid,
            paid_amount: amount_from(
                d.paid_minor,
                &d.paid_currency,
                &d.paid_crypto,
                &d.paid_asset,
            )?,
        };
        demands.insert(
            d.incident_id,
            DemandRecord {
                demand,
                recorded_at: d.recorded_at,
            },
        );
    }
    let mut referrals: HashMap<Uuid, ReferralRecord> = HashMap::new();
    for r in refl::Entity::find()
        .filter(refl::Column::IncidentId.is_in(ids.clone()))
        .all(conn)
        .await?
    {
        referrals.insert(
            r.incident_id,
            ReferralRecord {
                referral: Referral {
                    authority: r.authority,
                    referred_on: r.referred_on,
                    case_reference: r.case_reference,
                },
                recorded_at: r.recorded_at,
            },
        );
    }
    let mut rules: HashMap<String, RansomRules> = HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for m in rows {
        let id = m.id;
        let ms = MemberState::parse(&m.member_state).map_err(|_| corrupt(id, "member state"))?;
        if !rules.contains_key(&m.member_state) {
            rules.insert(m.member_state.clone(), rules_of(conn, ms).await?);
        }
        let state_rules = rules
            .get(&m.member_state)
            .cloned()
            .unwrap_or_else(default_rules);
        let (org_name, org_zone) = match orgs.get(&m.organisation_id) {
            Some((name, zone)) => (name.clone(), zone.clone()),
            None => return Err(corrupt(id, "organisation")),
        };
        let assessment = keys.open(&m.assessment_sealed, &aad_assessment(id))?;
        let report = NewIncident {
            title: m.title.clone(),
            started_at: m.started_at,
            aware_at: m.aware_at,
            category: Category::parse(&m.category).map_err(|_| corrupt(id, "category"))?,
            affected_services: split(id, "services", &m.affected_services, AffectedService::parse)?,
            suspected_malicious: m.suspected_malicious,
            cross_border: m.cross_border,
            significance: Significance {
                criteria: split(
                    id,
                    "criteria",
                    &m.significance_criteria,
                    SignificanceCriterion::parse,
                )?,
                assessment,
            },
        };
        out.push(Incident {
            id,
            organisation_id: m.organisation_id,
            organisation_name: org_name,
            member_state: ms,
            zone: org_zone,
            report,
            cross_border: m.cross_border,
            handled_at: m.handled_at,
            status: CaseStatus::parse(&m.status).map_err(|_| corrupt(id, "status"))?,
            created_at: m.created_at,
            updated_at: m.updated_at,
            version: m.version,
            stages: stages.remove(&id).unwrap_or_default(),
            requests: requests.remove(&id).unwrap_or_default(),
            comments: comments.remove(&id).unwrap_or_default(),
            shared_with: shares.remove(&id).unwrap_or_default(),
            demand: demands.remove(&id),
            referral: referrals.remove(&id),
            rules: state_rules,
        });
    }
    Ok(out)
}

/// One case the scope may see.
pub async fn find(
    db: &DatabaseConnection,
    keys: &Keyring,
    scope: &Scope,
    id: Uuid,
) -> Result<Option<Incident>, StoreError> {
    let rows = scoped::<inc::Entity>(scope)
        .filter(inc::Column::Id.eq(id))
        .all(db)
        .await?;
    Ok(load(db, keys, rows).await?.into_iter().next())
}

/// Whether a case exists at all (to audit a probe from out of scope).
pub async fn exists(db: &DatabaseConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(inc::Entity::find_by_id(id).one(db).await?.is_some())
}

/// The case a submission belongs to, whatever the scope (then checked with [`find`]).
pub async fn case_of_submission(
    db: &DatabaseConnection,
    submission: Uuid,
) -> Result<Option<Uuid>, StoreError> {
    Ok(sub::Entity::find_by_id(submission)
        .one(db)
        .await?
        .map(|s| s.incident_id))
}

/// Every case the scope may see with what its clocks need (no sealed text is opened), newest
/// first: the action sorts them by deadline and pages through them.
pub async fn deadline_cases(
    db: &DatabaseConnection,
    scope: &Scope,
    status: Option<CaseStatus>,
) -> Result<Vec<(Uuid, IncidentCase)>, StoreError> {
    let mut q = scoped::<inc::Entity>(scope);
    if let Some(s) = status {
        q = q.filter(inc::Column::Status.eq(s.as_str()));
    }
    let rows = q.order_by_desc(inc::Column::Id).all(db).await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let org_ids: Vec<Uuid> = rows.iter().map(|r| r.organisation_id).collect();
    let mut zones: HashMap<Uuid, TimeZoneName> = HashMap::new();
    for o in organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(org_ids))
        .all(db)
        .await?
    {
        zones.insert(o.id, super::organisations::organisation_zone(&o)?);
    }
    let mut submissions: HashMap<Uuid, Vec<Submission>> = HashMap::new();
    for s in sub::Entity::find()
        .filter(sub::Column::IncidentId.is_in(ids.clone()))
        .all(db)
        .await?
    {
        let stage = Stage::parse(&s.stage).map_err(|_| corrupt(s.incident_id, "stage"))?;
        submissions
            .entry(s.incident_id)
            .or_default()
            .push(Submission {
                stage,
                submitted_at: s.submitted_at,
                acknowledged_at: s.acknowledged_at,
            });
    }
    let mut requests: HashMap<Uuid, Vec<IntermediateRequest>> = HashMap::new();
    for r in req::Entity::find()
        .filter(req::Column::IncidentId.is_in(ids))
        .order_by_asc(req::Column::Seq)
        .all(db)
        .await?
    {
        requests
            .entry(r.incident_id)
            .or_default()
            .push(IntermediateRequest {
                requested_at: r.requested_at,
                due_at: r.due_at,
                answered_at: r.answered_at,
            });
    }
    rows.into_iter()
        .map(|m| {
            let id = m.id;
            let case = IncidentCase {
                member_state: MemberState::parse(&m.member_state)
                    .map_err(|_| corrupt(id, "member state"))?,
                zone: zones
                    .get(&m.organisation_id)
                    .cloned()
                    .ok_or_else(|| corrupt(id, "organisation"))?,
                started_at: m.started_at,
                aware_at: m.aware_at,
                handled_at: m.handled_at,
                status: CaseStatus::parse(&m.status).map_err(|_| corrupt(id, "status"))?,
                cross_border: m.cross_border,
                submissions: submissions.remove(&id).unwrap_or_default(),
                intermediate_requests: requests.remove(&id).unwrap_or_default(),
                // The clocks do not depend on the ransom demand.
                ransom: RansomStatus {
                    demand_recorded: false,
                    referral_recorded: false,
                    referral_mandatory: false,
                },
            };
            Ok((id, case))
        })
        .collect()
}

/// The whole cases `ids` the scope may see, in the order of `ids`.
pub async fn find_many(
    db: &DatabaseConnection,
    keys: &Keyring,
    scope: &Scope,
    ids: &[Uuid],
) -> Result<Vec<Incident>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = scoped::<inc::Entity>(scope)
        .filter(inc::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let mut cases: HashMap<Uuid, Incident> = load(db, keys, rows)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    Ok(ids.iter().filter_map(|id| cases.remove(id)).collect())
}

/// Every open case, for the escalation job (no scope: the platform's own work).
pub async fn open_cases(
    db: &DatabaseConnection,
    keys: &Keyring,
) -> Result<Vec<Incident>, StoreError> {
    let rows = inc::Entity::find()
        .filter(inc::Column::Status.eq(CaseStatus::Open.as_str()))
        .all(db)
        .await?;
    load(db, keys, rows).await
}

/// The anonymous rows of the statistics: member state, zone, awareness and category of every
/// reported case.
pub async fn statistic_rows(
    db: &DatabaseConnection,
) -> Result<Vec<(MemberState, TimeZoneName, DateTime<Utc>, Category)>, StoreError> {
    inc::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| {
            Ok((
                MemberState::parse(&m.member_state).map_err(|_| corrupt(m.id, "member state"))?,
                TimeZoneName::parse(&m.zone).map_err(|_| corrupt(m.id, "zone"))?,
                m.aware_at,
                Category::parse(&m.category).map_err(|_| corrupt(m.id, "category"))?,
            ))
        })
        .collect()
}

/// What a report creates.
pub struct NewCase {
    pub organisation_id: Uuid,
    pub member_state: MemberState,
    pub zone: TimeZoneName,
    pub incident: NewIncident,
    pub by: Uuid,
}

pub async fn create(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
    new: NewCase,
) -> Result<Incident, StoreError> {
    let id = Uuid::now_v7();
    let i = &new.incident;
    let tx = store.tx(actor, now).await?;
    inc::ActiveModel {
        id: Set(id),
        organisation_id: Set(new.organisation_id),
        member_state: Set(new.member_state.code().to_owned()),
        zone: Set(new.zone.as_str().to_owned()),
        title: Set(i.title.clone()),
        category: Set(i.category.as_str().to_owned()),
        affected_services: Set(join(i.affected_services.iter().map(|s| s.as_str()))),
        suspected_malicious: Set(i.suspected_malicious),
        cross_border: Set(i.cross_border),
        significance_criteria: Set(join(i.significance.criteria.iter().map(|c| c.as_str()))),
        assessment_sealed: Set(keys.seal(&i.significance.assessment, &aad_assessment(id))?),
        started_at: Set(i.started_at),
        aware_at: Set(i.aware_at),
        handled_at: Set(None),
        status: Set(CaseStatus::Open.as_str().to_owned()),
        reported_by: Set(new.by),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
    }
    .insert(&*tx)
    .await?;
    tx.audit(
        Audit::new(
            member_state_chain(new.member_state),
            "incident.report",
            "Incident",
            id,
        )
        .detail(serde_json::json!({
            "organisation": new.organisation_id,
            "category": i.category.as_str(),
            "awareAt": i.aware_at,
            "assessmentSha256": digest(&i.significance.assessment),
        })),
    )
    .await?;
    let rows = inc::Entity::find_by_id(id).all(&*tx).await?;
    let out = load(&*tx, keys, rows).await?.into_iter().next();
    tx.commit().await?;
    out.ok_or_else(|| corrupt(id, "row after insert"))
}

/// Opens a change of `case`: bumps its version if it is still the one the decision was taken
/// on. `None`: someone changed the case meanwhile (the transaction is rolled back).
async fn begin(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
    cross_border: Option<bool>,
    handled_at: Option<DateTime<Utc>>,
    status: Option<CaseStatus>,
) -> Result<Option<Tx>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let mut q = inc::Entity::update_many()
        .col_expr(
            inc::Column::Version,
            Expr::col(inc::Column::Version).add(1i64),
        )
        .col_expr(inc::Column::UpdatedAt, Expr::value(now))
        .filter(inc::Column::Id.eq(case.id))
        .filter(inc::Column::Version.eq(case.version));
    if let Some(c) = cross_border {
        q = q.col_expr(inc::Column::CrossBorder, Expr::value(c));
    }
    if let Some(h) = handled_at {
        q = q.col_expr(inc::Column::HandledAt, Expr::value(h));
    }
    if let Some(s) = status {
        q = q.col_expr(inc::Column::Status, Expr::value(s.as_str()));
    }
    if !tx.update_one(q).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    Ok(Some(tx))
}

/// Audits, re-reads and commits a change of `id`.
async fn finish(
    tx: Tx,
    keys: &Keyring,
    id: Uuid,
    audit: Audit,
) -> Result<Option<Incident>, StoreError> {
    tx.audit(audit).await?;
    let rows = inc::Entity::find_by_id(id).all(&*tx).await?;
    let out = load(&*tx, keys, rows).await?.into_iter().next();
    tx.commit().await?;
    Ok(out)
}

/// Stores a submitted stage (and, for an intermediate report, answers request `answers`).
#[allow(clippy::too_many_arguments)]
pub async fn submit(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
    report: &StageReport,
    answers: Option<usize>,
    by: Uuid,
) -> Result<Option<Incident>, StoreError> {
    let stage = report.stage();
    let Some(tx) = begin(store, actor, now, case, report.cross_border(), None, None).await? else {
        return Ok(None);
    };
    let seq = answers.map_or(0, |i| i32::try_from(i).unwrap_or(i32::MAX));
    let id = Uuid::now_v7();
    let json = serde_json::to_string(report).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    sub::ActiveModel {
        id: Set(id),
        incident_id: Set(case.id),
        stage: Set(stage.as_str().to_owned()),
        seq: Set(seq),
        report_sealed: Set(keys.seal(&json, &aad_report(id))?),
        submitted_at: Set(now),
        submitted_by: Set(by),
        acknowledged_at: Set(None),
        acknowledged_by: Set(None),
    }
    .insert(&*tx)
    .await?;
    if answers.is_some() {
        let q = req::Entity::update_many()
            .col_expr(req::Column::AnsweredAt, Expr::value(now))
            .filter(req::Column::IncidentId.eq(case.id))
            .filter(req::Column::Seq.eq(seq))
            .filter(req::Column::AnsweredAt.is_null());
        if !tx.update_one(q).await? {
            tx.rollback().await?;
            return Ok(None);
        }
    }
    let audit = Audit::new(case.chain(), "incident.submit", "IncidentSubmission", id).detail(
        serde_json::json!({ "incident": case.id, "stage": stage.as_str(), "reportSha256": digest(&json) }),
    );
    finish(tx, keys, case.id, audit).await
}

pub async fn mark_handled(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
    handled_at: DateTime<Utc>,
) -> Result<Option<Incident>, StoreError> {
    let Some(tx) = begin(store, actor, now, case, None, Some(handled_at), None).await? else {
        return Ok(None);
    };
    let audit = Audit::new(case.chain(), "incident.mark_handled", "Incident", case.id)
        .detail(serde_json::json!({ "handledAt": handled_at }));
    finish(tx, keys, case.id, audit).await
}

pub async fn acknowledge(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
    submission: Uuid,
    by: Uuid,
) -> Result<Option<Incident>, StoreError> {
    let Some(tx) = begin(store, actor, now, case, None, None, None).await? else {
        return Ok(None);
    };
    let q = sub::Entity::update_many()
        .col_expr(sub::Column::AcknowledgedAt, Expr::value(now))
        .col_expr(sub::Column::AcknowledgedBy, Expr::value(by))
        .filter(sub::Column::Id.eq(submission))
        .filter(sub::Column::IncidentId.eq(case.id))
        .filter(sub::Column::AcknowledgedAt.is_null());
    if !tx.update_one(q).await? {
        tx.rollback().await?;
        return Ok(None);
    }
    let audit = Audit::new(
        case.chain(),
        "incident.acknowledge",
        "IncidentSubmission",
        submission,
    )
    .detail(serde_json::json!({ "incident": case.id }));
    finish(tx, keys, case.id, audit).await
}

pub async fn request_intermediate(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
    request: &IntermediateRequest,
    by: Uuid,
) -> Result<Option<Incident>, StoreError> {
    let Some(tx) = begin(store, actor, now, case, None, None, None).await? else {
        return Ok(None);
    };
    let seq = i32::try_from(case.requests.len()).unwrap_or(i32::MAX);
    req::ActiveModel {
        id: Set(Uuid::now_v7()),
        incident_id: Set(case.id),
        seq: Set(seq),
        requested_at: Set(request.requested_at),
        due_at: Set(request.due_at),
        answered_at: Set(None),
        requested_by: Set(by),
    }
    .insert(&*tx)
    .await?;
    let audit = Audit::new(
        case.chain(),
        "incident.request_intermediate",
        "Incident",
        case.id,
    )
    .detail(serde_json::json!({ "dueAt": request.due_at, "request": seq }));
    finish(tx, keys, case.id, audit).await
}

#[allow(clippy::too_many_arguments)]
pub async fn comment(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
    body: &str,
    by: Uuid,
    role: &str,
) -> Result<Option<Incident>, StoreError> {
    let Some(tx) = begin(store, actor, now, case, None, None, None).await? else {
        return Ok(None);
    };
    let id = Uuid::now_v7();
    com::ActiveModel {
        id: Set(id),
        incident_id: Set(case.id),
        author_id: Set(by),
        author_role: Set(role.to_owned()),
        body_sealed: Set(keys.seal(body, &aad_comment(id))?),
        created_at: Set(now),
    }
    .insert(&*tx)
    .await?;
    let audit = Audit::new(case.chain(), "incident.comment", "IncidentComment", id)
        .detail(serde_json::json!({ "incident": case.id, "bodySha256": digest(body) }));
    finish(tx, keys, case.id, audit).await
}

pub async fn share(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
    with: &[MemberState],
    by: Uuid,
) -> Result<Option<Incident>, StoreError> {
    let Some(tx) = begin(store, actor, now, case, None, None, None).await? else {
        return Ok(None);
    };
    for ms in with {
        shr::ActiveModel {
            incident_id: Set(case.id),
            member_state: Set(ms.code().to_owned()),
            shared_at: Set(now),
            shared_by: Set(by),
        }
        .insert(&*tx)
        .await?;
    }
    let codes: Vec<&str> = with.iter().map(|m| m.code()).collect();
    let audit = Audit::new(case.chain(), "incident.share", "Incident", case.id)
        .detail(serde_json::json!({ "memberStates": codes }));
    finish(tx, keys, case.id, audit).await
}

pub async fn close(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
) -> Result<Option<Incident>, StoreError> {
    let Some(tx) = begin(
        store,
        actor,
        now,
        case,
        None,
        None,
        Some(CaseStatus::Closed),
    )
    .await?
    else {
        return Ok(None);
    };
    let audit = Audit::new(case.chain(), "incident.close", "Incident", case.id);
    finish(tx, keys, case.id, audit).await
}

pub async fn record_demand(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
    demand: &RansomDemand,
    by: Uuid,
) -> Result<Option<Incident>, StoreError> {
    let Some(tx) = begin(store, actor, now, case, None, None, None).await? else {
        return Ok(None);
    };
    let (amount_minor, amount_currency, amount_crypto, amount_asset) =
        amount_columns(&demand.amount)?;
    let (paid_minor, paid_currency, paid_crypto, paid_asset) = amount_columns(&demand.paid_amount)?;
    dem::ActiveModel {
        incident_id: Set(case.id),
        received_at: Set(demand.received_at),
        amount_minor: Set(amount_minor),
        amount_currency: Set(amount_currency),
        amount_crypto: Set(amount_crypto),
        amount_asset: Set(amount_asset),
        threat_actor: Set(demand.threat_actor.clone()),
        note_sealed: Set(demand
            .note_text
            .as_deref()
            .map(|n| keys.seal(n, &aad_note(case.id)))
            .transpose()?),
        paid: Set(demand.paid),
        paid_minor: Set(paid_minor),
        paid_currency: Set(paid_currency),
        paid_crypto: Set(paid_crypto),
        paid_asset: Set(paid_asset),
        recorded_at: Set(now),
        recorded_by: Set(by),
    }
    .insert(&*tx)
    .await?;
    let audit = Audit::new(case.chain(), "ransom.record_demand", "Incident", case.id).detail(
        serde_json::json!({
            "receivedAt": demand.received_at,
            "paid": demand.paid,
            "noteSha256": demand.note_text.as_deref().map(digest),
        }),
    );
    finish(tx, keys, case.id, audit).await
}

pub async fn record_referral(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
    referral: &Referral,
    by: Uuid,
) -> Result<Option<Incident>, StoreError> {
    let Some(tx) = begin(store, actor, now, case, None, None, None).await? else {
        return Ok(None);
    };
    refl::ActiveModel {
        incident_id: Set(case.id),
        authority: Set(referral.authority.clone()),
        referred_on: Set(referral.referred_on),
        case_reference: Set(referral.case_reference.clone()),
        recorded_at: Set(now),
        recorded_by: Set(by),
    }
    .insert(&*tx)
    .await?;
    let audit = Audit::new(case.chain(), "ransom.record_referral", "Incident", case.id)
        .detail(serde_json::json!({ "referredOn": referral.referred_on.to_string() }));
    finish(tx, keys, case.id, audit).await
}

fn rules_model(
    ms: MemberState,
    rules: &RansomRules,
    now: DateTime<Utc>,
    by: Option<Uuid>,
) -> rr::ActiveModel {
    rr::ActiveModel {
        member_state: Set(ms.code().to_owned()),
        ransom_reporting: Set(rules.ransom_reporting.as_str().to_owned()),
        referral_mandatory: Set(rules.referral_mandatory),
        reporting_deadline_hours: Set(rules
            .reporting_deadline_hours
            .map(|h| i32::try_from(h).unwrap_or(i32::MAX))),
        law_enforcement_contact: Set(rules.law_enforcement_contact.clone()),
        updated_at: Set(now),
        updated_by: Set(by),
    }
}

/// Sets `ms`'s ransom rules (insert or replace), audited with the old and new values.
pub async fn update_rules(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    ms: MemberState,
    rules: &RansomRules,
    by: Uuid,
) -> Result<RansomRules, StoreError> {
    let tx = store.tx(actor, now).await?;
    let before = rr::Entity::find_by_id(ms.code().to_owned())
        .one(&*tx)
        .await?;
    rr::Entity::insert(rules_model(ms, rules, now, Some(by)))
        .on_conflict(
            OnConflict::column(rr::Column::MemberState)
                .update_columns([
                    rr::Column::RansomReporting,
                    rr::Column::ReferralMandatory,
                    rr::Column::ReportingDeadlineHours,
                    rr::Column::LawEnforcementContact,
                    rr::Column::UpdatedAt,
                    rr::Column::UpdatedBy,
                ])
                .to_owned(),
        )
        .exec_without_returning(&*tx)
        .await?;
    let before = before.as_ref().map(rules_from).transpose()?;
    tx.audit(
        Audit::new(
            member_state_chain(ms),
            "ransom_rules.update",
            "RansomRules",
            ms.code(),
        )
        .detail(serde_json::json!({ "before": before, "after": rules })),
    )
    .await?;
    tx.commit().await?;
    Ok(rules.clone())
}

/// Seeds `ms`'s rules if none are set (demo data).
pub async fn seed_rules(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    ms: MemberState,
    rules: &RansomRules,
) -> Result<(), StoreError> {
    rr::Entity::insert(rules_model(ms, rules, now, None))
        .on_conflict(
            OnConflict::column(rr::Column::MemberState)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// A reminder to send: the marker's key.
#[derive(Debug, Clone)]
pub struct ReminderKey {
    pub stage: Stage,
    pub seq: i32,
    pub kind: String,
}

/// The reminders already sent for `case`.
pub async fn reminders_sent(
    db: &DatabaseConnection,
    case: Uuid,
) -> Result<Vec<(String, i32, String)>, StoreError> {
    Ok(rem::Entity::find()
        .filter(rem::Column::IncidentId.eq(case))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.stage, r.seq, r.kind))
        .collect())
}

/// Sends one reminder exactly once: inserts its marker (nothing when another process already
/// did) and, only if this call wrote it, the notifications of the clinic and of its member
/// state's authorities, with the audit row, in one transaction. `true` when sent here.
pub async fn send_reminder(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    case: &Incident,
    key: &ReminderKey,
    notification_kind: &str,
) -> Result<bool, StoreError> {
    let tx = store.tx(actor, now).await?;
    let inserted = rem::Entity::insert(rem::ActiveModel {
        incident_id: Set(case.id),
        stage: Set(key.stage.as_str().to_owned()),
        seq: Set(key.seq),
        kind: Set(key.kind.clone()),
        sent_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            rem::Column::IncidentId,
            rem::Column::Stage,
            rem::Column::Seq,
            rem::Column::Kind,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(&*tx)
    .await?;
    if inserted != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    let authorities: Vec<Uuid> = organisation::Entity::find()
        .filter(organisation::Column::Kind.eq("AUTHORITY"))
        .filter(organisation::Column::MemberState.eq(case.member_state.code()))
        .all(&*tx)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    for org in std::iter::once(case.organisation_id).chain(authorities) {
        notification::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(org),
            kind: Set(notification_kind.to_owned()),
            application_id: Set(None),
            voucher_id: Set(None),
            redemption_id: Set(None),
            incident_id: Set(Some(case.id)),
            reserve_request_id: Set(None),
            alert_id: Set(None),
            detail: Set(Some(key.stage.as_str().to_owned())),
            created_at: Set(now),
            read_at: Set(None),
        }
        .insert(&*tx)
        .await?;
    }
    tx.audit(
        Audit::new(case.chain(), "incident.escalate", "Incident", case.id).detail(
            serde_json::json!({ "stage": key.stage.as_str(), "request": key.seq, "kind": key.kind }),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A date in a case's zone, for a referral's plausibility.
pub fn local_date(at: DateTime<Utc>, zone: &TimeZoneName) -> Option<NaiveDate> {
    domain::calendar::local_date(at, zone).ok()
}

/// `old` re-sealed under the current key; `None` when it already is (or there is none).
fn resealed(keys: &Keyring, old: Option<&str>, aad: &str) -> Result<Option<String>, StoreError> {
    match old {
        Some(v) if !keys.is_current(v) => Ok(Some(keys.seal(&keys.open(v, aad)?, aad)?)),
        _ => Ok(None),
    }
}

/// Re-seals every sealed value not under the current key (`cyberhealth rotate-data-key`), one
/// transaction per table with its audit row (counts only). Returns how many values changed.
pub async fn reseal_all(
    store: &Store,
    keys: &Keyring,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let mut total = 0u64;
    let chain = domain::audit::EU_CHAIN.to_owned();
    let tx = store.tx(actor, now).await?;
    let mut n = 0u64;
    for m in inc::Entity::find().all(&*tx).await? {
        if let Some(v) = resealed(keys, Some(&m.assessment_sealed), &aad_assessment(m.id))? {
            let q = inc::Entity::update_many()
                .col_expr(inc::Column::AssessmentSealed, Expr::value(v))
                .filter(inc::Column::Id.eq(m.id));
            n += u64::from(tx.update_one(q).await?);
        }
    }
    for m in sub::Entity::find().all(&*tx).await? {
        if let Some(v) = resealed(keys, Some(&m.report_sealed), &aad_report(m.id))? {
            let q = sub::Entity::update_many()
                .col_expr(sub::Column::ReportSealed, Expr::value(v))
                .filter(sub::Column::Id.eq(m.id));
            n += u64::from(tx.update_one(q).await?);
        }
    }
    for m in com::Entity::find().all(&*tx).await? {
        if let Some(v) = resealed(keys, Some(&m.body_sealed), &aad_comment(m.id))? {
            let q = com::Entity::update_many()
                .col_expr(com::Column::BodySealed, Expr::value(v))
                .filter(com::Column::Id.eq(m.id));
            n += u64::from(tx.update_one(q).await?);
        }
    }
    for m in dem::Entity::find().all(&*tx).await? {
        if let Some(v) = resealed(keys, m.note_sealed.as_deref(), &aad_note(m.incident_id))? {
            let q = dem::Entity::update_many()
                .col_expr(dem::Column::NoteSealed, Expr::value(v))
                .filter(dem::Column::IncidentId.eq(m.incident_id));
            n += u64::from(tx.update_one(q).await?);
        }
    }
    n += super::vouchers::reseal_codes(&tx, keys).await?;
    total += n;
    tx.audit(Audit {
        chain,
        action: "data_key.rotate",
        object_type: "DataKey",
        object_id: Some(keys.current_id().to_owned()),
        detail: serde_json::json!({ "resealed": n }),
    })
    .await?;
    tx.commit().await?;
    Ok(total)
}
