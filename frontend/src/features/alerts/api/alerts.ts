import { graphql } from '@/gql';

export const AlertTextFieldsFragment = graphql(`
  fragment AlertTextFields on AlertText {
    language
    title
    summary
    body
    recommendedActions
  }
`);

export const AlertContentFieldsFragment = graphql(`
  fragment AlertContentFields on AlertContent {
    text {
      ...AlertTextFields
    }
    translations {
      ...AlertTextFields
    }
    severity
    tlp
    recipientOrganisations
    recipientMemberStates
    recipientAccounts
    memberStates
    healthcareTypes
    products {
      vendor
      product
    }
    cves
    indicators {
      kind
      value
    }
    catalogueItems
    validFrom
    validUntil
  }
`);

/** A row of a list: what the inbox shows and what the badge counts. */
export const AlertRowFragment = graphql(`
  fragment AlertRow on Alert {
    id
    status
    updatedAt
    revokedAt
    currentVersion {
      number
      publishedAt
    }
    content {
      text {
        ...AlertTextFields
      }
      translations {
        ...AlertTextFields
      }
      severity
      tlp
      memberStates
      products {
        vendor
        product
      }
    }
    myAcknowledgement {
      kind
      at
    }
  }
`);

/** The alerts the caller may see, newest first (ENISA: drafts too), narrowed by the filter. */
export const AlertsQuery = graphql(`
  query Alerts($filter: AlertFilterInput) {
    alerts(filter: $filter) {
      ...AlertRow
    }
  }
`);

export const AlertQuery = graphql(`
  query Alert($id: ID!) {
    alert(id: $id) {
      id
      status
      createdAt
      updatedAt
      revokedAt
      revocationReason
      currentVersion {
        number
        publishedAt
        changeNote
      }
      versions {
        number
        publishedAt
        changeNote
      }
      content {
        ...AlertContentFields
      }
      myAcknowledgement {
        kind
        at
      }
    }
  }
`);

/** ENISA: the acknowledgement counts per member state. */
export const AlertAcknowledgementCountsQuery = graphql(`
  query AlertAcknowledgementCounts($id: ID!) {
    alert(id: $id) {
      id
      acknowledgementCounts {
        memberState
        seen
        mitigationApplied
        notAffected
        total
      }
    }
  }
`);

/** The events after a cursor (used to find where the live feed starts). */
export const AlertsSinceQuery = graphql(`
  query AlertsSince($cursor: String) {
    alertsSince(cursor: $cursor) {
      cursor
      events {
        cursor
        kind
        alert {
          id
        }
      }
    }
  }
`);

/** Every alert event the caller may see, live; with `after`, the missed ones first. */
export const AlertEventsSubscription = graphql(`
  subscription AlertEvents($after: String) {
    alerts(after: $after) {
      cursor
      kind
      version
      alert {
        ...AlertRow
      }
    }
  }
`);

export const AcknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($id: ID!, $kind: AcknowledgementKind!) {
    acknowledgeAlert(id: $id, kind: $kind) {
      kind
      at
    }
  }
`);

export const CreateAlertMutation = graphql(`
  mutation CreateAlert($input: AlertInput!) {
    createAlert(input: $input) {
      id
      status
    }
  }
`);

export const UpdateAlertMutation = graphql(`
  mutation UpdateAlert($id: ID!, $input: AlertInput!, $changeNote: String) {
    updateAlert(id: $id, input: $input, changeNote: $changeNote) {
      id
      status
    }
  }
`);

export const PublishAlertMutation = graphql(`
  mutation PublishAlert($id: ID!) {
    publishAlert(id: $id) {
      id
      status
    }
  }
`);

export const RevokeAlertMutation = graphql(`
  mutation RevokeAlert($id: ID!, $reason: String!) {
    revokeAlert(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

/** ENISA: the verified organisations that may be named as recipients. */
export const RecipientOrganisationsQuery = graphql(`
  query RecipientOrganisations($after: String) {
    organisations(first: 100, after: $after, filter: { status: VERIFIED }) {
      edges {
        node {
          id
          name
          kind
          memberState {
            code
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
