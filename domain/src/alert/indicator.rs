//! Indicators of compromise, each parsed by its type into one canonical form, and their STIX 2.1
//! patterns (STIX 2.1 §9 Patterning; the object paths of §6 Cyber-observable objects).
//!
//! | kind | accepted | canonical form | refused |
//! |---|---|---|---|
//! | `IPV4` | an address or a CIDR range `a.b.c.d/n`, n in 1..=32 | dotted quad; `/32` becomes the address | leading zeros, `/0`, a prefix above 32, host bits set beyond the prefix (`198.51.100.7/24`: write `198.51.100.0/24`) |
//! | `IPV6` | an address or a CIDR range, n in 1..=128 | RFC 5952 (lower case, `::`); `/128` becomes the address | zone ids (`%eth0`), `/0`, a prefix above 128, host bits set |
//! | `DOMAIN` | a fully qualified name, ASCII (IDNs as punycode `xn--…`) | lower case, no trailing dot | one label, labels over 63 or names over 253 characters, characters other than letters, digits and `-`, a label starting or ending with `-`, an all-numeric top-level label |
//! | `URL` | `http` or `https`, a host (domain, IPv4 or `[IPv6]`), optional port, path, query, fragment | scheme and host in lower case, the rest as given | other schemes, spaces, non-ASCII (percent-encode it), characters RFC 3986 excludes, a bad `%` escape, port 0 or above 65535 |
//! | `SHA256`, `SHA1`, `MD5` | 64, 40, 32 hexadecimal digits | lower case | any other length or character |
//! | `EMAIL` | `local@domain`, the domain as `DOMAIN` | the domain in lower case | quoted or empty local parts, dots at the ends or doubled |
use super::AlertError;
use serde::{Deserialize, Serialize};
use std::net::{Ipv4Addr, Ipv6Addr};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IndicatorKind {
    Ipv4,
    Ipv6,
    Domain,
    Url,
    Sha256,
    Sha1,
    Md5,
    Email,
}

crate::organisation::str_enum!(IndicatorKind { Ipv4 = "IPV4", Ipv6 = "IPV6", Domain = "DOMAIN", Url = "URL", Sha256 = "SHA256", Sha1 = "SHA1", Md5 = "MD5", Email = "EMAIL" });

impl IndicatorKind {
    pub const ALL: [IndicatorKind; 8] = [
        IndicatorKind::Ipv4,
        IndicatorKind::Ipv6,
        IndicatorKind::Domain,
        IndicatorKind::Url,
        IndicatorKind::Sha256,
        IndicatorKind::Sha1,
        IndicatorKind::Md5,
        IndicatorKind::Email,
    ];
}

/// An indicator as sent: its kind and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorInput {
    pub kind: String,
    pub value: String,
}

/// A validated indicator in canonical form. Two indicators are equal when their canonical forms
/// are (`198.51.100.7/32` and `198.51.100.7` are the same indicator).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Indicator {
    kind: IndicatorKind,
    value: String,
}

impl Indicator {
    /// Parses `value` as an indicator of `kind`; errors name `kind` or `value`.
    pub fn parse(kind: &str, value: &str) -> Result<Self, AlertError> {
        let kind = IndicatorKind::parse(kind.trim()).map_err(|_| {
            AlertError::invalid(
                "kind",
                "must be one of IPV4, IPV6, DOMAIN, URL, SHA256, SHA1, MD5, EMAIL",
            )
        })?;
        let v = value.trim();
        let value = match kind {
            IndicatorKind::Ipv4 => ipv4(v),
            IndicatorKind::Ipv6 => ipv6(v),
            IndicatorKind::Domain => domain(v),
            IndicatorKind::Url => url(v),
            IndicatorKind::Sha256 => hex_digest(v, 64, "SHA-256"),
            IndicatorKind::Sha1 => hex_digest(v, 40, "SHA-1"),
            IndicatorKind::Md5 => hex_digest(v, 32, "MD5"),
            IndicatorKind::Email => email(v),
        }
        .map_err(|message| AlertError::invalid("value", message))?;
        Ok(Self { kind, value })
    }

