import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../tools/source-aliases.js';

export default defineConfig({
  resolve: { alias: sourceAliases() },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
