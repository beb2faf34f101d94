import { describe, expect, it } from 'vitest';
import { RetryKeys, newIdempotencyKey } from './idempotency';

function counter() {
  let n = 0;
  return () => `k${++n}`;
}

describe('RetryKeys', () => {
  it('reuses the key when the same request is retried after a lost answer', () => {
    const keys = new RetryKeys(counter());
    const first = keys.keyFor({ id: 'a', amount: '10' });
    keys.settle({ error: { networkError: new Error('offline') } });
    expect(keys.keyFor({ id: 'a', amount: '10' })).toBe(first);
  });

  it('starts a new intent after an answer, even a refusal', () => {
    const keys = new RetryKeys(counter());
    const first = keys.keyFor({ id: 'a' });
    keys.settle({ error: {} });
    expect(keys.keyFor({ id: 'a' })).not.toBe(first);
    const second = keys.keyFor({ id: 'a' });
    keys.settle({});
    expect(keys.keyFor({ id: 'a' })).not.toBe(second);
  });

  it('gives different variables a new key, so the server never sees one key for two requests', () => {
    const keys = new RetryKeys(counter());
    const first = keys.keyFor({ id: 'a', amount: '10' });
    keys.settle({ error: { networkError: new Error('timeout') } });
    expect(keys.keyFor({ id: 'a', amount: '11' })).not.toBe(first);
  });

  it('makes keys the server accepts', () => {
    expect(newIdempotencyKey()).toMatch(/^[A-Za-z0-9_.:-]{1,100}$/);
  });
});
