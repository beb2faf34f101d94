import { describe, expect, it } from 'vitest';
import { refusalOf } from './outcome';

const gql = (...extensions: Record<string, unknown>[]) => ({ graphQLErrors: extensions.map((e) => ({ extensions: e })) });

describe('a refused catalogue change', () => {
  it('puts a VALIDATION error on the field it names, with its full path', () => {
    expect(refusalOf(gql({ code: 'VALIDATION', field: 'input.links[2].url' }))).toEqual({
      kind: 'fields',
      problems: { 'links[2].url': 'server' },
    });
  });

  it('reloads on an invalid state transition', () => {
    expect(refusalOf(gql({ code: 'INVALID_STATE_TRANSITION' }))).toEqual({ kind: 'state' });
  });

  it('passes any other code on', () => {
    expect(refusalOf(gql({ code: 'FORBIDDEN' }))).toEqual({ kind: 'error', error: { kind: 'FORBIDDEN' } });
  });
});
