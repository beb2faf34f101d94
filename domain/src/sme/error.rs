//! The SME engine's error type.
use serde::{Deserialize, Serialize};

/// Why an input could not be assessed. The engine never guesses: an inconsistent or
/// incomplete input is refused, naming the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum SmeError {
    /// A field of the input is invalid.
    #[error("{field}: {message}")]
    Validation {
        /// A path into the input, e.g. `holdings[0].capitalPercent` or
        /// `enterprises[2].periods[1].staff`.
        field: String,
        /// What is wrong, in plain English.
        message: String,
    },
}

impl SmeError {
    pub(crate) fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The path of the invalid field.
    #[must_use]
    pub fn field(&self) -> &str {
        match self {
            Self::Validation { field, .. } => field,
        }
    }
}
