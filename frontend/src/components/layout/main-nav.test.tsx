import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/gql/graphql';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { MainNav } from './main-nav';

async function hrefs(role: Role | null) {
  const { client } = mockClient(() => ({}));
  await renderWithProviders(<MainNav role={role} />, { client });
  // Links inside closed menus are in the document but hidden until their menu opens.
  return within(screen.getByTestId('main-nav'))
    .getAllByRole('link', { hidden: true })
    .map((a) => a.getAttribute('href'));
}

describe('MainNav', () => {
  it('renders the public links for anonymous visitors', async () => {
    expect(await hrefs(null)).toEqual(['/', '/programmes', '/sme-check', '/alerts', '/catalogue', '/register', '/login']);
  });

  it('renders only the agency workspace for an agency officer', async () => {
    expect(await hrefs('AGENCY_OFFICER')).toEqual([
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
    ]);
  });

  it('renders only the provider workspace for a provider user', async () => {
    expect(await hrefs('PROVIDER_USER')).toEqual([
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

  it('groups an agency officer’s pages into menus that open and close like disclosures', async () => {
    const { client } = mockClient(() => ({}));
    await renderWithProviders(<MainNav role="AGENCY_OFFICER" />, { client });
    const nav = screen.getByTestId('main-nav');
    const toggle = within(nav).getByRole('button', { name: 'Vouchers and payments' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(list?.hidden).toBe(true);
    expect(within(nav).queryByRole('link', { name: 'Payments to approve' })).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(nav).getByRole('link', { name: 'Payments to approve' }).getAttribute('href')).toBe('/agency/payments');

    // Opening another menu closes the first.
    fireEvent.click(within(nav).getByRole('button', { name: 'Services' }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(nav).getByRole('link', { name: 'SME check' })).toBeTruthy();

    // Escape closes the open menu and gives focus back to its button.
    const funding = within(nav).getByRole('button', { name: 'Services' });
    fireEvent.keyDown(within(nav).getByRole('link', { name: 'SME check' }), { key: 'Escape' });
    expect(funding.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(funding);
  });

  it('shows a menu of one destination as a link named after the menu', async () => {
    const { client } = mockClient(() => ({}));
    await renderWithProviders(<MainNav role="AGENCY_OFFICER" />, { client });
    const link = within(screen.getByTestId('main-nav')).getByRole('link', { name: 'Applications' });
    expect(link.getAttribute('href')).toBe('/agency/reviews');
  });

  it('closes an open menu when the user clicks elsewhere', async () => {
    const { client } = mockClient(() => ({}));
    await renderWithProviders(
      <>
        <MainNav role="PROVIDER_USER" />
        <p data-testid="elsewhere">Elsewhere</p>
      </>,
      { client },
    );
    const toggle = within(screen.getByTestId('main-nav')).getByRole('button', { name: 'Applications' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.pointerDown(screen.getByTestId('elsewhere'));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
