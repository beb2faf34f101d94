import { graphql } from '@/gql';

/** An attachment as `Attachments` lists it (an application's quotes, a redemption's invoices). */
export const AttachmentFieldsFragment = graphql(`
  fragment AttachmentFields on Attachment {
    id
    kind
    name
    contentType
    sizeBytes
  }
`);
