//! The reason an officer gives for a decision the other party will read (a rejected
//! application, a cancelled voucher). Errors: [`ParseError`] naming the field `reason`.
use crate::member_state::ParseError;
use serde::{Deserialize, Serialize};

/// The longest reason accepted, in characters.
pub const MAX_REASON_CHARS: usize = 2000;

/// A decision's reason: trimmed, 1 to 2000 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionReason(String);

impl DecisionReason {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let t = s.trim();
        if t.is_empty() || t.chars().count() > MAX_REASON_CHARS {
            return Err(ParseError::new(
                "reason",
                format!("give a reason of 1 to {MAX_REASON_CHARS} characters"),
            ));
        }
        Ok(Self(t.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_trimmed_and_kept() {
        let r = DecisionReason::parse("  budget exhausted \n").map(|r| r.0);
        assert_eq!(r.as_deref(), Ok("budget exhausted"));
    }

    #[test]
    fn an_empty_or_overlong_reason_is_refused_naming_the_field() {
        for bad in ["", "   \n\t", &"x".repeat(MAX_REASON_CHARS + 1)] {
            let e = DecisionReason::parse(bad).err();
            assert_eq!(e.map(|e| e.field), Some("reason"), "{bad:?}");
        }
        assert!(DecisionReason::parse(&"é".repeat(MAX_REASON_CHARS)).is_ok());
    }
}
