import { graphql } from '@/gql';

/** The national agencies with their helpdesks (public). */
export const AgencyDirectoryQuery = graphql(`
  query AgencyDirectory {
    memberStates {
      code
      name
    }
    agencyDirectory {
      id
      name
      memberState {
        code
      }
      helpdesk {
        email
        phone
        phoneUri
        url
      }
    }
  }
`);
