//! The explanation trace and the formatting of figures for it. Figures are rounded here, for
//! display only; the engine computes with exact decimals.
use rust_decimal::{Decimal, RoundingStrategy};

use super::output::TraceStep;

/// The steps of the reasoning, in order.
#[derive(Debug, Default)]
pub(crate) struct Trace {
    steps: Vec<TraceStep>,
}

impl Trace {
    pub(crate) fn push(&mut self, article: &str, text: impl Into<String>) {
        self.steps.push(TraceStep {
            article: article.to_owned(),
            text: text.into(),
        });
    }

    pub(crate) fn into_steps(self) -> Vec<TraceStep> {
        self.steps
    }
}

/// The thousands separator of the trace's language (English): "5,000 inhabitants".
const THOUSANDS: char = ',';

/// A decimal, as written, with its whole part grouped by thousands: "1234567.5" → "1,234,567.5".
fn grouped(text: &str) -> String {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut out = String::with_capacity(text.len() + int_part.len() / 3);
    out.push_str(sign);
    for (n, c) in int_part.chars().enumerate() {
        if n > 0 && (int_part.len() - n) % 3 == 0 {
            out.push(THOUSANDS);
        }
        out.push(c);
    }
    if let Some(f) = frac_part {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// A whole number grouped by thousands: "5,000".
pub(crate) fn count(n: impl Into<u64>) -> String {
    grouped(&n.into().to_string())
}

/// A decimal rounded to two places for display and grouped by thousands: "1,234.5".
pub(crate) fn number(value: Decimal) -> String {
    grouped(
        &value
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
            .normalize()
            .to_string(),
    )
}

/// "EUR 1,234,567.89"; whole euros without cents ("EUR 2,000,000").
pub(crate) fn eur(amount: Decimal) -> String {
    let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let text = if rounded.fract().is_zero() {
        rounded.trunc().normalize().to_string()
    } else {
        format!("{rounded:.2}")
    };
    format!("EUR {}", grouped(&text))
}

/// "40%", "24.99%".
pub(crate) fn pct(value: Decimal) -> String {
    format!("{}%", value.round_dp(4).normalize())
}

/// "12.5 AWU", "1,250 AWU" (rounded to two decimals for display).
pub(crate) fn awu(value: Decimal) -> String {
    format!("{} AWU", number(value))
}

/// "Alpha", "Alpha and Beta", "Alpha, Beta and Gamma".
pub(crate) fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", rest.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn amounts_are_grouped_by_thousands_and_rounded_to_cents_for_display() {
        assert_eq!(eur(Decimal::new(200_000_000, 2)), "EUR 2,000,000");
        assert_eq!(eur(Decimal::new(123_456_789, 2)), "EUR 1,234,567.89");
        assert_eq!(eur(Decimal::new(1_000_005, 3)), "EUR 1,000.01");
        assert_eq!(eur(Decimal::new(999, 0)), "EUR 999");
        assert_eq!(pct(Decimal::new(2499, 2)), "24.99%");
        assert_eq!(pct(Decimal::new(4000, 2)), "40%");
        assert_eq!(awu(Decimal::new(125, 1)), "12.5 AWU");
        assert_eq!(eur(Decimal::new(-1_234_500, 0)), "EUR -1,234,500");
    }

    #[test]
    fn numbers_in_the_trace_use_the_english_thousands_separator() {
        assert_eq!(count(4_999u32), "4,999");
        assert_eq!(count(5_000u32), "5,000");
        assert_eq!(count(999u32), "999");
        assert_eq!(count(1_234_567u32), "1,234,567");
        assert_eq!(awu(Decimal::new(12_505, 1)), "1,250.5 AWU");
        assert_eq!(awu(Decimal::new(1_000_005, 3)), "1,000.01 AWU");
        assert_eq!(number(Decimal::new(250, 0)), "250");
    }

    #[test]
    fn lists_are_joined_with_commas_and_a_final_and() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["A"]), "A");
        assert_eq!(and_list(&["A", "B"]), "A and B");
        assert_eq!(and_list(&["A", "B", "C"]), "A, B and C");
    }
}
