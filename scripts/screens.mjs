#!/usr/bin/env node
// `npm run screens`: PNGs of the app as a person sees it (first load, playing, the tabs, classroom mode at
// 1920×1080, a phone, zh-CN) in test-results/screens/, with the drawing's box and the smallest text of
// each printed. Builds first when dist/ is missing or older than the sources; the shots themselves are
// taken by ../shared/tools/screens.mjs. Open the PNGs and look at them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist', 'index.html');

/** Newest modification time (ms) of any file under `dir`. */
function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const stale = !fs.existsSync(built) || ['src', 'public', 'index.html'].some((p) => {
  const full = path.join(root, p);
  return fs.existsSync(full) && (fs.statSync(full).isDirectory() ? newest(full) : fs.statSync(full).mtimeMs) > fs.statSync(built).mtimeMs;
});
if (stale) run('npm', ['run', '-s', 'build']);
run('node', [path.join(root, '..', 'shared', 'tools', 'screens.mjs'), ...process.argv.slice(2)]);
