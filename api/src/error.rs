//! The one error enum at the edge, [`ApiError`], and the one place where domain and store
//! errors become it. Its `code()` is the closed set clients branch on (`docs/errors.md`).
//!
//! Which error type belongs where:
//! - `domain` modules return their own errors (`ParseError`, `ApplicationError`, …);
//! - `store` returns [`StoreError`], whose `Conflict` carries a constraint's domain meaning;
//! - `actions` return [`ApiError`]; the conversions below are the only mapping of the first
//!   two into it;
//! - transports map [`ApiError`] once each: `graphql/error.rs` into a GraphQL error with
//!   `extensions.code`, `http/error.rs` into a status and the same JSON error shape.
//!
//! Internal causes are logged with a correlation id by the transports, never shown to clients.
use crate::store::{Conflict, StoreError};
use domain::application::ApplicationError;
use domain::attachment::AttachmentError;
use domain::catalogue::CatalogueError;
use domain::four_eyes::FourEyesError;
use domain::incident::IncidentError;
use domain::member_state::ParseError;
use domain::programme::ProgrammeError;
use domain::sme::SmeError;
use domain::training::TrainingError;
use domain::voucher::{CodeError, VoucherError};

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
    /// A Reserve provider's free service-days do not cover the request (`field`: the provider).
    InsufficientCapacity {
        field: String,
        message: String,
    },
    Internal(String),
}

