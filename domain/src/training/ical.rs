//! A training session as an iCalendar object (RFC 5545), written with the `ics` crate: one
//! `VEVENT` whose `DTSTART`/`DTEND` are local times with `TZID` = the organiser's IANA zone,
//! and the `VTIMEZONE` that RFC 5545 §3.6.5 requires for that `TZID`, built from the bundled tz
//! database (`jiff`). The `VTIMEZONE` lists the observances in force from the start to the end
//! of the session (RFC 5545 allows a subset covering the dates used), each with `DTSTART` in the
//! local time before the transition, `TZOFFSETFROM`, `TZOFFSETTO` and `TZNAME`.
//!
//! Pure: the `DTSTAMP` is `now`, the `UID` is the caller's. A start or end that cannot be
//! written as local time unambiguously (inside a repeated hour) is written in UTC instead.
use super::session::{Delivery, Session};
use crate::catalogue::link::{SafeUrl, UrlScheme};
use chrono::{DateTime, Utc};
use ics::parameters::TzIDParam;
use ics::properties::{Description, DtEnd, DtStart, Location, Method, Summary, TzName, URL};
use ics::{Daylight, Event, ICalendar, Standard, TimeZone, escape_text};
use jiff::Timestamp;
use jiff::tz::Offset;

/// `PRODID` of every calendar the platform writes.
pub const PRODID: &str = "-//ENISA//CyberHealth Support Platform//EN";

/// What the event says about the session, besides its time and place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionEvent<'a> {
    /// Globally unique and stable per session, e.g. `training-session-<uuid>@host`.
    pub uid: &'a str,
    /// The course title in the session's language.
    pub title: &'a str,
    pub description: Option<&'a str>,
    /// The session's page; only an `https:` URL is written.
    pub url: Option<&'a str>,
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn offset_text(o: Offset) -> String {
    let s = o.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.unsigned_abs();
    let (h, m, sec) = (a / 3600, a % 3600 / 60, a % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

fn local(o: Offset, t: Timestamp) -> String {
    o.to_datetime(t).strftime("%Y%m%dT%H%M%S").to_string()
}

/// One `STANDARD` or `DAYLIGHT` observance.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Observance {
    daylight: bool,
    /// Local time, in the offset before the change.
    starts: String,
    from: Offset,
    to: Offset,
    name: String,
}

/// The observances in force from `start` to `end`: the one at `start`, then every transition
/// up to `end`.
fn observances(zone: &jiff::tz::TimeZone, start: Timestamp, end: Timestamp) -> Vec<Observance> {
    let second = jiff::SignedDuration::from_secs(1);
    let before = |t: Timestamp| {
        t.checked_sub(second)
            .map_or_else(|_| zone.to_offset(t), |b| zone.to_offset(b))
    };
    let first = match start
        .checked_add(second)
        .ok()
        .and_then(|s| zone.preceding(s).next())
    {
        Some(t) => Observance {
            daylight: t.dst().is_dst(),
            starts: local(before(t.timestamp()), t.timestamp()),
            from: before(t.timestamp()),
            to: t.offset(),
            name: t.abbreviation().to_owned(),
        },
        // No transition before the start (a zone such as UTC): one observance since 1970.
        None => {
            let info = zone.to_offset_info(start);
            Observance {
                daylight: info.dst().is_dst(),
                starts: "19700101T000000".into(),
                from: info.offset(),
                to: info.offset(),
                name: info.abbreviation().to_owned(),
            }
        }
    };
    let mut all = vec![first];
    all.extend(
        zone.following(start)
            .take_while(|t| t.timestamp() <= end)
            .filter(|t| t.timestamp() > start)
            .map(|t| Observance {
                daylight: t.dst().is_dst(),
                starts: local(before(t.timestamp()), t.timestamp()),
                from: before(t.timestamp()),
                to: t.offset(),
                name: t.abbreviation().to_owned(),
            }),
    );
    all
}

fn time_zone<'a>(tzid: &'a str, observances: Vec<Observance>) -> Option<TimeZone<'a>> {
    let mut zone: Option<TimeZone<'a>> = None;
    for o in observances {
        let (from, to) = (offset_text(o.from), offset_text(o.to));
        let name = TzName::new(escape_text(o.name).into_owned());
        zone = Some(if o.daylight {
            let mut d = Daylight::new(o.starts, from, to);
            d.push(name);
            match zone {
                Some(mut z) => {
                    z.add_daylight(d);
                    z
                }
                None => TimeZone::daylight(tzid, d),
            }
        } else {
            let mut s = Standard::new(o.starts, from, to);
            s.push(name);
            match zone {
                Some(mut z) => {
                    z.add_standard(s);
                    z
                }
                None => TimeZone::standard(tzid, s),
            }
        });
    }
    zone
}

