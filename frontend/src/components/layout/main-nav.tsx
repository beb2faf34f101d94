import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Role } from '@/gql/graphql';
import { navItemsFor, type NavBadge } from '@/lib/roles';

/** Live counts next to navigation entries, supplied by the app layer (shared code never fetches). */
export type NavBadges = Readonly<Partial<Record<NavBadge, ReactNode>>>;

export function MainNav({ role, badges = {} }: { role: Role | null; badges?: NavBadges }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.main')} data-testid="main-nav">
      <ul className="main-nav__list">
        {navItemsFor(role).map((item) => (
          <li key={item.id}>
            <NavLink to={item.to} end={item.end} className="main-nav__link" data-nav-id={item.id}>
              {t(item.labelKey)}
              {item.badge ? badges[item.badge] : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
