//! A training session: start and end instants with the organiser's IANA time zone, online or on
//! site, language, capacity, enrolment window and an optional cap of seats per organisation.
use super::{TrainingError, invalid, transition};
use crate::language::Language;
use chrono::{DateTime, Duration, SubsecRound, Utc};

/// An IANA time zone name (`Europe/Berlin`), checked against the tz database bundled with
/// `jiff` (so the answer does not depend on the host's `/usr/share/zoneinfo`). Stored in the
/// database's spelling; looked up without regard to case.
#[derive(Clone, PartialEq, Eq)]
pub struct TimeZoneName {
    name: String,
    zone: jiff::tz::TimeZone,
}

impl std::fmt::Debug for TimeZoneName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("TimeZoneName").field(&self.name).finish()
    }
}

impl TimeZoneName {
    pub fn parse(s: &str) -> Result<Self, TrainingError> {
        let s = s.trim();
        let refuse = || {
            invalid(
                "timeZone",
                format!("`{s}` is not an IANA time zone name such as Europe/Berlin"),
            )
        };
        // Names only: not fixed offsets or POSIX TZ strings, which have no rules to follow.
        if s.is_empty()
            || s.len() > 64
            || !s
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'))
        {
            return Err(refuse());
        }
        let zone = jiff::tz::TimeZone::get(s).map_err(|_| refuse())?;
        let name = zone.iana_name().unwrap_or(s).to_owned();
        Ok(Self { name, zone })
    }

    pub fn as_str(&self) -> &str {
        &self.name
    }

    pub(crate) fn zone(&self) -> &jiff::tz::TimeZone {
        &self.zone
    }

    /// `t` as wall-clock time in this zone, with its offset and the zone (RFC 9557), e.g.
    /// `2026-10-15T09:00:00+02:00[Europe/Berlin]`. `None` outside jiff's range (±9999 years).
    pub fn local(&self, t: DateTime<Utc>) -> Option<String> {
        let ts = jiff::Timestamp::from_second(t.timestamp()).ok()?;
        Some(ts.to_zoned_datetime(self.zone.clone()).to_string())
    }
}

/// Where an on-site session takes place: one line, 2 to 300 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place(String);

impl Place {
    pub fn parse(s: &str) -> Result<Self, TrainingError> {
        let s = s.trim();
        let n = s.chars().count();
        if !(2..=300).contains(&n) || s.chars().any(char::is_control) {
            return Err(invalid("place", "must be one line of 2 to 300 characters"));
        }
        Ok(Self(s.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    Online,
    OnSite(Place),
}

/// When participants may enrol: from `opens_at` (inclusive) to `closes_at` (exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnrolmentWindow {
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
}

impl EnrolmentWindow {
    pub fn contains(&self, now: DateTime<Utc>) -> bool {
        self.opens_at <= now && now < self.closes_at
    }
}

/// A validated session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The organiser's time zone: how the session is shown and written to iCalendar.
    pub time_zone: TimeZoneName,
    pub delivery: Delivery,
    pub language: Language,
    /// Seats, at least 1.
    pub capacity: u32,
    pub window: EnrolmentWindow,
    /// At most this many enrolled seats per organisation; `None`: no cap.
    pub seats_per_organisation: Option<u32>,
}

/// A session as entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInput {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: String,
    pub online: bool,
    pub place: Option<String>,
    pub language: String,
    pub capacity: i64,
    pub enrolment_opens_at: DateTime<Utc>,
    pub enrolment_closes_at: DateTime<Utc>,
    pub seats_per_organisation: Option<i64>,
}

/// Most seats a session may have.
pub const MAX_CAPACITY: i64 = 10_000;
/// How far ahead a session may be planned.
pub const MAX_YEARS_AHEAD: i64 = 5;

fn seats(field: &str, n: i64, max: i64) -> Result<u32, TrainingError> {
    if !(1..=max).contains(&n) {
        return Err(invalid(field, format!("must be between 1 and {max}")));
    }
    u32::try_from(n).map_err(|_| invalid(field, format!("must be between 1 and {max}")))
}

