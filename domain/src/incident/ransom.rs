//! Ransom demands, the member state's ransom rules, and the law-enforcement referral.
//!
//! The Commission's action plan encourages member states to require health entities to report
//! ransom demands and payments alongside their NIS2 notifications and to involve law
//! enforcement; how binding that is, each state decides (`reference/nis2-incident-reporting.md`,
//! "Ransom demands"). So the rules are data per member state ([`RansomRules`]), maintained by
//! that state's authority, and one rule follows from them: **where the referral is mandatory,
//! a case with a ransom demand cannot receive its final report or be closed until the referral
//! is recorded** ([`check_referral`]).
//!
//! The note's text is among the most sensitive data of the platform: it is validated here and
//! encrypted by the store; it never goes into an error message.
use super::{IncidentError, invalid, optional_text, text};
use crate::calendar::{DeadlineStatus, deadline_status};
use crate::member_state::MemberState;
use crate::money::{Currency, Money, MoneyError};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Whether a member state requires ransom demands to be reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RansomReporting {
    Required,
    Encouraged,
    NotRequired,
}

crate::organisation::str_enum!(RansomReporting { Required = "REQUIRED", Encouraged = "ENCOURAGED", NotRequired = "NOT_REQUIRED" });

/// A member state's ransom rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RansomRules {
    pub ransom_reporting: RansomReporting,
    pub referral_mandatory: bool,
    /// Within how many hours of receiving it a demand is to be reported; `None`: no deadline.
    pub reporting_deadline_hours: Option<u32>,
    /// The law-enforcement contact shown to clinics.
    pub law_enforcement_contact: String,
}

/// The longest reporting deadline a state may set: 30 days.
pub const MAX_REPORTING_DEADLINE_HOURS: u32 = 720;

impl RansomRules {
    /// Validates rules (fields `ransomReporting`, `reportingDeadlineHours`,
    /// `lawEnforcementContact`):
    /// - the deadline is 1..=720 hours where set, and it is required when reporting is
    ///   `REQUIRED` (a requirement without a deadline cannot be checked);
    /// - a state that does not ask for reports sets no deadline;
    /// - the contact is 3..=500 characters.
    pub fn parse(
        ransom_reporting: RansomReporting,
        referral_mandatory: bool,
        reporting_deadline_hours: Option<i64>,
        law_enforcement_contact: &str,
    ) -> Result<Self, IncidentError> {
        let hours = match reporting_deadline_hours {
            None => None,
            Some(h) => match u32::try_from(h) {
                Ok(h) if (1..=MAX_REPORTING_DEADLINE_HOURS).contains(&h) => Some(h),
                _ => {
                    return Err(invalid(
                        "reportingDeadlineHours",
                        format!("must be 1 to {MAX_REPORTING_DEADLINE_HOURS} hours"),
                    ));
                }
            },
        };
        match (ransom_reporting, hours) {
            (RansomReporting::Required, None) => {
                return Err(invalid(
                    "reportingDeadlineHours",
                    "is required where reporting is REQUIRED",
                ));
            }
            (RansomReporting::NotRequired, Some(_)) => {
                return Err(invalid(
                    "reportingDeadlineHours",
                    "must be empty where reporting is NOT_REQUIRED",
                ));
            }
            _ => {}
        }
        Ok(Self {
            ransom_reporting,
            referral_mandatory,
            reporting_deadline_hours: hours,
            law_enforcement_contact: text(
                "lawEnforcementContact",
                law_enforcement_contact,
                3,
                500,
            )?,
        })
    }

    /// The rules of a state that has set none: reporting encouraged, referral not mandatory,
    /// no deadline (issue #19: every state but the seeded ones starts `ENCOURAGED`).
    pub fn encouraged(law_enforcement_contact: &str) -> Self {
        Self {
            ransom_reporting: RansomReporting::Encouraged,
            referral_mandatory: false,
            reporting_deadline_hours: None,
            law_enforcement_contact: law_enforcement_contact.trim().to_owned(),
        }
    }

