import { graphql } from '@/gql';

/** The caller's own organisation's profile (a clinic). */
export const OrganisationProfileQuery = graphql(`
  query OrganisationProfile {
    organisationProfile {
      organisationId
      smeInput
      smeConfirmedAt
      contact {
        name
        email
        phone
      }
      address {
        street
        postalCode
        city
      }
      updatedAt
    }
  }
`);

export const UpdateOrganisationProfileMutation = graphql(`
  mutation UpdateOrganisationProfile($input: OrganisationProfileInput!) {
    updateOrganisationProfile(input: $input) {
      organisationId
      smeInput
      smeConfirmedAt
      contact {
        name
        email
        phone
      }
      address {
        street
        postalCode
        city
      }
      updatedAt
    }
  }
`);
