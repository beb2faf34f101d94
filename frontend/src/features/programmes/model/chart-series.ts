/**
 * The funds chart's data: the balances after every ledger movement, drawn as a step line (a
 * balance holds until the next movement). With movements on only a few days each movement is
 * a step; otherwise there is one point per day from the first movement to today, so the
 * horizontal axis is proportional to time. Amounts stay decimal strings; numbers are made
 * only for plotting.
 */

export interface Balances {
  allocated: string;
  committed: string;
  disbursed: string;
  available: string;
}

/** One ledger movement, as the history query reads it. */
export interface Movement {
  createdAt: string;
  fundsAfter: Balances;
}

export interface FundsPoint extends Balances {
  /** The movement's instant, or the day (`YYYY-MM-DD`, UTC) whose end the point shows. */
  at: string;
  /** Whether the balances changed here (false for days carried forward). */
  changed: boolean;
}

export interface FundsSteps {
  unit: 'movement' | 'day';
  /** Balances before the first movement (zero) come first, then each step. */
  points: FundsPoint[];
  /** How many calendar months (UTC) the movements span. */
  months: number;
}

/** Movements on fewer distinct days than this are drawn one step per movement. */
export const MIN_DAYS_FOR_DAILY = 5;
/** At most this many days are drawn; older days fold into the first point. */
export const MAX_DAYS = 731;

const ZERO: Balances = { allocated: '0', committed: '0', disbursed: '0', available: '0' };
const DAY = 86_400_000;

const dayOf = (instant: string) => new Date(instant).toISOString().slice(0, 10);

function balancesOf(m: Movement): Balances {
  const { allocated, committed, disbursed, available } = m.fundsAfter;
  return { allocated, committed, disbursed, available };
}

/** The step points of `movements` (any order) up to `now`. */
export function fundsSteps(movements: readonly Movement[], now: Date): FundsSteps {
  const sorted = [...movements].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const first = sorted[0];
  if (!first) return { unit: 'movement', points: [], months: 0 };
  const months = new Set(sorted.map((m) => m.createdAt.slice(0, 7))).size;
  const days = new Set(sorted.map((m) => dayOf(m.createdAt)));
  const start: FundsPoint = { ...ZERO, at: first.createdAt, changed: false };

  if (days.size < MIN_DAYS_FOR_DAILY) {
    return {
      unit: 'movement',
      points: [start, ...sorted.map((m) => ({ ...balancesOf(m), at: m.createdAt, changed: true }))],
      months,
    };
  }

  // The balances at the end of each day: the last movement of that day, else the day before.
  const endOfDay = new Map<string, Balances>();
  for (const m of sorted) endOfDay.set(dayOf(m.createdAt), balancesOf(m));
  const lastDay = Math.max(Date.parse(dayOf(now.toISOString())), Date.parse(dayOf(sorted.at(-1)?.createdAt ?? first.createdAt)));
  const firstDay = Math.max(Date.parse(dayOf(first.createdAt)), lastDay - (MAX_DAYS - 1) * DAY);
  // Movements before the first drawn day set its starting balances.
  let current: Balances = ZERO;
  for (const m of sorted) if (Date.parse(dayOf(m.createdAt)) < firstDay) current = balancesOf(m);
  const points: FundsPoint[] = [{ ...current, at: new Date(firstDay - DAY).toISOString().slice(0, 10), changed: false }];
  for (let day = firstDay; day <= lastDay; day += DAY) {
    const key = new Date(day).toISOString().slice(0, 10);
    const balances = endOfDay.get(key);
    if (balances) current = balances;
    points.push({ ...current, at: key, changed: balances !== undefined });
  }
  return { unit: 'day', points, months };
}
