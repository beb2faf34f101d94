import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, SelectField, TextAreaField } from '@/components/ui';
import type { IncidentSeverity, IncidentStage } from '@/gql/graphql';
import { SubmitIncidentReportMutation } from '../api/incidents';
import { STAGE_SHAPES, stageReport, type StageTextField } from '../model/stages';
import { caseActionProblem } from './case-action';

const SEVERITIES: readonly IncidentSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

interface StageFormProps {
  incidentId: string;
  stages: readonly IncidentStage[];
  onDone: (message: string) => void;
}

/** The clinic submits the next report; each stage asks for its own fields (Art. 23(4)). */
export function StageForm({ incidentId, stages, onDone }: StageFormProps) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<IncidentStage | ''>('');
  const [texts, setTexts] = useState<Partial<Record<StageTextField, string>>>({});
  const [severity, setSeverity] = useState<IncidentSeverity>('HIGH');
  const [malicious, setMalicious] = useState(true);
  const [crossBorder, setCrossBorder] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, submit] = useMutation(SubmitIncidentReportMutation);
  const current = stage || stages[0];
  if (!current) return <p className="muted">{t('incidents.case.nothingToSubmit')}</p>;
  const shape = STAGE_SHAPES[current];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fetching || !current) return;
    const report = stageReport(current, texts, severity, malicious, crossBorder);
    const result = await submit({ input: { incidentId, stage: current, report } });
    if (result.data) {
      setTexts({});
      setProblem(null);
      onDone(t('incidents.case.submitted'));
    } else {
      setProblem(caseActionProblem(t, result.error));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="stage-form" aria-labelledby="stage-form-title">
      <h3 id="stage-form-title">{t('incidents.case.submitTitle')}</h3>
      {problem ? <Alert tone="error" testId="stage-problem">{problem}</Alert> : null}
      <SelectField
        id="stage"
        name="stage"
        label={t('incidents.case.stage')}
        value={current}
        onChange={(v) => setStage(stages.find((s) => s === v) ?? '')}
        options={stages.map((s) => ({ value: s, label: t(`incidents.stages.${s}`) }))}
      />
      {shape.texts.map((field) => (
        <TextAreaField
          key={field}
          id={`stage-${field}`}
          name={field}
          label={t(`incidents.case.fields.${field}`)}
          value={texts[field] ?? ''}
          onChange={(v) => setTexts((old) => ({ ...old, [field]: v }))}
          required={!shape.optional.includes(field)}
        />
      ))}
      {shape.severity ? (
        <SelectField
          id="stage-severity"
          name="severity"
          label={t('incidents.case.severity')}
          value={severity}
          onChange={(v) => setSeverity(SEVERITIES.find((s) => s === v) ?? 'HIGH')}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`incidents.severities.${s}`) }))}
        />
      ) : null}
      {shape.suspicion ? (
        <>
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
        </>
      ) : null}
      <button type="submit" className="button" disabled={fetching} data-testid="stage-submit">
        {t('incidents.case.submit')}
      </button>
    </form>
  );
}
