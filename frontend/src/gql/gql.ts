/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MemberStates {\n    memberStates {\n      code\n      name\n      currency\n    }\n  }\n": typeof types.MemberStatesDocument,
    "\n  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {\n    registerOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        status\n        memberState {\n          code\n          name\n        }\n      }\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.RegisterOrganisationDocument,
    "\n  query PendingOrganisations($first: Int!, $after: String) {\n    organisations(\n      first: $first\n      after: $after\n      filter: { status: PENDING, kind: HEALTHCARE_PROVIDER }\n    ) {\n      nodes {\n        id\n        name\n        status\n        healthcareType\n        nis2Class\n        registrationId\n        createdAt\n        memberState {\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PendingOrganisationsDocument,
    "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.VerifyOrganisationDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      memberState {\n        code\n        name\n        currency\n      }\n      organisation {\n        id\n        name\n        kind\n        status\n        memberState {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query MemberStates {\n    memberStates {\n      code\n      name\n      currency\n    }\n  }\n": types.MemberStatesDocument,
    "\n  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {\n    registerOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        status\n        memberState {\n          code\n          name\n        }\n      }\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.RegisterOrganisationDocument,
    "\n  query PendingOrganisations($first: Int!, $after: String) {\n    organisations(\n      first: $first\n      after: $after\n      filter: { status: PENDING, kind: HEALTHCARE_PROVIDER }\n    ) {\n      nodes {\n        id\n        name\n        status\n        healthcareType\n        nis2Class\n        registrationId\n        createdAt\n        memberState {\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PendingOrganisationsDocument,
    "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": types.VerifyOrganisationDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      memberState {\n        code\n        name\n        currency\n      }\n      organisation {\n        id\n        name\n        kind\n        status\n        memberState {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberStates {\n    memberStates {\n      code\n      name\n      currency\n    }\n  }\n"): (typeof documents)["\n  query MemberStates {\n    memberStates {\n      code\n      name\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {\n    registerOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        status\n        memberState {\n          code\n          name\n        }\n      }\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {\n    registerOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        status\n        memberState {\n          code\n          name\n        }\n      }\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingOrganisations($first: Int!, $after: String) {\n    organisations(\n      first: $first\n      after: $after\n      filter: { status: PENDING, kind: HEALTHCARE_PROVIDER }\n    ) {\n      nodes {\n        id\n        name\n        status\n        healthcareType\n        nis2Class\n        registrationId\n        createdAt\n        memberState {\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingOrganisations($first: Int!, $after: String) {\n    organisations(\n      first: $first\n      after: $after\n      filter: { status: PENDING, kind: HEALTHCARE_PROVIDER }\n    ) {\n      nodes {\n        id\n        name\n        status\n        healthcareType\n        nis2Class\n        registrationId\n        createdAt\n        memberState {\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      memberState {\n        code\n        name\n        currency\n      }\n      organisation {\n        id\n        name\n        kind\n        status\n        memberState {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      memberState {\n        code\n        name\n        currency\n      }\n      organisation {\n        id\n        name\n        kind\n        status\n        memberState {\n          code\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;