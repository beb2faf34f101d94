//! The early-warning service over HTTP (`docs/early-warning.md`): the TLP matrix for every
//! marking and kind of viewer, on every read path (`alert`, `alerts`, `alertsSince`); the
//! lifecycle; every bad input of issue #12 with its field and nothing written;
//! acknowledgements; in-app notifications of CRITICAL alerts.
use domain::account::Role;
use serde_json::{Value, json};
use tests::alerts::{
    ALERT, ALERTS, ALERTS_SINCE, CREATE_ALERT, PUBLISH_ALERT, REVOKE_ALERT, UPDATE_ALERT,
    alert_input,
};
use tests::{Account, TestApp, spawn_app};

async fn visible_ids(app: &TestApp, who: Option<&str>) -> Vec<String> {
    let r = app.gql(who, ALERTS, json!({})).await;
    ids(&r.ok()["alerts"])
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn since_ids(app: &TestApp, who: Option<&str>) -> Vec<String> {
    let r = app.gql(who, ALERTS_SINCE, json!({})).await;
    r.ok()["alertsSince"]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["alert"]["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn count_alerts(app: &TestApp, enisa: &Account) -> usize {
    visible_ids(app, enisa.token()).await.len()
}

#[tokio::test]
async fn each_marking_shows_an_alert_to_exactly_the_viewers_tlp_names() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let admin = app.with_admin().await;
    let (clinic_a, red_recipient) = app.with_clinic("DE").await;
    let colleague = app.with_account(Role::ProviderUser, Some(clinic_a)).await;
    let (_, other_de) = app.with_clinic("DE").await;
    let (_, clinic_fr) = app.with_clinic("FR").await;
    let pending = app.with_pending_clinic("DE").await;
    let unverified = app.with_account(Role::ProviderUser, Some(pending)).await;
    let (_, vendor) = app.with_vendor("DE").await;
    let (_, agency_fr) = app.with_agency("FR").await;

    let mut published = Vec::new();
    for (tlp, recipients) in [
        ("CLEAR", json!({})),
        ("GREEN", json!({})),
        (
            "AMBER",
            json!({ "organisations": [clinic_a, pending], "memberStates": ["FR"] }),
        ),
        (
            "AMBER_STRICT",
            json!({ "organisations": [clinic_a, pending] }),
        ),
        ("RED", json!({ "accounts": [red_recipient.id] })),
    ] {
        let id = app
            .with_published_alert(
                &enisa,
                alert_input(&format!("{tlp} alert"), tlp, recipients),
            )
            .await;
        published.push((tlp, id));
    }

    // Expected visibility per viewer, in the order CLEAR, GREEN, AMBER, AMBER_STRICT, RED
    // (issue #12's table; ENISA staff see all).
    let matrix: Vec<(&str, Option<&Account>, [bool; 5])> = vec![
        ("anonymous", None, [true, false, false, false, false]),
        ("ENISA staff", Some(&enisa), [true; 5]),
        (
            "platform admin",
            Some(&admin),
            [true, false, false, false, false],
        ),
        (
            "named account of the named organisation",
            Some(&red_recipient),
            [true; 5],
        ),
        (
            "colleague in the named organisation",
            Some(&colleague),
            [true, true, true, true, false],
        ),
        (
            "organisation in a member state not named",
            Some(&other_de),
            [true, true, false, false, false],
        ),
        (
            "organisation in the named member state",
            Some(&clinic_fr),
            [true, true, true, false, false],
        ),
        (
            "named organisation not yet verified",
            Some(&unverified),
            [true, false, false, false, false],
        ),
        (
            "verified service provider",
            Some(&vendor),
            [true, true, false, false, false],
        ),
        (
            "agency in the named member state",
            Some(&agency_fr),
            [true, true, true, false, false],
        ),
    ];
    for (who, account, expected) in matrix {
        let token = account.and_then(|a| a.token());
        let listed = visible_ids(&app, token).await;
        let streamed = since_ids(&app, token).await;
        for ((tlp, id), sees) in published.iter().zip(expected) {
            let one = app.gql(token, ALERT, json!({ "id": id })).await;
            if sees {
                assert_eq!(
                    one.body["data"]["alert"]["id"],
                    json!(id),
                    "{who} reads {tlp}: {}",
                    one.body
                );
            } else {
                one.expect_code("NOT_FOUND");
            }
            assert_eq!(listed.contains(id), sees, "{who} lists {tlp}");
            assert_eq!(streamed.contains(id), sees, "{who} catches up on {tlp}");
        }
    }
}

#[tokio::test]
async fn a_draft_is_seen_by_enisa_staff_only_and_only_they_write() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let admin = app.with_admin().await;
    let id = app
        .with_draft_alert(&enisa, alert_input("Draft", "CLEAR", json!({})))
        .await;
    let r = app.gql(enisa.token(), ALERT, json!({ "id": id })).await;
    assert_eq!(r.ok()["alert"]["status"], "DRAFT");
    assert_eq!(r.ok()["alert"]["content"]["text"]["title"], "Draft");
    for who in [None, clinic.token(), admin.token()] {
        app.gql(who, ALERT, json!({ "id": id }))
            .await
            .expect_code("NOT_FOUND");
    }
    let input = alert_input("Not mine", "CLEAR", json!({}));
    app.gql(clinic.token(), CREATE_ALERT, json!({ "i": input }))
        .await
        .expect_code("FORBIDDEN");
    app.gql(None, CREATE_ALERT, json!({ "i": input }))
        .await
        .expect_code("UNAUTHENTICATED");
    app.gql(clinic.token(), PUBLISH_ALERT, json!({ "id": id }))
        .await
        .expect_code("FORBIDDEN");
}

