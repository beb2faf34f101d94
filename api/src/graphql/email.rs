//! E-mail (issue #17): the admin's outbox, the language of one's e-mails, password reset.
use super::accounts::User;
use super::context::ctx;
use super::languages::MailLanguage;
use super::scalars::id;
use crate::actions::email::{self, OutboxEmail};
use crate::actions::{accounts, password_reset};
use crate::error::ApiResult;
use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use domain::account::NewPassword;

/// Where an e-mail of the outbox stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum EmailStatus {
    /// Waiting for its first or next attempt.
    Pending,
    /// Accepted by the SMTP server (or written to the mail folder).
    Sent,
    /// Given up after the last attempt; kept for the admin.
    Failed,
}

impl EmailStatus {
    fn code(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Sent => "SENT",
            Self::Failed => "FAILED",
        }
    }
}

/// One e-mail of the outbox.
#[derive(SimpleObject)]
pub struct OutboxEntry {
    pub id: ID,
    pub recipient: String,
    pub language: String,
    /// Why it was written, e.g. `PASSWORD_RESET`, `APPLICATION_SUBMITTED`.
    pub kind: String,
    pub subject: String,
    pub body: String,
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: DateTime<Utc>,
    /// The last attempt's error, if it failed.
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

impl From<OutboxEmail> for OutboxEntry {
    fn from(m: OutboxEmail) -> Self {
        Self {
            id: id(m.id),
            recipient: m.recipient,
            language: m.language,
            kind: m.kind,
            subject: m.subject,
            body: m.body,
            status: m.status,
            attempts: m.attempts,
            next_attempt_at: m.next_attempt_at,
            last_error: m.last_error,
            created_at: m.created_at,
            sent_at: m.sent_at,
        }
    }
}

#[derive(Default)]
pub struct EmailQuery;

#[Object]
impl EmailQuery {
    /// The e-mail outbox, newest first (platform admin): status, attempts and the last error.
    async fn email_outbox(
        &self,
        c: &Context<'_>,
        status: Option<EmailStatus>,
        first: Option<i32>,
    ) -> ApiResult<Vec<OutboxEntry>> {
        let first = u64::try_from(first.unwrap_or(50)).unwrap_or(1);
        let rows = email::outbox(ctx(c)?, status.map(EmailStatus::code), first).await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }
}

#[derive(Default)]
pub struct EmailMutation;

#[Object]
impl EmailMutation {
    /// Sends a password-reset link (single use, valid 30 minutes) to `email` if it has an
    /// account. The answer is `true` either way; limited per address.
    async fn request_password_reset(&self, c: &Context<'_>, email: String) -> ApiResult<bool> {
        password_reset::request(ctx(c)?, &email).await?;
        Ok(true)
    }

    /// Sets a new password (at least 12 characters) with the token of a reset link, and signs
    /// the account out everywhere. A used or expired token is `INVALID_STATE_TRANSITION`, an
    /// unknown one `VALIDATION` (`token`); nothing changes then.
    async fn reset_password(
        &self,
        c: &Context<'_>,
        token: String,
        new_password: String,
    ) -> ApiResult<bool> {
        let password = NewPassword::parse(&new_password)?;
        password_reset::reset(ctx(c)?, &token, password).await?;
        Ok(true)
    }

    /// Chooses the language of the caller's e-mails.
    async fn set_my_language(&self, c: &Context<'_>, language: MailLanguage) -> ApiResult<User> {
        Ok(accounts::set_language(ctx(c)?, language.into())
            .await?
            .into())
    }
}
