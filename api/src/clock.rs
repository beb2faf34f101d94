//! The one source of "now". Production reads the system clock; tests move time forward (or
//! set it) instead of editing rows, so deadlines, expiry and waitlists are tested as they run.
//!
//! The clock is the system time plus an offset that only tests change; every instance cloned
//! from one clock shares that offset (two server processes in one test see the same time).
use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

#[derive(Clone, Debug, Default)]
pub struct Clock {
    /// Microseconds added to the system time.
    offset_us: Arc<AtomicI64>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self::default()
    }

    /// Now, to the microsecond (what PostgreSQL keeps).
    pub fn now(&self) -> DateTime<Utc> {
        let now = Utc::now() + Duration::microseconds(self.offset_us.load(Ordering::SeqCst));
        DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now)
    }

    /// Moves time forward (or back, with a negative duration). For tests.
    pub fn advance(&self, by: Duration) {
        let us = by.num_microseconds().unwrap_or(i64::MAX);
        self.offset_us.fetch_add(us, Ordering::SeqCst);
    }

    /// Sets now to `at`, from which time runs on. For tests.
    pub fn set(&self, at: DateTime<Utc>) {
        let delta = at - Utc::now();
        self.offset_us.store(
            delta.num_microseconds().unwrap_or(i64::MAX),
            Ordering::SeqCst,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advancing_moves_every_clone_of_the_clock() {
        let clock = Clock::system();
        let other = clock.clone();
        let before = other.now();
        clock.advance(Duration::days(30));
        let after = other.now();
        assert!(after - before >= Duration::days(30));
        assert!(after - before < Duration::days(30) + Duration::seconds(5));
    }

    #[test]
    fn setting_the_clock_puts_now_there() {
        let clock = Clock::system();
        let at = DateTime::parse_from_rfc3339("2030-02-28T23:59:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        clock.set(at);
        let drift = clock.now() - at;
        // To the microsecond: the offset is kept in whole microseconds.
        assert!(drift > -Duration::milliseconds(1) && drift < Duration::seconds(5));
    }
}
