import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '@/test/mock-client';
import { renderWithProviders } from '@/test/render';
import { UnreadNotificationsBadge } from './unread-badge';

describe('UnreadNotificationsBadge', () => {
  it('shows the count, with words for screen readers', async () => {
    const { client } = mockClient(() => ({ data: { unreadNotifications: 3 } }));
    const { container } = await renderWithProviders(<UnreadNotificationsBadge />, { client });
    expect((await screen.findByTestId('unread-count')).textContent).toBe('3');
    expect(container.textContent).toContain('(3 unread)');
  });

  it('shows nothing when all are read', async () => {
    const { client, fetchMock } = mockClient(() => ({ data: { unreadNotifications: 0 } }));
    const { container } = await renderWithProviders(<UnreadNotificationsBadge />, { client });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchMock).toHaveBeenCalled();
    expect(container.textContent).toBe('');
  });
});
