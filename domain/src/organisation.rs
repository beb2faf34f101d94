//! The registry: agencies, healthcare organisations and service providers, and the
//! self-registration → verification rule. Errors: [`OrganisationError`], [`ParseError`].
use crate::member_state::ParseError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OrganisationKind {
    /// A national agency: the programme owner and single point of contact.
    Agency,
    /// A hospital or other healthcare provider.
    HealthcareProvider,
    /// A vendor or trusted managed security service provider (MSSP).
    ServiceProvider,
    /// A member state's NIS2 authority: CSIRT, competent authority and single point of contact
    /// (Art. 8, 10). A different body from the voucher agency.
    Authority,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OrganisationStatus {
    Pending,
    Verified,
    Rejected,
}

/// The entity's class under NIS2 (Directive (EU) 2022/2555, Art. 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Nis2Class {
    Essential,
    Important,
    NotInScope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum HealthcareType {
    Hospital,
    Clinic,
    PrimaryCare,
    Laboratory,
    Other,
}

/// What the agency's message to a registering organisation is (issue #17, "Registrations").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReviewNoteKind {
    /// Why the registration was rejected.
    Rejection,
    /// What the agency needs before it decides; the registration stays pending.
    InformationRequest,
}

macro_rules! str_enum {
    ($t:ty { $($v:ident = $s:literal),+ $(,)? }) => {
        impl $t {
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$v => $s),+ }
            }
            pub fn parse(s: &str) -> Result<Self, $crate::member_state::ParseError> {
                match s {
                    $($s => Ok(Self::$v),)+
                    other => Err($crate::member_state::ParseError::new(stringify!($t), format!("unknown value `{other}`"))),
                }
            }
        }
    };
}
pub(crate) use str_enum;

str_enum!(OrganisationKind { Agency = "AGENCY", HealthcareProvider = "HEALTHCARE_PROVIDER", ServiceProvider = "SERVICE_PROVIDER", Authority = "AUTHORITY" });
str_enum!(OrganisationStatus { Pending = "PENDING", Verified = "VERIFIED", Rejected = "REJECTED" });
str_enum!(ReviewNoteKind { Rejection = "REJECTION", InformationRequest = "INFORMATION_REQUEST" });
str_enum!(Nis2Class { Essential = "ESSENTIAL", Important = "IMPORTANT", NotInScope = "NOT_IN_SCOPE" });
str_enum!(HealthcareType { Hospital = "HOSPITAL", Clinic = "CLINIC", PrimaryCare = "PRIMARY_CARE", Laboratory = "LABORATORY", Other = "OTHER" });

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrganisationError {
    #[error("{}", crate::refused_step("organisation", from.as_str(), &to.as_str().to_lowercase(), from == to))]
    InvalidTransition {
        from: OrganisationStatus,
        to: OrganisationStatus,
    },
    #[error("only healthcare organisations are verified by an agency")]
    NotVerifiable,
    #[error("only a pending registration can be asked for more information")]
    NotPending(OrganisationStatus),
}

/// An agency officer's decision on a self-registered healthcare organisation. Only a `PENDING`
/// healthcare organisation can be verified or rejected.
pub fn decide_registration(
    kind: OrganisationKind,
    current: OrganisationStatus,
    to: OrganisationStatus,
) -> Result<OrganisationStatus, OrganisationError> {
    if kind != OrganisationKind::HealthcareProvider {
        return Err(OrganisationError::NotVerifiable);
    }
    match (current, to) {
        (
            OrganisationStatus::Pending,
            OrganisationStatus::Verified | OrganisationStatus::Rejected,
        ) => Ok(to),
        (from, to) => Err(OrganisationError::InvalidTransition { from, to }),
    }
}

/// An agency officer asks a self-registered healthcare organisation for more information
/// before deciding: only while it is `PENDING`, and it stays pending.
pub fn ask_for_information(
    kind: OrganisationKind,
    current: OrganisationStatus,
) -> Result<(), OrganisationError> {
    if kind != OrganisationKind::HealthcareProvider {
        return Err(OrganisationError::NotVerifiable);
    }
    match current {
        OrganisationStatus::Pending => Ok(()),
        from => Err(OrganisationError::NotPending(from)),
    }
}

