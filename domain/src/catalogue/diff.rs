//! Line diffs between two versions (or a version and the draft) in one language, for the SPA's
//! version comparison. Uses `similar` (Myers' algorithm) on the lines of each field.
use super::content::{Content, Localised};
use super::workflow::Version;
use super::{CatalogueError, invalid};
use crate::language::Language;
use serde::Serialize;
use similar::{ChangeTag, TextDiff};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DiffTag {
    Same,
    Added,
    Removed,
}

/// One line of a field's diff, with its 1-based line number on each side it is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DiffLine {
    pub tag: DiffTag,
    pub old_line: Option<usize>,
    pub new_line: Option<usize>,
    pub text: String,
}

/// The diff of one field: `title`, `summary`, `body`, `steps` or `links`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldDiff {
    pub field: &'static str,
    pub changed: bool,
    pub lines: Vec<DiffLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VersionDiff {
    /// The old and new version numbers; `None` for a draft.
    pub from: Option<u32>,
    pub to: Option<u32>,
    #[serde(serialize_with = "language_code")]
    pub language: Language,
    /// Whether the language exists on each side (a missing side diffs as empty).
    pub in_old: bool,
    pub in_new: bool,
    /// Priorities, audience or topics differ (shown as a note, not as lines).
    pub facets_changed: bool,
    pub fields: Vec<FieldDiff>,
}

impl VersionDiff {
    pub fn changed(&self) -> bool {
        self.facets_changed || self.fields.iter().any(|f| f.changed)
    }
}

fn language_code<S: serde::Serializer>(l: &Language, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(l.code())
}

/// A line diff of two texts. Lines are split on `\n`; an empty text has no lines.
pub fn diff_lines(field: &'static str, old: &str, new: &str) -> FieldDiff {
    let diff = TextDiff::from_lines(old, new);
    let lines: Vec<DiffLine> = diff
        .iter_all_changes()
        .map(|c| DiffLine {
            tag: match c.tag() {
                ChangeTag::Equal => DiffTag::Same,
                ChangeTag::Delete => DiffTag::Removed,
                ChangeTag::Insert => DiffTag::Added,
            },
            old_line: c.old_index().map(|i| i + 1),
            new_line: c.new_index().map(|i| i + 1),
            text: c.value().trim_end_matches('\n').to_owned(),
        })
        .collect();
    FieldDiff {
        field,
        changed: lines.iter().any(|l| l.tag != DiffTag::Same),
        lines,
    }
}

