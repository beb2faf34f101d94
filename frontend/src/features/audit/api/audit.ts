import { graphql } from '@/gql';

/** The audit trail in the caller's scope (the admin: all; an agency: its member state's voucher records). */
export const AuditTrailQuery = graphql(`
  query AuditTrail($first: Int!, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes {
        id
        chain
        seq
        at
        actorRole
        action
        objectType
        objectId
        outcome
        requestId
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
