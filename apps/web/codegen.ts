import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation under src/graphql/, checked against the API's committed schema. The output is
// committed, so building the app does not need the API or this step.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/graphql/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default config;
