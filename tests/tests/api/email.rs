//! E-mail (issue #17) through a real SMTP server the test starts (aiosmtpd,
//! `tests::smtp::SmtpSink`): an e-mail per event in the recipient's language with the
//! reference; the outbox while the SMTP server is down (nothing lost, nothing sent twice by two
//! server processes); password reset; a registration that reveals nothing (issue #14).
use serde_json::{Value, json};
use std::time::Duration;
use tests::fixtures::{APPROVE_APPLICATION, registration_input};
use tests::smtp::{Received, SmtpSink};
use tests::{TestApp, TestAppBuilder};

const REGISTER: &str = "mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { received contactEmail } }";
const REQUEST_RESET: &str = "mutation($e: String!) { requestPasswordReset(email: $e) }";
const RESET: &str =
    "mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }";
const LOGIN: &str =
    "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }";
const OUTBOX: &str = "{ emailOutbox(first: 100) { id recipient language kind subject body status attempts lastError sentAt } }";

fn with_smtp(sink: &SmtpSink) -> TestAppBuilder {
    TestApp::builder()
        .smtp(&sink.url())
        .mail_every(Duration::from_millis(100))
}

fn to<'a>(mails: &'a [Received], address: &str) -> Vec<&'a Received> {
    mails
        .iter()
        .filter(|m| m.to.iter().any(|t| t == address))
        .collect()
}

async fn outbox(app: &TestApp) -> Vec<Value> {
    let admin = app.with_admin().await;
    let r = app.gql(admin.token(), OUTBOX, json!({})).await;
    r.ok()["emailOutbox"].as_array().unwrap().clone()
}

