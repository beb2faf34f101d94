import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { jsonResponse as answer, mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { signedIn } from '@/test/session';
import { Attachments, type AttachmentItem } from './attachments';

const quote: AttachmentItem = { id: 'a1', kind: 'QUOTE', name: 'quote.pdf', contentType: 'application/pdf', sizeBytes: 2048 };

async function renderSection(attachments: AttachmentItem[], canUpload: boolean, onUploaded = () => {}) {
  const { client } = mockClient(() => null);
  await renderWithProviders(
    <Attachments
      parentPath="/applications/app-1"
      attachments={attachments}
      canUpload={canUpload}
      onUploaded={onUploaded}
      idPrefix="t"
    />,
    { client, store: signedIn() },
  );
}

function choose(bytes: string, name: string, type: string) {
  const input = screen.getByLabelText(en.attachments.fileLabel);
  fireEvent.change(input, { target: { files: [new File([bytes], name, { type })] } });
}

afterEach(() => vi.unstubAllGlobals());

describe('Attachments', () => {
  it('lists each file with its kind and a download button, and offers no picker to a reader', async () => {
    await renderSection([quote], false);
    expect(screen.getByTestId('t-list').textContent).toContain('quote.pdf');
    expect(screen.getByTestId('t-list').textContent).toContain(en.attachments.kind.QUOTE);
    expect(screen.getByRole('button', { name: 'Download quote.pdf' })).toBeTruthy();
    expect(screen.queryByLabelText(en.attachments.fileLabel)).toBeNull();
  });

  it('uploads the raw file with the bearer token, its type and its name', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(answer(201, { id: 'a2' })));
    vi.stubGlobal('fetch', fetchMock);
    const onUploaded = vi.fn();
    await renderSection([], true, onUploaded);
    expect(screen.getByTestId('t-empty').textContent).toBe(en.attachments.empty);
    choose('%PDF-1.4', 'my quote.pdf', 'application/pdf');
    fireEvent.click(screen.getByTestId('t-upload'));
    await waitFor(() => expect(onUploaded).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/applications/app-1/attachments?name=my%20quote.pdf');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ Authorization: 'Bearer token-1', 'Content-Type': 'application/pdf' });
  });

  it('VALIDATION on file: the refusal is shown next to the picker', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(answer(400, { errors: [{ message: 'x', extensions: { code: 'VALIDATION', field: 'file' } }] }))),
    );
    await renderSection([], true);
    choose('MZ', 'quote.pdf', 'application/pdf');
    fireEvent.click(screen.getByTestId('t-upload'));
    expect((await screen.findByTestId('t-file-error')).textContent).toBe(en.attachments.errorFile);
  });

  it('INVALID_STATE_TRANSITION: the record is closed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(answer(409, { errors: [{ message: 'x', extensions: { code: 'INVALID_STATE_TRANSITION' } }] }))),
    );
    await renderSection([], true);
    choose('%PDF-1.4', 'quote.pdf', 'application/pdf');
    fireEvent.click(screen.getByTestId('t-upload'));
    expect((await screen.findByTestId('t-message')).textContent).toBe(en.attachments.errorClosed);
  });

  it('refuses a file over 10 MB without sending it', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await renderSection([], true);
    choose('x'.repeat(10 * 1024 * 1024 + 1), 'big.pdf', 'application/pdf');
    fireEvent.click(screen.getByTestId('t-upload'));
    expect((await screen.findByTestId('t-file-error')).textContent).toBe(en.attachments.errorFile);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
