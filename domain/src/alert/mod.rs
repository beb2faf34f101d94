//! The early-warning service (issue #12): alerts ENISA publishes to hospitals, who may see them
//! (TLP 2.0), what they say, their lifecycle, acknowledgements, the catch-up cursor and the
//! exports (STIX 2.1, Atom). Errors: [`AlertError`].
//!
//! - [`tlp`]: the TLP 2.0 markings and [`tlp::may_see`], the one place that decides who sees an
//!   alert (`reference/tlp.md`);
//! - [`indicator`]: indicators of compromise, each validated by type, and their STIX patterns;
//! - [`content`]: what ENISA writes, parsed from [`content::AlertInput`] into
//!   [`content::AlertContent`];
//! - [`filter`]: the inbox and subscription filter, and which alerts notify;
//! - [`lifecycle`]: `DRAFT → PUBLISHED → UPDATED (new version) → REVOKED`, one function per step;
//! - [`acknowledgement`]: what recipients answer and the counts per member state;
//! - [`cursor`]: the opaque, validated cursor of the alert event stream (`alertsSince`);
//! - [`stix`]: the STIX 2.1 bundle, byte-identical on re-export;
//! - [`atom`]: the Atom feed of TLP:CLEAR alerts.
//!
//! See `docs/early-warning.md`.
pub mod acknowledgement;
pub mod atom;
pub mod content;
pub mod cursor;
pub mod filter;
pub mod indicator;
pub mod lifecycle;
pub mod stix;
pub mod tlp;

#[cfg(test)]
mod tests;

use lifecycle::AlertStatus;

/// Why an alert operation was refused. [`AlertError::field`] names the input field, so the API
/// answers `VALIDATION` (or `INVALID_STATE_TRANSITION`) with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AlertError {
    /// Bad input: the field (e.g. `indicators[2].value`, `recipients`, `tlp`) and why.
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    /// The alert is not in a state that allows the step (e.g. publishing twice).
    #[error("a {} alert cannot be {action}", from.as_str())]
    InvalidTransition {
        from: AlertStatus,
        action: &'static str,
    },
}

impl AlertError {
    pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        AlertError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The input field the error is about; `status` for a refused lifecycle step.
    pub fn field(&self) -> &str {
        match self {
            AlertError::Invalid { field, .. } => field,
            AlertError::InvalidTransition { .. } => "status",
        }
    }

    /// The same error about a field inside `prefix`, e.g. `value` inside `indicators[2]`
    /// becomes `indicators[2].value`; an error without a field becomes one about `prefix`.
    pub(crate) fn within(self, prefix: &str) -> Self {
        match self {
            AlertError::Invalid { field, message } => AlertError::Invalid {
                field: if field.is_empty() {
                    prefix.to_owned()
                } else {
                    format!("{prefix}.{field}")
                },
                message,
            },
            other => other,
        }
    }
}
