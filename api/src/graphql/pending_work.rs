//! The agency's pending work (issue #17, "The agency's day"): `pendingWork` counts and ages what
//! waits for the agency, the oldest first.
use super::context::ctx;
use super::scalars::id;
use crate::actions::pending_work::{self, PendingItem as Item, PendingQueue as Queue};
use crate::error::ApiResult;
use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::pending::PendingKind as Kind;
use rust_decimal::Decimal;

/// A kind of pending work.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::pending::PendingKind")]
pub enum PendingKind {
    /// Submitted applications nobody has recommended yet.
    Review,
    /// Applications recommended by one officer, waiting for a second officer (four eyes).
    SecondApproval,
    /// Redemptions waiting for payment that nobody has recommended yet.
    Payment,
    /// Payments recommended by one officer, waiting for a second officer (four eyes).
    PaymentSecondApproval,
    /// Self-registered healthcare organisations waiting for verification.
    Verification,
}

/// What waits for the agency: in an agency officer's member state, or (for the admin) in
/// every member state. Each kind is counted whole; its oldest items are listed, oldest first.
#[derive(SimpleObject)]
pub struct PendingWork {
    /// When it was counted: the server's clock, from which every `waitingDays` is counted.
    pub as_of: DateTime<Utc>,
    /// Submitted applications nobody has recommended yet, waiting since their submission
    /// (first come, first served). Open each on the review page.
    pub reviews: PendingQueue,
    /// Applications one officer recommended, waiting since the recommendation for a second
    /// officer's approval: the recommender cannot act on them.
    pub second_approvals: PendingQueue,
    /// Redemptions waiting for payment that nobody has recommended yet, waiting since the
    /// redemption.
    pub payments: PendingQueue,
    /// Payments one officer recommended, waiting since the recommendation for a second
    /// officer's approval: the recommender cannot act on them.
    pub payment_second_approvals: PendingQueue,
    /// Self-registered healthcare organisations waiting for verification since they
    /// registered.
    pub verifications: PendingQueue,
}

/// One kind of pending work.
#[derive(SimpleObject)]
pub struct PendingQueue {
    pub kind: PendingKind,
    /// How many items of this kind wait, all of them (not only those listed).
    pub count: u64,
    /// How many of them the caller can act on: an agency officer all but those it recommended
    /// itself (four eyes); the admin none.
    pub actionable_count: u64,
    /// When the oldest item started waiting; null when nothing waits.
    pub oldest_waiting_since: Option<DateTime<Utc>>,
    /// Whole days the oldest item has waited until `asOf` (0 on its first day); null when
    /// nothing waits.
    pub oldest_waiting_days: Option<i64>,
    /// The oldest items, oldest first, at most `first` of them.
    pub items: Vec<PendingItem>,
}

/// One item waiting for the agency.
#[derive(SimpleObject)]
pub struct PendingItem {
    /// What to open: the application's id (review page), the redemption's (payments), or the
    /// organisation's (verification queue).
    pub id: ID,
    /// The reference people quote (`…-A-…` for an application, `…-R-…` for a redemption);
    /// null for an organisation.
    pub reference: Option<String>,
    /// The clinic that applied, the service provider waiting for payment, or the organisation
    /// waiting for verification.
    pub organisation_id: ID,
    pub organisation_name: String,
    /// Since when it waits (submission, recommendation, redemption or registration).
    pub waiting_since: DateTime<Utc>,
    /// Whole days it has waited until `asOf` (0 on its first day).
    pub waiting_days: i64,
    /// The amount at stake: requested (review), recommended (second approval) or payable
    /// (payments); null for an organisation.
    pub amount: Option<Decimal>,
    /// The amount's ISO 4217 currency; null for an organisation.
    pub currency: Option<String>,
    /// Whether the caller recommended it (then another officer approves it).
    pub recommended_by_you: bool,
    /// Whether the caller can act on it now.
    pub actionable: bool,
}

impl From<Item> for PendingItem {
    fn from(i: Item) -> Self {
        let (amount, currency) = i.amount.unzip();
        Self {
            id: id(i.id),
            reference: i.reference,
            organisation_id: id(i.organisation_id),
            organisation_name: i.organisation_name,
            waiting_since: i.waiting_since,
            waiting_days: i.waiting_days,
            amount,
            currency,
            recommended_by_you: i.recommended_by_caller,
            actionable: i.actionable,
        }
    }
}

impl From<Queue> for PendingQueue {
    fn from(q: Queue) -> Self {
        Self {
            kind: q.kind.into(),
            count: q.count,
            actionable_count: q.actionable_count,
            oldest_waiting_since: q.oldest_waiting_since,
            oldest_waiting_days: q.oldest_waiting_days,
            items: q.items.into_iter().map(PendingItem::from).collect(),
        }
    }
}

impl From<pending_work::PendingWork> for PendingWork {
    fn from(w: pending_work::PendingWork) -> Self {
        Self {
            as_of: w.as_of,
            reviews: w.queue(Kind::Review).into(),
            second_approvals: w.queue(Kind::SecondApproval).into(),
            payments: w.queue(Kind::Payment).into(),
            payment_second_approvals: w.queue(Kind::PaymentSecondApproval).into(),
            verifications: w.queue(Kind::Verification).into(),
        }
    }
}

#[derive(Default)]
pub struct PendingWorkQuery;

#[Object]
impl PendingWorkQuery {
    /// The agency's pending work, counted and aged: an agency officer's member state, the
    /// admin's every member state (`FORBIDDEN` for other roles). `first`: how many of each
    /// kind to list, the oldest first (default 5, at most 20; `VALIDATION` when negative).
    async fn pending_work(&self, c: &Context<'_>, first: Option<i32>) -> ApiResult<PendingWork> {
        let first = domain::pending::shown(first.map(i64::from))?;
        Ok(pending_work::read(ctx(c)?, first).await?.into())
    }
}
