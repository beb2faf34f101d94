//! The one error type at the edge, and the one place it becomes a GraphQL error.
//!
//! `extensions.code` is a closed set ([`ApiError::code`]), documented in `docs/errors.md`.
//! Internal causes are logged with a correlation id and never shown to clients.
use crate::store::{Conflict, StoreError};
use async_graphql::ErrorExtensions;
use domain::member_state::ParseError;

#[derive(Debug, Clone)]
pub enum ApiError {
    Unauthenticated,
    Forbidden,
    NotFound,
    Validation {
        field: String,
        message: String,
    },
    Conflict(String),
    InvalidStateTransition(String),
    RateLimited,
    /// The programme's available funds do not cover the request.
    InsufficientFunds(String),
    /// The application fails these eligibility rules: `(rule code, explanation)`.
    NotEligible(Vec<(String, String)>),
    Internal(String),
}

impl ApiError {
    /// The closed set of codes clients branch on.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Unauthenticated => "UNAUTHENTICATED",
            ApiError::Forbidden => "FORBIDDEN",
            ApiError::NotFound => "NOT_FOUND",
            ApiError::Validation { .. } => "VALIDATION",
            ApiError::Conflict(_) => "CONFLICT",
            ApiError::InvalidStateTransition(_) => "INVALID_STATE_TRANSITION",
            ApiError::RateLimited => "RATE_LIMITED",
            ApiError::InsufficientFunds(_) => "INSUFFICIENT_FUNDS",
            ApiError::NotEligible(_) => "NOT_ELIGIBLE",
            ApiError::Internal(_) => "INTERNAL",
        }
    }

    /// The message a client sees (never an internal cause).
    pub fn message(&self) -> String {
        match self {
            ApiError::Unauthenticated => "authentication required".into(),
            ApiError::Forbidden => "not allowed".into(),
            ApiError::NotFound => "not found".into(),
            ApiError::Validation { message, .. } => message.clone(),
            ApiError::Conflict(m)
            | ApiError::InvalidStateTransition(m)
            | ApiError::InsufficientFunds(m) => m.clone(),
            ApiError::RateLimited => "too many attempts, try again later".into(),
            ApiError::NotEligible(rules) => format!(
                "not eligible: {}",
                rules
                    .iter()
                    .map(|(_, m)| m.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            ApiError::Internal(_) => "internal error".into(),
        }
    }

    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError::Validation {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn internal(cause: impl std::fmt::Display) -> Self {
        ApiError::Internal(cause.to_string())
    }
}

impl From<ParseError> for ApiError {
    fn from(e: ParseError) -> Self {
        ApiError::validation(e.field, e.message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(Conflict::EmailTaken) => {
                ApiError::Conflict("an account with this e-mail address already exists".into())
            }
            StoreError::Conflict(Conflict::RegistrationTaken) => ApiError::Conflict(
                "an organisation with this registration id is already registered in this member state".into(),
            ),
            StoreError::Conflict(Conflict::ProgrammeCodeTaken) => {
                ApiError::Conflict("a programme with this code exists in this member state".into())
            }
            StoreError::Conflict(Conflict::InvoiceReused) => ApiError::Conflict(
                "this invoice reference was redeemed before".into(),
            ),
            other => ApiError::internal(other),
        }
    }
}

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
            ApiError::Validation { field, message } => (message.clone(), Some(field.clone()), None),
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

/// What resolvers return: every `?` goes through [`ApiError`], so a domain error can only
/// reach the client through the mapping above.
pub type ApiResult<T> = Result<T, ApiError>;
