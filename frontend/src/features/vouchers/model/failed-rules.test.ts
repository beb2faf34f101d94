import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_RULES, failedRulesOf, toEligibilityRule } from './failed-rules';

function refusal(extensions: Record<string, unknown>) {
  return { graphQLErrors: [{ extensions }] };
}

describe('failed rules of NOT_ELIGIBLE', () => {
  it('reads each rule by its code, in order', () => {
    const rules = failedRulesOf(
      refusal({
        code: 'NOT_ELIGIBLE',
        failedRules: [
          { rule: 'MAXIMUM_AMOUNT', message: 'The programme pays at most 60000.00 EUR per voucher.' },
          { rule: 'SME_CATEGORY', message: 'Your enterprise is not an SME.' },
        ],
      }),
    );
    expect(rules.map((r) => r.rule)).toEqual(['MAXIMUM_AMOUNT', 'SME_CATEGORY']);
    expect(rules[0]?.message).toContain('60000.00');
  });

  it('reads rule codes in the GraphQL enum spelling, and nothing else', () => {
    expect(toEligibilityRule('NIS2_CLASS')).toBe('NIS2_CLASS');
    expect(toEligibilityRule('NIS_2_CLASS')).toBeNull();
    const [rule] = failedRulesOf(refusal({ code: 'NOT_ELIGIBLE', failedRules: [{ rule: 'NIS2_CLASS', message: 'x' }] }));
    expect(rule?.rule).toBe('NIS2_CLASS');
  });

  it('keeps an unknown rule with its code and message, for display only', () => {
    const [rule] = failedRulesOf(refusal({ code: 'NOT_ELIGIBLE', failedRules: [{ rule: 'NEW_RULE', message: 'Something new.' }] }));
    expect(rule).toEqual({ rule: null, code: 'NEW_RULE', message: 'Something new.' });
  });

  it('skips malformed entries and ignores other errors', () => {
    expect(
      failedRulesOf(refusal({ code: 'NOT_ELIGIBLE', failedRules: [null, 'MAXIMUM_AMOUNT', { rule: 3 }, { rule: 'DE_MINIMIS' }] })),
    ).toEqual([{ rule: 'DE_MINIMIS', code: 'DE_MINIMIS', message: '' }]);
    expect(failedRulesOf(refusal({ code: 'NOT_ELIGIBLE' }))).toEqual([]);
    expect(failedRulesOf(refusal({ code: 'VALIDATION', failedRules: [{ rule: 'DE_MINIMIS' }] }))).toEqual([]);
    expect(failedRulesOf({ graphQLErrors: [] })).toEqual([]);
  });

  it('knows all thirteen rules of the schema', () => {
    expect(ELIGIBILITY_RULES).toHaveLength(13);
  });
});
