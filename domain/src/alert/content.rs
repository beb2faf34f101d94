//! What ENISA writes in an alert (issue #12, "Alerts"), parsed from [`AlertInput`] into
//! [`AlertContent`]. Every error names its input field (e.g. `translations[0].title`,
//! `indicators[3].value`, `cves[1]`, `validUntil`).
use super::AlertError;
use super::indicator::{Indicator, IndicatorInput};
use super::tlp::{Distribution, RecipientsInput, Tlp};
use crate::language::Language;
use crate::member_state::MemberState;
use crate::organisation::HealthcareType;
use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// How severe the threat is, from the least to the most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

crate::organisation::str_enum!(Severity { Low = "LOW", Medium = "MEDIUM", High = "HIGH", Critical = "CRITICAL" });

/// The most entries of each list in one alert.
pub const MAX_INDICATORS: usize = 1000;
pub const MAX_CVES: usize = 200;
pub const MAX_PRODUCTS: usize = 200;
pub const MAX_ACTIONS: usize = 50;
pub const MAX_CATALOGUE_ITEMS: usize = 50;
/// Characters of each text.
pub const MAX_TITLE: usize = 200;
pub const MAX_SUMMARY: usize = 2_000;
pub const MAX_BODY: usize = 100_000;
pub const MAX_ACTION: usize = 1_000;

/// One language's text of an alert, as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TextInput {
    pub title: String,
    pub summary: String,
    /// Markdown.
    pub body: String,
    pub recommended_actions: Vec<String>,
}

/// A translation, as sent: an official EU language other than English and its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TranslationInput {
    pub language: String,
    #[serde(flatten)]
    pub text: TextInput,
}

/// An affected product, as sent: the vendor and, if it is not the whole vendor, the product.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductInput {
    pub vendor: String,
    pub product: Option<String>,
}

/// An alert as ENISA's editor sends it. Lists of codes are strings so that each bad entry is
/// refused by its index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlertInput {
    /// The English text, which every alert has.
    pub text: TextInput,
    pub translations: Vec<TranslationInput>,
    pub severity: String,
    pub tlp: String,
    pub recipients: RecipientsInput,
    /// `None`: all member states.
    pub member_states: Option<Vec<String>>,
    /// `None`: every type of healthcare organisation.
    pub healthcare_types: Option<Vec<String>>,
    pub products: Vec<ProductInput>,
    pub cves: Vec<String>,
    pub indicators: Vec<IndicatorInput>,
    /// Ids of catalogue items (playbooks, guidelines); the API checks that they exist.
    pub catalogue_items: Vec<Uuid>,
    pub valid_from: DateTime<Utc>,
    /// `None`: until revoked.
    pub valid_until: Option<DateTime<Utc>>,
}

/// One language's text: a title and a summary (plain text), a body (Markdown) and the
/// recommended actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertText {
    title: String,
    summary: String,
    body: String,
    recommended_actions: Vec<String>,
}

/// Trims; refuses empty, too long, or control characters other than line breaks and tabs (in
/// multi-line texts). Line breaks are normalised to `\n`.
fn text(field: &str, s: &str, max: usize, multi_line: bool) -> Result<String, AlertError> {
    let s = s.trim().replace("\r\n", "\n");
    let n = s.chars().count();
    if n == 0 || n > max {
        return Err(AlertError::invalid(
            field,
            format!("must be 1 to {max} characters"),
        ));
    }
    let allowed = |c: char| !c.is_control() || (multi_line && matches!(c, '\n' | '\t'));
    if !s.chars().all(allowed) {
        return Err(AlertError::invalid(
            field,
            if multi_line {
                "must not contain control characters other than line breaks and tabs"
            } else {
                "must be one line without control characters"
            },
        ));
    }
    Ok(s)
}

fn at_most<T>(field: &str, items: &[T], max: usize) -> Result<(), AlertError> {
    if items.len() > max {
        return Err(AlertError::invalid(field, format!("at most {max} entries")));
    }
    Ok(())
}

/// The index of the first entry whose key repeats an earlier one.
fn first_repeat<K: Ord>(keys: impl IntoIterator<Item = K>) -> Option<usize> {
    let mut seen = std::collections::BTreeSet::new();
    keys.into_iter().position(|k| !seen.insert(k))
}

