import { graphql } from '@/gql';

/** One kind of pending work: counted, its oldest's age, and its oldest items first. */
export const PendingQueueFieldsFragment = graphql(`
  fragment PendingQueueFields on PendingQueue {
    kind
    count
    actionableCount
    oldestWaitingSince
    oldestWaitingDays
    items {
      id
      reference
      organisationId
      organisationName
      waitingSince
      waitingDays
      amount
      currency
      recommendedByYou
      actionable
    }
  }
`);

/** The agency's pending work in the officer's member state, counted and aged by the server's clock. */
export const PendingWorkQuery = graphql(`
  query PendingWork($first: Int) {
    pendingWork(first: $first) {
      asOf
      reviews {
        ...PendingQueueFields
      }
      secondApprovals {
        ...PendingQueueFields
      }
      payments {
        ...PendingQueueFields
      }
      paymentSecondApprovals {
        ...PendingQueueFields
      }
      verifications {
        ...PendingQueueFields
      }
    }
  }
`);
