use sea_orm::entity::prelude::*;

/// A ransom demand. `note_sealed` is ciphertext; `Debug` leaves it out anyway.
#[derive(Clone, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ransom_demand")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub incident_id: Uuid,
    pub received_at: DateTimeUtc,
    pub amount_minor: Option<i64>,
    pub amount_currency: Option<String>,
    pub amount_crypto: Option<String>,
    pub amount_asset: Option<String>,
    pub threat_actor: Option<String>,
    pub note_sealed: Option<String>,
    pub paid: bool,
    pub paid_minor: Option<i64>,
    pub paid_currency: Option<String>,
    pub paid_crypto: Option<String>,
    pub paid_asset: Option<String>,
    pub recorded_at: DateTimeUtc,
    pub recorded_by: Uuid,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RansomDemand")
            .field("incident_id", &self.incident_id)
            .finish_non_exhaustive()
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
