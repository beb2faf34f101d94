//! The content of one version of an item: facets, links, playbook phases, an optional service
//! offering, and its texts in one or more EU languages (the original and its translations).
use super::facet::{Audience, Facets, ItemKind, Priority, TopicList};
use super::link::{Link, LinkInput};
use super::markdown::check_markdown;
use super::service::{ServiceInput, ServiceOffering};
use super::{CatalogueError, invalid, language_serde, plain_text};
use crate::language::Language;
use crate::organisation::{HealthcareType, str_enum};
use crate::sme::Category;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The body of an item is at most 200 KB of UTF-8 (204,800 bytes).
pub const MAX_BODY_BYTES: usize = 200 * 1024;
/// The instructions of one playbook step are at most 20 KB.
pub const MAX_STEP_BYTES: usize = 20 * 1024;
/// A playbook has 1 to 50 steps.
pub const MAX_STEPS: usize = 50;

/// The incident-response phase of a playbook step (the NIST SP 800-61 / ENISA lifecycle).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Phase {
    Prepare,
    DetectAnalyse,
    Contain,
    Eradicate,
    Recover,
    LessonsLearned,
}

str_enum!(Phase { Prepare = "PREPARE", DetectAnalyse = "DETECT_ANALYSE", Contain = "CONTAIN", Eradicate = "ERADICATE", Recover = "RECOVER", LessonsLearned = "LESSONS_LEARNED" });

impl Phase {
    pub const ALL: [Phase; 6] = [
        Phase::Prepare,
        Phase::DetectAnalyse,
        Phase::Contain,
        Phase::Eradicate,
        Phase::Recover,
        Phase::LessonsLearned,
    ];
}

/// A title: one line, 1 to 200 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Title(String);

impl Title {
    pub fn parse(field: &str, s: &str) -> Result<Self, CatalogueError> {
        plain_text(field, s, 1, 200, false).map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A summary: plain text, 1 to 1,000 characters, line breaks allowed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Summary(String);

impl Summary {
    pub fn parse(field: &str, s: &str) -> Result<Self, CatalogueError> {
        plain_text(field, s, 1, 1000, true).map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Markdown that passed the safety scanner ([`super::markdown`]) and a size limit. Line
/// endings are `\n`; leading blank lines and trailing whitespace are dropped. May be empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MarkdownText(String);

impl MarkdownText {
    pub fn parse(field: &str, s: &str, max_bytes: usize) -> Result<Self, CatalogueError> {
        let s = s.replace("\r\n", "\n");
        let s = s.trim_start_matches('\n').trim_end();
        if s.len() > max_bytes {
            return Err(invalid(
                field,
                format!(
                    "is {} KB; at most {} KB are allowed",
                    s.len().div_ceil(1024),
                    max_bytes / 1024
                ),
            ));
        }
        if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            return Err(invalid(
                field,
                "must not contain control characters other than line breaks and tabs",
            ));
        }
        check_markdown(field, s)?;
        Ok(Self(s.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The text of one playbook step in one language; its phase is in [`Content::phases`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepText {
    pub title: Title,
    pub instructions: MarkdownText,
}

/// An item's texts in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localised {
    pub title: Title,
    pub summary: Summary,
    pub body: MarkdownText,
    /// One per playbook step, in step order; empty for other kinds.
    pub steps: Vec<StepText>,
}

/// A playbook step as entered with the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepInput {
    pub phase: Phase,
    pub title: String,
    pub instructions: String,
}

/// A step's text as entered in a translation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StepTextInput {
    pub title: String,
    pub instructions: String,
}

/// An item's texts in one language, as entered (`translateCatalogueItem`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LocalisedInput {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub steps: Vec<StepTextInput>,
}

/// A version's content as entered (`createCatalogueItem`, `updateCatalogueItem`): the
/// language-neutral parts and the text in `language`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContentInput {
    pub priorities: Vec<Priority>,
    pub healthcare_types: Vec<HealthcareType>,
    pub sme_categories: Vec<Category>,
    pub topics: Vec<String>,
    pub links: Vec<LinkInput>,
    pub language: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    /// Playbooks only: at least one step.
    pub steps: Vec<StepInput>,
    /// `SERVICE` items only: required.
    pub service: Option<ServiceInput>,
}

/// The content of one version: what publishing freezes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Content {
    pub facets: Facets,
    pub links: Vec<Link>,
    /// The phase of each playbook step, in step order; empty for other kinds.
    pub phases: Vec<Phase>,
    /// The language the item was first written in: the last fallback for readers.
    #[serde(with = "language_serde")]
    pub original_language: Language,
    /// The original and its translations; never empty, always holds `original_language`.
    #[serde(with = "language_serde::map")]
    pub texts: BTreeMap<Language, Localised>,
    /// `SERVICE` items only.
    pub service: Option<ServiceOffering>,
}

fn parse_language(code: &str) -> Result<Language, CatalogueError> {
    Language::parse(code).map_err(|e| invalid("language", e.message))
}

fn parse_localised(input: &LocalisedInput, steps: usize) -> Result<Localised, CatalogueError> {
    if input.steps.len() != steps {
        return Err(invalid(
            "steps",
            format!("give the text of each of the {steps} steps, in order"),
        ));
    }
    Ok(Localised {
        title: Title::parse("title", &input.title)?,
        summary: Summary::parse("summary", &input.summary)?,
        body: MarkdownText::parse("body", &input.body, MAX_BODY_BYTES)?,
        steps: input
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                Ok(StepText {
                    title: Title::parse(&format!("steps[{i}].title"), &s.title)?,
                    instructions: MarkdownText::parse(
                        &format!("steps[{i}].instructions"),
                        &s.instructions,
                        MAX_STEP_BYTES,
                    )?,
                })
            })
            .collect::<Result<_, CatalogueError>>()?,
    })
}

