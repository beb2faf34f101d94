import { graphql } from '@/gql';

export const MemberStatesQuery = graphql(`
  query MemberStates {
    memberStates {
      code
      name
      currency
    }
  }
`);
