use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "voucher_program")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub member_state: String,
    pub code: String,
    pub status: String,
    pub currency: String,
    /// JSON array of `{language, text}`.
    pub names: String,
    pub descriptions: String,
    pub min_voucher_minor: i64,
    pub max_voucher_minor: i64,
    /// Basis points: 5000 = 50.00 %.
    pub aid_intensity_bp: i32,
    pub prefinancing_bp: Option<i32>,
    /// Comma-separated codes.
    pub sme_categories: String,
    pub healthcare_types: String,
    pub nis2_classes: String,
    pub service_categories: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    /// JSON array of RFC 3339 instants.
    pub cutoffs: String,
    pub validity_days: i32,
    pub de_minimis: bool,
    /// Four eyes: `NULL` none, `0` every approval, else the amount from which two officers approve.
    pub four_eyes_threshold_minor: Option<i64>,
    pub allocated_minor: i64,
    pub committed_minor: i64,
    pub disbursed_minor: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
