/**
 * Which role sees which workspace. The navigation and the route guards both read this
 * module, so a user never sees a link to a page their role cannot open.
 */
import type { Role } from '@/gql/graphql';
import type { Messages } from './i18n/locales/en';

/** Each role's workspace home; also the landing page after login. */
export const WORKSPACE_HOME: Readonly<Record<Role, string>> = {
  PLATFORM_ADMIN: '/admin',
  ENISA_STAFF: '/enisa',
  AGENCY_OFFICER: '/agency',
  PROVIDER_USER: '/provider',
  SERVICE_PROVIDER: '/vendor',
  AUTHORITY_OFFICER: '/authority',
};

export const ROLES: readonly Role[] = Object.freeze(
  Object.keys(WORKSPACE_HOME).filter((key): key is Role => key in WORKSPACE_HOME),
);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(WORKSPACE_HOME, value);
}

type NavLabelKey = `nav.${keyof Messages['nav']}`;

export interface NavItem {
  /** Stable id, used as React key and by end-to-end tests. */
  id: string;
  to: string;
  labelKey: NavLabelKey;
  /** Active only on an exact match (for workspace homes that prefix other pages). */
  end?: boolean;
  /** A live count shown next to the label (the app layer supplies it). */
  badge?: NavBadge;
}

/** The kinds of count a navigation entry can show. */
export type NavBadge = 'unreadNotifications' | 'alertsAwaiting';

const HOME: NavItem = { id: 'home', to: '/', labelKey: 'nav.home', end: true };
/** Public: the open voucher programmes, for everyone. */
const PROGRAMMES: NavItem = { id: 'programmes', to: '/programmes', labelKey: 'nav.programmes' };
/** Public: the SME self-assessment, for everyone. */
const SME_CHECK: NavItem = { id: 'sme-check', to: '/sme-check', labelKey: 'nav.smeCheck' };
/** Public: the support centre's catalogue and training calendar, for everyone. */
const CATALOGUE: NavItem = { id: 'catalogue', to: '/catalogue', labelKey: 'nav.catalogue' };
const TRAINING: NavItem = { id: 'training', to: '/training', labelKey: 'nav.training' };

/** Public: the early-warning alerts (visitors: TLP:CLEAR; signed-in users: their inbox). */
const ALERTS: NavItem = { id: 'alerts', to: '/alerts', labelKey: 'nav.alerts' };
/** The inbox with the live count of alerts awaiting the organisation's answer. */
const ALERTS_INBOX: NavItem = { ...ALERTS, badge: 'alertsAwaiting' };

const ANONYMOUS_NAV: readonly NavItem[] = [
  HOME,
  PROGRAMMES,
  SME_CHECK,
  ALERTS,
  CATALOGUE,
  { id: 'register', to: '/register', labelKey: 'nav.register' },
  { id: 'login', to: '/login', labelKey: 'nav.login' },
];

/**
 * A menu of related destinations, shown as a button that opens its list (the disclosure
 * pattern). A group of one is shown as that one link.
 */
export interface NavGroup {
  id: string;
  labelKey: NavLabelKey;
  items: readonly NavItem[];
}

export type NavEntry = NavItem | NavGroup;

export function isNavGroup(entry: NavEntry): entry is NavGroup {
  return 'items' in entry;
}

const group = (id: string, labelKey: NavLabelKey, ...items: NavItem[]): NavGroup => ({ id, labelKey, items });

