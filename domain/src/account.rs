//! Accounts, roles and the tenancy scope a role grants. Errors: [`ParseError`].
//!
//! The scope is computed from the verified identity (the token), never from a request's
//! arguments; `api` applies it in the one place every query goes through.
use crate::member_state::{MemberState, ParseError};
use crate::organisation::str_enum;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    PlatformAdmin,
    EnisaStaff,
    AgencyOfficer,
    ProviderUser,
    ServiceProvider,
    /// An officer of a member state's NIS2 authority (CSIRT, competent authority, single point
    /// of contact): the incident cases of its member state.
    AuthorityOfficer,
}

str_enum!(Role { PlatformAdmin = "PLATFORM_ADMIN", EnisaStaff = "ENISA_STAFF", AgencyOfficer = "AGENCY_OFFICER", ProviderUser = "PROVIDER_USER", ServiceProvider = "SERVICE_PROVIDER", AuthorityOfficer = "AUTHORITY_OFFICER" });

impl Role {
    pub const ALL: [Role; 6] = [
        Role::PlatformAdmin,
        Role::EnisaStaff,
        Role::AgencyOfficer,
        Role::ProviderUser,
        Role::ServiceProvider,
        Role::AuthorityOfficer,
    ];

    /// Which kind of organisation an account of this role must belong to, if any.
    pub fn organisation_kind(self) -> Option<crate::organisation::OrganisationKind> {
        use crate::organisation::OrganisationKind as K;
        match self {
            Role::PlatformAdmin | Role::EnisaStaff => None,
            Role::AgencyOfficer => Some(K::Agency),
            Role::ProviderUser => Some(K::HealthcareProvider),
            Role::ServiceProvider => Some(K::ServiceProvider),
            Role::AuthorityOfficer => Some(K::Authority),
        }
    }
}

/// What a caller may see. Derived from the token only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Not logged in: public data only.
    Public,
    /// ENISA staff and platform admins: EU-wide.
    Eu,
    /// An agency officer: one member state.
    MemberState(MemberState),
    /// A provider user or a service provider: one organisation (in one member state).
    Organisation { id: Uuid, member_state: MemberState },
    /// An authority officer: the incident cases of one member state (and those other states
    /// shared with it), nothing of the agency's or the organisations' other data. `id` is the
    /// authority's own organisation (its notifications).
    Authority { id: Uuid, member_state: MemberState },
}

impl Scope {
    /// The scope an account's role grants. An account whose role needs an organisation but has
    /// none gets no more than public access.
    pub fn for_account(role: Role, organisation: Option<(Uuid, MemberState)>) -> Scope {
        match (role, organisation) {
            (Role::PlatformAdmin | Role::EnisaStaff, _) => Scope::Eu,
            (Role::AgencyOfficer, Some((_, ms))) => Scope::MemberState(ms),
            (Role::ProviderUser | Role::ServiceProvider, Some((id, ms))) => Scope::Organisation {
                id,
                member_state: ms,
            },
            (Role::AuthorityOfficer, Some((id, ms))) => Scope::Authority {
                id,
                member_state: ms,
            },
            (_, None) => Scope::Public,
        }
    }

    /// The audit chain this scope's changes go to: one chain per member state, one for
    /// EU-wide actions. See `docs/audit.md`.
    pub fn audit_chain(&self) -> String {
        match self {
            Scope::Public | Scope::Eu => crate::audit::EU_CHAIN.to_owned(),
            Scope::MemberState(ms)
            | Scope::Organisation {
                member_state: ms, ..
            }
            | Scope::Authority {
                member_state: ms, ..
            } => crate::audit::member_state_chain(*ms),
        }
    }

    /// A short, stable label for the audit trail.
    pub fn label(&self) -> String {
        match self {
            Scope::Public => "public".to_owned(),
            Scope::Eu => "eu".to_owned(),
            Scope::MemberState(ms) => format!("ms:{}", ms.code()),
            Scope::Organisation { id, .. } => format!("org:{id}"),
            Scope::Authority { member_state, .. } => format!("authority:{}", member_state.code()),
        }
    }
}

