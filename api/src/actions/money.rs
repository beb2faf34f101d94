//! Amounts as the API receives them (a decimal in a known currency) into the integer minor
//! units the domain and the store count in.
use crate::error::{ApiError, ApiResult};
use domain::money::{Currency, Money};
use rust_decimal::Decimal;

/// An amount given in `currency`, as minor units: at most the currency's decimals, positive
/// (or zero when `allow_zero`), and below the ledger's ceiling. Errors name `field`.
pub fn minor_units(
    field: &str,
    amount: Decimal,
    currency: Currency,
    allow_zero: bool,
) -> ApiResult<i64> {
    let m = Money::new(amount, currency)
        .and_then(|m| m.to_minor_units())
        .map_err(|e| ApiError::validation(field, e.to_string()))?;
    if m < 0 || (!allow_zero && m == 0) || m > domain::ledger::MAX_BALANCE_MINOR {
        return Err(ApiError::validation(field, "must be a positive amount"));
    }
    Ok(m)
}
