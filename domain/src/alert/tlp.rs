//! TLP 2.0 markings (FIRST, `reference/tlp.md`) and the one rule that decides who sees an
//! alert: [`may_see`].
//!
//! | marking | who may see it (issue #12) |
//! |---|---|
//! | TLP:CLEAR | everyone, anonymous included |
//! | TLP:GREEN | every verified organisation's users (and the national authorities) |
//! | TLP:AMBER | the named recipient organisations, or the organisations of the named member states, and their authorities |
//! | TLP:AMBER+STRICT | the named recipient organisations only |
//! | TLP:RED | the named recipient accounts only |
//!
//! ENISA staff see every alert, drafts included; nobody else sees a draft.
use super::AlertError;
use super::lifecycle::AlertStatus;
use crate::account::Role;
use crate::member_state::MemberState;
use crate::organisation::OrganisationKind;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A TLP 2.0 label, ordered from the least to the most strict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Tlp {
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
}

crate::organisation::str_enum!(Tlp { Clear = "CLEAR", Green = "GREEN", Amber = "AMBER", AmberStrict = "AMBER_STRICT", Red = "RED" });

impl Tlp {
    /// From the least to the most strict.
    pub const ALL: [Tlp; 5] = [
        Tlp::Clear,
        Tlp::Green,
        Tlp::Amber,
        Tlp::AmberStrict,
        Tlp::Red,
    ];

    /// The label as TLP 2.0 writes it, e.g. `TLP:AMBER+STRICT`.
    pub fn label(self) -> &'static str {
        match self {
            Tlp::Clear => "TLP:CLEAR",
            Tlp::Green => "TLP:GREEN",
            Tlp::Amber => "TLP:AMBER",
            Tlp::AmberStrict => "TLP:AMBER+STRICT",
            Tlp::Red => "TLP:RED",
        }
    }

    /// Whether a published alert marked `self` may be re-marked `to`: only to the same or a
    /// less strict marking. Sharing more narrowly after publication cannot take back what
    /// recipients already have.
    pub fn may_become(self, to: Tlp) -> bool {
        to <= self
    }
}

/// The marking change of an update: refused, naming `tlp`, when `to` is stricter than `from`.
pub fn check_marking_change(from: Tlp, to: Tlp) -> Result<(), AlertError> {
    if from.may_become(to) {
        Ok(())
    } else {
        Err(AlertError::invalid(
            "tlp",
            format!(
                "a {} alert cannot become {}: a marking may only be made less strict after publication",
                from.label(),
                to.label()
            ),
        ))
    }
}

/// A recipient organisation, with the member state it is registered in (whose national
/// authority also sees a TLP:AMBER alert). The API resolves the member state from the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecipientOrganisation {
    pub id: Uuid,
    pub member_state: MemberState,
}

/// The recipients as sent: organisations (resolved), member-state codes and account ids.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecipientsInput {
    pub organisations: Vec<RecipientOrganisation>,
    pub member_states: Vec<String>,
    pub accounts: Vec<Uuid>,
}

/// The most recipients of each kind one alert names.
pub const MAX_RECIPIENTS: usize = 1000;

/// The named recipients, each list sorted and without duplicates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recipients {
    organisations: Vec<RecipientOrganisation>,
    member_states: Vec<MemberState>,
    accounts: Vec<Uuid>,
}

impl Recipients {
    pub fn organisations(&self) -> &[RecipientOrganisation] {
        &self.organisations
    }
    pub fn member_states(&self) -> &[MemberState] {
        &self.member_states
    }
    pub fn accounts(&self) -> &[Uuid] {
        &self.accounts
    }
    pub fn is_empty(&self) -> bool {
        self.organisations.is_empty() && self.member_states.is_empty() && self.accounts.is_empty()
    }
    fn names_organisation(&self, id: Uuid) -> bool {
        self.organisations.iter().any(|o| o.id == id)
    }
    fn names_member_state(&self, ms: MemberState) -> bool {
        self.member_states.contains(&ms)
    }
    /// The member states whose national authority sees a TLP:AMBER alert: the named member
    /// states and the member states of the named organisations.
    fn authority_sees(&self, ms: MemberState) -> bool {
        self.names_member_state(ms) || self.organisations.iter().any(|o| o.member_state == ms)
    }
    pub fn to_input(&self) -> RecipientsInput {
        RecipientsInput {
            organisations: self.organisations.clone(),
            member_states: self
                .member_states
                .iter()
                .map(|m| m.code().to_owned())
                .collect(),
            accounts: self.accounts.clone(),
        }
    }
}

