import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/gql/graphql';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { MainNav } from './main-nav';

async function hrefs(role: Role | null) {
  const { client } = mockClient(() => ({}));
  await renderWithProviders(<MainNav role={role} />, { client });
  return within(screen.getByTestId('main-nav'))
    .getAllByRole('link')
    .map((a) => a.getAttribute('href'));
}

describe('MainNav', () => {
  it('renders the public links for anonymous visitors', async () => {
    expect(await hrefs(null)).toEqual(['/', '/programmes', '/sme-check', '/register', '/login']);
  });

  it('renders only the agency workspace for an agency officer', async () => {
    expect(await hrefs('AGENCY_OFFICER')).toEqual([
      '/',
      '/programmes',
      '/sme-check',
      '/agency',
      '/agency/verifications',
      '/agency/programmes',
      '/agency/reviews',
      '/agency/vouchers',
      '/agency/payments',
    ]);
  });

  it('renders only the provider workspace for a provider user', async () => {
    expect(await hrefs('PROVIDER_USER')).toEqual([
      '/',
      '/programmes',
      '/sme-check',
      '/provider',
      '/provider/programmes',
      '/provider/applications',
      '/provider/vouchers',
      '/provider/notifications',
    ]);
  });

  it('shows a badge the app layer supplies next to its entry only', async () => {
    const { client } = mockClient(() => ({}));
    await renderWithProviders(
      <MainNav role="PROVIDER_USER" badges={{ unreadNotifications: <span data-testid="badge">3</span> }} />,
      { client },
    );
    const badge = screen.getByTestId('badge');
    expect(badge.closest('a')?.getAttribute('href')).toBe('/provider/notifications');
    expect(screen.getAllByTestId('badge')).toHaveLength(1);
  });

  it('is a labelled navigation landmark', async () => {
    const { client } = mockClient(() => ({}));
    await renderWithProviders(<MainNav role={null} />, { client });
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
  });
});
