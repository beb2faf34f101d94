//! Voucher applications: drafts, submission (with the eligibility rules checked inside the
//! transaction that submits), the review queue, and the decision. Approval commits the funds,
//! issues the voucher and pays any pre-financing in one transaction.
use super::audit::Actor;
use super::entities::voucher_application::{self, Column as A};
use super::entities::{organisation, voucher};
use super::ledger::{self, Movement, Refusal};
use super::notifications::{self, Kind, Subject};
use super::outbox;
use super::page::{self, Order, Page, PageRequest};
use super::programmes::{self, Programme};
use super::references;
use super::search::Contains;
use super::tenancy::scoped;
use super::vouchers::CodeKeys;
use super::vouchers::Voucher;
use super::write::{Audit, Tx, change_one};
use super::{Conflict, Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use domain::account::Scope;
use domain::application::{
    self as rules, Applicant, ApplicationStatus, Offer, PlannedService, Request, RuleResult,
};
use domain::audit::member_state_chain;
use domain::email::Mail;
use domain::four_eyes::Recommendation;
use domain::ledger::IdempotencyKey;
use domain::ledger::{EntryKind, LedgerReference};
use domain::member_state::MemberState;
use domain::money::{Currency, Money};
use domain::organisation::{HealthcareType, Nis2Class, OrganisationStatus};
use domain::reference::{Reference, ReferenceKind};
use domain::sme::SmeAssessment;
use domain::voucher::{VoucherCode, VoucherStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

/// An application as the domain sees it.
#[derive(Debug, Clone)]
pub struct Application {
    pub id: Uuid,
    pub program_id: Uuid,
    pub organisation_id: Uuid,
    pub member_state: MemberState,
    pub status: ApplicationStatus,
    pub currency: Currency,
    pub requested_minor: i64,
    pub approved_minor: Option<i64>,
    pub services: Vec<PlannedService>,
    pub estimated_total_minor: i64,
    /// The SME input as entered (the GraphQL input's JSON), to continue a draft.
    pub sme_input: Option<serde_json::Value>,
    /// The SME assessment at submission, kept unchanged.
    pub snapshot: Option<SmeAssessment>,
    pub de_minimis_declared_eur_minor: i64,
    pub service_provider_id: Option<Uuid>,
    /// Set at submission: the review queue's first-come-first-served order.
    pub queue_key: Option<Uuid>,
    pub cutoff: Option<DateTime<Utc>>,
    pub decision_reason: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    /// The officer who decided (approved or rejected).
    pub decided_by: Option<Uuid>,
    /// The reference people quote, given at submission.
    pub reference: Option<String>,
    /// The first of the four eyes: who recommended approval, and for how much.
    pub recommendation: Option<Recommendation>,
    pub recommended_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The idempotency key of the approval or rejection that decided it (safe retries).
    pub decision_key: Option<String>,
}

impl Application {
    pub fn money(&self, minor: i64) -> Money {
        Money::from_minor_units(minor, self.currency)
    }
}

impl TryFrom<voucher_application::Model> for Application {
    type Error = StoreError;
    fn try_from(row: voucher_application::Model) -> Result<Self, StoreError> {
        let bad = |what: &str| StoreError::Corrupt(format!("application {}: bad {what}", row.id));
        fn json<T: serde::de::DeserializeOwned>(
            s: &Option<String>,
            bad: StoreError,
        ) -> Result<Option<T>, StoreError> {
            match s {
                Some(s) => serde_json::from_str(s).map(Some).map_err(|_| bad),
                None => Ok(None),
            }
        }
        Ok(Self {
            status: ApplicationStatus::parse(&row.status).map_err(|_| bad("status"))?,
            member_state: MemberState::parse(&row.member_state).map_err(|_| bad("member state"))?,
            currency: Currency::parse(&row.currency).map_err(|_| bad("currency"))?,
            services: serde_json::from_str(&row.services).map_err(|_| bad("services"))?,
            sme_input: json(&row.sme_input, bad("sme input"))?,
            snapshot: json(&row.sme_snapshot, bad("snapshot"))?,
            id: row.id,
            program_id: row.program_id,
            organisation_id: row.organisation_id,
            requested_minor: row.requested_minor,
            approved_minor: row.approved_minor,
            estimated_total_minor: row.estimated_total_minor,
            de_minimis_declared_eur_minor: row.de_minimis_declared_eur_minor,
            service_provider_id: row.service_provider_id,
            queue_key: row.queue_key,
            cutoff: row.cutoff,
            decision_reason: row.decision_reason,
            submitted_at: row.submitted_at,
            decided_at: row.decided_at,
            decided_by: row.decided_by,
            reference: row.reference,
            decision_key: row.decision_key,
            recommendation: match (row.recommended_by, row.recommended_minor) {
                (Some(by), Some(amount_minor)) => Some(Recommendation { by, amount_minor }),
                _ => None,
            },
            recommended_at: row.recommended_at,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

/// What a draft holds.
#[derive(Debug, Clone)]
pub struct Draft {
    pub requested_minor: i64,
    pub services: Vec<PlannedService>,
    /// The SME input as entered (the GraphQL input's JSON), if given.
    pub sme_input: Option<serde_json::Value>,
    pub de_minimis_declared_eur_minor: i64,
    pub service_provider_id: Option<Uuid>,
}

fn json(v: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn draft_columns(
    am: &mut voucher_application::ActiveModel,
    d: &Draft,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    am.requested_minor = Set(d.requested_minor);
    am.services = Set(json(&d.services)?);
    am.estimated_total_minor = Set(rules::estimated_total(&d.services));
    am.sme_input = Set(d.sme_input.as_ref().map(json).transpose()?);
    am.de_minimis_declared_eur_minor = Set(d.de_minimis_declared_eur_minor);
    am.service_provider_id = Set(d.service_provider_id);
    am.updated_at = Set(now);
    Ok(())
}

pub async fn find(
    db: &DatabaseConnection,
    scope: &Scope,
    id: Uuid,
) -> Result<Option<Application>, StoreError> {
    scoped::<voucher_application::Entity>(scope)
        .filter(A::Id.eq(id))
        .one(db)
        .await?
        .map(Application::try_from)
        .transpose()
}

/// The application with this reference, within the scope.
pub async fn find_by_reference(
    db: &DatabaseConnection,
    scope: &Scope,
    reference: &Reference,
) -> Result<Option<Application>, StoreError> {
    scoped::<voucher_application::Entity>(scope)
        .filter(A::Reference.eq(reference.as_str()))
        .one(db)
        .await?
        .map(Application::try_from)
        .transpose()
}

/// Whether an application with this id exists at all (to audit out-of-scope probes).
pub async fn exists(db: &DatabaseConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(voucher_application::Entity::find_by_id(id)
        .count(db)
        .await?
        > 0)
}

pub async fn find_many(
    db: &DatabaseConnection,
    scope: &Scope,
    ids: &[Uuid],
) -> Result<Vec<Application>, StoreError> {
    scoped::<voucher_application::Entity>(scope)
        .filter(A::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(Application::try_from)
        .collect()
}

#[derive(Debug, Clone, Default)]
pub struct ApplicationFilter {
    pub program_id: Option<Uuid>,
    pub status: Option<ApplicationStatus>,
    /// Part of the reference or of the organisation's name, any case.
    pub search: Option<domain::search::SearchText>,
    /// Submitted at or after / before.
    pub submitted_from: Option<DateTime<Utc>>,
    pub submitted_before: Option<DateTime<Utc>>,
    /// Recommended by a first officer (waiting for the second) or not.
    pub recommended: Option<bool>,
    /// Read the large JSON columns too (the SME input and the snapshot of its assessment);
    /// without it they read as absent, so a list that shows neither neither reads nor parses
    /// them (issue #15).
    pub sme_columns: bool,
}

impl ApplicationFilter {
    /// This filter applied to `q` (the status too, unless `status` is given).
    fn apply(
        &self,
        mut q: sea_orm::Select<voucher_application::Entity>,
    ) -> sea_orm::Select<voucher_application::Entity> {
        if let Some(p) = self.program_id {
            q = q.filter(A::ProgramId.eq(p));
        }
        if let Some(s) = self.status {
            q = q.filter(A::Status.eq(s.as_str()));
        }
        if let Some(text) = self.search.as_ref().map(Contains::of) {
            q = q.filter(
                Condition::any()
                    .add(text.in_column(A::Reference))
                    .add(A::OrganisationId.in_subquery(text.organisations_named())),
            );
        }
        if let Some(from) = self.submitted_from {
            q = q.filter(A::SubmittedAt.gte(from));
        }
        if let Some(before) = self.submitted_before {
            q = q.filter(A::SubmittedAt.lt(before));
        }
        match self.recommended {
            Some(true) => q = q.filter(A::RecommendedBy.is_not_null()),
            Some(false) => q = q.filter(A::RecommendedBy.is_null()),
            None => {}
        }
        q
    }
}

/// `q` without the SME input and snapshot unless `sme` (they read as NULL, so rows still load
/// as whole models).
fn with_columns(
    q: sea_orm::Select<voucher_application::Entity>,
    sme: bool,
) -> sea_orm::Select<voucher_application::Entity> {
    use sea_orm::{Iterable, QuerySelect};
    if sme {
        return q;
    }
    let mut q = q.select_only();
    for column in A::iter().filter(|c| !matches!(c, A::SmeInput | A::SmeSnapshot)) {
        q = q.column(column);
    }
    q.column_as(Expr::cust("CAST(NULL AS TEXT)"), "sme_input")
        .column_as(Expr::cust("CAST(NULL AS TEXT)"), "sme_snapshot")
}

/// The caller's applications, newest first.
pub async fn list(
    db: &DatabaseConnection,
    scope: &Scope,
    f: &ApplicationFilter,
    req: PageRequest,
) -> Result<Page<Application>, StoreError> {
    let q = with_columns(
        f.apply(scoped::<voucher_application::Entity>(scope)),
        f.sme_columns,
    );
    page::fetch(db, q, A::Id, Order::NewestFirst, req)
        .await?
        .try_map(Application::try_from)
}

/// The first page (newest first, `first` applications) of each programme's applications the
/// scope sees, in one statement for all of them (a window per programme), with each
/// programme's total. Programmes without applications in scope are absent.
pub async fn first_pages(
    db: &DatabaseConnection,
    scope: &Scope,
    programs: &[Uuid],
    first: u64,
    sme_columns: bool,
) -> Result<std::collections::HashMap<Uuid, Page<Application>>, StoreError> {
    use sea_orm::sea_query::{Alias, ExprTrait, JoinType, Order as By};
    use sea_orm::{FromQueryResult, QuerySelect, QueryTrait};
    let mut out = std::collections::HashMap::new();
    if programs.is_empty() {
        return Ok(out);
    }
    // The window runs over ids only (an index scan of `voucher_application_submitted_
    // programme_idx`), and only each programme's first rows are read whole.
    let firsts = Alias::new("firsts");
    let inner = scoped::<voucher_application::Entity>(scope)
        .filter(A::ProgramId.is_in(programs.iter().copied()))
        .select_only()
        .column(A::Id)
        .column_as(
            Expr::cust("ROW_NUMBER() OVER (PARTITION BY program_id ORDER BY id DESC)"),
            "row_in_programme",
        )
        .column_as(
            Expr::cust("COUNT(*) OVER (PARTITION BY program_id)"),
            "rows_in_programme",
        )
        .into_query();
    let limit = i64::try_from(first + 1).unwrap_or(i64::MAX);
    let mut outer = with_columns(voucher_application::Entity::find(), sme_columns)
        .column_as(
            Expr::col((firsts.clone(), Alias::new("rows_in_programme"))),
            "rows_in_programme",
        )
        .into_query();
    outer
        .join_subquery(
            JoinType::InnerJoin,
            inner,
            firsts.clone(),
            Expr::col((firsts.clone(), Alias::new("id")))
                .equals((voucher_application::Entity, A::Id)),
        )
        .and_where(Expr::col((firsts, Alias::new("row_in_programme"))).lte(limit))
        .order_by((voucher_application::Entity, A::ProgramId), By::Asc)
        .order_by((voucher_application::Entity, A::Id), By::Desc);
    let rows = db
        .query_all_raw(db.get_database_backend().build(&outer))
        .await?;
    let mut grouped: std::collections::HashMap<Uuid, (u64, Vec<voucher_application::Model>)> =
        std::collections::HashMap::new();
    for row in rows {
        let model = voucher_application::Model::from_query_result(&row, "")?;
        let total: i64 = row.try_get("", "rows_in_programme")?;
        let slot = grouped.entry(model.program_id).or_default();
        slot.0 = u64::try_from(total).unwrap_or_default();
        slot.1.push(model);
    }
    let req = PageRequest { first, after: None };
    for (program, (total, rows)) in grouped {
        let page = Page::from_overfetch(rows, total, req).try_map(Application::try_from)?;
        out.insert(program, page);
    }
    Ok(out)
}

/// Submitted applications in the order they were submitted (first come, first served).
pub async fn queue(
    db: &DatabaseConnection,
    scope: &Scope,
    f: &ApplicationFilter,
    req: PageRequest,
) -> Result<Page<Application>, StoreError> {
    let q = with_columns(queue_query(scope, f), f.sme_columns);
    page::fetch(db, q, A::QueueKey, Order::OldestFirst, req)
        .await?
        .try_map(Application::try_from)
}

fn queue_query(
    scope: &Scope,
    f: &ApplicationFilter,
) -> sea_orm::Select<voucher_application::Entity> {
    let f = ApplicationFilter {
        status: Some(ApplicationStatus::Submitted),
        ..f.clone()
    };
    f.apply(scoped::<voucher_application::Entity>(scope))
}

/// The whole queue under `f`, first come first served, at most `limit` (the CSV export).
pub async fn queue_all(
    db: &DatabaseConnection,
    scope: &Scope,
    f: &ApplicationFilter,
    limit: u64,
) -> Result<Vec<Application>, StoreError> {
    use sea_orm::{QueryOrder, QuerySelect};
    queue_query(scope, f)
        .order_by_asc(A::QueueKey)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(Application::try_from)
        .collect()
}

pub async fn create(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    organisation_id: Uuid,
    member_state: MemberState,
    programme: &Programme,
    d: &Draft,
) -> Result<Application, StoreError> {
    let mut am = voucher_application::ActiveModel {
        id: Set(Uuid::now_v7()),
        program_id: Set(programme.id),
        organisation_id: Set(organisation_id),
        member_state: Set(member_state.code().to_owned()),
        status: Set(ApplicationStatus::Draft.as_str().to_owned()),
        currency: Set(programme.rules.currency.code().to_owned()),
        approved_minor: Set(None),
        sme_snapshot: Set(None),
        queue_key: Set(None),
        cutoff: Set(None),
        decision_reason: Set(None),
        submitted_at: Set(None),
        decided_at: Set(None),
        decided_by: Set(None),
        created_by: Set(actor.id),
        created_at: Set(now),
        ..Default::default()
    };
    draft_columns(&mut am, d, now)?;
    let tx = store.tx(actor, now).await?;
    let row = am.insert(&*tx).await?;
    tx.audit(
        Audit::new(
            member_state_chain(member_state),
            "application.create",
            "VoucherApplication",
            row.id,
        )
        .detail(serde_json::json!({ "programId": programme.id })),
    )
    .await?;
    tx.commit().await?;
    Application::try_from(row)
}

fn audit(app: &Application, action: &'static str) -> Audit {
    Audit::new(
        member_state_chain(app.member_state),
        action,
        "VoucherApplication",
        app.id,
    )
}

/// Replaces a draft's content. `None`: it is no longer a draft.
pub async fn update(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    app: &Application,
    d: &Draft,
) -> Result<Option<Application>, StoreError> {
    let mut am = voucher_application::ActiveModel {
        ..Default::default()
    };
    draft_columns(&mut am, d, now)?;
    let update = voucher_application::Entity::update_many()
        .set(am)
        .filter(A::Id.eq(app.id))
        .filter(A::Status.eq(ApplicationStatus::Draft.as_str()));
    change_one(
        store,
        actor,
        now,
        update,
        audit(app, "application.update"),
        app.id,
    )
    .await?
    .map(Application::try_from)
    .transpose()
}

async fn get<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Application, StoreError> {
    voucher_application::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or_else(|| StoreError::Corrupt(format!("application {id} vanished")))?
        .try_into()
}

/// The organisation as the rules see it: its registry data, and whether it has another
/// submitted application (other than `except`) or an active voucher in the programme.
async fn applicant<C: ConnectionTrait>(
    conn: &C,
    program_id: Uuid,
    organisation_id: Uuid,
    except: Option<Uuid>,
) -> Result<Applicant, StoreError> {
    let org = organisation::Entity::find_by_id(organisation_id)
        .one(conn)
        .await?
        .ok_or_else(|| StoreError::Corrupt("application without organisation".into()))?;
    let mut pending = voucher_application::Entity::find()
        .filter(A::ProgramId.eq(program_id))
        .filter(A::OrganisationId.eq(organisation_id))
        .filter(A::Status.eq(ApplicationStatus::Submitted.as_str()));
    if let Some(id) = except {
        pending = pending.filter(A::Id.ne(id));
    }
    let pending = pending.count(conn).await?;
    let active = voucher::Entity::find()
        .filter(voucher::Column::ProgramId.eq(program_id))
        .filter(voucher::Column::OrganisationId.eq(organisation_id))
        .filter(voucher::Column::Status.is_in([
            VoucherStatus::Issued.as_str(),
            VoucherStatus::PartiallyRedeemed.as_str(),
        ]))
        .count(conn)
        .await?;
    Ok(Applicant {
        member_state: org.member_state,
        status: OrganisationStatus::parse(&org.status)
            .map_err(|_| StoreError::Corrupt("organisation status".into()))?,
        healthcare_type: org
            .healthcare_type
            .as_deref()
            .and_then(|t| HealthcareType::parse(t).ok()),
        nis2_class: org
            .nis2_class
            .as_deref()
            .and_then(|c| Nis2Class::parse(c).ok()),
        has_pending_or_active: pending + active > 0,
    })
}

/// De minimis aid the organisation received on this platform over the last three years
/// (Regulation (EU) 2023/2831, Art. 3(2)), in EUR minor units: what its vouchers under de
/// minimis programmes granted (the amount, or for a voucher closed early what it used).
pub async fn platform_de_minimis<C: ConnectionTrait>(
    conn: &C,
    organisation_id: Uuid,
    now: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let since = now - Duration::days(365 * rules::DE_MINIMIS_YEARS + 1);
    let vouchers = voucher::Entity::find()
        .filter(voucher::Column::OrganisationId.eq(organisation_id))
        .filter(voucher::Column::Currency.eq(Currency::EUR.code()))
        .filter(voucher::Column::IssuedAt.gt(since))
        .filter(
            voucher::Column::ProgramId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(super::entities::voucher_program::Column::Id)
                    .from(super::entities::voucher_program::Entity)
                    .and_where(super::entities::voucher_program::Column::DeMinimis.eq(true))
                    .to_owned(),
            ),
        )
        .all(conn)
        .await?;
    Ok(vouchers
        .iter()
        .map(|v| match VoucherStatus::parse(&v.status) {
            Ok(VoucherStatus::Expired | VoucherStatus::Cancelled) => {
                v.redeemed_minor.max(v.prefinanced_minor)
            }
            _ => v.amount_minor,
        })
        .fold(0i64, i64::saturating_add))
}

/// The rules for `app` as things stand, read in `txn` (the submitting transaction).
pub async fn eligibility<C: ConnectionTrait>(
    txn: &C,
    app: &Application,
    programme: &Programme,
    sme: Option<&SmeAssessment>,
    now: DateTime<Utc>,
) -> Result<Vec<RuleResult>, StoreError> {
    let who = applicant(txn, app.program_id, app.organisation_id, Some(app.id)).await?;
    let received = app
        .de_minimis_declared_eur_minor
        .saturating_add(platform_de_minimis(txn, app.organisation_id, now).await?);
    let req = Request {
        amount_minor: app.requested_minor,
        services: &app.services,
        sme,
        de_minimis_received_eur_minor: received,
    };
    let offer = Offer {
        member_state: programme.member_state.code().to_owned(),
        status: programme.status,
        rules: &programme.rules,
    };
    Ok(rules::assess(&who, &offer, Some(&req), now))
}

/// The rules before applying, for `programEligibility`: the organisation against the programme.
pub async fn pre_check(
    store: &Store,
    organisation_id: Uuid,
    programme: &Programme,
    sme: Option<&SmeAssessment>,
    now: DateTime<Utc>,
) -> Result<Vec<RuleResult>, StoreError> {
    let who = applicant(store.db(), programme.id, organisation_id, None).await?;
    let offer = Offer {
        member_state: programme.member_state.code().to_owned(),
        status: programme.status,
        rules: &programme.rules,
    };
    Ok(rules::assess_before(&who, &offer, sme, now))
}

/// Why a submission or a decision did not happen.
#[derive(Debug, Clone)]
pub enum Refused {
    /// These rules failed; nothing was written.
    NotEligible(Vec<RuleResult>),
    /// The application is no longer in the state the action needs.
    StateChanged,
    /// The programme's funds do not cover the voucher.
    Funds(Refusal),
    /// The organisation already has an active voucher in the programme.
    ActiveVoucher,
}

/// Submits a draft: runs the rules inside the transaction and, if all pass, moves it to the
/// review queue with its SME snapshot. A refusal is audited and changes nothing else.
pub async fn submit(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    app: &Application,
    programme: &Programme,
    sme: Option<&SmeAssessment>,
) -> Result<Result<Application, Refused>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let results = eligibility(&*tx, app, programme, sme, now).await?;
    let failed: Vec<RuleResult> = rules::failures(&results).into_iter().cloned().collect();
    if !failed.is_empty() {
        let codes: Vec<&str> = failed.iter().map(|r| r.rule.as_str()).collect();
        tx.audit_denied(
            audit(app, "application.submit")
                .detail(serde_json::json!({ "reason": "not_eligible", "failedRules": codes })),
        )
        .await?;
        tx.commit().await?;
        return Ok(Err(Refused::NotEligible(failed)));
    }
    // Drawn in this transaction: a submission that does not commit gives its number back.
    let reference = references::next(&*tx, programme, ReferenceKind::Application).await?;
    let res = tx
        .update_one(
            voucher_application::Entity::update_many()
                .col_expr(
                    A::Status,
                    Expr::value(ApplicationStatus::Submitted.as_str()),
                )
                .col_expr(A::Reference, Expr::value(reference.as_str()))
                .col_expr(A::QueueKey, Expr::value(Uuid::now_v7()))
                .col_expr(
                    A::Cutoff,
                    Expr::value(rules::cutoff_for(&programme.rules, now)),
                )
                .col_expr(A::SubmittedAt, Expr::value(now))
                .col_expr(A::SmeSnapshot, Expr::value(sme.map(json).transpose()?))
                .col_expr(A::UpdatedAt, Expr::value(now))
                .filter(A::Id.eq(app.id))
                .filter(A::Status.eq(ApplicationStatus::Draft.as_str())),
        )
        .await;
    match res {
        Ok(true) => {}
        Ok(false) => {
            tx.rollback().await?;
            return Ok(Err(Refused::StateChanged));
        }
        // Another application of the organisation was submitted meanwhile.
        Err(StoreError::Conflict(Conflict::ApplicationPending)) => {
            tx.rollback().await.ok();
            return Ok(Err(Refused::NotEligible(
                results
                    .into_iter()
                    .filter(|r| r.rule == rules::Rule::OneActiveVoucher)
                    .map(|mut r| {
                        r.outcome = rules::Outcome::Failed;
                        r.message = "You already have a submitted application or an active voucher in this programme.".into();
                        r
                    })
                    .collect(),
            )));
        }
        Err(other) => {
            tx.rollback().await.ok();
            return Err(other);
        }
    }
    tx.audit(audit(app, "application.submit").detail(serde_json::json!({
        "requestedMinor": app.requested_minor,
        "reference": reference.as_str(),
    })))
    .await?;
    // The clinic's users, and the agency's officers, who have a new application to review.
    let mail = Mail::ApplicationSubmitted {
        reference: reference.as_str().to_owned(),
    };
    outbox::to_organisation(&*tx, app.organisation_id, &mail, now).await?;
    outbox::to_agency(&*tx, programme.member_state, &mail, now).await?;
    let row = get(&*tx, app.id).await?;
    tx.commit().await?;
    Ok(Ok(row))
}

/// Withdraws a draft or a submitted application. `None`: it was decided meanwhile.
pub async fn withdraw(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    app: &Application,
) -> Result<Option<Application>, StoreError> {
    let update = voucher_application::Entity::update_many()
        .col_expr(
            A::Status,
            Expr::value(ApplicationStatus::Withdrawn.as_str()),
        )
        .col_expr(A::UpdatedAt, Expr::value(now))
        .filter(A::Id.eq(app.id))
        .filter(A::Status.eq(app.status.as_str()));
    change_one(
        store,
        actor,
        now,
        update,
        audit(app, "application.withdraw")
            .detail(serde_json::json!({ "from": app.status.as_str() })),
        app.id,
    )
    .await?
    .map(Application::try_from)
    .transpose()
}

/// Rejects a submitted application with a reason, and tells the applicant. `None`: it was
/// decided meanwhile.
pub async fn reject(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    app: &Application,
    reason: &str,
    key: Option<&IdempotencyKey>,
) -> Result<Option<Application>, StoreError> {
    let tx = store.tx(actor, now).await?;
    let rejected = tx
        .update_one(
            voucher_application::Entity::update_many()
                .col_expr(A::Status, Expr::value(ApplicationStatus::Rejected.as_str()))
                .col_expr(A::UpdatedAt, Expr::value(now))
                .col_expr(A::DecisionReason, Expr::value(reason))
                .col_expr(A::DecisionKey, Expr::value(key.map(|k| k.as_str())))
                .col_expr(A::DecidedAt, Expr::value(now))
                .col_expr(A::DecidedBy, Expr::value(actor.id))
                .filter(A::Id.eq(app.id))
                .filter(A::Status.eq(ApplicationStatus::Submitted.as_str())),
        )
        .await?;
    if !rejected {
        tx.rollback().await?;
        return Ok(None);
    }
    tx.audit(
        audit(app, "application.reject").detail(serde_json::json!({ "from": app.status.as_str() })),
    )
    .await?;
    notifications::notify(
        &*tx,
        now,
        app.organisation_id,
        Kind::ApplicationRejected,
        Subject {
            application: Some(app.id),
            ..Subject::default()
        },
    )
    .await?;
    let mail = Mail::ApplicationDecided {
        reference: app.reference.clone().unwrap_or_default(),
        approved: false,
    };
    outbox::to_organisation(&*tx, app.organisation_id, &mail, now).await?;
    let row = get(&*tx, app.id).await?;
    tx.commit().await?;
    Ok(Some(row))
}

/// What an approval decides: the amount, the keys its voucher's code is stored under, and the
/// client's idempotency key (kept on the application, `docs/vouchers.md`).
#[derive(Clone, Copy)]
pub struct Approval<'a> {
    pub amount_minor: i64,
    pub codes: CodeKeys<'a>,
    pub key: Option<&'a IdempotencyKey>,
}

/// A fresh code from the OS's random source (95 bits; see `domain::voucher`).
fn new_code() -> VoucherCode {
    use rand::RngCore;
    loop {
        let mut bytes = [0u8; 12];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        if let Some(code) = VoucherCode::from_random(bytes) {
            return code;
        }
    }
}

/// Approves a submitted application for `amount_minor`: in one transaction, the decision, the
/// commitment of the funds, the voucher, the pre-financing payment, the audit rows and the
/// applicant's notification. Refused (nothing written) when the funds are not there.
pub async fn approve(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    app: &Application,
    programme: &Programme,
    decision: Approval<'_>,
) -> Result<Result<(Application, Voucher), Refused>, StoreError> {
    for _ in 0..3 {
        let tx = store.tx(actor, now).await?;
        match approve_once(&tx, app, programme, decision).await {
            Ok(Ok(done)) => {
                tx.commit().await?;
                return Ok(Ok(done));
            }
            Ok(Err(refused)) => {
                tx.rollback().await?;
                return Ok(Err(refused));
            }
            // 2^-95 per voucher, but handled: draw again.
            Err(StoreError::Conflict(Conflict::VoucherCodeTaken)) => {
                tx.rollback().await?;
            }
            Err(StoreError::Conflict(Conflict::VoucherActive)) => {
                tx.rollback().await?;
                return Ok(Err(Refused::ActiveVoucher));
            }
            Err(e) => {
                tx.rollback().await.ok();
                return Err(e);
            }
        }
    }
    Err(StoreError::Corrupt("voucher codes kept colliding".into()))
}

async fn approve_once(
    tx: &Tx,
    app: &Application,
    programme: &Programme,
    Approval {
        amount_minor,
        codes,
        key,
    }: Approval<'_>,
) -> Result<Result<(Application, Voucher), Refused>, StoreError> {
    let now = tx.now();
    let second_needed = programme.rules.four_eyes.needs_second(amount_minor);
    let decided = tx
        .update_one(
            voucher_application::Entity::update_many()
                .col_expr(A::Status, Expr::value(ApplicationStatus::Approved.as_str()))
                .col_expr(A::ApprovedMinor, Expr::value(amount_minor))
                .col_expr(A::DecisionKey, Expr::value(key.map(|k| k.as_str())))
                .col_expr(A::DecidedAt, Expr::value(now))
                .col_expr(A::DecidedBy, Expr::value(tx.actor().id))
                .col_expr(A::UpdatedAt, Expr::value(now))
                .filter(A::Id.eq(app.id))
                .filter(A::Status.eq(ApplicationStatus::Submitted.as_str()))
                .filter(super::four_eyes::second_officer(
                    tx.actor().id,
                    second_needed,
                    A::RecommendedBy,
                    Some((A::RecommendedMinor, amount_minor)),
                )),
        )
        .await?;
    if !decided {
        return Ok(Err(Refused::StateChanged));
    }
    let voucher_id = Uuid::now_v7();
    let reference = references::next(&**tx, programme, ReferenceKind::Voucher).await?;
    let commit = Movement {
        kind: EntryKind::Commit,
        amount_minor,
        reference: LedgerReference::system(format!(
            "Voucher {reference} for application {}",
            app.reference.as_deref().unwrap_or("without reference")
        )),
        voucher_id: Some(voucher_id),
        voucher_reference: Some(reference.as_str().to_owned()),
        idempotency_key: None,
    };
    if let Err(refusal) = ledger::post_in(tx, programme, &commit).await? {
        return Ok(Err(Refused::Funds(refusal)));
    }
    let prefinanced = domain::voucher::prefinancing(programme.rules.prefinancing, amount_minor);
    let (code_digest, code_sealed) =
        super::vouchers::code_at_rest(codes.code_key, codes.keys, voucher_id, &new_code())?;
    let v = super::vouchers::insert(
        tx,
        voucher::ActiveModel {
            id: Set(voucher_id),
            application_id: Set(app.id),
            program_id: Set(programme.id),
            organisation_id: Set(app.organisation_id),
            member_state: Set(app.member_state.code().to_owned()),
            service_provider_id: Set(app.service_provider_id),
            code_digest: Set(code_digest.as_str().to_owned()),
            code_sealed: Set(Some(code_sealed)),
            status: Set(VoucherStatus::Issued.as_str().to_owned()),
            currency: Set(programme.rules.currency.code().to_owned()),
            amount_minor: Set(amount_minor),
            prefinanced_minor: Set(prefinanced),
            redeemed_minor: Set(0),
            expires_at: Set(now + Duration::days(i64::from(programme.rules.validity_days))),
            issued_at: Set(now),
            closed_at: Set(None),
            close_reason: Set(None),
            updated_at: Set(now),
            reference: Set(Some(reference.as_str().to_owned())),
            close_key: Set(None),
        },
    )
    .await?;
    if prefinanced > 0 {
        let pay = Movement {
            kind: EntryKind::Disburse,
            amount_minor: prefinanced,
            reference: LedgerReference::system(format!("Pre-financing of voucher {reference}")),
            voucher_id: Some(voucher_id),
            voucher_reference: Some(reference.as_str().to_owned()),
            idempotency_key: None,
        };
        if let Err(refusal) = ledger::post_in(tx, programme, &pay).await? {
            return Ok(Err(Refused::Funds(refusal)));
        }
    }
    let decided = get(&**tx, app.id).await?;
    tx.audit(audit(app, "application.approve").detail(serde_json::json!({
        "voucherId": voucher_id,
        "voucherReference": reference.as_str(),
        "amountMinor": amount_minor,
        "requestedMinor": app.requested_minor,
        "prefinancedMinor": prefinanced,
        "recommendedBy": decided.recommendation.map(|r| r.by),
    })))
    .await?;
    notifications::notify(
        &**tx,
        now,
        app.organisation_id,
        Kind::ApplicationApproved,
        Subject {
            application: Some(app.id),
            voucher: Some(voucher_id),
            redemption: None,
        },
    )
    .await?;
    let mail = Mail::ApplicationDecided {
        reference: app.reference.clone().unwrap_or_default(),
        approved: true,
    };
    outbox::to_organisation(&**tx, app.organisation_id, &mail, now).await?;
    Ok(Ok((decided, v)))
}

/// The first of the four eyes: an officer recommends approving a submitted application for
/// `amount_minor`. `None`: it was decided or recommended meanwhile.
pub async fn recommend(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    app: &Application,
    amount_minor: i64,
) -> Result<Option<Application>, StoreError> {
    let update = voucher_application::Entity::update_many()
        .col_expr(A::RecommendedBy, Expr::value(actor.id))
        .col_expr(A::RecommendedAt, Expr::value(now))
        .col_expr(A::RecommendedMinor, Expr::value(amount_minor))
        .col_expr(A::UpdatedAt, Expr::value(now))
        .filter(A::Id.eq(app.id))
        .filter(A::Status.eq(ApplicationStatus::Submitted.as_str()))
        .filter(A::RecommendedBy.is_null());
    change_one(
        store,
        actor,
        now,
        update,
        audit(app, "application.recommend").detail(serde_json::json!({
            "amountMinor": amount_minor,
            "requestedMinor": app.requested_minor,
        })),
        app.id,
    )
    .await?
    .map(Application::try_from)
    .transpose()
}

/// The programme of an application the caller may see (its scope was checked on the
/// application). The ledger re-checks the programme's status and funds when money moves.
pub async fn programme_of(
    db: &DatabaseConnection,
    app: &Application,
) -> Result<Programme, StoreError> {
    programmes::get(db, app.program_id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("application without programme".into()))
}
