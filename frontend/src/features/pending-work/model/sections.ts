import type { PendingQueueFieldsFragment, PendingWorkQuery } from '@/gql/graphql';

/** The kinds of pending work, as `pendingWork` names its fields. */
export type PendingSectionKey = 'reviews' | 'secondApprovals' | 'payments' | 'paymentSecondApprovals' | 'verifications';

export interface PendingSection {
  key: PendingSectionKey;
  /** The page that lists every item of the kind. */
  queuePath: string;
  /** Where one item is dealt with. */
  itemPath: (id: string) => string;
}

const review = (id: string) => `/agency/reviews/${id}`;

/** The sections of the page, in the order an officer's day takes them. */
export const PENDING_SECTIONS: readonly PendingSection[] = [
  { key: 'reviews', queuePath: '/agency/reviews', itemPath: review },
  { key: 'secondApprovals', queuePath: '/agency/reviews', itemPath: review },
  { key: 'payments', queuePath: '/agency/payments', itemPath: () => '/agency/payments' },
  { key: 'paymentSecondApprovals', queuePath: '/agency/payments', itemPath: () => '/agency/payments' },
  { key: 'verifications', queuePath: '/agency/verifications', itemPath: () => '/agency/verifications' },
];

export type PendingWork = NonNullable<PendingWorkQuery['pendingWork']>;
export type PendingQueue = PendingQueueFieldsFragment;

/** How many items wait in all the sections. */
export function totalWaiting(work: PendingWork): number {
  return PENDING_SECTIONS.reduce((sum, section) => sum + work[section.key].count, 0);
}

/** How many items of a queue the officer recommended and so leaves to another officer. */
export function leftToOthers(queue: PendingQueue): number {
  return Math.max(0, queue.count - queue.actionableCount);
}
