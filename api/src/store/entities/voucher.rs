use sea_orm::entity::prelude::*;

/// The code is a secret: the row holds its keyed digest (`code_digest`, the column `code`) and
/// its sealed copy (`code_sealed`); this model's `Debug` hides both, so neither reaches a log.
#[derive(Clone, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "voucher")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub application_id: Uuid,
    pub program_id: Uuid,
    pub organisation_id: Uuid,
    pub member_state: String,
    pub service_provider_id: Option<Uuid>,
    /// HMAC-SHA256 of the code (`store::sealed::CodeKey`); the clear code of a row issued
    /// before the digests, until start-up seals it (`code_sealed` NULL).
    #[sea_orm(column_name = "code")]
    pub code_digest: String,
    /// The code sealed under the data keys (`voucher.code:<id>`).
    pub code_sealed: Option<String>,
    pub status: String,
    pub currency: String,
    pub amount_minor: i64,
    pub prefinanced_minor: i64,
    pub redeemed_minor: i64,
    pub expires_at: DateTimeUtc,
    pub issued_at: DateTimeUtc,
    pub closed_at: Option<DateTimeUtc>,
    pub close_reason: Option<String>,
    pub updated_at: DateTimeUtc,
    /// The reference people quote, given at issue (`domain::reference`).
    pub reference: Option<String>,
    /// The idempotency key of the cancellation that closed it.
    pub close_key: Option<String>,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Voucher")
            .field("id", &self.id)
            .field("status", &self.status)
            .field("amount_minor", &self.amount_minor)
            .field("redeemed_minor", &self.redeemed_minor)
            .finish_non_exhaustive()
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
