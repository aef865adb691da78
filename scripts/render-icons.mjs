#!/usr/bin/env node
// Renders public/logo.svg into the PNG icons the web manifest and iOS ask for (public/icon-192.png,
// public/icon-512.png). Run it after changing the logo and commit the PNGs: some platforms take no SVG icon.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(ROOT, 'public/logo.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // A white rounded tile behind the ring: launchers mask icons, and a transparent ring vanishes on dark ones.
    await page.setContent(`<body style="margin:0"><div style="width:${size}px;height:${size}px;background:#fff;display:grid;place-items:center">${svg.replace('<svg ', `<svg width="${Math.round(size * 0.8)}" height="${Math.round(size * 0.8)}" `)}</div></body>`);
    await page.screenshot({ path: path.join(ROOT, `public/icon-${size}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
}
