/**
 * The inbox filters, kept in the address (`?severity=HIGH&severity=CRITICAL&state=DE&product=vpn`)
 * so a filtered inbox can be bookmarked, shared and reloaded. What the address holds is checked:
 * unknown severities and malformed member-state codes are dropped, not sent.
 */
import type { AlertFilterInput, Severity } from '@/gql/graphql';

export const SEVERITIES: readonly Severity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

export interface AlertFilters {
  severities: Severity[];
  /** A member-state code, or null for any. */
  memberState: string | null;
  /** Part of a product or vendor name ('' for any). */
  product: string;
}

export const NO_FILTERS: AlertFilters = { severities: [], memberState: null, product: '' };

/** The filters an address holds (unknown values ignored; severities in their order, once). */
export function filtersFromSearch(params: URLSearchParams): AlertFilters {
  const asked = new Set(params.getAll('severity').map((s) => s.toUpperCase()));
  const severities = SEVERITIES.filter((s) => asked.has(s));
  const state = (params.get('state') ?? '').trim().toUpperCase();
  const product = (params.get('product') ?? '').trim().slice(0, 200);
  return { severities, memberState: /^[A-Z]{2}$/.test(state) ? state : null, product };
}

/**
 * The address for the filters, keeping any other parameter of `current` (none are dropped
 * that the filters do not own).
 */
export function searchForFilters(filters: AlertFilters, current = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(current);
  next.delete('severity');
  next.delete('state');
  next.delete('product');
  for (const s of SEVERITIES) if (filters.severities.includes(s)) next.append('severity', s);
  if (filters.memberState) next.set('state', filters.memberState);
  const product = filters.product.trim();
  if (product) next.set('product', product);
  return next;
}

/** The GraphQL filter, or undefined when nothing narrows the list. */
export function filterInput(filters: AlertFilters): AlertFilterInput | undefined {
  const product = filters.product.trim();
  if (filters.severities.length === 0 && !filters.memberState && !product) return undefined;
  return {
    severities: [...filters.severities],
    ...(filters.memberState ? { memberState: filters.memberState } : {}),
    ...(product ? { product } : {}),
  };
}

export function hasFilters(filters: AlertFilters): boolean {
  return filterInput(filters) !== undefined;
}

/** The 27 member states' codes (ISO 3166-1; Greece is GR, as the API answers it). */
export const MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];
