import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { Role } from '@/gql/graphql';
import { isNavGroup, navEntriesFor, type NavBadge, type NavGroup, type NavItem } from '@/lib/roles';

/** Live counts next to navigation entries, supplied by the app layer (shared code never fetches). */
export type NavBadges = Readonly<Partial<Record<NavBadge, ReactNode>>>;

function covers(item: NavItem, pathname: string): boolean {
  return item.end ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
}

/** A destination; `label` names it by its menu when the menu has no other entry. */
function Link({ item, badges, label }: { item: NavItem; badges: NavBadges; label?: string }) {
  const { t } = useTranslation();
  return (
    <NavLink to={item.to} end={item.end} className="main-nav__link" data-nav-id={item.id}>
      {label ?? t(item.labelKey)}
      {item.badge ? badges[item.badge] : null}
    </NavLink>
  );
}

interface MenuProps {
  group: NavGroup;
  open: boolean;
  onToggle: (open: boolean) => void;
  badges: NavBadges;
}

/**
 * A disclosure menu (WAI-ARIA APG "disclosure navigation"): a button that says whether its list
 * is open, the list of links right after it. Escape closes it and returns focus to the button.
 */
function Menu({ group, open, onToggle, badges }: MenuProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const current = group.items.some((item) => covers(item, pathname));
  return (
    <div
      className="main-nav__menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          onToggle(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`main-nav__toggle${current ? ' active' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => onToggle(!open)}
        data-nav-menu={group.id}
      >
        {t(group.labelKey)}
        <span className="main-nav__chevron" aria-hidden="true" />
      </button>
      <ul id={listId} className="main-nav__submenu" hidden={!open}>
        {group.items.map((item) => (
          <li key={item.id}>
            <Link item={item} badges={badges} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The main navigation: links, and menus grouping a workspace's related pages so that the
 * navigation fits one line. One menu is open at a time; it closes on navigation, on a click
 * or focus outside, and on Escape.
 */
export function MainNav({ role, badges = {} }: { role: Role | null; badges?: NavBadges }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [openId, setOpenId] = useState<string | null>(null);
  const navRef = useRef<HTMLElement>(null);

  useEffect(() => setOpenId(null), [pathname]);
  useEffect(() => {
    if (!openId) return undefined;
    const closeOutside = (event: Event) => {
      if (event.target instanceof Node && !navRef.current?.contains(event.target)) setOpenId(null);
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
    };
  }, [openId]);

  return (
    <nav ref={navRef} className="main-nav" aria-label={t('nav.main')} data-testid="main-nav">
      <ul className="main-nav__list">
        {navEntriesFor(role).map((entry) => (
          <li key={entry.id}>
            {!isNavGroup(entry) ? (
              <Link item={entry} badges={badges} />
            ) : entry.items.length === 1 && entry.items[0] ? (
              <Link item={entry.items[0]} badges={badges} label={t(entry.labelKey)} />
            ) : (
              <Menu
                group={entry}
                open={openId === entry.id}
                onToggle={(open) => setOpenId(open ? entry.id : null)}
                badges={badges}
              />
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
