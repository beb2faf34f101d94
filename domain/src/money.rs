//! Money: an exact `Decimal` amount in an ISO 4217 currency. Never a float.
//!
//! Amounts are stored as integer minor units (`to_minor_units`), so a `Money` can only be built
//! with no more decimals than its currency has. Errors: [`MoneyError`].
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why an amount or currency was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("unknown currency `{0}`: use an ISO 4217 code such as EUR")]
    UnknownCurrency(String),
    #[error("{currency} has {allowed} decimal places; {amount} has more")]
    TooPrecise {
        amount: Decimal,
        currency: Currency,
        allowed: u32,
    },
    #[error("the amount must be positive")]
    NotPositive,
    #[error("the amount is in {found}, but {expected} is required")]
    CurrencyMismatch { expected: Currency, found: Currency },
    #[error("the amount is too large")]
    Overflow,
}

/// An ISO 4217 currency used by a member state (see `reference/member-states.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    EUR,
    CZK,
    DKK,
    HUF,
    PLN,
    RON,
    SEK,
}

impl Currency {
    pub const ALL: [Currency; 7] = [
        Currency::EUR,
        Currency::CZK,
        Currency::DKK,
        Currency::HUF,
        Currency::PLN,
        Currency::RON,
        Currency::SEK,
    ];

    /// Parses an ISO 4217 alphabetic code (case-sensitive, as the standard writes it).
    pub fn parse(code: &str) -> Result<Self, MoneyError> {
        Self::ALL
            .into_iter()
            .find(|c| c.code() == code)
            .ok_or_else(|| MoneyError::UnknownCurrency(code.to_owned()))
    }

    pub fn code(self) -> &'static str {
        match self {
            Currency::EUR => "EUR",
            Currency::CZK => "CZK",
            Currency::DKK => "DKK",
            Currency::HUF => "HUF",
            Currency::PLN => "PLN",
            Currency::RON => "RON",
            Currency::SEK => "SEK",
        }
    }

    /// The ISO 4217 minor-unit exponent. All of these currencies have 2.
    pub fn minor_units(self) -> u32 {
        2
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An exact amount of money in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    amount: Decimal,
    currency: Currency,
}

impl Money {
    /// Builds an amount, refusing more decimals than the currency has. Zero and negative
    /// amounts are allowed here (balances can be zero); use [`Money::positive`] for inputs.
    pub fn new(amount: Decimal, currency: Currency) -> Result<Self, MoneyError> {
        let allowed = currency.minor_units();
        let normalized = amount.normalize();
        if normalized.scale() > allowed {
            return Err(MoneyError::TooPrecise {
                amount,
                currency,
                allowed,
            });
        }
        // Check it fits in i64 minor units, the storage format.
        let m = Self { amount, currency };
        m.to_minor_units()?;
        Ok(m)
    }

    /// Builds a strictly positive amount: what every money input of the platform must be.
    pub fn positive(amount: Decimal, currency: Currency) -> Result<Self, MoneyError> {
        if amount <= Decimal::ZERO {
            return Err(MoneyError::NotPositive);
        }
        Self::new(amount, currency)
    }

    pub fn zero(currency: Currency) -> Self {
        Self {
            amount: Decimal::ZERO,
            currency,
        }
    }

    /// From integer minor units, as stored in the database.
    pub fn from_minor_units(units: i64, currency: Currency) -> Self {
        Self {
            amount: Decimal::new(units, currency.minor_units()),
            currency,
        }
    }

    /// To integer minor units, for storage.
    pub fn to_minor_units(&self) -> Result<i64, MoneyError> {
        let scaled = self
            .amount
            .checked_mul(Decimal::from(10_i64.pow(self.currency.minor_units())))
            .ok_or(MoneyError::Overflow)?;
        let units = scaled.trunc();
        if units != scaled {
            return Err(MoneyError::TooPrecise {
                amount: self.amount,
                currency: self.currency,
                allowed: self.currency.minor_units(),
            });
        }
        i64::try_from(units).map_err(|_| MoneyError::Overflow)
    }

    pub fn amount(&self) -> Decimal {
        self.amount
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// Requires the amount to be in `expected`.
    pub fn in_currency(self, expected: Currency) -> Result<Self, MoneyError> {
        if self.currency != expected {
            return Err(MoneyError::CurrencyMismatch {
                expected,
                found: self.currency,
            });
        }
        Ok(self)
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        let other = other.in_currency(self.currency)?;
        let amount = self
            .amount
            .checked_add(other.amount)
            .ok_or(MoneyError::Overflow)?;
        Money::new(amount, self.currency)
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        let other = other.in_currency(self.currency)?;
        let amount = self
            .amount
            .checked_sub(other.amount)
            .ok_or(MoneyError::Overflow)?;
        Money::new(amount, self.currency)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:.*} {}",
            self.currency.minor_units() as usize,
            self.amount,
            self.currency
        )
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn an_amount_with_more_decimals_than_the_currency_is_refused() {
        let err = Money::new(d("10.001"), Currency::EUR).unwrap_err();
        assert!(matches!(err, MoneyError::TooPrecise { allowed: 2, .. }));
    }

    #[test]
    fn trailing_zeros_beyond_the_minor_unit_are_not_extra_precision() {
        let m = Money::new(d("10.100"), Currency::EUR).unwrap();
        assert_eq!(m.to_minor_units().unwrap(), 1010);
    }

    #[test]
    fn zero_and_negative_inputs_are_not_positive() {
        assert_eq!(
            Money::positive(Decimal::ZERO, Currency::EUR),
            Err(MoneyError::NotPositive)
        );
        assert_eq!(
            Money::positive(d("-1"), Currency::EUR),
            Err(MoneyError::NotPositive)
        );
    }

    #[test]
    fn currencies_are_parsed_from_iso_codes_only() {
        assert_eq!(Currency::parse("PLN").unwrap(), Currency::PLN);
        assert!(Currency::parse("eur").is_err());
        assert!(Currency::parse("USD").is_err());
    }

    #[test]
    fn adding_different_currencies_is_refused() {
        let a = Money::new(d("1"), Currency::EUR).unwrap();
        let b = Money::new(d("1"), Currency::SEK).unwrap();
        assert!(matches!(
            a.checked_add(b),
            Err(MoneyError::CurrencyMismatch { .. })
        ));
    }

    #[test]
    fn amounts_beyond_i64_minor_units_overflow() {
        assert_eq!(
            Money::new(d("922337203685477580.08"), Currency::EUR),
            Err(MoneyError::Overflow)
        );
    }

    #[test]
    fn display_always_shows_the_minor_units() {
        assert_eq!(
            Money::new(d("5"), Currency::EUR).unwrap().to_string(),
            "5.00 EUR"
        );
    }

    proptest! {
        #[test]
        fn minor_units_round_trip(units in -1_000_000_000_000i64..1_000_000_000_000i64) {
            let m = Money::from_minor_units(units, Currency::EUR);
            prop_assert_eq!(m.to_minor_units().unwrap(), units);
            prop_assert_eq!(Money::new(m.amount(), Currency::EUR).unwrap(), m);
        }

        #[test]
        fn addition_then_subtraction_is_identity(a in 0i64..1_000_000_000_000, b in 0i64..1_000_000_000_000) {
            let x = Money::from_minor_units(a, Currency::EUR);
            let y = Money::from_minor_units(b, Currency::EUR);
            prop_assert_eq!(x.checked_add(y).unwrap().checked_sub(y).unwrap(), x);
        }
    }
}