    pub fn kind(&self) -> IndicatorKind {
        self.kind
    }

    /// The canonical value.
    pub fn value(&self) -> &str {
        &self.value
    }

    pub fn to_input(&self) -> IndicatorInput {
        IndicatorInput {
            kind: self.kind.as_str().to_owned(),
            value: self.value.clone(),
        }
    }

    /// The STIX 2.1 pattern matching this indicator, e.g.
    /// `[ipv4-addr:value = '198.51.100.0/24']` or `[file:hashes.'SHA-256' = '…']`. A range is
    /// compared with `=` on the CIDR value, as MISP and OpenCTI exchange it (STIX 2.1 §6.4.1:
    /// the value of an `ipv4-addr` MAY be a CIDR block).
    pub fn stix_pattern(&self) -> String {
        let path = match self.kind {
            IndicatorKind::Ipv4 => "ipv4-addr:value",
            IndicatorKind::Ipv6 => "ipv6-addr:value",
            IndicatorKind::Domain => "domain-name:value",
            IndicatorKind::Url => "url:value",
            IndicatorKind::Sha256 => "file:hashes.'SHA-256'",
            IndicatorKind::Sha1 => "file:hashes.'SHA-1'",
            IndicatorKind::Md5 => "file:hashes.MD5",
            IndicatorKind::Email => "email-addr:value",
        };
        format!("[{path} = {}]", stix_string(&self.value))
    }
}

/// A STIX pattern string literal (STIX 2.1 §9.2, string constants): in single quotes, with `\`
/// and `'` escaped by a backslash.
pub fn stix_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        if matches!(c, '\\' | '\'') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// Splits `address/prefix`; the prefix is decimal digits only.
fn split_prefix(s: &str, max: u8) -> Result<(&str, Option<u8>), String> {
    let Some((address, prefix)) = s.split_once('/') else {
        return Ok((s, None));
    };
    let prefix = prefix
        .parse::<u8>()
        .ok()
        .filter(|p| (1..=max).contains(p) && prefix.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| format!("the prefix length of a range must be 1 to {max}"))?;
    Ok((address, Some(prefix)))
}

/// An address or a CIDR range of an IP version with `bits` bits: `/bits` becomes the address,
/// a range must have no host bits set beyond its prefix.
fn ip_range(
    s: &str,
    bits: u8,
    parse: impl Fn(&str) -> Option<u128>,
    show: impl Fn(u128) -> String,
    refusal: &str,
) -> Result<String, String> {
    let (address, prefix) = split_prefix(s, bits)?;
    let address = parse(address).ok_or(refusal)?;
    match prefix {
        Some(p) if p < bits => {
            let host_bits = u32::from(bits - p);
            let network = address >> host_bits << host_bits;
            if network != address {
                return Err(format!(
                    "has host bits set beyond the /{p} prefix: the range is {}/{p}",
                    show(network)
                ));
            }
            Ok(format!("{}/{p}", show(network)))
        }
        _ => Ok(show(address)),
    }
}

fn ipv4(s: &str) -> Result<String, String> {
    ip_range(
        s,
        32,
        |a| a.parse::<Ipv4Addr>().ok().map(|a| u128::from(u32::from(a))),
        |n| Ipv4Addr::from(n as u32).to_string(), // n came from a u32
        "is not an IPv4 address (four numbers 0 to 255, no leading zeros)",
    )
}

fn ipv6(s: &str) -> Result<String, String> {
    ip_range(
        s,
        128,
        |a| a.parse::<Ipv6Addr>().ok().map(u128::from),
        |n| Ipv6Addr::from(n).to_string(),
        "is not an IPv6 address (zone ids such as %eth0 are not accepted)",
    )
}

