import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  errorMessage,
  fieldErrorMessage,
  fieldErrors,
  fieldName,
  hasErrorKind,
  mapError,
  mapErrors,
} from './errors';
import { de } from './i18n/locales/de';
import { en } from './i18n/locales/en';

function gqlError(extensions: Record<string, unknown>, message = 'server text, never shown') {
  return new CombinedError({
    graphQLErrors: [new GraphQLError(message, { extensions })],
  });
}

async function translator(lng: 'en' | 'de'): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: { en: { translation: en }, de: { translation: de } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('mapError', () => {
  it.each(ERROR_CODES)('maps extensions.code %s to its kind', (code) => {
    expect(mapError(gqlError({ code })).kind).toBe(code);
  });

  it('maps an unknown code to UNKNOWN', () => {
    expect(mapError(gqlError({ code: 'TEAPOT' })).kind).toBe('UNKNOWN');
    expect(mapError(gqlError({})).kind).toBe('UNKNOWN');
  });

  it('ignores the message text', () => {
    expect(mapError(gqlError({ code: 'FORBIDDEN' }, 'Unauthenticated: conflict')).kind).toBe(
      'FORBIDDEN',
    );
  });

  it('extracts the last path segment of a VALIDATION field', () => {
    expect(mapError(gqlError({ code: 'VALIDATION', field: 'input.registrationId' }))).toEqual({
      kind: 'VALIDATION',
      field: 'registrationId',
    });
    expect(mapError(gqlError({ code: 'VALIDATION', field: 'contactEmail' })).field).toBe(
      'contactEmail',
    );
  });

  it('keeps the correlation id of INTERNAL errors', () => {
    expect(mapError(gqlError({ code: 'INTERNAL', correlationId: 'c0ffee' }))).toEqual({
      kind: 'INTERNAL',
      correlationId: 'c0ffee',
    });
  });

  it('maps a network failure to NETWORK', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(mapError(error)).toEqual({ kind: 'NETWORK' });
  });

  it('maps bare HTTP statuses', () => {
    const withStatus = (status: number) =>
      new CombinedError({ networkError: new Error(String(status)), response: { status } });
    expect(mapError(withStatus(401)).kind).toBe('UNAUTHENTICATED');
    expect(mapError(withStatus(403)).kind).toBe('FORBIDDEN');
    expect(mapError(withStatus(429)).kind).toBe('RATE_LIMITED');
    expect(mapError(withStatus(502)).kind).toBe('INTERNAL');
  });
});

describe('mapErrors and fieldErrors', () => {
  const error = new CombinedError({
    graphQLErrors: [
      new GraphQLError('a', { extensions: { code: 'VALIDATION', field: 'input.name' } }),
      new GraphQLError('b', { extensions: { code: 'VALIDATION', field: 'input.contactEmail' } }),
      new GraphQLError('c', { extensions: { code: 'VALIDATION', field: 'input.name' } }),
      new GraphQLError('d', { extensions: { code: 'CONFLICT' } }),
    ],
  });

  it('keeps every error in order', () => {
    expect(mapErrors(error).map((e) => e.kind)).toEqual([
      'VALIDATION',
      'VALIDATION',
      'VALIDATION',
      'CONFLICT',
    ]);
    expect(hasErrorKind(error, 'CONFLICT')).toBe(true);
    expect(hasErrorKind(error, 'FORBIDDEN')).toBe(false);
  });

  it('indexes field errors by field, first one wins', () => {
    const byField = fieldErrors(mapErrors(error));
    expect(Object.keys(byField).sort()).toEqual(['contactEmail', 'name']);
  });
});

describe('fieldName', () => {
  it.each([
    ['registrationId', 'registrationId'],
    ['input.registrationId', 'registrationId'],
    ['input.items[2].name', 'name'],
    ['input.items[3]', 'items'],
    [['input', 'contactEmail'], 'contactEmail'],
    [['input', 'items', 0], 'items'],
  ])('%j → %s', (raw, expected) => {
    expect(fieldName(raw)).toBe(expected);
  });

  it.each([undefined, null, 42, '', []])('%j → undefined', (raw) => {
    expect(fieldName(raw)).toBeUndefined();
  });
});

describe('errorMessage', () => {
  it('translates each kind', async () => {
    const t = await translator('de');
    expect(errorMessage(t, { kind: 'RATE_LIMITED' })).toBe(de.errors.RATE_LIMITED);
    expect(errorMessage(t, { kind: 'NETWORK' })).toBe(de.errors.NETWORK);
  });

  it('adds the correlation id to INTERNAL', async () => {
    const t = await translator('en');
    expect(errorMessage(t, { kind: 'INTERNAL', correlationId: 'abc-123' })).toBe(
      `${en.errors.INTERNAL} Reference: abc-123`,
    );
  });

  it('gives field-level messages', async () => {
    const t = await translator('en');
    expect(fieldErrorMessage(t, { kind: 'VALIDATION', field: 'name' })).toBe(
      en.errors.fieldInvalid,
    );
    expect(fieldErrorMessage(t, { kind: 'CONFLICT', field: 'registrationId' })).toBe(
      en.errors.fieldTaken,
    );
  });
});

describe('fieldPath', () => {
  it('keeps the whole path without the input prefix', async () => {
    const { fieldPath } = await import('./errors');
    expect(fieldPath('input.names[0].text')).toBe('names[0].text');
    expect(fieldPath('minVoucher')).toBe('minVoucher');
    expect(fieldPath(['input', 'descriptions', 1, 'text'])).toBe('descriptions[1].text');
    expect(fieldPath(undefined)).toBeUndefined();
    expect(fieldPath('')).toBeUndefined();
  });
});
