//! ENISA's support-centre catalogue (COM(2025) 10, the action plan on the cybersecurity of
//! hospitals and healthcare providers): guidelines, tools, playbooks, procurement guidance,
//! training courses and voucher-eligible services, organised by the plan's four priorities.
//!
//! - [`facet`]: item kinds, priorities, audience, topics from ENISA's controlled list;
//! - [`link`]: the only links the catalogue accepts (`https:` and `mailto:`);
//! - [`markdown`]: the scanner that refuses unsafe links and raw HTML in Markdown;
//! - [`content`]: validated, versioned content with its translations and playbook steps;
//! - [`workflow`]: `DRAFT → PUBLISHED → RETIRED`, numbered immutable versions;
//! - [`diff`]: line diffs between two versions for the version comparison;
//! - [`translation`]: which language a reader gets (asked → English → original);
//! - [`service`]: service offerings, who may suspend them, matching services to a voucher;
//! - [`highlight`]: the words of a search and the matching fragment of a result;
//! - [`dcat`]: the DCAT-AP JSON-LD export of the published catalogue.
//!
//! Errors: [`CatalogueError`]; every variant names the field it concerns (see `docs/catalogue.md`).
pub mod content;
pub mod dcat;
pub mod diff;
pub mod facet;
pub mod highlight;
pub mod link;
pub mod markdown;
pub mod service;
pub mod translation;
pub mod workflow;

pub use content::{
    Content, ContentInput, Localised, LocalisedInput, MAX_BODY_BYTES, MarkdownText, Phase,
    StepInput, StepText, StepTextInput, Summary, Title,
};
pub use diff::{
    DiffLine, DiffTag, FieldDiff, VersionDiff, diff_contents, diff_lines, diff_versions,
};
pub use facet::{Audience, Facets, ItemKind, Priority, Topic, TopicList};
pub use link::{Link, LinkInput, SafeUrl, UrlScheme};
pub use markdown::{MarkdownProblem, check_markdown, markdown_problems};
pub use service::{
    ServiceInput, ServiceListing, ServiceOffering, Suspender, Suspension, VoucherNeed,
    lift_suspension, matching_services, suspend,
};
pub use translation::{Resolved, pick_language, resolve};
pub use workflow::{
    ChangeNote, Item, ItemStatus, Owner, Reason, Retirement, Version, create, discard_draft, edit,
    publish, retire,
};

use crate::member_state::ParseError;

/// Why a catalogue input or step was refused. Each variant names the field; the API answers
/// `VALIDATION`, `INVALID_STATE_TRANSITION` or `FORBIDDEN` with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    /// Bad input: `VALIDATION`.
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    /// A step the item's state does not allow (publishing a retired item, retiring a draft…):
    /// `INVALID_STATE_TRANSITION`.
    #[error("{field}: {message}")]
    InvalidTransition { field: String, message: String },
    /// The actor may not take this step (an agency suspending another member state's
    /// provider): `FORBIDDEN`.
    #[error("{field}: {message}")]
    NotAllowed { field: String, message: String },
}

impl CatalogueError {
    /// The input field the error concerns, e.g. `texts.de.title` or `links[2].url`.
    pub fn field(&self) -> &str {
        match self {
            Self::Invalid { field, .. }
            | Self::InvalidTransition { field, .. }
            | Self::NotAllowed { field, .. } => field,
        }
    }
}

pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> CatalogueError {
    CatalogueError::Invalid {
        field: field.into(),
        message: message.into(),
    }
}

pub(crate) fn transition(field: impl Into<String>, message: impl Into<String>) -> CatalogueError {
    CatalogueError::InvalidTransition {
        field: field.into(),
        message: message.into(),
    }
}

impl From<ParseError> for CatalogueError {
    fn from(e: ParseError) -> Self {
        invalid(e.field, e.message)
    }
}

/// Plain text as typed: trimmed, `min..=max` characters, no control characters (newlines only
/// where `multiline`). Shared by titles, summaries, notes and reasons.
pub(crate) fn plain_text(
    field: &str,
    s: &str,
    min: usize,
    max: usize,
    multiline: bool,
) -> Result<String, CatalogueError> {
    let s = s.replace("\r\n", "\n");
    let s = s.trim();
    let n = s.chars().count();
    if n < min {
        return Err(invalid(
            field,
            if min <= 1 {
                "must not be empty".to_owned()
            } else {
                format!("must be at least {min} characters")
            },
        ));
    }
    if n > max {
        return Err(invalid(field, format!("must be at most {max} characters")));
    }
    if s.chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t')))
    {
        return Err(invalid(
            field,
            if multiline {
                "must not contain control characters other than line breaks"
            } else {
                "must be a single line without control characters"
            },
        ));
    }
    Ok(s.to_owned())
}

/// Serde for `Language` (which has no serde of its own): its ISO 639-1 code.
pub(crate) mod language_serde {
    use crate::language::Language;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(l: &Language, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(l.code())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Language, D::Error> {
        let code = String::deserialize(d)?;
        Language::parse(&code).map_err(serde::de::Error::custom)
    }

    /// A map keyed by language, as `{ "en": …, "de": … }`.
    pub mod map {
        use crate::language::Language;
        use serde::ser::SerializeMap;
        use serde::{Deserialize, Deserializer, Serialize, Serializer};
        use std::collections::BTreeMap;

        pub fn serialize<S: Serializer, V: Serialize>(
            m: &BTreeMap<Language, V>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(Some(m.len()))?;
            for (k, v) in m {
                map.serialize_entry(k.code(), v)?;
            }
            map.end()
        }

        pub fn deserialize<'de, D: Deserializer<'de>, V: Deserialize<'de>>(
            d: D,
        ) -> Result<BTreeMap<Language, V>, D::Error> {
            let raw = BTreeMap::<String, V>::deserialize(d)?;
            raw.into_iter()
                .map(|(k, v)| {
                    Language::parse(&k)
                        .map(|l| (l, v))
                        .map_err(serde::de::Error::custom)
                })
                .collect()
        }
    }

    /// A set of languages, as `["de", "en"]`.
    pub mod set {
        use crate::language::Language;
        use serde::{Deserialize, Deserializer, Serializer};
        use std::collections::BTreeSet;

        pub fn serialize<S: Serializer>(v: &BTreeSet<Language>, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(v.iter().map(|l| l.code()))
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<BTreeSet<Language>, D::Error> {
            let raw = Vec::<String>::deserialize(d)?;
            raw.iter()
                .map(|c| Language::parse(c).map_err(serde::de::Error::custom))
                .collect()
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_trimmed_and_bounded() {
        assert_eq!(
            plain_text("title", "  Backups  ", 1, 10, false).unwrap(),
            "Backups"
        );
        assert_eq!(
            plain_text("title", "   ", 1, 10, false)
                .unwrap_err()
                .field(),
            "title"
        );
        assert!(plain_text("title", "12345678901", 1, 10, false).is_err());
        // Ten characters of two bytes each are ten characters, not twenty.
        assert!(plain_text("title", "éééééééééé", 1, 10, false).is_ok());
    }

    #[test]
    fn line_breaks_are_allowed_only_in_multiline_text() {
        assert!(plain_text("title", "a\nb", 1, 10, false).is_err());
        assert_eq!(
            plain_text("summary", "a\r\nb", 1, 10, true).unwrap(),
            "a\nb"
        );
        assert!(plain_text("summary", "a\u{7}b", 1, 10, true).is_err());
    }
}
