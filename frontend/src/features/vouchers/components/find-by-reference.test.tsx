import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { errorBody, mockClient, type Responder } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { FindByReference } from './find-by-reference';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.hash}`}</p>;
}

async function renderBox(respond: Responder) {
  const mock = mockClient(respond);
  await renderWithProviders(<FindByReference />, {
    client: mock.client,
    path: '/agency/reviews',
    routes: [{ path: '/agency/reviews/:id', element: <Where /> }],
  });
  const input = screen.getByLabelText(en.references.findLabel);
  const find = (value: string) => {
    fireEvent.change(input, { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: en.references.find }));
  };
  return { input, find, calls: mock.fetchMock.mock.calls };
}

describe('Find by reference', () => {
  it('opens the application a voucher reference belongs to', async () => {
    const { find } = await renderBox(() => ({
      data: {
        findByReference: {
          __typename: 'Voucher',
          id: 'v1',
          application: { __typename: 'VoucherApplication', id: 'a7' },
        },
      },
    }));
    find('  DE-KH-CYBER-2027-V-000042 ');
    expect((await screen.findByTestId('where')).textContent).toBe('/agency/reviews/a7#voucher');
  });

  it('says NOT_FOUND next to the field, marks it invalid and gives it focus', async () => {
    const { input, find } = await renderBox(() => errorBody({ code: 'NOT_FOUND' }));
    find('DE-KH-CYBER-2027-A-999999');
    expect((await screen.findByTestId('find-reference-error')).textContent).toBe(en.references.notFound);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('find-reference-error');
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('says VALIDATION as "not a reference", with what one looks like', async () => {
    const { find } = await renderBox(() => errorBody({ code: 'VALIDATION', field: 'reference' }));
    find('hello');
    expect((await screen.findByTestId('find-reference-error')).textContent).toBe(en.references.invalid);
  });

  it('asks for a reference without asking the server when the box is empty', async () => {
    const { find, calls } = await renderBox(() => ({ data: null }));
    find('   ');
    expect((await screen.findByTestId('find-reference-error')).textContent).toBe(en.references.required);
    expect(calls).toHaveLength(0);
  });

  it('shows any other failure above the field, leaving the field valid', async () => {
    const { input, find } = await renderBox(() => errorBody({ code: 'INTERNAL', correlationId: 'c-1' }));
    find('DE-KH-CYBER-2027-A-000001');
    expect((await screen.findByTestId('find-reference-failed')).textContent).toContain(en.errors.INTERNAL);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });
});