#[tokio::test]
async fn each_event_is_an_email_in_the_recipient_s_language_with_its_reference() {
    let sink = SmtpSink::start();
    let app = with_smtp(&sink).spawn().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let set = "mutation { setMyLanguage(language: DE) { language } }";
    let r = app.gql(clinic.token(), set, json!({})).await;
    assert_eq!(r.ok()["setMyLanguage"]["language"], "DE");
    let programme = app.with_open_programme(&officer, "MAIL", "100000").await;
    let application = app
        .with_submitted_application(&clinic, programme, "10000")
        .await;
    let q = "query($id: ID!) { voucherApplication(id: $id) { reference } }";
    let r = app
        .gql(clinic.token(), q, json!({ "id": application }))
        .await;
    let reference = r.ok()["voucherApplication"]["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(reference.starts_with("DE-"), "{reference}");

    // Submission: the clinic in German, the agency's officer in English, both with the reference.
    let mails = sink
        .wait_for(|m| !to(m, &clinic.email).is_empty() && !to(m, &officer.email).is_empty())
        .await;
    let c = to(&mails, &clinic.email)[0];
    assert_eq!(c.language, "de");
    assert!(
        c.subject.contains(&reference) && c.subject.contains("eingereicht"),
        "{c:?}"
    );
    let o = to(&mails, &officer.email)[0];
    assert_eq!(o.language, "en");
    assert!(
        o.subject.contains(&reference) && o.body.contains("submitted"),
        "{o:?}"
    );

    // Decision.
    let r = app
        .gql(
            officer.token(),
            APPROVE_APPLICATION,
            json!({ "id": application }),
        )
        .await;
    let expires_at: chrono::DateTime<chrono::Utc> = r.ok()["approveVoucherApplication"]["voucher"]
        ["expiresAt"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let mails = sink.wait_for(|m| to(m, &clinic.email).len() >= 2).await;
    let decided = to(&mails, &clinic.email)[1];
    assert!(
        decided.subject.contains(&reference) && decided.subject.contains("bewilligt"),
        "{decided:?}"
    );

    // 30 days before expiry: a warning, once, however often the job runs.
    app.clock()
        .advance(expires_at - app.clock().now() - chrono::Duration::days(29));
    api::jobs::expiry::sweep(&app.state).await.unwrap();
    api::jobs::expiry::sweep(&app.state).await.unwrap();
    let mails = sink.wait_for(|m| to(m, &clinic.email).len() >= 3).await;
    let warning = to(&mails, &clinic.email)[2];
    assert!(warning.subject.contains("läuft am"), "{warning:?}");
    assert!(
        warning
            .subject
            .contains(&expires_at.format("%Y-%m-%d").to_string())
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    let warnings = sink
        .received()
        .into_iter()
        .filter(|m| m.subject.contains("läuft am"))
        .count();
    assert_eq!(warnings, 1, "warned once");
}

#[tokio::test]
async fn the_outbox_keeps_every_email_while_the_smtp_server_is_down_and_two_processes_send_each_once()
 {
    let mut sink = SmtpSink::start();
    sink.stop();
    let app = with_smtp(&sink)
        .limits(|l| l.registrations_per_ip = 100)
        .spawn()
        .await;
    let other = app.another_process(with_smtp(&sink)).await;
    let mut addresses = Vec::new();
    for _ in 0..6 {
        let input = registration_input("FR");
        addresses.push(input["contactEmail"].as_str().unwrap().to_owned());
        // The change is not held up by the SMTP server being down.
        let r = app.gql(None, REGISTER, json!({ "i": input })).await;
        assert_eq!(r.ok()["registerOrganisation"]["received"], true);
    }
    // Both processes try, fail, and keep each e-mail with its error for a later attempt.
    let mut tried = false;
    for _ in 0..100 {
        let rows = outbox(&app).await;
        let ours: Vec<_> = rows
            .iter()
            .filter(|m| m["kind"] == "REGISTRATION_RECEIVED")
            .collect();
        assert_eq!(ours.len(), 6);
        if ours
            .iter()
            .all(|m| m["attempts"].as_i64().unwrap() >= 1 && m["lastError"].is_string())
        {
            assert!(ours.iter().all(|m| m["status"] == "PENDING"));
            tried = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(tried, "every e-mail was tried while the server was down");
    assert!(sink.received().is_empty());

    // The server comes back; the backoff has passed.
    sink.resume();
    app.clock().advance(chrono::Duration::hours(2));
    let mails = sink
        .wait_for(|m| addresses.iter().all(|a| !to(m, a).is_empty()))
        .await;
    // Let both jobs run a few more rounds: nothing more may arrive.
    tokio::time::sleep(Duration::from_millis(800)).await;
    let mails_after = sink.received();
    assert_eq!(mails_after.len(), mails.len());
    for a in &addresses {
        assert_eq!(to(&mails_after, a).len(), 1, "{a} got exactly one e-mail");
    }
    let rows = outbox(&app).await;
    assert!(
        rows.iter()
            .filter(|m| m["kind"] == "REGISTRATION_RECEIVED")
            .all(|m| m["status"] == "SENT" && m["sentAt"].is_string())
    );
    drop(other);
}

/// The reset link's token, read from the outbox the platform admin sees.
async fn reset_token(app: &TestApp, email: &str) -> String {
    let rows = outbox(app).await;
    let mail = rows
        .iter()
        .find(|m| m["kind"] == "PASSWORD_RESET" && m["recipient"] == email)
        .expect("a reset e-mail");
    let body = mail["body"].as_str().unwrap();
    let at = body.find("token=").unwrap() + "token=".len();
    body[at..].split_whitespace().next().unwrap().to_owned()
}

#[tokio::test]
async fn a_reset_link_works_once_within_thirty_minutes_and_signs_out_everywhere() {
    let app = tests::spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let r = app
        .gql(None, REQUEST_RESET, json!({ "e": clinic.email }))
        .await;
    assert_eq!(r.ok()["requestPasswordReset"], true);
    let token = reset_token(&app, &clinic.email).await;
    let new = "a-brand-new-password";
    let r = app.gql(None, RESET, json!({ "t": token, "p": new })).await;
    assert_eq!(r.ok()["resetPassword"], true);
    // Signed out everywhere: the token held before the reset no longer works.
    let me = app.gql(clinic.token(), "{ me { id } }", json!({})).await;
    me.expect_code("UNAUTHENTICATED");
    app.gql(None, LOGIN, json!({ "e": clinic.email, "p": new }))
        .await
        .ok();
    // Used twice: refused, and nothing changes.
    app.gql(
        None,
        RESET,
        json!({ "t": token, "p": "yet-another-password" }),
    )
    .await
    .expect_code("INVALID_STATE_TRANSITION");
    app.gql(
        None,
        LOGIN,
        json!({ "e": clinic.email, "p": "yet-another-password" }),
    )
    .await
    .expect_code("UNAUTHENTICATED");
    app.gql(None, LOGIN, json!({ "e": clinic.email, "p": new }))
        .await
        .ok();

    // Expired after 30 minutes: refused, nothing changes.
    let (_, other) = app.with_clinic("FR").await;
    app.gql(None, REQUEST_RESET, json!({ "e": other.email }))
        .await
        .ok();
    let token = reset_token(&app, &other.email).await;
    app.clock().advance(chrono::Duration::minutes(31));
    let r = app
        .gql(None, RESET, json!({ "t": token, "p": "too-late-password" }))
        .await;
    r.expect_code("INVALID_STATE_TRANSITION");
    assert!(r.body.to_string().contains("expired"), "{}", r.body);
    app.gql(
        None,
        LOGIN,
        json!({ "e": other.email, "p": "too-late-password" }),
    )
    .await
    .expect_code("UNAUTHENTICATED");
    // An unknown token.
    app.gql(
        None,
        RESET,
        json!({ "t": "not-a-token", "p": "whatever-password" }),
    )
    .await
    .expect_code("VALIDATION");
    // Audited: the reset, and each refusal.
    let rows = app.audit_rows().await;
    assert_eq!(
        rows.iter()
            .filter(|r| r.action == "account.password_reset" && r.outcome == "SUCCESS")
            .count(),
        1
    );
    assert_eq!(
        rows.iter()
            .filter(|r| r.action == "account.password_reset" && r.outcome == "DENIED")
            .count(),
        3
    );
}

#[tokio::test]
async fn asking_for_a_reset_answers_the_same_for_a_known_and_an_unknown_address() {
    let app = tests::spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let known = app
        .gql(None, REQUEST_RESET, json!({ "e": clinic.email }))
        .await;
    let unknown = app
        .gql(None, REQUEST_RESET, json!({ "e": "nobody@clinic.example" }))
        .await;
    assert_eq!(known.status, unknown.status);
    assert_eq!(known.body, unknown.body);
    let rows = outbox(&app).await;
    let resets: Vec<_> = rows
        .iter()
        .filter(|m| m["kind"] == "PASSWORD_RESET")
        .collect();
    assert_eq!(resets.len(), 1);
    assert_eq!(resets[0]["recipient"], clinic.email.as_str());
    // Limited per address, known or not, alike (3 in 15 minutes).
    for email in [clinic.email.as_str(), "nobody@clinic.example"] {
        for _ in 0..2 {
            app.gql(None, REQUEST_RESET, json!({ "e": email }))
                .await
                .ok();
        }
        app.gql(None, REQUEST_RESET, json!({ "e": email }))
            .await
            .expect_code("RATE_LIMITED");
    }
}

/// The limit holds when the requests race: ten at once for one address give exactly three
/// links, and the seven refusals are each audited.
#[tokio::test]
async fn ten_reset_requests_at_once_for_one_address_send_exactly_three_links() {
    let app = tests::spawn_app().await;
    let (_, clinic) = app.with_clinic("DE").await;
    let answers = futures_util::future::join_all(
        (0..10).map(|_| app.gql(None, REQUEST_RESET, json!({ "e": clinic.email }))),
    )
    .await;
    let codes: Vec<Option<String>> = answers
        .iter()
        .map(|a| {
            a.body["errors"][0]["extensions"]["code"]
                .as_str()
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(codes.iter().filter(|c| c.is_none()).count(), 3, "{codes:?}");
    assert_eq!(
        codes
            .iter()
            .filter(|c| c.as_deref() == Some("RATE_LIMITED"))
            .count(),
        7,
        "{codes:?}"
    );
    let links = outbox(&app)
        .await
        .into_iter()
        .filter(|m| m["kind"] == "PASSWORD_RESET")
        .count();
    assert_eq!(links, 3);
    let denials = app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| r.outcome == "DENIED" && r.detail.contains("rate_limited"))
        .count();
    assert_eq!(denials, 7);
}

#[tokio::test]
async fn registering_a_taken_address_answers_as_usual_and_tells_its_holder() {
    let sink = SmtpSink::start();
    let app = with_smtp(&sink).spawn().await;
    let mut first = registration_input("FR");
    first["language"] = json!("FR");
    let new = app.gql(None, REGISTER, json!({ "i": first })).await;
    let mut again = registration_input("DE");
    again["contactEmail"] = first["contactEmail"].clone();
    let taken = app.gql(None, REGISTER, json!({ "i": again })).await;
    assert_eq!(new.status, taken.status);
    assert_eq!(new.body, taken.body, "the answer reveals nothing");
    let email = first["contactEmail"].as_str().unwrap();
    let mails = sink.wait_for(|m| to(m, email).len() >= 2).await;
    let mails = to(&mails, email);
    // The registrant's e-mail, and the holder's warning, both in the account's French.
    assert!(
        mails
            .iter()
            .any(|m| m.subject.contains("inscription a été reçue"))
    );
    assert!(
        mails
            .iter()
            .any(|m| m.subject.contains("tenté de s'inscrire"))
    );
    assert!(mails.iter().all(|m| m.language == "fr"));
    // Only the first registration created an organisation; the second is an audited refusal.
    let admin = app.with_admin().await;
    let all = app
        .gql(
            admin.token(),
            "{ organisations { nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        all.ok()["organisations"]["nodes"].as_array().unwrap().len(),
        1
    );
    let rows = app.audit_rows().await;
    assert!(rows.iter().any(|r| r.action == "organisation.register"
        && r.outcome == "DENIED"
        && r.detail.contains("address_taken")));
}
