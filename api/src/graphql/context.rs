//! The request's action context, as GraphQL resolvers reach it. Every resolver takes it from
//! here and hands it to an action; none checks roles or reads the store itself.
use crate::actions::Ctx;
use crate::error::{ApiError, ApiResult};
use async_graphql::Context;

/// The action context of this request (or WebSocket connection).
pub fn ctx<'a>(c: &'a Context<'_>) -> ApiResult<&'a Ctx> {
    c.data::<Ctx>()
        .map_err(|_| ApiError::internal("action context missing"))
}
