import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { SelectField, TextAreaField, TextField } from '@/components/ui';
import type { ContentFieldsFragment } from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';
import { CatalogueItemQuery, TranslateCatalogueItemMutation } from '../api/catalogue';
import { translationInput, type EditorProblem, type TranslationState } from '../model/editor';
import { EU_LANGUAGES, languageName } from '../model/languages';
import { refusalOf, type Refusal } from '../model/outcome';
import { MarkdownView } from './markdown-view';

interface TranslationEditorProps {
  itemId: string;
  /** The working copy in its original language. */
  original: ContentFieldsFragment;
  onSaved: (message: string) => void;
  onRefused: (refusal: Refusal) => void;
}

function emptyTranslation(original: ContentFieldsFragment): TranslationState {
  return { title: '', summary: '', body: '', steps: original.steps.map(() => ({ title: '', instructions: '' })) };
}

/** The original on the left, its translation into the chosen language on the right. */
export function TranslationEditor({ itemId, original, onSaved, onRefused }: TranslationEditorProps) {
  const { t, i18n } = useTranslation();
  const ui = currentLanguage(i18n);
  const targets = EU_LANGUAGES.filter((code) => code !== original.language);
  const [language, setLanguage] = useState(targets.find((c) => c === (ui === original.language ? 'de' : ui)) ?? 'de');
  const [state, setState] = useState<TranslationState>(() => emptyTranslation(original));
  const [problems, setProblems] = useState<Record<string, EditorProblem>>({});
  const [{ data }] = useQuery({ query: CatalogueItemQuery, variables: { id: itemId, language }, requestPolicy: 'network-only' });
  const existing = data?.catalogueItem.draft ?? data?.catalogueItem.current;
  // A new language starts empty; its saved text fills the form once it arrives, never over typing.
  useEffect(() => {
    setState(emptyTranslation(original));
    setProblems({});
  }, [language]); // only on a change of language
  useEffect(() => {
    if (existing && existing.language === language) {
      setState((current) =>
        current.title || current.summary || current.body
          ? current
          : {
              title: existing.title,
              summary: existing.summary,
              body: existing.body,
              steps: existing.steps.map((s) => ({ title: s.title, instructions: s.instructions })),
            },
      );
    }
  }, [existing?.language, existing?.title, language]); // when the saved text arrives
  const [{ fetching }, translate] = useMutation(TranslateCatalogueItemMutation);
  const problem = (field: string) => {
    const p = problems[field];
    return p ? t(`catalogue.editor.problems.${p}`) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    const found: Record<string, EditorProblem> = {};
    if (!state.title.trim()) found['title'] = 'required';
    if (!state.summary.trim()) found['summary'] = 'required';
    state.steps.forEach((s, i) => {
      if (!s.title.trim()) found[`steps[${i}].title`] = 'required';
      if (!s.instructions.trim()) found[`steps[${i}].instructions`] = 'required';
    });
    setProblems(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`translation-${Object.keys(found)[0]?.replace(/[^a-zA-Z0-9]+/g, '-')}`)?.focus();
      return;
    }
    const result = await translate({ id: itemId, language, input: translationInput(state) });
    if (result.data) {
      onSaved(t('catalogue.manage.translated'));
      return;
    }
    const refusal = result.error ? refusalOf(result.error) : ({ kind: 'error', error: { kind: 'UNKNOWN' } } as const);
    if (refusal.kind === 'fields') setProblems(refusal.problems);
    else onRefused(refusal);
  }

  const originalName = languageName(original.language, ui);
  const targetName = languageName(language, ui);
  return (
    <section aria-labelledby="translate-title" className="panel">
      <h2 id="translate-title">{t('catalogue.manage.translateTitle')}</h2>
      <p data-testid="working-languages">
        {t('catalogue.manage.languages', { languages: original.languages.map((c) => languageName(c, ui)).join(', ') })}
      </p>
      <SelectField
        id="translation-language"
        name="translationLanguage"
        label={t('catalogue.manage.translateInto')}
        value={language}
        onChange={setLanguage}
        options={targets.map((code) => ({ value: code, label: languageName(code, ui) }))}
      />
      <div className="side-by-side">
        <section aria-labelledby="translation-original" lang={original.language}>
          <h3 id="translation-original" lang={ui}>
            {t('catalogue.manage.original', { language: originalName })}
          </h3>
          <p>
            <strong>{original.title}</strong>
          </p>
          <p>{original.summary}</p>
          <MarkdownView text={original.body} headingOffset={3} />
          {original.steps.map((step) => (
            <div key={step.number}>
              <p>
                <strong>
                  {step.number}. {step.title}
                </strong>
              </p>
              <MarkdownView text={step.instructions} headingOffset={3} />
            </div>
          ))}
        </section>
        <form onSubmit={submit} noValidate aria-labelledby="translation-target" data-testid="translation-form">
          <h3 id="translation-target">{t('catalogue.manage.translation', { language: targetName })}</h3>
          <div lang={language}>
            <TextField
              id="translation-title"
              name="translationTitle"
              label={t('catalogue.editor.title')}
              value={state.title}
              onChange={(v) => setState((s) => ({ ...s, title: v }))}
              error={problem('title')}
              maxLength={200}
            />
            <TextAreaField
              id="translation-summary"
              name="translationSummary"
              label={t('catalogue.editor.summary')}
              value={state.summary}
              onChange={(v) => setState((s) => ({ ...s, summary: v }))}
              error={problem('summary')}
              rows={3}
            />
            <TextAreaField
              id="translation-body"
              name="translationBody"
              label={t('catalogue.editor.body')}
              value={state.body}
              onChange={(v) => setState((s) => ({ ...s, body: v }))}
              error={problem('body')}
              rows={10}
            />
            {state.steps.map((step, i) => (
              <fieldset key={i} className="fieldset">
                <legend>{t('catalogue.editor.step', { number: i + 1 })}</legend>
                <TextField
                  id={`translation-steps-${i}-title`}
                  name={`translation-steps-${i}-title`}
                  label={t('catalogue.editor.stepTitle')}
                  value={step.title}
                  onChange={(v) => setState((s) => ({ ...s, steps: s.steps.map((x, j) => (j === i ? { ...x, title: v } : x)) }))}
                  error={problem(`steps[${i}].title`)}
                />
                <TextAreaField
                  id={`translation-steps-${i}-instructions`}
                  name={`translation-steps-${i}-instructions`}
                  label={t('catalogue.editor.stepInstructions')}
                  value={step.instructions}
                  onChange={(v) =>
                    setState((s) => ({ ...s, steps: s.steps.map((x, j) => (j === i ? { ...x, instructions: v } : x)) }))
                  }
                  error={problem(`steps[${i}].instructions`)}
                  rows={3}
                />
              </fieldset>
            ))}
          </div>
          <button type="submit" className="button" disabled={fetching} data-testid="translation-submit">
            {t('catalogue.manage.saveTranslation')}
          </button>
        </form>
      </div>
    </section>
  );
}
