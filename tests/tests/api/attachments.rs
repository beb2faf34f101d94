//! Attachments of applications and redemptions (`docs/attachments.md`): uploads checked by
//! content, stored under their SHA-256, audited; downloads only for the clinic, its agency and
//! the redeeming provider, NOT_FOUND for anyone else exactly as for a missing attachment.
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tests::fixtures::REDEEM;
use tests::{Account, TestApp, spawn_app};
use uuid::Uuid;

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
const LIST: &str = "query($id: ID!) { voucherApplication(id: $id) { attachments { id kind name contentType sizeBytes sha256 downloadPath } } }";

struct Upload {
    status: StatusCode,
    body: Value,
}

impl Upload {
    fn code(&self) -> Option<&str> {
        self.body["errors"][0]["extensions"]["code"].as_str()
    }
    fn field(&self) -> Option<&str> {
        self.body["errors"][0]["extensions"]["field"].as_str()
    }
}

async fn upload(
    app: &TestApp,
    who: Option<&Account>,
    path: &str,
    content_type: &str,
    name: &str,
    bytes: Vec<u8>,
) -> Upload {
    let mut req = app
        .http
        .post(format!("{}{path}", app.base))
        .query(&[("name", name)])
        .header("content-type", content_type)
        .body(bytes);
    if let Some(a) = who {
        req = req.bearer_auth(&a.token);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let body = res.json().await.unwrap_or(Value::Null);
    Upload { status, body }
}

async fn download(app: &TestApp, who: Option<&Account>, id: &str) -> reqwest::Response {
    let mut req = app.http.get(format!("{}/attachments/{id}", app.base));
    if let Some(a) = who {
        req = req.bearer_auth(&a.token);
    }
    req.send().await.unwrap()
}

fn files_in(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |d| d.count())
}

/// A DE clinic with a submitted application, its agency, and the other parties of the tests.
struct World {
    app: TestApp,
    officer: Account,
    clinic: Account,
    application: Uuid,
    programme: Uuid,
}

async fn world() -> World {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-ATTACH", "100000")
        .await;
    let application = app
        .with_submitted_application(&clinic, programme, "5000")
        .await;
    World {
        app,
        officer,
        clinic,
        application,
        programme,
    }
}

#[tokio::test]
async fn a_clinic_attaches_a_pdf_quote_whose_sha256_is_returned_listed_and_audited() {
    let w = world().await;
    let path = format!("/applications/{}/attachments", w.application);
    let r = upload(
        &w.app,
        Some(&w.clinic),
        &path,
        "application/pdf",
        "quote.pdf",
        PDF.to_vec(),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let sha = hex::encode(Sha256::digest(PDF));
    assert_eq!(r.body["sha256"], json!(sha));
    assert_eq!(r.body["kind"], json!("QUOTE"));
    assert_eq!(r.body["contentType"], json!("application/pdf"));
    assert_eq!(r.body["sizeBytes"], json!(PDF.len()));
    let id = r.body["id"].as_str().unwrap().to_owned();
    assert!(w.app.attachment_dir().join(&sha).is_file());

    let listed = w
        .app
        .gql(w.clinic.token(), LIST, json!({ "id": w.application }))
        .await;
    let list = listed.ok()["voucherApplication"]["attachments"].clone();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["id"], json!(id));
    assert_eq!(list[0]["name"], json!("quote.pdf"));
    assert_eq!(list[0]["sha256"], json!(sha));
    assert_eq!(list[0]["downloadPath"], json!(format!("/attachments/{id}")));

    let rows = w.app.audit_rows().await;
    let row = rows
        .iter()
        .find(|r| r.action == "attachment.upload" && r.outcome == "SUCCESS")
        .expect("the upload is audited");
    assert_eq!(row.object_id.as_deref(), Some(id.as_str()));
    assert_eq!(row.actor_id, Some(w.clinic.id));
    assert!(row.detail.contains(&sha), "{}", row.detail);
    assert!(
        !row.detail.contains("quote.pdf"),
        "no file name in the trail"
    );

    let res = download(&w.app, Some(&w.clinic), &id).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"quote.pdf\"")
    );
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);
    // The download is audited too: who read which file.
    let rows = w.app.audit_rows().await;
    let read = rows
        .iter()
        .find(|r| r.action == "attachment.download")
        .expect("the download is audited");
    assert_eq!(read.outcome, "SUCCESS");
    assert_eq!(read.object_id.as_deref(), Some(id.as_str()));
    assert_eq!(read.actor_id, Some(w.clinic.id));
}