/// `t` as local time in the zone when that reads back to the same instant (RFC 5545 §3.3.5
/// reads a repeated local time as its first occurrence), else `None`.
fn exact_local(zone: &jiff::tz::TimeZone, t: Timestamp) -> Option<String> {
    let dt = zone.to_datetime(t);
    let back = zone.to_ambiguous_timestamp(dt).compatible().ok()?;
    (back == t).then(|| dt.strftime("%Y%m%dT%H%M%S").to_string())
}

/// The session as an iCalendar object (`text/calendar`), lines ending in CRLF.
pub fn session_calendar(session: &Session, event: &SessionEvent<'_>, now: DateTime<Utc>) -> String {
    let tzid = session.time_zone.as_str();
    let zone = session.time_zone.zone();
    let instants = (
        Timestamp::from_second(session.starts_at.timestamp()).ok(),
        Timestamp::from_second(session.ends_at.timestamp()).ok(),
    );
    let mut calendar = ICalendar::new("2.0", PRODID);
    calendar.push(Method::new("PUBLISH"));

    let mut vevent = Event::new(escape_text(event.uid).into_owned(), utc(now));
    // Local time with TZID when exact, else UTC.
    let when = |t: DateTime<Utc>, ts: Option<Timestamp>| {
        ts.and_then(|ts| exact_local(zone, ts))
            .map_or_else(|| (utc(t), None), |l| (l, Some(TzIDParam::new(tzid))))
    };
    let (start, start_zone) = when(session.starts_at, instants.0);
    let (end, end_zone) = when(session.ends_at, instants.1);
    let local_used = start_zone.is_some() || end_zone.is_some();
    let mut dtstart = DtStart::new(start);
    if let Some(z) = start_zone {
        dtstart.add(z);
    }
    let mut dtend = DtEnd::new(end);
    if let Some(z) = end_zone {
        dtend.add(z);
    }
    vevent.push(dtstart);
    vevent.push(dtend);
    vevent.push(Summary::new(escape_text(event.title).into_owned()));
    if let Some(d) = event.description {
        vevent.push(Description::new(escape_text(d).into_owned()));
    }
    let location = match &session.delivery {
        Delivery::Online => "Online".to_owned(),
        Delivery::OnSite(place) => place.as_str().to_owned(),
    };
    vevent.push(Location::new(escape_text(location).into_owned()));
    if let Some(url) = event
        .url
        .and_then(|u| SafeUrl::parse("url", u).ok())
        .filter(|u| u.scheme() == UrlScheme::Https)
    {
        vevent.push(URL::new(url.as_str().to_owned()));
    }
    if local_used
        && let (Some(start), Some(end)) = instants
        && let Some(tz) = time_zone(tzid, observances(zone, start, end))
    {
        calendar.add_timezone(tz);
    }
    calendar.add_event(vevent);
    calendar.to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::training::session::SessionInput;
    use crate::training::session::tests::{input, now};

    fn calendar(i: SessionInput) -> String {
        let s = Session::parse(&i, now()).unwrap();
        session_calendar(
            &s,
            &SessionEvent {
                uid: "training-session-1@cyberhealth.example",
                title: "Ransomware drill; part 1, with tabletop",
                description: Some("Bring your playbook.\nCoffee provided."),
                url: Some("https://cyberhealth.example/training/1"),
            },
            now(),
        )
    }

    /// The content lines, unfolded (RFC 5545 §3.1).
    fn lines(ics: &str) -> Vec<String> {
        assert!(ics.ends_with("\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF");
        let unfolded = ics.replace("\r\n ", "");
        unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn between<'a>(lines: &'a [String], begin: &str) -> &'a [String] {
        let start = lines
            .iter()
            .position(|l| l == &format!("BEGIN:{begin}"))
            .unwrap();
        let end = lines
            .iter()
            .position(|l| l == &format!("END:{begin}"))
            .unwrap();
        &lines[start + 1..end]
    }

    #[test]
    fn the_event_uses_the_organisers_zone_and_local_time() {
        let ics = calendar(input());
        let l = lines(&ics);
        assert_eq!(l.first().unwrap(), "BEGIN:VCALENDAR");
        assert_eq!(l.last().unwrap(), "END:VCALENDAR");
        assert!(l.contains(&"VERSION:2.0".to_owned()));
        assert!(l.contains(&format!("PRODID:{PRODID}")));
        let ev = between(&l, "VEVENT");
        // 07:00Z in Berlin in October (CEST, +02:00) is 09:00 local.
        assert!(
            ev.contains(&"DTSTART;TZID=Europe/Berlin:20261015T090000".to_owned()),
            "{ev:?}"
        );
        assert!(ev.contains(&"DTEND;TZID=Europe/Berlin:20261015T170000".to_owned()));
        assert!(ev.contains(&"DTSTAMP:20260901T080000Z".to_owned()));
        assert!(ev.contains(&"UID:training-session-1@cyberhealth.example".to_owned()));
        assert!(ev.contains(&"LOCATION:Klinikum Nord\\, Hamburg".to_owned()));
        assert!(ev.contains(&"URL:https://cyberhealth.example/training/1".to_owned()));
    }

    #[test]
    fn text_is_escaped_so_it_cannot_inject_properties() {
        let mut i = input();
        i.place = Some("Room 1\\2".into());
        let s = Session::parse(&i, now()).unwrap();
        let ics = session_calendar(
            &s,
            &SessionEvent {
                uid: "u",
                title: "Evil\r\nATTENDEE:mailto:x@evil.example",
                description: None,
                url: Some("javascript:alert(1)"),
            },
            now(),
        );
        let l = lines(&ics);
        let ev = between(&l, "VEVENT");
        assert!(ev.iter().all(|p| !p.starts_with("ATTENDEE")), "{ev:?}");
        assert!(ev.iter().all(|p| !p.starts_with("URL")), "{ev:?}");
        assert!(ev.contains(&"LOCATION:Room 1\\\\2".to_owned()));
        let summary = ev.iter().find(|p| p.starts_with("SUMMARY:")).unwrap();
        assert_eq!(summary, "SUMMARY:Evil\\nATTENDEE:mailto:x@evil.example");
        let desc = lines(&calendar(input()));
        assert!(desc.contains(&"DESCRIPTION:Bring your playbook.\\nCoffee provided.".to_owned()));
        assert!(desc.contains(&"SUMMARY:Ransomware drill\\; part 1\\, with tabletop".to_owned()));
    }

    #[test]
    fn the_vtimezone_describes_the_offset_in_force() {
        let l = lines(&calendar(input()));
        let tz = between(&l, "VTIMEZONE");
        assert_eq!(tz[0], "TZID:Europe/Berlin");
        let daylight = between(tz, "DAYLIGHT");
        // Summer time began on 2026-03-29 at 02:00 CET.
        assert!(
            daylight.contains(&"DTSTART:20260329T020000".to_owned()),
            "{daylight:?}"
        );
        assert!(daylight.contains(&"TZOFFSETFROM:+0100".to_owned()));
        assert!(daylight.contains(&"TZOFFSETTO:+0200".to_owned()));
        assert!(daylight.contains(&"TZNAME:CEST".to_owned()));
        assert!(
            !l.iter().any(|x| x == "BEGIN:STANDARD"),
            "no change during the session"
        );
        // The VTIMEZONE comes before the event that uses it.
        let tz_at = l.iter().position(|x| x == "BEGIN:VTIMEZONE").unwrap();
        let ev_at = l.iter().position(|x| x == "BEGIN:VEVENT").unwrap();
        assert!(tz_at < ev_at);
    }

    #[test]
    fn a_session_across_the_change_to_winter_time_lists_both_observances() {
        let mut i = input();
        // Saturday 24 October 2026 10:00 CEST to Sunday 25 October 16:00 CET.
        i.starts_at = "2026-10-24T08:00:00Z".parse().unwrap();
        i.ends_at = "2026-10-25T15:00:00Z".parse().unwrap();
        i.enrolment_closes_at = "2026-10-20T00:00:00Z".parse().unwrap();
        let l = lines(&calendar(i));
        let ev = between(&l, "VEVENT");
        assert!(ev.contains(&"DTSTART;TZID=Europe/Berlin:20261024T100000".to_owned()));
        assert!(ev.contains(&"DTEND;TZID=Europe/Berlin:20261025T160000".to_owned()));
        let standard = between(&l, "STANDARD");
        // Winter time begins on 2026-10-25 at 03:00 CEST (01:00Z).
        assert!(
            standard.contains(&"DTSTART:20261025T030000".to_owned()),
            "{standard:?}"
        );
        assert!(standard.contains(&"TZOFFSETFROM:+0200".to_owned()));
        assert!(standard.contains(&"TZOFFSETTO:+0100".to_owned()));
        assert!(standard.contains(&"TZNAME:CET".to_owned()));
        assert!(l.contains(&"BEGIN:DAYLIGHT".to_owned()));
    }

    #[test]
    fn a_zone_without_transitions_has_one_standard_observance() {
        let mut i = input();
        i.time_zone = "UTC".into();
        let l = lines(&calendar(i));
        let standard = between(&l, "STANDARD");
        assert!(
            standard.contains(&"TZOFFSETFROM:+0000".to_owned()),
            "{standard:?}"
        );
        assert!(standard.contains(&"TZOFFSETTO:+0000".to_owned()));
        assert!(l.contains(&"DTSTART;TZID=UTC:20261015T070000".to_owned()));
    }

    #[test]
    fn an_instant_in_a_repeated_hour_is_written_in_utc() {
        let mut i = input();
        // 00:30Z on 25 October 2026 is 02:30 CEST, the first of two 02:30s in Berlin: that one
        // is still exact. 01:30Z is 02:30 CET, the second: it is written in UTC.
        i.starts_at = "2026-10-25T00:30:00Z".parse().unwrap();
        i.ends_at = "2026-10-25T01:30:00Z".parse().unwrap();
        i.enrolment_closes_at = "2026-10-20T00:00:00Z".parse().unwrap();
        let l = lines(&calendar(i));
        assert!(
            l.contains(&"DTSTART;TZID=Europe/Berlin:20261025T023000".to_owned()),
            "{l:?}"
        );
        assert!(l.contains(&"DTEND:20261025T013000Z".to_owned()), "{l:?}");
    }

    #[test]
    fn offsets_with_minutes_and_seconds_are_written_in_full() {
        assert_eq!(offset_text(Offset::from_seconds(19_800).unwrap()), "+0530");
        assert_eq!(offset_text(Offset::from_seconds(-12_600).unwrap()), "-0330");
        assert_eq!(offset_text(Offset::from_seconds(-25).unwrap()), "-000025");
        let mut i = input();
        i.time_zone = "Asia/Kolkata".into();
        let l = lines(&calendar(i));
        assert!(l.contains(&"TZOFFSETTO:+0530".to_owned()), "{l:?}");
        assert!(l.contains(&"DTSTART;TZID=Asia/Kolkata:20261015T123000".to_owned()));
    }

    #[test]
    fn long_lines_are_folded_at_75_octets() {
        let mut i = input();
        i.place = Some("Ä".repeat(150));
        let ics = calendar(i);
        for raw in ics.split("\r\n") {
            assert!(raw.len() <= 76, "{} octets: {raw}", raw.len());
        }
        assert!(lines(&ics).contains(&format!("LOCATION:{}", "Ä".repeat(150))));
    }
}
