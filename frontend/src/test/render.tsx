import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { Provider as UrqlProvider, type Client } from 'urql';
import { initI18n, type Language } from '@/lib/i18n';
import { createSessionStore, type SessionStore } from '@/lib/session';
import { SessionProvider } from '@/lib/session-context';
import { memoryStorage } from '@/lib/storage';

interface RenderOptions {
  client: Client;
  store?: SessionStore;
  language?: Language;
  path?: string;
  /** Where the router starts (with a query string, say); `path` by default. */
  initialEntry?: string;
  /** Extra routes next to the one rendering `ui` at `path`. */
  routes?: RouteObject[];
}

/** Renders a component with the app's providers: i18n, session, urql and a memory router. */
export async function renderWithProviders(
  ui: ReactElement,
  { client, store, language = 'en', path = '/', initialEntry, routes = [] }: RenderOptions,
): Promise<RenderResult & { store: SessionStore }> {
  const i18n = await initI18n({ storage: memoryStorage(), preferred: [language] });
  const sessionStore = store ?? createSessionStore({ storage: memoryStorage() });
  const router = createMemoryRouter([{ path, element: ui }, ...routes], { initialEntries: [initialEntry ?? path] });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <SessionProvider store={sessionStore}>
        <UrqlProvider value={client}>
          <RouterProvider router={router} />
        </UrqlProvider>
      </SessionProvider>
    </I18nextProvider>,
  );
  return { ...result, store: sessionStore };
}
