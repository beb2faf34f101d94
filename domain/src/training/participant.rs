//! A participant enrolled by a provider user of its own organisation: name and e-mail only
//! (data minimisation).
use super::{TrainingError, invalid};
use crate::account::Email;

/// A person's name as typed: one line, 1 to 200 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantName(String);

impl ParticipantName {
    pub fn parse(s: &str) -> Result<Self, TrainingError> {
        let s = s.trim();
        let n = s.chars().count();
        if n == 0 {
            return Err(invalid("participant.name", "give the participant's name"));
        }
        if n > 200 || s.chars().any(char::is_control) {
            return Err(invalid(
                "participant.name",
                "must be one line of at most 200 characters",
            ));
        }
        Ok(Self(s.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub name: ParticipantName,
    /// Lower-cased: one person is enrolled once per session.
    pub email: Email,
}

impl Participant {
    pub fn parse(name: &str, email: &str) -> Result<Self, TrainingError> {
        Ok(Self {
            name: ParticipantName::parse(name)?,
            email: Email::parse(email).map_err(|e| invalid("participant.email", e.message))?,
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_participant_has_a_name_and_an_email() {
        let p = Participant::parse(" Dr. Anna Müller ", " Anna.Mueller@Klinikum-Nord.de ").unwrap();
        assert_eq!(p.name.as_str(), "Dr. Anna Müller");
        assert_eq!(p.email.as_str(), "anna.mueller@klinikum-nord.de");
    }

    #[test]
    fn bad_participants_are_refused_naming_the_field() {
        let cases = [
            ("", "a@b.eu", "participant.name"),
            ("   ", "a@b.eu", "participant.name"),
            ("Tab\tName", "a@b.eu", "participant.name"),
            (&"x".repeat(201), "a@b.eu", "participant.name"),
            ("Anna", "anna", "participant.email"),
            ("Anna", "anna@localhost", "participant.email"),
            ("Anna", "", "participant.email"),
        ];
        for (name, email, field) in cases {
            let err = Participant::parse(name, email).unwrap_err();
            assert_eq!(err.field(), field, "{name:?} {email:?}");
        }
    }
}
