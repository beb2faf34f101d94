//! An agency sees only its member state; a provider only its organisation. A record out of
//! scope answers exactly like one that does not exist.
use serde_json::json;
use tests::spawn_app;

const ORG: &str = "query($id: ID!) { organisation(id: $id) { id name memberState { code } } }";
const LIST: &str = "query($f: OrganisationFilter) { organisations(first: 100, filter: $f) { nodes { id memberState { code } } } }";
const VERIFY: &str = "mutation($id: ID!) { verifyOrganisation(id: $id) { id status } }";

#[tokio::test]
async fn an_agency_officer_cannot_read_another_states_organisation_by_id() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let (fr_clinic, _) = app.with_clinic("FR").await;
    let (de_clinic, _) = app.with_clinic("DE").await;
    let own = app.gql(de.token(), ORG, json!({ "id": de_clinic })).await;
    assert_eq!(own.ok()["organisation"]["id"], de_clinic.to_string());
    let other = app.gql(de.token(), ORG, json!({ "id": fr_clinic })).await;
    let missing = app
        .gql(de.token(), ORG, json!({ "id": uuid::Uuid::now_v7() }))
        .await;
    assert!(other.ok()["organisation"].is_null());
    assert_eq!(
        other.body, missing.body,
        "out of scope must look exactly like missing"
    );
}

#[tokio::test]
async fn an_agency_officer_cannot_verify_another_states_registration() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let fr_pending = app.with_pending_clinic("FR").await;
    let other = app
        .gql(de.token(), VERIFY, json!({ "id": fr_pending }))
        .await;
    let missing = app
        .gql(de.token(), VERIFY, json!({ "id": uuid::Uuid::now_v7() }))
        .await;
    other.expect_code("NOT_FOUND");
    assert_eq!(
        other.body["errors"][0]["message"],
        missing.body["errors"][0]["message"]
    );
    assert_eq!(other.body["data"], missing.body["data"]);
    // And nothing changed.
    let (_, fr) = app.with_agency("FR").await;
    let still = app
        .gql(
            fr.token(),
            "query($id: ID!) { organisation(id: $id) { status } }",
            json!({ "id": fr_pending }),
        )
        .await;
    assert_eq!(still.ok()["organisation"]["status"], "PENDING");
}

