import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, StatusMessage, TextField } from '@/components/ui';
import type { SmeAssessmentInput } from '@/gql/graphql';
import { errorMessage, mapErrors } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { UpdateOrganisationProfileMutation } from '../api/profile';

export interface ProfileValues {
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  street: string;
  postalCode: string;
  city: string;
}

type Field = keyof ProfileValues;

/** The form field of each server error field (`contact.email` arrives as its last part). */
const SERVER_FIELDS: Record<string, Field> = {
  name: 'contactName',
  email: 'contactEmail',
  phone: 'contactPhone',
  street: 'street',
  postalCode: 'postalCode',
  city: 'city',
};

interface OrganisationProfileFormProps {
  initial: ProfileValues;
  /** When the SME data was last confirmed, or null. */
  smeConfirmedAt: string | null;
  /** The SME data to confirm: the profile's own, else the one the public SME check saved here. */
  smeToConfirm: SmeAssessmentInput | null;
}

/**
 * The clinic's profile: its contact person and address, and its SME data, which a new
 * application starts from. Ticking "confirm" saves the SME data with today's date.
 */
export function OrganisationProfileForm({ initial, smeConfirmedAt, smeToConfirm }: OrganisationProfileFormProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [values, setValues] = useState<ProfileValues>(initial);
  const [confirmSme, setConfirmSme] = useState(false);
  const [confirmedAt, setConfirmedAt] = useState(smeConfirmedAt);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, save] = useMutation(UpdateOrganisationProfileMutation);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await save({
      input: {
        contact: { name: values.contactName, email: values.contactEmail, phone: values.contactPhone },
        address: { street: values.street, postalCode: values.postalCode, city: values.city },
        sme: confirmSme && smeToConfirm ? smeToConfirm : null,
      },
    });
    const profile = result.data?.updateOrganisationProfile;
    if (profile) {
      setErrors({});
      setProblem(null);
      setSaved(true);
      setConfirmSme(false);
      setConfirmedAt(profile.smeConfirmedAt ?? null);
      return;
    }
    const first = (result.error ? mapErrors(result.error) : [])[0] ?? { kind: 'UNKNOWN' as const };
    const field = first.kind === 'VALIDATION' && first.field ? SERVER_FIELDS[first.field] : undefined;
    if (field) {
      setErrors({ [field]: t(`profile.invalid.${field}`) });
      setProblem(null);
    } else {
      setErrors({});
      setProblem(errorMessage(t, first));
    }
  }

  const text = (field: Field, autoComplete: string, maxLength: number, type: 'text' | 'email' = 'text') => (
    <TextField
      id={`profile-${field}`}
      name={field}
      label={t(`profile.fields.${field}`)}
      value={values[field]}
      onChange={set(field)}
      error={errors[field]}
      autoComplete={autoComplete}
      maxLength={maxLength}
      type={type}
    />
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="profile-form">
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {saved ? <StatusMessage text={t('profile.saved')} testId="profile-saved" /> : null}
      <section aria-labelledby="profile-sme-title">
        <h2 id="profile-sme-title">{t('profile.sme.title')}</h2>
        <p data-testid="profile-sme-confirmed">
          {confirmedAt
            ? t('profile.sme.confirmedAt', { date: formatDateTime(confirmedAt, language) })
            : t('profile.sme.never')}
        </p>
        {smeToConfirm ? (
          <div className="checkbox">
            <input
              id="profile-confirm-sme"
              type="checkbox"
              checked={confirmSme}
              onChange={(e) => setConfirmSme(e.target.checked)}
              data-testid="profile-confirm-sme"
            />
            <label htmlFor="profile-confirm-sme">{t('profile.sme.confirm')}</label>
          </div>
        ) : (
          <p>{t('profile.sme.none')}</p>
        )}
      </section>
      <fieldset>
        <legend>{t('profile.contactTitle')}</legend>
        {text('contactName', 'name', 200)}
        {text('contactEmail', 'email', 320, 'email')}
        {text('contactPhone', 'tel', 40)}
      </fieldset>
      <fieldset>
        <legend>{t('profile.addressTitle')}</legend>
        {text('street', 'street-address', 200)}
        {text('postalCode', 'postal-code', 20)}
        {text('city', 'address-level2', 100)}
      </fieldset>
      <button type="submit" className="button" disabled={fetching} data-testid="profile-save">
        {t('profile.save')}
      </button>
    </form>
  );
}
