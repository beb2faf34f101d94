import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, StatusMessage, TextField } from '@/components/ui';
import { errorMessage, mapErrors } from '@/lib/errors';
import { OrganisationTimeZoneQuery, SetOrganisationTimeZoneMutation } from '../api/incidents';

/**
 * The clinic's time zone: calendar-month deadlines (the final report) are counted in it. Its
 * provider user corrects it here (a clinic on the Canary Islands sets Atlantic/Canary); the
 * server checks the name and records the change in the audit trail.
 */
export function OrganisationTimeZone() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: OrganisationTimeZoneQuery });
  const current = data?.me?.organisation?.timeZone;
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(SetOrganisationTimeZoneMutation);
  if (!current) return null;
  const shown = value ?? current;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await save({ timeZone: shown.trim() });
    const zone = result.data?.setOrganisationTimeZone.timeZone;
    if (zone) {
      setError(undefined);
      setProblem(null);
      setValue(zone);
      setSaved(t('incidents.zone.saved', { zone }));
      return;
    }
    setSaved(null);
    const first = (result.error ? mapErrors(result.error) : [])[0] ?? { kind: 'UNKNOWN' as const };
    if (first.kind === 'VALIDATION' && first.field === 'timeZone') {
      setError(t('incidents.zone.invalid'));
      setProblem(null);
    } else {
      setProblem(errorMessage(t, first));
    }
  }

  return (
    <section aria-labelledby="time-zone-title" data-testid="organisation-time-zone" data-zone={current}>
      <h2 id="time-zone-title">{t('incidents.zone.title')}</h2>
      <p>{t('incidents.zone.current', { zone: current })}</p>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {saved ? <StatusMessage text={saved} testId="time-zone-saved" /> : null}
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="time-zone-form" className="inline-form">
        <TextField id="time-zone" name="timeZone" label={t('incidents.zone.label')} value={shown} onChange={setValue} error={error} required maxLength={64} />
        <button type="submit" className="button button--secondary" disabled={fetching} data-testid="time-zone-save">
          {t('incidents.zone.save')}
        </button>
      </form>
    </section>
  );
}
