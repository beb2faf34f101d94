import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { OPERATOR } from '../model/operator';
import { STORAGE_ENTRIES } from '../model/storage';
import ContactPage from './contact-page';
import StatementPage from './statement-page';

const DIRECTORY = {
  data: {
    memberStates: [
      { code: 'DE', name: 'Germany' },
      { code: 'FR', name: 'France' },
      { code: 'AT', name: 'Austria' },
    ],
    agencyDirectory: [
      {
        id: 'a-de',
        name: 'Agentur DE',
        memberState: { code: 'DE' },
        helpdesk: { email: 'help@de.example', phone: '+49 30 5550 1000', phoneUri: 'tel:+493055501000', url: 'https://de.example/help' },
      },
      { id: 'a-fr', name: 'Agence FR', memberState: { code: 'FR' }, helpdesk: null },
    ],
  },
};

describe('the contact page', () => {
  it('lists every member state by its name in the UI language, with its agency’s helpdesk or a note', async () => {
    const { client } = mockClient(() => DIRECTORY);
    await renderWithProviders(<ContactPage />, { client, language: 'de' });
    const states = await screen.findAllByTestId('directory-state');
    // Sorted by the German names: Deutschland, Frankreich, Österreich.
    expect(states.map((s) => s.getAttribute('data-code'))).toEqual(['DE', 'FR', 'AT']);
    expect(within(states[0] as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe('Deutschland');
    const de = within(states[0] as HTMLElement);
    expect(de.getByRole('link', { name: 'help@de.example' }).getAttribute('href')).toBe('mailto:help@de.example');
    expect(de.getByRole('link', { name: '+49 30 5550 1000' }).getAttribute('href')).toBe('tel:+493055501000');
    expect(de.getByRole('link', { name: 'https://de.example/help' }).getAttribute('href')).toBe('https://de.example/help');
    expect(within(states[1] as HTMLElement).getByText('Die Behörde hat ihren Helpdesk noch nicht angegeben.')).toBeTruthy();
    expect(within(states[2] as HTMLElement).getByText('Auf der Plattform ist noch keine nationale Behörde registriert.')).toBeTruthy();
    expect(screen.getByRole('link', { name: OPERATOR.supportEmail })).toBeTruthy();
  });
});

describe('the statements', () => {
  it.each(['en', 'de', 'fr'] as const)('the cookie statement lists every storage entry (%s)', async (language) => {
    const { client } = mockClient(() => ({}));
    await renderWithProviders(<StatementPage kind="cookies" />, { client, language });
    const table = await screen.findByTestId('storage-table');
    const keys = within(table).getAllByRole('row').slice(1).map((row) => row.getAttribute('data-key'));
    expect(keys).toEqual(STORAGE_ENTRIES.map((e) => e.key));
  });

  it('the privacy statement names the controller, the rights of Arts. 15 to 22 and the retention', async () => {
    const { client } = mockClient(() => ({}));
    await renderWithProviders(<StatementPage kind="privacy" />, { client });
    await screen.findByTestId('statement-reviewed');
    const text = screen.getByTestId('statement-privacy').textContent ?? '';
    for (const article of ['Art. 15', 'Art. 16', 'Art. 17', 'Art. 18', 'Art. 19', 'Art. 20', 'Art. 21', 'Art. 22', 'Art. 77']) {
      expect(text).toContain(article);
    }
    expect(text).toContain(OPERATOR.dataProtectionEmail);
    expect(text).toContain('2023/2831');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Privacy statement');
  });

  it('the accessibility statement gives the status, the gaps, the contact and the enforcement procedure', async () => {
    const { client } = mockClient(() => ({}));
    await renderWithProviders(<StatementPage kind="accessibility" />, { client, language: 'fr' });
    await screen.findByTestId('statement-reviewed');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'État de conformité',
      'Contenus non accessibles',
      'Comment nous avons vérifié',
      'Retour d’information et contact',
      'Procédure de mise en œuvre',
    ]);
    expect(screen.getByTestId('statement-accessibility').textContent).toContain(OPERATOR.accessibilityEmail);
    expect(screen.getByRole('link', { name: /Médiateur européen/ }).getAttribute('href')).toBe(OPERATOR.ombudsmanUrl);
  });
});
