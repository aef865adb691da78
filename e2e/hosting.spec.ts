import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './helpers';
import { serveDist, type StaticServer } from './static-server';

// The build as a course site or GitHub Pages serves it: a plain static server, a nested sub-path.
const SUB_PATH = '/courses/distributed-systems/week-3/zkscope/';
let site: StaticServer;
test.beforeAll(async () => { site = await serveDist(SUB_PATH); });
test.afterAll(async () => { await site.close(); });

const leader = (page: Page) => page.getByRole('button', { name: /^Server \d+, LEADING/ });

async function playUntilLeader(page: Page): Promise<void> {
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(leader(page)).toHaveCount(1, { timeout: 15_000 });
}

/** Waits until the service worker has cached the build and controls the page. */
async function untilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('under a nested sub-path the built app runs: Play elects a leader', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(site.url);
  await playUntilLeader(page);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', './logo.svg');
  expect(errors).toEqual([]);
});

test('after one visit the app, its worker and the presets load with no network', async ({ page, context }) => {
  const errors = collectErrors(page);
  await page.goto(site.url);
  await expect(page.getByRole('button', { name: /^Server 1,/ })).toBeVisible();
  await untilOfflineReady(page);

  await context.setOffline(true);
  await page.goto(`${site.url}?classroom=1`);
  await playUntilLeader(page);
  // A preset from the library (bundled with the app) and the icon (a separate file) come from the cache too.
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByRole('menu', { name: 'Scenarios' }).getByRole('menuitem', { name: /Leader crash and re-election/ }).click();
  await expect(page.getByTestId('scenario-info')).toContainText(/Leader crash and re-election/);
  expect(await page.evaluate(async () => (await fetch('./logo.svg')).ok)).toBe(true);
  expect(errors).toEqual([]);
});

test('a newly deployed build is offered with a prompt, and taken on request', async ({ page }) => {
  await page.goto(site.url);
  await untilOfflineReady(page);
  const version = () => page.evaluate(async () => (await caches.keys()).join(' '));
  const first = await version();

  site.redeploy();
  await page.reload(); // a navigation makes the browser look for a new sw.js
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of zkscope has been deployed.' });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  // The new build is cached beside the old one, but nothing changes under a running class until asked.
  expect((await version()).split(' ')).toContain(first);

  await prompt.getByRole('button', { name: 'Reload to update' }).click();
  await expect(prompt).toBeHidden();
  await expect.poll(version).toBe(`${first}-deployment-1`);
  await expect(page.getByRole('button', { name: /^Server 1,/ })).toBeVisible();
});
