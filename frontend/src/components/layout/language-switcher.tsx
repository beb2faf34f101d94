import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changeLanguage,
  currentLanguage,
  isLanguage,
  LANGUAGE_NAMES,
  SUPPORTED_LANGUAGES,
} from '@/lib/i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const language = currentLanguage(i18n);

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('common.language')}</label>
      <select
        id={id}
        data-testid="language-switcher"
        value={language}
        aria-busy={busy || undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLanguage(next)) return;
          setBusy(true);
          changeLanguage(i18n, next).finally(() => setBusy(false));
        }}
      >
        {SUPPORTED_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_NAMES[lng]}
          </option>
        ))}
      </select>
    </div>
  );
}
