//! The one place an [`ApiError`] becomes a GraphQL error: `extensions.code` from the closed
//! set, `extensions.field` for `VALIDATION`, `extensions.failedRules` for `NOT_ELIGIBLE`, and
//! for `INTERNAL` only a correlation id (the cause is logged under it).
pub use crate::error::{ApiError, ApiResult};
use async_graphql::ErrorExtensions;

impl From<ApiError> for async_graphql::Error {
    fn from(e: ApiError) -> Self {
        let code = e.code();
        let failed_rules = match &e {
            ApiError::NotEligible(rules) => Some(rules.clone()),
            _ => None,
        };
        let (message, field, correlation) = match &e {
            ApiError::Internal(cause) => {
                let id = uuid::Uuid::new_v4().to_string();
                tracing::error!(correlation_id = %id, cause = %cause, "internal error");
                ("internal error".to_owned(), None, Some(id))
            }
            ApiError::Validation { field, message }
            | ApiError::InsufficientCapacity { field, message } => {
                (message.clone(), Some(field.clone()), None)
            }
            other => (other.message(), None, None),
        };
        let mut err = async_graphql::Error::new(message);
        err = err.extend_with(|_, ext| {
            ext.set("code", code);
            if let Some(f) = &field {
                ext.set("field", f.as_str());
            }
            if let Some(c) = &correlation {
                ext.set("correlationId", c.as_str());
            }
            if let Some(rules) = &failed_rules {
                let list: Vec<async_graphql::Value> = rules
                    .iter()
                    .map(|(rule, message)| {
                        let mut m = async_graphql::indexmap::IndexMap::new();
                        m.insert(
                            async_graphql::Name::new("rule"),
                            async_graphql::Value::from(rule.as_str()),
                        );
                        m.insert(
                            async_graphql::Name::new("message"),
                            async_graphql::Value::from(message.as_str()),
                        );
                        async_graphql::Value::Object(m)
                    })
                    .collect();
                ext.set("failedRules", list);
            }
        });
        err
    }
}

/// Errors raised by async-graphql itself inside a resolver (a missing context value) are
/// internal.
impl From<async_graphql::Error> for ApiError {
    fn from(e: async_graphql::Error) -> Self {
        ApiError::Internal(e.message)
    }
}