fn refuse_repeats<K: Ord>(
    field: &str,
    keys: impl IntoIterator<Item = K>,
) -> Result<(), AlertError> {
    match first_repeat(keys) {
        Some(i) => Err(AlertError::invalid(
            format!("{field}[{i}]"),
            "is listed twice",
        )),
        None => Ok(()),
    }
}

impl AlertText {
    /// Parses one language's text; errors name `title`, `summary`, `body` or
    /// `recommendedActions[i]`.
    pub fn parse(input: &TextInput) -> Result<Self, AlertError> {
        at_most(
            "recommendedActions",
            &input.recommended_actions,
            MAX_ACTIONS,
        )?;
        let recommended_actions = input
            .recommended_actions
            .iter()
            .enumerate()
            .map(|(i, a)| text(&format!("recommendedActions[{i}]"), a, MAX_ACTION, true))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            title: text("title", &input.title, MAX_TITLE, false)?,
            summary: text("summary", &input.summary, MAX_SUMMARY, true)?,
            body: text("body", &input.body, MAX_BODY, true)?,
            recommended_actions,
        })
    }
    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn summary(&self) -> &str {
        &self.summary
    }
    /// Markdown, as written; the web app renders it safely.
    pub fn body(&self) -> &str {
        &self.body
    }
    pub fn recommended_actions(&self) -> &[String] {
        &self.recommended_actions
    }
    pub fn to_input(&self) -> TextInput {
        TextInput {
            title: self.title.clone(),
            summary: self.summary.clone(),
            body: self.body.clone(),
            recommended_actions: self.recommended_actions.clone(),
        }
    }
}

/// All, or only the listed (sorted, without duplicates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Affected<T> {
    All,
    Only(Vec<T>),
}

impl<T: Copy + PartialEq> Affected<T> {
    pub fn includes(&self, item: T) -> bool {
        match self {
            Affected::All => true,
            Affected::Only(items) => items.contains(&item),
        }
    }
}

/// Parses `None` as all and a list entry by entry; an empty list is refused (say all instead).
/// Parses each entry of a list of at most `max`, naming a bad entry by its index (`field[i]`,
/// or `field[i].inner` for an entry's own field), and refuses a repeated entry.
fn list<I, T: Ord>(
    field: &str,
    items: &[I],
    max: usize,
    parse: impl Fn(&I) -> Result<T, AlertError>,
) -> Result<Vec<T>, AlertError> {
    at_most(field, items, max)?;
    let parsed = items
        .iter()
        .enumerate()
        .map(|(i, x)| parse(x).map_err(|e| e.within(&format!("{field}[{i}]"))))
        .collect::<Result<Vec<_>, _>>()?;
    refuse_repeats(field, parsed.iter())?;
    Ok(parsed)
}

fn affected<T, K: Ord>(
    field: &str,
    input: Option<&Vec<String>>,
    parse: impl Fn(&str) -> Option<T>,
    key: impl Fn(&T) -> K,
    what: &str,
) -> Result<Affected<T>, AlertError> {
    let Some(codes) = input else {
        return Ok(Affected::All);
    };
    if codes.is_empty() {
        return Err(AlertError::invalid(
            field,
            "name at least one, or leave it out to mean all",
        ));
    }
    let mut items = codes
        .iter()
        .enumerate()
        .map(|(i, c)| {
            parse(c).ok_or_else(|| {
                AlertError::invalid(format!("{field}[{i}]"), format!("`{c}` is not {what}"))
            })
        })
        .collect::<Result<Vec<T>, _>>()?;
    refuse_repeats(field, items.iter().map(&key))?;
    items.sort_by_key(key);
    Ok(Affected::Only(items))
}

/// An affected vendor, or one of its products.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Product {
    vendor: String,
    product: Option<String>,
}

impl Product {
    pub fn parse(input: &ProductInput) -> Result<Self, AlertError> {
        Ok(Self {
            vendor: text("vendor", &input.vendor, 200, false)?,
            product: match input.product.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(p) => Some(text("product", p, 200, false)?),
            },
        })
    }
    pub fn vendor(&self) -> &str {
        &self.vendor
    }
    pub fn product(&self) -> Option<&str> {
        self.product.as_deref()
    }
    /// `vendor product`, or the vendor alone.
    pub fn display(&self) -> String {
        match &self.product {
            Some(p) => format!("{} {p}", self.vendor),
            None => self.vendor.clone(),
        }
    }
}

