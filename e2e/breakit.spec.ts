import { expect, test } from '@playwright/test';
import { collectErrors, openApp } from './helpers';

test('Break it: 3 servers, 200 seeds, progress to 100 %, findings listed; the top one opens and its Share link shows the same moment in a fresh browser', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByRole('tab', { name: 'Break it' }).click();
  await page.getByRole('combobox', { name: 'Servers' }).selectOption('3');
  await page.getByRole('combobox', { name: 'Seeds' }).selectOption('200');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const bar = page.getByRole('progressbar', { name: 'Seeds checked' });
  await expect(bar).toBeVisible();
  // The search runs in its own worker: waiting for it is waiting for a state, not for a time.
  await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 90_000 });
  await expect(page.getByText('Done: 200 seeds checked.')).toBeVisible();
  const findings = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
  expect(await findings.count()).toBeGreaterThanOrEqual(3);
  await expect(findings.first()).toHaveAttribute('data-kind', 'longestElection');
  await findings.first().getByRole('button').click();
  await expect(page.getByRole('tab', { name: 'Cluster' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: /^Server \d+,/ })).toHaveCount(3);
  const clock = page.getByTestId('clock');
  await expect(clock).not.toHaveText(/^t = 0 ms/);
  const moment = await clock.textContent();
  await page.getByRole('button', { name: 'Share' }).click();
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherErrors = collectErrors(other);
  await other.goto(url);
  await expect(other.getByTestId('clock')).toHaveText(moment!);
  await fresh.close();
  expect([...errors, ...otherErrors]).toEqual([]);
});
