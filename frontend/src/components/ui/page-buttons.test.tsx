import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { PageButtons } from './page-buttons';

async function show(after: string | null, hasNextPage: boolean, endCursor: string | null) {
  const onPage = vi.fn();
  const { client } = mockClient(() => ({}));
  await renderWithProviders(
    <PageButtons after={after} hasNextPage={hasNextPage} endCursor={endCursor} onPage={onPage} />,
    { client },
  );
  return onPage;
}

describe('PageButtons', () => {
  it('shows nothing on a single page', async () => {
    await show(null, false, null);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('goes to the next page after the end cursor', async () => {
    const onPage = await show(null, true, 'cursor-2');
    expect(screen.queryByRole('button', { name: en.common.firstPage })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.common.nextPage }));
    expect(onPage).toHaveBeenCalledWith('cursor-2');
  });

  it('goes back to the first page from a later one', async () => {
    const onPage = await show('cursor-2', false, 'cursor-3');
    expect(screen.queryByRole('button', { name: en.common.nextPage })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.common.firstPage }));
    expect(onPage).toHaveBeenCalledWith(null);
  });
});