/// A CVE identifier, `CVE-YYYY-NNNN…` (the CVE Program's ID syntax since 2014: a year from 1999,
/// the first year of CVE, and a sequence number of four or more digits).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CveId(String);

/// The CVE id in upper case, or why it is not one.
fn parse_cve(s: &str) -> Result<String, String> {
    let s = s.trim().to_ascii_uppercase();
    let bad = || format!("`{s}` is not a CVE id (CVE-YYYY-NNNN)");
    let rest = s.strip_prefix("CVE-").ok_or_else(bad)?;
    let (year, number) = rest.split_once('-').ok_or_else(bad)?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    if !digits(year) || year.len() != 4 || !digits(number) || !(4..=19).contains(&number.len()) {
        return Err(bad());
    }
    if year < "1999" {
        return Err("CVE ids start in 1999".into());
    }
    Ok(s)
}

impl CveId {
    /// Parses a CVE id, case-insensitively; the error's field is `cve`.
    pub fn parse(s: &str) -> Result<Self, AlertError> {
        parse_cve(s)
            .map(Self)
            .map_err(|m| AlertError::invalid("cve", m))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// When the alert applies: from `from`, until `until` if given (`from < until`), to the
/// millisecond (the precision of STIX timestamps, STIX 2.1 §3.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Validity {
    from: DateTime<Utc>,
    until: Option<DateTime<Utc>>,
}

impl Validity {
    pub fn new(from: DateTime<Utc>, until: Option<DateTime<Utc>>) -> Result<Self, AlertError> {
        let from = from.trunc_subsecs(3);
        let until = until.map(|u| u.trunc_subsecs(3));
        if until.is_some_and(|u| u <= from) {
            return Err(AlertError::invalid("validUntil", "must be after validFrom"));
        }
        Ok(Self { from, until })
    }
    pub fn from(&self) -> DateTime<Utc> {
        self.from
    }
    pub fn until(&self) -> Option<DateTime<Utc>> {
        self.until
    }
    /// Whether the period is over at `now`.
    pub fn is_over(&self, now: DateTime<Utc>) -> bool {
        self.until.is_some_and(|u| u <= now)
    }
}

/// An alert's content: one version of what ENISA writes. Only [`AlertContent::parse`] makes
/// one, so every value in it is valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertContent {
    english: AlertText,
    translations: BTreeMap<Language, AlertText>,
    severity: Severity,
    distribution: Distribution,
    member_states: Affected<MemberState>,
    healthcare_types: Affected<HealthcareType>,
    products: Vec<Product>,
    cves: Vec<CveId>,
    indicators: Vec<Indicator>,
    catalogue_items: Vec<Uuid>,
    validity: Validity,
}

