//! sea-orm entities, one per table. Only `store` uses them.
pub mod alert;
pub mod alert_acknowledgement;
pub mod alert_event;
pub mod alert_recipient;
pub mod alert_version;
pub mod app_user;
pub mod audit_chain;
pub mod audit_log;
pub mod ledger_entry;
pub mod member_state;
pub mod notification;
pub mod organisation;
pub mod redemption;
pub mod voucher;
pub mod voucher_application;
pub mod voucher_program;
