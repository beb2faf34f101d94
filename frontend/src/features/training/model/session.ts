/** Pure rules the training pages show: where a session's enrolment stands, and form input. */

export type WindowState = 'notYet' | 'open' | 'closed';

/** The enrolment window is open from `opensAt` until just before `closesAt`. */
export function windowState(opensAt: string, closesAt: string, now: Date): WindowState {
  const t = now.getTime();
  if (t < new Date(opensAt).getTime()) return 'notYet';
  return t < new Date(closesAt).getTime() ? 'open' : 'closed';
}

/** A `datetime-local` value (the browser's time zone) as an RFC 3339 instant; null if invalid. */
export function instantOf(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A `datetime-local` value `minutes` from `now` in the browser's time zone. */
export function localInput(now: Date, minutes: number): string {
  const d = new Date(now.getTime() + minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Whether a time zone name is one the browser knows (the server checks the tz database again). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}
