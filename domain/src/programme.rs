//! Voucher programmes: each member state's scheme as data (`reference/voucher-schemes.md`), its
//! lifecycle `DRAFT → OPEN → CLOSED → ARCHIVED`, and which edits an open programme may take.
//! Errors: [`ProgrammeError`], each naming the field it concerns.
use crate::four_eyes::{FourEyes, FourEyesError, FourEyesMode};
use crate::language::Language;
use crate::member_state::{MemberState, ParseError};
use crate::money::{Currency, Money};
use crate::organisation::{HealthcareType, Nis2Class};
use crate::sme::Category;
use chrono::{DateTime, SubsecRound, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProgrammeError {
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("{}", crate::refused_step("programme", from.as_str(), to.done(), from == to))]
    InvalidTransition {
        from: ProgrammeStatus,
        to: ProgrammeStatus,
    },
    #[error("{field}: {message}")]
    NotEditable { field: String, message: String },
}

fn invalid(field: &str, message: impl Into<String>) -> ProgrammeError {
    ProgrammeError::Invalid {
        field: field.to_owned(),
        message: message.into(),
    }
}

fn frozen(field: &str, message: impl Into<String>) -> ProgrammeError {
    ProgrammeError::NotEditable {
        field: field.to_owned(),
        message: message.into(),
    }
}

impl From<ParseError> for ProgrammeError {
    fn from(e: ParseError) -> Self {
        invalid(e.field, e.message)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProgrammeStatus {
    Draft,
    Open,
    Closed,
    Archived,
}

crate::organisation::str_enum!(ProgrammeStatus { Draft = "DRAFT", Open = "OPEN", Closed = "CLOSED", Archived = "ARCHIVED" });

impl ProgrammeStatus {
    /// The step into this status, in words: "opened", "archived".
    fn done(self) -> &'static str {
        match self {
            ProgrammeStatus::Draft => "returned to draft",
            ProgrammeStatus::Open => "opened",
            ProgrammeStatus::Closed => "closed",
            ProgrammeStatus::Archived => "archived",
        }
    }
}

/// A share in percent, in [0, 100] with at most two decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Percent(Decimal);

impl Percent {
    pub fn parse(field: &str, value: Decimal) -> Result<Self, ProgrammeError> {
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            return Err(invalid(field, "must be between 0 and 100"));
        }
        if value.normalize().scale() > 2 {
            return Err(invalid(field, "may have at most two decimals"));
        }
        Ok(Self(value))
    }
    pub fn value(self) -> Decimal {
        self.0
    }
    /// `share × amount`, in minor units, rounded down (the voucher never pays more).
    pub fn of_minor(self, minor: i64) -> i64 {
        let v = Decimal::from(minor) * self.0 / Decimal::ONE_HUNDRED;
        i64::try_from(v.floor()).unwrap_or(i64::MAX)
    }
}

/// The service categories every programme can choose from; agencies may add their own codes.
pub const STANDARD_SERVICE_CATEGORIES: [&str; 6] = [
    "RISK_ASSESSMENT",
    "PENETRATION_TESTING",
    "SECURITY_TRAINING",
    "BACKUP_AND_RECOVERY",
    "MONITORING_AND_DETECTION",
    "INCIDENT_RESPONSE_RETAINER",
];

/// A service category code: `A–Z`, digits and `_`, 3 to 40 characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ServiceCategory(String);

