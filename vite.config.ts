/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' lets the built app (and its worker chunk) load from any sub-path, e.g. a course site.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    // Only unit tests under src/: Playwright's e2e/*.spec.ts must not be collected by vitest.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    exclude: ['node_modules/**', 'dist/**', 'e2e/**', 'bench/**'],
    environment: 'node',
  },
});
