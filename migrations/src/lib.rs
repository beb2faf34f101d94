//! Forward-only migrations. A migration is frozen once released: never edit one, add another.
//! `DeriveMigrationName` names each migration after its file, so keep one migration per file.
pub use sea_orm_migration::prelude::*;

mod m20261128_000001_registry;
mod m20261128_000002_audit;
mod m20261128_000003_programmes;
mod m20261129_000004_vouchers;
mod m20261130_000005_rate_limits;
mod m20261130_000006_agency_helpdesk;
mod m20261130_000007_audit_append_only;
mod m20261201_000101_incidents;
mod m20261201_000201_four_eyes;
mod m20261201_000202_references;
mod m20261201_000301_alerts;
mod m20261201_000401_catalogue;
mod m20261201_000402_training;
mod m20261202_000101_organisation_time_zone;
mod m20261202_000401_reserve;
mod m20261202_000601_voucher_code_digest;
mod m20261202_000602_idempotent_decisions;
mod m20261202_000603_registration_review;
mod m20261203_000401_reserve_report_reminder;
mod m20261203_001701_email;
mod m20261204_001501_application_list_indexes;
mod m20261204_001702_attachments;
mod m20261204_001703_organisation_profile;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_registry::Migration),
            Box::new(m20261128_000002_audit::Migration),
            Box::new(m20261128_000003_programmes::Migration),
            Box::new(m20261129_000004_vouchers::Migration),
            Box::new(m20261130_000005_rate_limits::Migration),
            Box::new(m20261130_000006_agency_helpdesk::Migration),
            Box::new(m20261130_000007_audit_append_only::Migration),
            Box::new(m20261201_000101_incidents::Migration),
            Box::new(m20261201_000201_four_eyes::Migration),
            Box::new(m20261201_000202_references::Migration),
            Box::new(m20261201_000301_alerts::Migration),
            Box::new(m20261201_000401_catalogue::Migration),
            Box::new(m20261201_000402_training::Migration),
            Box::new(m20261202_000101_organisation_time_zone::Migration),
            Box::new(m20261202_000601_voucher_code_digest::Migration),
            Box::new(m20261202_000602_idempotent_decisions::Migration),
            Box::new(m20261202_000603_registration_review::Migration),
            Box::new(m20261202_000401_reserve::Migration),
            Box::new(m20261203_000401_reserve_report_reminder::Migration),
            Box::new(m20261203_001701_email::Migration),
            Box::new(m20261204_001501_application_list_indexes::Migration),
            Box::new(m20261204_001702_attachments::Migration),
            Box::new(m20261204_001703_organisation_profile::Migration),
        ]
    }
}
