/**
 * The login session: token, expiry and the user it belongs to, kept in sessionStorage (so it
 * ends with the tab). The store ends the session when `expiresAt` passes, on a timer and on
 * every check, and remembers that it expired so the login page can say so.
 */
import type { Role } from '@/gql/graphql';
import { isRole } from './roles';
import { session as sessionStorageAdapter, type KeyValueStorage } from './storage';

interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

export interface Session {
  token: string;
  /** RFC 3339. */
  expiresAt: string;
  user: SessionUser;
}

type SessionEndReason = 'logout' | 'expired';

export const SESSION_STORAGE_KEY = 'cyberhealth.session';
export const EXPIRED_NOTICE_KEY = 'cyberhealth.sessionExpired';
/** setTimeout's largest delay (about 24.8 days); longer waits are done in steps. */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isSessionUser(value: unknown): value is SessionUser {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['email'] === 'string' &&
    typeof value['displayName'] === 'string' &&
    isRole(value['role'])
  );
}

/** Reads a stored session; anything malformed counts as no session. */
export function parseSession(raw: string | null): Session | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (
    isRecord(value) &&
    typeof value['token'] === 'string' &&
    value['token'].length > 0 &&
    typeof value['expiresAt'] === 'string' &&
    isSessionUser(value['user'])
  ) {
    return { token: value['token'], expiresAt: value['expiresAt'], user: value['user'] };
  }
  return null;
}

/** Milliseconds since the epoch; an unreadable timestamp counts as already past. */
function expiryTime(session: Pick<Session, 'expiresAt'>): number {
  const ms = Date.parse(session.expiresAt);
  return Number.isNaN(ms) ? 0 : ms;
}

export function isExpired(session: Pick<Session, 'expiresAt'>, nowMs: number): boolean {
  return nowMs >= expiryTime(session);
}

/** How long to wait before the next expiry check. */
export function nextCheckDelay(session: Pick<Session, 'expiresAt'>, nowMs: number): number {
  return Math.min(Math.max(0, expiryTime(session) - nowMs), MAX_TIMER_DELAY_MS);
}

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>);
  },
};

export interface SessionStore {
  getSession(): Session | null;
  /** For useSyncExternalStore. */
  subscribe(listener: () => void): () => void;
  /** Called with the reason whenever a session ends. */
  onEnd(listener: (reason: SessionEndReason) => void): () => void;
  start(session: Session): void;
  logout(): void;
  /** Ends the session because it expired (timer, or the server said UNAUTHENTICATED). */
  expire(): void;
  /** Ends the session if its time has passed; returns whether a live session remains. */
  check(): boolean;
  /**
   * How the last session ended, if the user has not logged in since and the notice was not
   * cleared: 'expired' survives a reload (kept in storage), 'logout' lives in memory only.
   */
  endNotice(): SessionEndReason | null;
  /** Whether the last session ended by expiry (shorthand for endNotice() === 'expired'). */
  expiredNotice(): boolean;
  clearEndNotice(): void;
  dispose(): void;
}

interface SessionStoreOptions {
  storage?: KeyValueStorage;
  clock?: Clock;
}

export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const storage = options.storage ?? sessionStorageAdapter;
  const clock = options.clock ?? systemClock;
  const listeners = new Set<() => void>();
  const endListeners = new Set<(reason: SessionEndReason) => void>();
  let current: Session | null = parseSession(storage.getItem(SESSION_STORAGE_KEY));
  let timer: unknown;
  let loggedOut = false;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const cancelTimer = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };

  const schedule = () => {
    cancelTimer();
    if (!current) return;
    timer = clock.setTimeout(() => {
      timer = undefined;
      if (check()) schedule();
    }, nextCheckDelay(current, clock.now()));
  };

  const end = (reason: SessionEndReason) => {
    if (!current) return;
    cancelTimer();
    current = null;
    storage.removeItem(SESSION_STORAGE_KEY);
    if (reason === 'expired') storage.setItem(EXPIRED_NOTICE_KEY, '1');
    else storage.removeItem(EXPIRED_NOTICE_KEY);
    loggedOut = reason === 'logout';
    notify();
    for (const listener of [...endListeners]) listener(reason);
  };

  function check(): boolean {
    if (current && isExpired(current, clock.now())) end('expired');
    return current !== null;
  }

  if (current && isExpired(current, clock.now())) {
    // A stored session that ran out while the tab was away.
    current = null;
    storage.removeItem(SESSION_STORAGE_KEY);
    storage.setItem(EXPIRED_NOTICE_KEY, '1');
  } else if (current === null) {
    storage.removeItem(SESSION_STORAGE_KEY);
  }
  schedule();

  return {
    getSession: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onEnd(listener) {
      endListeners.add(listener);
      return () => endListeners.delete(listener);
    },
    start(session) {
      current = session;
      storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
      storage.removeItem(EXPIRED_NOTICE_KEY);
      loggedOut = false;
      schedule();
      notify();
      check();
    },
    logout: () => end('logout'),
    expire: () => end('expired'),
    check,
    endNotice() {
      if (storage.getItem(EXPIRED_NOTICE_KEY) === '1') return 'expired';
      return loggedOut ? 'logout' : null;
    },
    expiredNotice: () => storage.getItem(EXPIRED_NOTICE_KEY) === '1',
    clearEndNotice() {
      storage.removeItem(EXPIRED_NOTICE_KEY);
      loggedOut = false;
    },
    dispose() {
      cancelTimer();
      listeners.clear();
      endListeners.clear();
    },
  };
}