#[tokio::test]
async fn publishing_updating_and_revoking_keep_every_version_and_stream_each_step_once() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (clinic_org, clinic) = app.with_clinic("DE").await;
    let id = app
        .with_published_alert(
            &enisa,
            alert_input(
                "v1",
                "AMBER_STRICT",
                json!({ "organisations": [clinic_org] }),
            ),
        )
        .await;
    let start = app.gql(None, ALERTS_SINCE, json!({})).await.ok()["alertsSince"]["cursor"]
        .as_str()
        .unwrap()
        .to_owned();

    // An update needs a note of what changed, and may relax the marking.
    let relaxed = alert_input("v2", "CLEAR", json!({}));
    app.gql(
        enisa.token(),
        UPDATE_ALERT,
        json!({ "id": id, "i": relaxed }),
    )
    .await
    .expect_code("VALIDATION");
    let r = app
        .gql(
            enisa.token(),
            UPDATE_ALERT,
            json!({ "id": id, "i": relaxed, "n": "Shared with everyone" }),
        )
        .await;
    let versions = &r.ok()["updateAlert"]["versions"];
    assert_eq!(r.ok()["updateAlert"]["status"], "UPDATED");
    assert_eq!(versions[1]["changeNote"], "Shared with everyone");
    assert_eq!(versions.as_array().unwrap().len(), 2);

    // Each version is judged by its own marking: anonymous readers see version 2 only.
    let anon = app.gql(None, ALERT, json!({ "id": id })).await;
    assert_eq!(anon.ok()["alert"]["versions"], json!([{ "number": 2 }]));
    let named = app.gql(clinic.token(), ALERT, json!({ "id": id })).await;
    assert_eq!(
        named.ok()["alert"]["versions"],
        json!([{ "number": 1 }, { "number": 2 }])
    );

    let r = app
        .gql(
            enisa.token(),
            REVOKE_ALERT,
            json!({ "id": id, "r": "False positive" }),
        )
        .await;
    assert_eq!(r.ok()["revokeAlert"]["status"], "REVOKED");
    assert_eq!(r.ok()["revokeAlert"]["revocationReason"], "False positive");
    app.gql(
        enisa.token(),
        REVOKE_ALERT,
        json!({ "id": id, "r": "again" }),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");

    // From the clinic's first cursor: the update and the revocation, in order, once each.
    let r = app
        .gql(clinic.token(), ALERTS_SINCE, json!({ "c": start }))
        .await;
    let page = &r.ok()["alertsSince"];
    let events = page["events"].as_array().unwrap();
    let kinds: Vec<(&str, u64)> = events
        .iter()
        .map(|e| (e["kind"].as_str().unwrap(), e["version"].as_u64().unwrap()))
        .collect();
    assert_eq!(kinds, vec![("UPDATED", 2), ("REVOKED", 2)]);
    assert!(events[0]["cursor"].as_str().unwrap() < events[1]["cursor"].as_str().unwrap());
    assert_eq!(page["cursor"], events[1]["cursor"]);
    let again = app
        .gql(clinic.token(), ALERTS_SINCE, json!({ "c": page["cursor"] }))
        .await;
    assert_eq!(again.ok()["alertsSince"]["events"], json!([]));
}

