//! The public directory of national agencies: how to reach each agency's helpdesk. Errors:
//! [`ParseError`] naming the field.
//!
//! The contact page of the web app lists these, so that a clinic can reach its member state's
//! agency (the single point of contact for the voucher programme). Each part is optional; a
//! contact with none of them is refused.
use crate::account::Email;
use crate::member_state::ParseError;

/// A telephone number in international form: `+`, then 7 to 15 digits (ITU-T E.164), with
/// spaces, hyphens or parentheses between groups allowed and kept as written for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let s = s.trim();
        let bad = || {
            ParseError::new(
                "phone",
                "must be an international number: + and 7 to 15 digits",
            )
        };
        let rest = s.strip_prefix('+').ok_or_else(bad)?;
        if !rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'))
        {
            return Err(bad());
        }
        let digits = rest.chars().filter(char::is_ascii_digit).count();
        if !(7..=15).contains(&digits) || !rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(bad());
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number as a `tel:` URI (RFC 3966): `+` and the digits only.
    pub fn tel_uri(&self) -> String {
        let digits: String = self.0.chars().filter(char::is_ascii_digit).collect();
        format!("tel:+{digits}")
    }
}

/// A web address the public may follow: `https://` and a host, at most 500 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebAddress(String);

impl WebAddress {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let s = s.trim();
        let bad = || ParseError::new("url", "must be an https:// address");
        let rest = s.strip_prefix("https://").ok_or_else(bad)?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if s.len() > 500
            || host.is_empty()
            || !host.contains('.')
            || s.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(bad());
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How to reach an agency's helpdesk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpdeskContact {
    pub email: Option<Email>,
    pub phone: Option<PhoneNumber>,
    pub url: Option<WebAddress>,
}

impl HelpdeskContact {
    /// Parses each given part; blank parts count as not given. At least one part is required.
    pub fn parse(
        email: Option<&str>,
        phone: Option<&str>,
        url: Option<&str>,
    ) -> Result<Self, ParseError> {
        fn given(v: Option<&str>) -> Option<&str> {
            v.map(str::trim).filter(|v| !v.is_empty())
        }
        let contact = Self {
            email: given(email).map(Email::parse).transpose()?,
            phone: given(phone).map(PhoneNumber::parse).transpose()?,
            url: given(url).map(WebAddress::parse).transpose()?,
        };
        if contact.email.is_none() && contact.phone.is_none() && contact.url.is_none() {
            return Err(ParseError::new(
                "helpdesk",
                "give at least an e-mail address, a telephone number or a web address",
            ));
        }
        Ok(contact)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn international_numbers_are_accepted_and_kept_as_written() {
        for (input, tel) in [
            ("+49 30 1234567", "tel:+49301234567"),
            ("+33 (0)1 23 45 67 89", "tel:+330123456789"),
            (" +352-247-88888 ", "tel:+35224788888"),
        ] {
            let phone = PhoneNumber::parse(input).unwrap();
            assert_eq!(phone.as_str(), input.trim());
            assert_eq!(phone.tel_uri(), tel);
        }
    }

    #[test]
    fn numbers_that_are_not_international_are_refused_naming_the_phone() {
        for input in [
            "030 1234567",
            "+",
            "+12345",
            "+1234567890123456",
            "+49 30 ext 5",
            "+ 49 30 1234567",
        ] {
            let err = PhoneNumber::parse(input).unwrap_err();
            assert_eq!(err.field, "phone", "{input}");
        }
    }

    #[test]
    fn only_https_addresses_with_a_host_are_accepted() {
        assert_eq!(
            WebAddress::parse(" https://www.bsi.bund.de/helpdesk ")
                .unwrap()
                .as_str(),
            "https://www.bsi.bund.de/helpdesk"
        );
        for input in [
            "http://example.eu",
            "https://",
            "https:///path",
            "https://localhost",
            "javascript:alert(1)",
            "https://exa mple.eu",
        ] {
            assert_eq!(
                WebAddress::parse(input).unwrap_err().field,
                "url",
                "{input}"
            );
        }
        let long = format!("https://example.eu/{}", "a".repeat(500));
        assert!(WebAddress::parse(&long).is_err());
    }

    #[test]
    fn a_contact_needs_at_least_one_way_to_reach_the_helpdesk() {
        let err = HelpdeskContact::parse(None, Some("  "), Some("")).unwrap_err();
        assert_eq!(err.field, "helpdesk");
        let contact =
            HelpdeskContact::parse(Some("Helpdesk@Agency.example"), None, Some(" ")).unwrap();
        assert_eq!(
            contact.email.map(|e| e.as_str().to_owned()),
            Some("helpdesk@agency.example".to_owned())
        );
        assert_eq!(contact.url, None);
    }

    #[test]
    fn a_bad_part_is_refused_with_its_own_field() {
        let err = HelpdeskContact::parse(Some("not-an-address"), Some("+49 30 1234567"), None)
            .unwrap_err();
        assert_eq!(err.field, "email");
        let err =
            HelpdeskContact::parse(None, Some("+49 30 1234567"), Some("ftp://x.eu")).unwrap_err();
        assert_eq!(err.field, "url");
    }
}
