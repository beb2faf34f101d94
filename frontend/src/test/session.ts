import type { Role } from '@/gql/graphql';
import { createSessionStore, type SessionStore } from '@/lib/session';
import { memoryStorage } from '@/lib/storage';

/** A session store signed in for an hour as a user of `role` holding `token`. */
export function signedIn(role: Role = 'PROVIDER_USER', token = 'token-1'): SessionStore {
  const store = createSessionStore({ storage: memoryStorage() });
  store.start({
    token,
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 'u1', email: 'user@example.eu', displayName: 'User', role },
  });
  return store;
}
