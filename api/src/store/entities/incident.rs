use sea_orm::entity::prelude::*;

/// An incident case. `assessment_sealed` is ciphertext; `Debug` leaves it out anyway.
#[derive(Clone, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "incident")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub member_state: String,
    pub zone: String,
    pub title: String,
    pub category: String,
    pub affected_services: String,
    pub suspected_malicious: bool,
    pub cross_border: bool,
    pub significance_criteria: String,
    pub assessment_sealed: String,
    pub started_at: DateTimeUtc,
    pub aware_at: DateTimeUtc,
    pub handled_at: Option<DateTimeUtc>,
    pub status: String,
    pub reported_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i64,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Incident")
            .field("id", &self.id)
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
