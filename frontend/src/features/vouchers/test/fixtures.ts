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
