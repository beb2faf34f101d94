import { graphql } from '@/gql';

/** The provider's organisation and member state: which programmes it may apply to. */
export const ProviderContextQuery = graphql(`
  query ProviderContext {
    me {
      id
      organisation {
        id
        name
        status
        healthcareType
        nis2Class
        memberState {
          code
          name
        }
      }
    }
  }
`);

/** The rules of a programme the application form and the eligibility list explain. */
export const ProgrammeRulesFragment = graphql(`
  fragment ProgrammeRules on VoucherProgram {
    id
    code
    name(language: $language)
    status
    currency
    minVoucher
    maxVoucher
    aidIntensity
    prefinancingShare
    smeCategories
    healthcareTypes
    nis2Classes
    serviceCategories
    opensAt
    closesAt
    validityDays
    deMinimis
    memberState {
      code
      name
    }
  }
`);

/** The open programmes of the provider's member state. */
export const ApplicableProgrammesQuery = graphql(`
  query ApplicableProgrammes($language: String!, $memberState: String!) {
    voucherPrograms(first: 100, filter: { status: OPEN, memberState: $memberState }) {
      nodes {
        ...ProgrammeRules
      }
    }
  }
`);

export const ProgrammeEligibilityQuery = graphql(`
  query ProgrammeEligibility($programId: ID!, $sme: SmeAssessmentInput) {
    programEligibility(programId: $programId, sme: $sme) {
      eligible
      checks {
        rule
        outcome
      }
    }
  }
`);

export const ApplicationFieldsFragment = graphql(`
  fragment ApplicationFields on VoucherApplication {
    id
    reference
    status
    programId
    currency
    requestedAmount
    approvedAmount
    services {
      category
      description
      estimatedCost
    }
    estimatedTotal
    smeInput
    deMinimisReceivedEur
    serviceProviderId
    cutoff
    submittedAt
    decidedAt
    decisionReason
    recommendedById
    recommendedBy {
      id
      displayName
    }
    recommendedByYou
    recommendedAmount
    recommendedAt
    createdAt
    updatedAt
  }
`);

/** A programme to apply to (the form for a new application). */
export const ApplyProgrammeQuery = graphql(`
  query ApplyProgramme($programId: ID!, $language: String!) {
    voucherProgram(id: $programId) {
      ...ProgrammeRules
    }
    organisationProfile {
      organisationId
      smeInput
      smeConfirmedAt
    }
    me {
      id
      organisation {
        id
        name
      }
    }
  }
`);

/** A draft and its programme (the form continuing an application). */
export const EditApplicationQuery = graphql(`
  query EditApplication($id: ID!, $language: String!) {
    voucherApplication(id: $id) {
      ...ApplicationFields
      program {
        ...ProgrammeRules
      }
    }
    me {
      id
      organisation {
        id
        name
      }
    }
  }
`);

export const CreateApplicationMutation = graphql(`
  mutation CreateApplication($programId: ID!, $input: VoucherApplicationInput!) {
    createVoucherApplication(programId: $programId, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const UpdateApplicationMutation = graphql(`
  mutation UpdateApplication($id: ID!, $input: VoucherApplicationInput!) {
    updateVoucherApplication(id: $id, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($id: ID!) {
    submitVoucherApplication(id: $id) {
      ...ApplicationFields
    }
  }
`);

export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($id: ID!) {
    withdrawVoucherApplication(id: $id) {
      ...ApplicationFields
    }
  }
`);

/** The clinic's applications, newest first (drafts included). */
export const MyApplicationsQuery = graphql(`
  query MyApplications($language: String!, $first: Int!, $after: String) {
    voucherApplications(first: $first, after: $after) {
      nodes {
        id
        reference
        status
        currency
        requestedAmount
        approvedAmount
        createdAt
        updatedAt
        submittedAt
        program {
          id
          code
          name(language: $language)
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SmeSnapshotFragment = graphql(`
  fragment SmeSnapshot on SmeAssessment {
    category
    isSme
    notSmeReason
    ruleVersion
    aggregated {
      staffAwu
      annualTurnover
      balanceSheetTotal
    }
    enterprises {
      id
      name
      relation
      includedPercent
    }
    trace {
      article
      text
    }
  }
`);

/** One application with everything its detail page shows (the clinic's and the agency's view). */
export const ApplicationDetailQuery = graphql(`
  query ApplicationDetail($id: ID!, $language: String!) {
    voucherApplication(id: $id) {
      ...ApplicationFields
      program {
        ...ProgrammeRules
        fourEyes {
          mode
          threshold
        }
        funds {
          available
        }
      }
      organisation {
        id
        name
        healthcareType
        nis2Class
        registrationId
      }
      smeSnapshot {
        ...SmeSnapshot
      }
      voucher {
        id
        reference
        status
        amount
        currency
        redemptions {
          ...RedemptionRow
        }
      }
      attachments {
        ...AttachmentFields
      }
    }
  }
`);

/** The amount planned services give on a programme, step by step (nothing is saved). */
export const VoucherAmountPreviewQuery = graphql(`
  query VoucherAmountPreview($programId: ID!, $services: [PlannedServiceInput!]!) {
    voucherAmountPreview(programId: $programId, services: $services) {
      eligibleCosts
      aidIntensity
      aidAmount
      cap
      minimum
      amount
      capped
      belowMinimum
      currency
    }
  }
`);
