use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attachment")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The parent: an application or a redemption (exactly one is set).
    pub application_id: Option<Uuid>,
    pub redemption_id: Option<Uuid>,
    pub member_state: String,
    pub kind: String,
    pub name: String,
    /// The media type read from the content.
    pub content_type: String,
    pub size_bytes: i64,
    /// Lower-case hex; the content's key in the attachment store.
    pub sha256: String,
    pub uploaded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
