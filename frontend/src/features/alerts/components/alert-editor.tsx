import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alert, CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField } from '@/components/ui';
import type { HealthcareType, IndicatorKind, Severity, Tlp } from '@/gql/graphql';
import { errorMessage, mapErrorPaths, type AppError } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { memberStateName } from '@/lib/member-states';
import { CreateAlertMutation, RecipientOrganisationsQuery, UpdateAlertMutation } from '../api/alerts';
import { draftToInput, fieldOfPath, HEALTHCARE_TYPES, INDICATOR_KINDS, type AlertDraft, type EditorField } from '../model/draft';
import { SEVERITIES } from '../model/filters';
import { markingsAllowed, recipientKinds } from '../model/tlp';
import { draftToView } from '../model/view';
import { AlertView } from './alert-view';
import { memberStateOptions } from './member-state-options';
import { TlpPicker } from './tlp-picker';

/** The element each editor field focuses. */
function elementId(field: EditorField): string {
  if (field.startsWith('indicator-')) return `${field}-value`;
  const ids: Record<string, string> = {
    title: 'alert-title-input',
    summary: 'alert-summary-input',
    body: 'alert-body-input',
    actions: 'alert-actions-input',
    severity: 'alert-severity-input',
    tlp: 'tlp',
    recipients: 'recipients',
    memberStates: 'affected-states',
    healthcareTypes: 'affected-types',
    products: 'alert-products',
    cves: 'alert-cves',
    indicators: 'indicators-fieldset',
    validFrom: 'alert-valid-from',
    validUntil: 'alert-valid-until',
    changeNote: 'alert-change-note',
  };
  return ids[field] ?? 'editor-problem';
}

export type EditorMode = { kind: 'new' } | { kind: 'draft'; id: string } | { kind: 'update'; id: string; publishedTlp: Tlp };

interface Props {
  mode: EditorMode;
  initial: AlertDraft;
  onSaved: (id: string) => void;
}

/** The organisations that may be named as recipients (every page, once). */
function useRecipientOrganisations(): { id: string; name: string; memberState: string }[] {
  const [{ data }] = useQuery({ query: RecipientOrganisationsQuery, variables: { after: null } });
  return useMemo(
    () => data?.organisations.edges.map((e) => ({ id: e.node.id, name: e.node.name, memberState: e.node.memberState.code })) ?? [],
    [data],
  );
}

/**
 * ENISA's editor: the content, the TLP picker with who will see it, the recipients the
 * marking takes, and a live preview of what readers will get. Server errors land next to the
 * field their path names (`model/draft.fieldOfPath`).
 */
