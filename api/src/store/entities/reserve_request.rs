use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reserve_request")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub member_state: String,
    pub incident_id: Option<Uuid>,
    pub zone: String,
    pub status: String,
    pub kind: String,
    pub content: String,
    pub language: Option<String>,
    pub entity_type: Option<String>,
    pub impact: String,
    pub total_days: i64,
    pub severity: Option<String>,
    pub spill_over: Option<String>,
    pub endorsement_note: Option<String>,
    pub decline_reason: Option<String>,
    pub provider_id: Option<Uuid>,
    pub engagement_id: Option<Uuid>,
    pub summary_report_months: Option<i32>,
    pub delivery_ended_at: Option<DateTimeUtc>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
    pub endorsed_at: Option<DateTimeUtc>,
    pub decided_by: Option<Uuid>,
    pub triaged_at: Option<DateTimeUtc>,
    pub reported_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    pub version: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
