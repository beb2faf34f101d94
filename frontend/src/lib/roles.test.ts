import { describe, expect, it } from 'vitest';
import type { Role } from '@/gql/graphql';
import {
  canAccess,
  isRole,
  navItemsFor,
  ROLES,
  rolesForPath,
  WORKSPACE_HOME,
  workspaceHome,
  workspaceItemsFor,
} from './roles';

const paths = (role: Role | null) => navItemsFor(role).map((item) => item.to);

describe('role → navigation', () => {
  it('lists every role once', () => {
    expect([...ROLES].sort()).toEqual(
      ['AGENCY_OFFICER', 'AUTHORITY_OFFICER', 'ENISA_STAFF', 'PLATFORM_ADMIN', 'PROVIDER_USER', 'SERVICE_PROVIDER'].sort(),
    );
    expect(isRole('AGENCY_OFFICER')).toBe(true);
    expect(isRole('toString')).toBe(false);
    expect(isRole('ROOT')).toBe(false);
  });

  it('shows anonymous visitors only public pages', () => {
    expect(paths(null)).toEqual(['/', '/programmes', '/sme-check', '/alerts', '/catalogue', '/register', '/login']);
  });

  it.each([
    ['PLATFORM_ADMIN', ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/admin', '/admin/accounts', '/admin/agencies', '/admin/audit', '/admin/email']],
    ['ENISA_STAFF', ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/enisa/catalogue', '/enisa/training', '/enisa/reserve', '/enisa', '/enisa/statistics', '/enisa/alerts']],
    [
      'AGENCY_OFFICER',
      [
        '/',
        '/programmes',
        '/sme-check', '/catalogue', '/training',
        '/agency',
        '/agency/pending',
        '/agency/verifications',
        '/agency/programmes',
        '/agency/reviews',
        '/agency/vouchers',
        '/agency/payments',
        '/agency/audit',
      ],
    ],
    [
      'PROVIDER_USER',
      [
        '/',
        '/programmes',
        '/sme-check', '/catalogue', '/training', '/provider/training', '/provider/reserve',
        '/provider',
        '/provider/programmes',
        '/provider/applications',
        '/provider/vouchers',
        '/provider/profile',
        '/provider/incidents',
        '/provider/notifications',
        '/alerts',
      ],
    ],
    ['SERVICE_PROVIDER', ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/vendor/services', '/vendor/reserve', '/vendor', '/vendor/redeem', '/vendor/redemptions', '/vendor/notifications', '/alerts']],
    ['AUTHORITY_OFFICER', ['/', '/programmes', '/sme-check', '/catalogue', '/training', '/authority/reserve', '/authority', '/authority/incidents', '/authority/ransom-rules', '/authority/notifications', '/alerts']],
  ] as const)('%s sees %j', (role, expected) => {
    expect(paths(role)).toEqual(expected);
  });

  it('guards pages below a workspace entry with that entry\'s roles', () => {
    expect(rolesForPath('/agency/programmes/new')).toEqual(['AGENCY_OFFICER']);
    expect(rolesForPath('/agency/programmes/abc')).toEqual(['AGENCY_OFFICER']);
    expect(canAccess('PROVIDER_USER', '/agency/programmes/abc')).toBe(false);
    expect(canAccess(null, '/programmes')).toBe(true);
    expect(rolesForPath('/agencyx')).toBeUndefined();
    expect(rolesForPath('/agency/programmes/abc/edit')).toEqual(['AGENCY_OFFICER']);
    expect(rolesForPath('/admin/accounts')).toEqual(['PLATFORM_ADMIN']);
    expect(canAccess('AGENCY_OFFICER', '/admin/agencies')).toBe(false);
    expect(canAccess(null, '/sme-check')).toBe(true);
    expect(rolesForPath('/sme-check')).toBeUndefined();
  });

  it('never shows a role a link it cannot open', () => {
    for (const role of ROLES) {
      for (const item of navItemsFor(role)) expect(canAccess(role, item.to)).toBe(true);
    }
  });

  it('never shows a role another workspace', () => {
    for (const role of ROLES) {
      const own = new Set(paths(role));
      for (const other of ROLES.filter((r) => r !== role)) {
        for (const item of workspaceItemsFor(other)) {
          expect(own.has(item.to)).toBe(false);
        }
      }
    }
  });

  it('lands each role on its workspace home, which is its first workspace page', () => {
    for (const role of ROLES) {
      expect(workspaceHome(role)).toBe(WORKSPACE_HOME[role]);
      expect(workspaceItemsFor(role)[0]?.to).toBe(workspaceHome(role));
    }
  });
});

describe('voucher pages', () => {
  it('belong to the role of the menu entry they are under', () => {
    expect(rolesForPath('/provider/programmes/p1/apply')).toEqual(['PROVIDER_USER']);
    expect(rolesForPath('/provider/applications/a1/edit')).toEqual(['PROVIDER_USER']);
    expect(rolesForPath('/provider/vouchers/v1')).toEqual(['PROVIDER_USER']);
    expect(rolesForPath('/agency/reviews/a1')).toEqual(['AGENCY_OFFICER']);
    expect(rolesForPath('/agency/pending')).toEqual(['AGENCY_OFFICER']);
    expect(canAccess('PROVIDER_USER', '/agency/pending')).toBe(false);
    expect(canAccess('PLATFORM_ADMIN', '/agency/pending')).toBe(false);
    expect(rolesForPath('/vendor/redeem')).toEqual(['SERVICE_PROVIDER']);
    expect(canAccess('SERVICE_PROVIDER', '/agency/payments')).toBe(false);
    expect(canAccess('PROVIDER_USER', '/vendor/redeem')).toBe(false);
    expect(canAccess('AGENCY_OFFICER', '/provider/applications/a1')).toBe(false);
  });

  it('show the unread count only on the notifications entries', () => {
    for (const role of ROLES) {
      const badged = navItemsFor(role).filter((item) => item.badge === 'unreadNotifications').map((item) => item.to);
      const expected: Partial<Record<typeof role, string[]>> = {
        PROVIDER_USER: ['/provider/notifications'],
        SERVICE_PROVIDER: ['/vendor/notifications'],
        AUTHORITY_OFFICER: ['/authority/notifications'],
      };
      expect(badged).toEqual(expected[role] ?? []);
    }
  });
});

describe('alert pages', () => {
  it('leave the alerts page public and keep the editor to ENISA staff', () => {
    expect(rolesForPath('/alerts')).toBeUndefined();
    expect(canAccess(null, '/alerts/a1')).toBe(true);
    expect(rolesForPath('/enisa/alerts/new')).toEqual(['ENISA_STAFF']);
    expect(rolesForPath('/enisa/alerts/a1/edit')).toEqual(['ENISA_STAFF']);
    expect(canAccess('PROVIDER_USER', '/enisa/alerts')).toBe(false);
  });

  it('show the count awaiting an answer only to the roles whose organisations answer', () => {
    for (const role of ROLES) {
      const badged = navItemsFor(role).filter((item) => item.badge === 'alertsAwaiting').map((item) => item.to);
      const answers = ['PROVIDER_USER', 'SERVICE_PROVIDER'].includes(role);
      expect(badged).toEqual(answers ? ['/alerts'] : []);
    }
  });
});

describe('route access', () => {
  it('guards workspace paths and leaves public ones open', () => {
    expect(rolesForPath('/agency/verifications')).toEqual(['AGENCY_OFFICER']);
    expect(rolesForPath('/agency/')).toEqual(['AGENCY_OFFICER']);
    expect(rolesForPath('/')).toBeUndefined();
    expect(rolesForPath('/register')).toBeUndefined();
    expect(canAccess(null, '/register')).toBe(true);
    expect(canAccess(null, '/agency')).toBe(false);
    expect(canAccess('PROVIDER_USER', '/agency/verifications')).toBe(false);
    expect(canAccess('AGENCY_OFFICER', '/agency/verifications')).toBe(true);
    expect(canAccess('PLATFORM_ADMIN', '/enisa')).toBe(false);
  });
});