/** The pages of each workspace, in menu order, grouped. Every path here is guarded by its roles. */
const WORKSPACE_NAV: Readonly<Record<Role, readonly NavEntry[]>> = {
  PLATFORM_ADMIN: [
    { id: 'admin-home', to: '/admin', labelKey: 'nav.adminHome', end: true },
    group(
      'admin-registry',
      'nav.groupRegistry',
      { id: 'admin-accounts', to: '/admin/accounts', labelKey: 'nav.adminAccounts' },
      { id: 'admin-agencies', to: '/admin/agencies', labelKey: 'nav.adminAgencies' },
      { id: 'admin-audit', to: '/admin/audit', labelKey: 'nav.auditTrail' },
      { id: 'admin-outbox', to: '/admin/email', labelKey: 'nav.adminOutbox' },
    ),
  ],
  ENISA_STAFF: [
    { id: 'enisa-home', to: '/enisa', labelKey: 'nav.enisaHome', end: true },
    { id: 'enisa-statistics', to: '/enisa/statistics', labelKey: 'nav.incidentStatistics' },
    { id: 'enisa-alerts', to: '/enisa/alerts', labelKey: 'nav.alerts' },
  ],
  AGENCY_OFFICER: [
    // The workspace's home and the day's pending work (issue 17) share one menu: the agency's
    // menu bar has no room for another entry.
    group(
      'agency-workspace',
      'nav.agencyHome',
      { id: 'agency-home', to: '/agency', labelKey: 'nav.agencyOverview', end: true },
      { id: 'agency-pending', to: '/agency/pending', labelKey: 'nav.agencyPending' },
    ),
    group('agency-organisations', 'nav.groupOrganisations', {
      id: 'agency-verifications',
      to: '/agency/verifications',
      labelKey: 'nav.agencyVerifications',
    }),
    group('agency-programme-group', 'nav.groupProgrammes', {
      id: 'agency-programmes',
      to: '/agency/programmes',
      labelKey: 'nav.agencyProgrammes',
    }),
    group('agency-applications', 'nav.groupApplications', {
      id: 'agency-reviews',
      to: '/agency/reviews',
      labelKey: 'nav.agencyReviews',
    }),
    group(
      'agency-money',
      'nav.groupVouchersPayments',
      { id: 'agency-vouchers', to: '/agency/vouchers', labelKey: 'nav.agencyVouchers' },
      { id: 'agency-payments', to: '/agency/payments', labelKey: 'nav.agencyPayments' },
      { id: 'agency-audit', to: '/agency/audit', labelKey: 'nav.auditTrail' },
    ),
  ],
  PROVIDER_USER: [
    { id: 'provider-home', to: '/provider', labelKey: 'nav.providerHome', end: true },
    group(
      'provider-applying',
      'nav.groupApplications',
      { id: 'provider-programmes', to: '/provider/programmes', labelKey: 'nav.providerProgrammes' },
      { id: 'provider-applications', to: '/provider/applications', labelKey: 'nav.providerApplications' },
    ),
    { id: 'provider-vouchers', to: '/provider/vouchers', labelKey: 'nav.providerVouchers' },
    { id: 'provider-profile', to: '/provider/profile', labelKey: 'nav.providerProfile' },
    { id: 'provider-incidents', to: '/provider/incidents', labelKey: 'nav.incidents' },
    {
      id: 'provider-notifications',
      to: '/provider/notifications',
      labelKey: 'nav.notifications',
      badge: 'unreadNotifications',
    },
  ],
  SERVICE_PROVIDER: [
    { id: 'vendor-home', to: '/vendor', labelKey: 'nav.vendorHome', end: true },
    group(
      'vendor-vouchers',
      'nav.groupVouchers',
      { id: 'vendor-redeem', to: '/vendor/redeem', labelKey: 'nav.vendorRedeem' },
      { id: 'vendor-redemptions', to: '/vendor/redemptions', labelKey: 'nav.vendorRedemptions' },
    ),
    {
      id: 'vendor-notifications',
      to: '/vendor/notifications',
      labelKey: 'nav.notifications',
      badge: 'unreadNotifications',
    },
  ],
  AUTHORITY_OFFICER: [
    { id: 'authority-home', to: '/authority', labelKey: 'nav.authorityHome', end: true },
    { id: 'authority-incidents', to: '/authority/incidents', labelKey: 'nav.incidents' },
    { id: 'authority-ransom-rules', to: '/authority/ransom-rules', labelKey: 'nav.ransomRules' },
    {
      id: 'authority-notifications',
      to: '/authority/notifications',
      labelKey: 'nav.notifications',
      badge: 'unreadNotifications',
    },
  ],
};

/**
 * The public alerts page in each role's menu (not guarded: visitors read TLP:CLEAR there). The
 * roles whose organisations answer alerts see the count awaiting an answer (agency officers, whose
 * menu has no room left, reach the page from the home page); ENISA staff have
 * their editor in the workspace instead.
 */
