//! STIX 2.1 export (OASIS STIX Version 2.1, 10 June 2021): pure JSON building, deterministic so
//! that a re-export of the same data is byte-identical.
//!
//! A bundle holds ENISA as an `identity`, the TLP 2.0 `marking-definition`s in use, and for each
//! alert version:
//! - a `report` (name: the title; description: summary, body, severity, what is affected and
//!   what changed; `published`: when the version was published; `object_refs`: everything
//!   below, or the ENISA identity if there is nothing);
//! - an `indicator` per indicator, with the STIX pattern of [`Indicator::stix_pattern`] and the
//!   alert's validity period as `valid_from` / `valid_until`;
//! - a `vulnerability` per CVE, with an external reference `cve`;
//! - a `course-of-action` per recommended action;
//! - a `location` per affected member state (`country` and `region: europe`; none when all are
//!   affected);
//! - a `language-content` per translated object, when there are translations.
//!
//! Every object but the identity carries the version's TLP marking in `object_marking_refs`.
//! Ids are UUIDv5 from the alert id, the version number and what the object is; `created` is
//! when the version was published. When the alert is revoked, each object is a new STIX version
//! of itself with `revoked: true`, `modified` being the revocation time (at least a millisecond
//! after `created`, STIX 2.1 §3.6). Maps are written with sorted keys, whatever serde_json's
//! features are.
use super::content::{Affected, AlertContent, AlertText};
use super::indicator::Indicator;
use super::lifecycle::AlertVersion;
use super::tlp::Tlp;
use chrono::{DateTime, Duration, SecondsFormat, SubsecRound, Utc};
use serde_json::{Map, Value, json};
use uuid::Uuid;

/// The OASIS extension "TLP 2.0 marking definitions" for STIX 2.1.
pub const TLP2_EXTENSION_ID: &str = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

/// The fixed `marking-definition` ids of TLP 2.0, with the value of the extension's `tlp_2_0`
/// property. Source: OASIS CTI TC, `oasis-open/cti-stix-common-objects`,
/// `extension-definition-specifications/tlp-2.0/extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d.json`
/// (the JSON schema fixes each id and name) and its `examples/`; the same UUIDs appear in CACAO
/// playbooks as `marking-tlp--<uuid>` (`oasis-tcs/cacao`, `Common-Objects/Data-Markings`).
pub const TLP_MARKING_DEFINITIONS: [(Tlp, &str, &str); 5] = [
    (
        Tlp::Clear,
        "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
        "clear",
    ),
    (
        Tlp::Green,
        "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
        "green",
    ),
    (
        Tlp::Amber,
        "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
        "amber",
    ),
    (
        Tlp::AmberStrict,
        "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
        "amber+strict",
    ),
    (
        Tlp::Red,
        "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
        "red",
    ),
];

/// When OASIS created the TLP 2.0 marking definitions (their fixed `created`).
const TLP2_CREATED: &str = "2022-10-01T00:00:00.000Z";

/// The namespace of this platform's UUIDv5 STIX ids.
const NAMESPACE: Uuid = Uuid::from_u128(0x5888c8b4_a473_4feb_9800_e8e1267a099e);

/// The ENISA identity's fixed `created`: the day the Commission's action plan (COM(2025) 10)
/// gave ENISA the support centre.
const ENISA_CREATED: &str = "2025-01-15T00:00:00.000Z";

fn tlp_row(tlp: Tlp) -> &'static (Tlp, &'static str, &'static str) {
    // The table has one row per marking, in the order of `Tlp::ALL`.
    &TLP_MARKING_DEFINITIONS[Tlp::ALL.iter().position(|t| *t == tlp).unwrap_or(0)]
}

/// The id of the TLP 2.0 marking definition of `tlp`.
pub fn marking_definition_id(tlp: Tlp) -> &'static str {
    tlp_row(tlp).1
}

