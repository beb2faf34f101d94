import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import type { Directory } from '../api/service-providers';
import { providers, SECURECARE_ID } from '../test/fixtures';
import { ServiceProviderPicker } from './service-provider-picker';

const ready: Directory = { status: 'ready', providers };

function Harness({ initial, directory }: { initial: string; directory: Directory }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <ServiceProviderPicker id="picker" value={value} onChange={setValue} directory={directory} />
      <output data-testid="value">{value}</output>
    </>
  );
}

async function renderPicker(initial: string, directory: Directory = ready, language: 'en' | 'de' = 'en') {
  const { client } = mockClient(() => null);
  await renderWithProviders(<Harness initial={initial} directory={directory} />, { client, language });
  return screen.getByRole('combobox') as HTMLSelectElement;
}

describe('ServiceProviderPicker', () => {
  it('lists the directory by member state, with "Any service provider" chosen by default', async () => {
    const select = await renderPicker('');
    // Labelled, with its hint tied to it.
    expect(screen.getByLabelText(en.serviceProviders.label)).toBe(select);
    expect(document.getElementById(select.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      en.serviceProviders.hint,
    );
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]?.textContent).toBe(en.serviceProviders.any);
    const groups = [...select.querySelectorAll('optgroup')].map((g) => ({
      label: g.label,
      options: [...g.querySelectorAll('option')].map((o) => o.textContent),
    }));
    expect(groups).toEqual([
      { label: 'France', options: ['Cyber Défense Lyon'] },
      { label: 'Germany', options: ['Alpha Sicherheit GmbH', 'SecureCare MSSP'] },
    ]);
    fireEvent.change(select, { target: { value: SECURECARE_ID } });
    expect(screen.getByTestId('value').textContent).toBe(SECURECARE_ID);
  });

  it('names the member states in the UI language', async () => {
    const select = await renderPicker('', ready, 'de');
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(['Deutschland', 'Frankreich']);
    expect(select.selectedOptions[0]?.textContent).toBe('Jeder Dienstleister');
  });

  it('keeps a saved choice selected, also one that is not (or not yet) in the directory', async () => {
    expect((await renderPicker(SECURECARE_ID)).selectedOptions[0]?.textContent).toBe('SecureCare MSSP');
    cleanup();
    const unlisted = await renderPicker('gone-id');
    expect(unlisted.value).toBe('gone-id');
    expect(unlisted.selectedOptions[0]?.textContent).toBe('Not in the directory (gone-id)');
    cleanup();
    const loading = await renderPicker(SECURECARE_ID, { status: 'loading' });
    expect(loading.value).toBe(SECURECARE_ID);
    expect(screen.getByText(en.serviceProviders.loading, { exact: false })).toBeTruthy();
  });
});
