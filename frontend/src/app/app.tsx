import { useMemo, useState, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { Provider as UrqlProvider } from 'urql';
import { createGraphqlClient } from '@/lib/graphql-client';
import type { SessionStore } from '@/lib/session';
import { SessionProvider, useSession } from '@/lib/session-context';
import { createRouter } from './router';

/** A fresh client (and cache) per session, so one user's data never shows for the next. */
function GraphqlProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const token = useSession()?.token ?? null;
  // `token` is a dependency on purpose: login and logout replace the client.
  const client = useMemo(() => createGraphqlClient(store), [store, token]);
  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}

export function App({ i18n, store }: { i18n: I18n; store: SessionStore }) {
  const [router] = useState(createRouter);
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider store={store}>
        <GraphqlProvider store={store}>
          <RouterProvider router={router} />
        </GraphqlProvider>
      </SessionProvider>
    </I18nextProvider>
  );
}