fn steps_text(content: &Content, text: Option<&Localised>) -> String {
    let Some(text) = text else {
        return String::new();
    };
    let mut out = String::new();
    for (i, (phase, step)) in content.phases.iter().zip(&text.steps).enumerate() {
        out.push_str(&format!(
            "Step {} · {} · {}\n",
            i + 1,
            phase.as_str(),
            step.title.as_str()
        ));
        for line in step.instructions.as_str().lines() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn links_text(content: &Content) -> String {
    content
        .links
        .iter()
        .map(|l| format!("{} <{}>\n", l.label, l.url.as_str()))
        .collect()
}

/// The diff of two contents in `language` (default: the new side's original language), e.g. the
/// published version (`from`) against the draft (`to: None`).
pub fn diff_contents(
    old: &Content,
    new: &Content,
    language: Option<&str>,
    from: Option<u32>,
    to: Option<u32>,
) -> Result<VersionDiff, CatalogueError> {
    let language = match language {
        Some(code) => Language::parse(code).map_err(|e| invalid("language", e.message))?,
        None => new.original_language,
    };
    let (a, b) = (old.texts.get(&language), new.texts.get(&language));
    let pick = |t: Option<&Localised>, f: fn(&Localised) -> &str| t.map_or("", f).to_owned();
    let mut fields = vec![
        diff_lines(
            "title",
            &pick(a, |t| t.title.as_str()),
            &pick(b, |t| t.title.as_str()),
        ),
        diff_lines(
            "summary",
            &pick(a, |t| t.summary.as_str()),
            &pick(b, |t| t.summary.as_str()),
        ),
        diff_lines(
            "body",
            &pick(a, |t| t.body.as_str()),
            &pick(b, |t| t.body.as_str()),
        ),
    ];
    if !old.phases.is_empty() || !new.phases.is_empty() {
        fields.push(diff_lines(
            "steps",
            &steps_text(old, a),
            &steps_text(new, b),
        ));
    }
    fields.push(diff_lines("links", &links_text(old), &links_text(new)));
    Ok(VersionDiff {
        from,
        to,
        language,
        in_old: a.is_some(),
        in_new: b.is_some(),
        facets_changed: old.facets != new.facets || old.service != new.service,
        fields,
    })
}

/// The diff between two versions of an item in `language` (`None`: the new version's
/// original language). Either order works; `from`/`to` say which is which.
pub fn diff_versions(
    old: &Version,
    new: &Version,
    language: Option<&str>,
) -> Result<VersionDiff, CatalogueError> {
    diff_contents(
        &old.content,
        &new.content,
        language,
        Some(old.number),
        Some(new.number),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::catalogue::content::tests::{guideline_input, playbook_input, topics};
    use crate::catalogue::content::{ContentInput, LocalisedInput};
    use crate::catalogue::facet::{ItemKind, Priority};
    use crate::catalogue::workflow::ChangeNote;

    fn version(number: u32, kind: ItemKind, input: &ContentInput) -> Version {
        Version {
            number,
            content: Content::parse(kind, input, &topics()).unwrap(),
            change_note: ChangeNote::parse("n").unwrap(),
            published_at: "2026-06-01T12:00:00Z".parse().unwrap(),
        }
    }

    fn field<'a>(d: &'a VersionDiff, name: &str) -> &'a FieldDiff {
        d.fields.iter().find(|f| f.field == name).unwrap()
    }

    fn render(f: &FieldDiff) -> Vec<String> {
        f.lines
            .iter()
            .map(|l| {
                let sign = match l.tag {
                    DiffTag::Same => ' ',
                    DiffTag::Added => '+',
                    DiffTag::Removed => '-',
                };
                format!("{sign}{}", l.text)
            })
            .collect()
    }

    #[test]
    fn a_changed_body_line_shows_as_removed_and_added_with_line_numbers() {
        let v1 = version(1, ItemKind::Guideline, &guideline_input());
        let mut input = guideline_input();
        input.body = "# Backups\n\nKeep three copies.\nTwo offline.\nTest restores.".into();
        let v2 = version(2, ItemKind::Guideline, &input);
        let d = diff_versions(&v1, &v2, None).unwrap();
        assert_eq!((d.from, d.to), (Some(1), Some(2)));
        assert_eq!(d.language.code(), "en");
        let body = field(&d, "body");
        assert!(body.changed);
        assert_eq!(
            render(body),
            [
                " # Backups",
                " ",
                " Keep three copies.",
                "-One offline.",
                "+Two offline.",
                "+Test restores."
            ]
        );
        let removed = body
            .lines
            .iter()
            .find(|l| l.tag == DiffTag::Removed)
            .unwrap();
        assert_eq!((removed.old_line, removed.new_line), (Some(4), None));
        let added = body
            .lines
            .iter()
            .rfind(|l| l.tag == DiffTag::Added)
            .unwrap();
        assert_eq!((added.old_line, added.new_line), (None, Some(5)));
        assert!(!field(&d, "title").changed);
        assert!(!d.facets_changed);
        assert!(d.changed());
    }

    #[test]
    fn identical_versions_have_no_changes() {
        let v1 = version(1, ItemKind::Guideline, &guideline_input());
        let v2 = version(2, ItemKind::Guideline, &guideline_input());
        let d = diff_versions(&v1, &v2, None).unwrap();
        assert!(!d.changed());
        assert!(
            d.fields
                .iter()
                .all(|f| f.lines.iter().all(|l| l.tag == DiffTag::Same))
        );
    }

    #[test]
    fn playbook_steps_are_compared_with_their_phases() {
        let v1 = version(1, ItemKind::Playbook, &playbook_input());
        let mut input = playbook_input();
        input.steps[1].phase = crate::catalogue::content::Phase::Eradicate;
        let v2 = version(2, ItemKind::Playbook, &input);
        let d = diff_versions(&v1, &v2, None).unwrap();
        assert_eq!(
            render(field(&d, "steps")),
            [
                " Step 1 · PREPARE · Know your backups",
                " List them.",
                "-Step 2 · CONTAIN · Isolate",
                "+Step 2 · ERADICATE · Isolate",
                " Unplug the network."
            ]
        );
        // Non-playbooks have no steps field.
        let g = version(1, ItemKind::Guideline, &guideline_input());
        let d = diff_versions(&g, &g, None).unwrap();
        assert!(d.fields.iter().all(|f| f.field != "steps"));
    }

    #[test]
    fn a_language_missing_on_one_side_diffs_as_all_added() {
        let v1 = version(1, ItemKind::Guideline, &guideline_input());
        let mut v2 = version(2, ItemKind::Guideline, &guideline_input());
        v2.content = v2
            .content
            .translate(
                "de",
                &LocalisedInput {
                    title: "Sicherungen".into(),
                    summary: "Warum.".into(),
                    ..LocalisedInput::default()
                },
            )
            .unwrap();
        let d = diff_versions(&v1, &v2, Some("de")).unwrap();
        assert!(!d.in_old && d.in_new);
        assert_eq!(render(field(&d, "title")), ["+Sicherungen"]);
        assert_eq!(
            diff_versions(&v1, &v2, Some("zz")).unwrap_err().field(),
            "language"
        );
    }

    #[test]
    fn facet_and_link_changes_are_reported() {
        let v1 = version(1, ItemKind::Guideline, &guideline_input());
        let mut input = guideline_input();
        input.priorities.push(Priority::Detection);
        input.links[0].url = "https://www.enisa.europa.eu/health".into();
        let v2 = version(2, ItemKind::Guideline, &input);
        let d = diff_versions(&v1, &v2, None).unwrap();
        assert!(d.facets_changed);
        assert_eq!(
            render(field(&d, "links")),
            [
                "-ENISA <https://www.enisa.europa.eu/>",
                "+ENISA <https://www.enisa.europa.eu/health>"
            ]
        );
    }
}
