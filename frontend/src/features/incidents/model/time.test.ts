import { describe, expect, it } from 'vitest';
import { isKnownZone, isoToZonedInput, zonedInputToIso } from './time';

describe('wall-clock times in the organisation’s zone', () => {
  it('reads a winter and a summer time in Berlin with their offsets', () => {
    expect(zonedInputToIso('2027-01-31T00:30', 'Europe/Berlin')).toBe('2027-01-30T23:30:00.000Z');
    expect(zonedInputToIso('2027-07-01T12:00', 'Europe/Berlin')).toBe('2027-07-01T10:00:00.000Z');
    expect(zonedInputToIso('2027-01-30T23:30', 'Atlantic/Canary')).toBe('2027-01-30T23:30:00.000Z');
  });

  it('moves a time the start of summer time skips forward by the gap', () => {
    // 28 March 2027, 02:30 does not exist in Berlin: it is 03:30 CEST (01:30 UTC).
    expect(zonedInputToIso('2027-03-28T02:30', 'Europe/Berlin')).toBe('2027-03-28T01:30:00.000Z');
  });

  it('takes the earlier of a time that occurs twice when summer time ends', () => {
    // 31 October 2027, 02:30 in Berlin is first CEST (00:30 UTC), then CET (01:30 UTC).
    expect(zonedInputToIso('2027-10-31T02:30', 'Europe/Berlin')).toBe('2027-10-31T00:30:00.000Z');
  });

  it('refuses what is not a time or not a zone', () => {
    expect(zonedInputToIso('', 'Europe/Berlin')).toBeNull();
    expect(zonedInputToIso('yesterday', 'Europe/Berlin')).toBeNull();
    expect(zonedInputToIso('2027-01-31T00:30', 'Mars/Olympus')).toBeNull();
    expect(isKnownZone('Mars/Olympus')).toBe(false);
    expect(isKnownZone('Europe/Paris')).toBe(true);
  });

  it('shows an instant as the wall clock of the zone, round trip', () => {
    const at = new Date('2027-01-30T23:30:00Z');
    expect(isoToZonedInput(at, 'Europe/Berlin')).toBe('2027-01-31T00:30');
    expect(isoToZonedInput(at, 'Atlantic/Canary')).toBe('2027-01-30T23:30');
    expect(zonedInputToIso(isoToZonedInput(at, 'Europe/Helsinki'), 'Europe/Helsinki')).toBe(at.toISOString());
  });
});
