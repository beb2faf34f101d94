/**
 * Validation and comparison of decimal strings (money, percentages) without floats: values
 * are compared as scaled BigInts, so "0.1" + nothing is ever rounded.
 */

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

export type DecimalProblem = 'required' | 'format' | 'decimals' | 'notPositive' | 'tooLarge';

/** Trims, drops a leading "+" and turns a single decimal comma into a point. */
export function normaliseDecimalInput(raw: string): string {
  const trimmed = raw.trim().replace(/^\+/, '');
  return /^\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
}

export function isPlainDecimal(value: string): boolean {
  return PLAIN_DECIMAL.test(value);
}

export function decimalPlaces(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

function scaled(value: string, places: number): bigint {
  const [integer = '0', fraction = ''] = value.split('.');
  return BigInt(integer + fraction.padEnd(places, '0'));
}

/** -1, 0 or 1 for two plain decimal strings (non-negative). */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const places = Math.max(decimalPlaces(a), decimalPlaces(b));
  const x = scaled(a, places);
  const y = scaled(b, places);
  return x < y ? -1 : x > y ? 1 : 0;
}

interface DecimalRule {
  /** Most fraction digits allowed (the currency's minor digits, or 2 for percentages). */
  maxDecimals: number;
  /** Inclusive upper bound, as a decimal string. */
  max?: string;
  /** Exclusive upper bound. */
  below?: string;
}

/** Checks a required, strictly positive decimal; returns the problem or null. */
export function checkPositiveDecimal(raw: string, rule: DecimalRule): DecimalProblem | null {
  const value = normaliseDecimalInput(raw);
  if (value === '') return 'required';
  if (!isPlainDecimal(value)) return 'format';
  if (decimalPlaces(value) > rule.maxDecimals) return 'decimals';
  if (compareDecimals(value, '0') <= 0) return 'notPositive';
  if (rule.max !== undefined && compareDecimals(value, rule.max) > 0) return 'tooLarge';
  if (rule.below !== undefined && compareDecimals(value, rule.below) >= 0) return 'tooLarge';
  return null;
}

function unscaled(value: bigint, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, '0');
  const integer = digits.slice(0, digits.length - places);
  const fraction = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
  return `${negative ? '-' : ''}${integer}${fraction}`;
}

/**
 * `first − second − …`, exactly, for plain decimal strings; the result keeps the most fraction
 * digits of any term ("18000.00" − "5000.00" → "13000.00").
 */
export function subtractDecimals(first: string, ...rest: string[]): string {
  const places = Math.max(...[first, ...rest].map(decimalPlaces));
  const total = rest.reduce((sum, value) => sum - scaled(value, places), scaled(first, places));
  return unscaled(total, places);
}

/** The exact sum of plain decimal strings ("0" for none). */
export function sumDecimals(values: readonly string[]): string {
  if (values.length === 0) return '0';
  const places = Math.max(...values.map(decimalPlaces));
  return unscaled(
    values.reduce((sum, value) => sum + scaled(value, places), 0n),
    places,
  );
}

/**
 * `percent` % of `amount`, rounded down to `places` fraction digits, exactly: the server's rule
 * for the pre-financing paid on approval (`domain::voucher::prefinancing`).
 * "18000.00" at "20" % → "3600.00"; "0.05" at "50" % with 2 places → "0.02".
 */
export function percentOfDecimal(amount: string, percent: string, places: number): string {
  const amountPlaces = decimalPlaces(amount);
  const percentPlaces = decimalPlaces(percent);
  const numerator = scaled(amount, amountPlaces) * scaled(percent, percentPlaces) * 10n ** BigInt(places);
  const denominator = 100n * 10n ** BigInt(percentPlaces + amountPlaces);
  // BigInt division truncates toward zero: floor for the non-negative amounts it is used for.
  return unscaled(numerator / denominator, places);
}
