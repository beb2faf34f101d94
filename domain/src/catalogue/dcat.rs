//! The published catalogue as DCAT-AP JSON-LD (`GET /catalogue.jsonld`): one `dcat:Catalog`
//! with one `dcat:Resource` per public item (published, not suspended), each with `dct:title`
//! and `dct:description` per language tag, `dct:language` as EU Publications Office language
//! authority IRIs, `dcat:theme` for the action plan's priorities, `dcat:keyword` for topics,
//! `dct:type` for the kind, and `dct:modified` / `dct:issued` as `xsd:dateTime`.
//!
//! The priorities and kinds have no official IRIs; the platform mints them under
//! [`THEME_SCHEME_IRI`] and [`KIND_SCHEME_IRI`] and describes them in the same document as a
//! `skos:ConceptScheme`. Pure: the caller passes the IRIs of the catalogue and its items.
use super::facet::{ItemKind, Priority};
use super::workflow::{Item, Version};
use crate::language::Language;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// The EU Publications Office's language authority table.
pub const LANGUAGE_AUTHORITY: &str = "http://publications.europa.eu/resource/authority/language/";

/// ISO 639-1 → the authority code of each official EU language (24).
pub const LANGUAGE_AUTHORITY_CODES: [(&str, &str); 24] = [
    ("bg", "BUL"),
    ("cs", "CES"),
    ("da", "DAN"),
    ("de", "DEU"),
    ("el", "ELL"),
    ("en", "ENG"),
    ("es", "SPA"),
    ("et", "EST"),
    ("fi", "FIN"),
    ("fr", "FRA"),
    ("ga", "GLE"),
    ("hr", "HRV"),
    ("hu", "HUN"),
    ("it", "ITA"),
    ("lt", "LIT"),
    ("lv", "LAV"),
    ("mt", "MLT"),
    ("nl", "NLD"),
    ("pl", "POL"),
    ("pt", "POR"),
    ("ro", "RON"),
    ("sk", "SLK"),
    ("sl", "SLV"),
    ("sv", "SWE"),
];

/// The IRI of a language in the EU language authority table, e.g. `…/language/DEU` for `de`.
pub fn language_iri(language: Language) -> String {
    let code = LANGUAGE_AUTHORITY_CODES
        .iter()
        .find(|(iso, _)| *iso == language.code())
        .map_or("MUL", |(_, authority)| authority);
    format!("{LANGUAGE_AUTHORITY}{code}")
}

/// The concept scheme of the four priorities (the catalogue's `dcat:themeTaxonomy`).
pub const THEME_SCHEME_IRI: &str = "https://w3id.org/cyberhealth/priority";
/// The concept scheme of the item kinds (`dct:type`).
pub const KIND_SCHEME_IRI: &str = "https://w3id.org/cyberhealth/kind";

fn slug(code: &str) -> String {
    code.to_ascii_lowercase().replace('_', "-")
}

/// The stable IRI of a priority, e.g. `https://w3id.org/cyberhealth/priority/response-recovery`.
pub fn priority_iri(priority: Priority) -> String {
    format!("{THEME_SCHEME_IRI}/{}", slug(priority.as_str()))
}

/// The stable IRI of a kind, e.g. `https://w3id.org/cyberhealth/kind/procurement-guidance`.
pub fn kind_iri(kind: ItemKind) -> String {
    format!("{KIND_SCHEME_IRI}/{}", slug(kind.as_str()))
}

/// The catalogue itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueRecord {
    pub iri: String,
    /// Title per language; at least English is expected.
    pub titles: BTreeMap<Language, String>,
    pub descriptions: BTreeMap<Language, String>,
    pub publisher_iri: String,
    pub publisher_name: String,
    pub homepage: Option<String>,
}