impl AlertContent {
    /// Parses everything, refusing the first bad field. Duplicated list entries are refused
    /// (after normalisation: `198.51.100.7/32` repeats `198.51.100.7`); the lists keep the
    /// editor's order.
    pub fn parse(input: &AlertInput) -> Result<Self, AlertError> {
        let english = AlertText::parse(&input.text)?;
        at_most("translations", &input.translations, 23)?;
        let mut translations = BTreeMap::new();
        for (i, t) in input.translations.iter().enumerate() {
            let field = format!("translations[{i}]");
            let language = Language::parse(&t.language)
                .map_err(|e| AlertError::invalid(format!("{field}.language"), e.message))?;
            if language.code() == "en" {
                return Err(AlertError::invalid(
                    format!("{field}.language"),
                    "English is the original text, not a translation",
                ));
            }
            let text = AlertText::parse(&t.text).map_err(|e| e.within(&field))?;
            if text.recommended_actions.len() != english.recommended_actions.len() {
                return Err(AlertError::invalid(
                    format!("{field}.recommendedActions"),
                    format!(
                        "translate each of the {} recommended actions",
                        english.recommended_actions.len()
                    ),
                ));
            }
            if translations.insert(language, text).is_some() {
                return Err(AlertError::invalid(
                    format!("{field}.language"),
                    "is translated twice",
                ));
            }
        }
        let severity = Severity::parse(&input.severity).map_err(|_| {
            AlertError::invalid("severity", "must be one of LOW, MEDIUM, HIGH, CRITICAL")
        })?;
        let distribution = Distribution::parse(&input.tlp, &input.recipients)?;
        let member_states = affected(
            "memberStates",
            input.member_states.as_ref(),
            |c| MemberState::parse(c).ok(),
            |m| m.code(),
            "an EU member state",
        )?;
        let healthcare_types = affected(
            "healthcareTypes",
            input.healthcare_types.as_ref(),
            |c| HealthcareType::parse(c).ok(),
            |h| *h,
            "a type of healthcare organisation",
        )?;
        let products = list("products", &input.products, MAX_PRODUCTS, Product::parse)?;
        let cves = list("cves", &input.cves, MAX_CVES, |c| {
            parse_cve(c)
                .map(CveId)
                .map_err(|m| AlertError::invalid("", m))
        })?;
        let indicators = list("indicators", &input.indicators, MAX_INDICATORS, |x| {
            Indicator::parse(&x.kind, &x.value)
        })?;
        let catalogue_items = list(
            "catalogueItems",
            &input.catalogue_items,
            MAX_CATALOGUE_ITEMS,
            |id| Ok(*id),
        )?;
        let validity = Validity::new(input.valid_from, input.valid_until)?;
        Ok(Self {
            english,
            translations,
            severity,
            distribution,
            member_states,
            healthcare_types,
            products,
            cves,
            indicators,
            catalogue_items,
            validity,
        })
    }

    /// The input that parses back into this content (for storing and for the editor).
    pub fn to_input(&self) -> AlertInput {
        fn codes<T>(a: &Affected<T>, code: impl Fn(&T) -> &'static str) -> Option<Vec<String>> {
            match a {
                Affected::All => None,
                Affected::Only(v) => Some(v.iter().map(|x| code(x).to_owned()).collect()),
            }
        }
        AlertInput {
            text: self.english.to_input(),
            translations: self
                .translations
                .iter()
                .map(|(l, t)| TranslationInput {
                    language: l.code().to_owned(),
                    text: t.to_input(),
                })
                .collect(),
            severity: self.severity.as_str().to_owned(),
            tlp: self.distribution.marking().as_str().to_owned(),
            recipients: self.distribution.recipients().to_input(),
            member_states: codes(&self.member_states, |m| m.code()),
            healthcare_types: codes(&self.healthcare_types, |h| h.as_str()),
            products: self
                .products
                .iter()
                .map(|p| ProductInput {
                    vendor: p.vendor.clone(),
                    product: p.product.clone(),
                })
                .collect(),
            cves: self.cves.iter().map(|c| c.as_str().to_owned()).collect(),
            indicators: self.indicators.iter().map(Indicator::to_input).collect(),
            catalogue_items: self.catalogue_items.clone(),
            valid_from: self.validity.from,
            valid_until: self.validity.until,
        }
    }

