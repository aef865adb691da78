/**
 * A share link pasted into an already open tab (only the fragment changes, so the page does not reload)
 * opens its moment (issue 11).
 */
import { expect, test } from '@playwright/test';
import { collectErrors, openApp, pickScenario } from './helpers';

test('a link pasted into an open tab opens its moment (hashchange)', async ({ page, browser }) => {
  const errors = collectErrors(page);
  const source = await browser.newPage();
  await openApp(source);
  await pickScenario(source, 'Leader crash and re-election in a new epoch');
  await source.getByRole('slider', { name: 'Speed' }).fill('0');
  await source.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(source.getByRole('button', { name: /^Server 2, LEADING/ })).toBeVisible({ timeout: 15_000 });
  await source.getByRole('button', { name: 'Pause', exact: true }).click();
  await source.getByRole('button', { name: 'Share' }).click();
  const url = await source.locator('.share-url input').inputValue();
  const clock = await source.getByTestId('clock').textContent();
  await source.close();

  await openApp(page);
  await expect(page.getByTestId('scenario-info')).not.toContainText('Leader crash');
  await page.evaluate((hash) => (location.hash = hash), new URL(url).hash);
  await expect(page.getByTestId('scenario-info')).toContainText('Leader crash');
  await expect(page.getByTestId('clock')).toHaveText(clock!);
  await expect(page.getByRole('button', { name: /^Server 2, LEADING/ })).toBeVisible();
  expect(errors).toEqual([]);
});
