/**
 * Bookkeeping of the live alert feed, so a reconnect misses nothing and repeats nothing.
 *
 * Every alert event has a cursor: an opaque 16-hex-digit string that compares as strings like
 * the event numbers (docs/early-warning.md). The feed keeps the last cursor it has handled;
 * after a lost connection it subscribes again with `after` = that cursor, and the server replays
 * what was missed before going live. An event at or before the last cursor (replayed twice, or
 * delivered live while a replay overlaps) is dropped.
 */

export interface CursorBook {
  /** The last cursor handled; null before the feed knows where it starts. */
  last: string | null;
}

export const EMPTY_BOOK: CursorBook = { last: null };

const CURSOR = /^[0-9a-f]{16}$/;

export function isCursor(value: unknown): value is string {
  return typeof value === 'string' && CURSOR.test(value);
}

/** Whether `a` comes after `b` (both cursors). */
export function isAfter(a: string, b: string): boolean {
  return a > b;
}

/**
 * Handles an event's cursor: `fresh` when the event is new (the book moves on to it), not
 * when it was handled already.
 */
export function admit(book: CursorBook, cursor: string): { book: CursorBook; fresh: boolean } {
  if (!isCursor(cursor)) return { book, fresh: false };
  if (book.last !== null && !isAfter(cursor, book.last)) return { book, fresh: false };
  return { book: { last: cursor }, fresh: true };
}

/**
 * Moves the book to a cursor the server gave without events (e.g. `alertsSince`'s `cursor`),
 * never backwards.
 */
export function advance(book: CursorBook, cursor: string): CursorBook {
  if (!isCursor(cursor)) return book;
  return book.last === null || isAfter(cursor, book.last) ? { last: cursor } : book;
}

/** The `after` variable of the next subscription: the last cursor handled, if any. */
export function resumeAfter(book: CursorBook): string | null {
  return book.last;
}

/**
 * The cursor where the feed starts: `alertsSince` is asked page by page from the beginning
 * until a page brings no progress. Returns whether to ask again, and from where.
 */
export function nextHeadQuery(asked: string | null, answered: string): { done: boolean; cursor: string } {
  return { done: asked === answered, cursor: answered };
}

/** How long to wait before reconnecting after `attempt` failures in a row (1 s … 30 s). */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, Math.min(attempt, 5)));
}
