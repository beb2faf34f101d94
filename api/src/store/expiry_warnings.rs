//! Voucher expiry warnings (issue #17): 30 days before a voucher expires, its organisation's
//! users get an e-mail, once. The warning's row is the condition (`INSERT … ON CONFLICT DO
//! NOTHING` checked for one row), so several processes running the expiry job warn once; the
//! row, the e-mails and the audit row are one transaction.
use super::audit::Actor;
use super::ledger::stmt;
use super::outbox;
use super::write::Audit;
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::audit::member_state_chain;
use domain::email::{Mail, expiry_warning_horizon};
use domain::member_state::MemberState;
use domain::voucher::VoucherStatus;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// Warns every active voucher expiring within the warning window that was not warned yet.
/// Returns how many this process warned.
pub async fn warn_due(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    batch: u64,
) -> Result<u64, StoreError> {
    let db = store.db();
    let due = db
        .query_all_raw(stmt(
            db.get_database_backend(),
            "SELECT v.id, v.organisation_id, v.member_state, v.reference, v.expires_at \
             FROM voucher v WHERE v.status IN ($1, $2) AND v.expires_at > $3 \
             AND v.expires_at <= $4 AND NOT EXISTS \
             (SELECT 1 FROM voucher_expiry_warning w WHERE w.voucher_id = v.id) \
             ORDER BY v.expires_at LIMIT $5",
            vec![
                VoucherStatus::Issued.as_str().into(),
                VoucherStatus::PartiallyRedeemed.as_str().into(),
                now.into(),
                expiry_warning_horizon(now).into(),
                i64::try_from(batch).unwrap_or(100).into(),
            ],
        ))
        .await?;
    let mut warned = 0;
    for r in &due {
        let id: Uuid = r.try_get("", "id")?;
        let organisation: Uuid = r.try_get("", "organisation_id")?;
        let member_state: String = r.try_get("", "member_state")?;
        let member_state =
            MemberState::parse(&member_state).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let reference: Option<String> = r.try_get("", "reference")?;
        let expires_at: DateTime<Utc> = r.try_get("", "expires_at")?;
        let tx = store.tx(actor, now).await?;
        let won = tx
            .execute_raw(stmt(
                tx.get_database_backend(),
                "INSERT INTO voucher_expiry_warning (voucher_id, warned_at) VALUES ($1, $2) \
                 ON CONFLICT (voucher_id) DO NOTHING",
                vec![id.into(), now.into()],
            ))
            .await?
            .rows_affected();
        if won != 1 {
            tx.rollback().await?;
            continue;
        }
        let mail = Mail::VoucherExpiring {
            reference: reference.unwrap_or_default(),
            expires_on: expires_at.format("%Y-%m-%d").to_string(),
        };
        outbox::to_organisation(&*tx, organisation, &mail, now).await?;
        tx.audit(Audit::new(
            member_state_chain(member_state),
            "voucher.expiry_warning",
            "Voucher",
            id,
        ))
        .await?;
        tx.commit().await?;
        warned += 1;
    }
    Ok(warned)
}