    /// The English text.
    pub fn english(&self) -> &AlertText {
        &self.english
    }
    pub fn translations(&self) -> &BTreeMap<Language, AlertText> {
        &self.translations
    }
    /// The text in `language`, or the English text if there is no such translation.
    pub fn text_in(&self, language: Language) -> &AlertText {
        self.translations.get(&language).unwrap_or(&self.english)
    }
    pub fn severity(&self) -> Severity {
        self.severity
    }
    pub fn distribution(&self) -> &Distribution {
        &self.distribution
    }
    pub fn marking(&self) -> Tlp {
        self.distribution.marking()
    }
    pub fn member_states(&self) -> &Affected<MemberState> {
        &self.member_states
    }
    pub fn healthcare_types(&self) -> &Affected<HealthcareType> {
        &self.healthcare_types
    }
    pub fn products(&self) -> &[Product] {
        &self.products
    }
    pub fn cves(&self) -> &[CveId] {
        &self.cves
    }
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }
    pub fn catalogue_items(&self) -> &[Uuid] {
        &self.catalogue_items
    }
    pub fn validity(&self) -> Validity {
        self.validity
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
pub(crate) mod tests {
    use super::*;
    use chrono::TimeZone;

    pub(crate) fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0).unwrap()
    }

    /// A valid TLP:CLEAR alert with one of everything.
    pub(crate) fn input() -> AlertInput {
        AlertInput {
            text: TextInput {
                title: "Ransomware campaign against hospital VPN gateways".into(),
                summary: "Attackers exploit a VPN flaw.\nPatch now.".into(),
                body: "## What happens\n\nA *critical* flaw is exploited.".into(),
                recommended_actions: vec![
                    "Apply the vendor's patch.".into(),
                    "Reset VPN credentials.".into(),
                ],
            },
            translations: vec![TranslationInput {
                language: "de".into(),
                text: TextInput {
                    title: "Ransomware-Kampagne gegen VPN-Gateways von Krankenhäusern".into(),
                    summary: "Angreifer nutzen eine VPN-Lücke aus.".into(),
                    body: "## Was passiert".into(),
                    recommended_actions: vec![
                        "Patch einspielen.".into(),
                        "VPN-Zugangsdaten zurücksetzen.".into(),
                    ],
                },
            }],
            severity: "HIGH".into(),
            tlp: "CLEAR".into(),
            recipients: RecipientsInput::default(),
            member_states: Some(vec!["DE".into(), "AT".into()]),
            healthcare_types: None,
            products: vec![ProductInput {
                vendor: "ExampleVPN".into(),
                product: Some("Gateway 9".into()),
            }],
            cves: vec!["cve-2026-12345".into()],
            indicators: vec![
                IndicatorInput {
                    kind: "IPV4".into(),
                    value: "198.51.100.0/24".into(),
                },
                IndicatorInput {
                    kind: "DOMAIN".into(),
                    value: "update.vpn-example.test".into(),
                },
            ],
            catalogue_items: vec![Uuid::from_u128(77)],
            valid_from: at(1, 8),
            valid_until: Some(at(31, 8)),
        }
    }

    fn field_of(i: &AlertInput) -> String {
        AlertContent::parse(i).unwrap_err().field().to_owned()
    }

    #[test]
    fn a_complete_alert_parses_and_round_trips_through_its_input() {
        let c = AlertContent::parse(&input()).unwrap();
        assert_eq!(c.severity(), Severity::High);
        assert_eq!(c.cves()[0].as_str(), "CVE-2026-12345");
        let codes: Vec<_> = match c.member_states() {
            Affected::Only(v) => v.iter().map(|m| m.code()).collect(),
            Affected::All => vec![],
        };
        assert_eq!(codes, ["AT", "DE"]);
        assert!(c.healthcare_types().includes(HealthcareType::Laboratory));
        assert_eq!(
            c.text_in(Language::parse("de").unwrap()).title(),
            "Ransomware-Kampagne gegen VPN-Gateways von Krankenhäusern"
        );
        assert_eq!(
            c.text_in(Language::parse("fr").unwrap()).title(),
            c.english().title()
        );
        assert_eq!(AlertContent::parse(&c.to_input()).unwrap(), c);
    }

    #[test]
    fn each_bad_field_is_refused_by_its_name() {
        type Edit = fn(&mut AlertInput);
        let cases: &[(&str, Edit)] = &[
            ("title", |i| i.text.title = "  ".into()),
            ("title", |i| i.text.title = "two\nlines".into()),
            ("title", |i| i.text.title = "x".repeat(MAX_TITLE + 1)),
            ("summary", |i| i.text.summary = String::new()),
            ("body", |i| i.text.body = "bell\u{7}".into()),
            ("recommendedActions[1]", |i| {
                i.text.recommended_actions[1] = " ".into()
            }),
            ("translations[0].language", |i| {
                i.translations[0].language = "lb".into()
            }),
            ("translations[0].language", |i| {
                i.translations[0].language = "EN".into()
            }),
            ("translations[0].title", |i| {
                i.translations[0].text.title = String::new()
            }),
            ("translations[0].recommendedActions", |i| {
                i.translations[0].text.recommended_actions.pop();
            }),
            ("translations[1].language", |i| {
                let t = i.translations[0].clone();
                i.translations.push(t)
            }),
            ("severity", |i| i.severity = "URGENT".into()),
            ("tlp", |i| i.tlp = "WHITE".into()),
            ("recipients", |i| i.tlp = "RED".into()),
            ("memberStates[1]", |i| {
                i.member_states = Some(vec!["DE".into(), "GB".into()])
            }),
            ("memberStates", |i| i.member_states = Some(vec![])),
            ("memberStates[1]", |i| {
                i.member_states = Some(vec!["EL".into(), "GR".into()])
            }),
            ("healthcareTypes[0]", |i| {
                i.healthcare_types = Some(vec!["PHARMACY".into()])
            }),
            ("products[0].vendor", |i| {
                i.products[0].vendor = String::new()
            }),
            ("products[1]", |i| {
                let p = i.products[0].clone();
                i.products.push(p)
            }),
            ("cves[0]", |i| i.cves = vec!["CVE-26-1234".into()]),
            ("cves[0]", |i| i.cves = vec!["CVE-2026-123".into()]),
            ("cves[0]", |i| i.cves = vec!["CVE-1998-1234".into()]),
            ("cves[1]", |i| {
                i.cves = vec!["CVE-2026-1234".into(), "cve-2026-1234".into()]
            }),
            ("indicators[1].value", |i| {
                i.indicators[1].value = "not a domain".into()
            }),
            ("indicators[0].value", |i| {
                i.indicators[0].value = "198.51.100.0/33".into()
            }),
            ("indicators[0].kind", |i| {
                i.indicators[0].kind = "SHA512".into()
            }),
            ("indicators[1]", |i| {
                i.indicators[1] = IndicatorInput {
                    kind: "IPV4".into(),
                    value: "198.51.100.0/24".into(),
                }
            }),
            ("catalogueItems[1]", |i| {
                i.catalogue_items.push(Uuid::from_u128(77))
            }),
            ("validUntil", |i| i.valid_until = Some(i.valid_from)),
        ];
        for (field, edit) in cases {
            let mut i = input();
            edit(&mut i);
            assert_eq!(field_of(&i), *field);
        }
    }

    #[test]
    fn the_stored_input_is_json_that_parses_back_to_the_same_content() {
        let mut i = input();
        i.tlp = "AMBER".into();
        i.recipients.organisations = vec![crate::alert::tlp::RecipientOrganisation {
            id: Uuid::from_u128(3),
            member_state: MemberState::parse("FR").unwrap(),
        }];
        let c = AlertContent::parse(&i).unwrap();
        let json = serde_json::to_string(&c.to_input()).unwrap();
        assert!(json.contains(r#""memberState":"FR""#), "{json}");
        let back: AlertInput = serde_json::from_str(&json).unwrap();
        assert_eq!(AlertContent::parse(&back).unwrap(), c);
    }

    #[test]
    fn cve_ids_follow_the_cve_syntax() {
        for good in ["CVE-1999-0001", "cve-2026-1234567", " CVE-2021-44228 "] {
            assert!(CveId::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "CVE-2021-442",
            "CVE-2021-44228a",
            "CAN-2021-44228",
            "CVE-20211-4422",
            "CVE--1234",
            "CVE-2021",
        ] {
            assert!(CveId::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_validity_without_an_end_never_ends_and_one_with_an_end_is_over_at_it() {
        let open = Validity::new(at(1, 0), None).unwrap();
        assert!(!open.is_over(at(31, 0)));
        let v = Validity::new(at(1, 0), Some(at(2, 0))).unwrap();
        assert!(!v.is_over(at(1, 23)));
        assert!(v.is_over(at(2, 0)));
        assert!(Validity::new(at(2, 0), Some(at(1, 0))).is_err());
        // Half a millisecond apart is the same millisecond: no period at all.
        let half_ms = chrono::Duration::microseconds(500);
        assert!(Validity::new(at(1, 0), Some(at(1, 0) + half_ms)).is_err());
        let ms = chrono::Duration::milliseconds(1);
        assert_eq!(
            Validity::new(at(1, 0) + half_ms, Some(at(1, 0) + ms))
                .unwrap()
                .from(),
            at(1, 0)
        );
    }

    #[test]
    fn too_many_entries_are_refused() {
        let mut i = input();
        i.cves = (0..=MAX_CVES)
            .map(|n| format!("CVE-2026-{:04}", n + 1000))
            .collect();
        assert_eq!(field_of(&i), "cves");
        let mut i = input();
        i.text.recommended_actions = vec!["a".into(); MAX_ACTIONS + 1];
        assert_eq!(field_of(&i), "recommendedActions");
    }
}
