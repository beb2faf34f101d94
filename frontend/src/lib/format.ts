/**
 * Locale-aware formatting of numbers, money, dates, instants, deadlines and lists with the
 * built-in `Intl` API: the one place the app formats them. Every function takes the UI
 * language (`en`, `de`, `fr`) and formats in that language's locale (`localeOf`): British
 * English for English, so "4 Mar 2025" and not "Mar 4, 2025".
 *
 * Money and other decimals arrive from the API as strings ("1234.50"). They are never turned
 * into a float for display: where the engine formats numeric strings exactly (Intl.NumberFormat
 * v3) the string is passed as is; elsewhere the integer part is formatted as a BigInt and the
 * fraction digits are copied verbatim into the locale's pattern.
 */

type NumericString = `${number}`;

/** The formatting locale of each UI language; other tags are used as they are. */
const LOCALES: Readonly<Record<string, string>> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

/** The locale `Intl` formats in for a UI language, e.g. `en` → `en-GB`. */
export function localeOf(language: string): string {
  return LOCALES[language] ?? language;
}

interface ParsedDecimal {
  negative: boolean;
  integer: string;
  fraction: string;
  /** The normalised string, e.g. "-1234.50". */
  text: NumericString;
}

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d+))?$/;
/** Intl.NumberFormat accepts at most 20 fraction digits in older engines. */
const MAX_INTL_FRACTION_DIGITS = 20;

function isNumericString(value: string): value is NumericString {
  return DECIMAL_PATTERN.test(value);
}

