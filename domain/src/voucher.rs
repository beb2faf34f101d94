//! Vouchers: the unguessable code, the lifecycle `ISSUED → PARTIALLY_REDEEMED → REDEEMED` (or
//! `EXPIRED` / `CANCELLED`), and the money arithmetic of redemption, pre-financing and release.
//! Errors: [`VoucherError`], [`CodeError`].
//!
//! All amounts are integer minor units of the programme's currency. For one voucher:
//! - `amount` is committed on approval; `prefinanced` (≤ amount) of it is paid at once
//!   (`reference/voucher-schemes.md`: "pre-financing, for example 20% on approval");
//! - `redeemed` is the sum of what redemptions covered. The advance is offset against the first
//!   redemptions, so paying them disburses only what goes beyond it ([`net_payable`]);
//! - when the voucher closes early (expiry, cancellation) the unspent commitment,
//!   `amount − max(redeemed, prefinanced)`, is released ([`unspent`]).
use crate::programme::Percent;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum VoucherStatus {
    Issued,
    PartiallyRedeemed,
    Redeemed,
    Expired,
    Cancelled,
}

crate::organisation::str_enum!(VoucherStatus { Issued = "ISSUED", PartiallyRedeemed = "PARTIALLY_REDEEMED", Redeemed = "REDEEMED", Expired = "EXPIRED", Cancelled = "CANCELLED" });

impl VoucherStatus {
    /// The step into this status, in words: "cancelled", "expired".
    fn done(self) -> &'static str {
        match self {
            VoucherStatus::Issued => "issued",
            VoucherStatus::PartiallyRedeemed => "partially redeemed",
            VoucherStatus::Redeemed => "redeemed",
            VoucherStatus::Expired => "expired",
            VoucherStatus::Cancelled => "cancelled",
        }
    }

    /// Whether the voucher can still be redeemed (before its expiry date).
    pub fn is_active(self) -> bool {
        matches!(
            self,
            VoucherStatus::Issued | VoucherStatus::PartiallyRedeemed
        )
    }
}

/// A redemption's payment: pending until the agency approves it, which disburses its funds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RedemptionStatus {
    PendingPayment,
    Paid,
}

crate::organisation::str_enum!(RedemptionStatus { PendingPayment = "PENDING_PAYMENT", Paid = "PAID" });

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VoucherError {
    #[error("the voucher is {0:?} and cannot be redeemed")]
    NotRedeemable(VoucherStatus),
    #[error("the voucher expired")]
    Expired,
    #[error("the voucher does not cover {0}")]
    CategoryNotCovered(String),
    #[error("the invoice amount must be positive")]
    InvoiceNotPositive,
    #[error("nothing is left on the voucher")]
    NothingLeft,
    #[error("{}", crate::refused_step("voucher", from.as_str(), to.done(), from == to))]
    InvalidTransition {
        from: VoucherStatus,
        to: VoucherStatus,
    },
}

/// What a redemption against an invoice pays: the aid intensity × the invoice, capped at what
/// remains on the voucher. The clinic pays the rest of the invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub covered: i64,
    pub clinic_pays: i64,
    /// What remains on the voucher after this redemption.
    pub remaining_after: i64,
}

/// The quote for an invoice of `invoice` against a voucher with `remaining` left.
pub fn quote(aid_intensity: Percent, invoice: i64, remaining: i64) -> Result<Quote, VoucherError> {
    if invoice <= 0 {
        return Err(VoucherError::InvoiceNotPositive);
    }
    if remaining <= 0 {
        return Err(VoucherError::NothingLeft);
    }
    let covered = aid_intensity.of_minor(invoice).min(remaining);
    if covered <= 0 {
        return Err(VoucherError::NothingLeft);
    }
    Ok(Quote {
        covered,
        clinic_pays: invoice - covered,
        remaining_after: remaining - covered,
    })
}

/// The status after a redemption leaves `remaining_after`.
pub fn status_after_redemption(remaining_after: i64) -> VoucherStatus {
    if remaining_after == 0 {
        VoucherStatus::Redeemed
    } else {
        VoucherStatus::PartiallyRedeemed
    }
}

/// Whether a voucher in `status`, expiring at `expires_at`, may be redeemed at `now`.
pub fn check_redeemable(status: VoucherStatus, expired: bool) -> Result<(), VoucherError> {
    if !status.is_active() {
        return Err(VoucherError::NotRedeemable(status));
    }
    if expired {
        return Err(VoucherError::Expired);
    }
    Ok(())
}

