import { useCallback } from 'react';
import { useClient } from 'urql';
import { mapError, type AppError } from '@/lib/errors';
import { agencyPathOf } from '../model/queue-filters';
import { FindByReferenceQuery } from './review';

export type FindOutcome = { kind: 'found'; path: string } | { kind: 'error'; error: AppError };

/** Resolves a reference with `findByReference` to the page an agency officer opens for it. */
export function useFindByReference() {
  const client = useClient();
  return useCallback(
    async (reference: string): Promise<FindOutcome> => {
      const result = await client
        .query(FindByReferenceQuery, { reference }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) return { kind: 'error', error: mapError(result.error) };
      const record = result.data?.findByReference;
      const path = record ? agencyPathOf(record) : null;
      return path ? { kind: 'found', path } : { kind: 'error', error: { kind: 'NOT_FOUND' } };
    },
    [client],
  );
}
