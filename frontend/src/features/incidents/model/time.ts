/**
 * Wall-clock times in the organisation's IANA time zone, as the report wizard reads and shows
 * them. The offsets come from the browser's time-zone database (`Intl`); nothing here knows a
 * zone's rules. A wall-clock time that the zone skips (the night summer time starts) is moved
 * forward by the gap, and one that occurs twice takes the earlier instant: the server's rule
 * (RFC 5545, Temporal's "compatible" disambiguation).
 */

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DAY_MS = 24 * 3600 * 1000;

function parts(instant: number, zone: string): Record<string, number> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const out: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(instant))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return out;
}

/** The zone's offset from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const p = parts(instant, zone);
  const wall = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** Whether `zone` is an IANA name the browser knows. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A `datetime-local` value read as a wall-clock time in `zone`, as an ISO instant; null if it
 * is empty or not a time.
 */
export function zonedInputToIso(value: string, zone: string): string | null {
  const m = WALL.exec(value.trim());
  if (!m || !isKnownZone(zone)) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(wall)) return null;
  // The offsets in force a day before and a day after: the instants that show this wall time.
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  const candidates = [wall - before, wall - after]
    .filter((t) => offsetAt(t, zone) === wall - t)
    .sort((a, b) => a - b);
  // Twice: the earlier. Never (a gap): with the offset before the gap, i.e. moved forward.
  const instant = candidates[0] ?? wall - before;
  return new Date(instant).toISOString();
}

/** An instant as a `datetime-local` value in `zone`, to the minute. */
export function isoToZonedInput(date: Date, zone: string): string {
  const p = parts(date.getTime(), zone);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.year ?? ''}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
