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
