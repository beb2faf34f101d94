//! The 27 EU member states (`reference/member-states.md`), by ISO 3166-1 alpha-2 code.
//! Errors: [`ParseError`].
use crate::money::Currency;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A value that did not parse into one of the domain's newtypes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ParseError {
    pub field: &'static str,
    pub message: String,
}

impl ParseError {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}

/// One row of the member-state table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberStateInfo {
    pub code: &'static str,
    pub name: &'static str,
    pub currency: Currency,
}

const fn ms(code: &'static str, name: &'static str, currency: Currency) -> MemberStateInfo {
    MemberStateInfo {
        code,
        name,
        currency,
    }
}

/// The 27 member states in 2026. The euro area has 21 members since Bulgaria joined on
/// 2026-01-01.
pub const MEMBER_STATES: [MemberStateInfo; 27] = [
    ms("AT", "Austria", Currency::EUR),
    ms("BE", "Belgium", Currency::EUR),
    ms("BG", "Bulgaria", Currency::EUR),
    ms("CY", "Cyprus", Currency::EUR),
    ms("CZ", "Czechia", Currency::CZK),
    ms("DE", "Germany", Currency::EUR),
    ms("DK", "Denmark", Currency::DKK),
    ms("EE", "Estonia", Currency::EUR),
    ms("ES", "Spain", Currency::EUR),
    ms("FI", "Finland", Currency::EUR),
    ms("FR", "France", Currency::EUR),
    ms("GR", "Greece", Currency::EUR),
    ms("HR", "Croatia", Currency::EUR),
    ms("HU", "Hungary", Currency::HUF),
    ms("IE", "Ireland", Currency::EUR),
    ms("IT", "Italy", Currency::EUR),
    ms("LT", "Lithuania", Currency::EUR),
    ms("LU", "Luxembourg", Currency::EUR),
    ms("LV", "Latvia", Currency::EUR),
    ms("MT", "Malta", Currency::EUR),
    ms("NL", "Netherlands", Currency::EUR),
    ms("PL", "Poland", Currency::PLN),
    ms("PT", "Portugal", Currency::EUR),
    ms("RO", "Romania", Currency::RON),
    ms("SE", "Sweden", Currency::SEK),
    ms("SI", "Slovenia", Currency::EUR),
    ms("SK", "Slovakia", Currency::EUR),
];

/// A member state, by its ISO 3166-1 alpha-2 code. Serialised as the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberState(&'static MemberStateInfo);

impl std::hash::Hash for MemberState {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.code.hash(state);
    }
}

impl Serialize for MemberState {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for MemberState {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        MemberState::parse(&code).map_err(serde::de::Error::custom)
    }
}

impl MemberState {
    /// Parses an ISO code. The EU's `EL` for Greece is accepted and means `GR`.
    pub fn parse(code: &str) -> Result<Self, ParseError> {
        let code = code.trim().to_ascii_uppercase();
        let code = if code == "EL" { "GR".to_owned() } else { code };
        MEMBER_STATES
            .iter()
            .find(|m| m.code == code)
            .map(MemberState)
            .ok_or_else(|| {
                ParseError::new(
                    "memberState",
                    format!("`{code}` is not an EU member state code (ISO 3166-1 alpha-2)"),
                )
            })
    }

    pub fn all() -> impl Iterator<Item = MemberState> {
        MEMBER_STATES.iter().map(MemberState)
    }

    pub fn code(self) -> &'static str {
        self.0.code
    }

    pub fn name(self) -> &'static str {
        self.0.name
    }

    /// The national currency; programmes may use it or EUR.
    pub fn currency(self) -> Currency {
        self.0.currency
    }
}

impl fmt::Display for MemberState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn there_are_27_member_states_with_unique_codes() {
        let mut codes: Vec<_> = MEMBER_STATES.iter().map(|m| m.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 27);
    }

    #[test]
    fn the_euro_area_has_21_members_in_2026() {
        let euro = MemberState::all()
            .filter(|m| m.currency() == Currency::EUR)
            .count();
        assert_eq!(euro, 21);
        assert_eq!(MemberState::parse("BG").unwrap().currency(), Currency::EUR);
    }

    #[test]
    fn greece_is_accepted_as_el_and_gr() {
        assert_eq!(MemberState::parse("EL").unwrap().code(), "GR");
        assert_eq!(MemberState::parse("gr").unwrap().code(), "GR");
    }

    #[test]
    fn a_non_member_is_refused_naming_the_field() {
        let err = MemberState::parse("GB").unwrap_err();
        assert_eq!(err.field, "memberState");
        assert!(MemberState::parse("CH").is_err());
    }
}
