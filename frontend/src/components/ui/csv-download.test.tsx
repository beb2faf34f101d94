import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { signedIn } from '@/test/session';
import { CsvDownload } from './csv-download';

const URL_PATH = '/redemptions.csv?status=PENDING_PAYMENT&programId=p1';

async function renderButton(store = signedIn('AGENCY_OFFICER', 'token-7')) {
  const { client } = mockClient(() => null);
  await renderWithProviders(
    <CsvDownload
      url={URL_PATH}
      fileName="payments.csv"
      label="Export CSV"
      busyLabel="Exporting…"
      errorText="The export could not be downloaded."
      testId="csv"
    />,
    { client, store },
  );
  return screen.getByTestId('csv');
}

let saved: string[] = [];

beforeEach(() => {
  saved = [];
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:csv');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('CsvDownload', () => {
  it('fetches the path and query with the bearer token and saves the file under its name', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response('a,b\n1,2\n', { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    const button = await renderButton();
    fireEvent.click(button);
    await waitFor(() => expect(saved).toEqual(['payments.csv']));
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(URL_PATH);
    expect(init.headers).toEqual({ Authorization: 'Bearer token-7', Accept: 'text/csv' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says it is busy, keeps focus and fetches once while a download runs', async () => {
    let finish: (response: Response) => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (finish = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    const button = await renderButton();
    button.focus();
    fireEvent.click(button);
    expect(button.textContent).toBe('Exporting…');
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    finish(new Response('a\n', { status: 200 }));
    await waitFor(() => expect(button.textContent).toBe('Export CSV'));
    expect(button.getAttribute('aria-busy')).toBeNull();
  });

  it.each([
    [403, en.errors.FORBIDDEN],
    [404, en.errors.NOT_FOUND],
    [429, en.errors.RATE_LIMITED],
    [500, en.errors.INTERNAL],
  ])('an answer %i without an error body is explained by its status', async (status, reason) => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('nope', { status }))));
    fireEvent.click(await renderButton());
    const alert = await screen.findByTestId('csv-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(`The export could not be downloaded.${reason}`);
    expect(saved).toEqual([]);
  });

  it('an error body is explained by its code, not its text', async () => {
    const body = { errors: [{ message: 'Forbidden by policy', extensions: { code: 'NOT_FOUND' } }] };
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status: 403 }))));
    fireEvent.click(await renderButton());
    expect((await screen.findByTestId('csv-error')).textContent).toBe(`The export could not be downloaded.${en.errors.NOT_FOUND}`);
  });

  it('says the server could not be reached when the request fails, and clears that on a retry', async () => {
    const fetchMock = vi.fn((): Promise<Response> => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetchMock);
    const button = await renderButton();
    fireEvent.click(button);
    expect((await screen.findByTestId('csv-error')).textContent).toContain(en.errors.NETWORK);
    fetchMock.mockImplementation(() => Promise.resolve(new Response('a\n', { status: 200 })));
    fireEvent.click(button);
    await waitFor(() => expect(saved).toEqual(['payments.csv']));
    expect(screen.queryByTestId('csv-error')).toBeNull();
  });
});
