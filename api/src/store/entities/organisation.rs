use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisation")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub kind: String,
    pub name: String,
    pub member_state: String,
    pub status: String,
    pub healthcare_type: Option<String>,
    pub nis2_class: Option<String>,
    pub registration_id: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The agency's message: a rejection's reason, or the information it asks for.
    pub review_note: Option<String>,
    pub review_note_kind: Option<String>,
    pub review_note_at: Option<DateTimeUtc>,
    /// The organisation's own IANA zone; `None`: its member state's default.
    pub time_zone: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
