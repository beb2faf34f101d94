//! The rules of the CyberHealth Support Platform, pure.
//!
//! This crate has no I/O and no framework: no axum, async-graphql, sea-orm or tokio. Every state
//! change is a function returning `Result<_, TypedError>`, where each module owns its error type:
//! - [`money`]: `MoneyError` (currency and precision),
//! - [`member_state`], [`organisation`], [`account`]: `ParseError` for their newtypes,
//! - [`sme`]: `SmeError` (the SME engine's validation errors, each naming the input field),
//! - [`audit`]: the hash-chain rule and `ChainError` for a broken link,
//! - [`programme`]: `ProgrammeError` (invalid rules, lifecycle, edits of an open programme),
//! - [`ledger`]: `LedgerError` (insufficient funds, beyond committed),
//! - [`application`]: `ApplicationError` (invalid input, lifecycle); eligibility is a list of
//!   rule results, not an error,
//! - [`voucher`]: `VoucherError` (redemption, lifecycle) and `CodeError` (a mistyped code),
//! - [`notification`]: the kinds of in-app notification (no errors),
//! - [`directory`]: the agencies' helpdesk contacts; `ParseError` naming the part.
pub mod account;
pub mod application;
pub mod audit;
pub mod directory;
pub mod language;
pub mod ledger;
pub mod member_state;
pub mod money;
pub mod notification;
pub mod organisation;
pub mod programme;
pub mod sme;
pub mod voucher;
