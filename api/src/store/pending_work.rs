//! The agency's pending work (issue #17, `docs/vouchers.md`): what waits in the caller's scope,
//! counted, and the oldest of each kind. Two statements, whatever the data:
//! - one counts every kind, with its oldest `since` and how many the officer recommended (a
//!   `UNION ALL` of one aggregate per kind);
//! - one reads the oldest `first` of every kind with its organisation's name (a `UNION ALL` of
//!   one ordered, limited subquery per kind).
//!
//! Each kind reads where the lists already have indexes: the review queue's
//! `(member_state, status, queue_key)` (first come, first served), the payments'
//! `(member_state, status, id)`, the registry's `(member_state, status)`.
use super::StoreError;
use super::entities::{organisation, redemption, voucher_application};
use super::tenancy::Tenanted;
use chrono::{DateTime, Utc};
use domain::account::Scope;
use domain::application::ApplicationStatus;
use domain::money::Currency;
use domain::organisation::{OrganisationKind, OrganisationStatus};
use domain::pending::PendingKind;
use domain::voucher::RedemptionStatus;
use sea_orm::sea_query::{
    Alias, Asterisk, Condition, Expr, ExprTrait, Func, Order, Query, SelectStatement, UnionType,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityName, EntityTrait};
use uuid::Uuid;

/// One kind's totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingCount {
    pub kind: PendingKind,
    /// Every item of the kind in scope.
    pub count: u64,
    /// Of them, those the officer recommended (under four eyes another officer decides them).
    pub recommended_by_officer: u64,
    /// When the oldest started waiting; `None` when nothing waits.
    pub oldest_since: Option<DateTime<Utc>>,
}

/// One waiting item.
#[derive(Debug, Clone)]
pub struct PendingRow {
    pub kind: PendingKind,
    /// The application, redemption or organisation.
    pub id: Uuid,
    /// The reference people quote (applications, redemptions).
    pub reference: Option<String>,
    /// The clinic applying, the service provider waiting for payment, or the organisation
    /// waiting for verification.
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub since: DateTime<Utc>,
    pub recommended_by: Option<Uuid>,
    /// The amount at stake, in minor units of `currency`: requested, recommended, or payable.
    pub amount_minor: Option<i64>,
    pub currency: Option<Currency>,
}

/// What waits in the scope: each kind's totals, in [`PendingKind::ALL`]'s order, and its oldest
/// `first` items, oldest first.
#[derive(Debug, Clone)]
pub struct Pending {
    pub counts: Vec<PendingCount>,
    pub rows: Vec<PendingRow>,
}

/// Where one kind's rows live: its table, the condition that selects them (the scope's
/// included), and the expressions of its columns.
struct Source {
    kind: PendingKind,
    table: Alias,
    /// The table whose row is the organisation (the source itself, or joined on `organisation`).
    join_organisation: bool,
    condition: Condition,
    id: Expr,
    reference: Expr,
    organisation: Expr,
    since: Expr,
    recommended_by: Expr,
    amount: Expr,
    currency: Expr,
    /// The order the oldest are picked in (an index's, where there is one).
    order: Vec<Expr>,
}

fn null(sql_type: &str) -> Expr {
    Expr::cust(format!("CAST(NULL AS {sql_type})"))
}

/// `table.column`, qualified (the organisation is joined to some kinds).
fn col<E: EntityTrait, C: ColumnTrait>(table: E, column: C) -> Expr {
    Expr::col((table, column))
}

