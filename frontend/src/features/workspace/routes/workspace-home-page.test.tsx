import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/gql/graphql';
import { createSessionStore } from '@/lib/session';
import { memoryStorage } from '@/lib/storage';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import WorkspaceHomePage from './workspace-home-page';

async function show(role: Role) {
  const store = createSessionStore({ storage: memoryStorage() });
  store.start({
    token: 'token',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 'u1', email: 'someone@example.eu', displayName: 'Someone', role },
  });
  const me = { id: 'u1', email: 'someone@example.eu', displayName: 'Someone', role, memberState: null, organisation: null };
  const { client } = mockClient(() => ({ data: { me } }));
  await renderWithProviders(<WorkspaceHomePage />, { client, store });
  return within(await screen.findByRole('region', { name: 'Tasks' }));
}

describe('a workspace without services of its own yet', () => {
  it('tells ENISA staff what they can do now, with links, the Reserve’s triage board among them', async () => {
    const tasks = await show('ENISA_STAFF');
    expect(tasks.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/enisa/statistics',
      '/enisa/alerts',
      '/enisa/catalogue',
      '/enisa/training',
      '/enisa/reserve',
      '/programmes',
      '/sme-check',
      '/contact',
    ]);
    expect(screen.queryByTestId('workspace-coming')).toBeNull();
  });

  it('gives service providers their menu’s pages (the Reserve’s engagements among them) and the public programmes', async () => {
    const tasks = await show('SERVICE_PROVIDER');
    expect(tasks.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/vendor/redeem',
      '/vendor/redemptions',
      '/vendor/notifications',
      '/vendor/services',
      '/vendor/reserve',
      '/programmes',
      '/contact',
    ]);
    expect(screen.queryByTestId('workspace-coming')).toBeNull();
  });

  it('puts the day’s pending work first among the agency officers’ tasks', async () => {
    const tasks = await show('AGENCY_OFFICER');
    const links = tasks.getAllByRole('link');
    expect(links[0]?.getAttribute('href')).toBe('/agency/pending');
    expect(links[0]?.textContent).toBe('Pending work');
  });

  it('shows no "coming" panel where nothing is announced (agency officers)', async () => {
    await show('AGENCY_OFFICER');
    expect(screen.queryByTestId('workspace-coming')).toBeNull();
  });
});
