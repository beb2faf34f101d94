import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { StatusActions } from './status-actions';

async function show(status: 'OPEN' | 'CLOSED') {
  const onChanged = vi.fn();
  const mock = mockClient((operation) => {
    if (operation === 'CloseProgramme') return { data: { closeVoucherProgram: { __typename: 'VoucherProgram', id: 'p1', status: 'CLOSED' } } };
    return { data: { archiveVoucherProgram: { __typename: 'VoucherProgram', id: 'p1', status: 'ARCHIVED' } } };
  });
  await renderWithProviders(<StatusActions programmeId="p1" status={status} onChanged={onChanged} />, { client: mock.client });
  return { ...mock, onChanged };
}

describe('StatusActions', () => {
  it('closes a programme only after a confirmation that says what closing does', async () => {
    const { fetchMock, onChanged } = await show('OPEN');
    fireEvent.click(screen.getByTestId('status-close'));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByTestId('status-confirm').textContent).toContain(en.confirm.closeText);
    expect(screen.getByTestId('status-confirm-confirm').textContent).toBe(en.confirm.closeConfirm);
    fireEvent.click(screen.getByTestId('status-confirm-confirm'));
    await waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(fetchMock).toHaveBeenCalledOnce();
    expect((screen.getByTestId('status-confirm') as HTMLDialogElement).open).toBe(false);
  });

  it('archives nothing when the archive is not confirmed', async () => {
    const { fetchMock } = await show('CLOSED');
    fireEvent.click(screen.getByTestId('status-archive'));
    expect(screen.getByTestId('status-confirm').textContent).toContain(en.confirm.archiveText);
    fireEvent.keyDown(screen.getByTestId('status-confirm-cancel'), { key: 'Escape' });
    expect((screen.getByTestId('status-confirm') as HTMLDialogElement).open).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
