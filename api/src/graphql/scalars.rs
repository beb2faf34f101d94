//! Parsers and formatters shared by every capability's schema: ids in, money out.
use crate::error::{ApiError, ApiResult};
use async_graphql::ID;
use uuid::Uuid;

/// An id given as an argument: one this API issued, or `VALIDATION` naming `field`.
pub fn parse_id(field: &str, id: &ID) -> ApiResult<Uuid> {
    Uuid::parse_str(id.as_str())
        .map_err(|_| ApiError::validation(field, "is not an id from this API"))
}

/// An optional idempotency key argument (`VALIDATION` on `idempotencyKey` when malformed).
pub fn idempotency_key(key: Option<String>) -> ApiResult<Option<domain::ledger::IdempotencyKey>> {
    Ok(key
        .as_deref()
        .map(domain::ledger::IdempotencyKey::parse)
        .transpose()?)
}

pub fn parse_optional_id(field: &str, id: Option<&ID>) -> ApiResult<Option<Uuid>> {
    id.map(|id| parse_id(field, id)).transpose()
}

/// An id for a by-id read: a malformed one simply finds nothing.
pub fn lookup_id(id: &ID) -> Option<Uuid> {
    Uuid::parse_str(id.as_str()).ok()
}

pub fn id(uuid: Uuid) -> ID {
    ID(uuid.to_string())
}

/// Marks an input that is an amount of money: a plain decimal string such as `"1250.00"`
/// (no exponent, no `+`, no JSON number), with at most the currency's decimals. Checked before
/// the operation runs (`graphql::guard`).
#[async_graphql::TypeDirective(location = "InputFieldDefinition", location = "ArgumentDefinition")]
pub fn amount() {}
