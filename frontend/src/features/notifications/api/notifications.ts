import { graphql } from '@/gql';

/** How many of the organisation's notifications are unread (the navigation's count). */
export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    unreadNotifications
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($language: String!, $first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      nodes {
        id
        kind
        createdAt
        readAt
        redemptionId
        incidentId
        reserveRequestId
        detail
        application {
          id
          reference
          program {
            id
            name(language: $language)
          }
        }
        voucher {
          id
          reference
          program {
            id
            name(language: $language)
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

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
