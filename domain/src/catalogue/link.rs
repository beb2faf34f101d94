//! The only links the catalogue accepts: `https:` and `mailto:`.
//!
//! Everything else is refused: `http:`, `javascript:`, `data:`, `vbscript:`, `file:`, relative
//! (`/x`, `x.html`, `#top`) and protocol-relative (`//host`) references. So are whitespace,
//! control and bidirectional-override characters anywhere in the URL (browsers strip some of them
//! before reading the scheme, and they can disguise a destination), user information in an
//! `https:` authority (`https://enisa.europa.eu@evil.example`) and backslashes (which browsers
//! read as `/`).
use super::{CatalogueError, invalid, plain_text};
use serde::{Deserialize, Serialize};

/// Longest URL accepted, in bytes.
pub const MAX_URL_BYTES: usize = 2048;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum UrlScheme {
    Https,
    Mailto,
}

/// A URL that is safe to show as a link: `https:` with a host, or `mailto:` with addresses.
/// The scheme is stored in lower case; the rest as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SafeUrl(String);

impl SafeUrl {
    pub fn parse(field: &str, url: &str) -> Result<Self, CatalogueError> {
        let url = url.trim();
        match check_url(url) {
            Ok(scheme) => Ok(Self(normalise_scheme(url, scheme))),
            Err(why) => Err(invalid(
                field,
                format!("`{}` is refused: {why}", shorten(url)),
            )),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn scheme(&self) -> UrlScheme {
        if self.0.starts_with("mailto:") {
            UrlScheme::Mailto
        } else {
            UrlScheme::Https
        }
    }
}

fn normalise_scheme(url: &str, scheme: UrlScheme) -> String {
    let (prefix, len) = match scheme {
        UrlScheme::Https => ("https:", 6),
        UrlScheme::Mailto => ("mailto:", 7),
    };
    format!("{prefix}{}", &url[len..])
}

/// A URL shortened for an error message.
pub(crate) fn shorten(url: &str) -> String {
    let mut s: String = url.chars().take(80).collect();
    if s.len() < url.len() {
        s.push('…');
    }
    s.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}

fn is_disguising(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Why a URL is not a safe link, or which safe scheme it has. Used for the `links` of an item
/// and for every link and image in its Markdown.
pub(crate) fn check_url(url: &str) -> Result<UrlScheme, String> {
    if url.is_empty() {
        return Err("a link needs a destination".into());
    }
    if url.len() > MAX_URL_BYTES {
        return Err(format!("a link may be at most {MAX_URL_BYTES} bytes"));
    }
    if url.chars().any(is_disguising) {
        return Err("a link must not contain spaces, control or direction characters".into());
    }
    if url.contains('\\') {
        return Err("a link must not contain backslashes".into());
    }
    if url.starts_with("//") {
        return Err("protocol-relative links are not allowed: write https://".into());
    }
    let scheme_end = url.find(':');
    let path_start = url.find(['/', '?', '#']);
    let scheme = match (scheme_end, path_start) {
        (Some(c), Some(p)) if c > p => None,
        (Some(c), _) => Some(&url[..c]),
        (None, _) => None,
    };
    let Some(scheme) = scheme else {
        return Err("relative links are not allowed: write the full https:// address".into());
    };
    match scheme.to_ascii_lowercase().as_str() {
        "https" => check_https(&url[6..]).map(|()| UrlScheme::Https),
        "mailto" => check_mailto(&url[7..]).map(|()| UrlScheme::Mailto),
        other => Err(format!(
            "only https: and mailto: links are allowed, not {}:",
            shorten(other)
        )),
    }
}

fn check_https(rest: &str) -> Result<(), String> {
    let Some(rest) = rest.strip_prefix("//") else {
        return Err("an https link must be https://host/…".into());
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    if authority.contains('@') {
        return Err("an https link must not carry a user name before the host".into());
    }
    let (host, port) = split_port(authority);
    if let Some(port) = port
        && (port.is_empty() || port.len() > 5 || !port.chars().all(|c| c.is_ascii_digit()))
    {
        return Err("the port of an https link must be a number".into());
    }
    if !valid_host(host) {
        return Err("an https link needs a host name".into());
    }
    Ok(())
}

fn split_port(authority: &str) -> (&str, Option<&str>) {
    if authority.starts_with('[') {
        // An IPv6 literal: the port, if any, follows the closing bracket.
        return match authority.find(']') {
            Some(i) => {
                let (host, rest) = authority.split_at(i + 1);
                (host, rest.strip_prefix(':'))
            }
            None => (authority, None),
        };
    }
    match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    }
}

fn valid_host(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return inner.contains(':')
            && inner
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
    }
    let host = host.strip_suffix('.').unwrap_or(host);
    !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

fn check_mailto(rest: &str) -> Result<(), String> {
    let addresses = rest.split_once('?').map_or(rest, |(a, _)| a);
    let ok = !addresses.is_empty()
        && addresses.split(',').all(|a| {
            let mut parts = a.split('@');
            match (parts.next(), parts.next(), parts.next()) {
                (Some(local), Some(domain), None) => {
                    !local.is_empty() && domain.contains('.') && valid_host(domain)
                }
                _ => false,
            }
        });
    if ok {
        Ok(())
    } else {
        Err("a mailto link needs an e-mail address such as mailto:csirt@example.eu".into())
    }
}

/// A link of an item, shown with its destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub url: SafeUrl,
    /// What the reader sees next to the destination, 1 to 200 characters.
    pub label: String,
}

/// A link as entered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LinkInput {
    pub url: String,
    pub label: String,
}

/// At most this many links per item.
pub const MAX_LINKS: usize = 50;

impl Link {
    /// Parses the `links` of an item; the field of an error is `links[i].url` or `links[i].label`.
    pub fn parse_all(inputs: &[LinkInput]) -> Result<Vec<Link>, CatalogueError> {
        if inputs.len() > MAX_LINKS {
            return Err(invalid("links", format!("at most {MAX_LINKS} links")));
        }
        inputs
            .iter()
            .enumerate()
            .map(|(i, l)| {
                Ok(Link {
                    url: SafeUrl::parse(&format!("links[{i}].url"), &l.url)?,
                    label: plain_text(&format!("links[{i}].label"), &l.label, 1, 200, false)?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn https_and_mailto_links_are_accepted() {
        let ok = [
            (
                "https://www.enisa.europa.eu/topics/health",
                UrlScheme::Https,
            ),
            ("HTTPS://example.eu", UrlScheme::Https),
            ("https://example.eu:8443/a?b=c#d", UrlScheme::Https),
            ("https://bücher.example/", UrlScheme::Https),
            ("https://[2001:db8::1]:443/x", UrlScheme::Https),
            ("mailto:csirt@example.eu", UrlScheme::Mailto),
            (
                "MAILTO:a@example.eu,b@example.eu?subject=Incident",
                UrlScheme::Mailto,
            ),
        ];
        for (url, scheme) in ok {
            let parsed = SafeUrl::parse("url", url).unwrap_or_else(|e| panic!("{url}: {e}"));
            assert_eq!(parsed.scheme(), scheme, "{url}");
        }
        assert_eq!(
            SafeUrl::parse("url", "HTTPS://example.eu/Path")
                .unwrap()
                .as_str(),
            "https://example.eu/Path"
        );
    }

    #[test]
    fn every_other_link_is_refused_naming_the_field() {
        let refused = [
            "http://example.eu",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "ftp://example.eu",
            "/relative/path",
            "page.html",
            "#section",
            "?q=1",
            "//evil.example/x",
            "https:evil.example",
            "https:/evil.example",
            "https://",
            "https:///path",
            "https://user@evil.example",
            "https://enisa.europa.eu@evil.example/",
            "https:\\\\evil.example",
            "https://evil.example\\@enisa.europa.eu",
            "https://exa mple.eu",
            "https://example.eu/\u{202E}fdp.exe",
            "https://example.eu:http",
            "https://-bad-.eu",
            "mailto:",
            "mailto:nobody",
            "mailto:a@b@c.eu",
            "mailto:someone@localhost",
            "",
        ];
        for url in refused {
            let err = SafeUrl::parse("links[3].url", url).unwrap_err();
            assert_eq!(err.field(), "links[3].url", "{url:?}");
        }
    }

    #[test]
    fn a_refused_link_says_why() {
        let msg = SafeUrl::parse("url", "http://example.eu")
            .unwrap_err()
            .to_string();
        assert!(msg.contains("only https: and mailto:"), "{msg}");
        let msg = SafeUrl::parse("url", "//x.eu").unwrap_err().to_string();
        assert!(msg.contains("protocol-relative"), "{msg}");
        let msg = SafeUrl::parse("url", "docs/a.pdf").unwrap_err().to_string();
        assert!(msg.contains("relative"), "{msg}");
    }

    #[test]
    fn a_link_longer_than_2048_bytes_is_refused() {
        let long = format!("https://example.eu/{}", "a".repeat(MAX_URL_BYTES));
        assert!(SafeUrl::parse("url", &long).is_err());
        let fits = format!("https://example.eu/{}", "a".repeat(MAX_URL_BYTES - 19));
        assert!(SafeUrl::parse("url", &fits).is_ok());
    }

    #[test]
    fn links_name_the_index_of_the_bad_one() {
        let inputs = vec![
            LinkInput {
                url: "https://ok.eu".into(),
                label: "OK".into(),
            },
            LinkInput {
                url: "https://ok.eu".into(),
                label: " ".into(),
            },
        ];
        assert_eq!(
            Link::parse_all(&inputs).unwrap_err().field(),
            "links[1].label"
        );
        let inputs = vec![LinkInput {
            url: "data:x".into(),
            label: "x".into(),
        }];
        assert_eq!(
            Link::parse_all(&inputs).unwrap_err().field(),
            "links[0].url"
        );
        let many = vec![
            LinkInput {
                url: "https://ok.eu".into(),
                label: "x".into()
            };
            MAX_LINKS + 1
        ];
        assert_eq!(Link::parse_all(&many).unwrap_err().field(), "links");
    }
}