export function AlertEditor({ mode, initial, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [draft, setDraft] = useState<AlertDraft>(initial);
  const [changeNote, setChangeNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<EditorField, string>>>({});
  const [problem, setProblem] = useState<AppError | null>(null);
  const [, create] = useMutation(CreateAlertMutation);
  const [{ fetching }, update] = useMutation(UpdateAlertMutation);
  const organisations = useRecipientOrganisations();
  const set = <K extends keyof AlertDraft>(key: K, value: AlertDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const kinds = recipientKinds(draft.tlp);
  const stateOptions = memberStateOptions(language);

  const recipientNames = {
    organisations: draft.recipientOrganisations.map((id) => organisations.find((o) => o.id === id)?.name ?? id),
    memberStates: draft.recipientMemberStates.map((c) => memberStateName(c, c, language)),
    accounts: draft.recipientAccounts.split('\n').filter((l) => l.trim() !== ''),
  };

  function fieldMessage(field: EditorField, error: AppError): string {
    if (error.kind !== 'VALIDATION') return errorMessage(t, error);
    const key = field.startsWith('indicator-') ? 'indicator' : field;
    const known = ['tlp', 'recipients', 'changeNote', 'indicator', 'cves', 'validUntil', 'validFrom', 'memberStates', 'title', 'summary', 'body', 'actions', 'products'];
    return known.includes(key) ? t(`alerts.editor.fieldErrors.${key as 'tlp'}`) : t('errors.fieldInvalid');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setProblem(null);
    const input = draftToInput(draft);
    const result =
      mode.kind === 'new'
        ? await create({ input })
        : await update({ id: mode.id, input, changeNote: mode.kind === 'update' ? changeNote : null });
    if (result.error) {
      const found: Partial<Record<EditorField, string>> = {};
      let general: AppError | null = null;
      for (const { error, path } of mapErrorPaths(result.error)) {
        const field = error.kind === 'VALIDATION' ? fieldOfPath(path ?? error.field) : undefined;
        if (field && !found[field]) found[field] = fieldMessage(field, error);
        else general ??= error;
      }
      setErrors(found);
      setProblem(general);
      const first = Object.keys(found)[0] as EditorField | undefined;
      setTimeout(() => document.getElementById(first ? elementId(first) : 'editor-problem')?.focus(), 0);
      return;
    }
    const saved = result.data && ('createAlert' in result.data ? result.data.createAlert : result.data.updateAlert);
    if (saved) onSaved(saved.id);
  }

  const summary = Object.entries(errors).map(([field, text]) => ({ fieldId: elementId(field as EditorField), text }));

  return (
    <div className="alert-editor two-column">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="alert-editor">
        <div id="editor-problem" tabIndex={-1}>
          {problem ? (
            <Alert tone="error" testId="editor-problem">
              <p>{problem.kind === 'INVALID_STATE_TRANSITION' ? t('alerts.editor.stale') : problem.kind === 'VALIDATION' ? t('alerts.editor.otherField') : errorMessage(t, problem)}</p>
            </Alert>
          ) : null}
          <ErrorSummary title={t('alerts.editor.errorSummary')} entries={summary} testId="editor-errors" />
        </div>
        <TextField id="alert-title-input" name="title" label={t('alerts.editor.fields.title')} value={draft.title} onChange={(v) => set('title', v)} error={errors.title} required maxLength={200} />
        <TextAreaField id="alert-summary-input" name="summary" label={t('alerts.editor.fields.summary')} value={draft.summary} onChange={(v) => set('summary', v)} error={errors.summary} required rows={3} />
        <TextAreaField id="alert-body-input" name="body" label={t('alerts.editor.fields.body')} hint={t('alerts.editor.fields.bodyHint')} value={draft.body} onChange={(v) => set('body', v)} error={errors.body} required rows={8} />
        <TextAreaField id="alert-actions-input" name="actions" label={t('alerts.editor.fields.actions')} hint={t('alerts.editor.fields.linesHint')} value={draft.actions} onChange={(v) => set('actions', v)} error={errors.actions} rows={4} />
        <SelectField
          id="alert-severity-input"
          name="severity"
          label={t('alerts.editor.fields.severity')}
          value={draft.severity}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`alerts.severity.${s}`) }))}
          onChange={(v) => set('severity', v as Severity)}
          error={errors.severity}
        />
        <TlpPicker
          value={draft.tlp}
          onChange={(tlp) => set('tlp', tlp)}
          allowed={markingsAllowed(mode.kind === 'update' ? mode.publishedTlp : null)}
          recipients={recipientNames}
          error={errors.tlp}
        />
        <fieldset id="recipients" className={`fieldset${errors.recipients ? ' field--invalid' : ''}`} tabIndex={-1}>
          <legend>{t('alerts.recipients.title')}</legend>
          {errors.recipients ? (
            <p className="field__error" data-testid="recipients-error">
              {errors.recipients}
            </p>
          ) : null}
          {kinds.length === 0 ? <p className="muted">{t('alerts.recipients.none')}</p> : null}
          {kinds.includes('organisations') ? (
            organisations.length > 0 ? (
              <CheckboxGroup
                id="recipient-organisations"
                legend={t('alerts.recipients.organisations')}
                options={organisations.map((o) => ({ value: o.id, label: `${o.name} (${o.memberState})` }))}
                value={draft.recipientOrganisations}
                onChange={(v) => set('recipientOrganisations', v)}
              />
            ) : (
              <p className="muted">{t('alerts.recipients.noOrganisations')}</p>
            )
          ) : null}
          {kinds.includes('memberStates') ? (
            <CheckboxGroup
              id="recipient-states"
              legend={t('alerts.recipients.memberStates')}
              options={stateOptions}
              value={draft.recipientMemberStates}
              onChange={(v) => set('recipientMemberStates', v)}
            />
          ) : null}
          {kinds.includes('accounts') ? (
            <TextAreaField
              id="recipient-accounts"
              name="accounts"
              label={t('alerts.recipients.accounts')}
              hint={t('alerts.editor.fields.linesHint')}
              value={draft.recipientAccounts}
              onChange={(v) => set('recipientAccounts', v)}
              rows={3}
            />
          ) : null}
        </fieldset>
        <fieldset id="affected-states" className={`fieldset${errors.memberStates ? ' field--invalid' : ''}`} tabIndex={-1}>
          <legend>{t('alerts.editor.fields.memberStates')}</legend>
          {errors.memberStates ? <p className="field__error">{errors.memberStates}</p> : null}
          <div className="checkbox">
            <input id="affected-states-all" type="checkbox" checked={draft.memberStates === null} onChange={(e) => set('memberStates', e.target.checked ? null : [])} />
            <label htmlFor="affected-states-all">{t('alerts.detail.allMemberStates')}</label>
          </div>
          {draft.memberStates !== null ? (
            <CheckboxGroup id="affected-state" legend={t('alerts.editor.fields.chooseStates')} options={stateOptions} value={draft.memberStates} onChange={(v) => set('memberStates', v)} />
          ) : null}
        </fieldset>
        <fieldset id="affected-types" className="fieldset" tabIndex={-1}>
          <legend>{t('alerts.editor.fields.healthcareTypes')}</legend>
          <div className="checkbox">
            <input id="affected-types-all" type="checkbox" checked={draft.healthcareTypes === null} onChange={(e) => set('healthcareTypes', e.target.checked ? null : [])} />
            <label htmlFor="affected-types-all">{t('alerts.detail.allHealthcareTypes')}</label>
          </div>
          {draft.healthcareTypes !== null ? (
            <CheckboxGroup<HealthcareType>
              id="affected-type"
              legend={t('alerts.editor.fields.chooseTypes')}
              options={HEALTHCARE_TYPES.map((h) => ({ value: h, label: t(`healthcareType.${h}`) }))}
              value={draft.healthcareTypes}
              onChange={(v) => set('healthcareTypes', v)}
            />
          ) : null}
        </fieldset>
        <TextAreaField id="alert-products" name="products" label={t('alerts.editor.fields.products')} hint={t('alerts.editor.fields.productsHint')} value={draft.products} onChange={(v) => set('products', v)} error={errors.products} rows={3} />
        <TextAreaField id="alert-cves" name="cves" label={t('alerts.editor.fields.cves')} hint={t('alerts.editor.fields.cvesHint')} value={draft.cves} onChange={(v) => set('cves', v)} error={errors.cves} rows={2} />
        <fieldset id="indicators-fieldset" className="fieldset" tabIndex={-1}>
          <legend>{t('alerts.editor.fields.indicators')}</legend>
          {draft.indicators.map((row, i) => (
            <div key={i} className="indicator-row" data-testid="indicator-row">
              <SelectField
                id={`indicator-${i}-kind`}
                name={`indicator-${i}-kind`}
                label={t('alerts.editor.fields.indicatorKind', { n: i + 1 })}
                value={row.kind}
                options={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`alerts.indicators.kinds.${k}`) }))}
                onChange={(v) => set('indicators', draft.indicators.map((r, j) => (j === i ? { ...r, kind: v as IndicatorKind } : r)))}
              />
              <TextField
                id={`indicator-${i}-value`}
                name={`indicator-${i}-value`}
                label={t('alerts.editor.fields.indicatorValue', { n: i + 1 })}
                value={row.value}
                onChange={(v) => set('indicators', draft.indicators.map((r, j) => (j === i ? { ...r, value: v } : r)))}
                error={errors[`indicator-${i}`]}
              />
              <button type="button" className="link-button" onClick={() => set('indicators', draft.indicators.filter((_, j) => j !== i))} data-testid="remove-indicator">
                {t('alerts.editor.fields.removeIndicator', { n: i + 1 })}
              </button>
            </div>
          ))}
          <button type="button" className="button button--secondary" onClick={() => set('indicators', [...draft.indicators, { kind: 'IPV4', value: '' }])} data-testid="add-indicator">
            {t('alerts.editor.fields.addIndicator')}
          </button>
        </fieldset>
        <TextField id="alert-valid-from" name="validFrom" type="datetime-local" label={t('alerts.editor.fields.validFrom')} value={draft.validFrom} onChange={(v) => set('validFrom', v)} error={errors.validFrom} />
        <TextField id="alert-valid-until" name="validUntil" type="datetime-local" label={t('alerts.editor.fields.validUntil')} hint={t('alerts.editor.fields.validUntilHint')} value={draft.validUntil} onChange={(v) => set('validUntil', v)} error={errors.validUntil} />
        {mode.kind === 'update' ? (
          <TextAreaField id="alert-change-note" name="changeNote" label={t('alerts.editor.fields.changeNote')} hint={t('alerts.editor.fields.changeNoteHint')} value={changeNote} onChange={setChangeNote} error={errors.changeNote} required rows={3} />
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={fetching} data-testid="editor-save">
            {mode.kind === 'update' ? t('alerts.editor.saveUpdate') : t('alerts.editor.save')}
          </button>
        </div>
      </form>
      <section className="panel panel--inset alert-preview" aria-labelledby="preview-heading" data-testid="alert-preview">
        <h2 id="preview-heading">{t('alerts.editor.preview')}</h2>
        <p className="muted">{t('alerts.editor.previewIntro')}</p>
        <AlertView view={draftToView(draft)} headingLevel={3} showTitle />
      </section>
    </div>
  );
}
