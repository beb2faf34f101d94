import { describe, expect, it } from 'vitest';
import { filterInput, filtersFromSearch, hasFilters, NO_FILTERS, searchForFilters } from './filters';

describe('the inbox filters in the address', () => {
  it('reads severities, member state and product from the query string', () => {
    const filters = filtersFromSearch(new URLSearchParams('severity=CRITICAL&severity=low&state=de&product=%20ExampleVPN%20'));
    expect(filters).toEqual({ severities: ['LOW', 'CRITICAL'], memberState: 'DE', product: 'ExampleVPN' });
  });

  it('drops unknown severities and malformed member states instead of sending them', () => {
    const filters = filtersFromSearch(new URLSearchParams('severity=URGENT&severity=HIGH&state=Germany'));
    expect(filters).toEqual({ severities: ['HIGH'], memberState: null, product: '' });
  });

  it('writes the filters back so that reading them again gives the same filters', () => {
    const filters = { severities: ['CRITICAL', 'HIGH'] as const, memberState: 'FR', product: 'PACS' };
    const search = searchForFilters({ ...filters, severities: [...filters.severities] });
    expect(search.toString()).toBe('severity=HIGH&severity=CRITICAL&state=FR&product=PACS');
    expect(filtersFromSearch(search)).toEqual({ severities: ['HIGH', 'CRITICAL'], memberState: 'FR', product: 'PACS' });
  });

  it('keeps parameters it does not own and removes those it clears', () => {
    const search = searchForFilters(NO_FILTERS, new URLSearchParams('severity=LOW&state=DE&product=x&page=2'));
    expect(search.toString()).toBe('page=2');
  });

  it('sends no filter when nothing narrows the list, and only what is set otherwise', () => {
    expect(filterInput(NO_FILTERS)).toBeUndefined();
    expect(hasFilters({ ...NO_FILTERS, product: '   ' })).toBe(false);
    expect(filterInput({ severities: [], memberState: 'DE', product: '' })).toEqual({ severities: [], memberState: 'DE' });
    expect(filterInput({ severities: ['LOW'], memberState: null, product: ' vpn ' })).toEqual({ severities: ['LOW'], product: 'vpn' });
  });
});