/// The TLP 2.0 marking definition of `tlp`, as OASIS publishes it.
pub fn marking_definition(tlp: Tlp) -> Value {
    let (tlp, id, value) = *tlp_row(tlp);
    json!({
        "type": "marking-definition",
        "spec_version": "2.1",
        "id": id,
        "created": TLP2_CREATED,
        "name": tlp.label(),
        "extensions": {
            TLP2_EXTENSION_ID: { "extension_type": "property-extension", "tlp_2_0": value }
        }
    })
}

fn stix_id(kind: &str, name: &str) -> String {
    format!(
        "{kind}--{}",
        Uuid::new_v5(&NAMESPACE, format!("{kind}/{name}").as_bytes())
    )
}

/// The id of ENISA's `identity`.
pub fn enisa_identity_id() -> String {
    stix_id("identity", "enisa")
}

/// ENISA as the `identity` that creates every exported object (itself included, as the STIX
/// interoperability profile asks of a producer's identity).
pub fn enisa_identity() -> Value {
    json!({
        "type": "identity",
        "spec_version": "2.1",
        "id": enisa_identity_id(),
        "created": ENISA_CREATED,
        "modified": ENISA_CREATED,
        "created_by_ref": enisa_identity_id(),
        "name": "European Union Agency for Cybersecurity (ENISA)",
        "identity_class": "organization",
    })
}

/// The id of the `report` of version `number` of alert `alert_id`.
pub fn report_id(alert_id: Uuid, number: u32) -> String {
    version_object_id(alert_id, number, "report", "report")
}

/// The id of the object of `kind` named `name` in version `number` of alert `alert_id`.
fn version_object_id(alert_id: Uuid, number: u32, kind: &str, name: &str) -> String {
    stix_id(kind, &format!("{alert_id}/{number}/{name}"))
}

