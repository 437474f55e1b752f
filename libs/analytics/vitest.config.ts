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
  },
});
