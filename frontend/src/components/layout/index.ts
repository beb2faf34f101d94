export { SiteFooter } from './site-footer';
export { SiteHeader } from './site-header';
export { MAIN_CONTENT_ID, SkipLink } from './skip-link';
