import { graphql } from '@/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      memberState {
        code
        name
        currency
      }
      organisation {
        id
        name
        kind
        status
        memberState {
          code
          name
        }
      }
    }
  }
`);
