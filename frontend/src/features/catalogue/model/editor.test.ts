import { describe, expect, it } from 'vitest';
import { checkEditor, emptyEditor, inputOf } from './editor';

describe('the item editor', () => {
  it('names every problem with the server’s field', () => {
    const state = {
      ...emptyEditor('PLAYBOOK'),
      title: 'Two\nlines',
      links: [{ label: 'Run', url: 'javascript:alert(1)' }],
    };
    expect(checkEditor('PLAYBOOK', state)).toEqual({
      title: 'oneLine',
      summary: 'required',
      priorities: 'choose',
      'links[0].url': 'unsafeLink',
      'steps[0].title': 'required',
      'steps[0].instructions': 'required',
    });
  });

  it('refuses a body over 200 KB counted in UTF-8 bytes', () => {
    const state = { ...emptyEditor('GUIDELINE'), title: 'T', summary: 'S', priorities: ['PREVENTION' as const] };
    expect(checkEditor('GUIDELINE', { ...state, body: 'é'.repeat(102_400) })).toEqual({});
    expect(checkEditor('GUIDELINE', { ...state, body: 'é'.repeat(102_401) })).toEqual({ body: 'tooLong' });
  });

  it('sends a service offering with codes normalised and a decimal point', () => {
    const state = {
      ...emptyEditor('SERVICE'),
      title: ' Pen tests ',
      summary: 'S',
      priorities: ['PREVENTION' as const],
      categories: ['PENETRATION_TESTING' as const],
      memberStates: 'de, fr at',
      serviceLanguages: 'DE,EN',
      price: '12000,50',
      currency: 'eur',
    };
    expect(checkEditor('SERVICE', state)).toEqual({});
    const input = inputOf('SERVICE', state);
    expect(input.title).toBe('Pen tests');
    expect(input.service).toEqual({
      categories: ['PENETRATION_TESTING'],
      memberStates: ['DE', 'FR', 'AT'],
      languages: ['de', 'en'],
      indicativePrice: '12000.50',
      currency: 'EUR',
    });
    expect(input.steps).toBeUndefined();
  });
});
