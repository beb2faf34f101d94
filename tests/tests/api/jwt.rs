//! RFC 8725 attacks against token verification. Every refused token gets 401 with
//! `UNAUTHENTICATED`, never anonymous access.
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use domain::account::Role;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};
use tests::{JWT_SECRET, OIDC_AUDIENCE, OIDC_ISSUER, TestApp, fixture_path, spawn_app};

const ME: &str = "{ me { id role } }";
const LOCAL_KID: &str = "cyberhealth-local-1";

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn local_claims(sub: uuid::Uuid) -> Value {
    json!({ "iss": "cyberhealth", "aud": "cyberhealth-api", "sub": sub, "exp": now() + 600, "iat": now(), "nbf": now(),
            "jti": uuid::Uuid::new_v4(), "role": "PLATFORM_ADMIN" })
}

fn hs256(claims: &Value, secret: &[u8], kid: Option<&str>) -> String {
    let mut h = Header::new(Algorithm::HS256);
    h.kid = kid.map(str::to_owned);
    jsonwebtoken::encode(&h, claims, &EncodingKey::from_secret(secret).unwrap()).unwrap()
}

fn rs256(claims: &Value, kid: &str) -> String {
    let pem = std::fs::read(fixture_path("oidc-rsa.pem")).unwrap();
    let mut h = Header::new(Algorithm::RS256);
    h.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&h, claims, &EncodingKey::from_rsa_pem(&pem).unwrap()).unwrap()
}

fn eddsa(claims: &Value, kid: &str) -> String {
    let pem = std::fs::read(fixture_path("oidc-ed25519.pem")).unwrap();
    let mut h = Header::new(Algorithm::EdDSA);
    h.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&h, claims, &EncodingKey::from_ed_pem(&pem).unwrap()).unwrap()
}

fn external_claims(sub: &str) -> Value {
    json!({ "iss": OIDC_ISSUER, "aud": OIDC_AUDIENCE, "sub": sub, "exp": now() + 600, "iat": now() })
}

async fn assert_refused(app: &TestApp, token: &str, why: &str) {
    let r = app
        .gql_with_auth_header(&format!("Bearer {token}"), ME)
        .await;
    assert_eq!(r.status, 401, "{why}: {}", r.body);
    assert_eq!(r.code(), Some("UNAUTHENTICATED"), "{why}");
    assert!(
        r.body.get("data").is_none_or(Value::is_null),
        "{why}: no data may be served"
    );
}

async fn accepted_as(app: &TestApp, token: &str) -> Value {
    let r = app
        .gql_with_auth_header(&format!("Bearer {token}"), ME)
        .await;
    r.ok()["me"].clone()
}

async fn external_account(app: &TestApp, subject: &str) -> uuid::Uuid {
    use api::store::accounts::{self, NewAccount};
    let acc = accounts::create(
        &app.state.store,
        &api::store::audit::Actor {
            id: None,
            role: None,
            scope: domain::account::Scope::Eu,
            request_id: "t".into(),
        },
        chrono::Utc::now(),
        "EU",
        NewAccount {
            email: domain::account::Email::parse(&format!("{subject}@idp.example")).unwrap(),
            display_name: "External".into(),
            role: Role::EnisaStaff,
            organisation_id: None,
            password_hash: None,
            oidc: Some((OIDC_ISSUER.into(), subject.into())),
        },
    )
    .await
    .unwrap();
    acc.id
}

#[tokio::test]
async fn a_token_we_signed_is_accepted() {
    let app = spawn_app().await;
    let admin = app.with_admin().await;
    let me = accepted_as(
        &app,
        &hs256(
            &local_claims(admin.id),
            JWT_SECRET.as_bytes(),
            Some(LOCAL_KID),
        ),
    )
    .await;
    assert_eq!(me["id"], admin.id.to_string());
}

#[tokio::test]
async fn alg_none_is_refused() {
    let app = spawn_app().await;
    let admin = app.with_admin().await;
    let header = URL_SAFE_NO_PAD
        .encode(json!({ "alg": "none", "typ": "JWT", "kid": LOCAL_KID }).to_string());
    let payload = URL_SAFE_NO_PAD.encode(local_claims(admin.id).to_string());
    assert_refused(&app, &format!("{header}.{payload}."), "alg none").await;
}

#[tokio::test]
async fn a_token_signed_with_another_key_is_refused() {
    let app = spawn_app().await;
    let admin = app.with_admin().await;
    let t = hs256(
        &local_claims(admin.id),
        b"another-secret-that-is-32-bytes-long!!",
        Some(LOCAL_KID),
    );
    assert_refused(&app, &t, "wrong key").await;
}

