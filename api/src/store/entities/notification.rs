use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub kind: String,
    pub application_id: Option<Uuid>,
    pub voucher_id: Option<Uuid>,
    pub redemption_id: Option<Uuid>,
    pub incident_id: Option<Uuid>,
    pub detail: Option<String>,
    pub alert_id: Option<Uuid>,
    pub reserve_request_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
