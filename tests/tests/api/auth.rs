use domain::account::Role;
use serde_json::json;
use tests::fixtures::FIXTURE_PASSWORD;
use tests::spawn_app;

const LOGIN: &str = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { id email role organisation { id } memberState { code } } } }";
const ME: &str = "{ me { id email role organisation { id kind } memberState { code } } }";

#[tokio::test]
async fn every_role_can_log_in_and_see_itself() {
    let app = spawn_app().await;
    let (agency, _) = app.with_agency("DE").await;
    let (clinic, _) = app.with_clinic("FR").await;
    let (vendor, _) = app.with_vendor("DE").await;
    let cases = [
        (Role::PlatformAdmin, None, None),
        (Role::EnisaStaff, None, None),
        (Role::AgencyOfficer, Some(agency), Some("DE")),
        (Role::ProviderUser, Some(clinic), Some("FR")),
        (Role::ServiceProvider, Some(vendor), Some("DE")),
    ];
    for (role, org, ms) in cases {
        let acc = app.with_account(role, org).await;
        let res = app
            .gql(
                None,
                LOGIN,
                json!({ "e": acc.email.to_uppercase(), "p": FIXTURE_PASSWORD }),
            )
            .await;
        let login = &res.ok()["login"];
        assert_eq!(login["user"]["role"], role.as_str());
        // The payload already shows the account's own organisation and member state.
        assert_eq!(
            login["user"]["organisation"]["id"]
                .as_str()
                .map(str::to_owned),
            org.map(|o| o.to_string())
        );
        assert_eq!(login["user"]["memberState"]["code"].as_str(), ms);
        let token = login["token"].as_str().unwrap();
        let expires =
            chrono::DateTime::parse_from_rfc3339(login["expiresAt"].as_str().unwrap()).unwrap();
        assert!(expires > chrono::Utc::now());
        let me = app.gql(Some(token), ME, json!({})).await;
        let me = &me.ok()["me"];
        assert_eq!(me["email"], acc.email);
        assert_eq!(me["role"], role.as_str());
        assert_eq!(
            me["organisation"]["id"].as_str().map(str::to_owned),
            org.map(|o| o.to_string())
        );
        assert_eq!(me["memberState"]["code"].as_str(), ms);
    }
}

#[tokio::test]
async fn anonymous_me_is_null() {
    let app = spawn_app().await;
    assert!(app.gql(None, ME, json!({})).await.ok()["me"].is_null());
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_fail_the_same_way() {
    let app = spawn_app().await;
    let acc = app.with_admin().await;
    let wrong_pw = app
        .gql(
            None,
            LOGIN,
            json!({ "e": acc.email, "p": "not-the-password" }),
        )
        .await;
    let unknown = app
        .gql(
            None,
            LOGIN,
            json!({ "e": "nobody@test.example", "p": FIXTURE_PASSWORD }),
        )
        .await;
    wrong_pw.expect_code("UNAUTHENTICATED");
    unknown.expect_code("UNAUTHENTICATED");
    assert_eq!(
        wrong_pw.body["errors"][0]["message"],
        unknown.body["errors"][0]["message"]
    );
    assert!(wrong_pw.body["data"].is_null());
}

#[tokio::test]
async fn login_is_rate_limited_per_account_even_with_the_right_password() {
    let app = spawn_app().await;
    let acc = app.with_admin().await;
    for _ in 0..5 {
        app.gql(
            None,
            LOGIN,
            json!({ "e": acc.email, "p": "wrong-password" }),
        )
        .await
        .expect_code("UNAUTHENTICATED");
    }
    app.gql(
        None,
        LOGIN,
        json!({ "e": acc.email, "p": FIXTURE_PASSWORD }),
    )
    .await
    .expect_code("RATE_LIMITED");
    // Another account from the same address is not locked by this account's failures.
    let other = app.with_admin().await;
    app.gql(
        None,
        LOGIN,
        json!({ "e": other.email, "p": FIXTURE_PASSWORD }),
    )
    .await
    .ok();
}

#[tokio::test]
async fn login_is_rate_limited_per_ip_address_across_accounts() {
    let app = tests::TestApp::builder()
        .limits(|l| l.login_failures_per_ip = 4)
        .spawn()
        .await;
    for i in 0..4 {
        app.gql(
            None,
            LOGIN,
            json!({ "e": format!("guess{i}@test.example"), "p": "x-password-x" }),
        )
        .await
        .expect_code("UNAUTHENTICATED");
    }
    let acc = app.with_admin().await;
    app.gql(
        None,
        LOGIN,
        json!({ "e": acc.email, "p": FIXTURE_PASSWORD }),
    )
    .await
    .expect_code("RATE_LIMITED");
}

#[tokio::test]
async fn a_deactivated_account_cannot_log_in() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let app = spawn_app().await;
    let acc = app.with_admin().await;
    api::store::entities::app_user::Entity::update_many()
        .col_expr(
            api::store::entities::app_user::Column::Active,
            sea_orm::sea_query::Expr::value(false),
        )
        .filter(api::store::entities::app_user::Column::Id.eq(acc.id))
        .exec(app.state.store.db())
        .await
        .unwrap();
    app.gql(
        None,
        LOGIN,
        json!({ "e": acc.email, "p": FIXTURE_PASSWORD }),
    )
    .await
    .expect_code("UNAUTHENTICATED");
}

