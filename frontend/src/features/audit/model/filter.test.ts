import { describe, expect, it } from 'vitest';
import { apiFilter, filterFromParams, paramsFromFilter } from './filter';

describe('the audit trail filter', () => {
  it('round-trips through the address', () => {
    const filter = { outcome: 'DENIED' as const, action: 'application.approve' };
    expect(filterFromParams(paramsFromFilter(filter))).toEqual(filter);
  });

  it('drops values the API would never match', () => {
    const params = new URLSearchParams('outcome=MAYBE&action=DROP TABLE');
    expect(filterFromParams(params)).toEqual({ outcome: '', action: '' });
  });

  it('sends only what is set', () => {
    expect(apiFilter({ outcome: '', action: '' })).toBeNull();
    expect(apiFilter({ outcome: 'SUCCESS', action: '' })).toEqual({ outcome: 'SUCCESS' });
  });
});