/// Content whose row write failed stays unreferenced: the sweep removes it once it is older
/// than the grace period (audited, one row per file), and never touches referenced content
/// or fresh content whose row may still be on its way.
#[tokio::test]
async fn the_sweep_removes_only_unreferenced_content_older_than_the_grace_period() {
    let w = world().await;
    let path = format!("/applications/{}/attachments", w.application);
    let kept = upload(
        &w.app,
        Some(&w.clinic),
        &path,
        "application/pdf",
        "quote.pdf",
        PDF.to_vec(),
    )
    .await;
    assert_eq!(kept.status, StatusCode::CREATED, "{}", kept.body);
    let kept_id = kept.body["id"].as_str().unwrap().to_owned();
    let dir = w.app.attachment_dir();
    // What a failed row write leaves: content stored under its digest, and no row.
    let orphan = b"%PDF-1.4 a quote whose row was never written".to_vec();
    let orphan_sha = hex::encode(Sha256::digest(&orphan));
    std::fs::write(dir.join(&orphan_sha), &orphan).unwrap();

    // Within the grace period nothing goes: its row may be on its way.
    assert_eq!(
        api::jobs::attachment_sweep::sweep(&w.app.state)
            .await
            .unwrap(),
        0
    );
    assert!(dir.join(&orphan_sha).is_file());

    w.app.clock().advance(chrono::Duration::hours(2));
    assert_eq!(
        api::jobs::attachment_sweep::sweep(&w.app.state)
            .await
            .unwrap(),
        1
    );
    assert!(!dir.join(&orphan_sha).exists(), "the orphan is removed");
    let kept_sha = hex::encode(Sha256::digest(PDF));
    assert!(dir.join(&kept_sha).is_file(), "referenced content stays");
    let res = download(&w.app, Some(&w.clinic), &kept_id).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);

    let removals: Vec<_> = w
        .app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| r.action == "attachment.orphan_removed")
        .collect();
    assert_eq!(removals.len(), 1);
    assert_eq!(removals[0].object_id.as_deref(), Some(orphan_sha.as_str()));
    // A second run (or a second process) finds nothing more to do.
    assert_eq!(
        api::jobs::attachment_sweep::sweep(&w.app.state)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn a_file_that_is_not_what_it_claims_is_refused_naming_the_field_and_nothing_is_stored() {
    let w = world().await;
    let path = format!("/applications/{}/attachments", w.application);
    let before = files_in(w.app.attachment_dir());
    let audited = w.app.audit_rows().await.len();
    let exe =
        b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0This program cannot be run in DOS mode".to_vec();
    for (declared, bytes, field) in [
        ("application/pdf", PNG.to_vec(), "file"),
        ("application/pdf", exe.clone(), "file"),
        ("application/x-msdownload", exe, "contentType"),
        ("application/pdf", Vec::new(), "file"),
    ] {
        let r = upload(&w.app, Some(&w.clinic), &path, declared, "quote.pdf", bytes).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        assert_eq!(r.code(), Some("VALIDATION"), "{}", r.body);
        assert_eq!(r.field(), Some(field), "{}", r.body);
    }
    let r = upload(
        &w.app,
        Some(&w.clinic),
        &path,
        "application/pdf",
        "../../etc/passwd",
        PDF.to_vec(),
    )
    .await;
    assert_eq!(r.field(), Some("name"), "{}", r.body);

    let listed = w
        .app
        .gql(w.clinic.token(), LIST, json!({ "id": w.application }))
        .await;
    assert_eq!(listed.ok()["voucherApplication"]["attachments"], json!([]));
    assert_eq!(files_in(w.app.attachment_dir()), before);
    assert_eq!(w.app.audit_rows().await.len(), audited, "nothing written");
}

#[tokio::test]
async fn a_file_over_ten_megabytes_is_refused_naming_the_field_and_nothing_is_stored() {
    let w = world().await;
    let path = format!("/applications/{}/attachments", w.application);
    let before = files_in(w.app.attachment_dir());
    let mut big = PDF.to_vec();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    let r = upload(
        &w.app,
        Some(&w.clinic),
        &path,
        "application/pdf",
        "big.pdf",
        big,
    )
    .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", r.body);
    assert_eq!(r.code(), Some("VALIDATION"));
    assert_eq!(r.field(), Some("file"));
    let listed = w
        .app
        .gql(w.clinic.token(), LIST, json!({ "id": w.application }))
        .await;
    assert_eq!(listed.ok()["voucherApplication"]["attachments"], json!([]));
    assert_eq!(files_in(w.app.attachment_dir()), before);

    let mut exactly = PDF.to_vec();
    exactly.resize(10 * 1024 * 1024, b' ');
    let r = upload(
        &w.app,
        Some(&w.clinic),
        &path,
        "application/pdf",
        "ten.pdf",
        exactly,
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
}

#[tokio::test]
async fn only_the_clinic_and_its_own_agency_download_an_application_attachment() {
    let w = world().await;
    let (_, fr_officer) = w.app.with_agency("FR").await;
    let (_, neighbour) = w.app.with_clinic("DE").await;
    let (_, vendor) = w.app.with_vendor("DE").await;
    let path = format!("/applications/{}/attachments", w.application);
    let r = upload(
        &w.app,
        Some(&w.clinic),
        &path,
        "application/pdf",
        "quote.pdf",
        PDF.to_vec(),
    )
    .await;
    let id = r.body["id"].as_str().unwrap().to_owned();

    let res = download(&w.app, Some(&w.officer), &id).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);

    let missing = download(&w.app, Some(&neighbour), &Uuid::now_v7().to_string()).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let missing: Value = missing.json().await.unwrap();
    for who in [Some(&neighbour), Some(&fr_officer), Some(&vendor), None] {
        let res = download(&w.app, who, &id).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body, missing, "exactly like a missing attachment");
        assert_eq!(body["errors"][0]["extensions"]["code"], json!("NOT_FOUND"));
    }
    let probes = w
        .app
        .audit_rows()
        .await
        .into_iter()
        .filter(|r| {
            r.action == "attachment.read"
                && r.outcome == "DENIED"
                && r.object_id.as_deref() == Some(id.as_str())
        })
        .count();
    assert_eq!(
        probes, 3,
        "the neighbour's, the French officer's and the provider's probes"
    );

    // Nor do they upload to it, or see it listed.
    let r = upload(
        &w.app,
        Some(&neighbour),
        &path,
        "application/pdf",
        "x.pdf",
        PDF.to_vec(),
    )
    .await;
    assert_eq!(r.code(), Some("NOT_FOUND"));
    let r = upload(
        &w.app,
        None,
        &path,
        "application/pdf",
        "x.pdf",
        PDF.to_vec(),
    )
    .await;
    assert_eq!(r.code(), Some("UNAUTHENTICATED"));
    let listed = w
        .app
        .gql(fr_officer.token(), LIST, json!({ "id": w.application }))
        .await;
    assert_eq!(listed.ok()["voucherApplication"], Value::Null);
}

