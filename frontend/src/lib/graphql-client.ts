/**
 * The urql client: POST /graphql on the same origin with `Authorization: Bearer <token>`.
 * A response saying UNAUTHENTICATED to a request that carried the current token ends the
 * session as expired. Subscriptions go over graphql-ws on the same endpoint (WebSocket), with
 * the token in `connection_init`; the graphql-ws client is loaded on the first subscription.
 */
import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, subscriptionExchange } from '@urql/core';
import type { Exchange } from '@urql/core';
import type { Client as WsClient } from 'graphql-ws/client';
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

/** The WebSocket address of a same-origin (or absolute http) GraphQL endpoint. */
export function webSocketUrl(url: string, location: { protocol: string; host: string }): string {
  const absolute = new URL(url, `${location.protocol}//${location.host}`);
  absolute.protocol = absolute.protocol === 'https:' ? 'wss:' : 'ws:';
  return absolute.toString();
}

/**
 * Subscriptions over graphql-ws. One socket per urql client (so per token), opened by the
 * first subscription and closed after the last (`lazy`). It does not retry on its own: a lost
 * socket ends the subscription with an error, and its owner resubscribes from the last event
 * it received (e.g. the alert feed's `after` cursor), so nothing is missed.
 */
function webSocketExchange(store: SessionStore, url: string): Exchange {
  let client: Promise<WsClient> | null = null;
  const connect = () =>
    (client ??= import('graphql-ws/client').then(({ createClient }) =>
      createClient({
        url: webSocketUrl(url, window.location),
        lazy: true,
        retryAttempts: 0,
        connectionParams: () => {
          const session = store.getSession();
          return session ? { Authorization: `Bearer ${session.token}` } : {};
        },
      }),
    ));
  return subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe(sink) {
        let dispose: (() => void) | null = null;
        let cancelled = false;
        connect().then(
          (ws) => {
            if (!cancelled) dispose = ws.subscribe({ ...request, query: request.query ?? '' }, sink);
          },
          (error: unknown) => sink.error(error),
        );
        return {
          unsubscribe() {
            cancelled = true;
            dispose?.();
          },
        };
      },
    }),
  });
}

export function createGraphqlClient(store: SessionStore, url: string = GRAPHQL_ENDPOINT): Client {
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    exchanges: [cacheExchange, authExchange(store), webSocketExchange(store, url), fetchExchange],
  });
}
