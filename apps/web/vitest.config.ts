import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.js';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/*.spec.{ts,tsx}'],
      environment: 'jsdom',
      // tsconfig.spec.json declares `vitest/globals`; globals also let Testing Library unmount after each test.
      globals: true,
      env: { TZ: 'UTC' },
    },
  }),
);