#[tokio::test]
async fn lists_are_scoped_and_filters_cannot_widen_the_scope() {
    let app = spawn_app().await;
    let (de_agency, de) = app.with_agency("DE").await;
    let (fr_clinic, fr_user) = app.with_clinic("FR").await;
    let (de_clinic, _) = app.with_clinic("DE").await;
    app.with_clinic("FR").await;
    let all = app.gql(de.token(), LIST, json!({})).await;
    let ids: Vec<String> = all.ok()["organisations"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(ids.contains(&de_clinic.to_string()) && ids.contains(&de_agency.to_string()));
    assert!(
        all.ok()["organisations"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["memberState"]["code"] == "DE")
    );
    let widened = app
        .gql(de.token(), LIST, json!({ "f": { "memberState": "FR" } }))
        .await;
    assert_eq!(widened.ok()["organisations"]["nodes"], json!([]));
    // A provider sees only its own organisation.
    let own = app.gql(fr_user.token(), LIST, json!({})).await;
    let nodes = own.ok()["organisations"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(nodes.len(), 1);
    assert_eq!(nodes[0]["id"], fr_clinic.to_string());
}

#[tokio::test]
async fn a_provider_cannot_reach_another_organisation_through_nested_fields_or_ids() {
    let app = spawn_app().await;
    let (_, de_user) = app.with_clinic("DE").await;
    let (other_clinic, _) = app.with_clinic("DE").await;
    let r = app
        .gql(de_user.token(), ORG, json!({ "id": other_clinic }))
        .await;
    assert!(r.ok()["organisation"].is_null());
    // `me.organisation` is the caller's own.
    let me = app
        .gql(de_user.token(), "{ me { organisation { id } } }", json!({}))
        .await;
    assert_eq!(
        me.ok()["me"]["organisation"]["id"],
        de_user.organisation.unwrap().to_string()
    );
    // Users of other organisations are not reachable: the list is admin-only.
    app.gql(de_user.token(), "{ users { nodes { id } } }", json!({}))
        .await
        .expect_code("FORBIDDEN");
}

#[tokio::test]
async fn enisa_and_admins_read_eu_wide() {
    let app = spawn_app().await;
    let (de_clinic, _) = app.with_clinic("DE").await;
    let (fr_clinic, _) = app.with_clinic("FR").await;
    for acc in [app.with_enisa().await, app.with_admin().await] {
        for id in [de_clinic, fr_clinic] {
            let r = app.gql(acc.token(), ORG, json!({ "id": id })).await;
            assert_eq!(r.ok()["organisation"]["id"], id.to_string());
        }
    }
}

#[tokio::test]
async fn anonymous_callers_see_no_organisations() {
    let app = spawn_app().await;
    let (clinic, _) = app.with_clinic("DE").await;
    assert!(app.gql(None, ORG, json!({ "id": clinic })).await.ok()["organisation"].is_null());
    app.gql(None, LIST, json!({}))
        .await
        .expect_code("UNAUTHENTICATED");
}

#[tokio::test]
async fn a_tenancy_probe_is_audited_as_a_denial() {
    let app = spawn_app().await;
    let (_, de) = app.with_agency("DE").await;
    let (fr_clinic, _) = app.with_clinic("FR").await;
    app.gql(de.token(), ORG, json!({ "id": fr_clinic })).await;
    let rows = app.audit_rows().await;
    let probe = rows
        .iter()
        .find(|r| r.outcome == "DENIED" && r.object_id.as_deref() == Some(&fr_clinic.to_string()))
        .expect("denial row");
    assert_eq!(probe.actor_id, Some(de.id));
    assert!(probe.detail.contains("out_of_scope"));
}

/// Reads by id of a voucher, an application or a draft programme out of scope answer `null`
/// exactly like a missing id, and are audited as tenancy denials, at most
/// `limits.probe_audits_per_principal` per principal and window.
#[tokio::test]
async fn reads_by_id_out_of_scope_are_audited_up_to_a_cap_per_principal() {
    let app = spawn_app().await;
    let (_, de_officer) = app.with_agency("DE").await;
    let (_, fr_officer) = app.with_agency("FR").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, other_clinic) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&de_officer, "PROBE-1", "100000")
        .await;
    let draft = app.with_draft_programme(&de_officer, "PROBE-2").await;
    let (voucher, _) = app
        .with_voucher(&de_officer, &clinic, programme, "1000")
        .await;
    let (_, applicant) = app.with_clinic("DE").await;
    let application = app
        .with_submitted_application(&applicant, programme, "1500")
        .await;
    let cases = [
        (&other_clinic, "voucher", voucher, "Voucher"),
        (
            &other_clinic,
            "voucherApplication",
            application,
            "VoucherApplication",
        ),
        (&fr_officer, "voucherProgram", draft, "VoucherProgram"),
    ];
    for (who, field, id, object_type) in cases {
        let query = format!("query($id: ID!) {{ {field}(id: $id) {{ id }} }}");
        let answer = app.gql(who.token(), &query, json!({ "id": id })).await;
        let missing = app
            .gql(who.token(), &query, json!({ "id": uuid::Uuid::now_v7() }))
            .await;
        assert_eq!(answer.body, missing.body, "out of scope looks like missing");
        assert!(answer.ok()[field].is_null());
        let rows = app.audit_rows().await;
        let denials: Vec<_> = rows
            .iter()
            .filter(|r| r.outcome == "DENIED" && r.actor_id == Some(who.id))
            .filter(|r| r.object_id.as_deref() == Some(id.to_string().as_str()))
            .collect();
        assert_eq!(denials.len(), 1, "{field}: one denial row");
        assert_eq!(denials[0].object_type, object_type);
        assert!(denials[0].detail.contains("out_of_scope"));
    }
    // A missing id wrote nothing; a prober beyond the cap is refused but not audited again.
    let cap = app.state.settings.limits.probe_audits_per_principal;
    for _ in 0..cap + 10 {
        app.gql(
            other_clinic.token(),
            "query($id: ID!) { voucher(id: $id) { id } }",
            json!({ "id": voucher }),
        )
        .await
        .ok();
    }
    let by_prober = app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| r.outcome == "DENIED" && r.actor_id == Some(other_clinic.id))
        .count() as u64;
    assert_eq!(by_prober, cap);
    // The owner still reads its own voucher.
    let own = app
        .gql(
            clinic.token(),
            "query($id: ID!) { voucher(id: $id) { id } }",
            json!({ "id": voucher }),
        )
        .await;
    assert_eq!(own.ok()["voucher"]["id"], voucher.to_string());
}
