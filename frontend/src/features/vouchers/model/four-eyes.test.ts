import { describe, expect, it } from 'vitest';
import { fourEyesApplies, fourEyesStage } from './four-eyes';

describe('fourEyesApplies', () => {
  it('needs no second officer without a rule or with NONE', () => {
    expect(fourEyesApplies(null, '9999.00')).toBe(false);
    expect(fourEyesApplies({ mode: 'NONE', threshold: null }, '9999.00')).toBe(false);
  });

  it('needs a second officer for every amount with ALL', () => {
    expect(fourEyesApplies({ mode: 'ALL', threshold: null }, '0.01')).toBe(true);
  });

  it('needs a second officer at or above the threshold, not below it', () => {
    const rule = { mode: 'AT_OR_ABOVE' as const, threshold: '5000.00' };
    expect(fourEyesApplies(rule, '4999.99')).toBe(false);
    expect(fourEyesApplies(rule, '5000')).toBe(true);
    expect(fourEyesApplies(rule, '5000.01')).toBe(true);
  });

  it('needs none with AT_OR_ABOVE but no threshold', () => {
    expect(fourEyesApplies({ mode: 'AT_OR_ABOVE', threshold: null }, '5000.00')).toBe(false);
  });
});

describe('fourEyesStage', () => {
  const rule = { mode: 'AT_OR_ABOVE' as const, threshold: '5000.00' };
  const none = { recommendedById: null, recommendedByYou: false };

  it('asks for a recommendation when the rule applies and nobody recommended', () => {
    expect(fourEyesStage(rule, '6000.00', none)).toBe('recommend');
  });

  it('lets one officer decide alone below the threshold', () => {
    expect(fourEyesStage(rule, '100.00', none)).toBe('alone');
  });

  it('tells the recommender to wait, whatever the amount', () => {
    expect(fourEyesStage(rule, '100.00', { recommendedById: 'u1', recommendedByYou: true })).toBe('recommendedByYou');
  });

  it('lets another officer approve what was recommended', () => {
    expect(fourEyesStage(rule, '6000.00', { recommendedById: 'u1', recommendedByYou: false })).toBe('recommendedByOther');
  });
});