/// The language-neutral parts and the text of `input.language`, as the content of a new item
/// written in that language.
fn parse_input(
    kind: ItemKind,
    input: &ContentInput,
    topics: &TopicList,
) -> Result<Content, CatalogueError> {
    let language = parse_language(&input.language)?;
    let facets = Facets::parse(
        &input.priorities,
        Audience::new(&input.healthcare_types, &input.sme_categories),
        &input.topics,
        topics,
    )?;
    let links = Link::parse_all(&input.links)?;
    match (kind, input.steps.len()) {
        (ItemKind::Playbook, 0) => {
            return Err(invalid("steps", "a playbook needs at least one step"));
        }
        (ItemKind::Playbook, n) if n > MAX_STEPS => {
            return Err(invalid(
                "steps",
                format!("a playbook has at most {MAX_STEPS} steps"),
            ));
        }
        (ItemKind::Playbook, _) | (_, 0) => {}
        (_, _) => return Err(invalid("steps", "only a playbook has steps")),
    }
    let phases = input.steps.iter().map(|s| s.phase).collect::<Vec<_>>();
    let service = match (kind, &input.service) {
        (ItemKind::Service, Some(s)) => Some(ServiceOffering::parse(s)?),
        (ItemKind::Service, None) => {
            return Err(invalid(
                "service",
                "a service item describes its service offering",
            ));
        }
        (_, Some(_)) => {
            return Err(invalid(
                "service",
                "only a SERVICE item has a service offering",
            ));
        }
        (_, None) => None,
    };
    let text = parse_localised(
        &LocalisedInput {
            title: input.title.clone(),
            summary: input.summary.clone(),
            body: input.body.clone(),
            steps: input
                .steps
                .iter()
                .map(|s| StepTextInput {
                    title: s.title.clone(),
                    instructions: s.instructions.clone(),
                })
                .collect(),
        },
        phases.len(),
    )?;
    Ok(Content {
        facets,
        links,
        phases,
        original_language: language,
        texts: BTreeMap::from([(language, text)]),
        service,
    })
}

impl Content {
    /// The content of a new item of `kind`, written in `input.language`.
    pub fn parse(
        kind: ItemKind,
        input: &ContentInput,
        topics: &TopicList,
    ) -> Result<Self, CatalogueError> {
        parse_input(kind, input, topics)
    }