#[tokio::test]
async fn each_bad_input_is_refused_naming_its_field_and_writes_nothing() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let bad = |edit: &dyn Fn(&mut Value)| {
        let mut i = alert_input("Bad", "GREEN", json!({}));
        edit(&mut i);
        i
    };
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "a malformed indicator",
            bad(&|i| i["indicators"] = json!([{ "kind": "SHA256", "value": "abc" }])),
            "indicators[0].value",
        ),
        (
            "a malformed CVE",
            bad(&|i| i["cves"] = json!(["CVE-26-1"])),
            "cves[0]",
        ),
        (
            "an IP range with host bits",
            bad(&|i| i["indicators"] = json!([{ "kind": "IPV4", "value": "198.51.100.7/24" }])),
            "indicators[0].value",
        ),
        (
            "TLP:RED without recipients",
            bad(&|i| i["tlp"] = json!("RED")),
            "recipients",
        ),
        (
            "an unknown member state",
            bad(&|i| i["memberStates"] = json!(["DE", "XX"])),
            "memberStates[1]",
        ),
        (
            "an unknown recipient member state",
            bad(&|i| {
                i["tlp"] = json!("AMBER");
                i["recipients"] = json!({ "memberStates": ["ZZ"] });
            }),
            "recipients.memberStates[0]",
        ),
        (
            "an unknown recipient organisation",
            bad(&|i| {
                i["tlp"] = json!("AMBER_STRICT");
                i["recipients"] = json!({ "organisations": [uuid::Uuid::now_v7()] });
            }),
            "recipients.organisations[0]",
        ),
    ];
    for (what, input, field) in cases {
        let r = app
            .gql(enisa.token(), CREATE_ALERT, json!({ "i": input }))
            .await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some(field), "{what}: {}", r.body);
    }
    assert_eq!(count_alerts(&app, &enisa).await, 0, "nothing written");

    // A stricter marking on update, and publishing twice.
    let id = app
        .with_published_alert(&enisa, alert_input("Green", "GREEN", json!({})))
        .await;
    let (org, _) = app.with_clinic("DE").await;
    let stricter = alert_input("Amber", "AMBER", json!({ "organisations": [org] }));
    let r = app
        .gql(
            enisa.token(),
            UPDATE_ALERT,
            json!({ "id": id, "i": stricter, "n": "narrower" }),
        )
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("tlp"));
    app.gql(enisa.token(), PUBLISH_ALERT, json!({ "id": id }))
        .await
        .expect_code("INVALID_STATE_TRANSITION");
    let r = app.gql(enisa.token(), ALERT, json!({ "id": id })).await;
    assert_eq!(r.ok()["alert"]["versions"], json!([{ "number": 1 }]));
    assert_eq!(r.ok()["alert"]["content"]["tlp"], "GREEN");

    // A malformed cursor.
    for cursor in ["abc", "000000000000000G", "-1"] {
        let r = app.gql(None, ALERTS_SINCE, json!({ "c": cursor })).await;
        r.expect_code("VALIDATION");
        assert_eq!(r.field(), Some("cursor"));
    }
}

const ACKNOWLEDGE: &str =
    "mutation($id: ID!, $k: AcknowledgementKind!) { acknowledgeAlert(id: $id, kind: $k) { kind } }";
const ACKS: &str = "query($id: ID!) { alert(id: $id) { myAcknowledgement { kind } acknowledgementCounts { memberState seen mitigationApplied notAffected total } } }";
const MINE: &str = "query($id: ID!) { alert(id: $id) { myAcknowledgement { kind } } }";

