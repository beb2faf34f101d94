//! Across the alert modules: a bundle with every marking, every indicator kind, an update, a
//! revocation and translations. Checked here for referential integrity; with
//! `STIX_BUNDLE_OUT=<file>` the test also writes it for the OASIS validator:
//!
//! ```sh
//! STIX_BUNDLE_OUT=/tmp/alerts-bundle.json cargo test -p domain alert::tests
//! /tmp/stixvenv/bin/stix2_validator --strict-types --strict-properties --enforce-refs /tmp/alerts-bundle.json
//! ```
//!
//! The validator's only warnings are best-practice check 103 ("not a valid UUIDv4 ID"): the ids
//! are UUIDv5 on purpose, so that a re-export is identical (`-d 103` silences them).
#![allow(clippy::unwrap_used)]
use super::content::tests::{at, input};
use super::content::{AlertContent, AlertInput};
use super::indicator::IndicatorInput;
use super::lifecycle::{AlertStatus, AlertVersion, publish, revoke, update};
use super::stix::{ExportedVersion, bundle, to_json};
use super::tlp::RecipientOrganisation;
use crate::member_state::MemberState;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

fn content(edit: impl FnOnce(&mut AlertInput)) -> AlertContent {
    let mut i = input();
    edit(&mut i);
    AlertContent::parse(&i).unwrap()
}

fn first(n: u128, c: AlertContent) -> AlertVersion {
    publish(AlertStatus::Draft, Uuid::from_u128(n), c, at(2, 9))
        .unwrap()
        .version
}

fn indicators(pairs: &[(&str, &str)]) -> Vec<IndicatorInput> {
    pairs
        .iter()
        .map(|(k, v)| IndicatorInput {
            kind: (*k).into(),
            value: (*v).into(),
        })
        .collect()
}

/// One alert: its versions and when it was revoked.
type Sample = (Vec<AlertVersion>, Option<chrono::DateTime<chrono::Utc>>);

/// Five alerts, one per marking; the AMBER one is updated to GREEN and revoked.
fn sample() -> Vec<Sample> {
    let clear = first(
        1,
        content(|i| {
            i.indicators = indicators(&[
                ("IPV4", "198.51.100.7"),
                ("IPV4", "203.0.113.0/24"),
                ("IPV6", "2001:db8::/32"),
                ("IPV6", "2001:db8::1"),
                ("DOMAIN", "update.vpn-example.test"),
                ("URL", "https://login.example.org/o'reilly?a=1&b=%20#x"),
                ("SHA256", &"ab".repeat(32)),
                ("SHA1", &"cd".repeat(20)),
                ("MD5", &"ef".repeat(16)),
                ("EMAIL", "o'brien@phish.example"),
            ]);
            i.cves = vec!["CVE-2026-12345".into(), "CVE-2021-44228".into()];
            let mut fr = i.translations[0].clone();
            fr.language = "fr".into();
            fr.text.title = "Campagne « rançongiciel »".into();
            i.translations.push(fr);
        }),
    );
    let green = first(2, content(|i| i.tlp = "GREEN".into()));
    let amber_content = content(|i| {
        i.tlp = "AMBER".into();
        i.recipients.member_states = vec!["DE".into(), "FR".into()];
        i.valid_until = None;
    });
    let amber = first(3, amber_content);
    let amber_v2 = update(
        AlertStatus::Published,
        &amber,
        content(|i| {
            i.tlp = "GREEN".into();
            i.valid_until = None;
        }),
        "Shared with the community.",
        at(3, 10),
    )
    .unwrap()
    .version;
    let revoked = revoke(AlertStatus::Updated, "Superseded.", at(4, 11))
        .unwrap()
        .revoked_at;
    let strict = first(
        4,
        content(|i| {
            i.tlp = "AMBER_STRICT".into();
            i.recipients.organisations = vec![RecipientOrganisation {
                id: Uuid::from_u128(40),
                member_state: MemberState::parse("IT").unwrap(),
            }];
        }),
    );
    let red = first(
        5,
        content(|i| {
            i.tlp = "RED".into();
            i.recipients.accounts = vec![Uuid::from_u128(50)];
            i.indicators.clear();
            i.cves.clear();
            i.member_states = None;
            i.text.recommended_actions.clear();
            i.translations.clear();
        }),
    );
    vec![
        (vec![clear], None),
        (vec![green], None),
        (vec![amber, amber_v2], Some(revoked)),
        (vec![strict], None),
        (vec![red], None),
    ]
}

