//! References people can quote: every application, voucher, redemption and payment gets one,
//! e.g. `DE-KH-CYBER-2027-A-000123`: the member state, the programme's code, a letter for the
//! kind and a number counted per programme and kind, without gaps, in the order of submission or
//! issue (the store draws it from a counter row in the same transaction as the change).
//! Errors: [`ParseError`] naming the field `reference`.
use crate::member_state::{MemberState, ParseError};
use crate::programme::ProgrammeCode;
use serde::{Deserialize, Serialize};

/// What a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReferenceKind {
    /// A voucher application, numbered at submission.
    Application,
    /// A voucher, numbered at issue.
    Voucher,
    /// A redemption, numbered when the service provider redeems.
    Redemption,
    /// A redemption's payment, numbered when the payment is approved.
    Payment,
}

impl ReferenceKind {
    pub const ALL: [ReferenceKind; 4] = [
        ReferenceKind::Application,
        ReferenceKind::Voucher,
        ReferenceKind::Redemption,
        ReferenceKind::Payment,
    ];

    /// The letter in the reference (and the counter's key).
    pub fn letter(self) -> &'static str {
        match self {
            ReferenceKind::Application => "A",
            ReferenceKind::Voucher => "V",
            ReferenceKind::Redemption => "R",
            ReferenceKind::Payment => "P",
        }
    }

    fn from_letter(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.letter() == s)
    }
}

/// The most numbers one programme gives per kind (six digits).
pub const MAX_NUMBER: i64 = 999_999;

/// A reference: `{member state}-{programme code}-{kind}-{number, 6 digits}`. A programme code
/// that already starts with its member state (`DE-HEALTH-2027`) is not prefixed twice.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reference(String);

impl Reference {
    /// The `number`th reference of `kind` in the programme. `None` past [`MAX_NUMBER`].
    pub fn new(
        state: MemberState,
        programme: &ProgrammeCode,
        kind: ReferenceKind,
        number: i64,
    ) -> Option<Self> {
        if !(1..=MAX_NUMBER).contains(&number) {
            return None;
        }
        let code = programme.as_str();
        let prefix = if code.starts_with(&format!("{}-", state.code())) {
            code.to_owned()
        } else {
            format!("{}-{code}", state.code())
        };
        Some(Self(format!("{prefix}-{}-{number:06}", kind.letter())))
    }

    /// A reference as someone typed it: trimmed, upper-cased, in the shape above. Its kind
    /// says where to look; whether it exists is the store's question.
    pub fn parse(s: &str) -> Result<(Self, ReferenceKind), ParseError> {
        let bad = || {
            ParseError::new(
                "reference",
                "not a reference such as DE-KH-CYBER-2027-A-000123",
            )
        };
        let t = s.trim().to_ascii_uppercase();
        let mut parts = t.rsplitn(3, '-');
        let (Some(number), Some(letter), Some(prefix)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let kind = ReferenceKind::from_letter(letter).ok_or_else(bad)?;
        let shape_ok = number.len() == 6
            && number.bytes().all(|b| b.is_ascii_digit())
            && prefix.len() >= 6
            && prefix.len() <= 40
            && prefix[..2].bytes().all(|b| b.is_ascii_uppercase())
            && prefix.as_bytes()[2] == b'-'
            && prefix
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
        if !shape_ok {
            return Err(bad());
        }
        Ok((Self(t), kind))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Wraps a reference read back from the store.
    pub fn stored(s: String) -> Self {
        Self(s)
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn de() -> MemberState {
        MemberState::parse("DE").unwrap()
    }

    #[test]
    fn a_reference_names_the_state_the_programme_the_kind_and_a_six_digit_number() {
        let code = ProgrammeCode::parse("KH-CYBER-2027").unwrap();
        let r = Reference::new(de(), &code, ReferenceKind::Application, 123).unwrap();
        assert_eq!(r.as_str(), "DE-KH-CYBER-2027-A-000123");
    }

    #[test]
    fn a_code_that_starts_with_its_state_is_not_prefixed_twice() {
        let code = ProgrammeCode::parse("DE-HEALTH-2027").unwrap();
        let r = Reference::new(de(), &code, ReferenceKind::Voucher, 1).unwrap();
        assert_eq!(r.as_str(), "DE-HEALTH-2027-V-000001");
    }

    #[test]
    fn numbers_run_from_one_to_the_six_digit_maximum() {
        let code = ProgrammeCode::parse("KH-CYBER-2027").unwrap();
        assert!(Reference::new(de(), &code, ReferenceKind::Payment, 0).is_none());
        assert!(Reference::new(de(), &code, ReferenceKind::Payment, MAX_NUMBER).is_some());
        assert!(Reference::new(de(), &code, ReferenceKind::Payment, MAX_NUMBER + 1).is_none());
    }

    #[test]
    fn a_typed_reference_is_read_back_with_its_kind() {
        for kind in ReferenceKind::ALL {
            let code = ProgrammeCode::parse("KH-CYBER-2027").unwrap();
            let r = Reference::new(de(), &code, kind, 42).unwrap();
            let typed = format!("  {} ", r.as_str().to_lowercase());
            assert_eq!(Reference::parse(&typed).unwrap(), (r, kind));
        }
    }

    #[test]
    fn anything_else_is_refused_naming_the_field() {
        for bad in [
            "",
            "DE-KH-CYBER-2027-X-000123",
            "DE-KH-CYBER-2027-A-123",
            "DE-KH-CYBER-2027-A-00012A",
            "D-KH-A-000001",
            "DE-KH-CYBER-2027-A-000123'; --",
            "A-000001",
        ] {
            assert_eq!(
                Reference::parse(bad).unwrap_err().field,
                "reference",
                "{bad}"
            );
        }
    }
}
