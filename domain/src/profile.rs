//! The organisation's profile (issue #17): its contact person and address, parsed, and the text
//! of an officer's internal note on an application. Errors: `ParseError`, naming the field as
//! the API's input names it (`contact.email`, `address.city`, `text`).
use crate::account::Email;
use crate::member_state::ParseError;

/// Trims `s`; `None` when empty; refused when longer than `max` characters or with control
/// characters.
fn optional_text(
    field: &'static str,
    s: Option<&str>,
    max: usize,
) -> Result<Option<String>, ParseError> {
    let Some(s) = s.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    if s.chars().count() > max || s.chars().any(char::is_control) {
        return Err(ParseError::new(
            field,
            format!("must be at most {max} characters, without control characters"),
        ));
    }
    Ok(Some(s.to_owned()))
}

/// The organisation's contact person; every part may be left empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactPerson {
    pub name: Option<String>,
    pub email: Option<Email>,
    /// Digits, spaces and `+ - ( ) /` only, 6 to 40 characters.
    pub phone: Option<String>,
}

impl ContactPerson {
    pub fn parse(
        name: Option<&str>,
        email: Option<&str>,
        phone: Option<&str>,
    ) -> Result<Self, ParseError> {
        let name = optional_text("contact.name", name, 200)?;
        let email = match email.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(e) => {
                Some(Email::parse(e).map_err(|e| ParseError::new("contact.email", e.message))?)
            }
        };
        let phone = optional_text("contact.phone", phone, 40)?;
        if let Some(p) = &phone {
            let allowed = |c: char| c.is_ascii_digit() || " +-()/".contains(c);
            let digits = p.chars().filter(char::is_ascii_digit).count();
            if !p.chars().all(allowed) || digits < 6 {
                return Err(ParseError::new(
                    "contact.phone",
                    "must be a phone number: at least 6 digits, and only + - ( ) / and spaces besides",
                ));
            }
        }
        Ok(Self { name, email, phone })
    }
}

/// The organisation's postal address; every part may be left empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostalAddress {
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
}

impl PostalAddress {
    pub fn parse(
        street: Option<&str>,
        postal_code: Option<&str>,
        city: Option<&str>,
    ) -> Result<Self, ParseError> {
        Ok(Self {
            street: optional_text("address.street", street, 200)?,
            postal_code: optional_text("address.postalCode", postal_code, 20)?,
            city: optional_text("address.city", city, 100)?,
        })
    }
}

/// The text of an officer's internal note: trimmed, 1 to 4,000 characters (line breaks allowed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteText(String);

/// The longest internal note, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;

impl NoteText {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let s = s.trim();
        let n = s.chars().count();
        let bad_control = s
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t');
        if n == 0 || n > MAX_NOTE_CHARS || bad_control {
            return Err(ParseError::new(
                "text",
                format!("must be 1 to {MAX_NOTE_CHARS} characters"),
            ));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_contact_is_a_contact_with_nothing_known() {
        assert_eq!(
            ContactPerson::parse(Some("  "), None, Some("")),
            Ok(ContactPerson::default())
        );
    }

    #[test]
    fn a_contact_is_trimmed_and_its_email_lower_cased() {
        let c = ContactPerson::parse(
            Some(" Dr. Anna Weber "),
            Some("A.Weber@Klinik.DE"),
            Some("+49 30 1234567"),
        )
        .unwrap();
        assert_eq!(c.name.as_deref(), Some("Dr. Anna Weber"));
        assert_eq!(c.email.unwrap().as_str(), "a.weber@klinik.de");
        assert_eq!(c.phone.as_deref(), Some("+49 30 1234567"));
    }

    #[test]
    fn a_bad_email_or_phone_names_its_field() {
        assert_eq!(
            ContactPerson::parse(None, Some("nobody"), None)
                .unwrap_err()
                .field,
            "contact.email"
        );
        assert_eq!(
            ContactPerson::parse(None, None, Some("call me"))
                .unwrap_err()
                .field,
            "contact.phone"
        );
        assert_eq!(
            ContactPerson::parse(None, None, Some("+49 12"))
                .unwrap_err()
                .field,
            "contact.phone"
        );
    }

    #[test]
    fn an_address_part_too_long_names_its_field() {
        let long = "x".repeat(21);
        assert_eq!(
            PostalAddress::parse(None, Some(&long), None)
                .unwrap_err()
                .field,
            "address.postalCode"
        );
    }

    #[test]
    fn a_note_is_one_to_four_thousand_characters() {
        assert!(NoteText::parse("  ").is_err());
        assert!(NoteText::parse(&"n".repeat(MAX_NOTE_CHARS + 1)).is_err());
        assert_eq!(
            NoteText::parse(" Called the clinic.\nWaiting. ")
                .unwrap()
                .as_str(),
            "Called the clinic.\nWaiting."
        );
    }
}
