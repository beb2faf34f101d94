import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Role } from '@/gql/graphql';
import { navItemsFor } from '@/lib/roles';

export function MainNav({ role }: { role: Role | null }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.main')} data-testid="main-nav">
      <ul className="main-nav__list">
        {navItemsFor(role).map((item) => (
          <li key={item.id}>
            <NavLink to={item.to} end={item.end} className="main-nav__link" data-nav-id={item.id}>
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
