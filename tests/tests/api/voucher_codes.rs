//! Voucher codes at rest (`docs/security.md`, "Voucher codes at rest"): the database keeps a
//! code only as its HMAC-SHA256 digest and a sealed copy; the clinic still reads its code, a
//! service provider still finds the voucher by typing it, and vouchers issued before this was
//! so are digested and sealed when the server starts.
use api::store::entities::voucher;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;
use tests::spawn_app;

const LOOKUP: &str = "query($c: String!) { voucherLookup(code: $c) { voucherId remaining } }";

/// The code as stored: no column of the row holds it, in any spelling.
fn holds(row: &voucher::Model, code: &str) -> bool {
    let canonical = code.replace('-', "");
    let text = format!(
        "{} {}",
        row.code_digest,
        row.code_sealed.as_deref().unwrap_or_default()
    )
    .to_uppercase();
    text.contains(&canonical) || text.contains(&code.to_uppercase())
}

#[tokio::test]
async fn a_voucher_code_is_stored_only_as_its_digest_and_a_sealed_copy() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-SEALED", "100000")
        .await;
    let (voucher_id, code) = app.with_voucher(&officer, &clinic, programme, "5000").await;

    let row = voucher::Entity::find_by_id(voucher_id)
        .one(&app.db.owner().await)
        .await
        .unwrap()
        .unwrap();
    assert!(!holds(&row, &code), "the row holds the code in clear");
    assert_eq!(row.code_digest.len(), 64, "a hex HMAC-SHA256");
    assert!(row.code_digest.bytes().all(|b| b.is_ascii_hexdigit()));
    assert!(row.code_sealed.is_some());

    // The provider finds it by the code it is told, the clinic still reads it.
    let found = app
        .gql(vendor.token(), LOOKUP, json!({ "c": code.to_lowercase() }))
        .await;
    assert_eq!(
        found.ok()["voucherLookup"]["voucherId"],
        voucher_id.to_string()
    );
    assert_eq!(found.ok()["voucherLookup"]["remaining"], "5000.00");

    // A sealed copy moved to another voucher does not open there (it is bound to its row).
    let (_, other_clinic) = app.with_clinic("DE").await;
    let (other_id, _) = app
        .with_voucher(&officer, &other_clinic, programme, "6000")
        .await;
    voucher::Entity::update_many()
        .col_expr(
            voucher::Column::CodeSealed,
            Expr::value(row.code_sealed.clone()),
        )
        .filter(voucher::Column::Id.eq(other_id))
        .exec(&app.db.owner().await)
        .await
        .unwrap();
    app.gql(
        other_clinic.token(),
        "query($id: ID!) { voucher(id: $id) { code } }",
        json!({ "id": other_id }),
    )
    .await
    .expect_code("INTERNAL");
}

#[tokio::test]
async fn vouchers_issued_before_digests_are_sealed_when_the_server_starts() {
    let app = spawn_app().await;
    let (_, officer) = app.with_agency("DE").await;
    let (_, clinic) = app.with_clinic("DE").await;
    let (_, vendor) = app.with_vendor("DE").await;
    let programme = app
        .with_open_programme(&officer, "DE-LEGACY", "100000")
        .await;
    let (voucher_id, code) = app.with_voucher(&officer, &clinic, programme, "5000").await;
    // As a row written before the migration: the clear code, nothing sealed.
    let clear = code.replace('-', "");
    voucher::Entity::update_many()
        .col_expr(voucher::Column::CodeDigest, Expr::value(clear.clone()))
        .col_expr(
            voucher::Column::CodeSealed,
            Expr::value(Option::<String>::None),
        )
        .filter(voucher::Column::Id.eq(voucher_id))
        .exec(&app.db.owner().await)
        .await
        .unwrap();

    let app = app.restart().await;
    let row = voucher::Entity::find_by_id(voucher_id)
        .one(&app.db.owner().await)
        .await
        .unwrap()
        .unwrap();
    assert!(!holds(&row, &code), "start-up left the code in clear");
    assert!(row.code_sealed.is_some());
    let found = app.gql(vendor.token(), LOOKUP, json!({ "c": code })).await;
    assert_eq!(
        found.ok()["voucherLookup"]["voucherId"],
        voucher_id.to_string()
    );
    let shown = app
        .gql(
            clinic.token(),
            "query($id: ID!) { voucher(id: $id) { code } }",
            json!({ "id": voucher_id }),
        )
        .await;
    assert_eq!(shown.ok()["voucher"]["code"], code);
    let audit = app.audit_rows().await;
    assert!(
        audit
            .iter()
            .any(|r| r.action == "voucher.codes_sealed" && r.detail.contains("\"sealed\":1")),
        "the sealing is audited with its count"
    );
}
