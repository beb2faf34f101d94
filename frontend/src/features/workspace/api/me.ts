import { graphql } from '@/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      language
      memberState {
        code
        name
        currency
      }
      organisation {
        id
        name
        kind
        status
        reviewNote {
          kind
          text
          at
        }
        memberState {
          code
          name
        }
      }
    }
  }
`);

/** Ends every session of the caller's account, on every device (docs/security.md). */
export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      id
    }
  }
`);

/** The language of the caller's e-mails (docs/email.md). */
export const SetMyLanguageMutation = graphql(`
  mutation SetMyLanguage($language: MailLanguage!) {
    setMyLanguage(language: $language) {
      id
      language
    }
  }
`);