/// A fully qualified domain name (RFC 1035 §2.3.1 letters, digits and hyphens; RFC 1123 §2.1
/// allows a leading digit), in lower case without the root dot.
fn domain(s: &str) -> Result<String, String> {
    if !s.is_ascii() {
        return Err("write an internationalised domain name in its ASCII form (xn--…)".into());
    }
    let name = s.strip_suffix('.').unwrap_or(s).to_ascii_lowercase();
    if name.is_empty() || name.len() > 253 {
        return Err("a domain name has 1 to 253 characters".into());
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.len() < 2 {
        return Err("is not a fully qualified domain name (e.g. example.org)".into());
    }
    for label in &labels {
        if label.is_empty() || label.len() > 63 {
            return Err("each part of a domain name has 1 to 63 characters".into());
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Err("a domain name has only letters, digits, '-' and '.'".into());
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err("no part of a domain name starts or ends with '-'".into());
        }
    }
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err("the last part of a domain name is not a number (is it an IP address?)".into());
    }
    Ok(name)
}

/// Characters RFC 3986 (§2) allows in a URI besides letters and digits.
fn uri_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b)
}

/// An `http` or `https` URL (RFC 3986 §3): the scheme and host are case-insensitive and put in
/// lower case; the rest stays as observed.
fn url(s: &str) -> Result<String, String> {
    if s.len() > 2048 {
        return Err("a URL has at most 2048 characters".into());
    }
    if !s.is_ascii() {
        return Err(
            "non-ASCII characters in a URL must be percent-encoded (and the host given as xn--…)"
                .into(),
        );
    }
    let (scheme, rest) = s
        .split_once("://")
        .ok_or("is not a URL: it must start with http:// or https://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err("only http and https URLs are accepted".into());
    }
    if let Some(b) = s.bytes().find(|b| !uri_char(*b)) {
        return Err(format!(
            "a URL may not contain {:?} (percent-encode it)",
            b as char
        ));
    }
    let bytes = s.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'%'
            && !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
        {
            return Err("a '%' in a URL must be followed by two hexadecimal digits".into());
        }
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (userinfo, host_port) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, authority),
    };
    let (host, port) = if let Some(inner) = host_port.strip_prefix('[') {
        let (v6, after) = inner
            .split_once(']')
            .ok_or("an IPv6 host is written in brackets, e.g. http://[2001:db8::1]/")?;
        let v6: Ipv6Addr = v6.parse().map_err(|_| "the host is not an IPv6 address")?;
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':').ok_or("bad characters after the host")?),
        };
        (format!("[{v6}]"), port)
    } else {
        let (h, port) = match host_port.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (host_port, None),
        };
        let host = if !h.is_empty() && h.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            h.parse::<Ipv4Addr>()
                .map_err(|_| "the host is not an IPv4 address")?
                .to_string()
        } else {
            domain(h).map_err(|e| format!("the host: {e}"))?
        };
        (host, port)
    };
    let port = match port {
        None => String::new(),
        Some(p) => {
            let n = p
                .parse::<u16>()
                .ok()
                .filter(|n| *n > 0 && p.bytes().all(|b| b.is_ascii_digit()))
                .ok_or("the port must be a number from 1 to 65535")?;
            format!(":{n}")
        }
    };
    let userinfo = userinfo.map(|u| format!("{u}@")).unwrap_or_default();
    Ok(format!("{scheme}://{userinfo}{host}{port}{tail}"))
}

fn hex_digest(s: &str, len: usize, name: &str) -> Result<String, String> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(s.to_ascii_lowercase())
    } else {
        Err(format!("a {name} hash is {len} hexadecimal digits"))
    }
}

