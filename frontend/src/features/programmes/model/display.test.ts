import { describe, expect, it } from 'vitest';
import { formatPercentNumber, pickText, trimDecimalZeros } from './display';

describe('programme display helpers', () => {
  it('trims fraction zeros without touching other digits', () => {
    expect(trimDecimalZeros('50.00')).toBe('50');
    expect(trimDecimalZeros('12.50')).toBe('12.5');
    expect(trimDecimalZeros('100')).toBe('100');
    expect(trimDecimalZeros('0.05')).toBe('0.05');
    expect(formatPercentNumber('12.50', 'de')).toBe('12,5');
  });

  it('picks the text in the language, else English, else the first', () => {
    const texts = [
      { language: 'fr', text: 'Bonjour' },
      { language: 'en', text: 'Hello' },
    ];
    expect(pickText(texts, 'fr')).toBe('Bonjour');
    expect(pickText(texts, 'de')).toBe('Hello');
    expect(pickText([{ language: 'it', text: 'Ciao' }], 'de')).toBe('Ciao');
    expect(pickText([], 'de')).toBeUndefined();
  });
});
