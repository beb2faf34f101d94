import type { ApplicationFieldsFragment, ProgrammeRulesFragment } from '@/gql/graphql';

export const programme: ProgrammeRulesFragment = {
  id: 'p1',
  code: 'DE-KH-CYBER-2027',
  name: 'Hospital cybersecurity vouchers',
  status: 'OPEN',
  currency: 'EUR',
  minVoucher: '5000.00',
  maxVoucher: '60000.00',
  aidIntensity: '50.00',
  prefinancingShare: '20.00',
  smeCategories: ['MICRO', 'SMALL', 'MEDIUM'],
  healthcareTypes: ['HOSPITAL', 'CLINIC'],
  nis2Classes: ['ESSENTIAL', 'IMPORTANT'],
  serviceCategories: ['PENETRATION_TESTING', 'SECURITY_TRAINING'],
  opensAt: '2026-11-22T00:00:00Z',
  closesAt: '2027-05-28T00:00:00Z',
  validityDays: 365,
  deMinimis: true,
  memberState: { code: 'DE', name: 'Germany' },
};

export function application(overrides: Partial<ApplicationFieldsFragment> = {}): ApplicationFieldsFragment {
  return {
    id: 'a1',
    reference: null,
    status: 'DRAFT',
    programId: 'p1',
    currency: 'EUR',
    requestedAmount: '70000.00',
    approvedAmount: null,
    services: [{ category: 'PENETRATION_TESTING', description: 'External test', estimatedCost: '30000.00' }],
    estimatedTotal: '30000.00',
    smeInput: {
      applicant: 'applicant',
      enterprises: [
        {
          id: 'applicant',
          name: 'Klinik',
          kind: 'ENTERPRISE',
          periods: [{ label: '2025', staff: '40', annualTurnover: '8000000', balanceSheetTotal: '6000000' }],
        },
      ],
      holdings: [],
    },
    deMinimisReceivedEur: '0.00',
    serviceProviderId: null,
    cutoff: null,
    submittedAt: null,
    decidedAt: null,
    decisionReason: null,
    recommendedById: null,
    recommendedBy: null,
    recommendedByYou: false,
    recommendedAmount: null,
    recommendedAt: null,
    createdAt: '2026-11-29T10:00:00Z',
    updatedAt: '2026-11-29T10:00:00Z',
    ...overrides,
  };
}

export const SECURECARE_ID = '01a224b1-216b-70fe-818e-1b4b0c14d984';

/** A directory page: two German providers (not in name order) and a French one. */
export const providers = [
  { __typename: 'ServiceProviderListing', id: SECURECARE_ID, name: 'SecureCare MSSP', memberState: { code: 'DE', name: 'Germany' } },
  { __typename: 'ServiceProviderListing', id: 'sp-fr', name: 'Cyber Défense Lyon', memberState: { code: 'FR', name: 'France' } },
  { __typename: 'ServiceProviderListing', id: 'sp-de-2', name: 'Alpha Sicherheit GmbH', memberState: { code: 'DE', name: 'Germany' } },
] as const;

/** The answer to `ServiceProviders` (one page). */
export function directoryBody() {
  return {
    data: {
      serviceProviders: {
        nodes: providers,
        pageInfo: { hasNextPage: false, endCursor: null },
      },
    },
  };
}

/** The answer to `ApproveApplication`: approved, with its voucher of `amount`. */
export function approvedAnswer(amount = '18000.00') {
  return {
    data: {
      approveVoucherApplication: {
        ...application({ status: 'APPROVED' }),
        voucher: { id: 'v1', status: 'ISSUED', amount, currency: 'EUR' },
      },
    },
  };
}

/** A redemption as `RedemptionRow` reads it: €10,000.00 invoiced, awaiting payment. */
export function redemptionRow(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Redemption',
    id: 'r1',
    reference: 'RED-1',
    paymentReference: null,
    status: 'PENDING_PAYMENT',
    invoiceReference: 'INV-7',
    serviceCategory: 'PENETRATION_TESTING',
    currency: 'EUR',
    invoiceAmount: '10000.00',
    covered: '5000.00',
    clinicPays: '5000.00',
    payable: '1400.00',
    createdAt: '2026-03-01T10:00:00Z',
    paidAt: null,
    recommendedById: null,
    recommendedByYou: false,
    recommendedAt: null,
    ...overrides,
  };
}

/** An attachment as `Redemption.attachments` lists it. */
export function invoiceFile(id: string, name: string) {
  return { __typename: 'Attachment', id, kind: 'INVOICE', name, contentType: 'application/pdf', sizeBytes: 4096 };
}

/** A redemption as `Redemptions` lists it: the row, its provider, invoices and voucher (`fourEyes` of its programme). */
export function listedRedemption(overrides: Record<string, unknown> = {}, fourEyes: { mode: string; threshold: string | null } | null = null) {
  return {
    ...redemptionRow(),
    attachments: [invoiceFile('f1', 'INV-7.pdf')],
    serviceProvider: { __typename: 'Organisation', id: 'sp', name: 'SecureCare MSSP' },
    voucher: {
      __typename: 'Voucher',
      id: 'v1',
      reference: null,
      program: {
        __typename: 'VoucherProgram',
        id: 'p1',
        code: 'DE-1',
        name: 'Programme',
        fourEyes: fourEyes ? { __typename: 'FourEyes', ...fourEyes } : null,
      },
      application: {
        __typename: 'VoucherApplication',
        id: 'a1',
        reference: null,
        organisation: { __typename: 'Organisation', id: 'o1', name: 'Klinik Nord' },
      },
    },
    ...overrides,
  };
}

/** The answer to `Redemptions`: one page of `nodes`, of `totalCount` in all. */
export function redemptionsAnswer(nodes: readonly unknown[], totalCount = nodes.length) {
  return {
    data: {
      redemptions: {
        __typename: 'RedemptionConnection',
        totalCount,
        nodes,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  };
}

/** The clinic's voucher as `VoucherDetail` reads it: €18,000.00, issued, nothing redeemed yet. */
export function voucherDetail(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Voucher',
    id: 'v1',
    status: 'ISSUED',
    currency: 'EUR',
    amount: '18000.00',
    redeemed: '0.00',
    remaining: '18000.00',
    issuedAt: '2026-11-29T10:00:00Z',
    expiresAt: '2027-11-29T00:00:00Z',
    closedAt: null,
    closeReason: null,
    code: 'Q6MT-7NCF-C2DS-H6H0-1XX1',
    prefinanced: '3600.00',
    serviceProviderId: null,
    program: {
      __typename: 'VoucherProgram',
      id: 'p1',
      code: 'DE-KH-CYBER-2027',
      name: 'Hospital cybersecurity vouchers',
      aidIntensity: '50.00',
      serviceCategories: ['PENETRATION_TESTING'],
    },
    application: { __typename: 'VoucherApplication', id: 'a1' },
    redemptions: [],
    ...overrides,
  };
}