export function parseDecimal(value: string): ParsedDecimal | null {
  const trimmed = value.trim();
  const match = DECIMAL_PATTERN.exec(trimmed);
  if (!match) return null;
  const negative = match[1] === '-';
  const integer = (match[2] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = match[3] ?? '';
  const text = `${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
  return isNumericString(text) ? { negative, integer, fraction, text } : null;
}

let exactStringSupport: boolean | undefined;

/** Whether this engine formats numeric strings exactly, without a detour through float. */
export function supportsExactDecimalStrings(): boolean {
  if (exactStringSupport === undefined) {
    const probe: NumericString = '0.30000000000000000001';
    try {
      exactStringSupport =
        new Intl.NumberFormat('en', { maximumFractionDigits: 20, useGrouping: false }).format(
          probe,
        ) === probe;
    } catch {
      exactStringSupport = false;
    }
  }
  return exactStringSupport;
}

interface DecimalFormatOptions {
  /** Force the BigInt-based path; for tests. */
  forceFallback?: boolean;
}

function formatDecimalFallback(
  decimal: ParsedDecimal,
  locale: string,
  options: Intl.NumberFormatOptions,
  fractionDigits: string,
): string {
  const hasFraction = fractionDigits.length > 0;
  const pattern = new Intl.NumberFormat(locale, {
    ...options,
    minimumFractionDigits: hasFraction ? 1 : 0,
    maximumFractionDigits: hasFraction ? 1 : 0,
  }).formatToParts(decimal.negative ? -1.5 : 1.5);
  const integerText = new Intl.NumberFormat(locale, {
    useGrouping: options.useGrouping ?? true,
    maximumFractionDigits: 0,
  })
    .formatToParts(BigInt(decimal.integer))
    .filter((part) => part.type === 'integer' || part.type === 'group')
    .map((part) => part.value)
    .join('');

  let out = '';
  let integerWritten = false;
  for (const part of pattern) {
    if (part.type === 'integer' || part.type === 'group') {
      if (!integerWritten) out += integerText;
      integerWritten = true;
    } else if (part.type === 'fraction') {
      out += fractionDigits;
    } else {
      out += part.value;
    }
  }
  return out;
}

/**
 * Formats a decimal string exactly, showing at least `minFractionDigits` and never dropping
 * digits that the value has.
 */
function formatDecimalString(
  decimal: ParsedDecimal,
  locale: string,
  options: Intl.NumberFormatOptions,
  minFractionDigits: number,
  { forceFallback = false }: DecimalFormatOptions,
): string {
  const digits = Math.max(minFractionDigits, decimal.fraction.length);
  if (!forceFallback && digits <= MAX_INTL_FRACTION_DIGITS && supportsExactDecimalStrings()) {
    return new Intl.NumberFormat(locale, {
      ...options,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(decimal.text);
  }
  return formatDecimalFallback(decimal, locale, options, decimal.fraction.padEnd(digits, '0'));
}

/** The number of minor-unit digits of an ISO 4217 currency (EUR 2, HUF 2, ISK 0, …). */
export function currencyFractionDigits(currency: string, language = 'en'): number {
  return (
    new Intl.NumberFormat(localeOf(language), { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/**
 * Formats an amount given as a decimal string in an ISO 4217 currency, e.g.
 * `formatMoney("1234.50", "EUR", "de")` → "1.234,50 €". A string that is not a plain decimal
 * is shown as is, next to the currency code, rather than guessed at.
 */
export function formatMoney(
  amount: string,
  currency: string,
  language: string,
  options: DecimalFormatOptions = {},
): string {
  const locale = localeOf(language);
  const decimal = parseDecimal(amount);
  if (!decimal) return `${amount} ${currency}`;
  return formatDecimalString(
    decimal,
    locale,
    { style: 'currency', currency },
    currencyFractionDigits(currency, locale),
    options,
  );
}

/** Formats a number, a bigint or a decimal string (exactly) with the locale's separators. */
export function formatNumber(
  value: number | bigint | string,
  language: string,
  options: DecimalFormatOptions = {},
): string {
  const locale = localeOf(language);
  if (typeof value !== 'string') return new Intl.NumberFormat(locale).format(value);
  const decimal = parseDecimal(value);
  if (!decimal) return value;
  return formatDecimalString(decimal, locale, {}, 0, options);
}

interface DateFormatOptions {
  /** IANA time zone; defaults to the browser's. */
  timeZone?: string;
}

function toDate(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A calendar date, e.g. "4 Mar 2025" (en), "04.03.2025" (de), "4 mars 2025" (fr). For days
 * stored as instants at midnight UTC (a programme's window), pass `timeZone: 'UTC'`.
 */
export function formatDate(value: string | Date, language: string, { timeZone }: DateFormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone }).format(date);
}

/**
 * An instant: its date, time of day and the time zone it is shown in, e.g.
 * "4 Mar 2025, 11:15 CET" (en), "04.03.2025, 11:15 MEZ" (de), "4 mars 2025, 11:15 UTC+1" (fr).
 */
export function formatDateTime(value: string | Date, language: string, { timeZone }: DateFormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  const numeric = language === 'de';
  return new Intl.DateTimeFormat(localeOf(language), {
    year: 'numeric',
    month: numeric ? '2-digit' : 'short',
    day: numeric ? '2-digit' : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(date);
}

/** A month of a year, e.g. "Mar 2025" (months are UTC months). */
export function formatMonth(value: string | Date, language: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(localeOf(language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A day and month, e.g. "4 Mar" (en), "04.03." (de); for the axis of a chart of days. */
export function formatDayMonth(value: string | Date, language: string, { timeZone }: DateFormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  const numeric = language === 'de';
  return new Intl.DateTimeFormat(localeOf(language), {
    day: numeric ? '2-digit' : 'numeric',
    month: numeric ? '2-digit' : 'short',
    timeZone,
  }).format(date);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long until an instant, or since it, in the largest unit that fits: "in 45 minutes",
 * "in 5 hours", "in 12 days", "in 3 months", "2 days ago" (`Intl.RelativeTimeFormat`).
 */
export function formatRemaining(value: string | Date, now: Date, language: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  const diff = date.getTime() - now.getTime();
  const size = Math.abs(diff);
  const rtf = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' });
  if (size < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (size < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  if (size < 60 * DAY) return rtf.format(Math.round(diff / DAY), 'day');
  if (size < 365 * DAY) return rtf.format(Math.round(diff / (30.4375 * DAY)), 'month');
  return rtf.format(Math.round(diff / (365.25 * DAY)), 'year');
}

/**
 * A deadline: the instant with its time zone, then the time left, e.g.
 * "31 Dec 2026, 23:59 CET (in 3 months)".
 */
export function formatDeadline(
  value: string | Date,
  now: Date,
  language: string,
  options: DateFormatOptions = {},
): string {
  if (!toDate(value)) return String(value);
  return `${formatDateTime(value, language, options)} (${formatRemaining(value, now, language)})`;
}

/** A list in the language's words: "A, B and C" (en), "A, B und C" (de), "A, B et C" (fr). */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' }).format(items);
}
