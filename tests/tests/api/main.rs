//! Black-box tests of the API over HTTP and WebSocket. The same suite runs on SQLite and on
//! PostgreSQL (`TEST_DATABASE=postgres`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod alerts;
mod alerts_export;
mod alerts_live;
mod amounts;
mod attachments;
mod audit;
mod auth;
mod catalogue;
mod csrf_and_limits;
mod directory;
mod email;
mod four_eyes;
mod funds;
mod headers;
mod health;
mod incidents;
mod input;
mod jwt;
mod notes;
mod pending_work;
mod profile;
mod programmes;
mod references;
mod registry;
mod reserve;
mod reserve_reminders;
mod retries;
mod sme;
mod statements;
mod tenancy;
mod training;
mod voucher_codes;
mod vouchers;
mod ws;