#[tokio::test]
async fn the_redeeming_provider_attaches_and_downloads_the_invoice_of_its_redemption() {
    let w = world().await;
    let (_, vendor) = w.app.with_vendor("DE").await;
    let (_, other_vendor) = w.app.with_vendor("DE").await;
    let (_, clinic) = w.app.with_clinic("DE").await;
    let (_, code) = w
        .app
        .with_voucher(&w.officer, &clinic, w.programme, "5000")
        .await;
    let r = w
        .app
        .gql(
            vendor.token(),
            REDEEM,
            json!({ "i": { "code": code, "invoiceReference": "INV-7", "serviceCategory": "RISK_ASSESSMENT", "invoiceAmount": "1000" } }),
        )
        .await;
    let redemption = r.ok()["redeemVoucher"]["redemption"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/redemptions/{redemption}/attachments");
    let r = upload(
        &w.app,
        Some(&vendor),
        &path,
        "image/png",
        "invoice.png",
        PNG.to_vec(),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.body["kind"], json!("INVOICE"));
    let id = r.body["id"].as_str().unwrap().to_owned();

    for who in [&vendor, &clinic, &w.officer] {
        let res = download(&w.app, Some(who), &id).await;
        assert_eq!(res.status(), StatusCode::OK, "{:?}", who.role);
        assert_eq!(res.headers()["content-type"], "image/png");
        assert_eq!(res.bytes().await.unwrap().as_ref(), PNG);
    }
    for who in [Some(&other_vendor), Some(&w.clinic), None] {
        let res = download(&w.app, who, &id).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
    }
    let listed = w
        .app
        .gql(
            vendor.token(),
            "{ redemptions(first: 10) { edges { node { id attachments { id kind } } } } }",
            json!({}),
        )
        .await;
    let node = &listed.ok()["redemptions"]["edges"][0]["node"];
    assert_eq!(node["attachments"][0]["id"], json!(id));

    // A redemption takes invoices only; an officer may not upload.
    let r = w
        .app
        .http
        .post(format!("{}{path}?name=q.pdf&kind=QUOTE", w.app.base))
        .bearer_auth(&vendor.token)
        .header("content-type", "application/pdf")
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["errors"][0]["extensions"]["field"], json!("kind"));
    let r = upload(
        &w.app,
        Some(&w.officer),
        &path,
        "application/pdf",
        "x.pdf",
        PDF.to_vec(),
    )
    .await;
    assert_eq!(r.code(), Some("FORBIDDEN"));
}
