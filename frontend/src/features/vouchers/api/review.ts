import { graphql } from '@/gql';

/** Submitted applications of the officer's member state, first come, first served, under `filter`. */
export const ReviewQueueQuery = graphql(`
  query ReviewQueue($filter: VoucherApplicationFilter, $language: String!, $first: Int!, $after: String) {
    reviewQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        reference
        status
        currency
        requestedAmount
        estimatedTotal
        submittedAt
        cutoff
        organisation {
          id
          name
        }
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

/** The officer's member state (the programme filter lists its programmes). */
export const ReviewOfficerQuery = graphql(`
  query ReviewOfficer {
    me {
      id
      memberState {
        code
      }
    }
  }
`);

/** The programmes of the officer's member state, for the queue's programme filter. */
export const ReviewProgrammesQuery = graphql(`
  query ReviewProgrammes($language: String!, $memberState: String!) {
    voucherPrograms(first: 100, filter: { memberState: $memberState }) {
      nodes {
        id
        code
        name(language: $language)
      }
    }
  }
`);

/** The application, voucher or redemption a reference names (in the caller's scope). */
export const FindByReferenceQuery = graphql(`
  query FindByReference($reference: String!) {
    findByReference(reference: $reference) {
      __typename
      ... on VoucherApplication {
        id
      }
      ... on Voucher {
        id
        application {
          id
        }
      }
      ... on Redemption {
        id
        voucher {
          id
          application {
            id
          }
        }
      }
    }
  }
`);

export const ApproveApplicationMutation = graphql(`
  mutation ApproveApplication($id: ID!, $amount: Decimal, $key: String) {
    approveVoucherApplication(id: $id, amount: $amount, idempotencyKey: $key) {
      ...ApplicationFields
      voucher {
        id
        status
        amount
        currency
      }
    }
  }
`);

/** The first of the four eyes: recommend approving (optionally for less than asked). */
export const RecommendApplicationMutation = graphql(`
  mutation RecommendApplication($id: ID!, $amount: Decimal) {
    recommendVoucherApplication(id: $id, amount: $amount) {
      ...ApplicationFields
    }
  }
`);

export const RejectApplicationMutation = graphql(`
  mutation RejectApplication($id: ID!, $reason: String!, $key: String) {
    rejectVoucherApplication(id: $id, reason: $reason, idempotencyKey: $key) {
      ...ApplicationFields
    }
  }
`);

/** An application's internal notes (agency officers only; a clinic would read an empty list). */
export const ApplicationNotesQuery = graphql(`
  query ApplicationNotes($id: ID!) {
    voucherApplication(id: $id) {
      id
      internalNotes {
        id
        authorName
        createdAt
        text
      }
    }
  }
`);

export const AddApplicationNoteMutation = graphql(`
  mutation AddApplicationNote($applicationId: ID!, $text: String!) {
    addApplicationNote(applicationId: $applicationId, text: $text) {
      id
      authorName
      createdAt
      text
    }
  }
`);
