import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../tools/source-aliases.js';
import { bundleReportPlugin } from './bundle-report.js';
import { dropInternetExplorerCssHacks } from './css-hacks.js';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), dropInternetExplorerCssHacks(), bundleReportPlugin()],
  resolve: {
    alias: sourceAliases(),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Each page is its own chunk (router.tsx loads it lazily); the shared one holds React, the router, the
    // query client and the GOV.UK styles. Recharts goes with the first page that draws a chart.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:3000',
    },
  },
});
