import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from `schema.graphql` (the server's SDL) and the `graphql()` calls in src/.
 * Output lives in src/gql/ and is committed, so a clean clone builds without running codegen;
 * run `npm run codegen` after changing the schema or any operation.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          Decimal: 'string',
          // A calendar date, `YYYY-MM-DD` (e.g. a law-enforcement referral's date).
          NaiveDate: 'string',
          // An application's SME input as entered: validated where it is read.
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
