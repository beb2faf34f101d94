import { graphql } from '@/gql';

/** Open programmes across the EU (no login needed); optionally one member state. */
export const OpenProgrammesQuery = graphql(`
  query OpenProgrammes($language: String!, $memberState: String) {
    voucherPrograms(first: 100, filter: { status: OPEN, memberState: $memberState }) {
      nodes {
        id
        code
        name(language: $language)
        descriptions {
          language
          text
        }
        memberState {
          code
          name
        }
        currency
        minVoucher
        maxVoucher
        aidIntensity
        prefinancingShare
        smeCategories
        healthcareTypes
        serviceCategories
        opensAt
        closesAt
      }
    }
  }
`);

export const ProgrammeMemberStatesQuery = graphql(`
  query ProgrammeMemberStates {
    memberStates {
      code
      name
      currency
    }
  }
`);

/** The officer's member state (and its currency). */
export const OfficerStateQuery = graphql(`
  query OfficerState {
    me {
      id
      memberState {
        code
        name
        currency
      }
    }
  }
`);

/** Every programme of one member state, whatever its status (the agency's view). */
export const AgencyProgrammesQuery = graphql(`
  query AgencyProgrammes($language: String!, $memberState: String!) {
    voucherPrograms(first: 100, filter: { memberState: $memberState }) {
      nodes {
        id
        code
        status
        name(language: $language)
        currency
        opensAt
        closesAt
        funds {
          allocated
          available
          currency
        }
      }
    }
  }
`);

export const ProgrammeDashboardQuery = graphql(`
  query ProgrammeDashboard($id: ID!, $language: String!, $first: Int!) {
    voucherProgram(id: $id) {
      id
      code
      status
      name(language: $language)
      memberState {
        code
        name
      }
      currency
      minVoucher
      maxVoucher
      aidIntensity
      prefinancingShare
      opensAt
      closesAt
      validityDays
      funds {
        allocated
        committed
        disbursed
        available
        currency
      }
      monthlySummary {
        month
        allocated
        deallocated
        committed
        released
        disbursed
        endOfMonth {
          allocated
          committed
          disbursed
          available
          currency
        }
      }
      ledger(first: $first) {
        nodes {
          ...LedgerRow
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const LedgerRowFragment = graphql(`
  fragment LedgerRow on LedgerEntry {
    id
    kind
    amount
    currency
    reference
    voucherId
    voucherReference
    createdAt
    fundsAfter {
      available
    }
  }
`);

export const LedgerPageQuery = graphql(`
  query LedgerPage($id: ID!, $first: Int!, $after: String) {
    voucherProgram(id: $id) {
      id
      ledger(first: $first, after: $after) {
        nodes {
          ...LedgerRow
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const AllocateFundsMutation = graphql(`
  mutation AllocateFunds($input: FundsInput!) {
    allocateFunds(input: $input) {
      replayed
      funds {
        allocated
        committed
        disbursed
        available
        currency
      }
      entry {
        id
      }
    }
  }
`);

export const OpenProgrammeMutation = graphql(`
  mutation OpenProgramme($id: ID!) {
    openVoucherProgram(id: $id) {
      id
      status
    }
  }
`);

export const CloseProgrammeMutation = graphql(`
  mutation CloseProgramme($id: ID!) {
    closeVoucherProgram(id: $id) {
      id
      status
    }
  }
`);

export const ArchiveProgrammeMutation = graphql(`
  mutation ArchiveProgramme($id: ID!) {
    archiveVoucherProgram(id: $id) {
      id
      status
    }
  }
`);

export const CreateProgrammeMutation = graphql(`
  mutation CreateProgramme($input: VoucherProgramInput!) {
    createVoucherProgram(input: $input) {
      id
      code
      status
    }
  }
`);

/** Everything the programme form edits, for one programme. */
export const ProgrammeForEditQuery = graphql(`
  query ProgrammeForEdit($id: ID!, $language: String!) {
    voucherProgram(id: $id) {
      id
      code
      status
      name(language: $language)
      memberState {
        code
        currency
      }
      currency
      names {
        language
        text
      }
      descriptions {
        language
        text
      }
      minVoucher
      maxVoucher
      aidIntensity
      prefinancingShare
      deMinimis
      fourEyes {
        mode
        threshold
      }
      smeCategories
      healthcareTypes
      nis2Classes
      serviceCategories
      opensAt
      closesAt
      cutoffs
      validityDays
    }
  }
`);

export const UpdateProgrammeMutation = graphql(`
  mutation UpdateProgramme($id: ID!, $input: VoucherProgramInput!) {
    updateVoucherProgram(id: $id, input: $input) {
      id
      code
      status
      updatedAt
    }
  }
`);

export const DeallocateFundsMutation = graphql(`
  mutation DeallocateFunds($input: FundsInput!) {
    deallocateFunds(input: $input) {
      replayed
      funds {
        allocated
        committed
        disbursed
        available
        currency
      }
      entry {
        id
      }
    }
  }
`);

/** A page of the ledger with the full balances after each movement, for the funds chart. */
export const FundsHistoryQuery = graphql(`
  query FundsHistory($id: ID!, $first: Int!, $after: String) {
    voucherProgram(id: $id) {
      id
      ledger(first: $first, after: $after) {
        nodes {
          id
          createdAt
          fundsAfter {
            allocated
            committed
            disbursed
            available
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
