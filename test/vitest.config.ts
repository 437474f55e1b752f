import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../tools/source-aliases.js';

// End-to-end suites start the compiled product (apps/api/dist, apps/web/dist) as a user would; each file starts
// its own server with its own data folder, so files run one at a time to keep the 2-core machine responsive.
export default defineConfig({
  resolve: { alias: sourceAliases() },
  test: {
    include: ['**/*.spec.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    env: { TZ: 'UTC' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
