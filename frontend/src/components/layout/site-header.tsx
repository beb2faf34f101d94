import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Session } from '@/lib/session';
import { LanguageSwitcher } from './language-switcher';
import { MainNav, type NavBadges } from './main-nav';

interface SiteHeaderProps {
  session: Session | null;
  onLogout: () => void;
  /** Counts shown next to navigation entries (e.g. unread notifications). */
  navBadges?: NavBadges;
}

const MENU_ID = 'site-menu';

/**
 * The header: the service's name, then the language, the account and the navigation. On narrow
 * screens (below 48rem) these sit behind a "Menu" button, so the page's content starts near the
 * top; the button says whether the menu is open and closes it after navigation.
 */
export function SiteHeader({ session, onLogout, navBadges }: SiteHeaderProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname]);

  return (
    <header className="site-header">
      <div className="site-header__inner container">
        <Link to="/" className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="32" height="32" focusable="false">
              <path
                d="M16 2 4 7v8c0 7.4 5.1 13.3 12 15 6.9-1.7 12-7.6 12-15V7L16 2Z"
                fill="currentColor"
              />
              <path d="M14 10h4v4h4v4h-4v4h-4v-4h-4v-4h4z" fill="#004494" />
            </svg>
          </span>
          <span>
            <span className="site-header__name">{t('common.appName')}</span>
            <span className="site-header__tagline">{t('common.tagline')}</span>
          </span>
        </Link>
        <button
          type="button"
          className="site-header__menu-button"
          aria-expanded={open}
          aria-controls={MENU_ID}
          onClick={() => setOpen((value) => !value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
          data-testid="site-menu-button"
        >
          <span className="site-header__menu-icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <div id={MENU_ID} className={`site-header__menu${open ? ' site-header__menu--open' : ''}`}>
          <div className="site-header__tools">
            <LanguageSwitcher />
            {session ? (
              <div className="site-header__user" data-testid="user-menu">
                <span className="site-header__user-name">
                  {t('common.signedInAs', { name: session.user.displayName })}
                  <span className="site-header__user-role">{t(`roles.${session.user.role}`)}</span>
                </span>
                <button type="button" className="button button--inverse" onClick={onLogout} data-testid="logout">
                  {t('common.logout')}
                </button>
              </div>
            ) : null}
          </div>
          <div className="site-header__nav">
            <MainNav role={session?.user.role ?? null} badges={navBadges} />
          </div>
        </div>
      </div>
    </header>
  );
}
