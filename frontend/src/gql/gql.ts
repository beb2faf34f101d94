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
    "\n  query OpenProgrammes($language: String!, $memberState: String) {\n    voucherPrograms(first: 100, filter: { status: OPEN, memberState: $memberState }) {\n      nodes {\n        id\n        code\n        name(language: $language)\n        descriptions {\n          language\n          text\n        }\n        memberState {\n          code\n          name\n        }\n        currency\n        minVoucher\n        maxVoucher\n        aidIntensity\n        prefinancingShare\n        smeCategories\n        healthcareTypes\n        serviceCategories\n        opensAt\n        closesAt\n      }\n    }\n  }\n": typeof types.OpenProgrammesDocument,
    "\n  query ProgrammeMemberStates {\n    memberStates {\n      code\n      name\n      currency\n    }\n  }\n": typeof types.ProgrammeMemberStatesDocument,
    "\n  query OfficerState {\n    me {\n      id\n      memberState {\n        code\n        name\n        currency\n      }\n    }\n  }\n": typeof types.OfficerStateDocument,
    "\n  query AgencyProgrammes($language: String!, $memberState: String!) {\n    voucherPrograms(first: 100, filter: { memberState: $memberState }) {\n      nodes {\n        id\n        code\n        status\n        name(language: $language)\n        currency\n        opensAt\n        closesAt\n        funds {\n          allocated\n          available\n          currency\n        }\n      }\n    }\n  }\n": typeof types.AgencyProgrammesDocument,
    "\n  query ProgrammeDashboard($id: ID!, $language: String!, $first: Int!) {\n    voucherProgram(id: $id) {\n      id\n      code\n      status\n      name(language: $language)\n      memberState {\n        code\n        name\n      }\n      currency\n      minVoucher\n      maxVoucher\n      aidIntensity\n      prefinancingShare\n      opensAt\n      closesAt\n      validityDays\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      monthlySummary {\n        month\n        allocated\n        deallocated\n        committed\n        released\n        disbursed\n        endOfMonth {\n          allocated\n          committed\n          disbursed\n          available\n          currency\n        }\n      }\n      ledger(first: $first) {\n        nodes {\n          ...LedgerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeDashboardDocument,
    "\n  fragment LedgerRow on LedgerEntry {\n    id\n    kind\n    amount\n    currency\n    reference\n    createdAt\n    fundsAfter {\n      available\n    }\n  }\n": typeof types.LedgerRowFragmentDoc,
    "\n  query LedgerPage($id: ID!, $first: Int!, $after: String) {\n    voucherProgram(id: $id) {\n      id\n      ledger(first: $first, after: $after) {\n        nodes {\n          ...LedgerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.LedgerPageDocument,
    "\n  mutation AllocateFunds($input: FundsInput!) {\n    allocateFunds(input: $input) {\n      replayed\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.AllocateFundsDocument,
    "\n  mutation OpenProgramme($id: ID!) {\n    openVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OpenProgrammeDocument,
    "\n  mutation CloseProgramme($id: ID!) {\n    closeVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseProgrammeDocument,
    "\n  mutation ArchiveProgramme($id: ID!) {\n    archiveVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveProgrammeDocument,
    "\n  mutation CreateProgramme($input: VoucherProgramInput!) {\n    createVoucherProgram(input: $input) {\n      id\n      code\n      status\n    }\n  }\n": typeof types.CreateProgrammeDocument,
    "\n  query ProgrammeForEdit($id: ID!, $language: String!) {\n    voucherProgram(id: $id) {\n      id\n      code\n      status\n      name(language: $language)\n      memberState {\n        code\n        currency\n      }\n      currency\n      names {\n        language\n        text\n      }\n      descriptions {\n        language\n        text\n      }\n      minVoucher\n      maxVoucher\n      aidIntensity\n      prefinancingShare\n      deMinimis\n      smeCategories\n      healthcareTypes\n      nis2Classes\n      serviceCategories\n      opensAt\n      closesAt\n      cutoffs\n      validityDays\n    }\n  }\n": typeof types.ProgrammeForEditDocument,
    "\n  mutation UpdateProgramme($id: ID!, $input: VoucherProgramInput!) {\n    updateVoucherProgram(id: $id, input: $input) {\n      id\n      code\n      status\n      updatedAt\n    }\n  }\n": typeof types.UpdateProgrammeDocument,
    "\n  mutation DeallocateFunds($input: FundsInput!) {\n    deallocateFunds(input: $input) {\n      replayed\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.DeallocateFundsDocument,
    "\n  query SmeAssessment($input: SmeAssessmentInput!) {\n    smeAssessment(input: $input) {\n      category\n      isSme\n      notSmeReason\n      aggregated {\n        staffAwu\n        annualTurnover\n        balanceSheetTotal\n      }\n      enterprises {\n        id\n        name\n        relation\n        includedPercent\n        via\n        explanation\n      }\n      trace {\n        article\n        text\n      }\n      ruleVersion\n      periodCategories {\n        label\n        category\n      }\n    }\n  }\n": typeof types.SmeAssessmentDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      memberState {\n        code\n        name\n        currency\n      }\n      organisation {\n        id\n        name\n        kind\n        status\n        memberState {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query MemberStates {\n    memberStates {\n      code\n      name\n      currency\n    }\n  }\n": types.MemberStatesDocument,
    "\n  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {\n    registerOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        status\n        memberState {\n          code\n          name\n        }\n      }\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.RegisterOrganisationDocument,
    "\n  query PendingOrganisations($first: Int!, $after: String) {\n    organisations(\n      first: $first\n      after: $after\n      filter: { status: PENDING, kind: HEALTHCARE_PROVIDER }\n    ) {\n      nodes {\n        id\n        name\n        status\n        healthcareType\n        nis2Class\n        registrationId\n        createdAt\n        memberState {\n          code\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PendingOrganisationsDocument,
    "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": types.VerifyOrganisationDocument,
    "\n  query OpenProgrammes($language: String!, $memberState: String) {\n    voucherPrograms(first: 100, filter: { status: OPEN, memberState: $memberState }) {\n      nodes {\n        id\n        code\n        name(language: $language)\n        descriptions {\n          language\n          text\n        }\n        memberState {\n          code\n          name\n        }\n        currency\n        minVoucher\n        maxVoucher\n        aidIntensity\n        prefinancingShare\n        smeCategories\n        healthcareTypes\n        serviceCategories\n        opensAt\n        closesAt\n      }\n    }\n  }\n": types.OpenProgrammesDocument,
    "\n  query ProgrammeMemberStates {\n    memberStates {\n      code\n      name\n      currency\n    }\n  }\n": types.ProgrammeMemberStatesDocument,
    "\n  query OfficerState {\n    me {\n      id\n      memberState {\n        code\n        name\n        currency\n      }\n    }\n  }\n": types.OfficerStateDocument,
    "\n  query AgencyProgrammes($language: String!, $memberState: String!) {\n    voucherPrograms(first: 100, filter: { memberState: $memberState }) {\n      nodes {\n        id\n        code\n        status\n        name(language: $language)\n        currency\n        opensAt\n        closesAt\n        funds {\n          allocated\n          available\n          currency\n        }\n      }\n    }\n  }\n": types.AgencyProgrammesDocument,
    "\n  query ProgrammeDashboard($id: ID!, $language: String!, $first: Int!) {\n    voucherProgram(id: $id) {\n      id\n      code\n      status\n      name(language: $language)\n      memberState {\n        code\n        name\n      }\n      currency\n      minVoucher\n      maxVoucher\n      aidIntensity\n      prefinancingShare\n      opensAt\n      closesAt\n      validityDays\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      monthlySummary {\n        month\n        allocated\n        deallocated\n        committed\n        released\n        disbursed\n        endOfMonth {\n          allocated\n          committed\n          disbursed\n          available\n          currency\n        }\n      }\n      ledger(first: $first) {\n        nodes {\n          ...LedgerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ProgrammeDashboardDocument,
    "\n  fragment LedgerRow on LedgerEntry {\n    id\n    kind\n    amount\n    currency\n    reference\n    createdAt\n    fundsAfter {\n      available\n    }\n  }\n": types.LedgerRowFragmentDoc,
    "\n  query LedgerPage($id: ID!, $first: Int!, $after: String) {\n    voucherProgram(id: $id) {\n      id\n      ledger(first: $first, after: $after) {\n        nodes {\n          ...LedgerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.LedgerPageDocument,
    "\n  mutation AllocateFunds($input: FundsInput!) {\n    allocateFunds(input: $input) {\n      replayed\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      entry {\n        id\n      }\n    }\n  }\n": types.AllocateFundsDocument,
    "\n  mutation OpenProgramme($id: ID!) {\n    openVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n": types.OpenProgrammeDocument,
    "\n  mutation CloseProgramme($id: ID!) {\n    closeVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseProgrammeDocument,
    "\n  mutation ArchiveProgramme($id: ID!) {\n    archiveVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n": types.ArchiveProgrammeDocument,
    "\n  mutation CreateProgramme($input: VoucherProgramInput!) {\n    createVoucherProgram(input: $input) {\n      id\n      code\n      status\n    }\n  }\n": types.CreateProgrammeDocument,
    "\n  query ProgrammeForEdit($id: ID!, $language: String!) {\n    voucherProgram(id: $id) {\n      id\n      code\n      status\n      name(language: $language)\n      memberState {\n        code\n        currency\n      }\n      currency\n      names {\n        language\n        text\n      }\n      descriptions {\n        language\n        text\n      }\n      minVoucher\n      maxVoucher\n      aidIntensity\n      prefinancingShare\n      deMinimis\n      smeCategories\n      healthcareTypes\n      nis2Classes\n      serviceCategories\n      opensAt\n      closesAt\n      cutoffs\n      validityDays\n    }\n  }\n": types.ProgrammeForEditDocument,
    "\n  mutation UpdateProgramme($id: ID!, $input: VoucherProgramInput!) {\n    updateVoucherProgram(id: $id, input: $input) {\n      id\n      code\n      status\n      updatedAt\n    }\n  }\n": types.UpdateProgrammeDocument,
    "\n  mutation DeallocateFunds($input: FundsInput!) {\n    deallocateFunds(input: $input) {\n      replayed\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      entry {\n        id\n      }\n    }\n  }\n": types.DeallocateFundsDocument,
    "\n  query SmeAssessment($input: SmeAssessmentInput!) {\n    smeAssessment(input: $input) {\n      category\n      isSme\n      notSmeReason\n      aggregated {\n        staffAwu\n        annualTurnover\n        balanceSheetTotal\n      }\n      enterprises {\n        id\n        name\n        relation\n        includedPercent\n        via\n        explanation\n      }\n      trace {\n        article\n        text\n      }\n      ruleVersion\n      periodCategories {\n        label\n        category\n      }\n    }\n  }\n": types.SmeAssessmentDocument,
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
export function graphql(source: "\n  query OpenProgrammes($language: String!, $memberState: String) {\n    voucherPrograms(first: 100, filter: { status: OPEN, memberState: $memberState }) {\n      nodes {\n        id\n        code\n        name(language: $language)\n        descriptions {\n          language\n          text\n        }\n        memberState {\n          code\n          name\n        }\n        currency\n        minVoucher\n        maxVoucher\n        aidIntensity\n        prefinancingShare\n        smeCategories\n        healthcareTypes\n        serviceCategories\n        opensAt\n        closesAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenProgrammes($language: String!, $memberState: String) {\n    voucherPrograms(first: 100, filter: { status: OPEN, memberState: $memberState }) {\n      nodes {\n        id\n        code\n        name(language: $language)\n        descriptions {\n          language\n          text\n        }\n        memberState {\n          code\n          name\n        }\n        currency\n        minVoucher\n        maxVoucher\n        aidIntensity\n        prefinancingShare\n        smeCategories\n        healthcareTypes\n        serviceCategories\n        opensAt\n        closesAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeMemberStates {\n    memberStates {\n      code\n      name\n      currency\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeMemberStates {\n    memberStates {\n      code\n      name\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerState {\n    me {\n      id\n      memberState {\n        code\n        name\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerState {\n    me {\n      id\n      memberState {\n        code\n        name\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyProgrammes($language: String!, $memberState: String!) {\n    voucherPrograms(first: 100, filter: { memberState: $memberState }) {\n      nodes {\n        id\n        code\n        status\n        name(language: $language)\n        currency\n        opensAt\n        closesAt\n        funds {\n          allocated\n          available\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyProgrammes($language: String!, $memberState: String!) {\n    voucherPrograms(first: 100, filter: { memberState: $memberState }) {\n      nodes {\n        id\n        code\n        status\n        name(language: $language)\n        currency\n        opensAt\n        closesAt\n        funds {\n          allocated\n          available\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeDashboard($id: ID!, $language: String!, $first: Int!) {\n    voucherProgram(id: $id) {\n      id\n      code\n      status\n      name(language: $language)\n      memberState {\n        code\n        name\n      }\n      currency\n      minVoucher\n      maxVoucher\n      aidIntensity\n      prefinancingShare\n      opensAt\n      closesAt\n      validityDays\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      monthlySummary {\n        month\n        allocated\n        deallocated\n        committed\n        released\n        disbursed\n        endOfMonth {\n          allocated\n          committed\n          disbursed\n          available\n          currency\n        }\n      }\n      ledger(first: $first) {\n        nodes {\n          ...LedgerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeDashboard($id: ID!, $language: String!, $first: Int!) {\n    voucherProgram(id: $id) {\n      id\n      code\n      status\n      name(language: $language)\n      memberState {\n        code\n        name\n      }\n      currency\n      minVoucher\n      maxVoucher\n      aidIntensity\n      prefinancingShare\n      opensAt\n      closesAt\n      validityDays\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      monthlySummary {\n        month\n        allocated\n        deallocated\n        committed\n        released\n        disbursed\n        endOfMonth {\n          allocated\n          committed\n          disbursed\n          available\n          currency\n        }\n      }\n      ledger(first: $first) {\n        nodes {\n          ...LedgerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerRow on LedgerEntry {\n    id\n    kind\n    amount\n    currency\n    reference\n    createdAt\n    fundsAfter {\n      available\n    }\n  }\n"): (typeof documents)["\n  fragment LedgerRow on LedgerEntry {\n    id\n    kind\n    amount\n    currency\n    reference\n    createdAt\n    fundsAfter {\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPage($id: ID!, $first: Int!, $after: String) {\n    voucherProgram(id: $id) {\n      id\n      ledger(first: $first, after: $after) {\n        nodes {\n          ...LedgerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPage($id: ID!, $first: Int!, $after: String) {\n    voucherProgram(id: $id) {\n      id\n      ledger(first: $first, after: $after) {\n        nodes {\n          ...LedgerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateFunds($input: FundsInput!) {\n    allocateFunds(input: $input) {\n      replayed\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      entry {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AllocateFunds($input: FundsInput!) {\n    allocateFunds(input: $input) {\n      replayed\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      entry {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenProgramme($id: ID!) {\n    openVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenProgramme($id: ID!) {\n    openVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProgramme($id: ID!) {\n    closeVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseProgramme($id: ID!) {\n    closeVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProgramme($id: ID!) {\n    archiveVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProgramme($id: ID!) {\n    archiveVoucherProgram(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgramme($input: VoucherProgramInput!) {\n    createVoucherProgram(input: $input) {\n      id\n      code\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgramme($input: VoucherProgramInput!) {\n    createVoucherProgram(input: $input) {\n      id\n      code\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeForEdit($id: ID!, $language: String!) {\n    voucherProgram(id: $id) {\n      id\n      code\n      status\n      name(language: $language)\n      memberState {\n        code\n        currency\n      }\n      currency\n      names {\n        language\n        text\n      }\n      descriptions {\n        language\n        text\n      }\n      minVoucher\n      maxVoucher\n      aidIntensity\n      prefinancingShare\n      deMinimis\n      smeCategories\n      healthcareTypes\n      nis2Classes\n      serviceCategories\n      opensAt\n      closesAt\n      cutoffs\n      validityDays\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeForEdit($id: ID!, $language: String!) {\n    voucherProgram(id: $id) {\n      id\n      code\n      status\n      name(language: $language)\n      memberState {\n        code\n        currency\n      }\n      currency\n      names {\n        language\n        text\n      }\n      descriptions {\n        language\n        text\n      }\n      minVoucher\n      maxVoucher\n      aidIntensity\n      prefinancingShare\n      deMinimis\n      smeCategories\n      healthcareTypes\n      nis2Classes\n      serviceCategories\n      opensAt\n      closesAt\n      cutoffs\n      validityDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramme($id: ID!, $input: VoucherProgramInput!) {\n    updateVoucherProgram(id: $id, input: $input) {\n      id\n      code\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgramme($id: ID!, $input: VoucherProgramInput!) {\n    updateVoucherProgram(id: $id, input: $input) {\n      id\n      code\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeallocateFunds($input: FundsInput!) {\n    deallocateFunds(input: $input) {\n      replayed\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      entry {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeallocateFunds($input: FundsInput!) {\n    deallocateFunds(input: $input) {\n      replayed\n      funds {\n        allocated\n        committed\n        disbursed\n        available\n        currency\n      }\n      entry {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmeAssessment($input: SmeAssessmentInput!) {\n    smeAssessment(input: $input) {\n      category\n      isSme\n      notSmeReason\n      aggregated {\n        staffAwu\n        annualTurnover\n        balanceSheetTotal\n      }\n      enterprises {\n        id\n        name\n        relation\n        includedPercent\n        via\n        explanation\n      }\n      trace {\n        article\n        text\n      }\n      ruleVersion\n      periodCategories {\n        label\n        category\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmeAssessment($input: SmeAssessmentInput!) {\n    smeAssessment(input: $input) {\n      category\n      isSme\n      notSmeReason\n      aggregated {\n        staffAwu\n        annualTurnover\n        balanceSheetTotal\n      }\n      enterprises {\n        id\n        name\n        relation\n        includedPercent\n        via\n        explanation\n      }\n      trace {\n        article\n        text\n      }\n      ruleVersion\n      periodCategories {\n        label\n        category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      memberState {\n        code\n        name\n        currency\n      }\n      organisation {\n        id\n        name\n        kind\n        status\n        memberState {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      memberState {\n        code\n        name\n        currency\n      }\n      organisation {\n        id\n        name\n        kind\n        status\n        memberState {\n          code\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;