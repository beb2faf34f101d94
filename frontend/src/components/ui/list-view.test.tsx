import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/locales/en';
import type { AppError } from '@/lib/errors';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { ListPage, ListView, type ListViewProps } from './list-view';

const NETWORK: AppError = { kind: 'NETWORK' };

async function show(props: Partial<ListViewProps<string>>) {
  const { client } = mockClient(() => ({}));
  const onRetry = vi.fn();
  await renderWithProviders(
    <ListView<string> items={undefined} onRetry={onRetry} empty="Nothing here." {...props}>
      {(items) => (
        <ul data-testid="rows">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </ListView>,
    { client },
  );
  return onRetry;
}

describe('ListView', () => {
  it('shows the loading state until the first answer', async () => {
    await show({});
    expect(screen.getByTestId('loading')).toBeTruthy();
    expect(screen.queryByTestId('rows')).toBeNull();
  });

  it('says what an empty list means, with no pager', async () => {
    await show({ items: [], pager: { after: null, hasNextPage: false, endCursor: null, onPage: vi.fn() } });
    expect(screen.getByTestId('empty').textContent).toBe('Nothing here.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('draws the rows and pages on from the end cursor', async () => {
    const onPage = vi.fn();
    await show({ items: ['a', 'b'], pager: { after: null, hasNextPage: true, endCursor: 'c2', onPage } });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['a', 'b']);
    fireEvent.click(screen.getByRole('button', { name: en.common.nextPage }));
    expect(onPage).toHaveBeenCalledWith('c2');
  });

  it('shows a first load error with a retry instead of the list', async () => {
    const onRetry = await show({ error: NETWORK });
    expect(screen.queryByTestId('loading')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.common.retry }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('keeps an older answer on a later error unless told to replace it', async () => {
    await show({ items: ['a'], error: NETWORK });
    expect(screen.getByTestId('rows')).toBeTruthy();
    expect(screen.queryByTestId('error')).toBeNull();
  });

  it('replaces the list on error in mode "instead", and hides the pager', async () => {
    await show({ items: ['a'], error: NETWORK, errorMode: 'instead', pager: { after: 'x', hasNextPage: true, endCursor: 'y', onPage: vi.fn() } });
    expect(screen.queryByTestId('rows')).toBeNull();
    expect(screen.getByTestId('error')).toBeTruthy();
    expect(screen.queryByRole('button', { name: en.common.nextPage })).toBeNull();
  });

  it('puts the error above the list in mode "above"', async () => {
    await show({ items: ['a'], error: NETWORK, errorMode: 'above' });
    expect(screen.getByTestId('rows')).toBeTruthy();
    expect(screen.getByTestId('error')).toBeTruthy();
  });
});

describe('ListPage', () => {
  it('puts the heading, the filters in a search landmark and the list in order', async () => {
    const { client } = mockClient(() => ({}));
    await renderWithProviders(
      <ListPage<string>
        titleId="things-title"
        title="Things"
        intro="All the things."
        filters={<label>Filter <input /></label>}
        items={[]}
        onRetry={vi.fn()}
        empty="No things."
      >
        {() => null}
      </ListPage>,
      { client },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Things' }).id).toBe('things-title');
    expect(screen.getByRole('search').querySelector('input')).toBeTruthy();
    expect(screen.getByTestId('empty').textContent).toBe('No things.');
  });
});
