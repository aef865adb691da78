/**
 * Issue 11 points 4, 6 and 7 end to end: a heavy link shows its progress and Cancel leaves the run on
 * screen as it was; a worker that fails (an uncaught error, a silent death, a hang) is reported and
 * restarted at the same moment with the user's actions; a worker failing while logs are replayed leaves
 * the dialog usable with the error shown. Faults come from the test hook of `?debug=worker`.
 */
import { expect, test, type Page } from '@playwright/test';
import { startTogetherScenario } from '../src/scenario/presets/start-together.ts';
import { encodeShareState } from '../src/scenario/url-codec.ts';
import { collectErrors, openApp, serverNames } from './helpers';

/** A valid link whose moment is `step` steps in (millions: seconds to tens of seconds to open). */
function heavyLink(step = 5_000_000): string {
  const r = encodeShareState({ scenario: startTogetherScenario(3), actions: [], branch: 0, step, t: 0, panels: [], lang: 'en' });
  if (!r.ok) throw new Error('no link');
  return `#${r.link}`;
}

/** What the screen shows of the run: the clock (time and step) and every server's state. */
async function moment(page: Page): Promise<{ clock: string | null; servers: (string | null)[] }> {
  return { clock: await page.getByTestId('clock').textContent(), servers: await serverNames(page) };
}

/** Goes to t = 1500 ms, stops server 3 there and steps on: a moment that holds a user action. */
async function makeSomething(page: Page): Promise<void> {
  await page.getByRole('slider', { name: 'Timeline' }).fill('1500');
  await expect(page.getByTestId('clock')).toHaveText(/^t = 1,500 ms/);
  await page.getByRole('button', { name: /^Server 3,/ }).locator('circle.server-body').click();
  await page.getByRole('button', { name: 'Stop (KILL)' }).click();
  // Each step's frame is waited for: the moment read afterwards must be the last one asked for.
  for (let i = 0; i < 5; i++) {
    const before = await page.getByTestId('clock').textContent();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByTestId('clock')).not.toHaveText(before!);
  }
  await expect(page.getByRole('button', { name: /^Server 3, STOPPED/ })).toBeVisible();
  await expect(page.getByTestId('event-log')).toContainText('shutdown called (KILL)');
}

/** Restarts the worker from the notice and checks the same moment and the action are back. */
async function restartAndCompare(page: Page, before: Awaited<ReturnType<typeof moment>>): Promise<void> {
  await page.getByRole('button', { name: 'Restart from the last good moment' }).click();
  await expect(page.getByTestId('worker-failure')).toBeHidden();
  await expect(page.getByTestId('clock')).toHaveText(before.clock!);
  expect(await moment(page)).toEqual(before);
  await expect(page.getByTestId('event-log')).toContainText('shutdown called (KILL)');
}

/** Opens the app at t = 2 s and returns that moment, for a load that must leave it unchanged. */
async function openAtTwoSeconds(page: Page): Promise<Awaited<ReturnType<typeof moment>>> {
  await openApp(page);
  await page.getByRole('slider', { name: 'Timeline' }).fill('2000');
  await expect(page.getByTestId('clock')).toHaveText(/^t = 2,000 ms/);
  return moment(page);
}

test('a heavy link shows its progress; Cancel keeps the run on screen exactly as it was', async ({ page }) => {
  const errors = collectErrors(page);
  const before = await openAtTwoSeconds(page);
  await page.evaluate((hash) => (location.hash = hash), heavyLink());
  const progress = page.getByTestId('load-progress');
  await expect(progress).toContainText(/Opening the run: [\d,]+ of about 5,000,000 simulation steps computed/);
  await expect(progress.getByRole('progressbar', { name: 'Simulation steps computed' })).toBeVisible();
  await page.screenshot({ path: 'test-results/load-progress.png' });
  const asked = Date.now();
  await progress.getByRole('button', { name: 'Cancel opening' }).click();
  // Measured (not asserted): how long Cancel takes to be heard while the worker computes.
  await page.waitForFunction(() => !document.querySelector('[data-testid="load-progress"]'), null, { polling: 'raf' });
  console.log(`cancel took ${Date.now() - asked} ms from click to the progress gone`);
  await expect(progress).toBeHidden();
  expect(await moment(page)).toEqual(before);
  expect(new URL(page.url()).hash).toBe('');
  // The run still answers.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('clock')).not.toHaveText(before.clock!);
  expect(errors).toEqual([]);
});

