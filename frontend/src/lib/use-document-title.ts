import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "<page> – CyberHealth" in the current language (WCAG 2.4.2). */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('common.pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
