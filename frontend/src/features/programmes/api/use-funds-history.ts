import { useEffect, useState } from 'react';
import { useClient, type OperationResult } from 'urql';
import type { FundsHistoryQuery as FundsHistoryResult, FundsHistoryQueryVariables } from '@/gql/graphql';
import { mapError, type AppError } from '@/lib/errors';
import type { Movement } from '../model/chart-series';
import { FundsHistoryQuery } from './programmes';

/** The API's largest page, and how many pages the chart reads at most (10,000 movements). */
const PAGE = 100;
const MAX_PAGES = 100;

export type FundsHistory =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; movements: Movement[] };

/**
 * Every ledger movement of a programme, read page by page for the chart. `version` (the newest
 * movement's id) makes it read again after a new movement.
 */
export function useFundsHistory(programmeId: string, version: string | null): FundsHistory {
  const client = useClient();
  const [history, setHistory] = useState<FundsHistory>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void (async () => {
      const movements: Movement[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result: OperationResult<FundsHistoryResult, FundsHistoryQueryVariables> = await client
          .query(FundsHistoryQuery, { id: programmeId, first: PAGE, after }, { requestPolicy: 'network-only' })
          .toPromise();
        const ledger = result.data?.voucherProgram?.ledger;
        if (result.error || !ledger) {
          if (current) setHistory({ status: 'error', error: result.error ? mapError(result.error) : { kind: 'NOT_FOUND' } });
          return;
        }
        movements.push(...ledger.nodes);
        const next: string | null | undefined = ledger.pageInfo.endCursor;
        if (!ledger.pageInfo.hasNextPage || !next) break;
        after = next;
      }
      if (current) setHistory({ status: 'ready', movements });
    })();
    return () => {
      current = false;
    };
  }, [client, programmeId, version]);
  return history;
}
