//! The CyberHealth service: configuration, authentication, persistence, the GraphQL API and
//! the HTTP server. The rules live in the `domain` crate.
pub mod actions;
pub mod attachment_store;
pub mod auth;
pub mod clock;
pub mod config;
pub mod error;
pub mod events;
pub mod graphql;
pub mod http;
pub mod jobs;
pub mod logging;
pub mod metrics;
pub mod seed;
pub mod startup;
pub mod state;
pub mod store;