fn unique_sorted<T: Clone, K: Ord>(
    field: &str,
    items: &[T],
    key: impl Fn(&T) -> K,
) -> Result<Vec<T>, AlertError> {
    if items.len() > MAX_RECIPIENTS {
        return Err(AlertError::invalid(
            field,
            format!("name at most {MAX_RECIPIENTS}"),
        ));
    }
    let mut indexed: Vec<(usize, &T)> = items.iter().enumerate().collect();
    indexed.sort_by_key(|(i, t)| (key(t), *i));
    for pair in indexed.windows(2) {
        if key(pair[0].1) == key(pair[1].1) {
            return Err(AlertError::invalid(
                format!("{field}[{}]", pair[1].0.max(pair[0].0)),
                "is named twice",
            ));
        }
    }
    Ok(indexed.into_iter().map(|(_, t)| t.clone()).collect())
}

/// Who an alert version is for: its marking and the recipients that marking uses. Each marking
/// takes only the recipients its row of the table names, so what ENISA enters is what decides:
/// - CLEAR and GREEN: no recipients;
/// - AMBER: at least one organisation or member state, no accounts;
/// - AMBER+STRICT: at least one organisation, nothing else;
/// - RED: at least one account, nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    marking: Tlp,
    recipients: Recipients,
}

