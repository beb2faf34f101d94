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

/// "EUR 1,234,567.89"; whole euros without cents ("EUR 2,000,000").
pub(crate) fn eur(amount: Decimal) -> String {
    let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let text = if rounded.fract().is_zero() {
        rounded.trunc().normalize().to_string()
    } else {
        format!("{rounded:.2}")
    };
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3);
    for (n, c) in int_part.chars().enumerate() {
        if n > 0 && (int_part.len() - n) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac_part {
        Some(f) => format!("EUR {sign}{grouped}.{f}"),
        None => format!("EUR {sign}{grouped}"),
    }
}

/// "40%", "24.99%".
pub(crate) fn pct(value: Decimal) -> String {
    format!("{}%", value.round_dp(4).normalize())
}

/// "12.5 AWU" (rounded to two decimals for display).
pub(crate) fn awu(value: Decimal) -> String {
    format!(
        "{} AWU",
        value
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
            .normalize()
    )
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
    }
}
