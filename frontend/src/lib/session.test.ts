import { describe, expect, it, vi } from 'vitest';
import {
  createSessionStore,
  EXPIRED_NOTICE_KEY,
  isExpired,
  MAX_TIMER_DELAY_MS,
  nextCheckDelay,
  parseSession,
  SESSION_STORAGE_KEY,
  type Clock,
  type Session,
} from './session';
import { memoryStorage } from './storage';

const T0 = Date.parse('2025-06-01T12:00:00Z');

function session(expiresAt: string, token = 'token-1'): Session {
  return {
    token,
    expiresAt,
    user: { id: 'u1', email: 'officer.de@cyberhealth.example', displayName: 'Officer', role: 'AGENCY_OFFICER' },
  };
}

/** A clock whose time and timers move only when the test says so. */
function fakeClock(start = T0) {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: Clock & { advance(ms: number): void; pending(): number } = {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') timers.delete(handle);
    },
    advance(ms) {
      const target = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= target)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = target;
    },
    pending: () => timers.size,
  };
  return clock;
}

describe('session helpers', () => {
  it('parses a stored session and rejects malformed ones', () => {
    const s = session('2025-06-01T13:00:00Z');
    expect(parseSession(JSON.stringify(s))).toEqual(s);
    expect(parseSession(null)).toBeNull();
    expect(parseSession('{')).toBeNull();
    expect(parseSession(JSON.stringify({ ...s, token: '' }))).toBeNull();
    expect(parseSession(JSON.stringify({ ...s, user: { ...s.user, role: 'ROOT' } }))).toBeNull();
  });

  it('treats expiresAt as the end, inclusive, and unreadable dates as past', () => {
    const s = session('2025-06-01T12:00:10Z');
    expect(isExpired(s, T0)).toBe(false);
    expect(isExpired(s, T0 + 9_999)).toBe(false);
    expect(isExpired(s, T0 + 10_000)).toBe(true);
    expect(isExpired(session('garbage'), T0)).toBe(true);
  });

  it('caps the timer delay at what setTimeout supports', () => {
    expect(nextCheckDelay(session('2025-06-01T12:00:10Z'), T0)).toBe(10_000);
    expect(nextCheckDelay(session('2025-06-01T11:00:00Z'), T0)).toBe(0);
    expect(nextCheckDelay(session('2026-06-01T12:00:00Z'), T0)).toBe(MAX_TIMER_DELAY_MS);
  });
});

describe('createSessionStore', () => {
  it('starts, persists and notifies', () => {
    const storage = memoryStorage();
    const clock = fakeClock();
    const store = createSessionStore({ storage, clock });
    const listener = vi.fn();
    store.subscribe(listener);

    const s = session('2025-06-01T13:00:00Z');
    store.start(s);
    expect(store.getSession()).toEqual(s);
    expect(parseSession(storage.getItem(SESSION_STORAGE_KEY))).toEqual(s);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('expires on the timer when expiresAt passes and leaves a notice', () => {
    const storage = memoryStorage();
    const clock = fakeClock();
    const store = createSessionStore({ storage, clock });
    const onEnd = vi.fn();
    store.onEnd(onEnd);
    store.start(session('2025-06-01T12:30:00Z'));

    clock.advance(30 * 60_000 - 1);
    expect(store.getSession()).not.toBeNull();
    clock.advance(1);
    expect(store.getSession()).toBeNull();
    expect(onEnd).toHaveBeenCalledWith('expired');
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(store.expiredNotice()).toBe(true);
    expect(clock.pending()).toBe(0);
  });

  it('waits in steps for expiries beyond the longest timer', () => {
    const clock = fakeClock();
    const store = createSessionStore({ storage: memoryStorage(), clock });
    store.start(session('2025-08-01T12:00:00Z'));
    clock.advance(MAX_TIMER_DELAY_MS);
    expect(store.getSession()).not.toBeNull();
    clock.advance(Date.parse('2025-08-01T12:00:00Z') - T0 - MAX_TIMER_DELAY_MS);
    expect(store.getSession()).toBeNull();
  });

  it('drops a stored session that ran out while the tab was closed', () => {
    const storage = memoryStorage({
      [SESSION_STORAGE_KEY]: JSON.stringify(session('2025-06-01T11:59:59Z')),
    });
    const store = createSessionStore({ storage, clock: fakeClock() });
    expect(store.getSession()).toBeNull();
    expect(store.expiredNotice()).toBe(true);
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('restores a live stored session', () => {
    const s = session('2025-06-01T12:05:00Z');
    const store = createSessionStore({
      storage: memoryStorage({ [SESSION_STORAGE_KEY]: JSON.stringify(s) }),
      clock: fakeClock(),
    });
    expect(store.getSession()).toEqual(s);
  });

  it('expire() (server said UNAUTHENTICATED) ends the session with a notice', () => {
    const clock = fakeClock();
    const store = createSessionStore({ storage: memoryStorage(), clock });
    const onEnd = vi.fn();
    store.onEnd(onEnd);
    store.start(session('2025-06-01T13:00:00Z'));
    store.expire();
    expect(store.getSession()).toBeNull();
    expect(store.expiredNotice()).toBe(true);
    expect(onEnd).toHaveBeenCalledWith('expired');
    expect(clock.pending()).toBe(0);
    // A second end is a no-op.
    store.expire();
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('logout ends the session without an expiry notice, and login clears an old notice', () => {
    const storage = memoryStorage({ [EXPIRED_NOTICE_KEY]: '1' });
    const store = createSessionStore({ storage, clock: fakeClock() });
    expect(store.expiredNotice()).toBe(true);
    store.start(session('2025-06-01T13:00:00Z'));
    expect(store.expiredNotice()).toBe(false);
    const onEnd = vi.fn();
    store.onEnd(onEnd);
    store.logout();
    expect(onEnd).toHaveBeenCalledWith('logout');
    expect(store.expiredNotice()).toBe(false);
    expect(store.endNotice()).toBe('logout');
    store.clearEndNotice();
    expect(store.endNotice()).toBeNull();
  });

  it('check() catches an expiry that a throttled timer has not yet fired', () => {
    let now = T0;
    const frozenTimers: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => undefined };
    const store = createSessionStore({ storage: memoryStorage(), clock: frozenTimers });
    store.start(session('2025-06-01T12:00:05Z'));
    expect(store.check()).toBe(true);
    now = T0 + 6_000; // the tab was suspended; no timer ran
    expect(store.check()).toBe(false);
    expect(store.expiredNotice()).toBe(true);
  });

  it('a session already expired at login is ended at once', () => {
    const store = createSessionStore({ storage: memoryStorage(), clock: fakeClock() });
    store.start(session('2025-06-01T11:00:00Z'));
    expect(store.getSession()).toBeNull();
    expect(store.expiredNotice()).toBe(true);
  });
});