impl Distribution {
    /// Parses the marking (field `tlp`) and the recipients (fields under `recipients`).
    pub fn parse(tlp: &str, recipients: &RecipientsInput) -> Result<Self, AlertError> {
        let marking = Tlp::parse(tlp).map_err(|_| {
            AlertError::invalid(
                "tlp",
                "must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED",
            )
        })?;
        let member_states = recipients
            .member_states
            .iter()
            .enumerate()
            .map(|(i, code)| {
                MemberState::parse(code).map_err(|e| {
                    AlertError::invalid(format!("recipients.memberStates[{i}]"), e.message)
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let recipients = Recipients {
            organisations: unique_sorted(
                "recipients.organisations",
                &recipients.organisations,
                |o| o.id,
            )?,
            member_states: unique_sorted("recipients.memberStates", &member_states, |m| m.code())?,
            accounts: unique_sorted("recipients.accounts", &recipients.accounts, |a| *a)?,
        };
        let label = marking.label();
        let refuse = |field: &str, message: String| Err(AlertError::invalid(field, message));
        let (orgs, states, accounts) = (
            !recipients.organisations.is_empty(),
            !recipients.member_states.is_empty(),
            !recipients.accounts.is_empty(),
        );
        match marking {
            Tlp::Clear | Tlp::Green if !recipients.is_empty() => refuse(
                "recipients",
                format!("{label} is not shared with named recipients: name none"),
            ),
            Tlp::Amber if accounts => refuse(
                "recipients.accounts",
                format!(
                    "{label} is shared with organisations and member states; named accounts are for TLP:RED"
                ),
            ),
            Tlp::Amber if !orgs && !states => refuse(
                "recipients",
                format!("{label} needs at least one recipient organisation or member state"),
            ),
            Tlp::AmberStrict if states => refuse(
                "recipients.memberStates",
                format!(
                    "{label} is shared with the named organisations only; use TLP:AMBER to share with member states"
                ),
            ),
            Tlp::AmberStrict if accounts => refuse(
                "recipients.accounts",
                format!(
                    "{label} is shared with the named organisations only; named accounts are for TLP:RED"
                ),
            ),
            Tlp::AmberStrict if !orgs => refuse(
                "recipients",
                format!("{label} needs at least one recipient organisation"),
            ),
            Tlp::Red if orgs || states => refuse(
                if orgs {
                    "recipients.organisations"
                } else {
                    "recipients.memberStates"
                },
                format!("{label} is shared with named accounts only"),
            ),
            Tlp::Red if !accounts => refuse(
                "recipients",
                format!("{label} needs at least one named recipient account"),
            ),
            _ => Ok(Distribution {
                marking,
                recipients,
            }),
        }
    }

    pub fn marking(&self) -> Tlp {
        self.marking
    }

    pub fn recipients(&self) -> &Recipients {
        &self.recipients
    }
}

/// The organisation of a signed-in viewer, as the registry has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewerOrganisation {
    pub id: Uuid,
    pub kind: OrganisationKind,
    /// The organisation's status is `VERIFIED`.
    pub verified: bool,
    pub member_state: MemberState,
}

/// A signed-in viewer, from the verified token and the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountViewer {
    pub account_id: Uuid,
    pub role: Role,
    pub organisation: Option<ViewerOrganisation>,
    /// The member state whose national authority (CSIRT, competent authority, NIS2 single point
    /// of contact) the account acts for. The API derives it from the `AUTHORITY_OFFICER` role,
    /// which another change adds; `None` for every other account.
    pub authority_of: Option<MemberState>,
}

/// Who asks to see an alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    Anonymous,
    Account(AccountViewer),
}

impl AccountViewer {
    /// The viewer's organisation if it counts for TLP: verified, and of the kind the account's
    /// role belongs to (an account whose organisation does not fit its role is treated as
    /// having none, as `Scope::for_account` does).
    fn community_organisation(&self) -> Option<&ViewerOrganisation> {
        self.organisation
            .as_ref()
            .filter(|o| o.verified && self.role.organisation_kind() == Some(o.kind))
    }
}

/// Whether `viewer` may see an alert version in `status` marked and addressed by
/// `distribution`. This is the only place that decides it; a request for an alert one may not
/// see answers `NOT_FOUND`.
pub fn may_see(viewer: &Viewer, status: AlertStatus, distribution: &Distribution) -> bool {
    let account = match viewer {
        Viewer::Account(a) if a.role == Role::EnisaStaff => return true,
        Viewer::Account(a) => Some(a),
        Viewer::Anonymous => None,
    };
    if status == AlertStatus::Draft {
        return false;
    }
    let recipients = &distribution.recipients;
    let organisation = account.and_then(AccountViewer::community_organisation);
    let authority = account.and_then(|a| a.authority_of);
    match distribution.marking {
        Tlp::Clear => true,
        Tlp::Green => organisation.is_some() || authority.is_some(),
        Tlp::Amber => {
            organisation.is_some_and(|o| {
                recipients.names_organisation(o.id) || recipients.names_member_state(o.member_state)
            }) || authority.is_some_and(|ms| recipients.authority_sees(ms))
        }
        Tlp::AmberStrict => organisation.is_some_and(|o| recipients.names_organisation(o.id)),
        Tlp::Red => account.is_some_and(|a| recipients.accounts.contains(&a.account_id)),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn ms(code: &str) -> MemberState {
        MemberState::parse(code).unwrap()
    }

    fn org(n: u128, code: &str) -> RecipientOrganisation {
        RecipientOrganisation {
            id: Uuid::from_u128(n),
            member_state: ms(code),
        }
    }

    fn input(
        orgs: &[RecipientOrganisation],
        states: &[&str],
        accounts: &[u128],
    ) -> RecipientsInput {
        RecipientsInput {
            organisations: orgs.to_vec(),
            member_states: states.iter().map(|s| (*s).to_owned()).collect(),
            accounts: accounts.iter().map(|a| Uuid::from_u128(*a)).collect(),
        }
    }

    #[test]
    fn markings_are_ordered_from_clear_to_red() {
        let mut shuffled = [
            Tlp::Red,
            Tlp::Clear,
            Tlp::AmberStrict,
            Tlp::Green,
            Tlp::Amber,
        ];
        shuffled.sort();
        assert_eq!(shuffled, Tlp::ALL);
        assert_eq!(Tlp::AmberStrict.label(), "TLP:AMBER+STRICT");
        for t in Tlp::ALL {
            assert_eq!(Tlp::parse(t.as_str()).unwrap(), t);
        }
        assert!(Tlp::parse("WHITE").is_err());
    }

    #[test]
    fn a_marking_may_be_relaxed_but_never_made_stricter() {
        for from in Tlp::ALL {
            for to in Tlp::ALL {
                let allowed = Tlp::ALL.iter().position(|t| *t == to)
                    <= Tlp::ALL.iter().position(|t| *t == from);
                assert_eq!(
                    check_marking_change(from, to).is_ok(),
                    allowed,
                    "{from:?} -> {to:?}"
                );
                if !allowed {
                    assert_eq!(check_marking_change(from, to).unwrap_err().field(), "tlp");
                }
            }
        }
    }

    #[test]
    fn red_without_recipients_is_refused_naming_the_recipients() {
        let err = Distribution::parse("RED", &RecipientsInput::default()).unwrap_err();
        assert_eq!(err.field(), "recipients");
    }

    #[test]
    fn each_marking_takes_only_the_recipients_its_rule_uses() {
        let o = [org(1, "DE")];
        let cases: &[(&str, RecipientsInput, Result<(), &str>)] = &[
            ("CLEAR", input(&[], &[], &[]), Ok(())),
            ("CLEAR", input(&o, &[], &[]), Err("recipients")),
            ("GREEN", input(&[], &["FR"], &[]), Err("recipients")),
            ("AMBER", input(&o, &[], &[]), Ok(())),
            ("AMBER", input(&[], &["FR"], &[]), Ok(())),
            ("AMBER", input(&[], &[], &[]), Err("recipients")),
            ("AMBER", input(&o, &[], &[7]), Err("recipients.accounts")),
            ("AMBER_STRICT", input(&o, &[], &[]), Ok(())),
            ("AMBER_STRICT", input(&[], &[], &[]), Err("recipients")),
            (
                "AMBER_STRICT",
                input(&o, &["FR"], &[]),
                Err("recipients.memberStates"),
            ),
            (
                "AMBER_STRICT",
                input(&o, &[], &[7]),
                Err("recipients.accounts"),
            ),
            ("RED", input(&[], &[], &[7]), Ok(())),
            ("RED", input(&o, &[], &[7]), Err("recipients.organisations")),
            (
                "RED",
                input(&[], &["FR"], &[7]),
                Err("recipients.memberStates"),
            ),
            ("PURPLE", input(&[], &[], &[]), Err("tlp")),
        ];
        for (tlp, recipients, expected) in cases {
            let got = Distribution::parse(tlp, recipients);
            match expected {
                Ok(()) => assert!(got.is_ok(), "{tlp} {recipients:?}: {got:?}"),
                Err(field) => assert_eq!(got.unwrap_err().field(), *field, "{tlp} {recipients:?}"),
            }
        }
    }

    #[test]
    fn unknown_or_repeated_recipients_are_refused_naming_the_entry() {
        let err = Distribution::parse("AMBER", &input(&[], &["FR", "GB"], &[])).unwrap_err();
        assert_eq!(err.field(), "recipients.memberStates[1]");
        let err = Distribution::parse("AMBER", &input(&[], &["FR", "DE", "fr"], &[])).unwrap_err();
        assert_eq!(err.field(), "recipients.memberStates[2]");
        let err = Distribution::parse("RED", &input(&[], &[], &[3, 3])).unwrap_err();
        assert_eq!(err.field(), "recipients.accounts[1]");
        let err = Distribution::parse(
            "AMBER_STRICT",
            &input(&[org(1, "DE"), org(1, "DE")], &[], &[]),
        )
        .unwrap_err();
        assert_eq!(err.field(), "recipients.organisations[1]");
    }

    #[test]
    fn recipients_are_kept_sorted_and_round_trip() {
        let d = Distribution::parse(
            "AMBER",
            &input(&[org(9, "DE"), org(2, "IT")], &["SE", "AT"], &[]),
        )
        .unwrap();
        let ids: Vec<_> = d
            .recipients()
            .organisations()
            .iter()
            .map(|o| o.id)
            .collect();
        assert_eq!(ids, [Uuid::from_u128(2), Uuid::from_u128(9)]);
        let codes: Vec<_> = d
            .recipients()
            .member_states()
            .iter()
            .map(|m| m.code())
            .collect();
        assert_eq!(codes, ["AT", "SE"]);
        assert_eq!(
            Distribution::parse("AMBER", &d.recipients().to_input()).unwrap(),
            d
        );
    }

    // The full matrix: every marking × every kind of viewer. Recipients: for AMBER the
    // organisation NAMED (in DE) and the member state FR; for AMBER+STRICT the organisation
    // NAMED; for RED the account NAMED_ACCOUNT.
    const NAMED: u128 = 100;
    const NAMED_ACCOUNT: u128 = 900;

    fn viewer(
        account: u128,
        role: Role,
        organisation: Option<(u128, OrganisationKind, bool, &str)>,
        authority_of: Option<&str>,
    ) -> Viewer {
        Viewer::Account(AccountViewer {
            account_id: Uuid::from_u128(account),
            role,
            organisation: organisation.map(|(id, kind, verified, code)| ViewerOrganisation {
                id: Uuid::from_u128(id),
                kind,
                verified,
                member_state: ms(code),
            }),
            authority_of: authority_of.map(ms),
        })
    }

    fn matrix_distribution(tlp: Tlp) -> Distribution {
        let recipients = match tlp {
            Tlp::Clear | Tlp::Green => input(&[], &[], &[]),
            Tlp::Amber => input(&[org(NAMED, "DE")], &["FR"], &[]),
            Tlp::AmberStrict => input(&[org(NAMED, "DE")], &[], &[]),
            Tlp::Red => input(&[], &[], &[NAMED_ACCOUNT]),
        };
        Distribution::parse(tlp.as_str(), &recipients).unwrap()
    }

    #[test]
    fn who_sees_an_alert_is_the_tlp_table() {
        use OrganisationKind::{Agency, HealthcareProvider as Clinic, ServiceProvider};
        use Role::*;
        let t = true;
        let f = false;
        // viewer, then CLEAR, GREEN, AMBER, AMBER+STRICT, RED
        let rows: Vec<(&str, Viewer, [bool; 5])> = vec![
            ("anonymous", Viewer::Anonymous, [t, f, f, f, f]),
            (
                "ENISA staff",
                viewer(1, EnisaStaff, None, None),
                [t, t, t, t, t],
            ),
            (
                "platform admin",
                viewer(2, PlatformAdmin, None, None),
                [t, f, f, f, f],
            ),
            (
                "user of the named organisation",
                viewer(3, ProviderUser, Some((NAMED, Clinic, t, "DE")), None),
                [t, t, t, t, f],
            ),
            (
                "clinic in the named member state",
                viewer(4, ProviderUser, Some((41, Clinic, t, "FR")), None),
                [t, t, t, f, f],
            ),
            (
                "clinic elsewhere",
                viewer(5, ProviderUser, Some((51, Clinic, t, "IT")), None),
                [t, t, f, f, f],
            ),
            (
                "unverified named organisation",
                viewer(6, ProviderUser, Some((NAMED, Clinic, f, "DE")), None),
                [t, f, f, f, f],
            ),
            (
                "unverified clinic in the named member state",
                viewer(7, ProviderUser, Some((71, Clinic, f, "FR")), None),
                [t, f, f, f, f],
            ),
            (
                "authority of the named member state",
                viewer(8, AgencyOfficer, None, Some("FR")),
                [t, t, t, f, f],
            ),
            (
                "authority of the named organisation's member state",
                viewer(9, AgencyOfficer, None, Some("DE")),
                [t, t, t, f, f],
            ),
            (
                "authority elsewhere",
                viewer(10, AgencyOfficer, None, Some("IT")),
                [t, t, f, f, f],
            ),
            (
                "named account of a clinic elsewhere",
                viewer(
                    NAMED_ACCOUNT,
                    ProviderUser,
                    Some((51, Clinic, t, "IT")),
                    None,
                ),
                [t, t, f, f, t],
            ),
            (
                "named account without an organisation",
                viewer(NAMED_ACCOUNT, PlatformAdmin, None, None),
                [t, f, f, f, t],
            ),
            (
                "agency in the named member state",
                viewer(11, AgencyOfficer, Some((111, Agency, t, "FR")), None),
                [t, t, t, f, f],
            ),
            (
                "service provider elsewhere",
                viewer(
                    12,
                    Role::ServiceProvider,
                    Some((121, ServiceProvider, t, "SE")),
                    None,
                ),
                [t, t, f, f, f],
            ),
            (
                "account whose organisation does not fit its role",
                viewer(13, ProviderUser, Some((NAMED, Agency, t, "DE")), None),
                [t, f, f, f, f],
            ),
        ];
        for (name, v, expected) in &rows {
            for (tlp, want) in Tlp::ALL.iter().zip(expected) {
                let d = matrix_distribution(*tlp);
                for status in [
                    AlertStatus::Published,
                    AlertStatus::Updated,
                    AlertStatus::Revoked,
                ] {
                    assert_eq!(
                        may_see(v, status, &d),
                        *want,
                        "{name} / {} / {status:?}",
                        tlp.label()
                    );
                }
            }
        }
        // Every marking but CLEAR has viewers on both sides of the line (CLEAR's "no" is a
        // draft, below), so the table cannot pass with a constant answer.
        for col in 1..5 {
            assert!(
                rows.iter().any(|r| r.2[col]) && rows.iter().any(|r| !r.2[col]),
                "{col}"
            );
        }
    }

    #[test]
    fn only_enisa_staff_see_a_draft_whatever_its_marking() {
        let named = viewer(
            NAMED_ACCOUNT,
            Role::ProviderUser,
            Some((NAMED, OrganisationKind::HealthcareProvider, true, "DE")),
            Some("DE"),
        );
        for tlp in Tlp::ALL {
            let d = matrix_distribution(tlp);
            assert!(may_see(
                &viewer(1, Role::EnisaStaff, None, None),
                AlertStatus::Draft,
                &d
            ));
            assert!(!may_see(&named, AlertStatus::Draft, &d), "{tlp:?}");
            assert!(
                !may_see(&Viewer::Anonymous, AlertStatus::Draft, &d),
                "{tlp:?}"
            );
        }
    }

    #[test]
    fn relaxing_from_amber_strict_down_to_clear_never_hides_an_alert_from_someone_who_saw_it() {
        // With the same named organisation, each less strict marking reaches a superset.
        let o = [org(NAMED, "DE")];
        let viewers = [
            Viewer::Anonymous,
            viewer(
                3,
                Role::ProviderUser,
                Some((NAMED, OrganisationKind::HealthcareProvider, true, "DE")),
                None,
            ),
            viewer(
                4,
                Role::ProviderUser,
                Some((41, OrganisationKind::HealthcareProvider, true, "DE")),
                None,
            ),
            viewer(9, Role::AgencyOfficer, None, Some("DE")),
        ];
        let chain = [
            Distribution::parse("AMBER_STRICT", &input(&o, &[], &[])).unwrap(),
            Distribution::parse("AMBER", &input(&o, &[], &[])).unwrap(),
            Distribution::parse("GREEN", &input(&[], &[], &[])).unwrap(),
            Distribution::parse("CLEAR", &input(&[], &[], &[])).unwrap(),
        ];
        for v in &viewers {
            for pair in chain.windows(2) {
                let before = may_see(v, AlertStatus::Published, &pair[0]);
                let after = may_see(v, AlertStatus::Published, &pair[1]);
                assert!(
                    !before || after,
                    "{v:?}: {:?} -> {:?}",
                    pair[0].marking(),
                    pair[1].marking()
                );
            }
        }
    }
}
