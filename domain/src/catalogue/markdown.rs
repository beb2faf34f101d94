//! Safe Markdown: the scanner that refuses an item's body (or step) when the SPA could turn it
//! into something unsafe.
//!
//! The body is parsed with `pulldown-cmark` (CommonMark plus tables, strikethrough and task
//! lists, like GitHub-flavoured renderers) and refused when it contains:
//! - a link or autolink whose destination is not `https:` or `mailto:` ([`super::link`]), after
//!   entity and escape decoding (`[x](jav&#97;script:…)` is `javascript:`);
//! - an image whose source is not `https:`;
//! - a link reference definition with such a destination, used or not;
//! - raw HTML, block or inline (`<script>`, `<img onerror>`, `<!-- -->`, `<a href>`): the
//!   catalogue refuses it instead of flagging it, so no stored body ever carries HTML;
//! - a bare `http://…` or `www.…` in text, which GitHub-flavoured renderers turn into `http:`
//!   links (write `https://…`, or put it in `code`).
//!
//! The SPA still renders with HTML disabled and the same scheme allow-list (defence in depth).
use super::link::{UrlScheme, check_url, shorten};
use super::{CatalogueError, invalid};
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use serde::Serialize;

/// One reason a Markdown text is unsafe, with its 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MarkdownProblem {
    pub line: usize,
    pub message: String,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Self {
        Self(
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
        )
    }
    fn of(&self, offset: usize) -> usize {
        match self.0.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// Every problem in `text`, in document order (link reference definitions last), each once per
/// line. Empty when the text is safe. The editor's live preview can show them all.
pub fn markdown_problems(text: &str) -> Vec<MarkdownProblem> {
    let lines = Lines::new(text);
    let mut problems = Vec::new();
    // One problem per line and kind: `<b>x</b>` is one problem, not two.
    let mut push = |offset: usize, message: String| {
        let problem = MarkdownProblem {
            line: lines.of(offset),
            message,
        };
        if !problems.contains(&problem) {
            problems.push(problem);
        }
    };
    let mut code_depth = 0usize;
    let mut link_depth = 0usize;
    // Adjacent text events are joined, so that escapes cannot split `http://` in two.
    let mut text_run = String::new();
    let mut text_start = 0usize;
    let parser = Parser::new_ext(text, options()).into_offset_iter();
    let mut parser = parser;
    for (event, range) in parser.by_ref() {
        if let Event::Text(t) = &event {
            if code_depth == 0 && link_depth == 0 {
                if text_run.is_empty() {
                    text_start = range.start;
                }
                text_run.push_str(t);
            }
            continue;
        }
        if !text_run.is_empty() {
            if let Some(message) = bare_insecure_link(&text_run) {
                push(text_start, message);
            }
            text_run.clear();
        }
        match event {
            Event::Start(Tag::CodeBlock(_)) => code_depth += 1,
            Event::End(TagEnd::CodeBlock) => code_depth = code_depth.saturating_sub(1),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                link_depth += 1;
                let dest = if link_type == LinkType::Email {
                    format!("mailto:{dest_url}")
                } else {
                    dest_url.to_string()
                };
                if let Err(why) = check_url(&dest) {
                    push(range.start, format!("link to `{}`: {why}", shorten(&dest)));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                link_depth += 1;
                match check_url(&dest_url) {
                    Ok(UrlScheme::Https) => {}
                    Ok(UrlScheme::Mailto) => push(
                        range.start,
                        format!(
                            "image `{}`: an image must be an https link",
                            shorten(&dest_url)
                        ),
                    ),
                    Err(why) => push(
                        range.start,
                        format!("image `{}`: {why}", shorten(&dest_url)),
                    ),
                }
            }
            Event::End(TagEnd::Link | TagEnd::Image) => link_depth = link_depth.saturating_sub(1),
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) => push(
                range.start,
                "raw HTML is not allowed: use Markdown (write `<` as `\\<` to show it)".into(),
            ),
            _ => {}
        }
    }
    if !text_run.is_empty()
        && let Some(message) = bare_insecure_link(&text_run)
    {
        push(text_start, message);
    }
    let mut definitions: Vec<_> = parser
        .reference_definitions()
        .iter()
        .map(|(label, def)| (def.span.start, label.to_owned(), def.dest.to_string()))
        .collect();
    definitions.sort();
    for (offset, label, dest) in definitions {
        if let Err(why) = check_url(&dest) {
            push(
                offset,
                format!("link definition [{label}] to `{}`: {why}", shorten(&dest)),
            );
        }
    }
    problems
}

/// A bare `http://` or `www.` that a GitHub-flavoured renderer would turn into an `http:` link.
fn bare_insecure_link(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    for needle in ["http://", "www."] {
        for (i, _) in lower.match_indices(needle) {
            let boundary = lower[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric() && c != '.' && c != '/' && c != '-');
            if boundary {
                let found: String = text[i..]
                    .chars()
                    .take_while(|c| !c.is_whitespace())
                    .take(60)
                    .collect();
                return Some(format!(
                    "`{found}` would become an insecure link: write https://… or put it in `code`"
                ));
            }
        }
    }
    None
}