#[tokio::test]
async fn the_admin_creates_accounts_with_the_organisation_their_role_needs() {
    let app = spawn_app().await;
    let admin = app.with_admin().await;
    let (agency, _) = app.with_agency("DE").await;
    let (clinic, _) = app.with_clinic("DE").await;
    let q =
        "mutation($i: CreateUserInput!) { createUser(input: $i) { id role organisation { id } } }";
    let ok = app
        .gql(admin.token(), q, json!({ "i": { "email": "new.officer@test.example", "displayName": "New Officer", "role": "AGENCY_OFFICER", "organisationId": agency, "password": "a-long-password-1" } }))
        .await;
    assert_eq!(
        ok.ok()["createUser"]["organisation"]["id"],
        agency.to_string()
    );
    // An officer must belong to an agency, not a clinic.
    let wrong = app
        .gql(admin.token(), q, json!({ "i": { "email": "x@test.example", "displayName": "X", "role": "AGENCY_OFFICER", "organisationId": clinic, "password": "a-long-password-1" } }))
        .await;
    wrong.expect_code("VALIDATION");
    assert_eq!(wrong.field(), Some("organisationId"));
    // The same e-mail twice is a conflict.
    let dup = app
        .gql(admin.token(), q, json!({ "i": { "email": "NEW.officer@test.example", "displayName": "Dup", "role": "AGENCY_OFFICER", "organisationId": agency, "password": "a-long-password-1" } }))
        .await;
    dup.expect_code("CONFLICT");
    // The new account can log in.
    app.gql(
        None,
        LOGIN,
        json!({ "e": "new.officer@test.example", "p": "a-long-password-1" }),
    )
    .await
    .ok();
}

#[tokio::test]
async fn only_the_admin_may_manage_accounts() {
    let app = spawn_app().await;
    let enisa = app.with_enisa().await;
    let q = "mutation { createUser(input: { email: \"y@test.example\", displayName: \"Y\", role: ENISA_STAFF, password: \"a-long-password-1\" }) { id } }";
    app.gql(enisa.token(), q, json!({}))
        .await
        .expect_code("FORBIDDEN");
    app.gql(None, q, json!({}))
        .await
        .expect_code("UNAUTHENTICATED");
    app.gql(enisa.token(), "{ users { nodes { id } } }", json!({}))
        .await
        .expect_code("FORBIDDEN");
}

#[tokio::test]
async fn the_admin_deactivates_an_account_which_then_cannot_log_in() {
    let app = spawn_app().await;
    let admin = app.with_admin().await;
    let enisa = app.with_enisa().await;
    let q = "mutation($id: ID!, $a: Boolean!) { setUserActive(id: $id, active: $a) { id active } }";
    let r = app
        .gql(admin.token(), q, json!({ "id": enisa.id, "a": false }))
        .await;
    assert_eq!(r.ok()["setUserActive"]["active"], false);
    app.gql(
        None,
        LOGIN,
        json!({ "e": enisa.email, "p": FIXTURE_PASSWORD }),
    )
    .await
    .expect_code("UNAUTHENTICATED");
    app.gql(admin.token(), q, json!({ "id": enisa.id, "a": true }))
        .await
        .ok();
    app.gql(
        None,
        LOGIN,
        json!({ "e": enisa.email, "p": FIXTURE_PASSWORD }),
    )
    .await
    .ok();
    // Only the admin, and not on itself.
    app.gql(enisa.token(), q, json!({ "id": admin.id, "a": false }))
        .await
        .expect_code("FORBIDDEN");
    let own = app
        .gql(admin.token(), q, json!({ "id": admin.id, "a": false }))
        .await;
    own.expect_code("VALIDATION");
    app.gql(
        admin.token(),
        q,
        json!({ "id": uuid::Uuid::now_v7(), "a": false }),
    )
    .await
    .expect_code("NOT_FOUND");
    let rows = app.audit_rows().await;
    assert!(rows.iter().any(|r| r.action == "account.deactivate"
        && r.object_id.as_deref() == Some(enisa.id.to_string().as_str())));
}

