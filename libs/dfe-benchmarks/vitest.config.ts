import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../tools/source-aliases.js';

export default defineConfig({
  resolve: { alias: sourceAliases() },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    // tsconfig.spec.json declares `vitest/globals`, so specs use describe/it/expect without importing them.
    globals: true,
    env: { TZ: 'UTC' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The generated modules are data; their correctness is what the specs check, not lines to cover.
      exclude: [
        'src/**/*.spec.ts',
        'src/**/index.ts',
        'src/**/*.types.ts',
        'src/generated/**',
        'src/__fixtures__/**',
      ],
      thresholds: { lines: 95 },
    },
  },
});