fn sources(scope: &Scope) -> Vec<Source> {
    use organisation::Column as O;
    use redemption::Column as R;
    use voucher_application::Column as A;
    let application = |kind: PendingKind, recommended: bool| {
        let t = voucher_application::Entity;
        let (waiting, since, amount, order) = if recommended {
            let since = col(t, A::RecommendedAt);
            let order = vec![since.clone(), col(t, A::Id)];
            (
                A::RecommendedBy.is_not_null(),
                since,
                A::RecommendedMinor,
                order,
            )
        } else {
            // First come, first served: the review queue's own order and index.
            let order = vec![col(t, A::QueueKey)];
            (
                A::RecommendedBy.is_null(),
                col(t, A::SubmittedAt),
                A::RequestedMinor,
                order,
            )
        };
        Source {
            kind,
            table: Alias::new(t.table_name()),
            join_organisation: true,
            condition: Condition::all()
                .add(voucher_application::Entity::visible_to(scope))
                .add(A::Status.eq(ApplicationStatus::Submitted.as_str()))
                .add(waiting),
            id: col(t, A::Id),
            reference: col(t, A::Reference),
            organisation: col(t, A::OrganisationId),
            since,
            recommended_by: col(t, A::RecommendedBy),
            amount: col(t, amount),
            currency: col(t, A::Currency),
            order,
        }
    };
    let payment = |kind: PendingKind, recommended: bool| {
        let t = redemption::Entity;
        let (waiting, since) = if recommended {
            (R::RecommendedBy.is_not_null(), col(t, R::RecommendedAt))
        } else {
            (R::RecommendedBy.is_null(), col(t, R::CreatedAt))
        };
        Source {
            kind,
            table: Alias::new(t.table_name()),
            join_organisation: true,
            condition: Condition::all()
                .add(redemption::Entity::visible_to(scope))
                .add(R::Status.eq(RedemptionStatus::PendingPayment.as_str()))
                .add(waiting),
            id: col(t, R::Id),
            reference: col(t, R::Reference),
            organisation: col(t, R::ServiceProviderId),
            order: vec![since.clone(), col(t, R::Id)],
            since,
            recommended_by: col(t, R::RecommendedBy),
            amount: col(t, R::NetPayableMinor),
            currency: col(t, R::Currency),
        }
    };
    let t = organisation::Entity;
    let registrations = Source {
        kind: PendingKind::Verification,
        table: Alias::new(t.table_name()),
        join_organisation: false,
        condition: Condition::all()
            .add(organisation::Entity::visible_to(scope))
            .add(O::Status.eq(OrganisationStatus::Pending.as_str()))
            .add(O::Kind.eq(OrganisationKind::HealthcareProvider.as_str())),
        id: col(t, O::Id),
        reference: null("TEXT"),
        organisation: col(t, O::Id),
        since: col(t, O::CreatedAt),
        recommended_by: null("UUID"),
        amount: null("BIGINT"),
        currency: null("TEXT"),
        order: vec![col(t, O::CreatedAt), col(t, O::Id)],
    };
    vec![
        application(PendingKind::Review, false),
        application(PendingKind::SecondApproval, true),
        payment(PendingKind::Payment, false),
        payment(PendingKind::PaymentSecondApproval, true),
        registrations,
    ]
}

impl Source {
    fn select(&self) -> SelectStatement {
        let mut q = Query::select();
        q.from(self.table.clone())
            .cond_where(self.condition.clone());
        q
    }

    /// `kind, n, mine, oldest`: the count, those `officer` recommended, the oldest `since`.
    fn totals(&self, officer: Option<Uuid>) -> SelectStatement {
        let mine = Expr::case(ExprTrait::eq(self.recommended_by.clone(), officer), 1);
        let mut q = self.select();
        q.expr_as(Expr::val(self.kind.as_str()), Alias::new("kind"))
            .expr_as(Func::count(Expr::col(Asterisk)), Alias::new("n"))
            .expr_as(Func::count(mine), Alias::new("mine"))
            .expr_as(Func::min(self.since.clone()), Alias::new("oldest"));
        q
    }

