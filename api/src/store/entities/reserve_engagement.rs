use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reserve_engagement")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub request_id: Uuid,
    pub provider_id: Uuid,
    pub quarter: String,
    pub pool: String,
    pub status: String,
    pub reserved_days: i64,
    pub consumed_days: i64,
    pub assigned_at: DateTimeUtc,
    pub assigned_by: Uuid,
    pub responded_at: Option<DateTimeUtc>,
    pub completed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
