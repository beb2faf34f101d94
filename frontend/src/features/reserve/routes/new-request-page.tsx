import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { Alert, CheckboxGroup, TextAreaField, TextField } from '@/components/ui';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CreateReserveRequestMutation, SubmitReserveRequestMutation } from '../api/reserve';
import { EMPTY_DAYS, MITIGATION_MEASURES, parseRequestForm, SERVICE_TYPES, type FormProblems, type RequestFormValues } from '../model/request-form';
import { reserveProblem } from '../model/problem';

/** The clinic's "Request Reserve support" form, reached from its incident case (`?incident=`). */
export default function NewReserveRequestPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  useDocumentTitle(t('reserve.form.title'));
  const [values, setValues] = useState<RequestFormValues>({
    incidentId: params.get('incident') ?? '',
    potentialImpact: '',
    plannedUse: '',
    days: EMPTY_DAYS,
    measuresTaken: [],
    mitigationTaken: '',
    incidentResponseContract: false,
    cyberInsurance: false,
    otherSupportDetails: '',
    servicesDown: false,
    language: i18n.language.slice(0, 2),
  });
  const [problems, setProblems] = useState<FormProblems>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateReserveRequestMutation);
  const [{ fetching: submitting }, submit] = useMutation(SubmitReserveRequestMutation);
  const set = <K extends keyof RequestFormValues>(key: K, value: RequestFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const fieldError = (key: string) => (problems[key] ? t(`reserve.form.problems.${problems[key]}`) : undefined);

  async function send(andSubmit: boolean) {
    const parsed = parseRequestForm(values);
    if ('problems' in parsed) {
      setProblems(parsed.problems);
      setProblem(t('reserve.form.fix'));
      return;
    }
    setProblems({});
    const created = await create({ input: parsed.input });
    const id = created.data?.createReserveRequest.id;
    if (!id) {
      setProblem(reserveProblem(t, created.error));
      return;
    }
    if (andSubmit) {
      const submitted = await submit({ id });
      if (!submitted.data) {
        setProblem(reserveProblem(t, submitted.error));
        return;
      }
    }
    void navigate(`/provider/reserve/${id}`);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send(true);
  }

  return (
    <>
      <h1 id="reserve-form-title">{t('reserve.form.title')}</h1>
      <p className="lead">{t('reserve.form.intro')}</p>
      {!values.incidentId ? <Alert tone="info">{t('reserve.form.noIncident')}</Alert> : null}
      <form className="form" onSubmit={onSubmit} noValidate data-testid="reserve-form">
        {problem ? (
          <Alert tone="error" testId="reserve-form-problem">
            {problem}
          </Alert>
        ) : null}
        <TextAreaField id="potentialImpact" name="potentialImpact" label={t('reserve.form.potentialImpact')} value={values.potentialImpact} onChange={(v) => set('potentialImpact', v)} error={fieldError('potentialImpact')} required />
        <div className="checkbox">
          <input id="servicesDown" type="checkbox" checked={values.servicesDown} onChange={(e) => set('servicesDown', e.target.checked)} />
          <label htmlFor="servicesDown">{t('reserve.form.servicesDown')}</label>
        </div>
        <TextAreaField id="plannedUse" name="plannedUse" label={t('reserve.form.plannedUse')} value={values.plannedUse} onChange={(v) => set('plannedUse', v)} error={fieldError('plannedUse')} required />
        <fieldset className="fieldset" id="estimatedNeed" tabIndex={-1}>
          <legend>{t('reserve.form.estimatedNeed')}</legend>
          {problems['estimatedNeed'] ? <p className="field__error">{t('reserve.form.problems.needOne')}</p> : null}
          {SERVICE_TYPES.map((service) => (
            <TextField
              key={service}
              id={`days-${service}`}
              name={`days-${service}`}
              label={t(`reserve.services.${service}`)}
              inputMode="numeric"
              value={values.days[service]}
              onChange={(v) => set('days', { ...values.days, [service]: v })}
              error={fieldError(`days.${service}`)}
            />
          ))}
        </fieldset>
        <CheckboxGroup
          id="measuresTaken"
          legend={t('reserve.form.measuresTaken')}
          options={MITIGATION_MEASURES.map((m) => ({ value: m, label: t(`reserve.measures.${m}`) }))}
          value={values.measuresTaken}
          onChange={(v) => set('measuresTaken', v)}
        />
        <TextAreaField id="mitigationTaken" name="mitigationTaken" label={t('reserve.form.mitigationTaken')} value={values.mitigationTaken} onChange={(v) => set('mitigationTaken', v)} error={fieldError('mitigationTaken')} required />
        <fieldset className="fieldset">
          <legend>{t('reserve.form.otherSupport')}</legend>
          <div className="checkbox">
            <input id="irContract" type="checkbox" checked={values.incidentResponseContract} onChange={(e) => set('incidentResponseContract', e.target.checked)} />
            <label htmlFor="irContract">{t('reserve.form.incidentResponseContract')}</label>
          </div>
          <div className="checkbox">
            <input id="cyberInsurance" type="checkbox" checked={values.cyberInsurance} onChange={(e) => set('cyberInsurance', e.target.checked)} />
            <label htmlFor="cyberInsurance">{t('reserve.form.cyberInsurance')}</label>
          </div>
          <TextField id="otherSupportDetails" name="otherSupportDetails" label={t('reserve.form.otherSupportDetails')} value={values.otherSupportDetails} onChange={(v) => set('otherSupportDetails', v)} />
        </fieldset>
        <div className="button-row">
          <button type="button" className="button button--secondary" disabled={creating || submitting} onClick={() => void send(false)} data-testid="reserve-save-draft">
            {t('reserve.form.saveDraft')}
          </button>
          <button type="submit" className="button" disabled={creating || submitting} data-testid="reserve-submit">
            {t('reserve.form.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
