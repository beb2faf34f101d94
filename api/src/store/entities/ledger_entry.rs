use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ledger_entry")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub program_id: Uuid,
    pub kind: String,
    pub amount_minor: i64,
    pub currency: String,
    pub reference: String,
    pub voucher_id: Option<Uuid>,
    /// The voucher's reference, so the ledger names it as people do.
    pub voucher_reference: Option<String>,
    pub idempotency_key: Option<String>,
    pub actor_id: Option<Uuid>,
    pub allocated_after: i64,
    pub committed_after: i64,
    pub disbursed_after: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
