import { useEffect, useState } from 'react';
import type { Language } from '@/lib/i18n';
import type { LegalContent } from './types';

/** Each language's statements are a chunk of their own, loaded by the page that shows them. */
const LOADERS: Readonly<Record<Language, () => Promise<{ content: LegalContent }>>> = {
  en: () => import('./en'),
  de: () => import('./de'),
  fr: () => import('./fr'),
};

/** The statements in `language`; null while they load. */
export function useLegalContent(language: Language): LegalContent | null {
  const [loaded, setLoaded] = useState<{ language: Language; content: LegalContent } | null>(null);
  useEffect(() => {
    let current = true;
    void LOADERS[language]().then(({ content }) => {
      if (current) setLoaded({ language, content });
    });
    return () => {
      current = false;
    };
  }, [language]);
  return loaded?.language === language ? loaded.content : null;
}