fn sample_bundle() -> Value {
    let alerts = sample();
    let exported: Vec<ExportedVersion<'_>> = alerts
        .iter()
        .flat_map(|(versions, revoked_at)| {
            versions.iter().map(|version| ExportedVersion {
                version,
                revoked_at: *revoked_at,
            })
        })
        .collect();
    bundle(&exported)
}

/// Every `…_ref` and `…_refs` value in `o`, at any depth.
fn references(o: &Value, out: &mut Vec<String>) {
    match o {
        Value::Object(m) => {
            for (k, v) in m {
                if k.ends_with("_ref") || k.ends_with("_refs") {
                    match v {
                        Value::String(s) => out.push(s.clone()),
                        Value::Array(a) => {
                            out.extend(a.iter().filter_map(|x| x.as_str().map(str::to_owned)))
                        }
                        _ => {}
                    }
                } else {
                    references(v, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| references(x, out)),
        _ => {}
    }
}

#[test]
fn a_bundle_of_every_marking_and_indicator_kind_holds_together() {
    let b = sample_bundle();
    let objects = b["objects"].as_array().unwrap();
    let mut ids = HashSet::new();
    let mut types: HashMap<String, String> = HashMap::new();
    for o in objects {
        let id = o["id"].as_str().unwrap();
        let (kind, uuid) = id.split_once("--").unwrap();
        assert_eq!(kind, o["type"].as_str().unwrap(), "{id}");
        assert!(Uuid::parse_str(uuid).is_ok(), "{id}");
        assert!(ids.insert(id.to_owned()), "{id} twice");
        types.insert(id.to_owned(), kind.to_owned());
        if let (Some(c), Some(m)) = (o["created"].as_str(), o["modified"].as_str()) {
            assert!(c <= m, "{id}");
        }
        if let (Some(f), Some(u)) = (o["valid_from"].as_str(), o["valid_until"].as_str()) {
            assert!(f < u, "{id}");
        }
    }
    for o in objects {
        let mut refs = Vec::new();
        references(o, &mut refs);
        for r in &refs {
            assert!(ids.contains(r), "{} refers to the missing {r}", o["id"]);
        }
        for m in o["object_marking_refs"].as_array().into_iter().flatten() {
            assert_eq!(types[m.as_str().unwrap()], "marking-definition");
        }
        if o["type"] != "marking-definition" && o["type"] != "identity" {
            assert_eq!(
                o["object_marking_refs"].as_array().map(Vec::len),
                Some(1),
                "{}",
                o["id"]
            );
        }
    }
    let markings = objects
        .iter()
        .filter(|o| o["type"] == "marking-definition")
        .count();
    assert_eq!(markings, 5);
    let reports: Vec<&Value> = objects.iter().filter(|o| o["type"] == "report").collect();
    assert_eq!(reports.len(), 6);
    assert_eq!(reports.iter().filter(|r| r["revoked"] == true).count(), 2);
    let patterns = objects.iter().filter(|o| o["type"] == "indicator").count();
    assert_eq!(patterns, 10 + 2 * 4);
    assert_eq!(to_json(&b), to_json(&sample_bundle()));
    if let Ok(path) = std::env::var("STIX_BUNDLE_OUT") {
        std::fs::write(path, to_json(&b)).unwrap();
    }
}

#[test]
fn the_feed_of_the_sample_holds_the_public_alerts_only() {
    use super::atom::{FeedAlert, atom_feed};
    let sample = sample();
    let alerts: Vec<FeedAlert<'_>> = sample
        .iter()
        .map(|(versions, revoked_at)| FeedAlert {
            status: if revoked_at.is_some() {
                AlertStatus::Revoked
            } else {
                AlertStatus::Published
            },
            versions,
            revoked_at: *revoked_at,
        })
        .collect();
    assert_eq!(alerts.len(), 5);
    let feed = atom_feed("https://cyberhealth.example.eu", &alerts, at(20, 0));
    let ids: Vec<&str> = feed.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, [format!("urn:uuid:{}", Uuid::from_u128(1))]);
    let xml = feed.to_xml();
    assert_eq!(xml.matches("<entry>").count(), 1);
    if let Ok(path) = std::env::var("ATOM_FEED_OUT") {
        std::fs::write(path, xml).unwrap();
    }
}
