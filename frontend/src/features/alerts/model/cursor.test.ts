import { describe, expect, it } from 'vitest';
import { admit, advance, EMPTY_BOOK, nextHeadQuery, reconnectDelay, resumeAfter } from './cursor';

const c = (n: number) => n.toString(16).padStart(16, '0');

describe('the live feed’s cursor bookkeeping', () => {
  it('moves on with each new event and resumes after the last one handled', () => {
    let book = EMPTY_BOOK;
    for (const n of [3, 4, 9]) {
      const step = admit(book, c(n));
      expect(step.fresh).toBe(true);
      book = step.book;
    }
    expect(resumeAfter(book)).toBe(c(9));
  });

  it('drops an event replayed after a reconnect that was already delivered live', () => {
    let book = admit(EMPTY_BOOK, c(5)).book;
    book = admit(book, c(6)).book;
    expect(admit(book, c(6)).fresh).toBe(false);
    expect(admit(book, c(5)).fresh).toBe(false);
    expect(admit(book, c(7))).toEqual({ book: { last: c(7) }, fresh: true });
  });

  it('compares cursors as the numbers they stand for, across digit carries', () => {
    const book = admit(EMPTY_BOOK, c(0xf)).book;
    expect(admit(book, c(0x10)).fresh).toBe(true);
    expect(admit(admit(EMPTY_BOOK, c(0x100)).book, c(0xff)).fresh).toBe(false);
  });

  it('ignores what is not a cursor', () => {
    expect(admit(EMPTY_BOOK, 'not-a-cursor')).toEqual({ book: EMPTY_BOOK, fresh: false });
    expect(advance(EMPTY_BOOK, '12')).toEqual(EMPTY_BOOK);
  });

  it('starts from where alertsSince says the stream stands, never going back', () => {
    expect(resumeAfter(EMPTY_BOOK)).toBeNull();
    const book = advance(EMPTY_BOOK, c(12));
    expect(resumeAfter(book)).toBe(c(12));
    expect(advance(book, c(4))).toEqual(book);
  });

  it('reads the head page by page until a page brings no progress', () => {
    expect(nextHeadQuery(null, c(200))).toEqual({ done: false, cursor: c(200) });
    expect(nextHeadQuery(c(200), c(250))).toEqual({ done: false, cursor: c(250) });
    expect(nextHeadQuery(c(250), c(250))).toEqual({ done: true, cursor: c(250) });
  });

  it('waits longer after each failure, up to 30 seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(reconnectDelay)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
