use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "app_user")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub organisation_id: Option<Uuid>,
    pub password_hash: Option<String>,
    pub oidc_issuer: Option<String>,
    pub oidc_subject: Option<String>,
    pub active: bool,
    /// Raised by "sign out everywhere", a role change or a deactivation: older tokens stop
    /// working within the revocation window.
    pub token_version: i64,
    pub created_at: DateTimeUtc,
    /// The language of the account's e-mails (`en`, `de`, `fr`).
    pub language: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