/// One public item, as exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DcatResource {
    pub iri: String,
    pub landing_page: Option<String>,
    pub kind: ItemKind,
    pub version: u32,
    /// `(title, summary)` per language.
    pub texts: BTreeMap<Language, (String, String)>,
    pub priorities: Vec<Priority>,
    pub topics: Vec<String>,
    /// When the first version was published.
    pub issued: DateTime<Utc>,
    /// When the current version was published.
    pub modified: DateTime<Utc>,
}

impl DcatResource {
    /// The resource for an item's current version, or `None` when the item is not public
    /// (draft, retired, suspended) or `version` is not the one the public sees.
    pub fn of(
        iri: String,
        landing_page: Option<String>,
        item: &Item,
        version: &Version,
        first_published_at: DateTime<Utc>,
    ) -> Option<Self> {
        if !item.is_public() || item.published_version != Some(version.number) {
            return None;
        }
        let c = &version.content;
        Some(Self {
            iri,
            landing_page,
            kind: item.kind,
            version: version.number,
            texts: c
                .texts
                .iter()
                .map(|(l, t)| {
                    (
                        *l,
                        (t.title.as_str().to_owned(), t.summary.as_str().to_owned()),
                    )
                })
                .collect(),
            priorities: c.facets.priorities.iter().copied().collect(),
            topics: c
                .facets
                .topics
                .iter()
                .map(|t| t.as_str().to_owned())
                .collect(),
            issued: first_published_at,
            modified: version.published_at,
        })
    }
}

fn date_time(t: DateTime<Utc>) -> Value {
    Value::String(t.to_rfc3339_opts(SecondsFormat::Secs, true))
}

fn language_map<'a>(texts: impl Iterator<Item = (&'a Language, &'a str)>) -> Value {
    Value::Object(
        texts
            .map(|(l, t)| (l.code().to_owned(), Value::String(t.to_owned())))
            .collect::<Map<_, _>>(),
    )
}

/// The JSON-LD `@context` of the export.
pub fn context() -> Value {
    json!({
        "dcat": "http://www.w3.org/ns/dcat#",
        "dct": "http://purl.org/dc/terms/",
        "foaf": "http://xmlns.com/foaf/0.1/",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "dct:title": { "@container": "@language" },
        "dct:description": { "@container": "@language" },
        "skos:prefLabel": { "@container": "@language" },
        "dct:language": { "@type": "@id" },
        "dct:type": { "@type": "@id" },
        "dcat:theme": { "@type": "@id" },
        "dcat:themeTaxonomy": { "@type": "@id" },
        "dcat:landingPage": { "@type": "@id" },
        "foaf:homepage": { "@type": "@id" },
        "skos:inScheme": { "@type": "@id" },
        "dct:modified": { "@type": "xsd:dateTime" },
        "dct:issued": { "@type": "xsd:dateTime" }
    })
}

fn resource(r: &DcatResource) -> Value {
    let mut node = json!({
        "@id": r.iri,
        "@type": "dcat:Resource",
        "dct:title": language_map(r.texts.iter().map(|(l, (t, _))| (l, t.as_str()))),
        "dct:description": language_map(r.texts.iter().map(|(l, (_, s))| (l, s.as_str()))),
        "dct:language": r.texts.keys().map(|l| language_iri(*l)).collect::<Vec<_>>(),
        "dcat:theme": r.priorities.iter().map(|p| priority_iri(*p)).collect::<Vec<_>>(),
        "dct:type": kind_iri(r.kind),
        "dcat:version": r.version.to_string(),
        "dct:issued": date_time(r.issued),
        "dct:modified": date_time(r.modified),
    });
    if !r.topics.is_empty() {
        node["dcat:keyword"] = json!(r.topics);
    }
    if let Some(page) = &r.landing_page {
        node["dcat:landingPage"] = json!(page);
    }
    node
}

