import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/healthz': 'http://localhost:4000',
      '/imports': 'http://localhost:4000',
    },
  },
  // The budget that matters is the gzipped initial JavaScript, which scripts/bundle-report.mjs checks after each build.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 700 },
});
