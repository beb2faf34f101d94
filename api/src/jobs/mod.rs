//! Background work that runs beside the server. Each job is safe to run in several server
//! processes against one database at once.
pub mod alert_feed;
pub mod attachment_sweep;
pub mod checkpoint;
pub mod expiry;
pub mod incident_escalation;
pub mod mail;
pub mod periodic;
pub mod reserve_report_reminder;
