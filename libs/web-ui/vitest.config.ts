import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../tools/source-aliases.js';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: sourceAliases() },
  test: {
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    // tsconfig.spec.json declares `vitest/globals`; globals also let Testing Library unmount after each test.
    globals: true,
    env: { TZ: 'UTC' },
  },
});