/// Refuses unsafe Markdown in `field`, naming the first problem's line (and how many more).
pub fn check_markdown(field: &str, text: &str) -> Result<(), CatalogueError> {
    let problems = markdown_problems(text);
    match problems.first() {
        None => Ok(()),
        Some(first) => {
            let more = match problems.len() - 1 {
                0 => String::new(),
                1 => " (and 1 more problem)".to_owned(),
                n => format!(" (and {n} more problems)"),
            };
            Err(invalid(
                field,
                format!("line {}: {}{more}", first.line, first.message),
            ))
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn lines_of(text: &str) -> Vec<usize> {
        markdown_problems(text)
            .into_iter()
            .map(|p| p.line)
            .collect()
    }

    #[test]
    fn safe_markdown_passes() {
        let body = "# Backups\n\
            \n\
            Keep **three** copies, see [ENISA](https://www.enisa.europa.eu/) and\n\
            <https://example.eu/guide> or <csirt@example.eu> or [mail](mailto:a@example.eu).\n\
            \n\
            ![diagram](https://example.eu/d.png \"Diagram\")\n\
            \n\
            | a | b |\n|---|---|\n| [x](https://x.eu) | ~~y~~ |\n\
            \n\
            - [x] done\n\
            \n\
            [ref]: https://example.eu/ref\n\
            Use [the ref][ref]. a < b and b > c are not HTML.\n\
            \n\
            ```\n<script>alert(1)</script> http://inside.code\n```\n\
            and `http://inline.code` too; https://bare.example is fine.\n";
        assert_eq!(markdown_problems(body), vec![]);
        assert!(check_markdown("body", body).is_ok());
    }

    #[test]
    fn unsafe_links_are_found_with_their_line() {
        let cases = [
            ("[x](javascript:alert(1))", 1),
            ("ok\n\n[x](JAVASCRIPT:alert(1))", 3),
            ("[x](jav&#97;script:alert(1))", 1),
            ("[x](java\\script:alert(1))", 1),
            ("[x](<javascript:alert(1)>)", 1),
            ("[x](http://example.eu)", 1),
            ("[x](data:text/html,<script>alert(1)</script>)", 1),
            ("[x](/relative)", 1),
            ("[x](//evil.example)", 1),
            ("[x](#anchor)", 1),
            ("<http://example.eu>", 1),
            ("<javascript:alert(1)>", 1),
            ("a\nb\n[x][r]\n\n[r]: javascript:alert(1)", 3),
            ("![x](http://example.eu/a.png)", 1),
            ("![x](mailto:a@example.eu)", 1),
            ("![x](data:image/png;base64,AAAA)", 1),
            ("| a |\n|---|\n| [x](vbscript:y) |", 3),
            ("> quote with [x](file:///etc/passwd)", 1),
        ];
        for (text, line) in cases {
            let found = lines_of(text);
            assert!(found.contains(&line), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn an_unused_unsafe_definition_is_refused_too() {
        let problems = markdown_problems("Nothing links here.\n\n[unused]: javascript:alert(1)\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 3);
        assert!(problems[0].message.contains("[unused]"));
    }

    #[test]
    fn raw_html_is_refused_block_and_inline() {
        let cases = [
            ("<script>alert(1)</script>", 1),
            ("<div>\nhello\n</div>", 1),
            ("text <img src=x onerror=alert(1)> text", 1),
            ("line\n\nsome <b>bold</b>", 3),
            ("<!-- a comment -->", 1),
            ("<a href=\"https://ok.eu\">ok</a>", 1),
            ("<iframe src=\"https://x.eu\"></iframe>", 1),
        ];
        for (text, line) in cases {
            let problems = markdown_problems(text);
            assert!(
                problems
                    .iter()
                    .any(|p| p.line == line && p.message.contains("raw HTML")),
                "{text:?}: {problems:?}"
            );
        }
    }

    #[test]
    fn bare_insecure_addresses_are_refused_because_renderers_link_them() {
        for text in [
            "see http://example.eu",
            "see www.example.eu",
            "(www.example.eu)",
            "*http://x.eu*",
            "http\\://example.eu",
        ] {
            assert_eq!(lines_of(text), vec![1], "{text:?}");
        }
        for text in [
            "swww.example",
            "https://www.example.eu",
            "[www.x.eu](https://x.eu)",
        ] {
            assert_eq!(lines_of(text), Vec::<usize>::new(), "{text:?}");
        }
    }

    #[test]
    fn the_error_names_the_field_the_first_line_and_the_count() {
        let err = check_markdown(
            "steps[2].instructions",
            "fine\n[a](http://a.eu)\n[b](http://b.eu)\n<b>x</b>",
        )
        .unwrap_err();
        assert_eq!(err.field(), "steps[2].instructions");
        let msg = err.to_string();
        assert!(msg.contains("line 2"), "{msg}");
        assert!(msg.contains("and 2 more problems"), "{msg}");
    }

    #[test]
    fn lines_are_counted_from_one() {
        let l = Lines::new("a\nbc\n\nd");
        assert_eq!(
            [0, 1, 2, 3, 4, 5, 6].map(|o| l.of(o)),
            [1, 1, 2, 2, 2, 3, 4]
        );
    }
}
