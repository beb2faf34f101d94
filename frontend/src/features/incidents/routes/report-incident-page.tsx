import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, CheckboxGroup, LoadingState, SelectField, TextAreaField, TextField } from '@/components/ui';
import type { AffectedService, IncidentCategory, SignificanceCriterion } from '@/gql/graphql';
import { errorMessage, mapErrors } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { OrganisationTimeZoneQuery, ReportIncidentMutation } from '../api/incidents';
import { isoToZonedInput, zonedInputToIso } from '../model/time';

const CATEGORIES: readonly IncidentCategory[] = [
  'RANSOMWARE',
  'OTHER_MALWARE',
  'DENIAL_OF_SERVICE',
  'PHISHING_SOCIAL_ENGINEERING',
  'DATA_BREACH',
  'INTRUSION',
  'SUPPLY_CHAIN',
  'SYSTEM_FAILURE',
  'HUMAN_ERROR',
  'NATURAL_PHENOMENON',
  'OTHER',
];
const SERVICES: readonly AffectedService[] = [
  'EMERGENCY_CARE',
  'INTENSIVE_CARE',
  'SURGERY',
  'INPATIENT_CARE',
  'OUTPATIENT_CARE',
  'DIAGNOSTICS',
  'PATIENT_RECORDS',
  'PHARMACY',
  'MEDICAL_DEVICES',
  'TELEMEDICINE',
  'COMMUNICATIONS',
  'ADMINISTRATION',
  'OTHER',
];
const CRITERIA: readonly SignificanceCriterion[] = [
  'SEVERE_OPERATIONAL_DISRUPTION',
  'FINANCIAL_LOSS',
  'DAMAGE_TO_OTHERS',
  'EMERGENCY_CARE_DIVERTED',
  'DIAGNOSTICS_OR_RECORDS_UNAVAILABLE',
  'PATIENT_DATA_EXFILTRATED',
  'OPERATIONS_POSTPONED',
];

type Field = 'title' | 'startedAt' | 'awareAt' | 'affectedServices' | 'criteria' | 'significanceAssessment';

/** The clinic reports a significant incident; its times are wall-clock times in the organisation's zone. */
export default function ReportIncidentPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('incidents.form.title'));
  const [{ data }] = useQuery({ query: OrganisationTimeZoneQuery });
  const zone = data?.me?.organisation?.timeZone;
  if (!zone) return <LoadingState />;
  return <ReportIncidentForm zone={zone} />;
}

/** The wizard, once the organisation's zone is known: awareness in that zone starts the clocks. */
function ReportIncidentForm({ zone }: { zone: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [startedAt, setStartedAt] = useState('');
  const [awareAt, setAwareAt] = useState(isoToZonedInput(new Date(), zone));
  const [category, setCategory] = useState<IncidentCategory>('RANSOMWARE');
  const [services, setServices] = useState<AffectedService[]>([]);
  const [criteria, setCriteria] = useState<SignificanceCriterion[]>([]);
  const [assessment, setAssessment] = useState('');
  const [malicious, setMalicious] = useState(true);
  const [crossBorder, setCrossBorder] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, report] = useMutation(ReportIncidentMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    const started = zonedInputToIso(startedAt, zone);
    const aware = zonedInputToIso(awareAt, zone);
    const required = t('incidents.form.required');
    const found: Partial<Record<Field, string>> = {};
    if (title.trim() === '') found.title = required;
    if (!started) found.startedAt = required;
    if (!aware) found.awareAt = required;
    if (services.length === 0) found.affectedServices = required;
    if (criteria.length === 0) found.criteria = required;
    if (assessment.trim() === '') found.significanceAssessment = required;
    setErrors(found);
    if (Object.keys(found).length > 0 || !started || !aware) return;
    const result = await report({
      input: {
        title,
        startedAt: started,
        awareAt: aware,
        category,
        affectedServices: services,
        suspectedMalicious: malicious,
        crossBorder,
        significanceCriteria: criteria,
        significanceAssessment: assessment,
      },
    });
    const id = result.data?.reportIncident.id;
    if (id) {
      void navigate(`/provider/incidents/${id}`);
      return;
    }
    const first = (result.error ? mapErrors(result.error) : [])[0] ?? { kind: 'UNKNOWN' as const };
    const field = first.field === 'criteria' ? 'criteria' : first.field;
    if (first.kind === 'VALIDATION' && field) {
      setErrors({ [field]: t('incidents.form.invalid') });
    }
    setProblem(errorMessage(t, first));
  }

  return (
    <>
      <h1 id="report-incident-title" tabIndex={-1}>
        {t('incidents.form.title')}
      </h1>
      <p className="lead">{t('incidents.form.intro')}</p>
      <p data-testid="report-time-zone" data-zone={zone}>
        {t('incidents.form.timesIn', { zone })}
      </p>
      {problem ? <Alert tone="error" testId="report-problem">{problem}</Alert> : null}
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="report-incident-form">
        <TextField id="incident-title" name="title" label={t('incidents.form.titleLabel')} value={title} onChange={setTitle} error={errors.title} required maxLength={200} />
        <TextField
          id="incident-started"
          name="startedAt"
          type="datetime-local"
          label={t('incidents.form.startedAt')}
          hint={t('incidents.form.timeHint', { zone })}
          value={startedAt}
          onChange={setStartedAt}
          error={errors.startedAt}
          required
        />
        <TextField
          id="incident-aware"
          name="awareAt"
          type="datetime-local"
          label={t('incidents.form.awareAt')}
          hint={t('incidents.form.awareHint', { zone })}
          value={awareAt}
          onChange={setAwareAt}
          error={errors.awareAt}
          required
        />
        <SelectField
          id="incident-category"
          name="category"
          label={t('incidents.form.category')}
          value={category}
          onChange={(v) => setCategory(CATEGORIES.find((c) => c === v) ?? 'OTHER')}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`incidents.categories.${c}`) }))}
        />
        <CheckboxGroup
          id="incident-services"
          legend={t('incidents.form.services')}
          options={SERVICES.map((s) => ({ value: s, label: t(`incidents.services.${s}`) }))}
          value={services}
          onChange={setServices}
          error={errors.affectedServices}
        />
        <CheckboxGroup
          id="incident-criteria"
          legend={t('incidents.form.criteria')}
          options={CRITERIA.map((c) => ({ value: c, label: t(`incidents.criteria.${c}`) }))}
          value={criteria}
          onChange={setCriteria}
          error={errors.criteria}
        />
        <TextAreaField
          id="incident-assessment"
          name="significanceAssessment"
          label={t('incidents.form.assessment')}
          hint={t('incidents.form.assessmentHint')}
          value={assessment}
          onChange={setAssessment}
          error={errors.significanceAssessment}
          required
          maxLength={2000}
        />
        <div className="field">
          <label>
            <input type="checkbox" checked={malicious} onChange={(e) => setMalicious(e.target.checked)} /> {t('incidents.form.suspected')}
          </label>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" checked={crossBorder} onChange={(e) => setCrossBorder(e.target.checked)} /> {t('incidents.form.crossBorder')}
          </label>
        </div>
        <button type="submit" className="button" disabled={fetching} data-testid="report-submit">
          {fetching ? t('incidents.form.submitting') : t('incidents.form.submit')}
        </button>
      </form>
    </>
  );
}