    /// This content with new language-neutral parts and a new text in `input.language`; the
    /// other translations are kept. When the number of playbook steps changes, translations
    /// with the old number must be removed first ([`Content::without_translation`]).
    pub fn revise(
        &self,
        kind: ItemKind,
        input: &ContentInput,
        topics: &TopicList,
    ) -> Result<Self, CatalogueError> {
        let mut fresh = parse_input(kind, input, topics)?;
        let language = fresh.original_language;
        let phases = fresh.phases.clone();
        let stale: Vec<&str> = self
            .texts
            .iter()
            .filter(|(l, t)| **l != language && t.steps.len() != phases.len())
            .map(|(l, _)| l.code())
            .collect();
        if !stale.is_empty() {
            return Err(invalid(
                "steps",
                format!(
                    "the translations {} have {} steps: remove them before changing the number of steps",
                    stale.join(", "),
                    self.phases.len()
                ),
            ));
        }
        let mut texts = self.texts.clone();
        texts.extend(std::mem::take(&mut fresh.texts));
        Ok(Self {
            original_language: self.original_language,
            texts,
            ..fresh
        })
    }

    /// This content with the text in `language` added or replaced (`translateCatalogueItem`).
    /// A translation has a text for each playbook step.
    pub fn translate(
        &self,
        language: &str,
        input: &LocalisedInput,
    ) -> Result<Self, CatalogueError> {
        let language = parse_language(language)?;
        let text = parse_localised(input, self.phases.len())?;
        let mut next = self.clone();
        next.texts.insert(language, text);
        Ok(next)
    }

    /// This content without the translation into `language`. The original stays.
    pub fn without_translation(&self, language: &str) -> Result<Self, CatalogueError> {
        let language = parse_language(language)?;
        if language == self.original_language {
            return Err(invalid(
                "language",
                "the original language cannot be removed",
            ));
        }
        if !self.texts.contains_key(&language) {
            return Err(invalid(
                "language",
                format!("there is no {} translation", language.code()),
            ));
        }
        let mut next = self.clone();
        next.texts.remove(&language);
        Ok(next)
    }

    /// The languages this content is available in, by code.
    pub fn languages(&self) -> Vec<Language> {
        self.texts.keys().copied().collect()
    }

