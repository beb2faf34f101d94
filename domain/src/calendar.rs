//! Calendar arithmetic in IANA time zones, and the state of a deadline at `now`.
//! Errors: [`CalendarError`]; [`TimeZoneName::parse`] answers a field-named [`ParseError`].
//!
//! The platform stores instants in UTC (`chrono::DateTime<Utc>`). A deadline counted in
//! calendar months depends on the zone it is counted in (`reference/member-states.md`), so the
//! month arithmetic is done by [`jiff`] with the IANA database **bundled into the binary**: the
//! result never depends on the machine's `/usr/share/zoneinfo`. There is no hand-written month
//! or DST arithmetic here; this module only converts between chrono and jiff and names the
//! disambiguation rule.
//!
//! The rule (`reference/nis2-incident-reporting.md`, "How the platform counts"):
//! - hours are exact elapsed time (plain UTC arithmetic, nothing in this module);
//! - a month is a calendar month in the zone: same day-of-month and wall-clock time, the day
//!   clamped to the last day of a shorter month (31 January → 28 or 29 February);
//! - a wall-clock time skipped when summer time starts is shifted forward by the length of the
//!   gap (02:30 → 03:30), and one that occurs twice when summer time ends takes the earlier
//!   instant. This is RFC 5545's rule and jiff's / Temporal's `compatible` disambiguation.
use crate::member_state::{MemberState, ParseError};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use jiff::tz::{TimeZone, TimeZoneDatabase};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("the instant is outside the supported range of dates (years -9999 to 9999)")]
    OutOfRange,
    #[error("the time zone `{0}` is not in the bundled IANA time zone database")]
    UnknownZone(String),
}

/// The IANA database compiled into the binary (jiff's `tzdb-bundle-always`), never the
/// machine's copy.
fn database() -> &'static TimeZoneDatabase {
    static DB: OnceLock<TimeZoneDatabase> = OnceLock::new();
    DB.get_or_init(TimeZoneDatabase::bundled)
}

/// An IANA time zone name such as `Europe/Berlin`, known to the bundled database. Parsed
/// without regard to case and kept in its canonical spelling. Serialised as the name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TimeZoneName(String);

impl TimeZoneName {
    /// Parses a zone name (field `timeZone`).
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let s = s.trim();
        if s.is_empty() || s.len() > 64 {
            return Err(ParseError::new(
                "timeZone",
                "must be an IANA time zone name such as Europe/Berlin",
            ));
        }
        let unknown = || {
            ParseError::new(
                "timeZone",
                format!("`{s}` is not an IANA time zone name (such as Europe/Berlin)"),
            )
        };
        let tz = database().get(s).map_err(|_| unknown())?;
        match tz.iana_name() {
            Some(name) if !tz.is_unknown() => Ok(Self(name.to_owned())),
            _ => Err(unknown()),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn zone(&self) -> Result<TimeZone, CalendarError> {
        database()
            .get(&self.0)
            .map_err(|_| CalendarError::UnknownZone(self.0.clone()))
    }
}

impl fmt::Display for TimeZoneName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for TimeZoneName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for TimeZoneName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        TimeZoneName::parse(&name).map_err(serde::de::Error::custom)
    }
}

/// The default zone of each member state: its capital's (`reference/member-states.md`). An
/// organisation elsewhere (the Canary Islands, the Azores, Madeira) sets its own zone.
pub const MEMBER_STATE_ZONES: [(&str, &str); 27] = [
    ("AT", "Europe/Vienna"),
    ("BE", "Europe/Brussels"),
    ("BG", "Europe/Sofia"),
    ("CY", "Asia/Nicosia"),
    ("CZ", "Europe/Prague"),
    ("DE", "Europe/Berlin"),
    ("DK", "Europe/Copenhagen"),
    ("EE", "Europe/Tallinn"),
    ("ES", "Europe/Madrid"),
    ("FI", "Europe/Helsinki"),
    ("FR", "Europe/Paris"),
    ("GR", "Europe/Athens"),
    ("HR", "Europe/Zagreb"),
    ("HU", "Europe/Budapest"),
    ("IE", "Europe/Dublin"),
    ("IT", "Europe/Rome"),
    ("LT", "Europe/Vilnius"),
    ("LU", "Europe/Luxembourg"),
    ("LV", "Europe/Riga"),
    ("MT", "Europe/Malta"),
    ("NL", "Europe/Amsterdam"),
    ("PL", "Europe/Warsaw"),
    ("PT", "Europe/Lisbon"),
    ("RO", "Europe/Bucharest"),
    ("SE", "Europe/Stockholm"),
    ("SI", "Europe/Ljubljana"),
    ("SK", "Europe/Bratislava"),
];