/// Closing a voucher early: only an active voucher can expire or be cancelled.
pub fn close(from: VoucherStatus, to: VoucherStatus) -> Result<VoucherStatus, VoucherError> {
    match (from, to) {
        (f, VoucherStatus::Expired | VoucherStatus::Cancelled) if f.is_active() => Ok(to),
        (from, to) => Err(VoucherError::InvalidTransition { from, to }),
    }
}

/// The part of a redemption covering `covered`, made when `redeemed_before` was already
/// redeemed, that is still to be paid after the advance `prefinanced` is offset.
pub fn net_payable(prefinanced: i64, redeemed_before: i64, covered: i64) -> i64 {
    let beyond = |x: i64| (x - prefinanced).max(0);
    beyond(redeemed_before + covered) - beyond(redeemed_before)
}

/// The commitment an early close releases: what was neither redeemed nor paid in advance.
pub fn unspent(amount: i64, prefinanced: i64, redeemed: i64) -> i64 {
    (amount - redeemed.max(prefinanced)).max(0)
}

/// The pre-financing paid on approval: the share of the voucher, rounded down.
pub fn prefinancing(share: Option<Percent>, amount: i64) -> i64 {
    share.map_or(0, |s| s.of_minor(amount))
}

/// Crockford's base-32 alphabet: no I, L, O or U, so codes read aloud and typed are unambiguous.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Random characters in a code: 19 × 5 = 95 bits of randomness.
const RANDOM_CHARS: usize = 19;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("a voucher code has 20 characters")]
    Length,
    #[error("a voucher code uses only letters and digits")]
    Character,
    #[error("the code has a typo: its check character does not match")]
    Check,
}

/// A voucher code: 19 random base-32 characters (95 bits) and a check character, the number
/// they form modulo the prime 37 (as in Crockford's base 32). Because 37 divides neither a
/// change of one character (d × 32^i) nor a swap of neighbours ((a − b) × 31 × 32^i), every
/// single-character typo and every swap of two adjacent characters is caught. Shown as
/// `XXXX-XXXX-XXXX-XXXX-XXXX`. It is a secret: never log it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct VoucherCode(String);

impl std::fmt::Debug for VoucherCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VoucherCode(…)")
    }
}

fn value_of(c: u8) -> Option<u32> {
    let c = match c.to_ascii_uppercase() {
        b'O' => b'0',
        b'I' | b'L' => b'1',
        other => other,
    };
    ALPHABET.iter().position(|a| *a == c).map(|p| p as u32)
}

/// The code's 19 random characters as one number (most significant first).
fn number(values: &[u32]) -> u128 {
    values.iter().fold(0u128, |n, v| (n << 5) | u128::from(*v))
}

impl VoucherCode {
    /// A code from 12 random bytes (the caller supplies them from the OS's CSPRNG), or `None`
    /// for the 5 in 37 draws whose check value has no letter in the alphabet: draw again.
    pub fn from_random(bytes: [u8; 12]) -> Option<Self> {
        let mut b = [0u8; 16];
        b[4..].copy_from_slice(&bytes);
        let bits = u128::from_be_bytes(b) & ((1u128 << (5 * RANDOM_CHARS)) - 1);
        let check = u32::try_from(bits % 37).ok().filter(|c| *c < 32)?;
        let mut values: Vec<u32> = (0..RANDOM_CHARS)
            .rev()
            .map(|i| ((bits >> (5 * i)) & 31) as u32)
            .collect();
        values.push(check);
        Some(Self(
            values
                .iter()
                .map(|v| ALPHABET[*v as usize] as char)
                .collect(),
        ))
    }

    /// Parses a typed code: case, spaces and dashes don't matter; O reads as 0, I and L as 1.
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        let chars: Vec<u8> = s
            .bytes()
            .filter(|b| !matches!(b, b'-' | b' ' | b'\t'))
            .collect();
        if chars.len() != RANDOM_CHARS + 1 {
            return Err(CodeError::Length);
        }
        let values = chars
            .iter()
            .map(|c| value_of(*c))
            .collect::<Option<Vec<u32>>>()
            .ok_or(CodeError::Character)?;
        let (body, check) = values.split_at(RANDOM_CHARS);
        if number(body) % 37 != u128::from(check[0]) {
            return Err(CodeError::Check);
        }
        Ok(Self(
            values
                .iter()
                .map(|v| ALPHABET[*v as usize] as char)
                .collect(),
        ))
    }

    /// The canonical form, as stored: 20 characters, no dashes.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// For people: groups of four.
    pub fn display(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    }
}