/// Many logins at once cannot check more wrong passwords than the limit allows: each check is
/// reserved first by one conditional update (`docs/security.md`, "Limits under concurrency"),
/// and the right password among them gives back only its own reservation, never the failures
/// of the attempts racing it. Every failed check is audited once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_parallel_logins_check_no_more_passwords_than_the_limit() {
    let app = spawn_app().await;
    let acc = app.with_admin().await;
    let attempts = (0..30).map(|i| {
        let password = if i == 29 {
            FIXTURE_PASSWORD
        } else {
            "wrong-password"
        };
        app.gql(None, LOGIN, json!({ "e": acc.email, "p": password }))
    });
    let answers = futures_util::future::join_all(attempts).await;
    let failed = answers
        .iter()
        .filter(|a| a.code() == Some("UNAUTHENTICATED"))
        .count();
    let limited = answers
        .iter()
        .filter(|a| a.code() == Some("RATE_LIMITED"))
        .count();
    let logged_in = answers.iter().filter(|a| a.code().is_none()).count();
    assert_eq!(failed + limited + logged_in, 30, "no other answer");
    assert!(logged_in <= 1, "only the right password can log in");
    // Five slots: the wrong passwords fill them, less the one the right password may hold
    // while they race it.
    assert!(
        (4..=5).contains(&failed),
        "{failed} wrong passwords were checked"
    );
    let bad = app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| r.action == "login" && r.detail.contains("bad_credentials"))
        .count();
    assert_eq!(bad, failed, "each failed check is audited once");
}

/// The lockout is per account and address: an attacker who knows the e-mail locks only itself.
/// The account as a whole slows down after repeated failures from anywhere, for seconds.
#[tokio::test]
async fn a_guesser_locks_itself_out_and_only_slows_the_account_down() {
    let app = spawn_app().await;
    let victim = app.with_admin().await;
    let wrong = json!({ "e": victim.email, "p": "wrong-password" });
    let right = json!({ "e": victim.email, "p": FIXTURE_PASSWORD });
    let attacker = [127, 0, 0, 2];
    for _ in 0..5 {
        app.gql_from(attacker, None, LOGIN, wrong.clone())
            .await
            .expect_code("UNAUTHENTICATED");
    }
    app.gql_from(attacker, None, LOGIN, right.clone())
        .await
        .expect_code("RATE_LIMITED");
    // The owner, from its own address, is not locked out.
    app.gql_from([127, 0, 0, 3], None, LOGIN, right.clone())
        .await
        .ok();
    // Guesses from yet other addresses: after the fifth failure of the account, each further one
    // makes the next attempt wait (2 s, 4 s, …), even with the right password.
    for i in 0..6 {
        app.gql_from([127, 0, 1, i], None, LOGIN, wrong.clone())
            .await
            .expect_code("UNAUTHENTICATED");
    }
    app.gql_from([127, 0, 0, 3], None, LOGIN, right.clone())
        .await
        .expect_code("RATE_LIMITED");
    // The wait passes.
    app.clock().advance(chrono::Duration::seconds(5));
    app.gql_from([127, 0, 0, 3], None, LOGIN, right).await.ok();
}

const SET_ACTIVE: &str =
    "mutation($id: ID!, $a: Boolean!) { setUserActive(id: $id, active: $a) { id } }";

async fn me_status(app: &tests::TestApp, token: &str) -> Option<String> {
    let res = app.gql(Some(token), ME, json!({})).await;
    match res.code() {
        None => {
            assert!(res.body["data"]["me"]["id"].as_str().is_some());
            None
        }
        Some(code) => Some(code.to_owned()),
    }
}

#[tokio::test]
async fn a_deactivated_account_s_token_stops_working_at_once_on_the_same_server() {
    let app = spawn_app().await;
    let (org, _) = app.with_clinic("DE").await;
    let user = app.with_account(Role::ProviderUser, Some(org)).await;
    let admin = app.with_admin().await;
    assert_eq!(me_status(&app, &user.token).await, None);
    app.gql(
        Some(&admin.token),
        SET_ACTIVE,
        json!({ "id": user.id, "a": false }),
    )
    .await
    .ok();
    assert_eq!(
        me_status(&app, &user.token).await.as_deref(),
        Some("UNAUTHENTICATED")
    );
    // Reactivated, the same token works again: nothing else about it changed.
    app.gql(
        Some(&admin.token),
        SET_ACTIVE,
        json!({ "id": user.id, "a": true }),
    )
    .await
    .ok();
    assert_eq!(me_status(&app, &user.token).await, None);
}

