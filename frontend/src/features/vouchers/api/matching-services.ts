import { graphql } from '@/gql';

/** The catalogue's published services that match a voucher (its service categories, member state). */
export const MatchingServicesQuery = graphql(`
  query MatchingServices($voucherId: ID!, $language: String) {
    matchingServices(voucherId: $voucherId, language: $language) {
      id
      providerId
      current {
        language
        title
        summary
        service {
          categories
          indicativePrice
          currency
        }
      }
    }
  }
`);
