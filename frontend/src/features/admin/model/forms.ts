/**
 * The admin's forms as pure data: new accounts and new agencies, their client-side checks
 * (the server repeats them) and their GraphQL inputs, and where a server error lands.
 */
import type { CreateOrganisationInput, CreateUserInput, OrganisationKind, Role } from '@/gql/graphql';
import type { AppError } from '@/lib/errors';

/** Which organisation each role belongs to (the server's rule): none for EU-wide roles. */
export const ORGANISATION_KIND_OF_ROLE: Readonly<Record<Role, OrganisationKind | null>> = {
  PLATFORM_ADMIN: null,
  ENISA_STAFF: null,
  AGENCY_OFFICER: 'AGENCY',
  PROVIDER_USER: 'HEALTHCARE_PROVIDER',
  SERVICE_PROVIDER: 'SERVICE_PROVIDER',
  AUTHORITY_OFFICER: 'AUTHORITY',
};

export const ACCOUNT_ROLES: readonly Role[] = [
  'AGENCY_OFFICER',
  'PROVIDER_USER',
  'SERVICE_PROVIDER',
  'ENISA_STAFF',
  'PLATFORM_ADMIN',
];

export function isAccountRole(value: string): value is Role {
  return (ACCOUNT_ROLES as readonly string[]).includes(value);
}

export type AccountField = 'email' | 'displayName' | 'role' | 'organisationId' | 'password';
export const ACCOUNT_FIELDS: readonly AccountField[] = ['email', 'displayName', 'role', 'organisationId', 'password'];

export interface AccountValues {
  email: string;
  displayName: string;
  role: Role | '';
  organisationId: string;
  password: string;
}

export type FormProblem = 'required' | 'email' | 'passwordLength' | 'length' | 'registrationId' | 'server' | 'taken';
export type FormErrors<F extends string> = Partial<Record<F, FormProblem>>;

export const EMPTY_ACCOUNT: AccountValues = {
  email: '',
  displayName: '',
  role: '',
  organisationId: '',
  password: '',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+(?:\.[^\s@.]+)*$/;

export function validateAccount(values: AccountValues): FormErrors<AccountField> {
  const errors: FormErrors<AccountField> = {};
  const email = values.email.trim();
  if (!email) errors.email = 'required';
  else if (!EMAIL.test(email) || email.length > 254) errors.email = 'email';
  const name = values.displayName.trim();
  if (!name) errors.displayName = 'required';
  else if ([...name].length > 120) errors.displayName = 'length';
  if (!values.role) errors.role = 'required';
  else if (ORGANISATION_KIND_OF_ROLE[values.role] && !values.organisationId) errors.organisationId = 'required';
  const length = [...values.password].length;
  if (length === 0) errors.password = 'required';
  else if (length < 12 || length > 256) errors.password = 'passwordLength';
  return errors;
}

/** The input for `createUser`; an organisation only for the roles that have one. */
export function toCreateUserInput(values: AccountValues): CreateUserInput | null {
  if (!values.role) return null;
  const input: CreateUserInput = {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    role: values.role,
    password: values.password,
  };
  if (ORGANISATION_KIND_OF_ROLE[values.role] && values.organisationId) input.organisationId = values.organisationId;
  return input;
}

export type AgencyField = 'name' | 'memberState' | 'registrationId';
export const AGENCY_FIELDS: readonly AgencyField[] = ['name', 'memberState', 'registrationId'];

export interface AgencyValues {
  name: string;
  memberState: string;
  registrationId: string;
}

export const EMPTY_AGENCY: AgencyValues = { name: '', memberState: '', registrationId: '' };

const REGISTRATION_ID = /^[\p{L}\p{N} ./-]{2,64}$/u;

export function validateAgency(values: AgencyValues): FormErrors<AgencyField> {
  const errors: FormErrors<AgencyField> = {};
  const name = [...values.name.trim()].length;
  if (name === 0) errors.name = 'required';
  else if (name < 2 || name > 200) errors.name = 'length';
  if (!values.memberState) errors.memberState = 'required';
  const id = values.registrationId.trim();
  if (id && !REGISTRATION_ID.test(id)) errors.registrationId = 'registrationId';
  return errors;
}

/** The input for `createOrganisation`: a national agency of a member state. */
export function toCreateAgencyInput(values: AgencyValues): CreateOrganisationInput {
  const input: CreateOrganisationInput = {
    kind: 'AGENCY',
    name: values.name.trim(),
    memberState: values.memberState,
  };
  const id = values.registrationId.trim();
  if (id) input.registrationId = id;
  return input;
}

/**
 * The fields a server answer names: `VALIDATION` next to its field, `CONFLICT` on the field
 * that must be unique (an account's email, an organisation's registration number).
 */
export function serverFieldErrors<F extends string>(
  errors: readonly AppError[],
  fields: readonly F[],
  uniqueField: F,
): FormErrors<F> {
  const out: FormErrors<F> = {};
  for (const error of errors) {
    if (error.kind === 'CONFLICT') out[uniqueField] ??= 'taken';
    if (error.kind !== 'VALIDATION' || !error.field) continue;
    const field = fields.find((f) => f === error.field);
    if (field) out[field] ??= 'server';
  }
  return out;
}
