//! The rules of the CyberHealth Support Platform, pure.
//!
//! This crate has no I/O and no framework: no axum, async-graphql, sea-orm or tokio. Every state
//! change is a function returning `Result<_, TypedError>`, where each module owns its error type:
//! - [`money`]: `MoneyError` (currency and precision),
//! - [`member_state`], [`organisation`], [`account`]: `ParseError` for their newtypes,
//! - [`reserve`]: `ReserveError` (invalid input naming the field, an invalid state transition,
//!   insufficient capacity, a delivery beyond the reserved days); Cybersecurity Reserve requests,
//!   the priority score, the capacity ledger and provider matching,
//! - [`sme`]: `SmeError` (the SME engine's validation errors, each naming the input field),
//! - [`audit`]: the hash-chain rule and `ChainError` for a broken link; the chain keys,
//! - [`decision`]: an officer's decision reason (`ParseError`),
//! - [`calendar`]: `CalendarError` (instants out of range); calendar months in IANA zones (jiff,
//!   bundled database), `TimeZoneName`, and the state of every deadline and its reminders,
//! - [`incident`]: `IncidentError` (invalid input naming the field, a stage out of order, the
//!   mandatory law-enforcement referral, a closed case); NIS2 Art. 23 cases, clocks, ransom
//!   demands and anonymised statistics,
//! - [`programme`]: `ProgrammeError` (invalid rules, lifecycle, edits of an open programme),
//! - [`ledger`]: `LedgerError` (insufficient funds, beyond committed),
//! - [`application`]: `ApplicationError` (invalid input, lifecycle); eligibility is a list of
//!   rule results, not an error,
//! - [`voucher`]: `VoucherError` (redemption, lifecycle) and `CodeError` (a mistyped code),
//! - [`notification`]: the kinds of in-app notification (no errors),
//! - [`alert`]: `AlertError` (invalid content naming the field, lifecycle) for the early-warning
//!   service: TLP visibility, indicators, versions, acknowledgements, STIX 2.1 and Atom exports.
//! - [`catalogue`]: `CatalogueError` (invalid content or unsafe Markdown, workflow steps,
//!   suspensions by the wrong actor); versions, translations, voucher matching, DCAT-AP,
//! - [`training`]: `TrainingError` (invalid sessions, participants, enrolment outside the
//!   window, cancelling twice); seats, waitlist and promotion, attendance, iCalendar.
//! - [`directory`]: the agencies' helpdesk contacts; `ParseError` naming the part.
//! - [`reference`]: `ParseError`; references people quote (`DE-KH-CYBER-2027-A-000123`).
//! - [`four_eyes`]: `FourEyesError`; which approvals of money need a second officer.
//! - [`attachment`]: `AttachmentError` (size, a type the content does not bear out, the name,
//!   a closed parent); file types from magic bytes.
//! - [`email`]: `ResetError`; the e-mails in en/de/fr, the outbox's backoff, reset tokens.
//! - [`profile`]: `ParseError`; an organisation's contact person and address, an internal note.
//! - [`pending`]: `ParseError`; the agency's pending work: how long an item has waited, and
//!   whether this officer can act on it.
pub mod account;
pub mod alert;
pub mod application;
pub mod attachment;
pub mod audit;
pub mod calendar;
pub mod catalogue;
pub mod decision;
pub mod directory;
pub mod email;
pub mod four_eyes;
pub mod incident;
pub mod language;
pub mod ledger;
pub mod member_state;
pub mod money;
pub mod notification;
pub mod organisation;
pub mod pending;
pub mod profile;
pub mod programme;
pub mod reference;
pub mod reserve;
pub mod search;
pub mod sme;
pub mod training;
pub mod voucher;

/// A refused lifecycle step in the API's plain words: "an approved application cannot be
/// approved again", "an open programme cannot be archived". `from` is the status code
/// (`FULLY_REDEEMED`), `done` the participle of the step refused (`cancelled`).
pub(crate) fn refused_step(noun: &str, from: &str, done: &str, again: bool) -> String {
    let from = from.to_lowercase().replace('_', " ");
    let article = match from.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    };
    let again = if again { " again" } else { "" };
    format!("{article} {from} {noun} cannot be {done}{again}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_refused_step_reads_as_plain_english() {
        assert_eq!(
            super::refused_step("application", "APPROVED", "approved", true),
            "an approved application cannot be approved again"
        );
        assert_eq!(
            super::refused_step("voucher", "PARTIALLY_REDEEMED", "expired", false),
            "a partially redeemed voucher cannot be expired"
        );
    }
}
