import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Alert, SelectField, TextField, type SelectOption } from '@/components/ui';
import type { MemberStatesQuery, RegisterOrganisationInput } from '@/gql/graphql';
import {
  errorMessage,
  fieldErrorMessage,
  fieldErrors as errorsByField,
  mapErrors,
  type AppError,
} from '@/lib/errors';
import { currentLanguage, mailLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { RegisterOrganisationMutation } from '../api/register-organisation';
import { HEALTHCARE_TYPES, isHealthcareType, isNis2Class, NIS2_CLASSES } from './options';

type RegisterField = Exclude<keyof RegisterOrganisationInput, 'language'>;

/** Form order; also the order of the error summary. */
const REGISTER_FIELDS = [
  'name',
  'memberState',
  'healthcareType',
  'nis2Class',
  'registrationId',
  'contactName',
  'contactEmail',
  'password',
] as const satisfies readonly RegisterField[];

type Values = Record<RegisterField, string>;
type FieldMessages = Partial<Record<RegisterField, string>>;

const EMPTY: Values = {
  name: '',
  memberState: '',
  healthcareType: '',
  nis2Class: '',
  registrationId: '',
  contactName: '',
  contactEmail: '',
  password: '',
};

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isRegisterField(value: string): value is RegisterField {
  return (REGISTER_FIELDS as readonly string[]).includes(value);
}

const fieldId = (field: RegisterField) => `register-${field}`;

interface Registered {
  name: string;
  email: string;
}

export function RegisterOrganisationForm({
  memberStates,
}: {
  memberStates: MemberStatesQuery['memberStates'];
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [{ fetching }, register] = useMutation(RegisterOrganisationMutation);
  const [values, setValues] = useState<Values>(EMPTY);
  const [messages, setMessages] = useState<FieldMessages>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);

  const memberStateOptions: SelectOption[] = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return memberStates
      .map((ms) => ({ value: ms.code, label: memberStateName(ms.code, ms.name, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [memberStates, locale]);

  const set = (field: RegisterField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  function validate(v: Values): FieldMessages {
    const result: FieldMessages = {};
    for (const field of REGISTER_FIELDS) {
      if (!v[field].trim()) result[field] = t('errors.fieldRequired');
    }
    if (!result.contactEmail && !EMAIL_PATTERN.test(v.contactEmail.trim())) {
      result.contactEmail = t('errors.fieldEmail');
    }
    return result;
  }

  function showFieldErrors(next: FieldMessages, error: AppError | null) {
    setMessages(next);
    setFormError(error);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientErrors = validate(values);
    if (Object.keys(clientErrors).length > 0) {
      showFieldErrors(clientErrors, { kind: 'VALIDATION' });
      return;
    }
    if (!isHealthcareType(values.healthcareType) || !isNis2Class(values.nis2Class)) return;

    const input: RegisterOrganisationInput = {
      name: values.name.trim(),
      memberState: values.memberState,
      healthcareType: values.healthcareType,
      nis2Class: values.nis2Class,
      registrationId: values.registrationId.trim(),
      contactName: values.contactName.trim(),
      contactEmail: values.contactEmail.trim(),
      password: values.password,
      language: mailLanguage(locale),
    };
    const result = await register({ input });
    const payload = result.data?.registerOrganisation;
    if (result.error || !payload) {
      const errors = result.error ? mapErrors(result.error) : [{ kind: 'UNKNOWN' as const }];
      const server: FieldMessages = {};
      for (const [field, error] of Object.entries(errorsByField(errors))) {
        if (isRegisterField(field)) server[field] = fieldErrorMessage(t, error);
      }
      showFieldErrors(server, errors[0] ?? { kind: 'UNKNOWN' });
      return;
    }
    setRegistered({ name: input.name, email: payload.contactEmail });
    setValues(EMPTY);
    requestAnimationFrame(() => successRef.current?.focus());
  }

  if (registered) {
    return (
      <Alert tone="success" title={t('register.successTitle')} ref={successRef} testId="register-success">
        <p>{t('register.successText', { name: registered.name, email: registered.email })}</p>
        <p>
          <Link to="/login">{t('register.successLogin')}</Link>
        </p>
      </Alert>
    );
  }

  const summaryFields = REGISTER_FIELDS.filter((field) => messages[field]);

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={fetching || undefined}>
      {formError ? (
        <Alert
          tone="error"
          ref={summaryRef}
          testId="register-error"
          title={
            formError.kind === 'CONFLICT'
              ? t('register.alreadyRegistered')
              : errorMessage(t, formError)
          }
        >
          {summaryFields.length > 0 ? (
            <ul className="error-summary">
              {summaryFields.map((field) => (
                <li key={field}>
                  <a
                    href={`#${fieldId(field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId(field))?.focus();
                    }}
                  >
                    {t(`register.${field}`)}: {messages[field]}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <p className="muted">{t('register.requiredNote')}</p>

      <fieldset className="fieldset">
        <legend>{t('register.organisationSection')}</legend>
        <TextField
          id={fieldId('name')}
          name="name"
          label={t('register.name')}
          autoComplete="organization"
          value={values.name}
          onChange={set('name')}
          error={messages.name}
          required
        />
        <SelectField
          id={fieldId('memberState')}
          name="memberState"
          label={t('register.memberState')}
          placeholder={t('register.chooseMemberState')}
          options={memberStateOptions}
          value={values.memberState}
          onChange={set('memberState')}
          error={messages.memberState}
          required
        />
        <SelectField
          id={fieldId('healthcareType')}
          name="healthcareType"
          label={t('register.healthcareType')}
          placeholder={t('register.chooseHealthcareType')}
          options={HEALTHCARE_TYPES.map((value) => ({ value, label: t(`healthcareType.${value}`) }))}
          value={values.healthcareType}
          onChange={set('healthcareType')}
          error={messages.healthcareType}
          required
        />
        <SelectField
          id={fieldId('nis2Class')}
          name="nis2Class"
          label={t('register.nis2Class')}
          hint={t('register.nis2Hint')}
          placeholder={t('register.chooseNis2Class')}
          options={NIS2_CLASSES.map((value) => ({ value, label: t(`nis2Class.${value}`) }))}
          value={values.nis2Class}
          onChange={set('nis2Class')}
          error={messages.nis2Class}
          required
        />
        <TextField
          id={fieldId('registrationId')}
          name="registrationId"
          label={t('register.registrationId')}
          hint={t('register.registrationIdHint')}
          value={values.registrationId}
          onChange={set('registrationId')}
          error={messages.registrationId}
          required
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('register.contactSection')}</legend>
        <TextField
          id={fieldId('contactName')}
          name="contactName"
          label={t('register.contactName')}
          autoComplete="name"
          value={values.contactName}
          onChange={set('contactName')}
          error={messages.contactName}
          required
        />
        <TextField
          id={fieldId('contactEmail')}
          name="contactEmail"
          type="email"
          label={t('register.contactEmail')}
          hint={t('register.contactEmailHint')}
          autoComplete="email"
          value={values.contactEmail}
          onChange={set('contactEmail')}
          error={messages.contactEmail}
          required
        />
        <TextField
          id={fieldId('password')}
          name="password"
          type="password"
          label={t('register.password')}
          hint={t('register.passwordHint')}
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={messages.password}
          required
        />
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={fetching} data-testid="register-submit">
          {fetching ? t('register.submitting') : t('register.submit')}
        </button>
      </div>
    </form>
  );
}
