import { graphql } from '@/gql';

/** The service provider's own organisation (its id, which clinics may name on a voucher). */
export const VendorContextQuery = graphql(`
  query VendorContext {
    me {
      id
      organisation {
        id
        name
      }
    }
  }
`);

export const VoucherLookupQuery = graphql(`
  query VoucherLookup($code: String!, $invoiceAmount: Decimal) {
    voucherLookup(code: $code, invoiceAmount: $invoiceAmount) {
      voucherId
      clinicName
      status
      currency
      remaining
      expiresAt
      aidIntensity
      serviceCategories
      covers
      clinicPays
    }
  }
`);

export const RedeemVoucherMutation = graphql(`
  mutation RedeemVoucher($input: RedeemVoucherInput!) {
    redeemVoucher(input: $input) {
      covered
      clinicPays
      remaining
      voucherStatus
      redemption {
        ...RedemptionRow
      }
    }
  }
`);

/**
 * Redemptions in the caller's scope under `filter`: a service provider's own, an agency's member
 * state's (the payment queue is `status: PENDING_PAYMENT`), with the officer who recommended it.
 */
export const RedemptionsQuery = graphql(`
  query Redemptions($language: String!, $first: Int!, $after: String, $filter: RedemptionFilterInput) {
    redemptions(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes {
        ...RedemptionRow
        recommendedBy {
          id
          displayName
        }
        serviceProvider {
          id
          name
        }
        attachments {
          ...AttachmentFields
        }
        voucher {
          id
          reference
          program {
            id
            code
            name(language: $language)
            fourEyes {
              mode
              threshold
            }
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
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ApprovePaymentMutation = graphql(`
  mutation ApprovePayment($id: ID!, $key: String) {
    approveRedemptionPayment(id: $id, idempotencyKey: $key) {
      ...RedemptionRow
    }
  }
`);

/** The first of the four eyes on a payment: another officer then approves it. */
export const RecommendPaymentMutation = graphql(`
  mutation RecommendPayment($id: ID!) {
    recommendRedemptionPayment(id: $id) {
      ...RedemptionRow
    }
  }
`);
