import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSession } from '@/lib/session-context';
import { workspaceHome } from '@/lib/roles';
import { PRIORITIES, type Capability } from '../model/capabilities';

function CapabilityItem({ capability }: { capability: Capability }) {
  const { t } = useTranslation();
  const label = t(`home.capabilities.${capability.id}`);
  return (
    <li className="capability" data-capability={capability.id} data-status={capability.to ? 'available' : 'coming'}>
      {capability.to ? (
        <Link to={capability.to}>{label}</Link>
      ) : (
        <>
          <span>{label}</span> <span className="badge badge--muted">{t('home.coming')}</span>
        </>
      )}
    </li>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  useDocumentTitle(t('nav.home'));

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title" tabIndex={-1}>
          {t('home.title')}
        </h1>
        <p className="lead">{t('home.lead')}</p>
        <p>{t('home.intro')}</p>
        <div className="button-row">
          {session ? (
            <Link className="button" to={workspaceHome(session.user.role)}>
              {t(`workspace.titles.${session.user.role}`)}
            </Link>
          ) : (
            <>
              <Link className="button" to="/register">
                {t('home.ctaRegister')}
              </Link>
              <Link className="button button--secondary" to="/login">
                {t('home.ctaLogin')}
              </Link>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="priorities-title">
        <h2 id="priorities-title">{t('home.prioritiesTitle')}</h2>
        <p>{t('home.prioritiesIntro')}</p>
        <ol className="card-grid">
          {PRIORITIES.map((priority, index) => (
            <li key={priority.id} className="card" data-priority={priority.id}>
              <h3>
                <span className="card__number" aria-hidden="true">
                  {index + 1}
                </span>
                {t(`home.${priority.id}.title`)}
              </h3>
              <p>{t(`home.${priority.id}.text`)}</p>
              <ul className="capability-list" aria-label={t('home.capabilitiesLabel', { priority: t(`home.${priority.id}.title`) })}>
                {priority.capabilities.map((capability) => (
                  <CapabilityItem key={capability.id} capability={capability} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <div className="two-column">
        <section aria-labelledby="vouchers-title">
          <h2 id="vouchers-title">{t('home.vouchersTitle')}</h2>
          <p>{t('home.vouchersText')}</p>
          <ul className="task-list">
            <li>
              <Link to="/programmes" data-testid="home-programmes-link">
                {t('home.programmesLink')}
              </Link>
            </li>
            <li>
              <Link to="/sme-check" data-testid="home-sme-link">
                {t('sme.homeLink')}
              </Link>
            </li>
          </ul>
        </section>
        <section aria-labelledby="audience-title">
          <h2 id="audience-title">{t('home.audienceTitle')}</h2>
          <ul className="bullet-list">
            <li>{t('home.audienceProviders')}</li>
            <li>{t('home.audienceAgencies')}</li>
            <li>{t('home.audienceVendors')}</li>
            <li>{t('home.audienceEnisa')}</li>
          </ul>
          <p>
            <Link to="/contact">{t('home.contactLink')}</Link>
          </p>
        </section>
      </div>

      {session ? null : (
        <section className="callout" aria-labelledby="cta-title">
          <h2 id="cta-title">{t('home.ctaTitle')}</h2>
          <p>{t('home.ctaText')}</p>
          <div className="button-row">
            <Link className="button" to="/register">
              {t('home.ctaRegister')}
            </Link>
            <Link className="button button--secondary" to="/login">
              {t('home.ctaLogin')}
            </Link>
          </div>
        </section>
      )}
    </>
  );
}