/// The member state's default zone (its capital's). Every name in [`MEMBER_STATE_ZONES`] is in
/// the bundled database (tested), so the calendar functions never fail on it.
pub fn member_state_zone(ms: MemberState) -> TimeZoneName {
    let name = MEMBER_STATE_ZONES
        .iter()
        .find(|(code, _)| *code == ms.code())
        .map_or("UTC", |(_, zone)| zone);
    TimeZoneName(name.to_owned())
}

fn to_jiff(instant: DateTime<Utc>) -> Result<jiff::Timestamp, CalendarError> {
    jiff::Timestamp::from_nanosecond(
        i128::from(instant.timestamp()) * 1_000_000_000
            + i128::from(instant.timestamp_subsec_nanos()),
    )
    .map_err(|_| CalendarError::OutOfRange)
}

fn from_jiff(ts: jiff::Timestamp) -> Result<DateTime<Utc>, CalendarError> {
    let nanos = ts.as_nanosecond();
    let secs =
        i64::try_from(nanos.div_euclid(1_000_000_000)).map_err(|_| CalendarError::OutOfRange)?;
    let sub =
        u32::try_from(nanos.rem_euclid(1_000_000_000)).map_err(|_| CalendarError::OutOfRange)?;
    DateTime::from_timestamp(secs, sub).ok_or(CalendarError::OutOfRange)
}

/// `instant` plus `months` calendar months, counted in `zone`: the same wall-clock time on the
/// same day-of-month, clamped to the month's last day; a wall-clock time in a spring-forward gap
/// moves forward by the gap's length, one in a fall-back overlap takes the earlier instant
/// (jiff's `compatible` disambiguation, RFC 5545).
pub fn add_calendar_months(
    instant: DateTime<Utc>,
    months: u32,
    zone: &TimeZoneName,
) -> Result<DateTime<Utc>, CalendarError> {
    let tz = zone.zone()?;
    let wall = tz.to_datetime(to_jiff(instant)?);
    // jiff adds months to the civil date-time and clamps the day to the month's last day.
    let later = wall
        .checked_add(jiff::Span::new().months(i64::from(months)))
        .map_err(|_| CalendarError::OutOfRange)?;
    let ts = tz
        .to_ambiguous_timestamp(later)
        .compatible()
        .map_err(|_| CalendarError::OutOfRange)?;
    from_jiff(ts)
}

/// The calendar date of `instant` on the wall in `zone`.
pub fn local_date(instant: DateTime<Utc>, zone: &TimeZoneName) -> Result<NaiveDate, CalendarError> {
    let d = zone.zone()?.to_datetime(to_jiff(instant)?).date();
    NaiveDate::from_ymd_opt(
        i32::from(d.year()),
        d.month().unsigned_abs().into(),
        d.day().unsigned_abs().into(),
    )
    .ok_or(CalendarError::OutOfRange)
}

/// The instant at which `date` begins (00:00 on the wall) in `zone`; where midnight falls in a
/// gap, the first instant after it (the `compatible` rule).
pub fn start_of_day(date: NaiveDate, zone: &TimeZoneName) -> Result<DateTime<Utc>, CalendarError> {
    use chrono::Datelike;
    let year = i16::try_from(date.year()).map_err(|_| CalendarError::OutOfRange)?;
    let (month, day) = (date.month() as i8, date.day() as i8);
    let civil = jiff::civil::Date::new(year, month, day)
        .map_err(|_| CalendarError::OutOfRange)?
        .to_datetime(jiff::civil::Time::midnight());
    let ts = zone
        .zone()?
        .to_ambiguous_timestamp(civil)
        .compatible()
        .map_err(|_| CalendarError::OutOfRange)?;
    from_jiff(ts)
}

// ---------------------------------------------------------------------------------------------
// Deadlines: one rule for the state of every clock of the platform (incident stages, the
// Reserve's summary report), and for the reminders an escalation job sends.
// ---------------------------------------------------------------------------------------------

/// The state of a deadline at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ClockState {
    /// The clock has not started: the event it counts from has not happened yet (e.g. the
    /// final report before the notification), so there is no due time.
    NotDueYet,
    /// Running: due in the future (or exactly now), not met.
    Due,
    /// Past its due time and not met.
    Overdue,
    /// Met at or before its due time.
    Met,
    /// Met after its due time.
    MetLate,
}

