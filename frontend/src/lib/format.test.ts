import { describe, expect, it } from 'vitest';
import {
  currencyFractionDigits,
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatDeadline,
  formatList,
  formatMonth,
  formatRemaining,
  localeOf,
  formatMoney,
  formatNumber,
  parseDecimal,
  supportsExactDecimalStrings,
} from './format';

/** ICU uses no-break spaces (U+00A0, U+202F); compare with plain spaces for readability. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('parseDecimal', () => {
  it.each([
    ['1234.50', { negative: false, integer: '1234', fraction: '50', text: '1234.50' }],
    ['-0.05', { negative: true, integer: '0', fraction: '05', text: '-0.05' }],
    ['+007', { negative: false, integer: '7', fraction: '', text: '7' }],
    [' 42 ', { negative: false, integer: '42', fraction: '', text: '42' }],
  ])('parses %j', (input, expected) => {
    expect(parseDecimal(input)).toEqual(expected);
  });

  it.each(['', 'abc', '1e5', '1,5', '1.', '.5', 'NaN', '1.2.3'])('rejects %j', (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe.each([
  ['exact Intl strings', false],
  ['BigInt fallback', true],
])('formatMoney (%s)', (_name, forceFallback) => {
  const opts = { forceFallback };

  it.each([
    ['en', '1234.50', '€1,234.50'],
    ['de', '1234.50', '1.234,50 €'],
    ['fr', '1234.50', '1 234,50 €'],
    ['en', '-1234567.05', '-€1,234,567.05'],
    ['de', '-1234567.05', '-1.234.567,05 €'],
    ['fr', '-1234567.05', '-1 234 567,05 €'],
    ['en', '0', '€0.00'],
    ['de', '7.5', '7,50 €'],
  ])('%s %s → %s', (locale, amount, expected) => {
    expect(plain(formatMoney(amount, 'EUR', locale, opts))).toBe(expected);
  });

  it('keeps every digit of amounts beyond float precision', () => {
    expect(formatMoney('12345678901234567.89', 'EUR', 'en', opts)).toBe('€12,345,678,901,234,567.89');
    expect(plain(formatMoney('90071992547409931.01', 'EUR', 'de', opts))).toBe(
      '90.071.992.547.409.931,01 €',
    );
  });

  it('never rounds away digits finer than the currency unit', () => {
    expect(formatMoney('0.125', 'EUR', 'en', opts)).toBe('€0.125');
  });

  it('uses the currency of the amount, e.g. Swedish krona in German', () => {
    expect(plain(formatMoney('1234.5', 'SEK', 'de', opts))).toBe('1.234,50 SEK');
  });

  it('uses the French narrow no-break space for grouping', () => {
    expect(formatMoney('1234.50', 'EUR', 'fr', opts)).toBe('1\u202f234,50\u00a0€');
  });
});

describe('formatMoney input handling', () => {
  it('shows a malformed amount as is rather than guessing', () => {
    expect(formatMoney('12,50', 'EUR', 'en')).toBe('12,50 EUR');
  });

  it('knows minor units per currency', () => {
    expect(currencyFractionDigits('EUR')).toBe(2);
    expect(currencyFractionDigits('ISK')).toBe(0);
  });

  it('detects exact string support in this engine', () => {
    expect(typeof supportsExactDecimalStrings()).toBe('boolean');
  });
});

describe('formatNumber', () => {
  it.each([
    ['en', 1234567.891, '1,234,567.891'],
    ['de', 1234567.891, '1.234.567,891'],
    ['fr', 1234567.891, '1 234 567,891'],
  ])('%s number %d', (locale, value, expected) => {
    expect(plain(formatNumber(value, locale))).toBe(expected);
  });

  it.each([
    ['en', '98765432109876543210.5', '98,765,432,109,876,543,210.5'],
    ['de', '98765432109876543210.5', '98.765.432.109.876.543.210,5'],
    ['fr', '-3.25', '-3,25'],
  ])('%s decimal string %s', (locale, value, expected) => {
    expect(plain(formatNumber(value, locale))).toBe(expected);
    expect(plain(formatNumber(value, locale, { forceFallback: true }))).toBe(expected);
  });

  it('formats bigints', () => {
    expect(formatNumber(12345678901234567890n, 'en')).toBe('12,345,678,901,234,567,890');
  });
});

describe('formatDate and formatDateTime', () => {
  const instant = '2025-03-04T10:15:00Z';
  const utc = { timeZone: 'UTC' };

  it('formats English in the British locale, not the American one', () => {
    expect(localeOf('en')).toBe('en-GB');
    expect(localeOf('de')).toBe('de-DE');
    expect(localeOf('pt-PT')).toBe('pt-PT');
  });

  it.each([
    ['en', '4 Mar 2025'],
    ['de', '04.03.2025'],
    ['fr', '4 mars 2025'],
  ])('%s date', (locale, expected) => {
    expect(plain(formatDate(instant, locale, utc))).toBe(expected);
  });

  it.each([
    ['en', '4 Mar 2025, 10:15 UTC'],
    ['de', '04.03.2025, 10:15 UTC'],
    ['fr', '4 mars 2025, 10:15 UTC'],
  ])('%s instant with its time zone', (locale, expected) => {
    expect(plain(formatDateTime(instant, locale, utc))).toBe(expected);
  });

  it('names the zone an instant is shown in', () => {
    expect(plain(formatDateTime(instant, 'en', { timeZone: 'Europe/Berlin' }))).toBe('4 Mar 2025, 11:15 CET');
    expect(plain(formatDateTime(instant, 'de', { timeZone: 'Europe/Berlin' }))).toBe('04.03.2025, 11:15 MEZ');
  });

  it('respects the time zone', () => {
    expect(plain(formatDate('2025-12-31T23:30:00Z', 'en', { timeZone: 'Europe/Berlin' }))).toBe('1 Jan 2026');
  });

  it('returns an unreadable date unchanged', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDeadline('not a date', new Date(), 'en')).toBe('not a date');
  });

  it('formats months and days of the month for chart axes', () => {
    expect(formatMonth('2026-11-01T00:00:00Z', 'en')).toBe('Nov 2026');
    expect(formatMonth('2026-03-01T00:00:00Z', 'de')).toMatch(/März 2026/);
    expect(plain(formatDayMonth('2026-03-04', 'en', utc))).toBe('4 Mar');
    expect(plain(formatDayMonth('2026-03-04', 'de', utc))).toBe('04.03.');
  });
});

describe('deadlines', () => {
  const now = new Date('2026-11-30T12:00:00Z');

  it.each([
    ['2026-11-30T12:45:00Z', 'en', 'in 45 minutes'],
    ['2026-11-30T17:00:00Z', 'en', 'in 5 hours'],
    ['2026-12-12T12:00:00Z', 'en', 'in 12 days'],
    ['2027-03-01T12:00:00Z', 'en', 'in 3 months'],
    ['2028-12-01T12:00:00Z', 'en', 'in 2 years'],
    ['2026-11-28T12:00:00Z', 'en', '2 days ago'],
    ['2026-12-01T12:00:00Z', 'en', 'tomorrow'],
    ['2026-12-12T12:00:00Z', 'de', 'in 12 Tagen'],
    ['2027-03-01T12:00:00Z', 'fr', 'dans 3 mois'],
  ])('%s is %s (%s)', (deadline, locale, expected) => {
    expect(plain(formatRemaining(deadline, now, locale))).toBe(expected);
  });

  it('shows the instant with its zone, then the time left', () => {
    expect(plain(formatDeadline('2026-12-31T22:59:00Z', now, 'en', { timeZone: 'Europe/Brussels' }))).toBe(
      '31 Dec 2026, 23:59 CET (in 31 days)',
    );
  });
});

describe('formatList', () => {
  it.each([
    ['en', 'micro, small and medium'],
    ['de', 'micro, small und medium'],
    ['fr', 'micro, small et medium'],
  ])('%s', (locale, expected) => {
    expect(formatList(['micro', 'small', 'medium'], locale)).toBe(expected);
  });
});
