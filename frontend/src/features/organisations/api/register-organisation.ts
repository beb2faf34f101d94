import { graphql } from '@/gql';

export const RegisterOrganisationMutation = graphql(`
  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {
    registerOrganisation(input: $input) {
      organisation {
        id
        name
        status
        memberState {
          code
          name
        }
      }
      user {
        id
        email
      }
    }
  }
`);
