//! The filter of the alerts inbox and of the `alerts(filter)` subscription (issue #12: severity,
//! member state, product), and which alerts raise an in-app notification. Whether the viewer
//! may see an alert at all is [`may_see`](super::tlp::may_see)'s question, asked first; the
//! filter only narrows what one may see.
use super::AlertError;
use super::content::{AlertContent, Severity};
use crate::member_state::MemberState;
use serde::{Deserialize, Serialize};

/// The filter as sent; every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlertFilterInput {
    /// Any of these severities; empty: all.
    pub severities: Vec<String>,
    /// Alerts affecting this member state (alerts for all member states included).
    pub member_state: Option<String>,
    /// Text found in an affected vendor's or product's name, ignoring case.
    pub product: Option<String>,
}

/// A parsed filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlertFilter {
    severities: Vec<Severity>,
    member_state: Option<MemberState>,
    product: Option<String>,
}

impl AlertFilter {
    /// Parses the filter; errors name `filter.severities[i]`, `filter.memberState` or
    /// `filter.product`.
    pub fn parse(input: &AlertFilterInput) -> Result<Self, AlertError> {
        let severities = input
            .severities
            .iter()
            .enumerate()
            .map(|(i, s)| {
                Severity::parse(s).map_err(|_| {
                    AlertError::invalid(
                        format!("filter.severities[{i}]"),
                        "must be one of LOW, MEDIUM, HIGH, CRITICAL",
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let member_state = input
            .member_state
            .as_deref()
            .map(|code| {
                MemberState::parse(code)
                    .map_err(|e| AlertError::invalid("filter.memberState", e.message))
            })
            .transpose()?;
        let product = match input.product.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(p) if p.chars().count() > 200 || p.chars().any(char::is_control) => {
                return Err(AlertError::invalid(
                    "filter.product",
                    "must be at most 200 characters on one line",
                ));
            }
            Some(p) => Some(p.to_lowercase()),
        };
        Ok(Self {
            severities,
            member_state,
            product,
        })
    }

    /// Whether an alert with `content` passes the filter.
    pub fn matches(&self, content: &AlertContent) -> bool {
        let severity = self.severities.is_empty() || self.severities.contains(&content.severity());
        let member_state = self
            .member_state
            .is_none_or(|ms| content.member_states().includes(ms));
        let product = self.product.as_deref().is_none_or(|needle| {
            content.products().iter().any(|p| {
                p.vendor().to_lowercase().contains(needle)
                    || p.product()
                        .is_some_and(|x| x.to_lowercase().contains(needle))
            })
        });
        severity && member_state && product
    }
}

/// Whether publishing or updating an alert of `severity` creates in-app notifications for those
/// who may see it: CRITICAL alerts only (issue #12, "Live delivery").
pub fn notifies(severity: Severity) -> bool {
    severity == Severity::Critical
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::alert::content::tests::input;

    fn filter(
        severities: &[&str],
        member_state: Option<&str>,
        product: Option<&str>,
    ) -> AlertFilter {
        AlertFilter::parse(&AlertFilterInput {
            severities: severities.iter().map(|s| (*s).to_owned()).collect(),
            member_state: member_state.map(str::to_owned),
            product: product.map(str::to_owned),
        })
        .unwrap()
    }

    #[test]
    fn each_part_of_the_filter_narrows_the_alerts() {
        // The sample alert: HIGH, affects AT and DE, product "ExampleVPN Gateway 9".
        let c = AlertContent::parse(&input()).unwrap();
        let cases = [
            (filter(&[], None, None), true),
            (filter(&["HIGH", "CRITICAL"], None, None), true),
            (filter(&["LOW"], None, None), false),
            (filter(&[], Some("de"), None), true),
            (filter(&[], Some("FR"), None), false),
            (filter(&[], None, Some(" gateway ")), true),
            (filter(&[], None, Some("examplevpn")), true),
            (filter(&[], None, Some("Firewall")), false),
            (filter(&["HIGH"], Some("AT"), Some("Gateway")), true),
            (filter(&["HIGH"], Some("FR"), Some("Gateway")), false),
        ];
        for (f, expected) in cases {
            assert_eq!(f.matches(&c), expected, "{f:?}");
        }
    }

    #[test]
    fn an_alert_for_all_member_states_matches_every_member_state() {
        let mut i = input();
        i.member_states = None;
        let c = AlertContent::parse(&i).unwrap();
        assert!(filter(&[], Some("FR"), None).matches(&c));
    }

    #[test]
    fn a_bad_filter_is_refused_naming_the_part() {
        let bad = |i: AlertFilterInput| AlertFilter::parse(&i).unwrap_err().field().to_owned();
        assert_eq!(
            bad(AlertFilterInput {
                severities: vec!["HIGH".into(), "SEVERE".into()],
                ..Default::default()
            }),
            "filter.severities[1]"
        );
        assert_eq!(
            bad(AlertFilterInput {
                member_state: Some("CH".into()),
                ..Default::default()
            }),
            "filter.memberState"
        );
        assert_eq!(
            bad(AlertFilterInput {
                product: Some("a\u{0}".into()),
                ..Default::default()
            }),
            "filter.product"
        );
    }

    #[test]
    fn only_critical_alerts_notify() {
        assert!(notifies(Severity::Critical));
        for s in [Severity::Low, Severity::Medium, Severity::High] {
            assert!(!notifies(s));
        }
    }
}
