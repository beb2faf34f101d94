/**
 * The urql client: POST /graphql on the same origin with `Authorization: Bearer <token>`.
 * A response saying UNAUTHENTICATED to a request that carried the current token ends the
 * session as expired.
 */
import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange } from '@urql/core';
import type { Exchange } from '@urql/core';
import { hasErrorKind } from './errors';
import type { SessionStore } from './session';

const GRAPHQL_ENDPOINT = '/graphql';
const AUTH_TOKEN_CONTEXT_KEY = 'authToken';

function headersRecord(headers: HeadersInit | undefined): Record<string, string> {
  if (!headers) return {};
  return Object.fromEntries(new Headers(headers).entries());
}

/** Adds the bearer token to each operation and expires the session on UNAUTHENTICATED. */
function authExchange(store: SessionStore): Exchange {
  return mapExchange({
    onOperation(operation) {
      store.check();
      const session = store.getSession();
      const { fetchOptions } = operation.context;
      const base = (typeof fetchOptions === 'function' ? fetchOptions() : fetchOptions) ?? {};
      const headers: Record<string, string> = {
        ...headersRecord(base.headers),
        // Plain JSON responses only: no multipart or event streams over HTTP.
        accept: 'application/graphql-response+json, application/json',
      };
      if (session) headers['authorization'] = `Bearer ${session.token}`;
      return makeOperation(operation.kind, operation, {
        ...operation.context,
        [AUTH_TOKEN_CONTEXT_KEY]: session?.token ?? null,
        fetchOptions: { ...base, headers },
      });
    },
    onError(error, operation) {
      if (!hasErrorKind(error, 'UNAUTHENTICATED')) return;
      const sentToken: unknown = operation.context[AUTH_TOKEN_CONTEXT_KEY];
      const current = store.getSession();
      // Only the session that made the request can be expired by its answer.
      if (current && typeof sentToken === 'string' && sentToken === current.token) {
        store.expire();
      }
    },
  });
}

export function createGraphqlClient(store: SessionStore, url: string = GRAPHQL_ENDPOINT): Client {
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    exchanges: [cacheExchange, authExchange(store), fetchExchange],
  });
}
