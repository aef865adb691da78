/**
 * Writes dist/sw.js after the build: src/offline/service-worker.js with the list of files to cache and a
 * version derived from their contents, so every deployed build has its own cache and the browser notices
 * a new deployment (the bytes of sw.js change). Paths are relative to sw.js, so any sub-path works.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Served but not needed offline: the link-preview image only interests chat tools. */
const NOT_CACHED = new Set(['sw.js', 'og-image.png']);

function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) return filesUnder(path.join(dir, entry.name), `${relative}/`);
    return NOT_CACHED.has(relative) || relative.endsWith('.map') ? [] : [relative];
  });
}

/** The vite plugin that emits sw.js (build only; the dev server has no service worker). */
export function serviceWorker(source: string): Plugin {
  return {
    name: 'zkscope-service-worker',
    apply: 'build',
    writeBundle(options) {
      const outDir = options.dir ?? 'dist';
      const files = filesUnder(outDir).sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(fs.readFileSync(path.join(outDir, file)));
      // './' is the page itself (a navigation to the folder); index.html is also requested by that name.
      const precache = ['./', ...files];
      const header = `const VERSION = ${JSON.stringify(hash.digest('hex').slice(0, 16))};\nconst PRECACHE = ${JSON.stringify(precache)};\n`;
      fs.writeFileSync(path.join(outDir, 'sw.js'), header + fs.readFileSync(source, 'utf8'));
    },
  };
}
