import { useEffect, useState } from 'react';
import { useClient, type OperationResult } from 'urql';
import { graphql } from '@/gql';
import { mapError, type AppError } from '@/lib/errors';
import type {
  ServiceProviderListingFieldsFragment,
  ServiceProvidersQuery as ServiceProvidersResult,
  ServiceProvidersQueryVariables,
} from '@/gql/graphql';

export const ServiceProviderListingFragment = graphql(`
  fragment ServiceProviderListingFields on ServiceProviderListing {
    id
    name
    memberState {
      code
      name
    }
  }
`);

/** One page of the directory of verified service providers (all member states, oldest first). */
const ServiceProvidersQuery = graphql(`
  query ServiceProviders($first: Int!, $after: String) {
    serviceProviders(first: $first, after: $after) {
      nodes {
        ...ServiceProviderListingFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The clinic names the provider who may redeem its active voucher (`null` for any provider). */
export const ChooseServiceProviderMutation = graphql(`
  mutation ChooseServiceProvider($voucherId: ID!, $serviceProviderId: ID) {
    chooseServiceProvider(voucherId: $voucherId, serviceProviderId: $serviceProviderId) {
      id
      status
      serviceProviderId
    }
  }
`);

export type ServiceProviderListing = ServiceProviderListingFieldsFragment;

export type Directory =
  | { status: 'loading' }
  | { status: 'ready'; providers: readonly ServiceProviderListing[] }
  | { status: 'error'; error: AppError };

/** The server's largest page. */
const PAGE_SIZE = 100;
/** A safety stop: at most this many pages (10,000 providers) are read. */
const MAX_PAGES = 100;

/**
 * The whole directory, read once when the component mounts (page by page; the client's
 * document cache answers a second page asking for the same). `enabled: false` reads nothing,
 * for pages that only need it when a provider has been chosen.
 */
export function useServiceProviderDirectory(enabled = true): Directory {
  const client = useClient();
  const [directory, setDirectory] = useState<Directory>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return undefined;
    let cancelled = false;
    void (async () => {
      const providers: ServiceProviderListing[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result: OperationResult<ServiceProvidersResult, ServiceProvidersQueryVariables> = await client
          .query(ServiceProvidersQuery, { first: PAGE_SIZE, after })
          .toPromise();
        if (cancelled) return;
        const connection = result.data?.serviceProviders;
        if (result.error || !connection) {
          setDirectory({ status: 'error', error: result.error ? mapError(result.error) : { kind: 'UNKNOWN' } });
          return;
        }
        providers.push(...connection.nodes);
        const next: string | null | undefined = connection.pageInfo.endCursor;
        if (!connection.pageInfo.hasNextPage || !next) break;
        after = next;
      }
      setDirectory({ status: 'ready', providers });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, enabled]);
  return directory;
}
