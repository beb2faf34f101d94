use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "voucher_application")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub program_id: Uuid,
    pub organisation_id: Uuid,
    pub member_state: String,
    pub status: String,
    pub currency: String,
    pub requested_minor: i64,
    pub approved_minor: Option<i64>,
    /// JSON array of `domain::application::PlannedService`.
    pub services: String,
    pub estimated_total_minor: i64,
    /// JSON: the SME input as entered (GraphQL shape).
    pub sme_input: Option<String>,
    /// JSON: the engine's full result at submission.
    pub sme_snapshot: Option<String>,
    pub de_minimis_declared_eur_minor: i64,
    pub service_provider_id: Option<Uuid>,
    /// Time-ordered key set at submission: the review queue's first-come-first-served order.
    pub queue_key: Option<Uuid>,
    pub cutoff: Option<DateTimeUtc>,
    pub decision_reason: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub decided_at: Option<DateTimeUtc>,
    pub decided_by: Option<Uuid>,
    /// The first of the four eyes: the officer who recommended approval, when and for how much.
    pub recommended_by: Option<Uuid>,
    pub recommended_at: Option<DateTimeUtc>,
    pub recommended_minor: Option<i64>,
    /// The reference people quote, given at submission (`domain::reference`).
    pub reference: Option<String>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The idempotency key of the approval or rejection that decided it.
    pub decision_key: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
