import { graphql } from '@/gql';

export const ContentFieldsFragment = graphql(`
  fragment ContentFields on CatalogueContent {
    language
    requestedLanguage
    fallback
    languages
    originalLanguage
    title
    summary
    body
    steps {
      number
      phase
      title
      instructions
    }
    priorities
    audience {
      everyone
      healthcareTypes
      smeCategories
    }
    topics
    links {
      label
      url
    }
    service {
      categories
      memberStates
      languages
      indicativePrice
      currency
    }
  }
`);

/** The public search: hits with their highlight, the facet counts, one page. */
export const CatalogueSearchQuery = graphql(`
  query CatalogueSearch($search: String, $language: String, $filter: CatalogueFilter, $first: Int, $after: String) {
    catalogue(search: $search, language: $language, filter: $filter, first: $first, after: $after) {
      totalCount
      facets {
        facet
        value
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        highlight {
          text
          matched
        }
        item {
          id
          kind
          publishedAt
          current {
            language
            fallback
            languages
            title
            summary
            priorities
          }
        }
      }
    }
  }
`);

/** One item in a language, with its versions (and its draft for its authors). */
export const CatalogueItemQuery = graphql(`
  query CatalogueItem($id: ID!, $language: String) {
    catalogueItem(id: $id, language: $language) {
      id
      kind
      status
      version
      publishedAt
      firstPublishedAt
      changeNote
      editable
      providerId
      updatedAt
      current {
        ...ContentFields
      }
      draft {
        ...ContentFields
      }
      retirement {
        reason
        at
      }
      suspension {
        reason
        at
      }
      versions {
        number
        changeNote
        publishedAt
      }
    }
  }
`);

/** The line diff of two versions (or a version and the draft) in one language. */
export const CatalogueDiffQuery = graphql(`
  query CatalogueDiff($id: ID!, $from: Int!, $to: Int, $language: String) {
    catalogueItem(id: $id) {
      id
      diff(from: $from, to: $to, language: $language) {
        from
        to
        language
        inOld
        inNew
        facetsChanged
        fields {
          field
          changed
          lines {
            tag
            oldLine
            newLine
            text
          }
        }
      }
    }
  }
`);

/** The items the caller writes, newest first. */
export const MyCatalogueItemsQuery = graphql(`
  query MyCatalogueItems($status: CatalogueItemStatus) {
    myCatalogueItems(status: $status) {
      id
      kind
      status
      version
      updatedAt
      suspension {
        reason
      }
      current {
        title
        language
        languages
      }
      draft {
        title
      }
    }
  }
`);

export const CatalogueTopicsQuery = graphql(`
  query CatalogueTopics {
    catalogueTopics
  }
`);

export const CreateCatalogueItemMutation = graphql(`
  mutation CreateCatalogueItem($kind: CatalogueItemKind!, $input: CatalogueItemInput!) {
    createCatalogueItem(kind: $kind, input: $input) {
      id
    }
  }
`);

export const UpdateCatalogueItemMutation = graphql(`
  mutation UpdateCatalogueItem($id: ID!, $input: CatalogueItemInput!) {
    updateCatalogueItem(id: $id, input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export const TranslateCatalogueItemMutation = graphql(`
  mutation TranslateCatalogueItem($id: ID!, $language: String!, $input: CatalogueTranslationInput!) {
    translateCatalogueItem(id: $id, language: $language, input: $input) {
      id
      updatedAt
    }
  }
`);

export const PublishCatalogueItemMutation = graphql(`
  mutation PublishCatalogueItem($id: ID!, $changeNote: String!) {
    publishCatalogueItem(id: $id, changeNote: $changeNote) {
      id
      status
      version
    }
  }
`);

export const RetireCatalogueItemMutation = graphql(`
  mutation RetireCatalogueItem($id: ID!, $reason: String!) {
    retireCatalogueItem(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const DiscardCatalogueDraftMutation = graphql(`
  mutation DiscardCatalogueDraft($id: ID!) {
    discardCatalogueDraft(id: $id) {
      id
      status
    }
  }
`);
