import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, ErrorState, LoadingState, SelectField, StatusMessage, TextField } from '@/components/ui';
import type { RansomReporting } from '@/gql/graphql';
import { mapError } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { RansomRulesQuery, UpdateRansomRulesMutation } from '../api/incidents';
import { caseActionProblem } from '../components/case-action';

const REPORTING: readonly RansomReporting[] = ['REQUIRED', 'ENCOURAGED', 'NOT_REQUIRED'];

/** The authority maintains its member state's ransom rules (audited by the server). */
export default function RansomRulesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('incidents.rules.rulesTitle'));
  const [{ data, error }, reexecute] = useQuery({ query: RansomRulesQuery });
  const code = data?.me?.organisation?.memberState.code;
  const own = data?.ransomRules.find((r) => r.memberState.code === code);
  const [reporting, setReporting] = useState<RansomReporting>('ENCOURAGED');
  const [hours, setHours] = useState('');
  const [mandatory, setMandatory] = useState(false);
  const [contact, setContact] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(UpdateRansomRulesMutation);
  useEffect(() => {
    if (!own) return;
    setReporting(own.ransomReporting);
    setHours(own.reportingDeadlineHours ? String(own.reportingDeadlineHours) : '');
    setMandatory(own.referralMandatory);
    setContact(own.lawEnforcementContact);
  }, [own]);

  if (error) return <ErrorState error={mapError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!own) return <LoadingState />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = hours.trim() === '' ? null : Number.parseInt(hours, 10);
    const result = await update({
      input: {
        ransomReporting: reporting,
        referralMandatory: mandatory,
        reportingDeadlineHours: parsed === null || Number.isNaN(parsed) ? null : parsed,
        lawEnforcementContact: contact,
      },
    });
    if (result.data) {
      setProblem(null);
      setSaved(t('incidents.rules.saved'));
    } else {
      setSaved(null);
      setProblem(caseActionProblem(t, result.error));
    }
  }

  return (
    <>
      <h1 id="ransom-rules-title" tabIndex={-1}>
        {t('incidents.rules.rulesTitle')} ({own.memberState.name})
      </h1>
      <p className="lead">{t('incidents.rules.rulesIntro')}</p>
      {problem ? <Alert tone="error" testId="rules-problem">{problem}</Alert> : null}
      {saved ? <StatusMessage text={saved} testId="rules-saved" /> : null}
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="rules-form">
        <SelectField
          id="rules-reporting"
          name="ransomReporting"
          label={t('incidents.rules.reportingLabel')}
          value={reporting}
          onChange={(v) => setReporting(REPORTING.find((r) => r === v) ?? 'ENCOURAGED')}
          options={REPORTING.map((r) => ({ value: r, label: t(`incidents.ransom.reporting.${r}`) }))}
        />
        <TextField id="rules-hours" name="reportingDeadlineHours" inputMode="numeric" label={t('incidents.rules.deadlineLabel')} value={hours} onChange={setHours} />
        <div className="field">
          <label>
            <input type="checkbox" checked={mandatory} onChange={(e) => setMandatory(e.target.checked)} /> {t('incidents.rules.referralLabel')}
          </label>
        </div>
        <TextField id="rules-contact" name="lawEnforcementContact" label={t('incidents.rules.contactLabel')} value={contact} onChange={setContact} required />
        <button type="submit" className="button" disabled={fetching} data-testid="rules-save">
          {t('incidents.rules.save')}
        </button>
      </form>
    </>
  );
}
