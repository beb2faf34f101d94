import { graphql } from '@/gql';

/** Healthcare organisations waiting for verification; the server scopes them to the caller. */
export const PendingOrganisationsQuery = graphql(`
  query PendingOrganisations($first: Int!, $after: String) {
    organisations(
      first: $first
      after: $after
      filter: { status: PENDING, kind: HEALTHCARE_PROVIDER }
    ) {
      nodes {
        id
        name
        status
        healthcareType
        nis2Class
        registrationId
        createdAt
        reviewNote {
          kind
          text
          at
        }
        memberState {
          code
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const VerifyOrganisationMutation = graphql(`
  mutation VerifyOrganisation($id: ID!) {
    verifyOrganisation(id: $id) {
      id
      name
      status
    }
  }
`);

export const RejectOrganisationMutation = graphql(`
  mutation RejectOrganisation($id: ID!, $reason: String!) {
    rejectOrganisation(id: $id, reason: $reason) {
      id
      name
      status
    }
  }
`);

export const RequestOrganisationInformationMutation = graphql(`
  mutation RequestOrganisationInformation($id: ID!, $message: String!) {
    requestOrganisationInformation(id: $id, message: $message) {
      id
      name
      status
      reviewNote {
        kind
        text
        at
      }
    }
  }
`);