/// A name as typed: trimmed, 2..=200 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationName(String);

impl OrganisationName {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let s = s.trim();
        let n = s.chars().count();
        if !(2..=200).contains(&n) {
            return Err(ParseError::new("name", "must be 2 to 200 characters"));
        }
        if s.chars().any(char::is_control) {
            return Err(ParseError::new(
                "name",
                "must not contain control characters",
            ));
        }
        Ok(Self(s.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A national registration id (commercial register, hospital register, …): 2..=64 letters,
/// digits, spaces, `-`, `/` or `.`, compared without case and surrounding spaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationId(String);

impl RegistrationId {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let s = s.trim().to_uppercase();
        let n = s.chars().count();
        if !(2..=64).contains(&n) {
            return Err(ParseError::new(
                "registrationId",
                "must be 2 to 64 characters",
            ));
        }
        if !s
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '/' | '.'))
        {
            return Err(ParseError::new(
                "registrationId",
                "may contain only letters, digits, spaces, '-', '/' and '.'",
            ));
        }
        Ok(Self(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use OrganisationStatus::*;

    #[test]
    fn only_a_pending_clinic_can_be_asked_for_information() {
        let k = OrganisationKind::HealthcareProvider;
        assert_eq!(ask_for_information(k, Pending), Ok(()));
        assert_eq!(
            ask_for_information(k, Verified),
            Err(OrganisationError::NotPending(Verified))
        );
        assert_eq!(
            ask_for_information(k, Rejected).unwrap_err().to_string(),
            "only a pending registration can be asked for more information"
        );
        assert_eq!(
            ask_for_information(OrganisationKind::ServiceProvider, Pending),
            Err(OrganisationError::NotVerifiable)
        );
    }

    #[test]
    fn a_refused_decision_is_worded_in_the_api_s_words() {
        let e = decide_registration(OrganisationKind::HealthcareProvider, Verified, Rejected)
            .unwrap_err();
        assert_eq!(e.to_string(), "a verified organisation cannot be rejected");
    }

    #[test]
    fn a_pending_clinic_can_be_verified_or_rejected() {
        let k = OrganisationKind::HealthcareProvider;
        assert_eq!(decide_registration(k, Pending, Verified), Ok(Verified));
        assert_eq!(decide_registration(k, Pending, Rejected), Ok(Rejected));
    }

    #[test]
    fn a_decided_registration_cannot_be_decided_again() {
        let k = OrganisationKind::HealthcareProvider;
        for from in [Verified, Rejected] {
            for to in [Verified, Rejected, Pending] {
                assert!(
                    decide_registration(k, from, to).is_err(),
                    "{from:?} -> {to:?}"
                );
            }
        }
    }

    #[test]
    fn agencies_and_vendors_are_not_verified_by_an_agency() {
        for k in [OrganisationKind::Agency, OrganisationKind::ServiceProvider] {
            assert_eq!(
                decide_registration(k, Pending, Verified),
                Err(OrganisationError::NotVerifiable)
            );
        }
    }

    #[test]
    fn registration_ids_are_normalised_and_checked() {
        assert_eq!(
            RegistrationId::parse(" hrb 1234 ").unwrap().as_str(),
            "HRB 1234"
        );
        assert_eq!(
            RegistrationId::parse("x").unwrap_err().field,
            "registrationId"
        );
        assert!(RegistrationId::parse("A<script>").is_err());
    }

    #[test]
    fn names_must_be_reasonable() {
        assert!(OrganisationName::parse(" Klinikum Nord ").is_ok());
        assert_eq!(OrganisationName::parse(" ").unwrap_err().field, "name");
        assert!(OrganisationName::parse("a\u{0}b").is_err());
    }

    #[test]
    fn enum_strings_round_trip() {
        for k in [
            Nis2Class::Essential,
            Nis2Class::Important,
            Nis2Class::NotInScope,
        ] {
            assert_eq!(Nis2Class::parse(k.as_str()).unwrap(), k);
        }
        assert!(OrganisationKind::parse("BANK").is_err());
    }
}
