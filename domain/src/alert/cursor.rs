//! The cursor of the alert event stream (issue #12, "Catch-up"). Every alert event has a
//! monotonically increasing sequence number (the store's); clients see it as an opaque string
//! and hand it back to `alertsSince(cursor)` or the subscription's `after`.
//!
//! The string is the sequence as 16 lower-case hexadecimal digits, so cursors compare as
//! strings the way they compare as numbers. Clients must not build or read them: the format may
//! change. Anything else is refused, naming the field it came in.
use super::AlertError;
use std::fmt;

/// A position in the alert event stream: after the event with this sequence number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventCursor(i64);

const DIGITS: usize = 16;

impl EventCursor {
    /// Before the first event.
    pub const START: EventCursor = EventCursor(0);

    /// The cursor after the event numbered `sequence`; `None` for a negative number, which no
    /// event has.
    pub fn from_sequence(sequence: i64) -> Option<Self> {
        (sequence >= 0).then_some(Self(sequence))
    }

    pub fn sequence(self) -> i64 {
        self.0
    }

    /// Parses a cursor a client sent in `field` (e.g. `since` or `after`).
    pub fn parse(field: &str, s: &str) -> Result<Self, AlertError> {
        let bad = || {
            AlertError::invalid(
                field,
                "is not a cursor this service gave out (pass back a cursor unchanged)",
            )
        };
        if s.len() != DIGITS || !s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(bad());
        }
        let n = u64::from_str_radix(s, 16).map_err(|_| bad())?;
        i64::try_from(n).map(Self).map_err(|_| bad())
    }

    /// Whether the event numbered `sequence` comes after this position.
    pub fn precedes(self, sequence: i64) -> bool {
        sequence > self.0
    }
}

impl fmt::Display for EventCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// A subscriber's place in the stream while it catches up and then follows it live: events
/// replayed from the store and events arriving live may overlap, and each is delivered once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamPosition(EventCursor);

impl StreamPosition {
    pub fn new(after: EventCursor) -> Self {
        Self(after)
    }

    /// Whether the event numbered `sequence` is new to the subscriber; if so, the position
    /// moves past it. An event at or before the position was delivered already (or skipped by
    /// the cursor the client gave) and is dropped.
    pub fn admit(&mut self, sequence: i64) -> bool {
        if self.0.precedes(sequence) {
            self.0 = EventCursor(sequence);
            true
        } else {
            false
        }
    }

    /// The cursor to give the client with the last delivered event.
    pub fn cursor(self) -> EventCursor {
        self.0
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips_through_its_string() {
        for n in [0, 1, 255, 1 << 40, i64::MAX] {
            let c = EventCursor::from_sequence(n).unwrap();
            assert_eq!(c.to_string().len(), 16);
            assert_eq!(EventCursor::parse("since", &c.to_string()).unwrap(), c);
        }
        assert_eq!(EventCursor::START.to_string(), "0000000000000000");
        assert_eq!(EventCursor::from_sequence(-1), None);
    }

    #[test]
    fn cursors_compare_as_strings_like_their_events() {
        let (a, b) = (
            EventCursor::from_sequence(9).unwrap(),
            EventCursor::from_sequence(10).unwrap(),
        );
        assert!(a < b);
        assert!(a.to_string() < b.to_string());
    }

    #[test]
    fn a_malformed_cursor_is_refused_naming_the_field() {
        for bad in [
            "",
            "42",
            "000000000000002A",
            "00000000000000zz",
            " 000000000000002a",
            "8000000000000000",
            "00000000000000002a",
            "-000000000000001",
        ] {
            let err = EventCursor::parse("since", bad).unwrap_err();
            assert_eq!(err.field(), "since", "{bad:?}");
        }
        assert_eq!(
            EventCursor::parse("after", "x").unwrap_err().field(),
            "after"
        );
    }

    #[test]
    fn replayed_and_live_events_are_each_delivered_once_in_order() {
        let mut p = StreamPosition::new(EventCursor::from_sequence(3).unwrap());
        // Replay from the store: 4 and 6 (5 rolled back). Live meanwhile: 6 again, then 7.
        let delivered: Vec<i64> = [2, 3, 4, 6, 6, 5, 7]
            .into_iter()
            .filter(|s| p.admit(*s))
            .collect();
        assert_eq!(delivered, [4, 6, 7]);
        assert_eq!(p.cursor().sequence(), 7);
    }
}
