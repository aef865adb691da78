import { expect, test } from '@playwright/test';
import path from 'node:path';

// The README's pictures and the link preview, taken from the built app in a documented state. They are
// written into docs/ (and public/og-image.png) with UPDATE_DOCS=1; otherwise into test-results/docs/.
const ROOT = path.resolve(import.meta.dirname, '..');
const out = (name: string) => (process.env.UPDATE_DOCS === '1' ? path.join(ROOT, name) : path.join(ROOT, 'test-results', name));

test('README screenshots: a leader elected, in English and in Chinese; the link preview', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: /^Server \d+, LEADING/ })).toHaveCount(1, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.screenshot({ path: out('docs/cluster-en.png') });
  await page.setViewportSize({ width: 1200, height: 630 });
  await page.screenshot({ path: out('public/og-image.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.screenshot({ path: out('docs/cluster-zh-CN.png') });
});