    /// Whether this content has the shape an item of `kind` needs (steps for playbooks, an
    /// offering for services, nothing of either for the others).
    pub fn fits(&self, kind: ItemKind) -> bool {
        (kind == ItemKind::Playbook) != self.phases.is_empty()
            && (kind == ItemKind::Service) == self.service.is_some()
            && self.texts.contains_key(&self.original_language)
            && self
                .texts
                .values()
                .all(|t| t.steps.len() == self.phases.len())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
pub(crate) mod tests {
    use super::*;
    use rust_decimal::Decimal;

    pub(crate) fn topics() -> TopicList {
        TopicList::new(["ransomware", "backups", "medical-devices"]).unwrap()
    }

    pub(crate) fn guideline_input() -> ContentInput {
        ContentInput {
            priorities: vec![Priority::Prevention],
            topics: vec!["backups".into()],
            links: vec![LinkInput {
                url: "https://www.enisa.europa.eu/".into(),
                label: "ENISA".into(),
            }],
            language: "en".into(),
            title: "Offline backups for hospitals".into(),
            summary: "Why and how to keep an offline copy.".into(),
            body: "# Backups\n\nKeep three copies.\nOne offline.\n".into(),
            ..ContentInput::default()
        }
    }

    pub(crate) fn playbook_input() -> ContentInput {
        ContentInput {
            priorities: vec![Priority::ResponseRecovery],
            language: "en".into(),
            title: "Ransomware playbook".into(),
            summary: "What to do in the first hours.".into(),
            body: "Follow the steps.".into(),
            steps: vec![
                StepInput {
                    phase: Phase::Prepare,
                    title: "Know your backups".into(),
                    instructions: "List them.".into(),
                },
                StepInput {
                    phase: Phase::Contain,
                    title: "Isolate".into(),
                    instructions: "Unplug the network.".into(),
                },
            ],
            ..ContentInput::default()
        }
    }

    pub(crate) fn service_input() -> ContentInput {
        ContentInput {
            priorities: vec![Priority::Detection],
            language: "de".into(),
            title: "24/7 Überwachung".into(),
            summary: "SOC für Kliniken.".into(),
            service: Some(ServiceInput {
                categories: vec!["MONITORING_AND_DETECTION".into()],
                member_states: vec!["DE".into(), "AT".into()],
                languages: vec!["de".into(), "en".into()],
                price_amount: Decimal::new(1_200_000, 2),
                price_currency: "EUR".into(),
            }),
            ..ContentInput::default()
        }
    }

    #[test]
    fn a_guideline_parses_in_its_original_language() {
        let c = Content::parse(ItemKind::Guideline, &guideline_input(), &topics()).unwrap();
        assert_eq!(c.original_language.code(), "en");
        assert_eq!(c.languages().len(), 1);
        assert_eq!(
            c.texts[&c.original_language].title.as_str(),
            "Offline backups for hospitals"
        );
        assert!(c.fits(ItemKind::Guideline));
        assert!(!c.fits(ItemKind::Playbook));
        assert!(!c.fits(ItemKind::Service));
    }

    #[test]
    fn bad_content_is_refused_naming_the_field() {
        type Edit = fn(&mut ContentInput);
        let cases: [(&str, Edit); 10] = [
            ("title", |i| i.title = "  ".into()),
            ("title", |i| i.title = "x".repeat(201)),
            ("title", |i| i.title = "two\nlines".into()),
            ("summary", |i| i.summary = String::new()),
            ("summary", |i| i.summary = "y".repeat(1001)),
            ("language", |i| i.language = "xx".into()),
            ("priorities", |i| i.priorities.clear()),
            ("topics", |i| i.topics = vec!["astrology".into()]),
            ("links[0].url", |i| {
                i.links[0].url = "javascript:alert(1)".into()
            }),
            ("body", |i| i.body = "[x](javascript:alert(1))".into()),
        ];
        for (field, edit) in cases {
            let mut input = guideline_input();
            edit(&mut input);
            let err = Content::parse(ItemKind::Guideline, &input, &topics()).unwrap_err();
            assert_eq!(err.field(), field, "{err}");
        }
    }

    #[test]
    fn a_body_of_200_kb_is_accepted_and_one_byte_more_is_refused() {
        let mut input = guideline_input();
        input.body = "a".repeat(MAX_BODY_BYTES);
        assert!(Content::parse(ItemKind::Guideline, &input, &topics()).is_ok());
        input.body.push('a');
        let err = Content::parse(ItemKind::Guideline, &input, &topics()).unwrap_err();
        assert_eq!(err.field(), "body");
        assert!(err.to_string().contains("at most 200 KB"), "{err}");
    }

    #[test]
    fn the_body_is_normalised_and_may_be_empty() {
        let b = MarkdownText::parse("body", "\n\nline\r\nnext  \n\n", 100).unwrap();
        assert_eq!(b.as_str(), "line\nnext");
        assert_eq!(MarkdownText::parse("body", "", 100).unwrap().as_str(), "");
        assert!(MarkdownText::parse("body", "nul\u{0}", 100).is_err());
    }

    #[test]
    fn a_playbook_has_steps_with_phases_and_other_kinds_have_none() {
        let c = Content::parse(ItemKind::Playbook, &playbook_input(), &topics()).unwrap();
        assert_eq!(c.phases, vec![Phase::Prepare, Phase::Contain]);
        assert_eq!(
            c.texts[&c.original_language].steps[1].title.as_str(),
            "Isolate"
        );
        assert!(c.fits(ItemKind::Playbook));

        let mut no_steps = playbook_input();
        no_steps.steps.clear();
        let err = Content::parse(ItemKind::Playbook, &no_steps, &topics()).unwrap_err();
        assert_eq!(err.field(), "steps");

        let err = Content::parse(ItemKind::Tool, &playbook_input(), &topics()).unwrap_err();
        assert_eq!(err.field(), "steps");

        let mut bad_step = playbook_input();
        bad_step.steps[1].instructions = "<script>x</script>".into();
        let err = Content::parse(ItemKind::Playbook, &bad_step, &topics()).unwrap_err();
        assert_eq!(err.field(), "steps[1].instructions");
    }

    #[test]
    fn only_a_service_item_has_an_offering_and_it_must() {
        assert!(Content::parse(ItemKind::Service, &service_input(), &topics()).is_ok());
        let mut none = service_input();
        none.service = None;
        assert_eq!(
            Content::parse(ItemKind::Service, &none, &topics())
                .unwrap_err()
                .field(),
            "service"
        );
        assert_eq!(
            Content::parse(ItemKind::Tool, &service_input(), &topics())
                .unwrap_err()
                .field(),
            "service"
        );
    }

    #[test]
    fn a_translation_adds_a_language_and_needs_every_step() {
        let c = Content::parse(ItemKind::Playbook, &playbook_input(), &topics()).unwrap();
        let de = LocalisedInput {
            title: "Ransomware-Playbook".into(),
            summary: "Die ersten Stunden.".into(),
            body: "Folgen Sie den Schritten.".into(),
            steps: vec![
                StepTextInput {
                    title: "Backups kennen".into(),
                    instructions: String::new(),
                },
                StepTextInput {
                    title: "Isolieren".into(),
                    instructions: "Netz trennen.".into(),
                },
            ],
        };
        let t = c.translate("DE", &de).unwrap();
        assert_eq!(
            t.languages().iter().map(|l| l.code()).collect::<Vec<_>>(),
            ["de", "en"]
        );
        assert_eq!(t.original_language.code(), "en");
        assert!(t.fits(ItemKind::Playbook));

        let mut short = de.clone();
        short.steps.pop();
        assert_eq!(c.translate("de", &short).unwrap_err().field(), "steps");
        assert_eq!(c.translate("klingon", &de).unwrap_err().field(), "language");
        let mut bad = de;
        bad.title = String::new();
        assert_eq!(c.translate("de", &bad).unwrap_err().field(), "title");
    }

    #[test]
    fn revising_keeps_translations_unless_the_steps_change_in_number() {
        let c = Content::parse(ItemKind::Playbook, &playbook_input(), &topics()).unwrap();
        let de = LocalisedInput {
            title: "T".into(),
            summary: "S".into(),
            body: String::new(),
            steps: vec![
                StepTextInput {
                    title: "a".into(),
                    ..Default::default()
                };
                2
            ],
        };
        let c = c.translate("de", &de).unwrap();

        let mut same_count = playbook_input();
        same_count.title = "Ransomware playbook v2".into();
        let r = c
            .revise(ItemKind::Playbook, &same_count, &topics())
            .unwrap();
        assert_eq!(r.languages().len(), 2);
        assert_eq!(
            r.texts[&Language::parse("en").unwrap()].title.as_str(),
            "Ransomware playbook v2"
        );

        let mut more = playbook_input();
        more.steps.push(StepInput {
            phase: Phase::LessonsLearned,
            title: "Review".into(),
            instructions: String::new(),
        });
        let err = c.revise(ItemKind::Playbook, &more, &topics()).unwrap_err();
        assert_eq!(err.field(), "steps");
        assert!(err.to_string().contains("de"), "{err}");

        let without = c.without_translation("de").unwrap();
        let r = without
            .revise(ItemKind::Playbook, &more, &topics())
            .unwrap();
        assert_eq!(r.phases.len(), 3);
    }

    #[test]
    fn the_original_language_cannot_be_removed() {
        let c = Content::parse(ItemKind::Guideline, &guideline_input(), &topics()).unwrap();
        assert_eq!(c.without_translation("en").unwrap_err().field(), "language");
        assert_eq!(c.without_translation("fr").unwrap_err().field(), "language");
    }

    #[test]
    fn content_round_trips_through_json_with_language_codes() {
        let c = Content::parse(ItemKind::Service, &service_input(), &topics()).unwrap();
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["originalLanguage"], "de");
        assert!(json["texts"]["de"]["title"].is_string());
        let back: Content = serde_json::from_value(json).unwrap();
        assert_eq!(back, c);
    }
}