fn concepts() -> Vec<Value> {
    let mut nodes = vec![json!({
        "@id": THEME_SCHEME_IRI,
        "@type": "skos:ConceptScheme",
        "skos:prefLabel": { "en": "Priorities of the EU action plan on the cybersecurity of hospitals and healthcare providers (COM(2025) 10)" }
    })];
    nodes.extend(Priority::ALL.iter().map(|p| {
        json!({
            "@id": priority_iri(*p),
            "@type": "skos:Concept",
            "skos:inScheme": THEME_SCHEME_IRI,
            "skos:notation": p.as_str(),
            "skos:prefLabel": { "en": p.label() }
        })
    }));
    nodes
}

/// The DCAT-AP JSON-LD document of the catalogue and its public resources. The catalogue's
/// `dct:modified` is the latest resource's (absent when it has none).
pub fn catalogue_document(catalogue: &CatalogueRecord, resources: &[DcatResource]) -> Value {
    let languages: std::collections::BTreeSet<Language> = resources
        .iter()
        .flat_map(|r| r.texts.keys().copied())
        .collect();
    let mut node = json!({
        "@id": catalogue.iri,
        "@type": "dcat:Catalog",
        "dct:title": language_map(catalogue.titles.iter().map(|(l, t)| (l, t.as_str()))),
        "dct:description": language_map(catalogue.descriptions.iter().map(|(l, t)| (l, t.as_str()))),
        "dct:publisher": {
            "@id": catalogue.publisher_iri,
            "@type": "foaf:Agent",
            "foaf:name": catalogue.publisher_name,
        },
        "dct:language": languages.iter().map(|l| language_iri(*l)).collect::<Vec<_>>(),
        "dcat:themeTaxonomy": THEME_SCHEME_IRI,
        "dcat:resource": resources.iter().map(resource).collect::<Vec<_>>(),
    });
    if let Some(modified) = resources.iter().map(|r| r.modified).max() {
        node["dct:modified"] = date_time(modified);
    }
    if let Some(home) = &catalogue.homepage {
        node["foaf:homepage"] = json!(home);
    }
    let mut graph = vec![node];
    graph.extend(concepts());
    json!({ "@context": context(), "@graph": graph })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::catalogue::content::LocalisedInput;
    use crate::catalogue::content::tests::{guideline_input, service_input, topics};
    use crate::catalogue::content::{Content, ContentInput};
    use crate::catalogue::facet::Priority;
    use crate::catalogue::service::{Suspender, suspend};
    use crate::catalogue::workflow::{Owner, create, edit, publish, retire};
    use crate::language::EU_LANGUAGES;
    use crate::member_state::MemberState;
    use chrono::Duration;
    use uuid::Uuid;

    fn t0() -> DateTime<Utc> {
        "2026-03-01T09:00:00Z".parse().unwrap()
    }

    fn l(code: &str) -> Language {
        Language::parse(code).unwrap()
    }

    fn record() -> CatalogueRecord {
        CatalogueRecord {
            iri: "https://cyberhealth.example/catalogue".into(),
            titles: BTreeMap::from([(l("en"), "Support centre catalogue".into())]),
            descriptions: BTreeMap::from([(l("en"), "Guidelines, tools and training.".into())]),
            publisher_iri: "https://cyberhealth.example/enisa".into(),
            publisher_name: "ENISA".into(),
            homepage: Some("https://cyberhealth.example/".into()),
        }
    }

    /// A guideline in English and German published twice, and the resource of its version 2.
    fn resource_v2() -> DcatResource {
        let mut input = guideline_input();
        input.priorities = vec![Priority::Prevention, Priority::ResponseRecovery];
        let c = Content::parse(ItemKind::Guideline, &input, &topics())
            .unwrap()
            .translate(
                "de",
                &LocalisedInput {
                    title: "Offline-Sicherungen".into(),
                    summary: "Warum und wie.".into(),
                    ..LocalisedInput::default()
                },
            )
            .unwrap();
        let item = create(ItemKind::Guideline, Owner::Enisa, c.clone(), t0()).unwrap();
        let (item, v1) = publish(&item, "First", t0()).unwrap();
        let item = edit(&item, c, t0()).unwrap();
        let (item, v2) = publish(&item, "Second", t0() + Duration::days(3)).unwrap();
        assert!(
            DcatResource::of("x".into(), None, &item, &v1, v1.published_at).is_none(),
            "only the version the public sees is exported"
        );
        DcatResource::of(
            "https://cyberhealth.example/catalogue/items/1".into(),
            Some("https://cyberhealth.example/catalogue/1".into()),
            &item,
            &v2,
            v1.published_at,
        )
        .unwrap()
    }

    #[test]
    fn all_24_languages_map_to_distinct_authority_iris() {
        let mut iris: Vec<String> = EU_LANGUAGES.iter().map(|c| language_iri(l(c))).collect();
        assert_eq!(
            language_iri(l("de")),
            "http://publications.europa.eu/resource/authority/language/DEU"
        );
        assert_eq!(language_iri(l("ga")), format!("{LANGUAGE_AUTHORITY}GLE"));
        assert!(iris.iter().all(|i| !i.ends_with("MUL")));
        iris.sort();
        iris.dedup();
        assert_eq!(iris.len(), 24);
    }

    #[test]
    fn priorities_and_kinds_have_stable_iris() {
        assert_eq!(
            priority_iri(Priority::ResponseRecovery),
            "https://w3id.org/cyberhealth/priority/response-recovery"
        );
        assert_eq!(
            kind_iri(ItemKind::ProcurementGuidance),
            "https://w3id.org/cyberhealth/kind/procurement-guidance"
        );
    }

    #[test]
    fn a_resource_carries_titles_per_language_themes_and_dates() {
        let doc = catalogue_document(&record(), &[resource_v2()]);
        let graph = doc["@graph"].as_array().unwrap();
        let catalog = &graph[0];
        assert_eq!(catalog["@type"], "dcat:Catalog");
        let r = &catalog["dcat:resource"][0];
        assert_eq!(r["@type"], "dcat:Resource");
        assert_eq!(r["dct:title"]["en"], "Offline backups for hospitals");
        assert_eq!(r["dct:title"]["de"], "Offline-Sicherungen");
        assert_eq!(r["dct:description"]["de"], "Warum und wie.");
        assert_eq!(
            r["dct:language"],
            json!([
                format!("{LANGUAGE_AUTHORITY}DEU"),
                format!("{LANGUAGE_AUTHORITY}ENG")
            ])
        );
        assert_eq!(
            r["dcat:theme"],
            json!([
                priority_iri(Priority::Prevention),
                priority_iri(Priority::ResponseRecovery)
            ])
        );
        assert_eq!(r["dcat:keyword"], json!(["backups"]));
        assert_eq!(r["dcat:version"], "2");
        assert_eq!(r["dct:issued"], "2026-03-01T09:00:00Z");
        assert_eq!(r["dct:modified"], "2026-03-04T09:00:00Z");
        assert_eq!(catalog["dct:modified"], "2026-03-04T09:00:00Z");
        // Four priority concepts and their scheme follow the catalogue.
        assert_eq!(graph.len(), 6);
    }

    #[test]
    fn retired_suspended_and_draft_items_are_not_exported() {
        let c = Content::parse(ItemKind::Guideline, &guideline_input(), &topics()).unwrap();
        let draft = create(ItemKind::Guideline, Owner::Enisa, c, t0()).unwrap();
        let (published, v1) = publish(&draft, "First", t0()).unwrap();
        let retired = retire(&published, "old", t0()).unwrap();
        assert!(DcatResource::of("x".into(), None, &published, &v1, t0()).is_some());
        assert!(DcatResource::of("x".into(), None, &retired, &v1, t0()).is_none());

        let s = Content::parse(ItemKind::Service, &service_input(), &topics()).unwrap();
        let service = create(
            ItemKind::Service,
            Owner::ServiceProvider(Uuid::nil()),
            s,
            t0(),
        )
        .unwrap();
        let (service, sv1) = publish(&service, "Offered", t0()).unwrap();
        let de = MemberState::parse("DE").unwrap();
        let suspended = suspend(&service, de, Suspender::Enisa, "fraud", t0()).unwrap();
        assert!(DcatResource::of("x".into(), None, &service, &sv1, t0()).is_some());
        assert!(DcatResource::of("x".into(), None, &suspended, &sv1, t0()).is_none());
    }

    /// Every key of every node is a JSON-LD keyword or a compact IRI whose prefix the context
    /// defines, every language map is keyed by a BCP 47 tag of an EU language, and every value
    /// typed `@id` in the context is an absolute IRI: what a JSON-LD processor needs to expand
    /// the document without dropping anything.
    fn check_node(node: &Value, ctx: &Map<String, Value>) {
        let Value::Object(map) = node else {
            return;
        };
        for (key, value) in map {
            if key.starts_with('@') {
                if key == "@graph" {
                    value
                        .as_array()
                        .unwrap()
                        .iter()
                        .for_each(|n| check_node(n, ctx));
                }
                continue;
            }
            let (prefix, _) = key
                .split_once(':')
                .unwrap_or_else(|| panic!("{key} is not compact"));
            assert!(
                ctx.contains_key(prefix),
                "prefix {prefix} of {key} is not in @context"
            );
            let definition = ctx.get(key);
            let container = definition.and_then(|d| d.get("@container"));
            let typed = definition
                .and_then(|d| d.get("@type"))
                .and_then(Value::as_str);
            if container == Some(&json!("@language")) {
                for tag in value.as_object().unwrap().keys() {
                    assert!(EU_LANGUAGES.contains(&tag.as_str()), "{key}: {tag}");
                }
                continue;
            }
            let values = match value {
                Value::Array(a) => a.clone(),
                v => vec![v.clone()],
            };
            for v in values {
                match typed {
                    Some("@id") => {
                        let iri = v.as_str().unwrap();
                        assert!(
                            iri.starts_with("http://") || iri.starts_with("https://"),
                            "{key}: {iri}"
                        );
                    }
                    Some("xsd:dateTime") => {
                        DateTime::parse_from_rfc3339(v.as_str().unwrap()).unwrap();
                    }
                    _ => check_node(&v, ctx),
                }
            }
        }
    }

    #[test]
    fn the_document_is_well_formed_json_ld() {
        let doc = catalogue_document(&record(), &[resource_v2()]);
        let ctx = doc["@context"].as_object().unwrap().clone();
        check_node(&doc, &ctx);
        // The text form parses back to the same value.
        let text = serde_json::to_string_pretty(&doc).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), doc);
        // For the JSON-LD processor check (docs/catalogue.md): write the sample when asked.
        if let Ok(path) = std::env::var("CYBERHEALTH_DCAT_SAMPLE") {
            std::fs::write(path, text).unwrap();
        }
    }

    #[test]
    fn an_empty_catalogue_has_no_modified_date_and_no_resources() {
        let doc = catalogue_document(&record(), &[]);
        let catalog = &doc["@graph"][0];
        assert_eq!(catalog["dcat:resource"], json!([]));
        assert!(catalog.get("dct:modified").is_none());
    }

    #[test]
    fn a_resource_without_topics_or_landing_page_omits_them() {
        let mut input: ContentInput = guideline_input();
        input.topics.clear();
        let c = Content::parse(ItemKind::Tool, &input, &topics()).unwrap();
        let item = create(ItemKind::Tool, Owner::Enisa, c, t0()).unwrap();
        let (item, v1) = publish(&item, "First", t0()).unwrap();
        let r = DcatResource::of("https://x.example/1".into(), None, &item, &v1, t0()).unwrap();
        let doc = catalogue_document(&record(), &[r]);
        let node = &doc["@graph"][0]["dcat:resource"][0];
        assert!(node.get("dcat:keyword").is_none());
        assert!(node.get("dcat:landingPage").is_none());
        assert_eq!(node["dct:type"], kind_iri(ItemKind::Tool));
    }
}
