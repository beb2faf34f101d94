use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "redemption")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub voucher_id: Uuid,
    pub program_id: Uuid,
    pub member_state: String,
    pub service_provider_id: Uuid,
    pub invoice_reference: String,
    pub service_category: String,
    pub currency: String,
    pub invoice_minor: i64,
    pub covered_minor: i64,
    pub clinic_pays_minor: i64,
    /// What paying this redemption disburses once the voucher's advance is offset.
    pub net_payable_minor: i64,
    pub status: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub paid_at: Option<DateTimeUtc>,
    pub paid_by: Option<Uuid>,
    /// The first of the four eyes on the payment.
    pub recommended_by: Option<Uuid>,
    pub recommended_at: Option<DateTimeUtc>,
    /// The references people quote: of the redemption, and of its payment once paid.
    pub reference: Option<String>,
    pub payment_reference: Option<String>,
    /// The idempotency key of the payment approval, and of the `redeemVoucher` that created
    /// this redemption (unique per service provider).
    pub payment_key: Option<String>,
    pub request_key: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