crate::organisation::str_enum!(ClockState { NotDueYet = "NOT_DUE_YET", Due = "DUE", Overdue = "OVERDUE", Met = "MET", MetLate = "MET_LATE" });

/// A deadline's state with its numbers: the time left while [`ClockState::Due`], how late
/// when [`ClockState::Overdue`] (so far) or [`ClockState::MetLate`] (final).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlineStatus {
    pub state: ClockState,
    pub time_left: Option<Duration>,
    pub late_by: Option<Duration>,
}

/// The state at `now` of a deadline due at `due` (`None`: not started) and met at `met_at`.
/// Meeting it exactly at the due instant is on time; it is overdue only after it.
pub fn deadline_status(
    due: Option<DateTime<Utc>>,
    met_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> DeadlineStatus {
    let status = |state, time_left, late_by| DeadlineStatus {
        state,
        time_left,
        late_by,
    };
    match (due, met_at) {
        (Some(due), Some(met)) if met > due => status(ClockState::MetLate, None, Some(met - due)),
        (_, Some(_)) => status(ClockState::Met, None, None),
        (None, None) => status(ClockState::NotDueYet, None, None),
        (Some(due), None) if now > due => status(ClockState::Overdue, None, Some(now - due)),
        (Some(due), None) => status(ClockState::Due, Some(due - now), None),
    }
}

/// How long before its due time a running clock's "about to expire" reminder goes out (issue
/// #19: once 6 h before, once when overdue). A platform rule, not NIS2's.
pub const ESCALATION_LEAD: Duration = Duration::hours(6);

/// A reminder of the escalation job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReminderKind {
    /// At most [`ESCALATION_LEAD`] left.
    AboutToExpire,
    /// Past due and not met.
    Overdue,
}

crate::organisation::str_enum!(ReminderKind { AboutToExpire = "ABOUT_TO_EXPIRE", Overdue = "OVERDUE" });

