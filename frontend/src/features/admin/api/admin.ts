import { graphql } from '@/gql';

/** Every account, oldest first (platform admin). */
export const AdminUsersQuery = graphql(`
  query AdminUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      nodes {
        id
        email
        displayName
        role
        active
        organisation {
          id
          name
          kind
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

/** Organisations of one kind, optionally by part of the name (the admin sees all). */
export const AdminOrganisationsQuery = graphql(`
  query AdminOrganisations($kind: OrganisationKind!, $first: Int!, $after: String, $nameContains: String) {
    organisations(first: $first, after: $after, filter: { kind: $kind, nameContains: $nameContains }) {
      nodes {
        id
        name
        kind
        status
        registrationId
        createdAt
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

export const AdminMemberStatesQuery = graphql(`
  query AdminMemberStates {
    memberStates {
      code
      name
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      displayName
      role
      active
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      id
      email
      active
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
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
`);
