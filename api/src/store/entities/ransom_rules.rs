use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ransom_rules")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub member_state: String,
    pub ransom_reporting: String,
    pub referral_mandatory: bool,
    pub reporting_deadline_hours: Option<i32>,
    pub law_enforcement_contact: String,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