/// Revocation is checked where every transport authenticates, not in GraphQL alone: once the
/// account is deactivated, its token opens no REST endpoint either (CSV, STIX, TAXII).
#[tokio::test]
async fn a_deactivated_account_s_token_opens_no_rest_endpoint() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let admin = app.with_admin().await;
    let programme = app
        .with_open_programme(&officer, "DE-REVOKED", "1000")
        .await;
    let paths = [
        format!("/programs/{programme}/ledger.csv"),
        "/review-queue.csv".to_owned(),
        "/stix/bundle".to_owned(),
        "/taxii2/".to_owned(),
    ];
    let status = |path: &str| {
        app.http
            .get(app.url(path))
            .bearer_auth(&officer.token)
            .header(
                "accept",
                "application/taxii+json;version=2.1, text/csv, */*",
            )
            .send()
    };
    for path in &paths {
        let r = status(path).await.unwrap();
        assert_eq!(r.status(), 200, "{path} before the deactivation");
    }
    app.gql(
        Some(&admin.token),
        SET_ACTIVE,
        json!({ "id": officer.id, "a": false }),
    )
    .await
    .ok();
    for path in &paths {
        let r = status(path).await.unwrap();
        assert_eq!(r.status(), 401, "{path} after the deactivation");
    }
}

/// Another server keeps an account's state for at most `REVOCATION_WINDOW` (30 s): a
/// deactivation made on one node ends the token on the other once the window has passed.
#[tokio::test]
async fn a_deactivation_reaches_every_server_within_the_revocation_window() {
    let a = spawn_app().await;
    let b = a.another_process(tests::TestApp::builder()).await;
    let (org, _) = a.with_clinic("DE").await;
    let user = a.with_account(Role::ProviderUser, Some(org)).await;
    let admin = a.with_admin().await;
    assert_eq!(
        me_status(&b, &user.token).await,
        None,
        "b has cached the account"
    );
    a.gql(
        Some(&admin.token),
        SET_ACTIVE,
        json!({ "id": user.id, "a": false }),
    )
    .await
    .ok();
    assert_eq!(
        me_status(&a, &user.token).await.as_deref(),
        Some("UNAUTHENTICATED")
    );
    a.clock().advance(
        chrono::TimeDelta::from_std(api::auth::session::REVOCATION_WINDOW).unwrap()
            + chrono::TimeDelta::seconds(1),
    );
    assert_eq!(
        me_status(&b, &user.token).await.as_deref(),
        Some("UNAUTHENTICATED"),
        "b honoured a deactivated account's token after the window"
    );
    assert!(api::auth::session::REVOCATION_WINDOW <= std::time::Duration::from_secs(60));
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_token_of_the_account_and_login_works_again() {
    let app = spawn_app().await;
    let (org, _) = app.with_clinic("FR").await;
    let user = app.with_account(Role::ProviderUser, Some(org)).await;
    let login = || async {
        app.gql(
            None,
            LOGIN,
            json!({ "e": user.email, "p": FIXTURE_PASSWORD }),
        )
        .await
        .ok()["login"]["token"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let laptop = login().await;
    let phone = login().await;
    assert_eq!(me_status(&app, &phone).await, None);
    app.gql(
        Some(&laptop),
        "mutation { signOutEverywhere { id } }",
        json!({}),
    )
    .await
    .ok();
    for token in [&laptop, &phone, &user.token] {
        assert_eq!(
            me_status(&app, token).await.as_deref(),
            Some("UNAUTHENTICATED")
        );
    }
    let fresh = login().await;
    assert_eq!(me_status(&app, &fresh).await, None);
    let rows = app.audit_rows().await;
    assert!(
        rows.iter()
            .any(|r| r.action == "account.sign_out_everywhere"
                && r.outcome == "SUCCESS"
                && r.object_id.as_deref() == Some(user.id.to_string().as_str()))
    );
}

/// A token names a role and an organisation; when the account's change (here written by the
/// owner directly), the token ends within the window.
#[tokio::test]
async fn a_changed_role_ends_the_token_within_the_revocation_window() {
    use api::store::entities::app_user;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    let app = spawn_app().await;
    let (org, _) = app.with_vendor("DE").await;
    let user = app.with_account(Role::ServiceProvider, Some(org)).await;
    assert_eq!(me_status(&app, &user.token).await, None);
    let owner = app.db.owner().await;
    let changed = app_user::Entity::update_many()
        .col_expr(app_user::Column::Role, Expr::value("PROVIDER_USER"))
        .filter(app_user::Column::Id.eq(user.id))
        .exec(&owner)
        .await
        .unwrap();
    assert_eq!(changed.rows_affected, 1);
    app.clock().advance(
        chrono::TimeDelta::from_std(api::auth::session::REVOCATION_WINDOW).unwrap()
            + chrono::TimeDelta::seconds(1),
    );
    assert_eq!(
        me_status(&app, &user.token).await.as_deref(),
        Some("UNAUTHENTICATED")
    );
}