#[tokio::test]
async fn hs256_signed_with_the_rsa_public_key_is_refused() {
    // Algorithm confusion: the attacker uses the public key as an HMAC secret.
    let app = spawn_app().await;
    external_account(&app, "sub-confused").await;
    let public_pem = std::fs::read(fixture_path("oidc-rsa.pub.pem")).unwrap();
    let t = hs256(
        &external_claims("sub-confused"),
        &public_pem,
        Some("oidc-rsa-1"),
    );
    assert_refused(&app, &t, "HS/RS confusion").await;
    // And an RS256 token presented under our own HS256 key id.
    let t = rs256(&local_claims(uuid::Uuid::now_v7()), LOCAL_KID);
    assert_refused(&app, &t, "RS256 under the local kid").await;
}

#[tokio::test]
async fn expiry_is_required_and_checked_with_at_most_30_seconds_leeway() {
    let app = spawn_app().await;
    let admin = app.with_admin().await;
    let mut c = local_claims(admin.id);
    c["exp"] = json!(now() - 10);
    accepted_as(&app, &hs256(&c, JWT_SECRET.as_bytes(), Some(LOCAL_KID))).await;
    c["exp"] = json!(now() - 45);
    assert_refused(
        &app,
        &hs256(&c, JWT_SECRET.as_bytes(), Some(LOCAL_KID)),
        "expired beyond leeway",
    )
    .await;
    let mut no_exp = local_claims(admin.id);
    no_exp.as_object_mut().unwrap().remove("exp");
    assert_refused(
        &app,
        &hs256(&no_exp, JWT_SECRET.as_bytes(), Some(LOCAL_KID)),
        "no exp",
    )
    .await;
}

#[tokio::test]
async fn exp_sent_as_a_string_is_refused() {
    let app = spawn_app().await;
    let admin = app.with_admin().await;
    let mut c = local_claims(admin.id);
    c["exp"] = json!((now() + 600).to_string());
    assert_refused(
        &app,
        &hs256(&c, JWT_SECRET.as_bytes(), Some(LOCAL_KID)),
        "exp as string",
    )
    .await;
}

#[tokio::test]
async fn wrong_issuer_or_audience_is_refused() {
    let app = spawn_app().await;
    let admin = app.with_admin().await;
    let mut c = local_claims(admin.id);
    c["iss"] = json!("someone-else");
    assert_refused(
        &app,
        &hs256(&c, JWT_SECRET.as_bytes(), Some(LOCAL_KID)),
        "iss",
    )
    .await;
    let mut c = local_claims(admin.id);
    c["aud"] = json!("another-api");
    assert_refused(
        &app,
        &hs256(&c, JWT_SECRET.as_bytes(), Some(LOCAL_KID)),
        "aud",
    )
    .await;
    external_account(&app, "sub-aud").await;
    let mut e = external_claims("sub-aud");
    e["aud"] = json!("cyberhealth-api");
    assert_refused(&app, &rs256(&e, "oidc-rsa-1"), "external aud").await;
}

#[tokio::test]
async fn a_kid_that_is_not_in_the_key_set_is_refused() {
    let app = spawn_app().await;
    external_account(&app, "sub-kid").await;
    assert_refused(
        &app,
        &rs256(&external_claims("sub-kid"), "not-a-known-kid"),
        "unknown kid",
    )
    .await;
}

#[tokio::test]
async fn external_rs256_and_eddsa_tokens_map_to_their_account() {
    let app = spawn_app().await;
    let id = external_account(&app, "sub-ok").await;
    let me = accepted_as(&app, &rs256(&external_claims("sub-ok"), "oidc-rsa-1")).await;
    assert_eq!(me["id"], id.to_string());
    assert_eq!(me["role"], "ENISA_STAFF");
    let me = accepted_as(&app, &eddsa(&external_claims("sub-ok"), "oidc-ed-1")).await;
    assert_eq!(me["id"], id.to_string());
    // A key used with the other key's algorithm is refused: one algorithm per key.
    assert_refused(
        &app,
        &eddsa(&external_claims("sub-ok"), "oidc-rsa-1"),
        "EdDSA under an RSA kid",
    )
    .await;
    // A valid token for a subject with no account is refused.
    assert_refused(
        &app,
        &rs256(&external_claims("sub-unknown"), "oidc-rsa-1"),
        "unknown subject",
    )
    .await;
}

#[tokio::test]
async fn a_malformed_authorization_header_is_an_error_not_anonymous() {
    let app = spawn_app().await;
    for header in [
        "Bearer",
        "Bearer ",
        "Token abc",
        "Basic dXNlcjpwYXNz",
        "Bearer a b",
        "bearer not.a.jwt",
        "Bearer ....",
    ] {
        let r = app.gql_with_auth_header(header, ME).await;
        assert_eq!(r.status, 401, "{header:?}: {}", r.body);
        assert_eq!(r.code(), Some("UNAUTHENTICATED"), "{header:?}");
    }
}

#[tokio::test]
async fn a_refused_token_is_audited_as_a_denial() {
    let app = spawn_app().await;
    app.gql_with_auth_header("Bearer not.a.jwt", ME).await;
    let rows = app.audit_rows().await;
    assert!(
        rows.iter()
            .any(|r| r.action == "authenticate" && r.outcome == "DENIED"),
        "{rows:?}"
    );
}