/// The reminder due now for a deadline, given those already sent for it; `None` when there is
/// nothing to send. A met or not-started clock sends nothing. A clock found already overdue
/// sends only the overdue reminder (a late "about to expire" would be wrong). Sending each one
/// exactly once across processes is the store's job; this says which one is owed.
pub fn reminder_due(
    due: Option<DateTime<Utc>>,
    met_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    already_sent: &[ReminderKind],
) -> Option<ReminderKind> {
    let due = due?;
    if met_at.is_some() {
        return None;
    }
    let owed = if now > due {
        ReminderKind::Overdue
    } else if due - now <= ESCALATION_LEAD {
        ReminderKind::AboutToExpire
    } else {
        return None;
    };
    (!already_sent.contains(&owed)).then_some(owed)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn zone(s: &str) -> TimeZoneName {
        TimeZoneName::parse(s).unwrap()
    }

    /// Each row: start (UTC), months, zone, expected (UTC), and why.
    #[test]
    fn calendar_months_follow_the_wall_clock_of_the_zone() {
        let rows: &[(&str, u32, &str, &str, &str)] = &[
            // Plain: 10:00 Berlin winter time (09:00Z) → 10:00 the same day next month.
            (
                "2026-01-10T09:00:00Z",
                1,
                "Europe/Berlin",
                "2026-02-10T09:00:00Z",
                "same day, same wall time",
            ),
            // Across the change to summer time: 10:00 CET (09:00Z) → 10:00 CEST (08:00Z).
            (
                "2026-03-10T09:00:00Z",
                1,
                "Europe/Berlin",
                "2026-04-10T08:00:00Z",
                "wall time kept across DST start",
            ),
            // Across the end of summer time: 10:00 CEST (08:00Z) → 10:00 CET (09:00Z).
            (
                "2026-10-10T08:00:00Z",
                1,
                "Europe/Paris",
                "2026-11-10T09:00:00Z",
                "wall time kept across DST end",
            ),
            // Month ends clamp: 31 January → 28 February (2026 is not a leap year).
            (
                "2026-01-31T11:00:00Z",
                1,
                "Europe/Berlin",
                "2026-02-28T11:00:00Z",
                "clamped to 28 Feb",
            ),
            // Leap year: 31 January 2028 → 29 February 2028.
            (
                "2028-01-31T11:00:00Z",
                1,
                "Europe/Berlin",
                "2028-02-29T11:00:00Z",
                "clamped to 29 Feb in a leap year",
            ),
            // 29 February + 12 months → 28 February.
            (
                "2028-02-29T11:00:00Z",
                12,
                "Europe/Berlin",
                "2029-02-28T11:00:00Z",
                "leap day a year later",
            ),
            // 31 March → 30 April (and the zone is in summer time in both).
            (
                "2026-03-31T10:00:00Z",
                1,
                "Europe/Paris",
                "2026-04-30T10:00:00Z",
                "clamped to 30 Apr",
            ),
            // Months are added at once, not one by one: 31 Jan + 2 → 31 Mar, not 28 Mar.
            (
                "2026-01-31T11:00:00Z",
                2,
                "Europe/Berlin",
                "2026-03-31T10:00:00Z",
                "two months at once, into summer time",
            ),
            // The month is the zone's: 23:30Z on 31 Jan is 00:30 on 1 Feb in Berlin → 00:30 on 1 Mar.
            (
                "2026-01-31T23:30:00Z",
                1,
                "Europe/Berlin",
                "2026-02-28T23:30:00Z",
                "00:30 on 1 Feb Berlin → 00:30 on 1 Mar Berlin",
            ),
            // 02:30 CET on 28 Feb → 02:30 on 28 Mar, the day before summer time starts.
            (
                "2026-02-28T01:30:00Z",
                1,
                "Europe/Berlin",
                "2026-03-28T01:30:00Z",
                "28 Mar exists: plain",
            ),
            (
                "2026-02-01T01:30:00Z",
                0,
                "Europe/Berlin",
                "2026-02-01T01:30:00Z",
                "zero months is the identity",
            ),
            // Spring-forward gap in Paris: 02:30 on 28 Mar 2027 does not exist → 03:30 CEST.
            (
                "2027-02-28T01:30:00Z",
                1,
                "Europe/Paris",
                "2027-03-28T01:30:00Z",
                "02:30 on 28 Mar 2027 is in the gap: 03:30 CEST = 01:30Z",
            ),
            // Fall-back overlap: 02:30 on 25 Oct 2026 occurs twice in Berlin (00:30Z CEST and
            // 01:30Z CET); 02:30 CEST on 25 Sep (00:30Z) + 1 month takes the earlier, 00:30Z.
            (
                "2026-09-25T00:30:00Z",
                1,
                "Europe/Berlin",
                "2026-10-25T00:30:00Z",
                "overlap: the earlier instant",
            ),
            // 02:30 CET on 25 Nov → 02:30 CET on 25 Dec.
            (
                "2026-11-25T01:30:00Z",
                1,
                "Europe/Paris",
                "2026-12-25T01:30:00Z",
                "no overlap in December",
            ),
            // A non-European zone: New York's DST starts on 8 Mar 2026. 02:30 EST on 8 Feb
            // (07:30Z) + 1 month → 02:30 does not exist on 8 Mar → 03:30 EDT = 07:30Z.
            (
                "2026-02-08T07:30:00Z",
                1,
                "America/New_York",
                "2026-03-08T07:30:00Z",
                "gap in New York",
            ),
            // A zone without DST, east of UTC: Tokyo, 31 Jan 09:00 JST (00:00Z) → 28 Feb.
            (
                "2026-01-31T00:00:00Z",
                1,
                "Asia/Tokyo",
                "2026-02-28T00:00:00Z",
                "Tokyo clamps too",
            ),
            // Where the zone matters for the day: 31 Jan 20:00Z is 1 Feb 09:00 in Tokyo → 1 Mar.
            (
                "2026-01-31T20:00:00Z",
                1,
                "Asia/Tokyo",
                "2026-02-28T20:00:00Z",
                "1 Feb Tokyo → 1 Mar Tokyo",
            ),
            // …whereas in New York it is still 31 Jan 15:00 → 28 Feb 15:00 EST = 20:00Z.
            (
                "2026-01-31T20:00:00Z",
                1,
                "America/New_York",
                "2026-02-28T20:00:00Z",
                "31 Jan NY → 28 Feb NY",
            ),
            // …and in Auckland (UTC+13 in summer) it is 09:00 on 1 Feb → 09:00 on 1 Mar.
            (
                "2026-01-31T20:00:00Z",
                1,
                "Pacific/Auckland",
                "2026-02-28T20:00:00Z",
                "1 Feb Auckland → 1 Mar Auckland",
            ),
            // Auckland's DST ends on 5 Apr 2026: 10:00 NZDT on 5 Mar (21:00Z on 4 Mar) → 10:00
            // NZST on 5 Apr (22:00Z on 4 Apr): the southern hemisphere's change.
            (
                "2026-03-04T21:00:00Z",
                1,
                "Pacific/Auckland",
                "2026-04-04T22:00:00Z",
                "southern DST end",
            ),
        ];
        for (start, months, z, expected, why) in rows {
            assert_eq!(
                add_calendar_months(utc(start), *months, &zone(z)).unwrap(),
                utc(expected),
                "{why}: {start} + {months} month(s) in {z}"
            );
        }
    }

    #[test]
    fn a_wall_time_in_the_spring_forward_gap_moves_forward_by_the_gap() {
        // 02:30 CET on 29 Jan 2026 (01:30Z) + 2 months is 02:30 on 29 Mar, which does not exist
        // in Berlin: summer time starts at 02:00 that night.
        let from_jan = utc("2026-01-29T01:30:00Z");
        let got = add_calendar_months(from_jan, 2, &zone("Europe/Berlin")).unwrap();
        // 03:30 CEST = 01:30Z: exactly the gap's hour later on the wall.
        assert_eq!(got, utc("2026-03-29T01:30:00Z"));
        let wall = local_wall(got, "Europe/Berlin");
        assert_eq!(wall, "2026-03-29T03:30:00");
        // And the plain case next to it keeps 02:30.
        let plain =
            add_calendar_months(utc("2026-02-28T01:30:00Z"), 1, &zone("Europe/Berlin")).unwrap();
        assert_eq!(local_wall(plain, "Europe/Berlin"), "2026-03-28T02:30:00");
    }

    #[test]
    fn a_wall_time_in_the_fall_back_overlap_takes_the_earlier_instant() {
        // 02:30 CEST on 25 Sep 2026 in Paris is 00:30Z. On 25 Oct 02:30 happens twice:
        // 00:30Z (CEST) and 01:30Z (CET). The earlier one is chosen.
        let got =
            add_calendar_months(utc("2026-09-25T00:30:00Z"), 1, &zone("Europe/Paris")).unwrap();
        assert_eq!(got, utc("2026-10-25T00:30:00Z"));
        assert_eq!(local_wall(got, "Europe/Paris"), "2026-10-25T02:30:00");
    }

    fn local_wall(instant: DateTime<Utc>, z: &str) -> String {
        let tz = zone(z).zone().unwrap();
        tz.to_datetime(to_jiff(instant).unwrap()).to_string()
    }

    #[test]
    fn sub_second_precision_survives_the_round_trip() {
        let start = utc("2026-01-15T10:00:00.123456789Z");
        let got = add_calendar_months(start, 1, &zone("Europe/Berlin")).unwrap();
        assert_eq!(got, utc("2026-02-15T10:00:00.123456789Z"));
        let before_epoch = utc("1969-12-31T23:59:59.5Z");
        assert_eq!(
            from_jiff(to_jiff(before_epoch).unwrap()).unwrap(),
            before_epoch
        );
    }

    #[test]
    fn instants_beyond_the_supported_range_are_an_error_not_a_panic() {
        let far = DateTime::<Utc>::MAX_UTC;
        assert_eq!(
            add_calendar_months(far, 1, &zone("Europe/Berlin")),
            Err(CalendarError::OutOfRange)
        );
        let edge = utc("9999-12-15T00:00:00Z");
        assert_eq!(
            add_calendar_months(edge, 1, &zone("UTC")),
            Err(CalendarError::OutOfRange)
        );
    }

    #[test]
    fn zone_names_are_parsed_canonically_and_unknown_ones_name_the_field() {
        assert_eq!(zone(" europe/berlin ").as_str(), "Europe/Berlin");
        assert_eq!(zone("Atlantic/Canary").as_str(), "Atlantic/Canary");
        for bad in [
            "",
            "Europe/Atlantis",
            "CET+1",
            "../../etc/passwd",
            "Etc/Unknown",
        ] {
            let err = TimeZoneName::parse(bad).unwrap_err();
            assert_eq!(err.field, "timeZone", "{bad}");
        }
        let json = serde_json::to_string(&zone("Europe/Lisbon")).unwrap();
        assert_eq!(json, "\"Europe/Lisbon\"");
        assert!(serde_json::from_str::<TimeZoneName>("\"Mars/Olympus\"").is_err());
    }

    #[test]
    fn every_member_state_has_its_capitals_zone_in_the_bundled_database() {
        assert_eq!(MEMBER_STATE_ZONES.len(), 27);
        for ms in MemberState::all() {
            let z = member_state_zone(ms);
            assert_ne!(z.as_str(), "UTC", "{ms} has no zone");
            assert_eq!(TimeZoneName::parse(z.as_str()).unwrap(), z, "{ms}");
        }
        let de = MemberState::parse("DE").unwrap();
        assert_eq!(member_state_zone(de).as_str(), "Europe/Berlin");
        let cy = MemberState::parse("CY").unwrap();
        assert_eq!(member_state_zone(cy).as_str(), "Asia/Nicosia");
    }

    #[test]
    fn local_dates_and_the_start_of_a_day_are_the_zones() {
        // 23:30Z on 31 Jan is already 1 Feb in Berlin.
        let i = utc("2026-01-31T23:30:00Z");
        assert_eq!(
            local_date(i, &zone("Europe/Berlin")).unwrap(),
            NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()
        );
        assert_eq!(
            local_date(i, &zone("UTC")).unwrap(),
            NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
        );
        let d = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        assert_eq!(
            start_of_day(d, &zone("Europe/Athens")).unwrap(),
            utc("2026-06-30T21:00:00Z")
        );
        // Midnight that does not exist (Santiago's DST starts at 24:00 on 5 Sep 2026) moves
        // forward to 01:00.
        let gap = NaiveDate::from_ymd_opt(2026, 9, 6).unwrap();
        assert_eq!(
            start_of_day(gap, &zone("America/Santiago")).unwrap(),
            utc("2026-09-06T04:00:00Z")
        );
    }

    #[test]
    fn a_deadline_is_due_until_its_instant_and_overdue_after() {
        let due = utc("2026-03-01T12:00:00Z");
        let h = Duration::hours;
        let rows = [
            (None, None, due, ClockState::NotDueYet, None, None),
            (
                Some(due),
                None,
                due - h(5),
                ClockState::Due,
                Some(h(5)),
                None,
            ),
            (Some(due), None, due, ClockState::Due, Some(h(0)), None),
            (
                Some(due),
                None,
                due + h(2),
                ClockState::Overdue,
                None,
                Some(h(2)),
            ),
            (
                Some(due),
                Some(due),
                due + h(9),
                ClockState::Met,
                None,
                None,
            ),
            (
                Some(due),
                Some(due - h(1)),
                due + h(9),
                ClockState::Met,
                None,
                None,
            ),
            (
                Some(due),
                Some(due + h(3)),
                due + h(9),
                ClockState::MetLate,
                None,
                Some(h(3)),
            ),
        ];
        for (d, met, now, state, left, late) in rows {
            let s = deadline_status(d, met, now);
            assert_eq!(
                (s.state, s.time_left, s.late_by),
                (state, left, late),
                "{d:?} {met:?} {now}"
            );
        }
    }

    #[test]
    fn reminders_go_out_six_hours_before_and_when_overdue_once_each() {
        use ReminderKind::*;
        let due = utc("2026-03-01T12:00:00Z");
        let h = Duration::hours;
        let m = Duration::minutes;
        // (now, met at, already sent, expected)
        type Row<'a> = (
            DateTime<Utc>,
            Option<DateTime<Utc>>,
            &'a [ReminderKind],
            Option<ReminderKind>,
        );
        let rows: &[Row] = &[
            (due - h(7), None, &[], None),
            (due - h(6) - m(1), None, &[], None),
            (due - h(6), None, &[], Some(AboutToExpire)),
            (due - h(1), None, &[], Some(AboutToExpire)),
            (due - h(1), None, &[AboutToExpire], None),
            (due, None, &[AboutToExpire], None),
            (due + m(1), None, &[AboutToExpire], Some(Overdue)),
            (due + m(1), None, &[], Some(Overdue)),
            (due + h(30), None, &[AboutToExpire, Overdue], None),
            (due - h(1), Some(due - h(2)), &[], None),
            (due + h(1), Some(due + m(30)), &[AboutToExpire], None),
        ];
        for (now, met, sent, expected) in rows {
            assert_eq!(
                reminder_due(Some(due), *met, *now, sent),
                *expected,
                "now {now}, sent {sent:?}"
            );
        }
        assert_eq!(reminder_due(None, None, due, &[]), None);
    }
}
