import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe on every tab, dialog and menu, in both languages, light and dark, and in classroom and embed mode.
const LANGUAGES = [
  { code: 'en', server: 'Server', tabs: ['Cluster', 'Znodes & clients', 'Lock demo', 'Break it'], scenarios: 'Scenarios', replay: 'Open server logs…' },
  { code: 'zh-CN', server: '服务器', tabs: null, scenarios: null, replay: null },
] as const;

async function noViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, where).toEqual([]);
}

async function open(page: Page, language: string, query = ''): Promise<void> {
  await page.addInitScript((lang) => localStorage.setItem('zkscope.language', lang), language);
  await page.goto(`./${query}`);
  await expect(page.getByRole('button', { name: /^(Server|服务器) 1[,，]/ })).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of LANGUAGES) {
    test(`axe: every tab, menu and dialog in ${lang.code}, ${scheme}`, async ({ page }) => {
      test.setTimeout(120_000); // seven axe runs on a loaded machine
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, lang.code);
      await noViolations(page, 'cluster');
      const tabs = page.getByRole('tab');
      const count = await tabs.count();
      for (let i = 0; i < count; i += 1) {
        await tabs.nth(i).click();
        await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
        await page.waitForLoadState('networkidle');
        await noViolations(page, `tab ${i}`);
      }
      await tabs.first().click();
      const scenarios = page.getByRole('button', { name: lang.code === 'en' ? 'Scenarios' : '场景' }).first();
      await scenarios.click();
      await expect(page.getByRole('menu')).toBeVisible();
      await noViolations(page, 'scenarios menu');
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await noViolations(page, 'shortcuts dialog');
      await page.keyboard.press('Escape');
    });
  }
  for (const mode of ['?classroom=1', '?embed=1']) {
    test(`axe: ${mode} in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, 'en', mode);
      await noViolations(page, mode);
    });
  }
}

test('the skip link is the first Tab stop and moves focus to the stage', async ({ page }) => {
  await open(page, 'en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the ensemble' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#stage')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the stage: a server, not the header.
  await expect(page.locator('#stage :focus')).toHaveCount(1);
});