impl Session {
    /// A new session, starting after `now`. Instants are kept to the second.
    pub fn parse(input: &SessionInput, now: DateTime<Utc>) -> Result<Self, TrainingError> {
        let starts_at = input.starts_at.trunc_subsecs(0);
        let ends_at = input.ends_at.trunc_subsecs(0);
        if starts_at <= now {
            return Err(invalid("startsAt", "the session must start in the future"));
        }
        if starts_at > now + Duration::days(366 * MAX_YEARS_AHEAD) {
            return Err(invalid(
                "startsAt",
                format!("a session is planned at most {MAX_YEARS_AHEAD} years ahead"),
            ));
        }
        if ends_at <= starts_at {
            return Err(invalid("endsAt", "the session must end after it starts"));
        }
        let time_zone = TimeZoneName::parse(&input.time_zone)?;
        let place = input
            .place
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty());
        let delivery = match (input.online, place) {
            (true, None) => Delivery::Online,
            (true, Some(_)) => {
                return Err(invalid("place", "an online session has no place"));
            }
            (false, Some(p)) => Delivery::OnSite(Place::parse(p)?),
            (false, None) => {
                return Err(invalid("place", "say where an on-site session takes place"));
            }
        };
        let language =
            Language::parse(&input.language).map_err(|e| invalid("language", e.message))?;
        let capacity = seats("capacity", input.capacity, MAX_CAPACITY)?;
        let window = EnrolmentWindow {
            opens_at: input.enrolment_opens_at.trunc_subsecs(0),
            closes_at: input.enrolment_closes_at.trunc_subsecs(0),
        };
        if window.closes_at <= window.opens_at {
            return Err(invalid(
                "enrolmentClosesAt",
                "the enrolment window must close after it opens",
            ));
        }
        if window.closes_at > starts_at {
            return Err(invalid(
                "enrolmentClosesAt",
                "enrolment must close by the start of the session",
            ));
        }
        let seats_per_organisation = input
            .seats_per_organisation
            .map(|n| seats("seatsPerOrganisation", n, i64::from(capacity)))
            .transpose()?;
        Ok(Self {
            starts_at,
            ends_at,
            time_zone,
            delivery,
            language,
            capacity,
            window,
            seats_per_organisation,
        })
    }

    /// The session changed before it starts. `enrolled` participants hold seats: the capacity
    /// cannot go below them. (Raising it frees seats: see [`super::seat::promotions`].)
    pub fn revise(
        &self,
        input: &SessionInput,
        enrolled: u32,
        now: DateTime<Utc>,
    ) -> Result<Self, TrainingError> {
        if now >= self.starts_at {
            return Err(transition(
                "startsAt",
                "a session that has started cannot be changed",
            ));
        }
        let next = Self::parse(input, now)?;
        if next.capacity < enrolled {
            return Err(invalid(
                "capacity",
                format!("{enrolled} participants are enrolled: the capacity cannot be lower"),
            ));
        }
        Ok(next)
    }

    pub fn has_started(&self, now: DateTime<Utc>) -> bool {
        now >= self.starts_at
    }

    pub fn has_ended(&self, now: DateTime<Utc>) -> bool {
        now >= self.ends_at
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn now() -> DateTime<Utc> {
        "2026-09-01T08:00:00Z".parse().unwrap()
    }

    pub(crate) fn input() -> SessionInput {
        SessionInput {
            starts_at: "2026-10-15T07:00:00Z".parse().unwrap(),
            ends_at: "2026-10-15T15:00:00Z".parse().unwrap(),
            time_zone: "Europe/Berlin".into(),
            online: false,
            place: Some("Klinikum Nord, Hamburg".into()),
            language: "de".into(),
            capacity: 20,
            enrolment_opens_at: "2026-09-01T00:00:00Z".parse().unwrap(),
            enrolment_closes_at: "2026-10-14T22:00:00Z".parse().unwrap(),
            seats_per_organisation: Some(3),
        }
    }

    pub(crate) fn session() -> Session {
        Session::parse(&input(), now()).unwrap()
    }

    #[test]
    fn a_session_parses_with_its_zone_place_and_window() {
        let s = session();
        assert_eq!(s.time_zone.as_str(), "Europe/Berlin");
        assert_eq!(
            s.delivery,
            Delivery::OnSite(Place::parse("Klinikum Nord, Hamburg").unwrap())
        );
        assert_eq!(s.capacity, 20);
        assert_eq!(s.seats_per_organisation, Some(3));
        assert_eq!(
            s.time_zone.local(s.starts_at).unwrap(),
            "2026-10-15T09:00:00+02:00[Europe/Berlin]"
        );
    }

    #[test]
    fn time_zones_are_iana_names_from_the_bundled_database() {
        assert_eq!(
            TimeZoneName::parse("europe/lisbon").unwrap().as_str(),
            "Europe/Lisbon"
        );
        assert_eq!(TimeZoneName::parse("UTC").unwrap().as_str(), "UTC");
        assert_eq!(
            TimeZoneName::parse("Asia/Kolkata").unwrap().as_str(),
            "Asia/Kolkata"
        );
        assert_eq!(
            TimeZoneName::parse(" Europe/Berlin ").unwrap().as_str(),
            "Europe/Berlin"
        );
        for bad in [
            "Europe/Atlantis",
            "CEST+2",
            "+02:00",
            "",
            "../../etc/passwd",
            "Europe/ Berlin",
        ] {
            let err = TimeZoneName::parse(bad).unwrap_err();
            assert_eq!(err.field(), "timeZone", "{bad:?}");
        }
    }

    #[test]
    fn bad_sessions_are_refused_naming_the_field() {
        type Edit = fn(&mut SessionInput);
        let cases: [(&str, Edit); 13] = [
            ("endsAt", |i| i.ends_at = i.starts_at),
            ("endsAt", |i| i.ends_at = i.starts_at - Duration::hours(1)),
            ("startsAt", |i| i.starts_at = now()),
            ("startsAt", |i| {
                i.starts_at = now() + Duration::days(366 * 6)
            }),
            ("timeZone", |i| i.time_zone = "Mars/Olympus".into()),
            ("place", |i| i.place = None),
            ("place", |i| i.online = true),
            ("language", |i| i.language = "xx".into()),
            ("capacity", |i| i.capacity = 0),
            ("capacity", |i| i.capacity = MAX_CAPACITY + 1),
            ("enrolmentClosesAt", |i| {
                i.enrolment_closes_at = i.enrolment_opens_at
            }),
            ("enrolmentClosesAt", |i| {
                i.enrolment_closes_at = i.starts_at + Duration::seconds(1)
            }),
            ("seatsPerOrganisation", |i| {
                i.seats_per_organisation = Some(21)
            }),
        ];
        for (field, edit) in cases {
            let mut i = input();
            edit(&mut i);
            let err = Session::parse(&i, now()).unwrap_err();
            assert_eq!(err.field(), field, "{err}");
        }
    }

    #[test]
    fn an_online_session_has_no_place() {
        let mut i = input();
        i.online = true;
        i.place = Some("  ".into());
        assert_eq!(
            Session::parse(&i, now()).unwrap().delivery,
            Delivery::Online
        );
    }

    #[test]
    fn capacity_cannot_go_below_the_enrolled() {
        let s = session();
        let mut i = input();
        i.capacity = 5;
        i.seats_per_organisation = None;
        assert_eq!(s.revise(&i, 5, now()).unwrap().capacity, 5);
        let err = s.revise(&i, 6, now()).unwrap_err();
        assert_eq!(err.field(), "capacity");
        assert!(matches!(err, TrainingError::Invalid { .. }));
    }

    #[test]
    fn a_started_session_cannot_be_revised() {
        let s = session();
        let err = s.revise(&input(), 0, s.starts_at).unwrap_err();
        assert!(matches!(err, TrainingError::InvalidTransition { .. }));
    }

    #[test]
    fn the_window_is_open_from_its_start_until_just_before_its_close() {
        let w = session().window;
        assert!(!w.contains(w.opens_at - Duration::seconds(1)));
        assert!(w.contains(w.opens_at));
        assert!(w.contains(w.closes_at - Duration::seconds(1)));
        assert!(!w.contains(w.closes_at));
    }

    #[test]
    fn instants_are_kept_to_the_second() {
        let mut i = input();
        i.starts_at += Duration::milliseconds(999);
        let s = Session::parse(&i, now()).unwrap();
        assert_eq!(s.starts_at, input().starts_at);
    }
}
