/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { serviceWorker } from './vite-service-worker.ts';

/**
 * The built app's Content-Security-Policy: only our own scripts, styles and workers; no inline script
 * or style, no eval. Images may be blob:/data: (the empty favicon, PNG export). Added at build time only:
 * the dev server injects inline scripts for hot reload. `vite preview` also sends it as a header, where
 * frame-ancestors (ignored in a meta tag) could be set; it stays open so course pages can embed the app.
 * connect-src admits the live bridge (`npm run bridge`), which listens on the loopback interface only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "worker-src 'self'", "style-src 'self'", "img-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self' ws://127.0.0.1:* ws://localhost:*", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'zkscope-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * Link previewers need absolute URLs: when the build knows its public address (ZKSCOPE_PUBLIC_URL, set by
 * the Pages workflow) og:image and og:url point there; otherwise they stay relative to the page.
 */
function absoluteOpenGraph(publicUrl: string | undefined): Plugin {
  return {
    name: 'zkscope-open-graph',
    apply: 'build',
    transformIndexHtml(html) {
      if (!publicUrl) return html;
      const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
      const image = html.replace(/(property="og:image" content=")(?:\.\/|\/)?([^"]+)"/, (_m, head: string, file: string) => `${head}${new URL(file, base).href}"`);
      return image.replace('<meta property="og:type"', `<meta property="og:url" content="${base}" />\n    <meta property="og:type"`);
    },
  };
}

// base './' lets the built app (and its worker chunk) load from any sub-path, e.g. a course site.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), absoluteOpenGraph(process.env.ZKSCOPE_PUBLIC_URL), serviceWorker('src/offline/service-worker.js')],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    // Only unit tests under src/: Playwright's e2e/*.spec.ts must not be collected by vitest.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    exclude: ['node_modules/**', 'dist/**', 'e2e/**', 'bench/**'],
    environment: 'node',
    // A bound, not a speed target (those live in `npm run bench`): the swarm, fuzz and golden tests do
    // seconds of work, and on a loaded 2-core machine vitest's 5 s default failed them while correct.
    testTimeout: 120_000,
  },
});