/// An invoice's reference as the service provider numbers it: trimmed, 1 to 100 characters,
/// no control characters. One provider cannot redeem the same reference twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceReference(String);

impl InvoiceReference {
    pub fn parse(s: &str) -> Result<Self, crate::member_state::ParseError> {
        let t = s.trim();
        if t.is_empty() || t.chars().count() > 100 || t.chars().any(char::is_control) {
            return Err(crate::member_state::ParseError::new(
                "invoiceReference",
                "must be 1 to 100 characters",
            ));
        }
        Ok(Self(t.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn pct(p: i64) -> Percent {
        Percent::parse("p", Decimal::from(p)).unwrap()
    }

    #[test]
    fn the_voucher_pays_the_aid_intensity_of_the_invoice_and_the_clinic_the_rest() {
        let q = quote(pct(50), 80_000, 1_000_000).unwrap();
        assert_eq!(
            (q.covered, q.clinic_pays, q.remaining_after),
            (40_000, 40_000, 960_000)
        );
    }

    #[test]
    fn the_voucher_never_pays_more_than_remains() {
        let q = quote(pct(80), 100_000, 30_000).unwrap();
        assert_eq!(
            (q.covered, q.clinic_pays, q.remaining_after),
            (30_000, 70_000, 0)
        );
        assert_eq!(
            status_after_redemption(q.remaining_after),
            VoucherStatus::Redeemed
        );
    }

    #[test]
    fn odd_cents_are_rounded_in_the_clinics_disfavour_never_the_funds() {
        // 50% of 0.03 is 0.015: the voucher pays 0.01 and the clinic 0.02.
        let q = quote(pct(50), 3, 100).unwrap();
        assert_eq!((q.covered, q.clinic_pays), (1, 2));
    }

    #[test]
    fn an_empty_voucher_or_invoice_is_refused() {
        assert_eq!(
            quote(pct(50), 0, 100),
            Err(VoucherError::InvoiceNotPositive)
        );
        assert_eq!(quote(pct(50), 100, 0), Err(VoucherError::NothingLeft));
        // 50% of one cent rounds to nothing: no redemption of zero.
        assert_eq!(quote(pct(50), 1, 100), Err(VoucherError::NothingLeft));
    }

    #[test]
    fn only_active_unexpired_vouchers_are_redeemable() {
        assert!(check_redeemable(VoucherStatus::Issued, false).is_ok());
        assert!(check_redeemable(VoucherStatus::PartiallyRedeemed, false).is_ok());
        assert_eq!(
            check_redeemable(VoucherStatus::Issued, true),
            Err(VoucherError::Expired)
        );
        for s in [
            VoucherStatus::Redeemed,
            VoucherStatus::Expired,
            VoucherStatus::Cancelled,
        ] {
            assert_eq!(
                check_redeemable(s, false),
                Err(VoucherError::NotRedeemable(s))
            );
        }
    }

    #[test]
    fn only_active_vouchers_can_expire_or_be_cancelled() {
        assert_eq!(
            close(VoucherStatus::PartiallyRedeemed, VoucherStatus::Cancelled),
            Ok(VoucherStatus::Cancelled)
        );
        assert!(close(VoucherStatus::Redeemed, VoucherStatus::Expired).is_err());
        assert!(close(VoucherStatus::Cancelled, VoucherStatus::Expired).is_err());
        assert!(close(VoucherStatus::Issued, VoucherStatus::Redeemed).is_err());
    }

    #[test]
    fn the_advance_is_offset_against_the_first_redemptions() {
        // 20% of 10,000 pre-financed: 2,000.
        assert_eq!(prefinancing(Some(pct(20)), 10_000), 2_000);
        assert_eq!(net_payable(2_000, 0, 1_500), 0);
        assert_eq!(net_payable(2_000, 1_500, 1_500), 1_000);
        assert_eq!(net_payable(2_000, 3_000, 1_000), 1_000);
        assert_eq!(net_payable(0, 0, 1_000), 1_000);
    }

    #[test]
    fn an_early_close_releases_what_was_neither_redeemed_nor_advanced() {
        assert_eq!(unspent(10_000, 2_000, 0), 8_000);
        assert_eq!(unspent(10_000, 2_000, 1_500), 8_000);
        assert_eq!(unspent(10_000, 2_000, 6_000), 4_000);
        assert_eq!(unspent(10_000, 0, 10_000), 0);
    }

    proptest! {
        /// Whatever the order of redemptions, the advance plus the net payments plus the
        /// release equals the voucher's amount: the commitment is used exactly.
        #[test]
        fn a_vouchers_commitment_is_spent_exactly(
            amount in 1i64..1_000_000,
            share in 0i64..100,
            invoices in proptest::collection::vec(1i64..500_000, 0..8),
            intensity in 1i64..=100,
        ) {
            let pre = prefinancing(if share == 0 { None } else { Some(pct(share)) }, amount);
            let mut redeemed = 0;
            let mut paid = 0;
            for inv in invoices {
                let Ok(q) = quote(pct(intensity), inv, amount - redeemed) else { continue };
                paid += net_payable(pre, redeemed, q.covered);
                redeemed += q.covered;
                prop_assert!(redeemed <= amount);
            }
            prop_assert_eq!(pre + paid + unspent(amount, pre, redeemed), amount);
        }

        #[test]
        fn a_generated_code_parses_back_in_any_typing(bytes in any::<[u8; 12]>()) {
            let code = VoucherCode::from_random(bytes);
            prop_assume!(code.is_some());
            let code = code.unwrap();
            prop_assert_eq!(code.as_str().len(), 20);
            prop_assert_eq!(VoucherCode::parse(&code.display()), Ok(code.clone()));
            prop_assert_eq!(VoucherCode::parse(&code.as_str().to_lowercase()), Ok(code.clone()));
        }

        #[test]
        fn any_single_typo_is_caught(bytes in any::<[u8; 12]>(), pos in 0usize..20, with in 0usize..32) {
            let code = VoucherCode::from_random(bytes);
            prop_assume!(code.is_some());
            let code = code.unwrap();
            let mut chars: Vec<u8> = code.as_str().bytes().collect();
            prop_assume!(chars[pos] != ALPHABET[with]);
            chars[pos] = ALPHABET[with];
            let typo = String::from_utf8(chars).unwrap();
            prop_assert_eq!(VoucherCode::parse(&typo), Err(CodeError::Check));
        }

        #[test]
        fn any_swap_of_adjacent_characters_is_caught(bytes in any::<[u8; 12]>(), pos in 0usize..19) {
            let code = VoucherCode::from_random(bytes);
            prop_assume!(code.is_some());
            let code = code.unwrap();
            let mut chars: Vec<u8> = code.as_str().bytes().collect();
            prop_assume!(chars[pos] != chars[pos + 1]);
            chars.swap(pos, pos + 1);
            let typo = String::from_utf8(chars).unwrap();
            prop_assert_eq!(VoucherCode::parse(&typo), Err(CodeError::Check));
        }
    }

    #[test]
    fn codes_use_95_random_bits_and_hide_themselves_from_debug_output() {
        let zero = VoucherCode::from_random([0; 12]).unwrap();
        assert_eq!(zero.as_str(), "00000000000000000000");
        // The highest of the 95 bits used becomes the first character.
        let mut top = [0u8; 12];
        top[0] = 0x40; // bit 94
        let b = VoucherCode::from_random(top).unwrap_or_else(|| {
            VoucherCode::from_random([0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]).unwrap()
        });
        assert!(b.as_str().starts_with('G'), "{}", b.as_str());
        assert_eq!(format!("{zero:?}"), "VoucherCode(…)");
    }

    #[test]
    fn draws_whose_check_has_no_letter_are_redrawn() {
        let drawn = (0u8..=255)
            .map(|i| VoucherCode::from_random([i; 12]))
            .filter(Option::is_some)
            .count();
        // About 32 in 37 draws give a code.
        assert!((180..=250).contains(&drawn), "{drawn}");
    }

    #[test]
    fn wrong_lengths_and_symbols_are_refused_with_a_reason() {
        assert_eq!(VoucherCode::parse("ABC"), Err(CodeError::Length));
        assert_eq!(
            VoucherCode::parse("ABCD-EFGH-JKMN-PQRS-TVW*"),
            Err(CodeError::Character)
        );
    }
    #[test]
    fn invoice_references_are_trimmed_and_bounded() {
        assert_eq!(
            InvoiceReference::parse(" INV-2027-001 ").map(|r| r.0),
            Ok("INV-2027-001".to_owned())
        );
        for bad in ["", " ", "INV\t1", &"9".repeat(101)] {
            assert_eq!(
                InvoiceReference::parse(bad).map_err(|e| e.field),
                Err("invoiceReference"),
                "{bad:?}"
            );
        }
    }
}
