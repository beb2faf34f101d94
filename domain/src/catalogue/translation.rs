//! Which language a reader gets: the language asked for if the item has it, else English, else
//! the item's original language. The answer says which language it is and which exist.
use super::content::{Content, Localised};
use super::{CatalogueError, invalid};
use crate::language::Language;

/// The text a reader gets, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved<'a> {
    /// The language of `text`.
    pub language: Language,
    /// What the reader asked for, if anything.
    pub requested: Option<Language>,
    /// Every language the item exists in, by code.
    pub available: Vec<Language>,
    pub text: &'a Localised,
}

impl Resolved<'_> {
    /// Whether the reader got another language than the one asked for.
    pub fn is_fallback(&self) -> bool {
        self.requested.is_some_and(|r| r != self.language)
    }
}

/// The language to show out of `available`: `requested` → English → `original` → the first by
/// code. `None` only when nothing is available. The store can use it to pick a translation
/// without loading them all.
pub fn pick_language(
    available: &[Language],
    original: Option<Language>,
    requested: Option<Language>,
) -> Option<Language> {
    let english = Language::parse("en").ok();
    [requested, english, original]
        .into_iter()
        .flatten()
        .find(|l| available.contains(l))
        .or_else(|| available.iter().min().copied())
}

/// The text of `content` for a reader asking for `requested` (an ISO 639-1 code, any case).
/// An unknown code is refused with the field `language`, never silently ignored.
pub fn resolve<'a>(
    content: &'a Content,
    requested: Option<&str>,
) -> Result<Resolved<'a>, CatalogueError> {
    let requested = requested
        .map(|code| Language::parse(code).map_err(|e| invalid("language", e.message)))
        .transpose()?;
    let available = content.languages();
    let language = pick_language(&available, Some(content.original_language), requested)
        .ok_or_else(|| invalid("language", "the item has no text"))?;
    let text = content
        .texts
        .get(&language)
        .ok_or_else(|| invalid("language", "the item has no text"))?;
    Ok(Resolved {
        language,
        requested,
        available,
        text,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::catalogue::content::LocalisedInput;
    use crate::catalogue::content::tests::{guideline_input, topics};
    use crate::catalogue::facet::ItemKind;

    fn l(code: &str) -> Language {
        Language::parse(code).unwrap()
    }

    fn text(title: &str) -> LocalisedInput {
        LocalisedInput {
            title: title.into(),
            summary: "s".into(),
            ..LocalisedInput::default()
        }
    }

    /// Written in `original`, translated into `others`.
    fn content(original: &str, others: &[&str]) -> Content {
        let mut input = guideline_input();
        input.language = original.into();
        input.title = format!("title {original}");
        let mut c = Content::parse(ItemKind::Guideline, &input, &topics()).unwrap();
        for o in others {
            c = c.translate(o, &text(&format!("title {o}"))).unwrap();
        }
        c
    }

    #[test]
    fn the_reader_gets_the_language_asked_for_else_english_else_the_original() {
        let cases = [
            // (original, translations, requested, expected)
            ("en", &["de", "fr"][..], Some("de"), "de"),
            ("en", &["de", "fr"][..], Some("FR"), "fr"),
            ("en", &["de"][..], Some("pl"), "en"),
            ("de", &["en"][..], Some("pl"), "en"),
            ("de", &["fr"][..], Some("pl"), "de"),
            ("fr", &["de"][..], None, "fr"),
            ("de", &["en", "fr"][..], None, "en"),
        ];
        for (original, others, requested, expected) in cases {
            let c = content(original, others);
            let r = resolve(&c, requested).unwrap();
            assert_eq!(
                r.language.code(),
                expected,
                "{original} {others:?} {requested:?}"
            );
            assert_eq!(r.text.title.as_str(), format!("title {expected}"));
        }
    }

    #[test]
    fn the_answer_lists_every_language_and_says_when_it_fell_back() {
        let c = content("de", &["fr", "en"]);
        let r = resolve(&c, Some("pl")).unwrap();
        assert_eq!(
            r.available.iter().map(|l| l.code()).collect::<Vec<_>>(),
            ["de", "en", "fr"]
        );
        assert_eq!(r.requested, Some(l("pl")));
        assert!(r.is_fallback());
        assert!(!resolve(&c, Some("fr")).unwrap().is_fallback());
        assert!(!resolve(&c, None).unwrap().is_fallback());
    }

    #[test]
    fn an_unknown_language_code_is_refused() {
        let c = content("en", &[]);
        for bad in ["xx", "english", "", "en-GB"] {
            let err = resolve(&c, Some(bad)).unwrap_err();
            assert_eq!(err.field(), "language", "{bad:?}");
        }
    }

    #[test]
    fn picking_without_english_or_original_takes_the_first_by_code() {
        assert_eq!(
            pick_language(&[l("sv"), l("da")], None, Some(l("fi"))),
            Some(l("da"))
        );
        assert_eq!(pick_language(&[], Some(l("en")), None), None);
    }
}