    /// The oldest `first` rows with their organisation's name, as `SELECT * FROM (…)`.
    fn oldest(&self, first: u64, alias: &str) -> SelectStatement {
        let mut q = self.select();
        let name = if self.join_organisation {
            let o = organisation::Entity.table_name();
            q.inner_join(
                Alias::new(o),
                ExprTrait::eq(
                    Expr::col((Alias::new(o), organisation::Column::Id)),
                    self.organisation.clone(),
                ),
            );
            Expr::col((Alias::new(o), organisation::Column::Name))
        } else {
            Expr::col((self.table.clone(), organisation::Column::Name))
        };
        q.expr_as(Expr::val(self.kind.as_str()), Alias::new("kind"))
            .expr_as(self.id.clone(), Alias::new("id"))
            .expr_as(self.reference.clone(), Alias::new("reference"))
            .expr_as(self.organisation.clone(), Alias::new("organisation_id"))
            .expr_as(name, Alias::new("organisation_name"))
            .expr_as(self.since.clone(), Alias::new("since"))
            .expr_as(self.recommended_by.clone(), Alias::new("recommended_by"))
            .expr_as(self.amount.clone(), Alias::new("amount_minor"))
            .expr_as(self.currency.clone(), Alias::new("currency"));
        for e in &self.order {
            q.order_by_expr(e.clone(), Order::Asc);
        }
        q.limit(first);
        // SQLite takes ORDER BY and LIMIT in a compound member only inside a subquery.
        Query::select()
            .column(Asterisk)
            .from_subquery(q, Alias::new(alias))
            .to_owned()
    }
}

/// Every member of `parts` in one `UNION ALL`.
fn union_all(mut parts: Vec<SelectStatement>) -> Option<SelectStatement> {
    let rest = parts.split_off(std::cmp::Ord::min(1, parts.len()));
    let mut first = parts.pop()?;
    first.unions(rest.into_iter().map(|q| (UnionType::All, q)));
    Some(first)
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or_default()
}

/// What waits in `scope`: every kind's totals (with those `officer` recommended) and its oldest
/// `first` items, in two statements.
pub async fn read(
    db: &DatabaseConnection,
    scope: &Scope,
    officer: Option<Uuid>,
    first: u64,
) -> Result<Pending, StoreError> {
    let sources = sources(scope);
    let backend = db.get_database_backend();
    let corrupt = |what: &str| StoreError::Corrupt(format!("pending work: bad {what}"));
    let kind_of = |row: &sea_orm::QueryResult| -> Result<PendingKind, StoreError> {
        let kind: String = row.try_get("", "kind")?;
        PendingKind::parse(&kind).map_err(|_| corrupt("kind"))
    };

    let totals = union_all(sources.iter().map(|s| s.totals(officer)).collect())
        .ok_or_else(|| corrupt("sources"))?;
    let mut counts = Vec::with_capacity(sources.len());
    for row in db.query_all_raw(backend.build(&totals)).await? {
        counts.push(PendingCount {
            kind: kind_of(&row)?,
            count: count(row.try_get("", "n")?),
            recommended_by_officer: count(row.try_get("", "mine")?),
            oldest_since: row.try_get("", "oldest")?,
        });
    }
    counts.sort_by_key(|c| PendingKind::ALL.iter().position(|k| *k == c.kind));

    let oldest = union_all(
        sources
            .iter()
            .enumerate()
            .map(|(i, s)| s.oldest(first, &format!("pending_{i}")))
            .collect(),
    )
    .ok_or_else(|| corrupt("sources"))?;
    let mut rows = Vec::new();
    for row in db.query_all_raw(backend.build(&oldest)).await? {
        let currency: Option<String> = row.try_get("", "currency")?;
        let since: Option<DateTime<Utc>> = row.try_get("", "since")?;
        rows.push(PendingRow {
            kind: kind_of(&row)?,
            id: row.try_get("", "id")?,
            reference: row.try_get("", "reference")?,
            organisation_id: row.try_get("", "organisation_id")?,
            organisation_name: row.try_get("", "organisation_name")?,
            since: since.ok_or_else(|| corrupt("waiting since"))?,
            recommended_by: row.try_get("", "recommended_by")?,
            amount_minor: row.try_get("", "amount_minor")?,
            currency: currency
                .map(|c| Currency::parse(&c).map_err(|_| corrupt("currency")))
                .transpose()?,
        });
    }
    // A UNION keeps no order: oldest first within each kind (the review queue's first come,
    // first served is its submission order too).
    rows.sort_by_key(|r| (r.since, r.id));
    Ok(Pending { counts, rows })
}
