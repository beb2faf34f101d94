import { describe, expect, it } from 'vitest';
import { instantOf, isTimeZone, localInput, windowState } from './session';

describe('a session’s enrolment window', () => {
  const opens = '2026-03-01T09:00:00Z';
  const closes = '2026-03-10T09:00:00Z';
  it('is open from its opening until just before its closing', () => {
    expect(windowState(opens, closes, new Date('2026-03-01T08:59:59Z'))).toBe('notYet');
    expect(windowState(opens, closes, new Date(opens))).toBe('open');
    expect(windowState(opens, closes, new Date('2026-03-10T08:59:59Z'))).toBe('open');
    expect(windowState(opens, closes, new Date(closes))).toBe('closed');
  });
});

describe('the session form', () => {
  it('turns a local date and time into an instant and refuses anything else', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(instantOf(localInput(now, 60))).toBe('2026-03-01T11:00:00.000Z');
    expect(instantOf('2026-03-01')).toBeNull();
  });

  it('knows IANA zones', () => {
    expect(isTimeZone('Europe/Brussels')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
