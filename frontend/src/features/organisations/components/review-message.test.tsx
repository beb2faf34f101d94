import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { ReviewMessage } from './review-message';

async function show(onSend = vi.fn(async () => ({}))) {
  const { client } = mockClient(() => ({}));
  await renderWithProviders(
    <ReviewMessage kind="reject" organisationId="o1" describedBy="h" disabled={false} onSend={onSend} />,
    { client },
  );
  return onSend;
}

describe('ReviewMessage', () => {
  it('asks for the message before sending anything', async () => {
    const onSend = await show();
    fireEvent.click(screen.getByTestId('reject-open'));
    fireEvent.click(screen.getByTestId('reject-send'));
    expect(await screen.findByText(en.applicationForm.problems.required)).toBeTruthy();
    expect(onSend).not.toHaveBeenCalled();
  });

  it('sends the trimmed message and closes', async () => {
    const onSend = await show();
    fireEvent.click(screen.getByTestId('reject-open'));
    fireEvent.change(screen.getByLabelText(en.verification.reject.label), { target: { value: '  Another legal entity.  ' } });
    fireEvent.click(screen.getByTestId('reject-send'));
    await waitFor(() => expect(onSend).toHaveBeenCalledWith('Another legal entity.'));
    await screen.findByTestId('reject-open');
  });
});