/// A STIX timestamp: UTC, to the millisecond.
pub fn timestamp(t: DateTime<Utc>) -> String {
    t.trunc_subsecs(3)
        .to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// One published alert version to export, and when its alert was revoked, if it was.
#[derive(Debug, Clone, Copy)]
pub struct ExportedVersion<'a> {
    pub version: &'a AlertVersion,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The properties every object of one alert version shares.
struct Common {
    created: DateTime<Utc>,
    modified: DateTime<Utc>,
    revoked: bool,
    marking: &'static str,
    alert_id: Uuid,
    number: u32,
}

impl Common {
    fn new(e: &ExportedVersion<'_>) -> Self {
        let v = e.version;
        let created = v.published_at.trunc_subsecs(3);
        let modified = match e.revoked_at {
            Some(r) => r.trunc_subsecs(3).max(created + Duration::milliseconds(1)),
            None => created,
        };
        Self {
            created,
            modified,
            revoked: e.revoked_at.is_some(),
            marking: marking_definition_id(v.content.marking()),
            alert_id: v.alert_id,
            number: v.number,
        }
    }

    /// An object of `kind` named `name` within the version, with `properties`.
    fn object(&self, kind: &str, name: &str, properties: Value) -> Value {
        let mut o = Map::new();
        o.insert("type".into(), json!(kind));
        o.insert("spec_version".into(), json!("2.1"));
        o.insert("id".into(), json!(self.id(kind, name)));
        o.insert("created".into(), json!(timestamp(self.created)));
        o.insert("modified".into(), json!(timestamp(self.modified)));
        o.insert("created_by_ref".into(), json!(enisa_identity_id()));
        o.insert("object_marking_refs".into(), json!([self.marking]));
        if self.revoked {
            o.insert("revoked".into(), json!(true));
        }
        if let Value::Object(p) = properties {
            o.extend(p);
        }
        Value::Object(o)
    }

    fn id(&self, kind: &str, name: &str) -> String {
        version_object_id(self.alert_id, self.number, kind, name)
    }
}

fn affected_line<T>(
    label: &str,
    a: &Affected<T>,
    all: &str,
    show: impl Fn(&T) -> String,
) -> String {
    match a {
        Affected::All => format!("{label}: {all}"),
        Affected::Only(items) => {
            format!(
                "{label}: {}",
                items.iter().map(show).collect::<Vec<_>>().join(", ")
            )
        }
    }
}

/// The report's description in English: the summary, the body, then the facts STIX has no
/// property for.
fn english_description(v: &AlertVersion) -> String {
    let c = &v.content;
    let mut parts = vec![
        c.english().summary().to_owned(),
        c.english().body().to_owned(),
        format!("Severity: {}", c.severity().as_str()),
        affected_line(
            "Affected member states",
            c.member_states(),
            "all EU member states",
            |m| m.code().to_owned(),
        ),
        affected_line(
            "Affected healthcare organisations",
            c.healthcare_types(),
            "all types",
            |h| h.as_str().to_owned(),
        ),
    ];
    if !c.products().is_empty() {
        let products: Vec<String> = c.products().iter().map(|p| p.display()).collect();
        parts.push(format!("Affected products: {}", products.join("; ")));
    }
    if let Some(note) = &v.change_note {
        parts.push(format!("Changes in version {}: {note}", v.number));
    }
    parts.join("\n\n")
}

/// A short name for a recommended action: its first line, at most 120 characters.
fn action_name(action: &str) -> String {
    let line = action.lines().next().unwrap_or(action);
    if line.chars().count() <= 120 {
        line.to_owned()
    } else {
        format!("{}…", line.chars().take(119).collect::<String>())
    }
}

fn indicator_object(common: &Common, c: &AlertContent, i: &Indicator) -> Value {
    let mut p = json!({
        "name": i.value(),
        "description": format!("{} indicator of the alert \"{}\"", i.kind().as_str(), c.english().title()),
        "indicator_types": ["malicious-activity"],
        "pattern": i.stix_pattern(),
        "pattern_type": "stix",
        "pattern_version": "2.1",
        "valid_from": timestamp(c.validity().from()),
    });
    if let (Some(until), Value::Object(m)) = (c.validity().until(), &mut p) {
        m.insert("valid_until".into(), json!(timestamp(until)));
    }
    common.object(
        "indicator",
        &format!("{}/{}", i.kind().as_str(), i.value()),
        p,
    )
}

/// A `language-content` with the translations of `object`'s name and description.
fn language_content(
    common: &Common,
    object: &Value,
    translations: impl Iterator<Item = (&'static str, String, String)>,
) -> Option<Value> {
    let contents: Map<String, Value> = translations
        .map(|(lang, name, description)| {
            (
                lang.to_owned(),
                json!({ "name": name, "description": description }),
            )
        })
        .collect();
    if contents.is_empty() {
        return None;
    }
    let id = object["id"].as_str().unwrap_or_default();
    Some(common.object(
        "language-content",
        &format!("of/{id}"),
        json!({
            "object_ref": id,
            "object_modified": object["modified"],
            "contents": contents,
        }),
    ))
}

/// The STIX objects of one alert version: the report first, then what it refers to, then the
/// translations.
pub fn version_objects(e: &ExportedVersion<'_>) -> Vec<Value> {
    let common = Common::new(e);
    let v = e.version;
    let c = &v.content;
    let mut refs: Vec<Value> = Vec::new();
    for i in c.indicators() {
        refs.push(indicator_object(&common, c, i));
    }
    for cve in c.cves() {
        refs.push(common.object(
            "vulnerability",
            cve.as_str(),
            json!({
                "name": cve.as_str(),
                "external_references": [{ "source_name": "cve", "external_id": cve.as_str() }],
            }),
        ));
    }
    let actions = c.english().recommended_actions();
    let mut action_objects = Vec::new();
    for (n, action) in actions.iter().enumerate() {
        action_objects.push(common.object(
            "course-of-action",
            &n.to_string(),
            json!({ "name": action_name(action), "description": action }),
        ));
    }
    if let Affected::Only(states) = c.member_states() {
        for ms in states {
            refs.push(common.object(
                "location",
                ms.code(),
                json!({ "name": ms.name(), "country": ms.code(), "region": "europe" }),
            ));
        }
    }
    let mut object_refs: Vec<Value> = refs
        .iter()
        .chain(&action_objects)
        .map(|o| o["id"].clone())
        .collect();
    if object_refs.is_empty() {
        object_refs.push(json!(enisa_identity_id()));
    }
    let report = common.object(
        "report",
        "report",
        json!({
            "name": c.english().title(),
            "description": english_description(v),
            "lang": "en",
            "labels": [format!("severity:{}", c.severity().as_str().to_ascii_lowercase())],
            "report_types": ["threat-report"],
            "published": timestamp(v.published_at),
            "object_refs": object_refs,
            "external_references": [{
                "source_name": "ENISA early warning",
                "external_id": format!("{}#{}", v.alert_id, v.number),
            }],
        }),
    );
    let translated = |t: &AlertText| {
        (
            t.title().to_owned(),
            format!("{}\n\n{}", t.summary(), t.body()),
        )
    };
    let mut translations = Vec::new();
    translations.extend(language_content(
        &common,
        &report,
        c.translations().iter().map(|(l, t)| {
            let (name, description) = translated(t);
            (l.code(), name, description)
        }),
    ));
    for (n, object) in action_objects.iter().enumerate() {
        translations.extend(language_content(
            &common,
            object,
            c.translations().iter().filter_map(|(l, t)| {
                t.recommended_actions()
                    .get(n)
                    .map(|a| (l.code(), action_name(a), a.clone()))
            }),
        ));
    }
    let mut objects = vec![report];
    objects.extend(refs);
    objects.extend(action_objects);
    objects.extend(translations);
    objects
}

/// A bundle of `versions` (in any order) with the ENISA identity and the marking definitions
/// they use. The same versions give the same bundle, byte for byte ([`to_json`]).
pub fn bundle(versions: &[ExportedVersion<'_>]) -> Value {
    let mut sorted: Vec<&ExportedVersion<'_>> = versions.iter().collect();
    sorted.sort_by_key(|e| (e.version.alert_id, e.version.number));
    let mut markings: Vec<Tlp> = sorted.iter().map(|e| e.version.content.marking()).collect();
    markings.sort();
    markings.dedup();
    let mut objects = vec![enisa_identity()];
    objects.extend(markings.into_iter().map(marking_definition));
    for e in sorted {
        objects.extend(version_objects(e));
    }
    let key: String = objects
        .iter()
        .map(|o| {
            format!(
                "{}@{}\n",
                o["id"].as_str().unwrap_or(""),
                o["modified"].as_str().unwrap_or("")
            )
        })
        .collect();
    canonical(json!({
        "type": "bundle",
        "id": stix_id("bundle", &key),
        "objects": objects,
    }))
}

/// The value with every map's keys in sorted order, so its serialisation does not depend on
/// serde_json's `preserve_order` feature.
fn canonical(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut entries: Vec<(String, Value)> = m.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, canonical(v)))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.into_iter().map(canonical).collect()),
        other => other,
    }
}