test('a link past the step budget is refused naming the bound, and the run on screen stays', async ({ page }) => {
  const errors = collectErrors(page);
  const before = await openAtTwoSeconds(page);
  await page.evaluate((hash) => (location.hash = hash), heavyLink(20_000_000));
  await expect(page.getByTestId('load-problem')).toHaveText('The run was not opened: opening this run takes about 20000000 simulation steps, more than the 10000000 a link or file may take; share an earlier moment or save a shorter run. The run on screen is unchanged.');
  expect(await moment(page)).toEqual(before);
  expect(new URL(page.url()).hash).toBe('');
  expect(errors).toEqual([]);
});

test('an uncaught error in the worker is reported; Restart brings back the same moment and the action', async ({ page }) => {
  await openApp(page, './?debug=worker');
  await makeSomething(page);
  const before = await moment(page);
  await page.evaluate(() => (window as unknown as { __zkDebug: { fault(f: string): void } }).__zkDebug.fault('throw'));
  const notice = page.getByTestId('worker-failure');
  await expect(notice).toContainText('The simulation stopped:');
  await expect(notice).toContainText('debug: an uncaught error in the worker');
  await page.screenshot({ path: 'test-results/worker-failure.png' });
  await restartAndCompare(page, before);
});

test('a worker that dies silently or hangs is reported as not answering; Restart recovers', async ({ page }) => {
  await openApp(page, './?debug=worker');
  await makeSomething(page);
  const before = await moment(page);
  for (const fault of ['exit', 'hang']) {
    await page.evaluate((f) => (window as unknown as { __zkDebug: { fault(f: string): void } }).__zkDebug.fault(f), fault);
    // The next request goes unanswered: the watchdog (3 s with the debug hook) reports it.
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByTestId('worker-failure')).toContainText(/The simulation has not answered for \d+ s\./, { timeout: 20_000 });
    await restartAndCompare(page, before);
  }
});

test('the worker failing while logs are replayed: the dialog shows the error and replays again; a restart keeps the replay', async ({ page }) => {
  await openApp(page, './?debug=worker');
  const before = await moment(page);
  await page.locator('summary', { hasText: 'File' }).click();
  await page.getByRole('button', { name: 'Open server logs…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replay logs' });
  await page.evaluate(() => (window as unknown as { __zkDebug: { fault(f: string, on: string): void } }).__zkDebug.fault('throw', 'replayLogs'));
  await dialog.getByRole('button', { name: 'Replay seed note 002: a late joiner' }).click();
  await expect(dialog.getByTestId('replay-problems')).toContainText('debug: an uncaught error in the worker');
  await expect(dialog.getByTestId('replay-progress')).toBeHidden();
  expect(await moment(page)).toEqual(before);
  await dialog.getByRole('button', { name: 'Replay seed note 002: a late joiner' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('replay-banner')).toBeVisible();
  // A replay on screen survives a restart too: its logs are replayed again, at the same moment.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('clock')).toHaveText(/step 3$/);
  const replayed = await moment(page);
  await page.evaluate(() => (window as unknown as { __zkDebug: { fault(f: string): void } }).__zkDebug.fault('throw'));
  await page.getByRole('button', { name: 'Restart from the last good moment' }).click();
  await expect(page.getByTestId('worker-failure')).toBeHidden();
  await expect(page.getByTestId('replay-banner')).toBeVisible();
  await expect(page.getByTestId('clock')).toHaveText(replayed.clock!);
  expect(await moment(page)).toEqual(replayed);
});
