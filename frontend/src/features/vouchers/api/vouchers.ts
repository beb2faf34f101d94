import { graphql } from '@/gql';

export const VoucherRowFragment = graphql(`
  fragment VoucherRow on Voucher {
    id
    reference
    status
    currency
    amount
    redeemed
    remaining
    issuedAt
    expiresAt
    closedAt
    closeReason
  }
`);

/** The clinic's vouchers (with their codes) or the agency's member state's (without). */
export const VouchersQuery = graphql(`
  query Vouchers($language: String!, $first: Int!, $after: String, $status: VoucherStatus) {
    vouchers(first: $first, after: $after, filter: { status: $status }) {
      nodes {
        ...VoucherRow
        code
        prefinanced
        program {
          id
          code
          name(language: $language)
        }
        application {
          id
          reference
          organisation {
            id
            name
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

export const RedemptionRowFragment = graphql(`
  fragment RedemptionRow on Redemption {
    id
    reference
    paymentReference
    status
    invoiceReference
    serviceCategory
    currency
    invoiceAmount
    covered
    clinicPays
    payable
    createdAt
    paidAt
    recommendedById
    recommendedByYou
    recommendedAt
  }
`);

export const VoucherDetailQuery = graphql(`
  query VoucherDetail($id: ID!, $language: String!) {
    voucher(id: $id) {
      ...VoucherRow
      code
      prefinanced
      serviceProviderId
      program {
        id
        code
        name(language: $language)
        aidIntensity
        serviceCategories
      }
      application {
        id
        reference
      }
      redemptions {
        ...RedemptionRow
        serviceProvider {
          id
          name
        }
        attachments {
          ...AttachmentFields
        }
      }
    }
  }
`);

export const CancelVoucherMutation = graphql(`
  mutation CancelVoucher($id: ID!, $reason: String!, $key: String) {
    cancelVoucher(id: $id, reason: $reason, idempotencyKey: $key) {
      ...VoucherRow
    }
  }
`);