/// The bundle's bytes: compact JSON, keys sorted.
pub fn to_json(bundle: &Value) -> String {
    canonical(bundle.clone()).to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::alert::content::tests::{at, input};
    use crate::alert::lifecycle::{AlertStatus, publish, update};

    fn version(edit: impl FnOnce(&mut crate::alert::content::AlertInput)) -> AlertVersion {
        let mut i = input();
        edit(&mut i);
        let c = crate::alert::content::AlertContent::parse(&i).unwrap();
        publish(AlertStatus::Draft, Uuid::from_u128(0xA1), c, at(2, 9))
            .unwrap()
            .version
    }

    fn of_type<'a>(objects: &'a [Value], t: &str) -> Vec<&'a Value> {
        objects.iter().filter(|o| o["type"] == t).collect()
    }

    #[test]
    fn the_tlp_table_has_one_row_per_marking_in_order() {
        for (row, tlp) in TLP_MARKING_DEFINITIONS.iter().zip(Tlp::ALL) {
            assert_eq!(row.0, tlp);
            let d = marking_definition(tlp);
            assert_eq!(d["id"], row.1);
            assert_eq!(d["name"], tlp.label());
            assert_eq!(d["extensions"][TLP2_EXTENSION_ID]["tlp_2_0"], row.2);
        }
        assert_eq!(
            marking_definition_id(Tlp::AmberStrict),
            "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"
        );
    }

    #[test]
    fn a_version_exports_as_a_report_referring_to_its_indicators_vulnerabilities_actions_and_places()
     {
        let v = version(|_| {});
        let objects = version_objects(&ExportedVersion {
            version: &v,
            revoked_at: None,
        });
        let report = &objects[0];
        assert_eq!(report["type"], "report");
        assert_eq!(report["id"], report_id(v.alert_id, 1));
        assert_eq!(
            report["name"],
            "Ransomware campaign against hospital VPN gateways"
        );
        assert_eq!(report["published"], "2026-03-02T09:00:00.000Z");
        let refs: Vec<&str> = report["object_refs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        let kinds: Vec<&str> = refs.iter().map(|r| r.split("--").next().unwrap()).collect();
        assert_eq!(
            kinds,
            [
                "indicator",
                "indicator",
                "vulnerability",
                "location",
                "location",
                "course-of-action",
                "course-of-action"
            ]
        );
        for o in &objects[1..] {
            if o["type"] != "language-content" {
                assert!(refs.contains(&o["id"].as_str().unwrap()), "{o}");
            }
            assert_eq!(
                o["object_marking_refs"],
                json!([marking_definition_id(Tlp::Clear)])
            );
            assert_eq!(o["created_by_ref"], enisa_identity_id());
        }
        let patterns: Vec<&Value> = of_type(&objects, "indicator")
            .iter()
            .map(|i| &i["pattern"])
            .collect();
        assert_eq!(
            patterns,
            [
                &json!("[ipv4-addr:value = '198.51.100.0/24']"),
                &json!("[domain-name:value = 'update.vpn-example.test']")
            ]
        );
        let i = of_type(&objects, "indicator")[0];
        assert_eq!(
            (i["valid_from"].as_str(), i["valid_until"].as_str()),
            (
                Some("2026-03-01T08:00:00.000Z"),
                Some("2026-03-31T08:00:00.000Z")
            )
        );
        let vuln = of_type(&objects, "vulnerability")[0];
        assert_eq!(
            vuln["external_references"],
            json!([{ "source_name": "cve", "external_id": "CVE-2026-12345" }])
        );
        let countries: Vec<&Value> = of_type(&objects, "location")
            .iter()
            .map(|l| &l["country"])
            .collect();
        assert_eq!(countries, [&json!("AT"), &json!("DE")]);
    }

    #[test]
    fn translations_export_as_language_content_of_the_report_and_the_actions() {
        let v = version(|_| {});
        let objects = version_objects(&ExportedVersion {
            version: &v,
            revoked_at: None,
        });
        let lc = of_type(&objects, "language-content");
        assert_eq!(lc.len(), 3);
        assert_eq!(lc[0]["object_ref"], objects[0]["id"]);
        assert_eq!(lc[0]["object_modified"], objects[0]["modified"]);
        assert_eq!(
            lc[0]["contents"]["de"]["name"],
            "Ransomware-Kampagne gegen VPN-Gateways von Krankenhäusern"
        );
        assert_eq!(
            lc[2]["contents"]["de"]["description"],
            "VPN-Zugangsdaten zurücksetzen."
        );
        let untranslated = version(|i| i.translations.clear());
        let objects = version_objects(&ExportedVersion {
            version: &untranslated,
            revoked_at: None,
        });
        assert!(of_type(&objects, "language-content").is_empty());
    }

    #[test]
    fn the_marking_of_each_version_is_its_own() {
        let v1 = version(|i| {
            i.tlp = "AMBER".into();
            i.recipients.member_states = vec!["DE".into()];
        });
        let c2 = crate::alert::content::AlertContent::parse(&input()).unwrap();
        let v2 = update(AlertStatus::Published, &v1, c2, "Now TLP:CLEAR.", at(3, 9))
            .unwrap()
            .version;
        let b = bundle(&[
            ExportedVersion {
                version: &v2,
                revoked_at: None,
            },
            ExportedVersion {
                version: &v1,
                revoked_at: None,
            },
        ]);
        let objects = b["objects"].as_array().unwrap();
        let markings: Vec<&Value> = of_type(objects, "marking-definition")
            .iter()
            .map(|m| &m["name"])
            .collect();
        assert_eq!(markings, [&json!("TLP:CLEAR"), &json!("TLP:AMBER")]);
        let reports = of_type(objects, "report");
        assert_eq!(
            reports[0]["object_marking_refs"],
            json!([marking_definition_id(Tlp::Amber)])
        );
        assert_eq!(
            reports[1]["object_marking_refs"],
            json!([marking_definition_id(Tlp::Clear)])
        );
        assert_ne!(reports[0]["id"], reports[1]["id"]);
        assert!(
            reports[1]["description"]
                .as_str()
                .unwrap()
                .ends_with("Changes in version 2: Now TLP:CLEAR.")
        );
    }

    #[test]
    fn a_re_export_is_byte_identical_and_ids_depend_on_the_alert_and_version() {
        let v = version(|_| {});
        let w = AlertVersion {
            alert_id: Uuid::from_u128(0xC3),
            ..version(|i| i.text.title = "Another".into())
        };
        let one = to_json(&bundle(&[
            ExportedVersion {
                version: &v,
                revoked_at: None,
            },
            ExportedVersion {
                version: &w,
                revoked_at: None,
            },
        ]));
        let again = to_json(&bundle(&[
            ExportedVersion {
                version: &w,
                revoked_at: None,
            },
            ExportedVersion {
                version: &v,
                revoked_at: None,
            },
        ]));
        assert_eq!(one, again);
        let other_alert = AlertVersion {
            alert_id: Uuid::from_u128(0xB2),
            ..v.clone()
        };
        let a = version_objects(&ExportedVersion {
            version: &v,
            revoked_at: None,
        });
        let b = version_objects(&ExportedVersion {
            version: &other_alert,
            revoked_at: None,
        });
        assert_ne!(a[0]["id"], b[0]["id"]);
        assert_ne!(a[1]["id"], b[1]["id"]);
    }

    #[test]
    fn a_revoked_alert_exports_every_object_revoked_after_it_was_created() {
        let v = version(|_| {});
        let objects = version_objects(&ExportedVersion {
            version: &v,
            revoked_at: Some(at(5, 12)),
        });
        for o in &objects {
            assert_eq!(o["revoked"], true, "{o}");
            assert_eq!(o["modified"], "2026-03-05T12:00:00.000Z");
            assert_eq!(o["created"], "2026-03-02T09:00:00.000Z");
        }
        // Revoked in the same millisecond as published: still a later version of each object.
        let same = version_objects(&ExportedVersion {
            version: &v,
            revoked_at: Some(at(2, 9)),
        });
        assert_eq!(same[0]["modified"], "2026-03-02T09:00:00.001Z");
        let live = version_objects(&ExportedVersion {
            version: &v,
            revoked_at: None,
        });
        assert_eq!(live[0].get("revoked"), None);
        assert_eq!(live[0]["id"], same[0]["id"]);
    }

    #[test]
    fn an_alert_with_nothing_to_refer_to_refers_to_enisa() {
        let v = version(|i| {
            i.indicators.clear();
            i.cves.clear();
            i.member_states = None;
            i.text.recommended_actions.clear();
            i.translations.clear();
        });
        let objects = version_objects(&ExportedVersion {
            version: &v,
            revoked_at: None,
        });
        assert_eq!(objects.len(), 1);
        assert_eq!(objects[0]["object_refs"], json!([enisa_identity_id()]));
        assert!(
            objects[0]["description"]
                .as_str()
                .unwrap()
                .contains("Affected member states: all EU member states")
        );
    }

    #[test]
    fn keys_are_written_in_sorted_order() {
        let s = to_json(&json!({ "b": 1, "a": { "d": 2, "c": [ { "f": 3, "e": 4 } ] } }));
        assert_eq!(s, r#"{"a":{"c":[{"e":4,"f":3}],"d":2},"b":1}"#);
    }
}
