import { graphql } from '@/gql';

/** The answer is the same whether or not the address already had an account (issue #14). */
export const RegisterOrganisationMutation = graphql(`
  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {
    registerOrganisation(input: $input) {
      received
      contactEmail
    }
  }
`);