    /// When a demand received at `received_at` is to be reported, where the state sets a
    /// deadline (exact hours, like the NIS2 clocks).
    pub fn reporting_due(&self, received_at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.reporting_deadline_hours
            .map(|h| received_at + Duration::hours(i64::from(h)))
    }

    /// Whether a demand received at `received_at` and recorded on the platform at
    /// `recorded_at` (`None`: not yet) was reported in time, at `now`.
    pub fn reporting_status(
        &self,
        received_at: DateTime<Utc>,
        recorded_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Option<DeadlineStatus> {
        self.reporting_due(received_at)
            .map(|due| deadline_status(Some(due), recorded_at, now))
    }
}

/// A crypto-asset ticker such as `BTC` or `XMR`: 2..=10 upper-case letters or digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CryptoAsset(String);

impl CryptoAsset {
    pub fn parse(field: &str, s: &str) -> Result<Self, IncidentError> {
        let s = s.trim().to_ascii_uppercase();
        if !(2..=10).contains(&s.len()) || !s.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(invalid(
                field,
                "must be a crypto-asset ticker such as BTC (2 to 10 letters or digits)",
            ));
        }
        Ok(Self(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An amount demanded or paid: money in a currency, or a crypto-asset amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum RansomAmount {
    Money { money: Money },
    Crypto { asset: CryptoAsset, amount: Decimal },
}

/// An amount as typed: a currency code (ISO 4217) or a crypto-asset ticker, and the amount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountInput {
    Money { amount: Decimal, currency: String },
    Crypto { amount: Decimal, asset: String },
}

/// The most decimals a crypto-asset amount may have (ether's 18).
pub const MAX_CRYPTO_DECIMALS: u32 = 18;

impl RansomAmount {
    /// A strictly positive amount (field `field`, e.g. `amount` or `paidAmount`): zero and
    /// negative amounts are refused, and money has no more decimals than its currency.
    pub fn parse(field: &str, input: &AmountInput) -> Result<Self, IncidentError> {
        match input {
            AmountInput::Money { amount, currency } => {
                let currency =
                    Currency::parse(currency.trim()).map_err(|e| invalid(field, e.to_string()))?;
                let money = Money::positive(*amount, currency).map_err(|e| match e {
                    MoneyError::NotPositive => invalid(field, "must be positive"),
                    other => invalid(field, other.to_string()),
                })?;
                Ok(RansomAmount::Money { money })
            }
            AmountInput::Crypto { amount, asset } => {
                let asset = CryptoAsset::parse(&format!("{field}.asset"), asset)?;
                if *amount <= Decimal::ZERO {
                    return Err(invalid(field, "must be positive"));
                }
                if amount.normalize().scale() > MAX_CRYPTO_DECIMALS {
                    return Err(invalid(
                        field,
                        format!("has more than {MAX_CRYPTO_DECIMALS} decimal places"),
                    ));
                }
                Ok(RansomAmount::Crypto {
                    asset,
                    amount: amount.normalize(),
                })
            }
        }
    }
}

/// What a clinic types about a ransom demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RansomDemandInput {
    pub received_at: DateTime<Utc>,
    pub amount: Option<AmountInput>,
    pub threat_actor: Option<String>,
    pub note_text: Option<String>,
    pub paid: bool,
    pub paid_amount: Option<AmountInput>,
}

/// A ransom demand, valid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RansomDemand {
    pub received_at: DateTime<Utc>,
    /// `None` where the note names no amount.
    pub amount: Option<RansomAmount>,
    /// The threat actor or ransomware strain, where known.
    pub threat_actor: Option<String>,
    /// The note's text: sensitive, encrypted at rest by the store.
    pub note_text: Option<String>,
    pub paid: bool,
    pub paid_amount: Option<RansomAmount>,
}

/// The longest ransom note kept.
pub const MAX_NOTE_TEXT: usize = 20_000;

impl RansomDemand {
    /// Validates a demand on an incident that started at `incident_started_at` (fields
    /// `receivedAt`, `amount`, `threatActor`, `noteText`, `paidAmount`): received not in the
    /// future and not before the incident started; amounts positive; a paid amount exactly
    /// when it was paid.
    pub fn parse(
        input: RansomDemandInput,
        incident_started_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Self, IncidentError> {
        if input.received_at > now {
            return Err(invalid("receivedAt", "cannot be in the future"));
        }
        if input.received_at < incident_started_at {
            return Err(invalid(
                "receivedAt",
                "cannot be before the incident started",
            ));
        }
        let amount = input
            .amount
            .as_ref()
            .map(|a| RansomAmount::parse("amount", a))
            .transpose()?;
        let paid_amount = match (input.paid, &input.paid_amount) {
            (true, Some(a)) => Some(RansomAmount::parse("paidAmount", a)?),
            (true, None) => return Err(invalid("paidAmount", "say how much was paid")),
            (false, Some(_)) => {
                return Err(invalid(
                    "paidAmount",
                    "must be empty when the ransom was not paid",
                ));
            }
            (false, None) => None,
        };
        Ok(Self {
            received_at: input.received_at,
            amount,
            threat_actor: optional_text("threatActor", input.threat_actor.as_deref(), 200)?,
            note_text: optional_text("noteText", input.note_text.as_deref(), MAX_NOTE_TEXT)?,
            paid: input.paid,
            paid_amount,
        })
    }
}

/// A law-enforcement referral: the authority, the date and its case reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Referral {
    pub authority: String,
    pub referred_on: NaiveDate,
    pub case_reference: String,
}

impl Referral {
    /// Validates a referral (fields `authority`, `referredOn`, `caseReference`): the date not
    /// after `today` and not before the demand was received (both dates in the organisation's
    /// zone, [`crate::calendar::local_date`]).
    pub fn parse(
        authority: &str,
        referred_on: NaiveDate,
        case_reference: &str,
        demand_received_on: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<Self, IncidentError> {
        let authority = text("authority", authority, 2, 200)?;
        if referred_on > today {
            return Err(invalid("referredOn", "cannot be in the future"));
        }
        if demand_received_on.is_some_and(|d| referred_on < d) {
            return Err(invalid(
                "referredOn",
                "cannot be before the demand was received",
            ));
        }
        let case_reference = text("caseReference", case_reference, 1, 100)?;
        Ok(Self {
            authority,
            referred_on,
            case_reference,
        })
    }
}

/// What the referral rule needs to know about a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RansomStatus {
    pub demand_recorded: bool,
    pub referral_recorded: bool,
    /// The member state's current rule ([`RansomRules::referral_mandatory`]).
    pub referral_mandatory: bool,
}

/// The steps the referral rule guards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum GuardedAction {
    FinalReport,
    Close,
}