impl ServiceCategory {
    pub fn parse(s: &str) -> Result<Self, ProgrammeError> {
        let s = s.trim().to_ascii_uppercase();
        if !(3..=40).contains(&s.len())
            || !s
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(invalid(
                "serviceCategories",
                format!("`{s}` is not a category code (A–Z, 0–9, _; 3 to 40 characters)"),
            ));
        }
        Ok(Self(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A programme code, unique within its member state: `A–Z`, digits and `-`, 3 to 32.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ProgrammeCode(String);

impl ProgrammeCode {
    pub fn parse(s: &str) -> Result<Self, ProgrammeError> {
        let s = s.trim().to_ascii_uppercase();
        if !(3..=32).contains(&s.len())
            || !s
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(invalid("code", "use 3 to 32 letters, digits or '-'"));
        }
        Ok(Self(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A text in one EU language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalisedText {
    pub language: String,
    pub text: String,
}

/// Names (required, at least one) or descriptions (optional) in EU languages, one per language.
pub fn parse_texts(
    field: &str,
    items: &[(String, String)],
    required: bool,
    max: usize,
) -> Result<Vec<LocalisedText>, ProgrammeError> {
    if required && items.is_empty() {
        return Err(invalid(field, "give at least one language"));
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (i, (lang, text)) in items.iter().enumerate() {
        let l = Language::parse(lang)
            .map_err(|e| invalid(&format!("{field}[{i}].language"), e.message))?;
        if !seen.insert(l) {
            return Err(invalid(
                &format!("{field}[{i}].language"),
                "each language once",
            ));
        }
        let t = text.trim();
        if t.is_empty() || t.chars().count() > max || t.chars().any(|c| c.is_control() && c != '\n')
        {
            return Err(invalid(
                &format!("{field}[{i}].text"),
                format!("must be 1 to {max} characters"),
            ));
        }
        out.push(LocalisedText {
            language: l.code().to_owned(),
            text: t.to_owned(),
        });
    }
    Ok(out)
}

/// The rules of a programme: everything that decides who gets how much.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeRules {
    pub currency: Currency,
    pub min_voucher: Money,
    pub max_voucher: Money,
    /// The share of an eligible invoice that the voucher pays, in (0, 100].
    pub aid_intensity: Percent,
    /// Paid on approval, in (0, 100); `None`: reimbursement only.
    pub prefinancing: Option<Percent>,
    pub sme_categories: BTreeSet<Category>,
    pub healthcare_types: BTreeSet<HealthcareType>,
    pub nis2_classes: BTreeSet<Nis2Class>,
    pub service_categories: BTreeSet<ServiceCategory>,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// Rolling cut-off dates inside the window, ascending.
    pub cutoffs: Vec<DateTime<Utc>>,
    /// How long an issued voucher stays valid.
    pub validity_days: u32,
    /// De minimis cumulation (Regulation (EU) 2023/2831): EUR 300,000 per single undertaking
    /// over a rolling three years.
    pub de_minimis: bool,
    /// Which approvals of money need a second officer (`four_eyes`).
    pub four_eyes: FourEyes,
}

/// Unvalidated rules, as entered.
#[derive(Debug, Clone)]
pub struct RulesInput {
    pub currency: String,
    pub min_voucher: Decimal,
    pub max_voucher: Decimal,
    pub aid_intensity: Decimal,
    pub prefinancing: Option<Decimal>,
    pub sme_categories: Vec<Category>,
    pub healthcare_types: Vec<HealthcareType>,
    pub nis2_classes: Vec<Nis2Class>,
    pub service_categories: Vec<String>,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub cutoffs: Vec<DateTime<Utc>>,
    pub validity_days: u32,
    pub de_minimis: bool,
    /// The four-eyes mode and, for `AtOrAbove`, its threshold; `None`: one officer approves.
    pub four_eyes: Option<(FourEyesMode, Option<Decimal>)>,
}

fn money(field: &str, amount: Decimal, currency: Currency) -> Result<Money, ProgrammeError> {
    Money::positive(amount, currency).map_err(|e| invalid(field, e.to_string()))
}

impl ProgrammeRules {
    /// Parses the rules of a programme of `state`.
    pub fn parse(state: MemberState, r: RulesInput) -> Result<Self, ProgrammeError> {
        let currency =
            Currency::parse(&r.currency).map_err(|e| invalid("currency", e.to_string()))?;
        if currency != state.currency() && currency != Currency::EUR {
            return Err(invalid(
                "currency",
                format!("use {} or EUR", state.currency()),
            ));
        }
        let min_voucher = money("minVoucher", r.min_voucher, currency)?;
        let max_voucher = money("maxVoucher", r.max_voucher, currency)?;
        if min_voucher.amount() > max_voucher.amount() {
            return Err(invalid("minVoucher", "must not exceed the maximum voucher"));
        }
        let aid_intensity = Percent::parse("aidIntensity", r.aid_intensity)?;
        if aid_intensity.value() == Decimal::ZERO {
            return Err(invalid("aidIntensity", "must be above 0% and at most 100%"));
        }
        let prefinancing = match r.prefinancing {
            None => None,
            Some(p) => {
                let p = Percent::parse("prefinancingShare", p)?;
                if p.value() == Decimal::ZERO || p.value() == Decimal::ONE_HUNDRED {
                    return Err(invalid(
                        "prefinancingShare",
                        "must be above 0% and below 100% (omit it for none)",
                    ));
                }
                Some(p)
            }
        };
        let sme_categories: BTreeSet<Category> = r.sme_categories.into_iter().collect();
        if sme_categories.is_empty() {
            return Err(invalid("smeCategories", "choose at least one"));
        }
        if sme_categories.contains(&Category::Large) {
            return Err(invalid(
                "smeCategories",
                "vouchers are for micro, small and medium-sized enterprises only",
            ));
        }
        let healthcare_types: BTreeSet<_> = r.healthcare_types.into_iter().collect();
        if healthcare_types.is_empty() {
            return Err(invalid("healthcareTypes", "choose at least one"));
        }
        let nis2_classes: BTreeSet<_> = r.nis2_classes.into_iter().collect();
        if nis2_classes.is_empty() {
            return Err(invalid("nis2Classes", "choose at least one"));
        }
        let service_categories = r
            .service_categories
            .iter()
            .map(|s| ServiceCategory::parse(s))
            .collect::<Result<BTreeSet<_>, _>>()?;
        if service_categories.is_empty() {
            return Err(invalid("serviceCategories", "choose at least one"));
        }
        // Instants are kept to the microsecond, which both databases store exactly; otherwise
        // re-sending a programme's own dates would look like a change after a round trip.
        let opens_at = r.opens_at.trunc_subsecs(6);
        let closes_at = r.closes_at.trunc_subsecs(6);
        if closes_at <= opens_at {
            return Err(invalid("closesAt", "the window must end after it starts"));
        }
        let mut cutoffs: Vec<_> = r.cutoffs.into_iter().map(|c| c.trunc_subsecs(6)).collect();
        cutoffs.sort();
        cutoffs.dedup();
        if cutoffs.iter().any(|c| *c <= opens_at || *c > closes_at) {
            return Err(invalid(
                "cutoffs",
                "cut-off dates must lie inside the application window",
            ));
        }
        if !(1..=1095).contains(&r.validity_days) {
            return Err(invalid("validityDays", "must be 1 to 1095 days"));
        }
        let four_eyes = match r.four_eyes {
            None => FourEyes::None,
            Some((mode, threshold)) => {
                FourEyes::parse(mode, threshold, currency).map_err(|e| match e {
                    FourEyesError::Invalid { field, message } => invalid(&field, message),
                    other => invalid("fourEyes", other.to_string()),
                })?
            }
        };
        Ok(Self {
            currency,
            min_voucher,
            max_voucher,
            aid_intensity,
            prefinancing,
            sme_categories,
            healthcare_types,
            nis2_classes,
            service_categories,
            opens_at,
            closes_at,
            cutoffs,
            validity_days: r.validity_days,
            de_minimis: r.de_minimis,
            four_eyes,
        })
    }

    /// Whether applications are accepted at `now`: inside the window.
    pub fn window_open(&self, now: DateTime<Utc>) -> bool {
        self.opens_at <= now && now < self.closes_at
    }
}

/// The lifecycle. Opening needs a budget and a window that has not ended.
pub fn transition(
    from: ProgrammeStatus,
    to: ProgrammeStatus,
    rules: &ProgrammeRules,
    allocated_minor: i64,
    now: DateTime<Utc>,
) -> Result<ProgrammeStatus, ProgrammeError> {
    use ProgrammeStatus::*;
    match (from, to) {
        (Draft | Closed, Open) => {
            if allocated_minor <= 0 {
                return Err(invalid("funds", "allocate a budget before opening"));
            }
            if rules.closes_at <= now {
                return Err(invalid("closesAt", "the application window has ended"));
            }
            Ok(Open)
        }
        (Open, Closed) | (Draft | Closed, Archived) => Ok(to),
        (from, to) => Err(ProgrammeError::InvalidTransition { from, to }),
    }
}

/// What an archive would leave behind: it is refused while anything remains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Remains {
    /// Vouchers still `ISSUED` or `PARTIALLY_REDEEMED`.
    pub active_vouchers: u64,
    /// Budget not committed nor disbursed: deallocate it first.
    pub available: Money,
    /// Committed funds (active vouchers, payments not yet approved).
    pub committed: Money,
}

/// An archived programme moves no money any more, so archiving needs nothing left behind: no
/// active voucher (its cancellation or expiry would release funds no one could deallocate),
/// no budget left to deallocate, nothing committed. The error names what remains (`funds`).
pub fn check_archivable(r: Remains) -> Result<(), ProgrammeError> {
    let mut left = Vec::new();
    if r.active_vouchers > 0 {
        left.push(format!(
            "{} active voucher{} (cancel them or let them expire)",
            r.active_vouchers,
            if r.active_vouchers == 1 { "" } else { "s" }
        ));
    }
    if !r.available.amount().is_zero() {
        left.push(format!(
            "{} {} to deallocate",
            r.available.amount(),
            r.available.currency()
        ));
    }
    if !r.committed.amount().is_zero() {
        left.push(format!(
            "{} {} committed (vouchers or payments still open)",
            r.committed.amount(),
            r.committed.currency()
        ));
    }
    if left.is_empty() {
        Ok(())
    } else {
        Err(invalid(
            "funds",
            format!(
                "a programme can be archived only when nothing remains: {}",
                left.join("; ")
            ),
        ))
    }
}

/// Only a draft may change its code: applications, vouchers and the ledger's CSV name the
/// programme by it once it is open.
pub fn check_code_change(
    status: ProgrammeStatus,
    old: &ProgrammeCode,
    new: &ProgrammeCode,
) -> Result<(), ProgrammeError> {
    if status != ProgrammeStatus::Draft && old != new {
        return Err(ProgrammeError::NotEditable {
            field: "code".into(),
            message: "only a draft can change its code".into(),
        });
    }
    Ok(())
}

/// Which edits a programme in `status` may take. A draft may change anything. An open
/// programme may not change anything that decided or will decide what an applicant got under
/// the rules it applied to: only wider eligibility, a later end, more cut-offs in the future,
/// a higher cap or a lower minimum, a different validity for future vouchers, and its texts.
/// Closed and archived programmes' rules are frozen.
pub fn check_edit(
    status: ProgrammeStatus,
    old: &ProgrammeRules,
    new: &ProgrammeRules,
    now: DateTime<Utc>,
) -> Result<(), ProgrammeError> {
    use ProgrammeStatus::*;
    match status {
        Draft => Ok(()),
        Closed | Archived => {
            if old == new {
                Ok(())
            } else {
                Err(frozen(
                    "rules",
                    "the rules of a closed or archived programme cannot change",
                ))
            }
        }
        Open => {
            if new.currency != old.currency {
                return Err(frozen("currency", "an open programme keeps its currency"));
            }
            if new.aid_intensity != old.aid_intensity {
                return Err(frozen(
                    "aidIntensity",
                    "an open programme keeps its aid intensity: issued vouchers depend on it",
                ));
            }
            if new.prefinancing != old.prefinancing {
                return Err(frozen(
                    "prefinancingShare",
                    "an open programme keeps its pre-financing share",
                ));
            }
            if new.de_minimis != old.de_minimis {
                return Err(frozen(
                    "deMinimis",
                    "an open programme keeps its de minimis rule",
                ));
            }
            if new.min_voucher.amount() > old.min_voucher.amount() {
                return Err(frozen(
                    "minVoucher",
                    "an open programme's minimum can only go down",
                ));
            }
            if new.max_voucher.amount() < old.max_voucher.amount() {
                return Err(frozen(
                    "maxVoucher",
                    "an open programme's cap can only go up",
                ));
            }
            if !new.sme_categories.is_superset(&old.sme_categories) {
                return Err(frozen(
                    "smeCategories",
                    "an open programme can only widen its SME categories",
                ));
            }
            if !new.healthcare_types.is_superset(&old.healthcare_types) {
                return Err(frozen(
                    "healthcareTypes",
                    "an open programme can only widen its organisation types",
                ));
            }
            if !new.nis2_classes.is_superset(&old.nis2_classes) {
                return Err(frozen(
                    "nis2Classes",
                    "an open programme can only widen its NIS2 classes",
                ));
            }
            if !new.service_categories.is_superset(&old.service_categories) {
                return Err(frozen(
                    "serviceCategories",
                    "an open programme can only add service categories: issued vouchers may use them",
                ));
            }
            if new.opens_at != old.opens_at {
                return Err(frozen(
                    "opensAt",
                    "an open programme keeps its opening date",
                ));
            }
            if new.closes_at < old.closes_at {
                return Err(frozen(
                    "closesAt",
                    "an open programme's window can only be extended",
                ));
            }
            let past_old: Vec<_> = old.cutoffs.iter().filter(|c| **c <= now).collect();
            let past_new: Vec<_> = new.cutoffs.iter().filter(|c| **c <= now).collect();
            if past_old != past_new {
                return Err(frozen(
                    "cutoffs",
                    "cut-off dates that have passed cannot change",
                ));
            }
            Ok(())
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::Duration;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn input() -> RulesInput {
        RulesInput {
            currency: "EUR".into(),
            min_voucher: d("5000"),
            max_voucher: d("30000"),
            aid_intensity: d("50"),
            prefinancing: Some(d("20")),
            sme_categories: vec![Category::Micro, Category::Small],
            healthcare_types: vec![HealthcareType::Hospital, HealthcareType::Clinic],
            nis2_classes: vec![Nis2Class::Important, Nis2Class::NotInScope],
            service_categories: vec!["RISK_ASSESSMENT".into(), "penetration_testing".into()],
            opens_at: now() - Duration::days(1),
            closes_at: now() + Duration::days(90),
            cutoffs: vec![now() + Duration::days(30)],
            validity_days: 365,
            de_minimis: true,
            four_eyes: None,
        }
    }

    #[test]
    fn archiving_is_refused_while_vouchers_or_funds_remain_and_names_them() {
        let eur = |m: i64| Money::from_minor_units(m, Currency::EUR);
        let nothing = Remains {
            active_vouchers: 0,
            available: eur(0),
            committed: eur(0),
        };
        assert_eq!(check_archivable(nothing), Ok(()));
        let e = check_archivable(Remains {
            active_vouchers: 2,
            available: eur(150_000),
            committed: eur(80_000),
        })
        .unwrap_err();
        let ProgrammeError::Invalid { field, message } = e else {
            panic!("{e:?}")
        };
        assert_eq!(field, "funds");
        for part in [
            "2 active vouchers",
            "1500.00 EUR to deallocate",
            "800.00 EUR committed",
        ] {
            assert!(message.contains(part), "{message}");
        }
    }

    fn de() -> MemberState {
        MemberState::parse("DE").unwrap()
    }

    fn field_of(e: ProgrammeError) -> String {
        match e {
            ProgrammeError::Invalid { field, .. } | ProgrammeError::NotEditable { field, .. } => {
                field
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn valid_rules_parse_and_normalise_category_codes() {
        let r = ProgrammeRules::parse(de(), input()).unwrap();
        assert!(
            r.service_categories
                .contains(&ServiceCategory::parse("PENETRATION_TESTING").unwrap())
        );
        assert!(r.window_open(now()));
    }

    #[test]
    fn each_bad_rule_is_refused_naming_its_field() {
        type Case = (&'static str, fn(&mut RulesInput));
        let cases: Vec<Case> = vec![
            ("currency", |r| r.currency = "PLN".into()),
            ("currency", |r| r.currency = "XYZ".into()),
            ("minVoucher", |r| r.min_voucher = d("0")),
            ("minVoucher", |r| r.min_voucher = d("-1")),
            ("maxVoucher", |r| r.max_voucher = d("100.001")),
            ("minVoucher", |r| r.min_voucher = d("40000")),
            ("aidIntensity", |r| r.aid_intensity = d("0")),
            ("aidIntensity", |r| r.aid_intensity = d("100.01")),
            ("aidIntensity", |r| r.aid_intensity = d("-5")),
            ("aidIntensity", |r| r.aid_intensity = d("33.333")),
            ("prefinancingShare", |r| r.prefinancing = Some(d("100"))),
            ("prefinancingShare", |r| r.prefinancing = Some(d("0"))),
            ("smeCategories", |r| r.sme_categories.clear()),
            ("smeCategories", |r| r.sme_categories.push(Category::Large)),
            ("healthcareTypes", |r| r.healthcare_types.clear()),
            ("nis2Classes", |r| r.nis2_classes.clear()),
            ("serviceCategories", |r| r.service_categories.clear()),
            ("serviceCategories", |r| {
                r.service_categories.push("no spaces".into())
            }),
            ("closesAt", |r| r.closes_at = r.opens_at),
            ("closesAt", |r| r.closes_at = r.opens_at - Duration::days(1)),
            ("cutoffs", |r| {
                r.cutoffs.push(r.closes_at + Duration::days(1))
            }),
            ("validityDays", |r| r.validity_days = 0),
            ("validityDays", |r| r.validity_days = 2000),
        ];
        for (field, mutate) in cases {
            let mut i = input();
            mutate(&mut i);
            let err = ProgrammeRules::parse(de(), i).unwrap_err();
            assert_eq!(field_of(err), field);
        }
    }

    #[test]
    fn a_programme_may_use_the_national_currency_or_euro() {
        let pl = MemberState::parse("PL").unwrap();
        let mut i = input();
        i.currency = "PLN".into();
        assert_eq!(
            ProgrammeRules::parse(pl, i).unwrap().currency,
            Currency::PLN
        );
        assert_eq!(
            ProgrammeRules::parse(pl, input()).unwrap().currency,
            Currency::EUR
        );
    }

    #[test]
    fn opening_needs_a_budget_and_a_window_that_has_not_ended() {
        use ProgrammeStatus::*;
        let r = ProgrammeRules::parse(de(), input()).unwrap();
        assert_eq!(
            field_of(transition(Draft, Open, &r, 0, now()).unwrap_err()),
            "funds"
        );
        assert_eq!(transition(Draft, Open, &r, 1, now()), Ok(Open));
        let later = r.closes_at + Duration::seconds(1);
        assert_eq!(
            field_of(transition(Draft, Open, &r, 1, later).unwrap_err()),
            "closesAt"
        );
    }

    #[test]
    fn the_lifecycle_allows_only_its_edges() {
        use ProgrammeStatus::*;
        let r = ProgrammeRules::parse(de(), input()).unwrap();
        let all = [Draft, Open, Closed, Archived];
        let allowed = [
            (Draft, Open),
            (Closed, Open),
            (Open, Closed),
            (Draft, Archived),
            (Closed, Archived),
        ];
        for from in all {
            for to in all {
                let ok = transition(from, to, &r, 100, now()).is_ok();
                assert_eq!(ok, allowed.contains(&(from, to)), "{from:?} -> {to:?}");
            }
        }
    }

    #[test]
    fn an_open_programme_only_takes_edits_that_do_not_change_decisions() {
        let old = ProgrammeRules::parse(de(), input()).unwrap();
        let ok: Vec<fn(&mut RulesInput)> = vec![
            |r| r.max_voucher = d("60000"),
            |r| r.min_voucher = d("1000"),
            |r| r.sme_categories.push(Category::Medium),
            |r| r.healthcare_types.push(HealthcareType::Laboratory),
            |r| r.service_categories.push("SOC_AS_A_SERVICE".into()),
            |r| r.closes_at += Duration::days(30),
            |r| r.cutoffs.push(now() + Duration::days(60)),
            |r| r.validity_days = 180,
        ];
        for edit in ok {
            let mut i = input();
            edit(&mut i);
            let new = ProgrammeRules::parse(de(), i).unwrap();
            assert_eq!(check_edit(ProgrammeStatus::Open, &old, &new, now()), Ok(()));
        }
        type Edit = (&'static str, fn(&mut RulesInput));
        let refused: Vec<Edit> = vec![
            ("aidIntensity", |r| r.aid_intensity = d("80")),
            ("prefinancingShare", |r| r.prefinancing = None),
            ("deMinimis", |r| r.de_minimis = false),
            ("minVoucher", |r| r.min_voucher = d("6000")),
            ("maxVoucher", |r| r.max_voucher = d("20000")),
            ("smeCategories", |r| {
                r.sme_categories = vec![Category::Micro]
            }),
            ("healthcareTypes", |r| {
                r.healthcare_types = vec![HealthcareType::Hospital]
            }),
            ("nis2Classes", |r| {
                r.nis2_classes = vec![Nis2Class::Important]
            }),
            ("serviceCategories", |r| {
                r.service_categories = vec!["RISK_ASSESSMENT".into()]
            }),
            ("closesAt", |r| r.closes_at -= Duration::days(1)),
            ("opensAt", |r| r.opens_at -= Duration::days(1)),
        ];
        for (field, edit) in refused {
            let mut i = input();
            edit(&mut i);
            let new = ProgrammeRules::parse(de(), i).unwrap();
            assert_eq!(
                field_of(check_edit(ProgrammeStatus::Open, &old, &new, now()).unwrap_err()),
                field
            );
            assert_eq!(
                check_edit(ProgrammeStatus::Draft, &old, &new, now()),
                Ok(())
            );
            assert!(check_edit(ProgrammeStatus::Closed, &old, &new, now()).is_err());
        }
    }

    #[test]
    fn passed_cut_offs_are_frozen_but_future_ones_may_be_added() {
        let mut i = input();
        i.cutoffs = vec![now() - Duration::hours(1) + Duration::minutes(30)];
        i.opens_at = now() - Duration::days(10);
        let old = ProgrammeRules::parse(de(), i.clone()).unwrap();
        let mut moved = i.clone();
        moved.cutoffs = vec![now() - Duration::days(2)];
        let new = ProgrammeRules::parse(de(), moved).unwrap();
        assert_eq!(
            field_of(check_edit(ProgrammeStatus::Open, &old, &new, now()).unwrap_err()),
            "cutoffs"
        );
    }

    #[test]
    fn instants_are_kept_to_the_microsecond() {
        let mut i = input();
        i.opens_at = DateTime::parse_from_rfc3339("2026-05-01T10:00:00.123456789Z")
            .unwrap()
            .with_timezone(&Utc);
        let r = ProgrammeRules::parse(de(), i).unwrap();
        assert_eq!(r.opens_at.timestamp_subsec_nanos(), 123_456_000);
    }

    #[test]
    fn aid_intensity_pays_a_share_rounded_down_to_the_cent() {
        let p = Percent::parse("aidIntensity", d("33.33")).unwrap();
        assert_eq!(p.of_minor(10_000), 3_333);
        assert_eq!(p.of_minor(1), 0);
        assert_eq!(
            Percent::parse("x", d("100")).unwrap().of_minor(12345),
            12345
        );
    }

    #[test]
    fn texts_need_a_name_once_per_language() {
        let ok = parse_texts(
            "names",
            &[
                ("de".into(), "Cyber-Gutschein".into()),
                ("en".into(), "Cyber voucher".into()),
            ],
            true,
            200,
        )
        .unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!(
            field_of(parse_texts("names", &[], true, 200).unwrap_err()),
            "names"
        );
        let dup = parse_texts(
            "names",
            &[("de".into(), "A".into()), ("DE".into(), "B".into())],
            true,
            200,
        )
        .unwrap_err();
        assert_eq!(field_of(dup), "names[1].language");
        assert_eq!(
            field_of(parse_texts("names", &[("xx".into(), "A".into())], true, 200).unwrap_err()),
            "names[0].language"
        );
        assert_eq!(
            field_of(parse_texts("names", &[("fr".into(), " ".into())], true, 200).unwrap_err()),
            "names[0].text"
        );
    }

    #[test]
    fn only_a_draft_changes_its_code() {
        let (a, b) = (
            ProgrammeCode::parse("DE-HEALTH-2027").map_err(|_| ()),
            ProgrammeCode::parse("DE-HEALTH-2028").map_err(|_| ()),
        );
        let (Ok(a), Ok(b)) = (a, b) else {
            panic!("codes parse")
        };
        assert!(check_code_change(ProgrammeStatus::Draft, &a, &b).is_ok());
        for s in [
            ProgrammeStatus::Open,
            ProgrammeStatus::Closed,
            ProgrammeStatus::Archived,
        ] {
            assert!(check_code_change(s, &a, &a).is_ok(), "{s:?} keeps its code");
            assert!(
                matches!(check_code_change(s, &a, &b), Err(ProgrammeError::NotEditable { field, .. }) if field == "code"),
                "{s:?}"
            );
        }
    }
}
