import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('explore', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: /^Server 2,/ }).locator('circle.server-body').click();
  await page.screenshot({ path: 'test-results/x1.png' });
  await page.getByRole('button', { name: 'Stop (TERM)' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/x2.png' });
  console.log(await page.getByTestId('clock').textContent());
  await page.keyboard.press('Space');
  await page.waitForTimeout(300);
  console.log('pause visible', await page.getByRole('button', { name: 'Pause', exact: true }).isVisible());
});
