/**
 * A plain static file server for dist/ under a nested sub-path (as GitHub Pages serves a project site,
 * or a course site a folder), on a free port. It can pretend a new build was deployed: sw.js then
 * carries another VERSION, which is all that changes between two deployments as a browser sees them.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../vite.config.ts';

const DIST = path.resolve(import.meta.dirname, '../dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2',
};

/** A running server: the app's URL (ending in /), a counter of deployments, and close(). */
export interface StaticServer {
  readonly url: string;
  redeploy(): void;
  close(): Promise<void>;
}

/** Serves dist/ at http://127.0.0.1:<free port><prefix>; everything outside the prefix is 404. */
export async function serveDist(prefix: string): Promise<StaticServer> {
  let deployment = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix)) return void res.writeHead(404).end();
    const relative = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const file = path.resolve(DIST, relative.endsWith('/') ? `${relative}index.html` : relative);
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end();
    let body: Buffer | string = fs.readFileSync(file);
    if (relative === 'sw.js' && deployment > 0) body = body.toString('utf8').replace(/^const VERSION = "([^"]*)";/, `const VERSION = "$1-deployment-${deployment}";`);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-cache' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    redeploy: () => void (deployment += 1),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
