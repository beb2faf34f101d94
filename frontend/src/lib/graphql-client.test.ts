import { describe, expect, it, vi } from 'vitest';
import { createGraphqlClient, webSocketUrl } from './graphql-client';
import { createSessionStore, type Session } from './session';
import { memoryStorage } from './storage';

const MeQuery = 'query Me { me { id } }';

const live: Session = {
  token: 'live-token',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: 'u1', email: 'a@b.example', displayName: 'A', role: 'PROVIDER_USER' },
};

function jsonResponse(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function setup(response: () => Response) {
  const store = createSessionStore({ storage: memoryStorage() });
  const fetchMock = vi.fn<typeof fetch>(async () => response());
  const client = createGraphqlClient(store, 'http://localhost/graphql');
  const run = () => client.query(MeQuery, {}, { fetch: fetchMock, requestPolicy: 'network-only' }).toPromise();
  return { store, fetchMock, run };
}

function sentHeaders(fetchMock: ReturnType<typeof vi.fn<typeof fetch>>): Headers {
  const init = fetchMock.mock.calls[0]?.[1];
  return new Headers(init?.headers);
}

describe('GraphQL client', () => {
  it('POSTs JSON with the bearer token of the current session', async () => {
    const { store, fetchMock, run } = setup(() => jsonResponse({ data: { me: null } }));
    store.start(live);
    await run();
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    const headers = sentHeaders(fetchMock);
    expect(headers.get('authorization')).toBe('Bearer live-token');
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('sends no Authorization header when anonymous', async () => {
    const { fetchMock, run } = setup(() => jsonResponse({ data: { me: null } }));
    await run();
    expect(sentHeaders(fetchMock).has('authorization')).toBe(false);
  });

  it('expires the session when the server answers UNAUTHENTICATED', async () => {
    const { store, run } = setup(() =>
      jsonResponse({ data: null, errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    store.start(live);
    const result = await run();
    expect(result.error?.graphQLErrors[0]?.extensions['code']).toBe('UNAUTHENTICATED');
    expect(store.getSession()).toBeNull();
    expect(store.expiredNotice()).toBe(true);
  });

  it('expires the session on a bare HTTP 401', async () => {
    const { store, run } = setup(() => new Response('nope', { status: 401, statusText: 'Unauthorized' }));
    store.start(live);
    await run();
    expect(store.getSession()).toBeNull();
  });

  it('keeps the session on other errors', async () => {
    const { store, run } = setup(() =>
      jsonResponse({ data: null, errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }),
    );
    store.start(live);
    await run();
    expect(store.getSession()).not.toBeNull();
  });

  it('does not expire a newer session because of an answer to an older token', async () => {
    const store = createSessionStore({ storage: memoryStorage() });
    store.start({ ...live, token: 'old' });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fetchMock = vi.fn<typeof fetch>(async () => {
      await gate;
      return jsonResponse({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] });
    });
    const client = createGraphqlClient(store, 'http://localhost/graphql');
    const pending = client.query(MeQuery, {}, { fetch: fetchMock }).toPromise();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    store.start({ ...live, token: 'new' });
    release();
    await pending;
    expect(store.getSession()?.token).toBe('new');
  });
});

describe('the WebSocket address of subscriptions', () => {
  it('is the same endpoint with ws or wss', () => {
    expect(webSocketUrl('/graphql', { protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
    expect(webSocketUrl('/graphql', { protocol: 'https:', host: 'cyberhealth.example' })).toBe('wss://cyberhealth.example/graphql');
    expect(webSocketUrl('https://api.example/graphql', { protocol: 'http:', host: 'x' })).toBe('wss://api.example/graphql');
  });
});
