import type { RedemptionFilterInput, VoucherApplicationFilter } from '@/gql/graphql';

/**
 * A queue's filters ↔ its address, for the review queue (submitted applications) and the payment
 * queue (redemptions awaiting payment). Both hold waiting items only, so their "status" is how
 * far the four-eyes review has come: `first` (no recommendation yet) or `second` (recommended,
 * waiting for a second officer). Dates are calendar days in UTC, both inclusive.
 * Unknown or malformed values are dropped, and the same filters always give the same address.
 */
export const QUEUE_STAGES = ['first', 'second'] as const;
export type QueueStage = (typeof QUEUE_STAGES)[number];

export interface QueueFilters {
  programme: string;
  search: string;
  /** `YYYY-MM-DD` or empty. */
  from: string;
  /** `YYYY-MM-DD` or empty. */
  to: string;
  stage: QueueStage | '';
}

export const NO_QUEUE_FILTERS: QueueFilters = { programme: '', search: '', from: '', to: '', stage: '' };

/** The server's bound on a search (references and organisation names are shorter). */
export const SEARCH_MAX = 100;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDay(value: string | null): string {
  if (!value) return '';
  const m = DAY.exec(value);
  if (!m) return '';
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? value : '';
}

function isStage(value: string | null): value is QueueStage {
  return (QUEUE_STAGES as readonly string[]).includes(value ?? '');
}

export function readQueueFilters(params: URLSearchParams): QueueFilters {
  const stage = params.get('stage');
  return {
    programme: (params.get('programme') ?? '').trim(),
    search: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX),
    from: validDay(params.get('from')),
    to: validDay(params.get('to')),
    stage: isStage(stage) ? stage : '',
  };
}

/** The address's query string for `filters` (only what is set, in a fixed order). */
export function writeQueueFilters(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim().slice(0, SEARCH_MAX);
  if (filters.programme) params.set('programme', filters.programme);
  if (search) params.set('q', search);
  if (validDay(filters.from)) params.set('from', filters.from);
  if (validDay(filters.to)) params.set('to', filters.to);
  if (filters.stage) params.set('stage', filters.stage);
  return params;
}

export function isFiltered(filters: QueueFilters): boolean {
  return writeQueueFilters(filters).toString() !== '';
}

/** The start of `day` (UTC) as an RFC 3339 instant. */
function startOf(day: string): string {
  return `${day}T00:00:00Z`;
}

/** The start of the day after `day` (UTC): `submittedBefore` is exclusive, the "to" day is not. */
function startOfNext(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return `${date.toISOString().slice(0, 10)}T00:00:00Z`;
}

/** The GraphQL `VoucherApplicationFilter` for `reviewQueue`. */
export function queueFilterInput(filters: QueueFilters): VoucherApplicationFilter {
  const input: VoucherApplicationFilter = {};
  if (filters.programme) input.programId = filters.programme;
  const search = filters.search.trim();
  if (search) input.search = search;
  if (validDay(filters.from)) input.submittedFrom = startOf(filters.from);
  if (validDay(filters.to)) input.submittedBefore = startOfNext(filters.to);
  if (filters.stage) input.recommended = filters.stage === 'second';
  return input;
}

/** `base` with `params` as its query string (no `?` when there are none). */
function withQuery(base: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/** `GET /review-queue.csv` with the same filter as query parameters. */
export function queueCsvPath(filters: QueueFilters): string {
  const input = queueFilterInput(filters);
  return withQuery('/review-queue.csv', {
    programId: input.programId == null ? null : String(input.programId),
    search: input.search,
    submittedFrom: input.submittedFrom == null ? null : String(input.submittedFrom),
    submittedBefore: input.submittedBefore == null ? null : String(input.submittedBefore),
    recommended: input.recommended == null ? null : String(input.recommended),
  });
}

/** The GraphQL `RedemptionFilterInput` for the payment queue (redemptions awaiting payment). */
export function paymentFilterInput(filters: QueueFilters): RedemptionFilterInput {
  const input: RedemptionFilterInput = { status: 'PENDING_PAYMENT' };
  if (filters.programme) input.programId = filters.programme;
  const search = filters.search.trim();
  if (search) input.search = search;
  if (validDay(filters.from)) input.redeemedFrom = startOf(filters.from);
  if (validDay(filters.to)) input.redeemedBefore = startOfNext(filters.to);
  if (filters.stage) input.recommended = filters.stage === 'second';
  return input;
}

/** `GET /redemptions.csv` with the payment queue's filter as query parameters. */
export function paymentsCsvPath(filters: QueueFilters): string {
  const input = paymentFilterInput(filters);
  return withQuery('/redemptions.csv', {
    status: input.status,
    programId: input.programId == null ? null : String(input.programId),
    search: input.search,
    redeemedFrom: input.redeemedFrom == null ? null : String(input.redeemedFrom),
    redeemedBefore: input.redeemedBefore == null ? null : String(input.redeemedBefore),
    recommended: input.recommended == null ? null : String(input.recommended),
  });
}

/** What a reference's record opens for an agency officer: the application it belongs to. */
export type ReferencedRecord =
  | { __typename: 'VoucherApplication'; id: string }
  | { __typename: 'Voucher'; id: string; application?: { id: string } | null }
  | { __typename: 'Redemption'; id: string; voucher?: { id: string; application?: { id: string } | null } | null };

export function agencyPathOf(record: ReferencedRecord): string | null {
  switch (record.__typename) {
    case 'VoucherApplication':
      return `/agency/reviews/${encodeURIComponent(record.id)}`;
    case 'Voucher':
      return record.application ? `/agency/reviews/${encodeURIComponent(record.application.id)}#voucher` : null;
    case 'Redemption':
      return record.voucher?.application
        ? `/agency/reviews/${encodeURIComponent(record.voucher.application.id)}#voucher`
        : null;
  }
}