/// An e-mail address as a login name: trimmed, lower-cased, one `@`, a dot in the domain.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let s = s.trim().to_lowercase();
        let bad = || ParseError::new("email", "is not a valid e-mail address");
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad());
        }
        let (local, domain) = s.split_once('@').ok_or_else(bad)?;
        if local.is_empty() || domain.contains('@') || !domain.contains('.') {
            return Err(bad());
        }
        if domain.starts_with('.') || domain.ends_with('.') {
            return Err(bad());
        }
        Ok(Self(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password: at least 12 characters (NIST SP 800-63B allows long passphrases; we cap at
/// 256 to bound hashing work).
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let n = s.chars().count();
        if n < 12 {
            return Err(ParseError::new(
                "password",
                "must be at least 12 characters",
            ));
        }
        if n > 256 {
            return Err(ParseError::new(
                "password",
                "must be at most 256 characters",
            ));
        }
        Ok(Self(s.to_owned()))
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

/// Failed logins an account takes, from any address, before each further attempt waits.
pub const LOGIN_FAILURES_BEFORE_DELAY: u64 = 5;
/// The longest an account's next login attempt waits after failures.
pub const LOGIN_MAX_DELAY_SECONDS: u64 = 60;

/// How long an account's next login attempt must wait after its `failures`-th failure (from any
/// address): nothing for the first few, then 2, 4, 8… seconds up to a minute. The lockout is
/// per account *and* address (an attacker locks only itself); this delay, for the account as a
/// whole, slows a guesser spread over many addresses without locking its owner out for long.
pub fn login_delay(failures: u64) -> std::time::Duration {
    let over = failures.saturating_sub(LOGIN_FAILURES_BEFORE_DELAY);
    if over == 0 {
        return std::time::Duration::ZERO;
    }
    let seconds = 1u64
        .checked_shl(u32::try_from(over).unwrap_or(u32::MAX).min(63))
        .unwrap_or(u64::MAX)
        .min(LOGIN_MAX_DELAY_SECONDS);
    std::time::Duration::from_secs(seconds)
}

/// A display name: trimmed, 1..=120 characters.
pub fn parse_display_name(s: &str) -> Result<String, ParseError> {
    let s = s.trim();
    let n = s.chars().count();
    if n == 0 || n > 120 || s.chars().any(char::is_control) {
        return Err(ParseError::new(
            "displayName",
            "must be 1 to 120 characters",
        ));
    }
    Ok(s.to_owned())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn de() -> MemberState {
        MemberState::parse("DE").unwrap()
    }

    #[test]
    fn an_agency_officer_is_scoped_to_its_member_state() {
        let s = Scope::for_account(Role::AgencyOfficer, Some((Uuid::nil(), de())));
        assert_eq!(s, Scope::MemberState(de()));
        assert_eq!(s.audit_chain(), "MS:DE");
    }

    #[test]
    fn an_authority_officer_is_scoped_to_its_authority_and_member_state() {
        let id = Uuid::now_v7();
        let s = Scope::for_account(Role::AuthorityOfficer, Some((id, de())));
        assert_eq!(
            s,
            Scope::Authority {
                id,
                member_state: de()
            }
        );
        assert_ne!(s, Scope::MemberState(de()), "not the agency's scope");
        assert_eq!(s.audit_chain(), "MS:DE");
        assert_eq!(
            Role::AuthorityOfficer.organisation_kind(),
            Some(crate::organisation::OrganisationKind::Authority)
        );
    }

    #[test]
    fn provider_users_and_vendors_are_scoped_to_their_organisation() {
        let id = Uuid::now_v7();
        for r in [Role::ProviderUser, Role::ServiceProvider] {
            assert_eq!(
                Scope::for_account(r, Some((id, de()))),
                Scope::Organisation {
                    id,
                    member_state: de()
                }
            );
        }
    }

    #[test]
    fn enisa_and_admins_are_eu_wide_and_orphans_are_public() {
        assert_eq!(Scope::for_account(Role::EnisaStaff, None), Scope::Eu);
        assert_eq!(Scope::for_account(Role::PlatformAdmin, None), Scope::Eu);
        assert_eq!(Scope::for_account(Role::AgencyOfficer, None), Scope::Public);
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse(" A@B.eu ").unwrap().as_str(), "a@b.eu");
        for bad in ["", "a", "a@b", "@b.eu", "a@@b.eu", "a b@c.eu", "a@.eu"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn short_passwords_are_refused_and_never_printed() {
        assert_eq!(NewPassword::parse("short").unwrap_err().field, "password");
        let p = NewPassword::parse("correct horse battery").unwrap();
        assert!(!format!("{p:?}").contains("horse"));
    }

    #[test]
    fn roles_round_trip_through_their_names() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()).unwrap(), r);
        }
    }

    #[test]
    fn the_login_delay_grows_after_five_failures_and_stops_at_a_minute() {
        let secs = |f| login_delay(f).as_secs();
        for (failures, expected) in [
            (0, 0),
            (1, 0),
            (5, 0),
            (6, 2),
            (7, 4),
            (8, 8),
            (10, 32),
            (11, 60),
            (1000, 60),
            (u64::MAX, 60),
        ] {
            assert_eq!(secs(failures), expected, "after {failures} failures");
        }
    }
}