const ALERT_NAV: Readonly<Record<Role, readonly NavEntry[]>> = {
  PLATFORM_ADMIN: [],
  ENISA_STAFF: [],
  // The agency's menu already fills one line at 1280 px: officers open /alerts from the home page.
  AGENCY_OFFICER: [],
  PROVIDER_USER: [ALERTS_INBOX],
  SERVICE_PROVIDER: [ALERTS_INBOX],
  AUTHORITY_OFFICER: [ALERTS],
};

/**
 * Each role's own support-centre pages, in the "Services" menu after the public ones: the
 * catalogue and training pages, and the Cybersecurity Reserve's (issue 11).
 */
const SUPPORT_PAGES: Readonly<Record<Role, readonly NavItem[]>> = {
  PLATFORM_ADMIN: [],
  ENISA_STAFF: [
    { id: 'enisa-catalogue', to: '/enisa/catalogue', labelKey: 'nav.enisaCatalogue' },
    { id: 'enisa-training', to: '/enisa/training', labelKey: 'nav.enisaTraining' },
    { id: 'enisa-reserve', to: '/enisa/reserve', labelKey: 'nav.reserveTriage' },
  ],
  AGENCY_OFFICER: [],
  PROVIDER_USER: [
    { id: 'provider-training', to: '/provider/training', labelKey: 'nav.providerTraining' },
    { id: 'provider-reserve', to: '/provider/reserve', labelKey: 'nav.reserveRequests' },
  ],
  SERVICE_PROVIDER: [
    { id: 'vendor-services', to: '/vendor/services', labelKey: 'nav.vendorServices' },
    { id: 'vendor-reserve', to: '/vendor/reserve', labelKey: 'nav.reserveEngagements' },
  ],
  AUTHORITY_OFFICER: [{ id: 'authority-reserve', to: '/authority/reserve', labelKey: 'nav.reserveEndorsements' }],
};

/**
 * The public services and the role's support-centre pages in one menu, so that every workspace
 * menu stays on one line at 1280 px (the agency's has no room for another).
 */
function supportGroup(role: Role): NavGroup {
  return group('funding', 'nav.funding', PROGRAMMES, SME_CHECK, CATALOGUE, TRAINING, ...SUPPORT_PAGES[role]);
}

function flatten(entries: readonly NavEntry[]): NavItem[] {
  return entries.flatMap((entry) => (isNavGroup(entry) ? entry.items : [entry]));
}

/** The main navigation as it is drawn: links and menus, for a role or an anonymous visitor. */
export function navEntriesFor(role: Role | null): readonly NavEntry[] {
  return role ? [HOME, supportGroup(role), ...WORKSPACE_NAV[role], ...ALERT_NAV[role]] : ANONYMOUS_NAV;
}

/** Every destination of the main navigation, in order, for a role or an anonymous visitor. */
export function navItemsFor(role: Role | null): readonly NavItem[] {
  return flatten(navEntriesFor(role));
}

/** The workspace pages of a role (without the public pages). */
export function workspaceItemsFor(role: Role): readonly NavItem[] {
  return [...flatten(WORKSPACE_NAV[role]), ...SUPPORT_PAGES[role]];
}

/** The roles that may open a workspace path; undefined for public paths. */
export function rolesForPath(path: string): readonly Role[] | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  // A page below a workspace menu entry (e.g. /agency/programmes/new) belongs to that entry;
  // a role's bare home (/agency) does not cover other roles' look-alike paths.
  const covers = (item: NavItem) =>
    item.to === normalised || (!item.end && normalised.startsWith(`${item.to}/`));
  const roles = ROLES.filter((role) => workspaceItemsFor(role).some(covers));
  return roles.length > 0 ? roles : undefined;
}

/** Whether a role (or an anonymous visitor) may open a path. */
export function canAccess(role: Role | null, path: string): boolean {
  const roles = rolesForPath(path);
  if (!roles) return true;
  return role !== null && roles.includes(role);
}

export function workspaceHome(role: Role): string {
  return WORKSPACE_HOME[role];
}
