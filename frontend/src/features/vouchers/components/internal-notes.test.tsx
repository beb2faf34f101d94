import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { InternalNotes } from './internal-notes';

const NOTE = { id: 'n1', authorName: 'Officer DE', createdAt: '2026-12-01T09:00:00Z', text: 'Called the clinic.' };

describe('InternalNotes', () => {
  it('lists the notes and adds a trimmed one', async () => {
    const added: Record<string, unknown>[] = [];
    let notes = [NOTE];
    const { client } = mockClient((op, vars) => {
      if (op === 'AddApplicationNote') {
        added.push(vars);
        const note = { ...NOTE, id: 'n2', text: String(vars['text']) };
        notes = [...notes, note];
        return { data: { addApplicationNote: note } };
      }
      return { data: { voucherApplication: { id: 'a1', internalNotes: notes } } };
    });
    await renderWithProviders(<InternalNotes applicationId="a1" />, { client });
    expect(await screen.findByText('Called the clinic.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(en.internalNotes.label), { target: { value: '  Invoice follows.  ' } });
    fireEvent.click(screen.getByTestId('internal-note-add'));
    await screen.findByTestId('internal-note-added');
    expect(added[0]).toEqual({ applicationId: 'a1', text: 'Invoice follows.' });
    await waitFor(() => expect(screen.getByText('Invoice follows.')).toBeTruthy());
  });

  it('asks for the text before sending anything', async () => {
    const ops: string[] = [];
    const { client } = mockClient((op) => {
      ops.push(op);
      return { data: { voucherApplication: { id: 'a1', internalNotes: [] } } };
    });
    await renderWithProviders(<InternalNotes applicationId="a1" />, { client });
    await screen.findByTestId('internal-notes-empty');
    fireEvent.click(screen.getByTestId('internal-note-add'));
    expect(await screen.findByText(en.internalNotes.required)).toBeTruthy();
    expect(ops).not.toContain('AddApplicationNote');
  });
});
