import { describe, expect, it } from 'vitest';
import { filterOf, readSearch, toggleFacet, writeSearch } from './search-state';

describe('the catalogue view in the URL', () => {
  it('round-trips text, facets and the page so a shared link reproduces the view', () => {
    const url = 'q=backups&kind=TOOL&kind=GUIDELINE&priority=DETECTION&language=de&topic=ransomware&audience=HOSPITAL&after=abc';
    const state = readSearch(new URLSearchParams(url));
    expect(state).toEqual({
      text: 'backups',
      kinds: ['TOOL', 'GUIDELINE'],
      priorities: ['DETECTION'],
      languages: ['de'],
      topics: ['ransomware'],
      audience: ['HOSPITAL'],
      after: 'abc',
    });
    expect(readSearch(writeSearch(state))).toEqual({ ...state, kinds: ['GUIDELINE', 'TOOL'] });
  });

  it('drops values the server does not know instead of sending them', () => {
    const state = readSearch(new URLSearchParams('kind=NOPE&priority=x&language=german&topic=A B&audience=SPA'));
    expect(filterOf(state)).toEqual({ kinds: [], priorities: [], languages: [], topics: [], audience: [] });
  });

  it('starts again at the first page when a filter changes', () => {
    const state = readSearch(new URLSearchParams('q=x&after=abc&kind=TOOL'));
    const on = toggleFacet(state, 'priority', 'PREVENTION');
    expect(on.after).toBeNull();
    expect(on.priorities).toEqual(['PREVENTION']);
    expect(toggleFacet(on, 'kind', 'TOOL').kinds).toEqual([]);
  });
});
