//! The CyberHealth service: configuration, authentication, persistence, the GraphQL API and
//! the HTTP server. The rules live in the `domain` crate.
pub mod auth;
pub mod config;
pub mod events;
pub mod graphql;
pub mod http;
pub mod jobs;
pub mod seed;
pub mod startup;
pub mod state;
pub mod store;
