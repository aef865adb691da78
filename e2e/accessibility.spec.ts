import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe on every tab, dialog and menu, in both languages, light and dark, and in classroom and embed mode.
// Each language's names for what the matrix opens.
const LANGUAGES = [
  { code: 'en', scenarios: 'Scenarios', file: 'File', panels: 'Panels', questions: 'Questions', legend: 'Legend', replay: 'Open server logs…', paste: 'Paste a log instead' },
  { code: 'zh-CN', scenarios: '场景', file: '文件', panels: '面板', questions: '题目', legend: '图例', replay: '打开服务器日志…', paste: '改为粘贴日志' },
] as const;

async function noViolations(page: Page, where: string): Promise<void> {
  // label-content-name-mismatch is experimental in axe (off by default): the issue asks for it too.
  const { violations } = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, where).toEqual([]);
}

async function open(page: Page, language: string, query = ''): Promise<void> {
  await page.addInitScript((lang) => localStorage.setItem('zkscope.language', lang), language);
  await page.goto(`./${query}`);
  await expect(page.getByRole('button', { name: /^(Server|服务器) 1[,，]/ })).toBeVisible();
}

/** Opens a disclosure menu of the toolbar by its summary's text, runs axe on it, and closes it. */
async function checkDisclosure(page: Page, summary: string): Promise<void> {
  const menu = page.locator('summary', { hasText: summary });
  await menu.click();
  await expect(menu.locator('xpath=..')).toHaveAttribute('open', '');
  await noViolations(page, `${summary} menu`);
  await menu.click();
}

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of LANGUAGES) {
    test(`axe: every tab, the Scenarios menu and the shortcuts dialog in ${lang.code}, ${scheme}`, async ({ page }) => {
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
      await page.getByRole('button', { name: lang.scenarios }).first().click();
      await expect(page.getByRole('menu')).toBeVisible();
      await noViolations(page, 'scenarios menu');
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await noViolations(page, 'shortcuts dialog');
      await page.keyboard.press('Escape');
    });

    test(`axe: the File, Panels and Questions menus, the legend and the replay dialog in ${lang.code}, ${scheme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, lang.code);
      for (const summary of [lang.file, lang.panels, lang.questions]) await checkDisclosure(page, summary);
      await page.getByRole('button', { name: lang.legend }).click();
      await expect(page.getByTestId('legend')).toBeVisible();
      await noViolations(page, 'legend');
      await page.getByRole('button', { name: lang.legend }).click();
      await page.locator('summary', { hasText: lang.file }).click();
      await page.getByRole('button', { name: lang.replay }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByText(lang.paste).click();
      await noViolations(page, 'replay dialog');
    });

    for (const mode of ['?classroom=1', '?embed=1']) {
      test(`axe: ${mode} in ${lang.code}, ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, lang.code, mode);
        await noViolations(page, mode);
      });
    }
  }
}

test("a server's accessible name contains what the drawing shows of it: its number and state (axe label-content-name-mismatch)", async ({ page }) => {
  // Large enough that every server's text block (state, round, vote, epochs, zxid) is drawn beside it.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page, 'en');
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Server \d+, LEADING/ })).toHaveCount(1, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const servers = await page.locator('svg.ring g.server').evaluateAll((gs) => gs.map((g) => ({
    name: g.querySelector('[role="button"]')?.getAttribute('aria-label') ?? '',
    shown: g.querySelector('[role="button"]')?.textContent ?? '',
    state: g.querySelector('.detail-state')?.textContent ?? '',
  })));
  expect(servers).toHaveLength(3);
  for (const s of servers) {
    expect(s.state, 'the state is drawn beside the server').toMatch(/^(LEADING|FOLLOWING)$/);
    expect(s.name).toMatch(new RegExp(`^Server ${s.shown}, ${s.state},`));
  }
  await noViolations(page, 'servers with their text blocks');
});

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
