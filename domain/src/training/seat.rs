//! Seats, the waitlist and promotion.
//!
//! An enrolment takes a free seat if its organisation is under its cap of seats, and otherwise
//! waits in line with a position (1 = next). Cancelling a seat frees it for the first in line
//! whose organisation is still under its cap; a waiting participant of an organisation at its
//! cap keeps its place and is passed over until its organisation has a seat to spare. No seat
//! stays empty while an eligible participant waits, until the enrolment window closes; after
//! that, freed seats stay free.
//!
//! The functions decide from counts read in the same transaction; the store applies the
//! decision with a conditional update so that seats are never overbooked under concurrency.
use super::session::Session;
use super::{TrainingError, invalid, transition};
use crate::organisation::str_enum;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EnrolmentStatus {
    Enrolled,
    Waitlisted,
    Cancelled,
}

str_enum!(EnrolmentStatus { Enrolled = "ENROLLED", Waitlisted = "WAITLISTED", Cancelled = "CANCELLED" });

/// Where a new enrolment goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SeatDecision {
    Enrolled,
    /// In line; `position` 1 is the next to be promoted (caps permitting).
    Waitlisted {
        position: u32,
    },
}

/// The session's counts when an organisation enrols one more participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SeatCounts {
    /// Participants holding a seat, all organisations.
    pub enrolled: u32,
    /// Of them, the enrolling organisation's.
    pub organisation_enrolled: u32,
    /// Participants waiting, all organisations.
    pub waitlisted: u32,
}

fn at(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Enrolled or waitlisted (with the position at the end of the line). Refused outside the
/// enrolment window and for a participant (by e-mail) already enrolled or waiting.
///
/// Precondition, kept by running [`promotions`] whenever seats are freed: while a seat is free,
/// nobody eligible for it is waiting, so a newcomer taking it jumps no one.
pub fn decide_seat(
    session: &Session,
    counts: SeatCounts,
    already_active: bool,
    now: DateTime<Utc>,
) -> Result<SeatDecision, TrainingError> {
    if now < session.window.opens_at {
        return Err(invalid(
            "enrolmentWindow",
            format!("enrolment opens at {}", at(session.window.opens_at)),
        ));
    }
    if now >= session.window.closes_at {
        return Err(invalid(
            "enrolmentWindow",
            format!("enrolment closed at {}", at(session.window.closes_at)),
        ));
    }
    if already_active {
        return Err(invalid(
            "participant.email",
            "this participant is already enrolled or on the waitlist",
        ));
    }
    let seat_free = counts.enrolled < session.capacity;
    let under_cap = session
        .seats_per_organisation
        .is_none_or(|cap| counts.organisation_enrolled < cap);
    if seat_free && under_cap {
        Ok(SeatDecision::Enrolled)
    } else {
        Ok(SeatDecision::Waitlisted {
            position: counts.waitlisted.saturating_add(1),
        })
    }
}

/// Cancels an enrolled or waiting participant before the session starts. Cancelling twice is
/// an invalid transition. If it held a seat, run [`promotions`] in the same transaction.
pub fn cancel(
    status: EnrolmentStatus,
    session: &Session,
    now: DateTime<Utc>,
) -> Result<EnrolmentStatus, TrainingError> {
    if status == EnrolmentStatus::Cancelled {
        return Err(transition(
            "enrolmentId",
            "the enrolment is already cancelled",
        ));
    }
    if session.has_started(now) {
        return Err(transition(
            "enrolmentId",
            "the session has started: the enrolment can no longer be cancelled",
        ));
    }
    Ok(EnrolmentStatus::Cancelled)
}

/// A waiting enrolment, in line order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Waiting {
    pub enrolment: Uuid,
    pub organisation: Uuid,
}

