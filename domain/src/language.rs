//! The 24 official EU languages (ISO 639-1). Errors: [`ParseError`].
use crate::member_state::ParseError;

pub const EU_LANGUAGES: [&str; 24] = [
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
];

/// An official EU language, lower-case ISO 639-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(&'static str);

impl Language {
    pub fn parse(code: &str) -> Result<Self, ParseError> {
        let code = code.trim().to_ascii_lowercase();
        EU_LANGUAGES
            .iter()
            .find(|l| **l == code)
            .map(|l| Language(l))
            .ok_or_else(|| {
                ParseError::new(
                    "language",
                    format!("`{code}` is not an official EU language (ISO 639-1)"),
                )
            })
    }
    pub fn code(self) -> &'static str {
        self.0
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_24_official_languages_parse_and_others_do_not() {
        for l in EU_LANGUAGES {
            assert_eq!(Language::parse(&l.to_uppercase()).unwrap().code(), l);
        }
        assert!(Language::parse("lb").is_err());
        assert!(Language::parse("eng").is_err());
    }
}
