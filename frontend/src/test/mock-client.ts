import { Client, fetchExchange } from '@urql/core';
import { vi } from 'vitest';

export type Responder = (operationName: string, variables: Record<string, unknown>) => unknown;

/** A real urql client whose fetch answers from `respond` (the JSON body of each response). */
export function mockClient(respond: Responder) {
  const fetchMock = vi.fn<typeof fetch>(async (_input, init) => {
    const body: unknown = JSON.parse(typeof init?.body === 'string' ? init.body : '{}');
    const request = (typeof body === 'object' && body !== null ? body : {}) as {
      operationName?: string;
      variables?: Record<string, unknown>;
    };
    return new Response(JSON.stringify(respond(request.operationName ?? '', request.variables ?? {})), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  const client = new Client({
    url: 'http://localhost/graphql',
    exchanges: [fetchExchange],
    fetch: fetchMock,
    preferGetMethod: false,
  });
  return { client, fetchMock };
}

export function errorBody(extensions: Record<string, unknown>) {
  return { data: null, errors: [{ message: 'server text', extensions }] };
}

/** A JSON answer of a REST endpoint (an upload's, say) for a stubbed `fetch`. */
export function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The GraphQL variables a call of `mockClient`'s fetch sent. */
export function variablesOf(call: readonly unknown[] | undefined): Record<string, unknown> {
  const init = call?.[1] as RequestInit | undefined;
  return (JSON.parse(String(init?.body)) as { variables: Record<string, unknown> }).variables;
}
