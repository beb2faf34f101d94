//! `SERVICE` items: what a verified service provider offers under the voucher programmes, who
//! may suspend an offering, and which offerings match a clinic's voucher.
use super::workflow::{Item, ItemStatus, Reason};
use super::{CatalogueError, invalid, language_serde, transition};
use crate::account::Role;
use crate::catalogue::facet::ItemKind;
use crate::language::Language;
use crate::member_state::MemberState;
use crate::money::{Currency, Money};
use crate::programme::ServiceCategory;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use uuid::Uuid;

/// What a provider offers: the voucher service categories it covers (the codes programmes use,
/// `crate::programme::ServiceCategory`), where and in which languages, and an indicative price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceOffering {
    pub categories: BTreeSet<ServiceCategory>,
    /// Sorted by code, each once.
    pub member_states: Vec<MemberState>,
    #[serde(with = "language_serde::set")]
    pub languages: BTreeSet<Language>,
    pub indicative_price: Money,
}

/// An offering as entered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServiceInput {
    pub categories: Vec<String>,
    pub member_states: Vec<String>,
    pub languages: Vec<String>,
    pub price_amount: Decimal,
    pub price_currency: String,
}

impl ServiceOffering {
    pub fn parse(input: &ServiceInput) -> Result<Self, CatalogueError> {
        let categories = input
            .categories
            .iter()
            .map(|c| {
                ServiceCategory::parse(c).map_err(|e| match e {
                    crate::programme::ProgrammeError::Invalid { message, .. } => {
                        invalid("service.categories", message)
                    }
                    other => invalid("service.categories", other.to_string()),
                })
            })
            .collect::<Result<BTreeSet<_>, _>>()?;
        if categories.is_empty() {
            return Err(invalid(
                "service.categories",
                "choose at least one voucher service category",
            ));
        }
        let mut member_states = input
            .member_states
            .iter()
            .map(|m| MemberState::parse(m).map_err(|e| invalid("service.memberStates", e.message)))
            .collect::<Result<Vec<_>, _>>()?;
        member_states.sort_by_key(|m| m.code());
        member_states.dedup();
        if member_states.is_empty() {
            return Err(invalid(
                "service.memberStates",
                "choose at least one member state served",
            ));
        }
        let languages = input
            .languages
            .iter()
            .map(|l| Language::parse(l).map_err(|e| invalid("service.languages", e.message)))
            .collect::<Result<BTreeSet<_>, _>>()?;
        if languages.is_empty() {
            return Err(invalid(
                "service.languages",
                "choose at least one language the service is delivered in",
            ));
        }
        let currency = Currency::parse(&input.price_currency)
            .map_err(|e| invalid("service.indicativePrice.currency", e.to_string()))?;
        let indicative_price = Money::positive(input.price_amount, currency)
            .map_err(|e| invalid("service.indicativePrice.amount", e.to_string()))?;
        Ok(Self {
            categories,
            member_states,
            languages,
            indicative_price,
        })
    }

    pub fn serves(&self, member_state: MemberState) -> bool {
        self.member_states.contains(&member_state)
    }

    pub fn covers_any(&self, categories: &BTreeSet<ServiceCategory>) -> bool {
        !self.categories.is_disjoint(categories)
    }
}

/// Who may suspend a service item: ENISA, or the agency of the provider's member state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "by", content = "memberState")]
pub enum Suspender {
    Enisa,
    Agency(MemberState),
}

impl Suspender {
    /// The suspender an account acts as: ENISA staff, or an agency officer for the agency's
    /// member state. Others (platform admins included) are none.
    pub fn for_role(role: Role, member_state: Option<MemberState>) -> Option<Self> {
        match (role, member_state) {
            (Role::EnisaStaff, _) => Some(Suspender::Enisa),
            (Role::AgencyOfficer, Some(ms)) => Some(Suspender::Agency(ms)),
            _ => None,
        }
    }

