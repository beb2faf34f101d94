//! The languages an account chooses for its e-mails (issue #17).
use async_graphql::Enum;

/// A language e-mails are written in.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::email::MailLanguage")]
pub enum MailLanguage {
    En,
    De,
    Fr,
}
