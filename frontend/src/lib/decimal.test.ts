import { describe, expect, it } from 'vitest';
import {
  checkPositiveDecimal,
  compareDecimals,
  decimalPlaces,
  subtractDecimals,
  sumDecimals,
  normaliseDecimalInput,
  percentOfDecimal,
} from './decimal';

describe('decimal strings', () => {
  it('normalises input without changing digits', () => {
    expect(normaliseDecimalInput(' 1234.50 ')).toBe('1234.50');
    expect(normaliseDecimalInput('+7')).toBe('7');
    expect(normaliseDecimalInput('12,5')).toBe('12.5');
    expect(normaliseDecimalInput('1,234.5')).toBe('1,234.5');
  });

  it('counts decimals and compares exactly', () => {
    expect(decimalPlaces('10')).toBe(0);
    expect(decimalPlaces('10.250')).toBe(3);
    expect(compareDecimals('0.1', '0.10')).toBe(0);
    expect(compareDecimals('12345678901234567.89', '12345678901234567.88')).toBe(1);
    expect(compareDecimals('99.99', '100')).toBe(-1);
  });

  it('checks positive amounts against the currency decimals and bounds', () => {
    const eur = { maxDecimals: 2 };
    expect(checkPositiveDecimal('', eur)).toBe('required');
    expect(checkPositiveDecimal('abc', eur)).toBe('format');
    expect(checkPositiveDecimal('-5', eur)).toBe('format');
    expect(checkPositiveDecimal('1e3', eur)).toBe('format');
    expect(checkPositiveDecimal('1.005', eur)).toBe('decimals');
    expect(checkPositiveDecimal('0.00', eur)).toBe('notPositive');
    expect(checkPositiveDecimal('250000.00', eur)).toBeNull();
    expect(checkPositiveDecimal('10', { maxDecimals: 0 })).toBeNull();
    expect(checkPositiveDecimal('10.5', { maxDecimals: 0 })).toBe('decimals');
  });

  it('checks percentages', () => {
    expect(checkPositiveDecimal('100', { maxDecimals: 2, max: '100' })).toBeNull();
    expect(checkPositiveDecimal('100.01', { maxDecimals: 2, max: '100' })).toBe('tooLarge');
    expect(checkPositiveDecimal('100', { maxDecimals: 2, below: '100' })).toBe('tooLarge');
    expect(checkPositiveDecimal('99.99', { maxDecimals: 2, below: '100' })).toBeNull();
  });
});

describe('exact sums and differences of decimal strings', () => {
  it.each([
    [['18000.00', '5000.00'], '13000.00'],
    [['0.30', '0.1', '0.2'], '0.00'],
    [['100', '0.05'], '99.95'],
    [['5000.00', '18000.00'], '-13000.00'],
    [['12345678901234567.89', '0.01'], '12345678901234567.88'],
  ])('%j subtracted left to right is %s', (terms, expected) => {
    const [first = '0', ...rest] = terms;
    expect(subtractDecimals(first, ...rest)).toBe(expected);
  });

  it('adds without a detour through floats', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['9007199254740993.01', '1'])).toBe('9007199254740994.01');
    expect(sumDecimals([])).toBe('0');
  });
});

describe('a percentage of an amount', () => {
  it.each([
    ['18000.00', '20', 2, '3600.00'],
    ['18000', '20', 2, '3600.00'],
    ['0.05', '50', 2, '0.02'],
    ['999.99', '33.3', 2, '332.99'],
    ['1000', '12.5', 0, '125'],
    ['20000.00', '0', 2, '0.00'],
  ] as const)('%s at %s %% with %i places is %s, rounded down', (amount, percent, places, expected) => {
    expect(percentOfDecimal(amount, percent, places)).toBe(expected);
  });
});
