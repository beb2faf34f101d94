import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField } from '@/components/ui';
import type { CatalogueItemInput, CatalogueItemKind, HealthcareType, SmeCategory } from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';
import { CatalogueTopicsQuery } from '../api/catalogue';
import {
  PHASES,
  SERVICE_CATEGORIES,
  checkEditor,
  inputOf,
  type EditorProblem,
  type EditorState,
} from '../model/editor';
import { EU_LANGUAGES, languageName } from '../model/languages';
import { AUDIENCES, PRIORITIES } from '../model/search-state';
import { MarkdownView } from './markdown-view';

const SME: readonly SmeCategory[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

interface ItemEditorProps {
  kind: CatalogueItemKind;
  initial: EditorState;
  /** Whether the text's language may change (only before the item exists). */
  languageFixed?: boolean;
  submitLabel: string;
  /** Sends the input; resolves to the server's problems by field (empty: saved). */
  onSubmit: (input: CatalogueItemInput) => Promise<Record<string, EditorProblem> | null>;
}

/**
 * The editor of an item's working copy with a live preview of its Markdown: the browser
 * checks what it can (`checkEditor`), the server's `VALIDATION` field lands on the same field.
 */
export function ItemEditor({ kind, initial, languageFixed = false, submitLabel, onSubmit }: ItemEditorProps) {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  const [state, setState] = useState<EditorState>(initial);
  const [problems, setProblems] = useState<Record<string, EditorProblem>>({});
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [{ data: topicData }] = useQuery({ query: CatalogueTopicsQuery });
  const topics = topicData?.catalogueTopics ?? [];
  const set = <K extends keyof EditorState>(key: K, value: EditorState[K]) => setState((s) => ({ ...s, [key]: value }));
  const problem = (field: string) => {
    const p = problems[field];
    return p ? t(`catalogue.editor.problems.${p}`) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = checkEditor(kind, state);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    const refused = await onSubmit(inputOf(kind, state));
    setBusy(false);
    if (refused && Object.keys(refused).length > 0) {
      setProblems(refused);
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  const idOf = (field: string) => `editor-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const labelOf = (field: string): string => {
    const row = /^(links|steps)\[(\d+)\]\.(\w+)$/.exec(field);
    if (row) {
      const number = Number(row[2]) + 1;
      const part = row[3] ?? '';
      if (row[1] === 'links') {
        return `${t('catalogue.editor.link', { number })}, ${part === 'url' ? t('catalogue.editor.linkUrl') : t('catalogue.editor.linkLabel')}`;
      }
      const partLabel =
        part === 'title'
          ? t('catalogue.editor.stepTitle')
          : part === 'phase'
            ? t('catalogue.editor.stepPhase')
            : t('catalogue.editor.stepInstructions');
      return `${t('catalogue.editor.step', { number })}, ${partLabel}`;
    }
    const labels: Record<string, string> = {
      language: t('catalogue.editor.language'),
      title: t('catalogue.editor.title'),
      summary: t('catalogue.editor.summary'),
      body: t('catalogue.editor.body'),
      priorities: t('catalogue.editor.priorities'),
      healthcareTypes: t('catalogue.editor.healthcareTypes'),
      smeCategories: t('catalogue.editor.smeCategories'),
      topics: t('catalogue.editor.topics'),
      links: t('catalogue.editor.links'),
      steps: t('catalogue.editor.steps'),
      'service.categories': t('catalogue.editor.categories'),
      'service.memberStates': t('catalogue.editor.memberStates'),
      'service.languages': t('catalogue.editor.serviceLanguages'),
      'service.indicativePrice': t('catalogue.editor.price'),
      'service.currency': t('catalogue.editor.currency'),
    };
    return labels[field] ?? field;
  };
  const summaryItems = Object.entries(problems).map(([field, p]) => ({
    fieldId: `editor-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`,
    text: `${labelOf(field)}: ${t(`catalogue.editor.problems.${p}`)}`,
  }));

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="item-editor">
      <div ref={summaryRef} tabIndex={-1}>
        <ErrorSummary title={t('catalogue.editor.errorSummary')} entries={summaryItems} testId="editor-errors" />
      </div>
      {languageFixed ? null : (
        <SelectField
          id={idOf('language')}
          name="language"
          label={t('catalogue.editor.language')}
          value={state.language}
          onChange={(v) => set('language', v)}
          options={EU_LANGUAGES.map((code) => ({ value: code, label: languageName(code, ui) }))}
          error={problem('language')}
        />
      )}
      <div className="side-by-side">
        <div lang={state.language}>
          <TextField
            id={idOf('title')}
            name="title"
            label={t('catalogue.editor.title')}
            value={state.title}
            onChange={(v) => set('title', v)}
            error={problem('title')}
            required
            maxLength={200}
          />
          <TextAreaField
            id={idOf('summary')}
            name="summary"
            label={t('catalogue.editor.summary')}
            value={state.summary}
            onChange={(v) => set('summary', v)}
            error={problem('summary')}
            required
            rows={3}
          />
          <TextAreaField
            id={idOf('body')}
            name="body"
            label={t('catalogue.editor.body')}
            hint={t('catalogue.editor.bodyHint')}
            value={state.body}
            onChange={(v) => set('body', v)}
            error={problem('body')}
            rows={12}
          />
        </div>
        <section aria-labelledby="editor-preview-title" className="editor-preview" aria-live="off" data-testid="editor-preview">
          <h2 id="editor-preview-title">{t('catalogue.editor.preview')}</h2>
          <div lang={state.language}>
            {state.title || state.body ? (
              <>
                <p>
                  <strong>{state.title}</strong>
                </p>
                <p>{state.summary}</p>
                <MarkdownView text={state.body} headingOffset={2} />
              </>
            ) : (
              <p className="muted">{t('catalogue.editor.previewEmpty')}</p>
            )}
          </div>
        </section>
      </div>
      <CheckboxGroup
        id={idOf('priorities')}
        legend={t('catalogue.editor.priorities')}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`catalogue.priorities.${p}`) }))}
        value={state.priorities}
        onChange={(v) => set('priorities', v)}
        error={problem('priorities')}
      />
      <CheckboxGroup<HealthcareType>
        id={idOf('healthcareTypes')}
        legend={t('catalogue.editor.healthcareTypes')}
        options={AUDIENCES.map((a) => ({ value: a, label: t(`healthcareType.${a}`) }))}
        value={state.healthcareTypes}
        onChange={(v) => set('healthcareTypes', v)}
        error={problem('healthcareTypes')}
      />
      <CheckboxGroup<SmeCategory>
        id={idOf('smeCategories')}
        legend={t('catalogue.editor.smeCategories')}
        options={SME.map((s) => ({ value: s, label: t(`smeCategory.${s}`) }))}
        value={state.smeCategories}
        onChange={(v) => set('smeCategories', v)}
        error={problem('smeCategories')}
      />
      {topics.length > 0 ? (
        <CheckboxGroup
          id={idOf('topics')}
          legend={t('catalogue.editor.topics')}
          options={topics.map((code) => ({ value: code, label: code }))}
          value={state.topics}
          onChange={(v) => set('topics', v)}
          error={problem('topics')}
        />
      ) : null}
      <fieldset className="fieldset" id={idOf('links')} tabIndex={-1}>
        <legend>{t('catalogue.editor.links')}</legend>
        {state.links.map((link, i) => (
          <fieldset key={i} className="fieldset">
            <legend>{t('catalogue.editor.link', { number: i + 1 })}</legend>
            <TextField
              id={idOf(`links[${i}].label`)}
              name={`links-${i}-label`}
              label={t('catalogue.editor.linkLabel')}
              value={link.label}
              onChange={(v) => set('links', state.links.map((l, j) => (j === i ? { ...l, label: v } : l)))}
              error={problem(`links[${i}].label`)}
            />
            <TextField
              id={idOf(`links[${i}].url`)}
              name={`links-${i}-url`}
              label={t('catalogue.editor.linkUrl')}
              value={link.url}
              onChange={(v) => set('links', state.links.map((l, j) => (j === i ? { ...l, url: v } : l)))}
              error={problem(`links[${i}].url`)}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => set('links', state.links.filter((_, j) => j !== i))}
            >
              {t('catalogue.editor.removeLink', { number: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          data-testid="add-link"
          onClick={() => set('links', [...state.links, { label: '', url: '' }])}
        >
          {t('catalogue.editor.addLink')}
        </button>
      </fieldset>
      {kind === 'PLAYBOOK' ? (
        <fieldset className="fieldset" id={idOf('steps')} tabIndex={-1}>
          <legend>{t('catalogue.editor.steps')}</legend>
          {state.steps.map((step, i) => (
            <fieldset key={i} className="fieldset">
              <legend>{t('catalogue.editor.step', { number: i + 1 })}</legend>
              <SelectField
                id={idOf(`steps[${i}].phase`)}
                name={`steps-${i}-phase`}
                label={t('catalogue.editor.stepPhase')}
                value={step.phase}
                onChange={(v) =>
                  set(
                    'steps',
                    state.steps.map((s, j) => (j === i ? { ...s, phase: PHASES.find((p) => p === v) ?? s.phase } : s)),
                  )
                }
                options={PHASES.map((p) => ({ value: p, label: t(`catalogue.phases.${p}`) }))}
              />
              <TextField
                id={idOf(`steps[${i}].title`)}
                name={`steps-${i}-title`}
                label={t('catalogue.editor.stepTitle')}
                value={step.title}
                onChange={(v) => set('steps', state.steps.map((s, j) => (j === i ? { ...s, title: v } : s)))}
                error={problem(`steps[${i}].title`)}
              />
              <TextAreaField
                id={idOf(`steps[${i}].instructions`)}
                name={`steps-${i}-instructions`}
                label={t('catalogue.editor.stepInstructions')}
                value={step.instructions}
                onChange={(v) => set('steps', state.steps.map((s, j) => (j === i ? { ...s, instructions: v } : s)))}
                error={problem(`steps[${i}].instructions`)}
                rows={4}
              />
              {state.steps.length > 1 ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => set('steps', state.steps.filter((_, j) => j !== i))}
                >
                  {t('catalogue.editor.removeStep', { number: i + 1 })}
                </button>
              ) : null}
            </fieldset>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => set('steps', [...state.steps, { phase: 'PREPARE', title: '', instructions: '' }])}
          >
            {t('catalogue.editor.addStep')}
          </button>
        </fieldset>
      ) : null}
      {kind === 'SERVICE' ? (
        <fieldset className="fieldset">
          <legend>{t('catalogue.editor.service')}</legend>
          <CheckboxGroup
            id={idOf('service.categories')}
            legend={t('catalogue.editor.categories')}
            options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`serviceCategory.${c}`) }))}
            value={state.categories}
            onChange={(v) => set('categories', v)}
            error={problem('service.categories')}
          />
          <TextField
            id={idOf('service.memberStates')}
            name="memberStates"
            label={t('catalogue.editor.memberStates')}
            hint={t('catalogue.editor.memberStatesHint')}
            value={state.memberStates}
            onChange={(v) => set('memberStates', v)}
            error={problem('service.memberStates')}
          />
          <TextField
            id={idOf('service.languages')}
            name="serviceLanguages"
            label={t('catalogue.editor.serviceLanguages')}
            hint={t('catalogue.editor.serviceLanguagesHint')}
            value={state.serviceLanguages}
            onChange={(v) => set('serviceLanguages', v)}
            error={problem('service.languages')}
          />
          <TextField
            id={idOf('service.indicativePrice')}
            name="price"
            label={t('catalogue.editor.price')}
            inputMode="decimal"
            value={state.price}
            onChange={(v) => set('price', v)}
            error={problem('service.indicativePrice')}
          />
          <TextField
            id={idOf('service.currency')}
            name="currency"
            label={t('catalogue.editor.currency')}
            value={state.currency}
            onChange={(v) => set('currency', v)}
            error={problem('service.currency')}
            maxLength={3}
          />
        </fieldset>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy} data-testid="editor-submit">
          {busy ? t('catalogue.editor.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
