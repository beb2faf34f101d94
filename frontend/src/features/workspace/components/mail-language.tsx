import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SelectField, StatusMessage } from '@/components/ui';
import type { MailLanguage } from '@/gql/graphql';
import { errorMessage, mapError } from '@/lib/errors';
import { SetMyLanguageMutation } from '../api/me';

/** Each language by its own name, as the language switcher shows it. */
const LANGUAGES: readonly { value: MailLanguage; label: string }[] = [
  { value: 'EN', label: 'English' },
  { value: 'DE', label: 'Deutsch' },
  { value: 'FR', label: 'Français' },
];

function isMailLanguage(value: string): value is MailLanguage {
  return LANGUAGES.some((l) => l.value === value);
}

/**
 * "Language of e-mails": the language the platform writes the caller's e-mails in
 * (`setMyLanguage`), independent of the language of the pages. Saved with a button, so
 * choosing an option changes nothing by itself; the result is said in a polite status.
 */
export function MailLanguagePicker({ language }: { language: MailLanguage }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<MailLanguage>(language);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(SetMyLanguageMutation);
  const statusRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    setStatus('');
    setProblem(null);
    const result = await save({ language: value });
    const saved = result.data?.setMyLanguage.language;
    if (result.error || !saved) {
      setProblem(errorMessage(t, result.error ? mapError(result.error) : { kind: 'UNKNOWN' }));
      return;
    }
    setValue(saved);
    setStatus(t('mailLanguage.saved', { language: LANGUAGES.find((l) => l.value === saved)?.label ?? saved }));
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  return (
    <form className="inline-form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="mail-language-form">
      <SelectField
        id="mail-language"
        name="mailLanguage"
        label={t('mailLanguage.label')}
        hint={t('mailLanguage.hint')}
        value={value}
        onChange={(next) => {
          if (isMailLanguage(next)) setValue(next);
        }}
        options={LANGUAGES}
        error={problem ?? undefined}
      />
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={fetching} data-testid="mail-language-save">
          {fetching ? t('mailLanguage.saving') : t('mailLanguage.save')}
        </button>
      </div>
      <StatusMessage ref={statusRef} text={status} testId="mail-language-status" />
    </form>
  );
}
