/**
 * UI bench of a big log replay (issue 17): a generated 500 000-line log of seven servers (one file each,
 * bench/ensemble-log.ts) picked in the Replay logs dialog. Reports the time until the replay is open, the
 * longest main-thread task meanwhile (the worker reads; the page must stay responsive) and how many
 * progress updates the dialog showed. Reported by bench/ui-bench.ts; run alone with `npx tsx
 * bench/ui-replay-bench.ts <base URL>` against a served build.
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEnsembleLogs } from './ensemble-log.ts';

/** Replays 500 000 generated lines in the app; figures in ms and counts. */
export async function replayBigLogInBrowser(browser: Browser, base: string): Promise<Record<string, number>> {
  const g = generateEnsembleLogs(7, 500_000);
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(base);
  await page.getByRole('button', { name: /^Server 1,/ }).waitFor();
  // In the File menu (issue 6 moved it there; the bench still looked for it in the toolbar).
  await page.locator('summary', { hasText: 'File' }).click();
  await page.getByRole('button', { name: 'Open server logs…' }).click();
  const dir = mkdtempSync(join(tmpdir(), 'zkscope-replay-bench-'));
  const paths = g.files.map((f) => {
    writeFileSync(join(dir, f.name), f.text);
    return join(dir, f.name);
  });
  await page.getByLabel('Log files').setInputFiles(paths);
  rmSync(dir, { recursive: true, force: true });
  await page.getByTestId('staged-files').locator('li').nth(6).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __progress: number };
    w.__longest = 0;
    w.__progress = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="replay-progress"]')?.textContent?.startsWith('Reading')) w.__progress++;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Replay', exact: true }).click();
  await page.getByTestId('replay-banner').waitFor({ timeout: 600_000 });
  const ms = Date.now() - t0;
  // The run opens at step 0: one step forward.
  const s0 = Date.now();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByText(/step 1$/).waitFor();
  const stepMs = Date.now() - s0;
  const { longest, progress } = await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __progress: number };
    return { longest: w.__longest, progress: w.__progress };
  });
  await page.close();
  return {
    'replay.uiLines': g.lines,
    'replay.uiMs500k': ms,
    'replay.uiLongestTaskMs500k': Math.round(longest),
    'replay.uiProgressUpdates500k': progress,
    'replay.uiStepMs500k': stepMs,
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    console.log(JSON.stringify(await replayBigLogInBrowser(browser, process.argv[2] ?? 'http://127.0.0.1:4173/'), null, 2));
  } finally {
    await browser.close();
  }
}