/// What actions (and every transport) return.
pub type ApiResult<T> = Result<T, ApiError>;

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
            ApiError::InsufficientCapacity { .. } => "INSUFFICIENT_CAPACITY",
            ApiError::Internal(_) => "INTERNAL",
        }
    }

    /// The message a client sees (never an internal cause).
    pub fn message(&self) -> String {
        match self {
            ApiError::Unauthenticated => "authentication required".into(),
            ApiError::Forbidden => "not allowed".into(),
            ApiError::NotFound => "not found".into(),
            ApiError::Validation { message, .. }
            | ApiError::InsufficientCapacity { message, .. } => message.clone(),
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

    pub fn transition(message: impl Into<String>) -> Self {
        ApiError::InvalidStateTransition(message.into())
    }

    /// The same error with its field named under `prefix` (`sme` + `holdings[0]` →
    /// `sme.holdings[0]`).
    pub fn under(self, prefix: &str) -> Self {
        match self {
            ApiError::Validation { field, message } => {
                ApiError::validation(format!("{prefix}.{field}"), message)
            }
            other => other,
        }
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

impl From<ProgrammeError> for ApiError {
    fn from(e: ProgrammeError) -> Self {
        match e {
            ProgrammeError::Invalid { field, message } => ApiError::validation(field, message),
            ProgrammeError::NotEditable { field, message } => ApiError::validation(field, message),
            ProgrammeError::InvalidTransition { .. } => ApiError::transition(e.to_string()),
        }
    }
}

impl From<ApplicationError> for ApiError {
    fn from(e: ApplicationError) -> Self {
        match e {
            ApplicationError::Invalid { field, message } => ApiError::validation(field, message),
            ApplicationError::InvalidTransition { .. } => ApiError::transition(e.to_string()),
        }
    }
}

impl From<AttachmentError> for ApiError {
    fn from(e: AttachmentError) -> Self {
        match e.field() {
            Some(field) => ApiError::validation(field, e.to_string()),
            None => ApiError::transition(e.to_string()),
        }
    }
}

impl From<VoucherError> for ApiError {
    fn from(e: VoucherError) -> Self {
        match e {
            VoucherError::CategoryNotCovered(c) => ApiError::validation(
                "serviceCategory",
                format!(
                    "this voucher does not cover {}",
                    c.to_lowercase().replace('_', " ")
                ),
            ),
            VoucherError::InvoiceNotPositive => {
                ApiError::validation("invoiceAmount", "must be a positive amount")
            }
            VoucherError::NothingLeft => {
                ApiError::transition("nothing is left on this voucher for this invoice")
            }
            VoucherError::Expired => ApiError::transition("the voucher has expired"),
            VoucherError::NotRedeemable(s) => ApiError::transition(format!(
                "the voucher is {} and cannot be redeemed",
                s.as_str().to_lowercase().replace('_', " ")
            )),
            VoucherError::InvalidTransition { .. } => ApiError::transition(e.to_string()),
        }
    }
}

/// The recommender approving names `recommendedBy`; approving more than was recommended
/// names `amount`; an approval that needs a recommendation first is a state transition.
impl From<FourEyesError> for ApiError {
    fn from(e: FourEyesError) -> Self {
        let message = e.to_string();
        let plain = |field: &str| {
            message
                .strip_prefix(&format!("{field}: "))
                .unwrap_or(&message)
                .to_owned()
        };
        match e {
            FourEyesError::Invalid { field, message } => ApiError::validation(field, message),
            FourEyesError::SameOfficer => {
                ApiError::validation("recommendedBy", plain("recommendedBy"))
            }
            FourEyesError::AboveRecommended { .. } => {
                ApiError::validation("amount", plain("amount"))
            }
            FourEyesError::RecommendationNeeded { .. } => ApiError::transition(message),
        }
    }
}

impl From<CodeError> for ApiError {
    fn from(e: CodeError) -> Self {
        ApiError::validation("code", e.to_string())
    }
}

/// The engine names fields by their path in its own input, which is the GraphQL input's path
/// except for an exempt investor's details: the engine's `enterprises[i].kind.annualBudgetEur`
/// is `enterprises[i].exemptInvestor.annualBudgetEur` in the API.
impl From<SmeError> for ApiError {
    fn from(e: SmeError) -> Self {
        let SmeError::Validation { field, message } = e;
        ApiError::validation(field.replace(".kind.", ".exemptInvestor."), message)
    }
}

/// Every incident refusal names its field (`stage`, `referral`, `awareAt`, …) as `VALIDATION`;
/// a closed case is `INVALID_STATE_TRANSITION`. The ransom note never appears in a message.
impl From<IncidentError> for ApiError {
    fn from(e: IncidentError) -> Self {
        match e.field() {
            Some(field) => {
                let field = field.to_owned();
                let message = match &e {
                    IncidentError::Invalid { message, .. } => message.clone(),
                    other => {
                        let text = other.to_string();
                        text.strip_prefix(&format!("{field}: "))
                            .map_or(text.clone(), str::to_owned)
                    }
                };
                ApiError::validation(field, message)
            }
            None => match e {
                IncidentError::Calendar(c) => ApiError::internal(c),
                other => ApiError::transition(other.to_string()),
            },
        }
    }
}

/// An alert refused: bad input names its field (`indicators[2].value`, `recipients`, `tlp`,
/// `changeNote`…); a step the alert's status does not allow (publishing twice) is a refused
/// transition.
impl From<domain::alert::AlertError> for ApiError {
    fn from(e: domain::alert::AlertError) -> Self {
        match e {
            domain::alert::AlertError::Invalid { field, message } => {
                ApiError::validation(field, message)
            }
            e @ domain::alert::AlertError::InvalidTransition { .. } => {
                ApiError::transition(e.to_string())
            }
        }
    }
}

impl From<CatalogueError> for ApiError {
    fn from(e: CatalogueError) -> Self {
        match e {
            CatalogueError::Invalid { field, message } => ApiError::validation(field, message),
            CatalogueError::InvalidTransition { .. } => ApiError::transition(e.to_string()),
            CatalogueError::NotAllowed { .. } => ApiError::Forbidden,
        }
    }
}

impl From<TrainingError> for ApiError {
    fn from(e: TrainingError) -> Self {
        match e {
            TrainingError::Invalid { field, message } => ApiError::validation(field, message),
            TrainingError::InvalidTransition { .. } => ApiError::transition(e.to_string()),
        }
    }
}

/// A Reserve refusal: bad input names its field (`estimatedNeed[0].days`, `incidentId`,
/// `providerId`, `days`…) as `VALIDATION`; a provider short of free days is
/// `INSUFFICIENT_CAPACITY` naming `providerId`; a step the request's status does not allow is
/// `INVALID_STATE_TRANSITION`.
impl From<domain::reserve::ReserveError> for ApiError {
    fn from(e: domain::reserve::ReserveError) -> Self {
        use domain::reserve::ReserveError as E;
        let message = e.to_string();
        match e {
            E::Invalid { field, message } => ApiError::validation(field, message),
            E::InvalidTransition { .. } => ApiError::transition(message),
            E::InsufficientCapacity { .. } => ApiError::InsufficientCapacity {
                field: "providerId".into(),
                message,
            },
            E::ExceedsReserved { .. } => ApiError::validation("days", message),
            E::ProviderNotEligible(m) => ApiError::validation("providerId", m),
            E::Overflow => ApiError::validation("days", message),
            E::Calendar(c) => ApiError::internal(c),
        }
    }
}
