import { describe, expect, it } from 'vitest';
import { leftToOthers, PENDING_SECTIONS, totalWaiting, type PendingQueue, type PendingWork } from './sections';

function queue(kind: PendingQueue['kind'], count: number, actionableCount = count): PendingQueue {
  return { kind, count, actionableCount, oldestWaitingSince: null, oldestWaitingDays: null, items: [] };
}

describe('the pending work sections', () => {
  it('take every kind once, applications opening on their review page', () => {
    expect(PENDING_SECTIONS.map((s) => s.key)).toEqual([
      'reviews',
      'secondApprovals',
      'payments',
      'paymentSecondApprovals',
      'verifications',
    ]);
    expect(PENDING_SECTIONS[1]?.itemPath('a1')).toBe('/agency/reviews/a1');
    expect(PENDING_SECTIONS[4]?.itemPath('o1')).toBe('/agency/verifications');
  });

  it('add up what waits and tell what the officer leaves to another', () => {
    const work: PendingWork = {
      asOf: '2027-03-07T09:00:00Z',
      reviews: queue('REVIEW', 2),
      secondApprovals: queue('SECOND_APPROVAL', 3, 1),
      payments: queue('PAYMENT', 0),
      paymentSecondApprovals: queue('PAYMENT_SECOND_APPROVAL', 1, 1),
      verifications: queue('VERIFICATION', 4),
    };
    expect(totalWaiting(work)).toBe(10);
    expect(leftToOthers(work.secondApprovals)).toBe(2);
    expect(leftToOthers(work.reviews)).toBe(0);
  });
});
