//! The agency's pending work (issue #17, "The agency's day"; `docs/vouchers.md`): applications
//! to review, second approvals, payments to approve and organisations to verify, each counted,
//! aged from the clock's now, and its oldest listed first. An agency officer reads its member
//! state's and sees which items it can act on (never what it recommended itself, under four
//! eyes); the admin reads every member state's, like the audit trail, and acts on none.
use super::{Action, Ctx};
use crate::error::ApiResult;
use crate::store::pending_work::{self as repo, PendingRow};
use chrono::{DateTime, Utc};
use domain::money::Money;
use domain::pending::{self as rules, PendingKind};
use rust_decimal::Decimal;
use uuid::Uuid;

/// One waiting item, aged.
#[derive(Debug, Clone)]
pub struct PendingItem {
    /// The application, redemption or organisation to open.
    pub id: Uuid,
    pub reference: Option<String>,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub waiting_since: DateTime<Utc>,
    pub waiting_days: i64,
    /// The amount at stake and its currency (none for an organisation).
    pub amount: Option<(Decimal, String)>,
    pub recommended_by_caller: bool,
    pub actionable: bool,
}

/// One kind of pending work.
#[derive(Debug, Clone)]
pub struct PendingQueue {
    pub kind: PendingKind,
    pub count: u64,
    pub actionable_count: u64,
    pub oldest_waiting_since: Option<DateTime<Utc>>,
    pub oldest_waiting_days: Option<i64>,
    /// The oldest items, oldest first.
    pub items: Vec<PendingItem>,
}

/// Everything pending in the caller's scope, counted at `as_of`.
#[derive(Debug, Clone)]
pub struct PendingWork {
    pub as_of: DateTime<Utc>,
    /// One queue per kind, in [`PendingKind::ALL`]'s order.
    pub queues: Vec<PendingQueue>,
}

impl PendingWork {
    /// The queue of `kind` (empty if there is none).
    pub fn queue(&self, kind: PendingKind) -> PendingQueue {
        self.queues
            .iter()
            .find(|q| q.kind == kind)
            .cloned()
            .unwrap_or(PendingQueue {
                kind,
                count: 0,
                actionable_count: 0,
                oldest_waiting_since: None,
                oldest_waiting_days: None,
                items: Vec::new(),
            })
    }
}

/// The action an officer takes on an item of `kind`: whoever may take it can act on the kind.
fn acting(kind: PendingKind) -> Action {
    match kind {
        PendingKind::Review => Action::ApplicationRecommend,
        PendingKind::SecondApproval => Action::ApplicationApprove,
        PendingKind::Payment => Action::RedemptionRecommend,
        PendingKind::PaymentSecondApproval => Action::RedemptionPay,
        PendingKind::Verification => Action::OrganisationDecide,
    }
}

/// The pending work in the caller's scope: each kind's count, how many the caller can act on,
/// the oldest's age, and its oldest `first` items, oldest first. Two statements, whatever the
/// data.
pub async fn read(ctx: &Ctx, first: u64) -> ApiResult<PendingWork> {
    let p = ctx.authorize(Action::PendingWorkRead).await?;
    let now = ctx.now();
    let me = p.user_id;
    let pending = repo::read(ctx.store().db(), &p.scope, Some(me), first).await?;
    let item = |r: PendingRow, officer: Option<Uuid>| PendingItem {
        actionable: rules::actionable(r.kind, r.recommended_by, officer),
        recommended_by_caller: r.recommended_by == Some(me),
        waiting_days: rules::waiting_days(r.since, now),
        waiting_since: r.since,
        amount: r.amount_minor.zip(r.currency).map(|(minor, currency)| {
            let m = Money::from_minor_units(minor, currency);
            (m.amount(), currency.code().to_owned())
        }),
        id: r.id,
        reference: r.reference,
        organisation_id: r.organisation_id,
        organisation_name: r.organisation_name,
    };
    let mut rows = pending.rows;
    let queues = pending
        .counts
        .into_iter()
        .map(|c| {
            let officer = ctx.may(acting(c.kind)).then_some(me);
            let (mine, rest): (Vec<_>, Vec<_>) = rows.drain(..).partition(|r| r.kind == c.kind);
            rows = rest;
            PendingQueue {
                kind: c.kind,
                count: c.count,
                actionable_count: rules::actionable_count(
                    c.kind,
                    c.count,
                    c.recommended_by_officer,
                    officer,
                ),
                oldest_waiting_since: c.oldest_since,
                oldest_waiting_days: c.oldest_since.map(|s| rules::waiting_days(s, now)),
                items: mine.into_iter().map(|r| item(r, officer)).collect(),
            }
        })
        .collect();
    Ok(PendingWork { as_of: now, queues })
}