/// Which waiting enrolments take the free seats, in line order: each free seat goes to the
/// first in line whose organisation is under its cap (counting seats given in this call).
/// Nobody is promoted outside the enrolment window.
///
/// `enrolled` and `enrolled_by_organisation` are the counts after the change that freed seats
/// (a cancellation, a larger capacity, a higher cap).
pub fn promotions(
    session: &Session,
    enrolled: u32,
    enrolled_by_organisation: &BTreeMap<Uuid, u32>,
    waitlist: &[Waiting],
    now: DateTime<Utc>,
) -> Vec<Uuid> {
    if !session.window.contains(now) {
        return Vec::new();
    }
    let mut free = session.capacity.saturating_sub(enrolled);
    let mut by_org = enrolled_by_organisation.clone();
    let mut promoted = Vec::new();
    for w in waitlist {
        if free == 0 {
            break;
        }
        let held = by_org.entry(w.organisation).or_insert(0);
        if session.seats_per_organisation.is_none_or(|cap| *held < cap) {
            *held += 1;
            free -= 1;
            promoted.push(w.enrolment);
        }
    }
    promoted
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::training::session::tests::{input, now, session};
    use chrono::Duration;

    fn counts(enrolled: u32, organisation_enrolled: u32, waitlisted: u32) -> SeatCounts {
        SeatCounts {
            enrolled,
            organisation_enrolled,
            waitlisted,
        }
    }

    fn open() -> DateTime<Utc> {
        session().window.opens_at + Duration::days(1)
    }

    fn org(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn w(enrolment: u128, organisation: u128) -> Waiting {
        Waiting {
            enrolment: Uuid::from_u128(enrolment),
            organisation: org(organisation),
        }
    }

    #[test]
    fn the_seat_decision_follows_capacity_and_the_organisations_cap() {
        let s = session(); // 20 seats, 3 per organisation
        let cases = [
            (counts(0, 0, 0), SeatDecision::Enrolled),
            (counts(19, 2, 0), SeatDecision::Enrolled),
            (counts(20, 0, 0), SeatDecision::Waitlisted { position: 1 }),
            (counts(20, 3, 7), SeatDecision::Waitlisted { position: 8 }),
            // Seats free, but the organisation holds its 3: it waits as a substitute.
            (counts(10, 3, 0), SeatDecision::Waitlisted { position: 1 }),
            (counts(10, 3, 2), SeatDecision::Waitlisted { position: 3 }),
        ];
        for (c, expected) in cases {
            assert_eq!(
                decide_seat(&s, c, false, open()).unwrap(),
                expected,
                "{c:?}"
            );
        }
    }

    #[test]
    fn without_a_cap_only_capacity_counts() {
        let mut i = input();
        i.seats_per_organisation = None;
        let s = Session::parse(&i, now()).unwrap();
        assert_eq!(
            decide_seat(&s, counts(19, 19, 0), false, open()).unwrap(),
            SeatDecision::Enrolled
        );
    }

    #[test]
    fn enrolment_outside_the_window_is_refused() {
        let s = session();
        for t in [
            s.window.opens_at - Duration::seconds(1),
            s.window.closes_at,
            s.starts_at,
        ] {
            let err = decide_seat(&s, counts(0, 0, 0), false, t).unwrap_err();
            assert_eq!(err.field(), "enrolmentWindow", "{t}");
        }
        assert!(decide_seat(&s, counts(0, 0, 0), false, s.window.opens_at).is_ok());
    }

    #[test]
    fn a_participant_is_enrolled_once() {
        let err = decide_seat(&session(), counts(0, 0, 0), true, open()).unwrap_err();
        assert_eq!(err.field(), "participant.email");
    }

    #[test]
    fn twenty_seats_and_two_hundred_enrolments_give_twenty_seats_and_positions_1_to_180() {
        let mut i = input();
        i.seats_per_organisation = None;
        let s = Session::parse(&i, now()).unwrap();
        let mut c = SeatCounts::default();
        let mut positions = Vec::new();
        for _ in 0..200 {
            match decide_seat(&s, c, false, open()).unwrap() {
                SeatDecision::Enrolled => c.enrolled += 1,
                SeatDecision::Waitlisted { position } => {
                    positions.push(position);
                    c.waitlisted += 1;
                }
            }
        }
        assert_eq!(c.enrolled, 20);
        assert_eq!(positions, (1..=180).collect::<Vec<_>>());
    }

    #[test]
    fn cancelling_twice_or_after_the_start_is_an_invalid_transition() {
        let s = session();
        assert_eq!(
            cancel(EnrolmentStatus::Enrolled, &s, open()).unwrap(),
            EnrolmentStatus::Cancelled
        );
        assert_eq!(
            cancel(EnrolmentStatus::Waitlisted, &s, open()).unwrap(),
            EnrolmentStatus::Cancelled
        );
        // After the window closes but before the start, a participant can still withdraw.
        assert!(cancel(EnrolmentStatus::Enrolled, &s, s.window.closes_at).is_ok());
        for (status, t) in [
            (EnrolmentStatus::Cancelled, open()),
            (EnrolmentStatus::Enrolled, s.starts_at),
        ] {
            let err = cancel(status, &s, t).unwrap_err();
            assert!(
                matches!(err, TrainingError::InvalidTransition { .. }),
                "{err}"
            );
            assert_eq!(err.field(), "enrolmentId");
        }
    }

    #[test]
    fn a_cancellation_promotes_the_first_in_line_whose_organisation_is_under_its_cap() {
        let s = session(); // 20 seats, 3 per organisation
        // After a cancellation by organisation 9: 19 enrolled; organisation 1 holds 3 seats.
        let by_org = BTreeMap::from([(org(1), 3), (org(9), 16)]);
        let waitlist = [w(101, 1), w(102, 1), w(103, 2), w(104, 3)];
        assert_eq!(
            promotions(&s, 19, &by_org, &waitlist, open()),
            [Uuid::from_u128(103)]
        );

        // When organisation 1 cancels one of its own, its first substitute is next.
        let by_org = BTreeMap::from([(org(1), 2), (org(9), 17)]);
        assert_eq!(
            promotions(&s, 19, &by_org, &waitlist, open()),
            [Uuid::from_u128(101)]
        );
    }

    #[test]
    fn ten_cancellations_promote_exactly_the_first_ten_in_line() {
        let mut i = input();
        i.seats_per_organisation = None;
        let s = Session::parse(&i, now()).unwrap();
        let waitlist: Vec<Waiting> = (1..=180).map(|n| w(n, n)).collect();
        let promoted = promotions(&s, 10, &BTreeMap::new(), &waitlist, open());
        assert_eq!(promoted, (1..=10).map(Uuid::from_u128).collect::<Vec<_>>());
    }

    #[test]
    fn promotion_counts_the_seats_it_gives_against_the_cap() {
        let s = session(); // cap 3
        let by_org = BTreeMap::from([(org(1), 2)]);
        let waitlist = [w(1, 1), w(2, 1), w(3, 1), w(4, 2)];
        // Four free seats: organisation 1 gets one more (its third), then organisation 2.
        let promoted = promotions(&s, 16, &by_org, &waitlist, open());
        assert_eq!(promoted, [Uuid::from_u128(1), Uuid::from_u128(4)]);
    }

    #[test]
    fn nobody_is_promoted_when_no_seat_is_free_or_the_window_has_closed() {
        let s = session();
        let waitlist = [w(1, 1)];
        assert!(promotions(&s, 20, &BTreeMap::new(), &waitlist, open()).is_empty());
        assert!(promotions(&s, 19, &BTreeMap::new(), &waitlist, s.window.closes_at).is_empty());
        assert_eq!(
            promotions(&s, 19, &BTreeMap::new(), &waitlist, open()).len(),
            1
        );
    }
}
