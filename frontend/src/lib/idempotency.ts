/**
 * Safe retries (docs/vouchers.md, "Retrying safely"): the decisions that move money
 * (approve, reject, cancel, redeem, pay) carry an idempotency key. One key belongs to one
 * intent: the same variables sent again after the answer was lost (a network error) reuse it, so
 * the server replays its first result instead of deciding twice; an answer (data or a GraphQL
 * error) or different variables start a new intent with a new key.
 */
import { useRef } from 'react';

export function newIdempotencyKey(): string {
  return `web-${crypto.randomUUID()}`;
}

interface Answer {
  error?: { networkError?: unknown } | undefined;
}

/** The keys of one form's intents. */
export class RetryKeys {
  private pending: { vars: string; key: string } | null = null;

  constructor(private readonly make: () => string = newIdempotencyKey) {}

  /** The key for sending `vars`: the pending intent's when they are the same, else a new one. */
  keyFor(vars: unknown): string {
    const text = JSON.stringify(vars);
    if (this.pending?.vars !== text) this.pending = { vars: text, key: this.make() };
    return this.pending.key;
  }

  /** After an attempt: an answer settles the intent; a lost one keeps its key for the retry. */
  settle(result: Answer): void {
    if (!result.error?.networkError) this.pending = null;
  }
}

/** A form's retry keys, kept across renders. */
export function useRetryKeys(): RetryKeys {
  const keys = useRef<RetryKeys | null>(null);
  keys.current ??= new RetryKeys();
  return keys.current;
}
