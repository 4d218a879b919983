/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

import { parseApiBaseUrl } from './src/config/api-base-url';

// The dashboard builds to dist/ (served by Flask at / or copied behind nginx).
// VITE_API_BASE_URL (in .env or the environment) sets the API origin; empty
// means the same origin as the dashboard.
export default defineConfig(({ mode }) => {
  // Fail the build, not the browser, on a malformed VITE_API_BASE_URL.
  parseApiBaseUrl(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL);
  return {
    plugins: [react()],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    build: {
      outDir: 'dist',
      sourcemap: false,
      // No inline scripts, data: scripts or eval in the output: the CSP is script-src 'self'.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 700,
    },
    server: {
      port: 5173,
      // `npm run dev` proxies API calls to the backend of `make run` on :8000,
      // so cookies stay same-origin exactly as in production.
      proxy: {
        '/api': 'http://127.0.0.1:8000',
        '/auth': 'http://127.0.0.1:8000',
      },
    },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/testing/setup.ts'],
      css: false,
      restoreMocks: true,
      // A loaded 2-core CI machine renders Mantine slowly; tests wait for what a
      // person would see, so a longer ceiling costs nothing when things are fast.
      testTimeout: 20_000,
    },
  };
});
