//! The words of a search and the fragment of a text that matches them, for the search result's
//! highlight. The fragment is a list of pieces, each marked as a match or not, so the SPA never
//! renders markup from the server.
use serde::Serialize;

/// Most words a search uses; the rest are ignored.
pub const MAX_WORDS: usize = 12;

/// The words of a search text: letters and digits, lower-cased, at most [`MAX_WORDS`], each
/// once. Punctuation and operators are not words.
pub fn search_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        if !out.contains(&w) {
            out.push(w);
        }
        if out.len() == MAX_WORDS {
            break;
        }
    }
    out
}

/// One piece of a highlighted fragment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    pub text: String,
    pub matched: bool,
}

/// Whether a word of the text matches a search word: the same word, or the same stem (one
/// starts with the other and they share at least four characters).
fn matches(token: &str, words: &[String]) -> bool {
    let t = token.to_lowercase();
    words.iter().any(|w| {
        t == *w
            || (t.chars().count() >= 4
                && w.chars().count() >= 4
                && (t.starts_with(w.as_str()) || w.starts_with(t.as_str())))
    })
}

/// The first fragment of `text` around a word matching `words`: up to `before` words before
/// it and `after` words after it, with "…" where the text was cut. `None` when nothing in the
/// text matches.
pub fn fragment(text: &str, words: &[String], before: usize, after: usize) -> Option<Vec<Piece>> {
    // Tokens as byte ranges of words.
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                tokens.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push((s, text.len()));
    }
    let hit = tokens
        .iter()
        .position(|&(s, e)| matches(&text[s..e], words))?;
    let first = hit.saturating_sub(before);
    let last = (hit + after).min(tokens.len() - 1);
    let from = tokens[first].0;
    let to = tokens[last].1;
    let mut pieces: Vec<Piece> = Vec::new();
    let mut push = |s: &str, matched: bool| {
        let s = s.replace(['\n', '\t'], " ");
        match pieces.last_mut() {
            Some(p) if p.matched == matched => p.text.push_str(&s),
            _ => pieces.push(Piece { text: s, matched }),
        }
    };
    let mut at = from;
    if first > 0 {
        push("…", false);
    } else {
        at = 0;
    }
    for &(s, e) in &tokens[first..=last] {
        push(&text[at..s], false);
        push(&text[s..e], matches(&text[s..e], words));
        at = e;
    }
    if last + 1 < tokens.len() {
        push("…", false);
    } else {
        push(&text[to..], false);
    }
    Some(pieces)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn render(p: &[Piece]) -> String {
        p.iter()
            .map(|p| {
                if p.matched {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn search_words_are_lower_case_letters_and_digits_each_once() {
        assert_eq!(
            search_words("Ransomware  OR \"backups\"* ransomware -x 2FA"),
            ["ransomware", "or", "backups", "x", "2fa"]
        );
        assert!(search_words(" *** ").is_empty());
        assert_eq!(search_words(&"a ".repeat(40)).len(), 1);
    }

    #[test]
    fn the_fragment_marks_the_matching_words_and_cuts_with_ellipses() {
        let text = "One two three four five Ransomware seven eight nine ten";
        let words = search_words("ransomware");
        let f = fragment(text, &words, 2, 2).unwrap();
        assert_eq!(render(&f), "…four five [Ransomware] seven eight…");
    }

    #[test]
    fn a_word_with_the_same_stem_matches_and_short_words_must_be_equal() {
        let words = search_words("backup it");
        let f = fragment("Keep offline backups of it.", &words, 5, 5).unwrap();
        assert_eq!(render(&f), "Keep offline [backups] of [it].");
        assert!(fragment("Items", &search_words("it"), 5, 5).is_none());
    }

    #[test]
    fn text_without_a_match_has_no_fragment() {
        assert!(fragment("Nothing here", &search_words("phishing"), 3, 3).is_none());
        assert!(fragment("", &search_words("phishing"), 3, 3).is_none());
    }

    #[test]
    fn non_ascii_text_is_cut_on_character_boundaries() {
        let f = fragment(
            "Über die Sicherung: Datensicherung täglich prüfen",
            &search_words("prüfen"),
            1,
            1,
        )
        .unwrap();
        assert_eq!(render(&f), "…täglich [prüfen]");
    }
}
