//! Fixture builders for the early-warning service: alert inputs and published alerts, made
//! through the API as ENISA staff make them.
use crate::{Account, TestApp};
use serde_json::{Value, json};

pub const CREATE_ALERT: &str = "mutation($i: AlertInput!) { createAlert(input: $i) { id status } }";
pub const PUBLISH_ALERT: &str =
    "mutation($id: ID!) { publishAlert(id: $id) { id status currentVersion { number } } }";
pub const UPDATE_ALERT: &str = "mutation($id: ID!, $i: AlertInput!, $n: String) { updateAlert(id: $id, input: $i, changeNote: $n) { id status versions { number changeNote content { tlp } } } }";
pub const REVOKE_ALERT: &str = "mutation($id: ID!, $r: String!) { revokeAlert(id: $id, reason: $r) { id status revokedAt revocationReason } }";
pub const ALERT: &str = "query($id: ID!) { alert(id: $id) { id status versions { number } content { tlp severity text { title } } } }";
pub const ALERTS: &str = "query($f: AlertFilterInput) { alerts(filter: $f) { id status } }";
pub const ALERTS_SINCE: &str = "query($c: String, $f: AlertFilterInput) { alertsSince(cursor: $c, filter: $f) { cursor events { cursor kind version alert { id } } } }";

/// A valid alert: HIGH, valid from the start of 2026 for ever, with one indicator and one CVE,
/// marked `tlp` for `recipients` (`{ organisations, memberStates, accounts }`).
pub fn alert_input(title: &str, tlp: &str, recipients: Value) -> Value {
    json!({
        "text": {
            "title": title,
            "summary": "Ransomware group targets hospital VPN gateways.",
            "body": "## What happens\nExploitation of the VPN gateway.",
            "recommendedActions": ["Patch the VPN gateway."],
        },
        "severity": "HIGH",
        "tlp": tlp,
        "recipients": recipients,
        "products": [{ "vendor": "ExampleVPN", "product": "Gateway" }],
        "cves": ["CVE-2026-12345"],
        "indicators": [{ "kind": "IPV4", "value": "198.51.100.0/24" }],
        "validFrom": "2026-01-01T00:00:00Z",
    })
}

impl TestApp {
    /// A draft alert written by `enisa`; its id.
    pub async fn with_draft_alert(&self, enisa: &Account, input: Value) -> String {
        let r = self
            .gql(enisa.token(), CREATE_ALERT, json!({ "i": input }))
            .await;
        r.ok()["createAlert"]["id"].as_str().unwrap().to_owned()
    }

    /// An alert written and published by `enisa`; its id.
    pub async fn with_published_alert(&self, enisa: &Account, input: Value) -> String {
        let id = self.with_draft_alert(enisa, input).await;
        self.gql(enisa.token(), PUBLISH_ALERT, json!({ "id": id }))
            .await
            .ok();
        id
    }
}
