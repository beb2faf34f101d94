import { graphql } from '@/gql';

/** Submitted applications of the officer's member state, first come, first served. */
export const ReviewQueueQuery = graphql(`
  query ReviewQueue($programId: ID, $language: String!, $first: Int!, $after: String) {
    reviewQueue(programId: $programId, first: $first, after: $after) {
      nodes {
        id
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