    /// The pure rule: ENISA for any provider, an agency for providers of its own member state.
    pub fn may_suspend(self, provider_state: MemberState) -> bool {
        match self {
            Suspender::Enisa => true,
            Suspender::Agency(ms) => ms == provider_state,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Suspension {
    pub by: Suspender,
    pub reason: Reason,
    pub at: DateTime<Utc>,
}

fn check_suspender(
    item: &Item,
    provider_state: MemberState,
    by: Suspender,
) -> Result<(), CatalogueError> {
    if item.kind != ItemKind::Service {
        return Err(transition("kind", "only SERVICE items can be suspended"));
    }
    if !by.may_suspend(provider_state) {
        return Err(CatalogueError::NotAllowed {
            field: "memberState".into(),
            message: format!(
                "only ENISA or the agency of {} may suspend this provider's service",
                provider_state.code()
            ),
        });
    }
    Ok(())
}

/// Suspends a published service item: it leaves search and voucher matching, and says why.
pub fn suspend(
    item: &Item,
    provider_state: MemberState,
    by: Suspender,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Item, CatalogueError> {
    check_suspender(item, provider_state, by)?;
    if item.status != ItemStatus::Published {
        return Err(transition(
            "status",
            "only a published service can be suspended",
        ));
    }
    if item.suspension.is_some() {
        return Err(transition("status", "the service is already suspended"));
    }
    let reason = Reason::parse(reason)?;
    Ok(Item {
        suspension: Some(Suspension {
            by,
            reason,
            at: now,
        }),
        updated_at: now,
        ..item.clone()
    })
}

/// Lifts a suspension; the same people who may suspend may lift it.
pub fn lift_suspension(
    item: &Item,
    provider_state: MemberState,
    by: Suspender,
    now: DateTime<Utc>,
) -> Result<Item, CatalogueError> {
    check_suspender(item, provider_state, by)?;
    if item.suspension.is_none() {
        return Err(transition("status", "the service is not suspended"));
    }
    Ok(Item {
        suspension: None,
        updated_at: now,
        ..item.clone()
    })
}

/// A service item as the voucher page considers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceListing<'a> {
    pub item_id: Uuid,
    pub provider_id: Uuid,
    pub provider_verified: bool,
    pub status: ItemStatus,
    pub suspended: bool,
    /// The offering of the published version.
    pub offering: &'a ServiceOffering,
}

/// What a voucher asks for: its programme's service categories and its member state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoucherNeed {
    pub categories: BTreeSet<ServiceCategory>,
    pub member_state: MemberState,
}

/// The services a clinic may choose for its voucher: published, not suspended, by a verified
/// provider, covering at least one of the voucher's categories and serving its member state.
/// The order of `listings` is kept.
pub fn matching_services<'l, 'a>(
    listings: &'l [ServiceListing<'a>],
    need: &VoucherNeed,
) -> Vec<&'l ServiceListing<'a>> {
    listings
        .iter()
        .filter(|l| {
            l.status == ItemStatus::Published
                && !l.suspended
                && l.provider_verified
                && l.offering.covers_any(&need.categories)
                && l.offering.serves(need.member_state)
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::catalogue::content::Content;
    use crate::catalogue::content::tests::{service_input, topics};
    use crate::catalogue::workflow::{Owner, create, publish};

    fn now() -> DateTime<Utc> {
        "2026-06-01T12:00:00Z".parse().unwrap()
    }

    fn ms(code: &str) -> MemberState {
        MemberState::parse(code).unwrap()
    }

    fn input() -> ServiceInput {
        service_input().service.unwrap()
    }

    fn published_service() -> Item {
        let content = Content::parse(ItemKind::Service, &service_input(), &topics()).unwrap();
        let item = create(
            ItemKind::Service,
            Owner::ServiceProvider(Uuid::nil()),
            content,
            now(),
        )
        .unwrap();
        publish(&item, "Offered", now()).unwrap().0
    }

    #[test]
    fn an_offering_parses_and_sorts_its_member_states() {
        let o = ServiceOffering::parse(&input()).unwrap();
        assert_eq!(
            o.member_states.iter().map(|m| m.code()).collect::<Vec<_>>(),
            ["AT", "DE"]
        );
        assert_eq!(o.indicative_price.to_string(), "12000.00 EUR");
        assert!(o.serves(ms("DE")));
        assert!(!o.serves(ms("FR")));
    }

    #[test]
    fn a_bad_offering_is_refused_naming_the_field() {
        type Edit = fn(&mut ServiceInput);
        let cases: [(&str, Edit); 8] = [
            ("service.categories", |i| i.categories.clear()),
            ("service.categories", |i| i.categories = vec!["x y".into()]),
            ("service.memberStates", |i| i.member_states.clear()),
            ("service.memberStates", |i| {
                i.member_states = vec!["GB".into()]
            }),
            ("service.languages", |i| i.languages = vec!["lb".into()]),
            ("service.languages", |i| i.languages.clear()),
            ("service.indicativePrice.amount", |i| {
                i.price_amount = Decimal::ZERO
            }),
            ("service.indicativePrice.currency", |i| {
                i.price_currency = "USD".into()
            }),
        ];
        for (field, edit) in cases {
            let mut i = input();
            edit(&mut i);
            assert_eq!(ServiceOffering::parse(&i).unwrap_err().field(), field);
        }
    }

    #[test]
    fn who_may_suspend_follows_role_and_member_state() {
        let de = ms("DE");
        let cases = [
            (Role::EnisaStaff, None, true),
            (Role::PlatformAdmin, None, false),
            (Role::AgencyOfficer, Some(de), true),
            (Role::AgencyOfficer, Some(ms("FR")), false),
            (Role::AgencyOfficer, None, false),
            (Role::ServiceProvider, Some(de), false),
            (Role::ProviderUser, Some(de), false),
        ];
        for (role, state, expected) in cases {
            let may = Suspender::for_role(role, state).is_some_and(|s| s.may_suspend(de));
            assert_eq!(may, expected, "{role:?} {state:?}");
        }
    }

    #[test]
    fn a_suspended_service_is_hidden_until_lifted() {
        let item = published_service();
        let by = Suspender::Agency(ms("DE"));
        let suspended = suspend(&item, ms("DE"), by, "Certificate expired", now()).unwrap();
        assert!(!suspended.is_public());
        assert_eq!(
            suspended.suspension.as_ref().unwrap().reason.as_str(),
            "Certificate expired"
        );
        let again = suspend(&suspended, ms("DE"), by, "again", now()).unwrap_err();
        assert!(matches!(again, CatalogueError::InvalidTransition { .. }));

        let lifted = lift_suspension(&suspended, ms("DE"), Suspender::Enisa, now()).unwrap();
        assert!(lifted.is_public());
        assert!(lift_suspension(&lifted, ms("DE"), Suspender::Enisa, now()).is_err());
    }

    #[test]
    fn suspension_by_another_member_states_agency_is_not_allowed() {
        let err = suspend(
            &published_service(),
            ms("DE"),
            Suspender::Agency(ms("FR")),
            "no",
            now(),
        )
        .unwrap_err();
        assert!(matches!(err, CatalogueError::NotAllowed { .. }), "{err}");
    }

    #[test]
    fn suspension_needs_a_reason_and_a_published_service() {
        let err = suspend(&published_service(), ms("DE"), Suspender::Enisa, "", now()).unwrap_err();
        assert_eq!(err.field(), "reason");

        let content = Content::parse(ItemKind::Service, &service_input(), &topics()).unwrap();
        let draft = create(
            ItemKind::Service,
            Owner::ServiceProvider(Uuid::nil()),
            content,
            now(),
        )
        .unwrap();
        let err = suspend(&draft, ms("DE"), Suspender::Enisa, "x", now()).unwrap_err();
        assert!(matches!(err, CatalogueError::InvalidTransition { .. }));
    }

    #[test]
    fn a_voucher_sees_only_matching_live_services() {
        let offering = |cats: &[&str], states: &[&str]| {
            ServiceOffering::parse(&ServiceInput {
                categories: cats.iter().map(|s| s.to_string()).collect(),
                member_states: states.iter().map(|s| s.to_string()).collect(),
                ..input()
            })
            .unwrap()
        };
        let monitoring_de = offering(&["MONITORING_AND_DETECTION"], &["DE"]);
        let pentest_de = offering(&["PENETRATION_TESTING"], &["DE", "AT"]);
        let monitoring_fr = offering(&["MONITORING_AND_DETECTION", "RISK_ASSESSMENT"], &["FR"]);
        let both_de = offering(&["RISK_ASSESSMENT", "PENETRATION_TESTING"], &["DE"]);
        let listing = |n: u128, o, status, suspended, verified| ServiceListing {
            item_id: Uuid::from_u128(n),
            provider_id: Uuid::from_u128(100 + n),
            provider_verified: verified,
            status,
            suspended,
            offering: o,
        };
        let listings = [
            listing(1, &monitoring_de, ItemStatus::Published, false, true),
            listing(2, &pentest_de, ItemStatus::Published, false, true),
            listing(3, &monitoring_fr, ItemStatus::Published, false, true),
            listing(4, &both_de, ItemStatus::Published, false, true),
            listing(5, &pentest_de, ItemStatus::Published, true, true),
            listing(6, &pentest_de, ItemStatus::Draft, false, true),
            listing(7, &pentest_de, ItemStatus::Retired, false, true),
            listing(8, &pentest_de, ItemStatus::Published, false, false),
        ];
        let need = VoucherNeed {
            categories: ["PENETRATION_TESTING", "RISK_ASSESSMENT"]
                .iter()
                .map(|c| ServiceCategory::parse(c).unwrap())
                .collect(),
            member_state: ms("DE"),
        };
        let found: Vec<u128> = matching_services(&listings, &need)
            .iter()
            .map(|l| l.item_id.as_u128())
            .collect();
        assert_eq!(found, [2, 4]);

        let in_fr = VoucherNeed {
            member_state: ms("FR"),
            ..need
        };
        let found: Vec<u128> = matching_services(&listings, &in_fr)
            .iter()
            .map(|l| l.item_id.as_u128())
            .collect();
        assert_eq!(found, [3]);
    }
}
