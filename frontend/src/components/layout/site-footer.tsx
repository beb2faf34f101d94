import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('common.footerText')}</p>
        <p>{t('common.footerSupport')}</p>
      </div>
    </footer>
  );
}
