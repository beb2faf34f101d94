//! Safe retries (`docs/vouchers.md`, "Retrying safely"; issue #14): a client whose response was
//! lost sends the same request again with the same idempotency key. The operations that decide
//! or move money (`approveVoucherApplication`, `rejectVoucherApplication`,
//! `approveRedemptionPayment`, `redeemVoucher`, `cancelVoucher`) keep the key on the row they
//! change, in the same conditional update, so a retry finds its own earlier change and gets
//! it back (the row as it is now) instead of an error or a second effect. The same key with a
//! different request is a `CONFLICT`, as for `allocateFunds`.
use crate::error::{ApiError, ApiResult};
use domain::ledger::IdempotencyKey;

/// Whether this request, sent with `key`, is a retry of the change whose key is `stored`:
/// `true` when the keys match and `same_request` (the row shows the effect this request
/// asks for); the same key for another request is a `CONFLICT`; anything else is not a retry.
pub fn is_retry(
    key: Option<&IdempotencyKey>,
    stored: Option<&str>,
    same_request: bool,
) -> ApiResult<bool> {
    match key {
        Some(k) if stored == Some(k.as_str()) => {
            if same_request {
                Ok(true)
            } else {
                Err(ApiError::Conflict(
                    "this idempotency key was used for a different request".into(),
                ))
            }
        }
        _ => Ok(false),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn only_the_same_key_for_the_same_request_is_a_retry() {
        let k = IdempotencyKey::parse("retry-1").unwrap();
        assert!(is_retry(Some(&k), Some("retry-1"), true).unwrap());
        assert!(!is_retry(Some(&k), Some("other"), true).unwrap());
        assert!(!is_retry(Some(&k), None, true).unwrap());
        assert!(!is_retry(None, Some("retry-1"), true).unwrap());
        assert!(matches!(
            is_retry(Some(&k), Some("retry-1"), false),
            Err(ApiError::Conflict(_))
        ));
    }
}
