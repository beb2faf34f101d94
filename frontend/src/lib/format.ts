/**
 * Locale-aware formatting of numbers, money and dates with the built-in `Intl` API.
 *
 * Money and other decimals arrive from the API as strings ("1234.50"). They are never turned
 * into a float for display: where the engine formats numeric strings exactly (Intl.NumberFormat
 * v3) the string is passed as is; elsewhere the integer part is formatted as a BigInt and the
 * fraction digits are copied verbatim into the locale's pattern.
 */

type NumericString = `${number}`;

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
export function currencyFractionDigits(currency: string, locale = 'en'): number {
  return (
    new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions()
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
  locale: string,
  options: DecimalFormatOptions = {},
): string {
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
  locale: string,
  options: DecimalFormatOptions = {},
): string {
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

/** A calendar date, e.g. "28 Nov 2025" (en), "28.11.2025" (de), "28 nov. 2025" (fr). */
export function formatDate(
  value: string | Date,
  locale: string,
  { timeZone }: DateFormatOptions = {},
): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
}

/** A date with the time of day. */
export function formatDateTime(
  value: string | Date,
  locale: string,
  { timeZone }: DateFormatOptions = {},
): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    date,
  );
}
