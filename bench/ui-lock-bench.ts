/**
 * UI bench of the lock demo (issue 5): main-thread script time per animation frame while 10 lock
 * clients contend and the tree, lanes and client connections animate. Reported as
 * `ui.frameScriptP95MsLock10` by bench/ui-bench.ts, against the cluster view's frame budget.
 */
import type { Browser } from '@playwright/test';

/** The p95 of frame-callback script times with 10 lock contenders (plus 10 in herd mode) playing. */
export async function lockFrameScriptP95(browser: Browser, base: string, percentile: (xs: readonly number[], p: number) => number): Promise<{ p95: number; frames: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${base}?bench`);
  await page.getByRole('button', { name: /^Server 1,/ }).waitFor();
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: /^Server \d+, LEADING/ }).waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('tab', { name: 'Lock demo' }).click();
  const demo = page.getByRole('region', { name: 'Lock demo' });
  for (let i = 0; i < 10; i++) {
    await demo.getByRole('button', { name: 'Add client' }).click();
    await demo.getByRole('button', { name: 'Add herd client' }).click();
  }
  await demo.getByRole('listitem', { name: 'Client 10', exact: true }).getByText('waiting').waitFor();
  // Release the holder of each lane while playing slowly, so hand-offs and watch events are on screen.
  await page.getByRole('slider', { name: 'Speed' }).fill('-2');
  await page.evaluate(() => ((window as unknown as { __zkBench: { samples: number[] } }).__zkBench.samples.length = 0));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await demo.getByRole('button', { name: 'Release the lock held by Client 1' }).click();
  await demo.getByRole('button', { name: 'Release the lock held by Herd 1' }).click();
  await page.waitForTimeout(3000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const samples = await page.evaluate(() => (window as unknown as { __zkBench: { samples: number[] } }).__zkBench.samples.slice());
  await page.close();
  return { p95: Math.round(percentile(samples.slice(2), 95) * 100) / 100, frames: samples.length };
}
