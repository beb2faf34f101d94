import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, SelectField, TextField } from '@/components/ui';
import type { Role } from '@/gql/graphql';
import { mapErrors, type AppError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { AdminOrganisationsQuery, CreateUserMutation } from '../api/admin';
import {
  ACCOUNT_FIELDS,
  ACCOUNT_ROLES,
  EMPTY_ACCOUNT,
  isAccountRole,
  ORGANISATION_KIND_OF_ROLE,
  serverFieldErrors,
  toCreateUserInput,
  validateAccount,
  type AccountField,
  type AccountValues,
  type FormErrors,
  type FormProblem,
} from '../model/forms';
import { FormErrorSummary } from './form-error-summary';

const fieldId = (field: AccountField) => `account-${field}`;
const ORGANISATION_PAGE = 100;

interface CreateAccountFormProps {
  initialRole?: Role | undefined;
  initialOrganisationId?: string | undefined;
  onCreated: () => void;
}

export function CreateAccountForm({ initialRole, initialOrganisationId, onCreated }: CreateAccountFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [values, setValues] = useState<AccountValues>({
    ...EMPTY_ACCOUNT,
    role: initialRole ?? '',
    organisationId: initialOrganisationId ?? '',
  });
  const [search, setSearch] = useState('');
  const [errors, setErrors] = useState<FormErrors<AccountField>>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching }, createUser] = useMutation(CreateUserMutation);
  const summaryRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);

  const kind = values.role ? ORGANISATION_KIND_OF_ROLE[values.role] : null;
  const [organisations] = useQuery({
    query: AdminOrganisationsQuery,
    variables: { kind: kind ?? 'AGENCY', first: ORGANISATION_PAGE, nameContains: search.trim() || null },
    pause: kind === null,
    requestPolicy: 'cache-and-network',
  });
  const organisationNodes = kind === null ? [] : (organisations.data?.organisations.nodes ?? []);

  const set = (field: AccountField) => (value: string) => {
    setValues((current) => {
      if (field === 'role') {
        const role = isAccountRole(value) ? value : '';
        const sameKind = role && current.role && ORGANISATION_KIND_OF_ROLE[role] === ORGANISATION_KIND_OF_ROLE[current.role];
        return { ...current, role, organisationId: sameKind ? current.organisationId : '' };
      }
      return { ...current, [field]: value };
    });
  };

  const problemText = (problem: FormProblem | undefined, field: AccountField) =>
    problem === undefined ? undefined : problem === 'taken' && field === 'email' ? t('admin.emailTaken') : t(`admin.problems.${problem}`);

  function show(found: FormErrors<AccountField>, error: AppError) {
    setErrors(found);
    setFormError(error);
    requestAnimationFrame(() => {
      const first = ACCOUNT_FIELDS.find((f) => found[f]);
      (first ? document.getElementById(fieldId(first)) : summaryRef.current)?.focus();
    });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const found = validateAccount(values);
    const input = toCreateUserInput(values);
    if (Object.keys(found).length > 0 || !input) {
      show(found, { kind: 'VALIDATION' });
      return;
    }
    const result = await createUser({ input });
    const user = result.data?.createUser;
    if (result.error || !user) {
      const all = result.error ? mapErrors(result.error) : [{ kind: 'UNKNOWN' as const }];
      show(serverFieldErrors(all, ACCOUNT_FIELDS, 'email'), all[0] ?? { kind: 'UNKNOWN' });
      return;
    }
    setErrors({});
    setFormError(null);
    setCreated(user.email);
    setValues({ ...EMPTY_ACCOUNT, role: values.role, organisationId: values.organisationId });
    onCreated();
    requestAnimationFrame(() => successRef.current?.focus());
  }

  const summary = ACCOUNT_FIELDS.filter((f) => errors[f]).map((f) => ({
    id: fieldId(f),
    text: `${t(`admin.${f === 'organisationId' ? 'organisation' : f}`)}: ${problemText(errors[f], f) ?? ''}`,
  }));

  return (
    <section className="panel" aria-labelledby="create-account-title">
      <h2 id="create-account-title">{t('admin.createAccountTitle')}</h2>
      {created ? (
        <Alert tone="success" ref={successRef} testId="account-created">
          <p>{t('admin.accountCreated', { email: created })}</p>
        </Alert>
      ) : null}
      {formError ? (
        <FormErrorSummary
          ref={summaryRef}
          error={formError}
          title={formError.kind === 'CONFLICT' ? t('admin.emailTaken') : undefined}
          items={summary}
          testId="account-error"
        />
      ) : null}
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-busy={fetching || undefined}>
        <TextField
          id={fieldId('email')}
          name="email"
          type="email"
          label={t('admin.email')}
          hint={t('admin.emailHint')}
          value={values.email}
          onChange={set('email')}
          error={problemText(errors.email, 'email')}
          autoComplete="off"
          required
        />
        <TextField
          id={fieldId('displayName')}
          name="displayName"
          label={t('admin.displayName')}
          value={values.displayName}
          onChange={set('displayName')}
          error={problemText(errors.displayName, 'displayName')}
          autoComplete="off"
          maxLength={120}
          required
        />
        <SelectField
          id={fieldId('role')}
          name="role"
          label={t('admin.role')}
          placeholder={t('admin.chooseRole')}
          value={values.role}
          onChange={set('role')}
          options={ACCOUNT_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          error={problemText(errors.role, 'role')}
          required
        />
        {kind !== null ? (
          <fieldset className="fieldset" aria-describedby="account-organisation-hint">
            <legend>{t('admin.organisation')}</legend>
            <p className="field__hint" id="account-organisation-hint">
              {t('admin.organisationHint')}
            </p>
            <TextField
              id="account-organisation-search"
              name="organisationSearch"
              label={t('admin.organisationSearch')}
              value={search}
              onChange={(value) => {
                setSearch(value);
                setValues((current) => ({ ...current, organisationId: '' }));
              }}
              autoComplete="off"
            />
            <SelectField
              id={fieldId('organisationId')}
              name="organisationId"
              label={t('admin.organisation')}
              placeholder={
                organisations.fetching && !organisations.data
                  ? t('admin.organisationsLoading')
                  : organisationNodes.length === 0
                    ? t('admin.noOrganisations')
                    : t('admin.chooseOrganisation')
              }
              value={values.organisationId}
              onChange={set('organisationId')}
              options={organisationNodes.map((org) => ({
                value: org.id,
                label: t('admin.organisationOption', {
                  name: org.name,
                  memberState: memberStateName(org.memberState.code, org.memberState.name, locale),
                }),
              }))}
              error={problemText(errors.organisationId, 'organisationId')}
              required
            />
            {organisations.error ? (
              <p className="field__error" role="alert">
                {t('admin.organisationsError')}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <TextField
          id={fieldId('password')}
          name="password"
          type="password"
          label={t('admin.password')}
          hint={t('admin.passwordHint')}
          value={values.password}
          onChange={set('password')}
          error={problemText(errors.password, 'password')}
          autoComplete="new-password"
          required
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={fetching} data-testid="account-submit">
            {fetching ? t('admin.creating') : t('admin.createAccount')}
          </button>
        </div>
      </form>
    </section>
  );
}
