import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The legal pages every public-sector site links from its footer, and the contact page. */
const LEGAL_LINKS = [
  { to: '/legal-notice', key: 'legal.legalNotice' },
  { to: '/privacy', key: 'legal.privacy' },
  { to: '/cookies', key: 'legal.cookies' },
  { to: '/accessibility', key: 'legal.accessibility' },
  { to: '/contact', key: 'legal.contact' },
] as const;

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label={t('legal.footerNav')} data-testid="footer-nav">
          <ul className="site-footer__links">
            {LEGAL_LINKS.map((link) => (
              <li key={link.to}>
                <Link to={link.to}>{t(link.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t('common.footerText')}</p>
        <p>{t('common.footerSupport')}</p>
      </div>
    </footer>
  );
}
