import { graphql } from '@/gql';

/** The e-mail outbox, newest first (platform admin). */
export const EmailOutboxQuery = graphql(`
  query EmailOutbox($status: EmailStatus, $first: Int) {
    emailOutbox(status: $status, first: $first) {
      id
      recipient
      language
      kind
      subject
      body
      status
      attempts
      nextAttemptAt
      lastError
      createdAt
      sentAt
    }
  }
`);