#[tokio::test]
async fn recipients_acknowledge_enisa_sees_counts_per_member_state_and_clinics_their_own() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (de1, clinic_de1) = app.with_clinic("DE").await;
    let (de2, clinic_de2) = app.with_clinic("DE").await;
    let (fr, clinic_fr) = app.with_clinic("FR").await;
    let (_, outsider) = app.with_clinic("AT").await;
    let id = app
        .with_published_alert(
            &enisa,
            alert_input(
                "Ack",
                "AMBER_STRICT",
                json!({ "organisations": [de1, de2, fr] }),
            ),
        )
        .await;
    for (who, kind) in [
        (&clinic_de1, "SEEN"),
        (&clinic_de1, "MITIGATION_APPLIED"),
        (&clinic_de2, "NOT_AFFECTED"),
        (&clinic_fr, "SEEN"),
    ] {
        let r = app
            .gql(who.token(), ACKNOWLEDGE, json!({ "id": id, "k": kind }))
            .await;
        assert_eq!(r.ok()["acknowledgeAlert"]["kind"], kind);
    }
    app.gql(
        outsider.token(),
        ACKNOWLEDGE,
        json!({ "id": id, "k": "SEEN" }),
    )
    .await
    .expect_code("NOT_FOUND");
    app.gql(enisa.token(), ACKNOWLEDGE, json!({ "id": id, "k": "SEEN" }))
        .await
        .expect_code("FORBIDDEN");

    let r = app.gql(enisa.token(), ACKS, json!({ "id": id })).await;
    assert_eq!(
        r.ok()["alert"]["acknowledgementCounts"],
        json!([
            { "memberState": "DE", "seen": 0, "mitigationApplied": 1, "notAffected": 1, "total": 2 },
            { "memberState": "FR", "seen": 1, "mitigationApplied": 0, "notAffected": 0, "total": 1 },
        ])
    );
    let r = app.gql(clinic_de1.token(), MINE, json!({ "id": id })).await;
    assert_eq!(
        r.ok()["alert"]["myAcknowledgement"],
        json!({ "kind": "MITIGATION_APPLIED" })
    );
    app.gql(clinic_de1.token(), ACKS, json!({ "id": id }))
        .await
        .expect_code("FORBIDDEN");
}

const NOTIFICATIONS: &str = "{ notifications(first: 50) { edges { node { kind alertId } } } }";

async fn alert_notifications(app: &TestApp, who: &Account) -> Vec<Value> {
    let r = app.gql(who.token(), NOTIFICATIONS, json!({})).await;
    r.ok()["notifications"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .filter(|n| n["kind"] == "ALERT_CRITICAL")
        .collect()
}

#[tokio::test]
async fn a_critical_alert_notifies_the_organisations_that_may_see_it_and_no_other() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let (de, clinic_de) = app.with_clinic("DE").await;
    let (_, clinic_fr) = app.with_clinic("FR").await;
    let mut critical = alert_input("Critical", "AMBER_STRICT", json!({ "organisations": [de] }));
    critical["severity"] = json!("CRITICAL");
    let id = app.with_published_alert(&enisa, critical).await;
    let mut high = alert_input("High", "CLEAR", json!({}));
    high["severity"] = json!("HIGH");
    app.with_published_alert(&enisa, high).await;
    let mut red = alert_input("Red", "RED", json!({ "accounts": [clinic_fr.id] }));
    red["severity"] = json!("CRITICAL");
    app.with_published_alert(&enisa, red).await;

    assert_eq!(
        alert_notifications(&app, &clinic_de).await,
        vec![json!({ "kind": "ALERT_CRITICAL", "alertId": id })]
    );
    assert_eq!(
        alert_notifications(&app, &clinic_fr).await,
        Vec::<Value>::new()
    );
}

#[tokio::test]
async fn the_filter_narrows_the_inbox_by_severity_member_state_and_product() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let mut a = alert_input("A", "CLEAR", json!({}));
    a["severity"] = json!("LOW");
    a["memberStates"] = json!(["DE"]);
    let a = app.with_published_alert(&enisa, a).await;
    let mut b = alert_input("B", "CLEAR", json!({}));
    b["products"] = json!([{ "vendor": "Acme", "product": "PACS" }]);
    let b = app.with_published_alert(&enisa, b).await;
    for (filter, expected) in [
        (json!({ "severities": ["LOW"] }), vec![a.clone()]),
        (json!({ "memberState": "FR" }), vec![b.clone()]),
        (json!({ "memberState": "DE" }), vec![b.clone(), a.clone()]),
        (json!({ "product": "pacs" }), vec![b.clone()]),
    ] {
        let r = app.gql(None, ALERTS, json!({ "f": filter })).await;
        assert_eq!(ids(&r.ok()["alerts"]), expected, "{filter}");
    }
    let r = app
        .gql(None, ALERTS, json!({ "f": { "memberState": "QQ" } }))
        .await;
    r.expect_code("VALIDATION");
    assert_eq!(r.field(), Some("filter.memberState"));
}