/// An e-mail address (RFC 5322 §3.4.1 `dot-atom` local part, RFC 5321 §4.5.3.1 lengths).
fn email(s: &str) -> Result<String, String> {
    let (local, host) = s
        .rsplit_once('@')
        .ok_or("is not an e-mail address (local@domain)")?;
    let atext = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~-".contains(&b);
    if local.is_empty() || local.len() > 64 {
        return Err("the part before '@' has 1 to 64 characters".into());
    }
    if !local
        .split('.')
        .all(|part| !part.is_empty() && part.bytes().all(atext))
    {
        return Err("the part before '@' has letters, digits, dots between them and !#$%&'*+/=?^_`{|}~- only".into());
    }
    let host = domain(host).map_err(|e| format!("the domain: {e}"))?;
    let address = format!("{local}@{host}");
    if address.len() > 254 {
        return Err("an e-mail address has at most 254 characters".into());
    }
    Ok(address)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn ok(kind: &str, value: &str) -> String {
        match Indicator::parse(kind, value) {
            Ok(i) => i.value().to_owned(),
            Err(e) => panic!("{kind} {value:?}: {e}"),
        }
    }

    fn refused(kind: &str, value: &str) -> String {
        match Indicator::parse(kind, value) {
            Ok(i) => panic!("{kind} {value:?} was accepted as {:?}", i.value()),
            Err(e) => {
                assert_eq!(e.field(), "value", "{kind} {value:?}");
                e.to_string()
            }
        }
    }

    #[test]
    fn ipv4_addresses_and_ranges_are_canonical() {
        assert_eq!(ok("IPV4", " 198.51.100.7 "), "198.51.100.7");
        assert_eq!(ok("IPV4", "198.51.100.0/24"), "198.51.100.0/24");
        assert_eq!(ok("IPV4", "198.51.100.7/32"), "198.51.100.7");
        assert_eq!(ok("IPV4", "10.0.0.0/8"), "10.0.0.0/8");
        assert_eq!(ok("IPV4", "128.0.0.0/1"), "128.0.0.0/1");
    }

    #[test]
    fn malformed_ipv4_values_and_ranges_are_refused() {
        for bad in [
            "198.51.100",
            "198.51.100.256",
            "01.2.3.4",
            "1.2.3.4.5",
            "example.org",
            "",
            "198.51.100.0/33",
            "198.51.100.0/0",
            "198.51.100.0/",
            "198.51.100.0/+24",
            "198.51.100.0/24/1",
            "2001:db8::1",
        ] {
            refused("IPV4", bad);
        }
        let message = refused("IPV4", "198.51.100.7/24");
        assert!(message.contains("198.51.100.0/24"), "{message}");
    }

    #[test]
    fn ipv6_addresses_and_ranges_are_canonical() {
        assert_eq!(ok("IPV6", "2001:DB8:0:0:0:0:0:1"), "2001:db8::1");
        assert_eq!(ok("IPV6", "2001:db8::/32"), "2001:db8::/32");
        assert_eq!(ok("IPV6", "2001:db8::1/128"), "2001:db8::1");
        for bad in [
            "2001:db8::/129",
            "2001:db8::/0",
            "fe80::1%eth0",
            "2001:db8::g",
            "198.51.100.7",
        ] {
            refused("IPV6", bad);
        }
        assert!(refused("IPV6", "2001:db8::1/64").contains("2001:db8::/64"));
    }

    #[test]
    fn domains_are_lower_case_fully_qualified_names() {
        assert_eq!(ok("DOMAIN", "Evil.Example.ORG."), "evil.example.org");
        assert_eq!(
            ok("DOMAIN", "xn--bcher-kva.example"),
            "xn--bcher-kva.example"
        );
        assert_eq!(ok("DOMAIN", "3com.com"), "3com.com");
        for bad in [
            "localhost",
            "bücher.example",
            "-bad.example",
            "bad-.example",
            "a..example",
            "under_score.example",
            "198.51.100.7",
            "exa mple.org",
            &format!("{}.org", "a".repeat(64)),
        ] {
            refused("DOMAIN", bad);
        }
    }

    #[test]
    fn urls_keep_their_path_and_lower_case_their_scheme_and_host() {
        assert_eq!(
            ok("URL", "HTTPS://Login.Example.ORG:8443/Path?q=A%20b#Top"),
            "https://login.example.org:8443/Path?q=A%20b#Top"
        );
        assert_eq!(ok("URL", "http://198.51.100.7/x"), "http://198.51.100.7/x");
        assert_eq!(
            ok("URL", "http://[2001:DB8::1]:80/"),
            "http://[2001:db8::1]:80/"
        );
        assert_eq!(
            ok("URL", "http://user@bank.example@evil.example/"),
            "http://user@bank.example@evil.example/"
        );
        assert_eq!(
            ok("URL", "https://example.org/o'reilly"),
            "https://example.org/o'reilly"
        );
        for bad in [
            "ftp://example.org/",
            "example.org/x",
            "http://",
            "http://exa mple.org/",
            "http://example.org/a b",
            "http://example.org/\u{e9}",
            "http://example.org/%zz",
            "http://example.org:0/",
            "http://example.org:65536/",
            "http://[2001:db8::1/",
            "http://999.1.1.1/",
            "http://example.org/\"x\"",
            "javascript:alert(1)",
        ] {
            refused("URL", bad);
        }
    }

    #[test]
    fn hashes_have_their_exact_length_in_hexadecimal() {
        let sha256 = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";
        assert_eq!(ok("SHA256", sha256), sha256.to_lowercase());
        assert_eq!(ok("SHA1", &"a".repeat(40)), "a".repeat(40));
        assert_eq!(ok("MD5", &"0".repeat(32)), "0".repeat(32));
        refused("SHA256", &sha256[1..]);
        refused("SHA1", &"a".repeat(41));
        refused("MD5", &"g".repeat(32));
        refused("SHA256", &"a".repeat(40)); // a SHA-1 given as SHA-256
    }

    #[test]
    fn email_addresses_have_a_dot_atom_local_part_and_a_domain() {
        assert_eq!(
            ok("EMAIL", "O'Brien.Sean@Phish.Example"),
            "O'Brien.Sean@phish.example"
        );
        for bad in [
            "no-at.example",
            "@phish.example",
            "a@localhost",
            ".a@phish.example",
            "a..b@phish.example",
            "\"a b\"@phish.example",
            "a@b@",
        ] {
            refused("EMAIL", bad);
        }
    }

    #[test]
    fn an_unknown_kind_is_refused_naming_the_kind() {
        assert_eq!(
            Indicator::parse("SHA512", "00").unwrap_err().field(),
            "kind"
        );
        for k in IndicatorKind::ALL {
            assert_eq!(IndicatorKind::parse(k.as_str()).unwrap(), k);
        }
    }

    #[test]
    fn stix_patterns_name_the_observable_and_escape_quotes_and_backslashes() {
        let cases = [
            (
                "IPV4",
                "198.51.100.0/24",
                "[ipv4-addr:value = '198.51.100.0/24']",
            ),
            (
                "IPV6",
                "2001:db8::/32",
                "[ipv6-addr:value = '2001:db8::/32']",
            ),
            (
                "DOMAIN",
                "evil.example",
                "[domain-name:value = 'evil.example']",
            ),
            (
                "URL",
                "https://example.org/o'reilly",
                "[url:value = 'https://example.org/o\\'reilly']",
            ),
            (
                "EMAIL",
                "o'brien@phish.example",
                "[email-addr:value = 'o\\'brien@phish.example']",
            ),
            (
                "MD5",
                &"ab".repeat(16),
                &format!("[file:hashes.MD5 = '{}']", "ab".repeat(16)),
            ),
            (
                "SHA1",
                &"cd".repeat(20),
                &format!("[file:hashes.'SHA-1' = '{}']", "cd".repeat(20)),
            ),
            (
                "SHA256",
                &"ef".repeat(32),
                &format!("[file:hashes.'SHA-256' = '{}']", "ef".repeat(32)),
            ),
        ];
        for (kind, value, pattern) in cases {
            assert_eq!(
                Indicator::parse(kind, value).unwrap().stix_pattern(),
                pattern
            );
        }
        assert_eq!(stix_string(r"a\b'c"), r"'a\\b\'c'");
    }

    #[test]
    fn a_canonical_value_parses_to_itself() {
        for (kind, value) in [
            ("IPV4", "198.51.100.7/32"),
            ("IPV6", "2001:DB8::/32"),
            ("DOMAIN", "A.Example."),
            ("URL", "HTTP://A.Example/X"),
            ("EMAIL", "x@A.EXAMPLE"),
            ("MD5", &"AB".repeat(16)),
        ] {
            let once = Indicator::parse(kind, value).unwrap();
            let input = once.to_input();
            assert_eq!(Indicator::parse(&input.kind, &input.value).unwrap(), once);
        }
    }
}