impl GuardedAction {
    pub(crate) fn phrase(self) -> &'static str {
        match self {
            GuardedAction::FinalReport => "the final report is submitted",
            GuardedAction::Close => "the case is closed",
        }
    }
}

/// Where `member_state` makes the referral mandatory, a case with a ransom demand cannot
/// receive its final report or be closed until the referral is recorded.
pub fn check_referral(
    status: &RansomStatus,
    action: GuardedAction,
    member_state: MemberState,
) -> Result<(), IncidentError> {
    if status.demand_recorded && status.referral_mandatory && !status.referral_recorded {
        return Err(IncidentError::ReferralRequired {
            action,
            member_state,
        });
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }
    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }
    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn field(e: IncidentError) -> String {
        e.field().unwrap().to_owned()
    }

    fn demand(
        amount: Option<AmountInput>,
        paid: bool,
        paid_amount: Option<AmountInput>,
    ) -> RansomDemandInput {
        RansomDemandInput {
            received_at: utc("2026-03-02T08:00:00Z"),
            amount,
            threat_actor: Some(" LockBit 3.0 ".into()),
            note_text: Some("Your files are encrypted.".into()),
            paid,
            paid_amount,
        }
    }
    const STARTED: &str = "2026-03-01T22:00:00Z";
    const NOW: &str = "2026-03-03T12:00:00Z";

    fn eur(a: &str) -> AmountInput {
        AmountInput::Money {
            amount: d(a),
            currency: "EUR".into(),
        }
    }

    #[test]
    fn a_demand_in_euros_or_bitcoin_is_kept_with_its_amount() {
        let r = RansomDemand::parse(
            demand(Some(eur("250000.00")), false, None),
            utc(STARTED),
            utc(NOW),
        )
        .unwrap();
        assert_eq!(
            r.amount,
            Some(RansomAmount::Money {
                money: Money::new(d("250000"), Currency::EUR).unwrap()
            })
        );
        assert_eq!(r.threat_actor.as_deref(), Some("LockBit 3.0"));
        let btc = AmountInput::Crypto {
            amount: d("4.50000000"),
            asset: "btc".into(),
        };
        let r = RansomDemand::parse(
            demand(Some(btc.clone()), true, Some(btc)),
            utc(STARTED),
            utc(NOW),
        )
        .unwrap();
        let RansomAmount::Crypto { asset, amount } = r.paid_amount.unwrap() else {
            panic!("crypto expected")
        };
        assert_eq!((asset.as_str(), amount), ("BTC", d("4.5")));
    }

    #[test]
    fn negative_or_zero_amounts_are_refused_naming_the_field() {
        for bad in ["-1", "0", "-0.01"] {
            let e =
                RansomDemand::parse(demand(Some(eur(bad)), false, None), utc(STARTED), utc(NOW))
                    .unwrap_err();
            assert_eq!(field(e), "amount", "{bad}");
            let e = RansomDemand::parse(demand(None, true, Some(eur(bad))), utc(STARTED), utc(NOW))
                .unwrap_err();
            assert_eq!(field(e), "paidAmount", "{bad}");
            let neg_btc = AmountInput::Crypto {
                amount: d(bad),
                asset: "BTC".into(),
            };
            let e = RansomDemand::parse(demand(Some(neg_btc), false, None), utc(STARTED), utc(NOW))
                .unwrap_err();
            assert_eq!(field(e), "amount", "{bad} BTC");
        }
        let cents = RansomDemand::parse(
            demand(Some(eur("1.001")), false, None),
            utc(STARTED),
            utc(NOW),
        )
        .unwrap_err();
        assert_eq!(field(cents), "amount");
        let usd = AmountInput::Money {
            amount: d("1"),
            currency: "XYZ".into(),
        };
        assert_eq!(
            field(
                RansomDemand::parse(demand(Some(usd), false, None), utc(STARTED), utc(NOW))
                    .unwrap_err()
            ),
            "amount"
        );
        let bad_asset = AmountInput::Crypto {
            amount: d("1"),
            asset: "B".into(),
        };
        assert_eq!(
            field(
                RansomDemand::parse(demand(Some(bad_asset), false, None), utc(STARTED), utc(NOW))
                    .unwrap_err()
            ),
            "amount.asset"
        );
    }

    #[test]
    fn a_paid_amount_goes_with_paid_and_only_with_it() {
        let e = RansomDemand::parse(demand(None, true, None), utc(STARTED), utc(NOW)).unwrap_err();
        assert_eq!(field(e), "paidAmount");
        let e = RansomDemand::parse(demand(None, false, Some(eur("10"))), utc(STARTED), utc(NOW))
            .unwrap_err();
        assert_eq!(field(e), "paidAmount");
    }

    #[test]
    fn a_demand_cannot_be_received_in_the_future_or_before_the_incident() {
        let mut future = demand(None, false, None);
        future.received_at = utc("2026-03-03T12:00:01Z");
        assert_eq!(
            field(RansomDemand::parse(future, utc(STARTED), utc(NOW)).unwrap_err()),
            "receivedAt"
        );
        let mut early = demand(None, false, None);
        early.received_at = utc("2026-03-01T21:59:59Z");
        assert_eq!(
            field(RansomDemand::parse(early, utc(STARTED), utc(NOW)).unwrap_err()),
            "receivedAt"
        );
        let mut long = demand(None, false, None);
        long.note_text = Some("x".repeat(MAX_NOTE_TEXT + 1));
        let e = RansomDemand::parse(long, utc(STARTED), utc(NOW)).unwrap_err();
        assert_eq!(field(e.clone()), "noteText");
        assert!(
            !e.to_string().contains("xxxx"),
            "the note never goes into an error"
        );
    }

    #[test]
    fn ransom_rules_are_validated_as_data() {
        use RansomReporting::*;
        let ok =
            RansomRules::parse(Required, true, Some(24), "BKA, Cybercrime: +49 611 55-0").unwrap();
        assert_eq!(ok.reporting_deadline_hours, Some(24));
        let rows: &[(RansomReporting, Option<i64>, &str, &str)] = &[
            (Required, None, "Police", "reportingDeadlineHours"),
            (Encouraged, Some(0), "Police", "reportingDeadlineHours"),
            (Encouraged, Some(-3), "Police", "reportingDeadlineHours"),
            (Encouraged, Some(721), "Police", "reportingDeadlineHours"),
            (NotRequired, Some(48), "Police", "reportingDeadlineHours"),
            (Encouraged, Some(72), " ", "lawEnforcementContact"),
        ];
        for (reporting, hours, contact, f) in rows {
            let e = RansomRules::parse(*reporting, false, *hours, contact).unwrap_err();
            assert_eq!(field(e), *f, "{reporting:?} {hours:?}");
        }
        assert!(RansomRules::parse(NotRequired, false, None, "Police").is_ok());
        assert_eq!(
            RansomRules::encouraged("Police").ransom_reporting,
            Encouraged
        );
    }

    #[test]
    fn the_reporting_deadline_counts_exact_hours_from_receipt() {
        let rules =
            RansomRules::parse(RansomReporting::Required, false, Some(24), "Police").unwrap();
        let received = utc("2026-03-28T23:30:00Z");
        // The night summer time starts does not change the hours.
        assert_eq!(
            rules.reporting_due(received),
            Some(utc("2026-03-29T23:30:00Z"))
        );
        let late = rules
            .reporting_status(received, Some(utc("2026-03-30T01:30:00Z")), utc(NOW))
            .unwrap();
        assert_eq!(late.state, crate::calendar::ClockState::MetLate);
        assert_eq!(late.late_by, Some(Duration::hours(2)));
        assert_eq!(
            RansomRules::encouraged("Police").reporting_due(received),
            None
        );
    }

    #[test]
    fn a_referral_needs_an_authority_a_plausible_date_and_a_reference() {
        let today = date("2026-03-05");
        let received = Some(date("2026-03-02"));
        let r = Referral::parse(
            "LKA Berlin",
            date("2026-03-03"),
            "LKA-2026-0042",
            received,
            today,
        )
        .unwrap();
        assert_eq!(r.case_reference, "LKA-2026-0042");
        let rows = [
            ("", "2026-03-03", "X1", "authority"),
            ("LKA", "2026-03-06", "X1", "referredOn"),
            ("LKA", "2026-03-01", "X1", "referredOn"),
            ("LKA", "2026-03-03", " ", "caseReference"),
        ];
        for (a, on, reference, f) in rows {
            let e = Referral::parse(a, date(on), reference, received, today).unwrap_err();
            assert_eq!(field(e), f, "{a} {on} {reference}");
        }
    }

    #[test]
    fn where_the_referral_is_mandatory_a_demand_blocks_the_final_report_and_closing_until_it_is_recorded()
     {
        let de = MemberState::parse("DE").unwrap();
        let s = |demand_recorded, referral_recorded, referral_mandatory| RansomStatus {
            demand_recorded,
            referral_recorded,
            referral_mandatory,
        };
        // (demand, referral, mandatory) → blocked?
        let rows = [
            (s(true, false, true), true),
            (s(true, true, true), false),
            (s(true, false, false), false),
            (s(false, false, true), false),
            (s(false, false, false), false),
        ];
        for (status, blocked) in rows {
            for action in [GuardedAction::FinalReport, GuardedAction::Close] {
                let r = check_referral(&status, action, de);
                assert_eq!(r.is_err(), blocked, "{status:?} {action:?}");
                if let Err(e) = r {
                    assert_eq!(e.field(), Some("referral"));
                    let msg = e.to_string();
                    assert!(
                        msg.contains("DE requires a law-enforcement referral"),
                        "{msg}"
                    );
                    assert!(msg.contains(action.phrase()), "{msg}");
                }
            }
        }
    }
}
