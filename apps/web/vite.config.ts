import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../tools/source-aliases.js';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: sourceAliases(),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The only page needs React, Recharts and the query client on first load, so splitting them would add
    // requests without making anything appear sooner; about 190 kB gzipped in one file is expected.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:3000',
    },
  },
});
