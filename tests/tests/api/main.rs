//! Black-box tests of the API over HTTP and WebSocket. The same suite runs on SQLite and on
//! PostgreSQL (`TEST_DATABASE=postgres`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod audit;
mod auth;
mod csrf_and_limits;
mod directory;
mod four_eyes;
mod funds;
mod headers;
mod health;
mod input;
mod jwt;
mod programmes;
mod references;
mod registry;
mod sme;
mod tenancy;
mod vouchers;
mod ws;
