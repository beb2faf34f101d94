import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FIELDS,
  AGENCY_FIELDS,
  EMPTY_ACCOUNT,
  ORGANISATION_KIND_OF_ROLE,
  serverFieldErrors,
  toCreateAgencyInput,
  toCreateUserInput,
  validateAccount,
  validateAgency,
} from './forms';

const officer = {
  email: ' officer.at@agency.example ',
  displayName: ' Anna Officer ',
  role: 'AGENCY_OFFICER' as const,
  organisationId: 'org-1',
  password: 'Long-enough-pass',
};

describe('new accounts', () => {
  it('asks for every field, an email address, a long password and an organisation where the role has one', () => {
    expect(validateAccount(EMPTY_ACCOUNT)).toEqual({
      email: 'required',
      displayName: 'required',
      role: 'required',
      password: 'required',
    });
    expect(validateAccount({ ...officer, email: 'no-at.example', organisationId: '', password: 'short' })).toEqual({
      email: 'email',
      organisationId: 'required',
      password: 'passwordLength',
    });
    expect(validateAccount({ ...officer, role: 'ENISA_STAFF', organisationId: '' })).toEqual({});
    expect(validateAccount(officer)).toEqual({});
  });

  it('maps each role to its kind of organisation', () => {
    expect(ORGANISATION_KIND_OF_ROLE.AGENCY_OFFICER).toBe('AGENCY');
    expect(ORGANISATION_KIND_OF_ROLE.PROVIDER_USER).toBe('HEALTHCARE_PROVIDER');
    expect(ORGANISATION_KIND_OF_ROLE.SERVICE_PROVIDER).toBe('SERVICE_PROVIDER');
    expect(ORGANISATION_KIND_OF_ROLE.PLATFORM_ADMIN).toBeNull();
  });

  it('builds createUser\'s input, with an organisation only for roles that have one', () => {
    expect(toCreateUserInput(officer)).toEqual({
      email: 'officer.at@agency.example',
      displayName: 'Anna Officer',
      role: 'AGENCY_OFFICER',
      organisationId: 'org-1',
      password: 'Long-enough-pass',
    });
    expect(toCreateUserInput({ ...officer, role: 'ENISA_STAFF' })).not.toHaveProperty('organisationId');
    expect(toCreateUserInput(EMPTY_ACCOUNT)).toBeNull();
  });
});

describe('new agencies', () => {
  it('checks the name, the member state and an optional registration number', () => {
    expect(validateAgency({ name: '', memberState: '', registrationId: '' })).toEqual({ name: 'required', memberState: 'required' });
    expect(validateAgency({ name: 'X', memberState: 'AT', registrationId: 'a#b' })).toEqual({
      name: 'length',
      registrationId: 'registrationId',
    });
    expect(validateAgency({ name: 'Bundesagentur', memberState: 'AT', registrationId: 'FN 12345/a' })).toEqual({});
  });

  it('builds createOrganisation\'s input for an agency', () => {
    expect(toCreateAgencyInput({ name: ' Agentur ', memberState: 'AT', registrationId: '' })).toEqual({
      kind: 'AGENCY',
      name: 'Agentur',
      memberState: 'AT',
    });
    expect(toCreateAgencyInput({ name: 'Agentur', memberState: 'AT', registrationId: ' FN-1 ' }).registrationId).toBe('FN-1');
  });
});

describe('server errors → fields', () => {
  it('puts VALIDATION next to the named field and CONFLICT on the unique one', () => {
    expect(
      serverFieldErrors(
        [{ kind: 'VALIDATION', field: 'organisationId' }, { kind: 'VALIDATION', field: 'elsewhere' }, { kind: 'VALIDATION' }],
        ACCOUNT_FIELDS,
        'email',
      ),
    ).toEqual({ organisationId: 'server' });
    expect(serverFieldErrors([{ kind: 'CONFLICT' }], ACCOUNT_FIELDS, 'email')).toEqual({ email: 'taken' });
    expect(serverFieldErrors([{ kind: 'CONFLICT' }], AGENCY_FIELDS, 'registrationId')).toEqual({ registrationId: 'taken' });
    expect(serverFieldErrors([{ kind: 'INTERNAL' }], AGENCY_FIELDS, 'registrationId')).toEqual({});
  });
});
