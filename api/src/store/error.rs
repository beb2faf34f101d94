use sea_orm::{DbErr, SqlErr};

/// A uniqueness rule of the domain, recognised from the constraint that enforces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// `app_user_email_unique`: an account with this e-mail exists.
    EmailTaken,
    /// `organisation_registration_unique`: this registration id is registered in the state.
    RegistrationTaken,
    /// `audit_log_chain_seq_unique`: two writers raced for one audit position (retryable).
    AuditRace,
    /// `voucher_program_code_unique`: the code is taken in this member state.
    ProgrammeCodeTaken,
    /// `ledger_entry_idempotency_unique`: a concurrent request with the same idempotency key
    /// won (the loser replays the winner's result).
    IdempotencyRace,
    /// `voucher_application_one_submitted`: the organisation has a submitted application in
    /// this programme already.
    ApplicationPending,
    /// `voucher_one_active`: the organisation has an active voucher in this programme.
    VoucherActive,
    /// `voucher_code_unique`: a freshly drawn code collided (retry with a new one).
    VoucherCodeTaken,
    /// `redemption_invoice_unique`: this service provider redeemed this invoice before.
    InvoiceReused,
    /// `redemption_request_key_unique`: a concurrent `redeemVoucher` with the same idempotency
    /// key created its redemption first (replay it).
    RequestKeyUsed,
}

impl Conflict {
    /// Constraint name (PostgreSQL reports it) and the columns SQLite reports instead.
    const TABLE: [(&'static str, &'static str, Conflict); 10] = [
        (
            "app_user_email_unique",
            "app_user.email",
            Conflict::EmailTaken,
        ),
        (
            "organisation_registration_unique",
            "organisation.member_state, organisation.registration_id",
            Conflict::RegistrationTaken,
        ),
        (
            "audit_log_chain_seq_unique",
            "audit_log.chain, audit_log.seq",
            Conflict::AuditRace,
        ),
        (
            "voucher_program_code_unique",
            "voucher_program.member_state, voucher_program.code",
            Conflict::ProgrammeCodeTaken,
        ),
        (
            "ledger_entry_idempotency_unique",
            "ledger_entry.program_id, ledger_entry.idempotency_key",
            Conflict::IdempotencyRace,
        ),
        (
            "voucher_application_one_submitted",
            "voucher_application.program_id, voucher_application.organisation_id",
            Conflict::ApplicationPending,
        ),
        (
            "voucher_one_active",
            "voucher.program_id, voucher.organisation_id",
            Conflict::VoucherActive,
        ),
        (
            "voucher_code_unique",
            "voucher.code",
            Conflict::VoucherCodeTaken,
        ),
        (
            "redemption_invoice_unique",
            "redemption.service_provider_id, redemption.invoice_reference",
            Conflict::InvoiceReused,
        ),
        (
            "redemption_request_key_unique",
            "redemption.service_provider_id, redemption.request_key",
            Conflict::RequestKeyUsed,
        ),
    ];

    fn from_message(msg: &str) -> Option<Self> {
        Self::TABLE
            .iter()
            .find(|(name, cols, _)| msg.contains(name) || msg.contains(cols))
            .map(|(_, _, c)| *c)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("conflict: {0:?}")]
    Conflict(Conflict),
    #[error("setup: {0}")]
    Setup(String),
    #[error("corrupt row: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Db(DbErr),
}

impl From<DbErr> for StoreError {
    fn from(e: DbErr) -> Self {
        if let Some(SqlErr::UniqueConstraintViolation(msg)) = e.sql_err()
            && let Some(c) = Conflict::from_message(&msg)
        {
            return StoreError::Conflict(c);
        }
        StoreError::Db(e)
    }
}
