//! What a person types into a queue's search box (the review queue, the payment queue): part of
//! a reference or of an organisation's name. Errors: [`ParseError`].
use crate::member_state::ParseError;

/// The most characters a search takes: references and organisation names are shorter.
pub const SEARCH_MAX: usize = 100;

/// A search: trimmed, not blank, at most [`SEARCH_MAX`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchText(String);

impl SearchText {
    /// `Ok(None)` when there is nothing to search for (absent or blank); a [`ParseError`]
    /// naming `field` when it is longer than [`SEARCH_MAX`] characters.
    pub fn parse(field: &'static str, typed: Option<&str>) -> Result<Option<Self>, ParseError> {
        let Some(text) = typed.map(str::trim).filter(|t| !t.is_empty()) else {
            return Ok(None);
        };
        if text.chars().count() > SEARCH_MAX {
            return Err(ParseError::new(
                field,
                format!("is longer than {SEARCH_MAX} characters"),
            ));
        }
        Ok(Some(Self(text.to_owned())))
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
    fn a_blank_or_absent_search_searches_nothing() {
        assert_eq!(SearchText::parse("search", None), Ok(None));
        assert_eq!(SearchText::parse("search", Some("  \t ")), Ok(None));
    }

    #[test]
    fn a_search_is_trimmed() {
        let s = SearchText::parse("search", Some("  Klinikum Süd ")).unwrap();
        assert_eq!(
            s.map(|s| s.as_str().to_owned()),
            Some("Klinikum Süd".into())
        );
    }

    #[test]
    fn a_search_longer_than_the_bound_is_refused_naming_the_field() {
        let at_bound = "ä".repeat(SEARCH_MAX);
        assert!(
            SearchText::parse("filter.search", Some(&at_bound))
                .unwrap()
                .is_some()
        );
        let e = SearchText::parse("filter.search", Some(&format!("{at_bound}x")));
        assert_eq!(e.map_err(|e| e.field), Err("filter.search"));
    }
}
