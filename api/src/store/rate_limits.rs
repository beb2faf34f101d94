//! Rate limits that hold under any concurrency: an attempt is *reserved* before the work it
//! limits (a password check, a voucher-code guess) by one conditional update, so no more than
//! the limit are ever checked, whatever the number of requests in flight or server processes.
//! A reservation counts as a failure until it is refunded (a right password, a valid code).
//!
//! Windows are fixed: a key's count starts again `window` after its first reservation. An
//! account's progressive delay (`blocked_until`) lives in the same table (`docs/security.md`).
use super::StoreError;
use super::ledger::stmt;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ConnectionTrait, Value};

/// Reserves one attempt under `key`: `true` when it was within `limit` for the current window.
pub async fn reserve<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    limit: u64,
    window: std::time::Duration,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let backend = conn.get_database_backend();
    let window = Duration::from_std(window).unwrap_or_else(|_| Duration::minutes(15));
    let window_open_after: Value = (now - window).into();
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    for _ in 0..3 {
        // Within the current window and below the limit: take one.
        let taken = conn
            .execute_raw(stmt(
                backend,
                "UPDATE rate_limit SET count = count + 1 \
                 WHERE key = $1 AND window_start > $2 AND count < $3",
                vec![key.into(), window_open_after.clone(), limit.into()],
            ))
            .await?
            .rows_affected();
        if taken == 1 {
            return Ok(true);
        }
        if limit == 0 {
            return Ok(false);
        }
        // No row yet, or its window has passed: start a window with this attempt. A window that
        // is still open changes nothing here, and the attempt is over the limit.
        let started = conn
            .execute_raw(stmt(
                backend,
                "INSERT INTO rate_limit (key, window_start, count, failures) VALUES ($1, $3, 1, 0) \
                 ON CONFLICT (key) DO UPDATE SET window_start = $3, count = 1 \
                 WHERE rate_limit.window_start <= $2",
                vec![key.into(), window_open_after.clone(), now.into()],
            ))
            .await?
            .rows_affected();
        if started == 1 {
            return Ok(true);
        }
        // Either over the limit, or another request started the window between our two
        // statements: look once more.
        let row = conn
            .query_one_raw(stmt(
                backend,
                "SELECT count FROM rate_limit WHERE key = $1 AND window_start > $2",
                vec![key.into(), window_open_after.clone()],
            ))
            .await?;
        let count: i64 = match row {
            Some(r) => r.try_get("", "count")?,
            None => 0,
        };
        if count >= limit {
            return Ok(false);
        }
    }
    Ok(false)
}

/// Gives a reserved attempt back (the work succeeded: it was no failure).
pub async fn refund<C: ConnectionTrait>(conn: &C, key: &str) -> Result<(), StoreError> {
    conn.execute_raw(stmt(
        conn.get_database_backend(),
        "UPDATE rate_limit SET count = count - 1 WHERE key = $1 AND count > 0",
        vec![key.into()],
    ))
    .await?;
    Ok(())
}

/// Forgets a key's attempts, failures and delay (a successful login).
pub async fn clear<C: ConnectionTrait>(conn: &C, key: &str) -> Result<(), StoreError> {
    conn.execute_raw(stmt(
        conn.get_database_backend(),
        "DELETE FROM rate_limit WHERE key = $1",
        vec![key.into()],
    ))
    .await?;
    Ok(())
}

/// Until when `key` is held back, if it is now.
pub async fn blocked_until<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, StoreError> {
    let row = conn
        .query_one_raw(stmt(
            conn.get_database_backend(),
            "SELECT blocked_until FROM rate_limit WHERE key = $1 AND blocked_until > $2",
            vec![key.into(), now.into()],
        ))
        .await?;
    Ok(match row {
        Some(r) => r.try_get("", "blocked_until")?,
        None => None,
    })
}

/// Counts one more failure under `key` (failures older than a day are forgotten) and holds the
/// key back for `delay(failures)` from `now`. Returns the failures counted.
pub async fn record_failure<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    now: DateTime<Utc>,
    delay: impl Fn(u64) -> std::time::Duration,
) -> Result<u64, StoreError> {
    let backend = conn.get_database_backend();
    let day_ago: Value = (now - Duration::days(1)).into();
    conn.execute_raw(stmt(
        backend,
        "INSERT INTO rate_limit (key, window_start, count, failures) VALUES ($1, $2, 0, 1) \
         ON CONFLICT (key) DO UPDATE SET failures = CASE \
           WHEN rate_limit.window_start > $3 THEN rate_limit.failures + 1 ELSE 1 END, \
           window_start = CASE WHEN rate_limit.window_start > $3 THEN rate_limit.window_start ELSE $2 END",
        vec![key.into(), now.into(), day_ago],
    ))
    .await?;
    let row = conn
        .query_one_raw(stmt(
            backend,
            "SELECT failures FROM rate_limit WHERE key = $1",
            vec![key.into()],
        ))
        .await?;
    let failures: i64 = match row {
        Some(r) => r.try_get("", "failures")?,
        None => 0,
    };
    let failures = u64::try_from(failures).unwrap_or(0);
    let hold = Duration::from_std(delay(failures)).unwrap_or_else(|_| Duration::seconds(60));
    if hold > Duration::zero() {
        conn.execute_raw(stmt(
            backend,
            "UPDATE rate_limit SET blocked_until = $2 WHERE key = $1",
            vec![key.into(), (now + hold).into()],
        ))
        .await?;
    }
    Ok(failures)
}
