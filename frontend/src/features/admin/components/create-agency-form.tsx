import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Alert, SelectField, TextField } from '@/components/ui';
import type { AdminMemberStatesQuery } from '@/gql/graphql';
import { mapErrors, type AppError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { CreateOrganisationMutation } from '../api/admin';
import {
  AGENCY_FIELDS,
  EMPTY_AGENCY,
  serverFieldErrors,
  toCreateAgencyInput,
  validateAgency,
  type AgencyField,
  type AgencyValues,
  type FormErrors,
  type FormProblem,
} from '../model/forms';
import { FormErrorSummary } from './form-error-summary';

const fieldId = (field: AgencyField) => `agency-${field}`;

interface Created {
  id: string;
  name: string;
  memberState: string;
}

export function CreateAgencyForm({
  memberStates,
  onCreated,
}: {
  memberStates: AdminMemberStatesQuery['memberStates'];
  onCreated: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [values, setValues] = useState<AgencyValues>(EMPTY_AGENCY);
  const [errors, setErrors] = useState<FormErrors<AgencyField>>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [{ fetching }, createOrganisation] = useMutation(CreateOrganisationMutation);
  const summaryRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);

  const options = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return memberStates
      .map((ms) => ({ value: ms.code, label: memberStateName(ms.code, ms.name, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [memberStates, locale]);

  const set = (field: AgencyField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const problemText = (problem: FormProblem | undefined, field: AgencyField) =>
    problem === undefined
      ? undefined
      : problem === 'taken' && field === 'registrationId'
        ? t('admin.registrationTaken')
        : t(`admin.problems.${problem}`);

  function show(found: FormErrors<AgencyField>, error: AppError) {
    setErrors(found);
    setFormError(error);
    requestAnimationFrame(() => {
      const first = AGENCY_FIELDS.find((f) => found[f]);
      (first ? document.getElementById(fieldId(first)) : summaryRef.current)?.focus();
    });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const found = validateAgency(values);
    if (Object.keys(found).length > 0) {
      show(found, { kind: 'VALIDATION' });
      return;
    }
    const result = await createOrganisation({ input: toCreateAgencyInput(values) });
    const organisation = result.data?.createOrganisation;
    if (result.error || !organisation) {
      const all = result.error ? mapErrors(result.error) : [{ kind: 'UNKNOWN' as const }];
      show(serverFieldErrors(all, AGENCY_FIELDS, 'registrationId'), all[0] ?? { kind: 'UNKNOWN' });
      return;
    }
    setErrors({});
    setFormError(null);
    setValues(EMPTY_AGENCY);
    setCreated({
      id: organisation.id,
      name: organisation.name,
      memberState: memberStateName(organisation.memberState.code, organisation.memberState.name, locale),
    });
    onCreated();
    requestAnimationFrame(() => successRef.current?.focus());
  }

  const labels: Record<AgencyField, string> = {
    name: t('admin.agencyName'),
    memberState: t('admin.memberState'),
    registrationId: t('admin.registrationId'),
  };
  const summary = AGENCY_FIELDS.filter((f) => errors[f]).map((f) => ({
    id: fieldId(f),
    text: `${labels[f]}: ${problemText(errors[f], f) ?? ''}`,
  }));

  return (
    <>
      {created ? (
        <Alert tone="success" ref={successRef} testId="agency-created">
          <p>{t('admin.agencyCreated', { name: created.name, memberState: created.memberState })}</p>
          <p>
            <Link to={`/admin/accounts?role=AGENCY_OFFICER&organisation=${encodeURIComponent(created.id)}`}>
              {t('admin.createAccountFor')}
            </Link>
          </p>
        </Alert>
      ) : null}
      {formError ? (
        <FormErrorSummary
          ref={summaryRef}
          error={formError}
          title={formError.kind === 'CONFLICT' ? t('admin.registrationTaken') : undefined}
          items={summary}
          testId="agency-error"
        />
      ) : null}
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-busy={fetching || undefined}>
        <TextField
          id={fieldId('name')}
          name="name"
          label={labels.name}
          value={values.name}
          onChange={set('name')}
          error={problemText(errors.name, 'name')}
          autoComplete="off"
          maxLength={200}
          required
        />
        <SelectField
          id={fieldId('memberState')}
          name="memberState"
          label={labels.memberState}
          placeholder={t('admin.chooseMemberState')}
          options={options}
          value={values.memberState}
          onChange={set('memberState')}
          error={problemText(errors.memberState, 'memberState')}
          required
        />
        <TextField
          id={fieldId('registrationId')}
          name="registrationId"
          label={labels.registrationId}
          hint={t('admin.registrationIdHint')}
          value={values.registrationId}
          onChange={set('registrationId')}
          error={problemText(errors.registrationId, 'registrationId')}
          autoComplete="off"
          maxLength={64}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={fetching} data-testid="agency-submit">
            {fetching ? t('admin.creating') : t('admin.createAgency')}
          </button>
        </div>
      </form>
    </>
  );
}
