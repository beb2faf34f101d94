export { LanguageSwitcher } from './language-switcher';
export { MainNav, type NavBadges } from './main-nav';
export { SiteFooter } from './site-footer';
export { SiteHeader, type SiteHeaderProps } from './site-header';
export { MAIN_CONTENT_ID, SkipLink } from './skip-link';
