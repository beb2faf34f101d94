import { describe, expect, it } from 'vitest';
import {
  agencyPathOf,
  isFiltered,
  NO_QUEUE_FILTERS,
  paymentFilterInput,
  paymentsCsvPath,
  queueCsvPath,
  queueFilterInput,
  readQueueFilters,
  writeQueueFilters,
} from './queue-filters';

const read = (query: string) => readQueueFilters(new URLSearchParams(query));

describe('The review queue filters in the address', () => {
  it('reads every filter the address names', () => {
    expect(read('q=Klinik&stage=second&programme=p1&from=2027-01-01&to=2027-01-31')).toEqual({
      programme: 'p1',
      search: 'Klinik',
      from: '2027-01-01',
      to: '2027-01-31',
      stage: 'second',
    });
  });

  it('drops unknown stages, malformed and impossible days, and blank searches', () => {
    expect(read('q=%20%20&stage=approved&from=2027-02-30&to=31.01.2027&other=1')).toEqual(NO_QUEUE_FILTERS);
  });

  it('gives the same address for the same filters, whatever order they were written in', () => {
    const a = writeQueueFilters(read('to=2027-01-31&q=DE-KH&programme=p1')).toString();
    const b = writeQueueFilters(read('programme=p1&q=DE-KH&to=2027-01-31')).toString();
    expect(a).toBe(b);
    expect(a).toBe('programme=p1&q=DE-KH&to=2027-01-31');
  });

  it('writes nothing for no filters, so the plain queue has the plain address', () => {
    expect(writeQueueFilters(NO_QUEUE_FILTERS).toString()).toBe('');
    expect(isFiltered(NO_QUEUE_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_QUEUE_FILTERS, stage: 'first' })).toBe(true);
  });
});

describe('The review queue filters sent to the server', () => {
  it('turns the days into UTC instants with the last day included, and the stage into recommended', () => {
    expect(queueFilterInput(read('q=%20Klinik%20&stage=first&programme=p1&from=2027-01-01&to=2027-12-31'))).toEqual({
      programId: 'p1',
      search: 'Klinik',
      submittedFrom: '2027-01-01T00:00:00Z',
      submittedBefore: '2028-01-01T00:00:00Z',
      recommended: false,
    });
    expect(queueFilterInput(read('stage=second')).recommended).toBe(true);
    expect(queueFilterInput(NO_QUEUE_FILTERS)).toEqual({});
  });

  it('exports the CSV under the same filter, as the export’s query parameters', () => {
    const path = queueCsvPath(read('q=DE-KH-CYBER-2027-A&stage=second&programme=p1&from=2027-01-01&to=2027-01-31'));
    const [base, query = ''] = path.split('?');
    expect(base).toBe('/review-queue.csv');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      programId: 'p1',
      search: 'DE-KH-CYBER-2027-A',
      submittedFrom: '2027-01-01T00:00:00Z',
      submittedBefore: '2027-02-01T00:00:00Z',
      recommended: 'true',
    });
    expect(queueCsvPath(NO_QUEUE_FILTERS)).toBe('/review-queue.csv');
  });
});

describe('The payment queue filters sent to the server', () => {
  it('always asks for redemptions awaiting payment, with the days as redemption instants', () => {
    expect(paymentFilterInput(read('q=INV-7&stage=second&programme=p1&from=2027-03-01&to=2027-03-31'))).toEqual({
      status: 'PENDING_PAYMENT',
      programId: 'p1',
      search: 'INV-7',
      redeemedFrom: '2027-03-01T00:00:00Z',
      redeemedBefore: '2027-04-01T00:00:00Z',
      recommended: true,
    });
    expect(paymentFilterInput(NO_QUEUE_FILTERS)).toEqual({ status: 'PENDING_PAYMENT' });
  });

  it('exports the redemptions CSV under the same filter', () => {
    const path = paymentsCsvPath(read('q=Klinikum&stage=first&to=2027-03-31'));
    const [base, query = ''] = path.split('?');
    expect(base).toBe('/redemptions.csv');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      status: 'PENDING_PAYMENT',
      search: 'Klinikum',
      redeemedBefore: '2027-04-01T00:00:00Z',
      recommended: 'false',
    });
    expect(paymentsCsvPath(NO_QUEUE_FILTERS)).toBe('/redemptions.csv?status=PENDING_PAYMENT');
  });
});

describe('Where a reference leads an agency officer', () => {
  it('opens an application, and the application a voucher or redemption belongs to', () => {
    expect(agencyPathOf({ __typename: 'VoucherApplication', id: 'a1' })).toBe('/agency/reviews/a1');
    expect(agencyPathOf({ __typename: 'Voucher', id: 'v1', application: { id: 'a1' } })).toBe('/agency/reviews/a1#voucher');
    expect(
      agencyPathOf({ __typename: 'Redemption', id: 'r1', voucher: { id: 'v1', application: { id: 'a1' } } }),
    ).toBe('/agency/reviews/a1#voucher');
    expect(agencyPathOf({ __typename: 'Voucher', id: 'v1', application: null })).toBeNull();
  });
});
