import { expect, test } from '@playwright/test';
import { collectErrors, openApp, pickScenario, serverNames } from './helpers';

test('acceptance: Leader crash from Scenarios, play to the re-election, Share, and a fresh browser shows the same moment, panels and language', async ({ page, browser }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await pickScenario(page, 'Leader crash and re-election in a new epoch');
  await expect(page.getByTestId('scenario-info')).toContainText('who takes over');
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // Server 3 leads first; after it is killed, server 2 wins round 2.
  await expect(page.getByRole('button', { name: /^Server 2, LEADING/ })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.locator('summary', { hasText: 'Panels' }).click();
  await page.getByRole('checkbox', { name: 'Event log' }).uncheck();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('button', { name: '分享' }).click();
  const url = await page.locator('.share-url input').inputValue();
  expect(url).toMatch(/#v2\./);
  const clock = await page.getByTestId('clock').textContent();
  const names = await serverNames(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherErrors = collectErrors(other);
  await other.goto(url);
  await expect(other.getByTestId('clock')).toHaveText(clock!);
  expect(await serverNames(other)).toEqual(names);
  await expect(other.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(other.getByRole('combobox', { name: /Language/ })).toHaveValue('zh-CN');
  await expect(other.locator('.log-panel')).toBeHidden();
  await expect(other.locator('.pseudo-code')).toBeVisible();
  // The library's story comes back with the link: its title and its tour.
  await expect(other.getByTestId('scenario-info')).toContainText('Leader 崩溃');
  await expect(other.getByRole('button', { name: /开始导览/ })).toBeVisible();
  await fresh.close();
  expect([...errors, ...otherErrors]).toEqual([]);
});

test('the tour: Next and Back restore the exact moment, the step is highlighted, clicker keys advance', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await pickScenario(page, 'Leader crash and re-election in a new epoch');
  await page.getByRole('button', { name: /Start the guided tour/ }).click();
  await expect(page.getByTestId('tour')).toContainText('Tour step 1 of 7');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByTestId('tour')).toContainText('Tour step 2 of 7');
  await expect(page.getByTestId('tour-text')).toContainText('PROPOSAL');
  const clock2 = await page.getByTestId('clock').textContent();
  const names2 = await serverNames(page);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByTestId('tour')).toContainText('Tour step 3 of 7');
  await expect(page.getByTestId('clock')).not.toHaveText(clock2!);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByTestId('tour')).toContainText('Tour step 2 of 7');
  await expect(page.getByTestId('clock')).toHaveText(clock2!);
  expect(await serverNames(page)).toEqual(names2);
  // What to look at is outlined: the leader and the space-time diagram.
  await expect(page.locator('[data-tour-highlight="server"]')).toHaveCount(1);
  await expect(page.locator('[data-panel="lamport"][data-tour-highlight="panel"]')).toBeVisible();
  // A presenter clicker sends PageDown / PageUp / "." : they move the tour, not single events.
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('tour')).toContainText('Tour step 3 of 7');
  await page.keyboard.press('.');
  await expect(page.getByTestId('tour')).toContainText('Tour step 4 of 7');
  await expect(page.getByTestId('tour-text')).toContainText('killed');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('tour')).toContainText('Tour step 3 of 7');
  // A step pointing at a collapsed panel opens it and brings it into view: step 5 points at server 1's tally.
  const tallyToggle = page.locator('[data-panel="tally"] .pframe-toggle');
  await tallyToggle.click();
  await expect(tallyToggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('tour')).toContainText('Tour step 5 of 7');
  await expect(tallyToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('[data-panel="tally"][data-tour-highlight="panel"]')).toBeInViewport();
  await expect(page.getByTestId('tally')).toContainText('Votes seen by server 1');
  await expect(page.locator('[data-tour-highlight="server"]')).toHaveCount(2);
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
  expect(errors).toEqual([]);
});

test('classroom mode enlarges and hides secondary panels; ?embed=1 shows a minimal chrome', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  const toggle = page.getByRole('button', { name: 'Classroom mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/classroom/);
  await expect(page.locator('.log-panel')).toBeHidden();
  await expect(page.getByRole('button', { name: /^Server 3,/ })).toBeVisible();
  const stroke = await page.locator('.server-body').first().evaluate((el) => getComputedStyle(el).strokeWidth);
  expect(parseFloat(stroke)).toBeGreaterThanOrEqual(5);
  await page.screenshot({ path: 'test-results/classroom.png' });
  await toggle.click();
  await expect(page.locator('.log-panel')).toBeVisible();

  await openApp(page, './?embed=1');
  await expect(page.locator('.brand')).toBeHidden();
  await expect(page.locator('summary', { hasText: 'File' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Scenarios' })).toBeVisible();
  await page.screenshot({ path: 'test-results/embed.png' });
  expect(errors).toEqual([]);
});

for (const { name, size, path } of [
  { name: 'laptop', size: { width: 1280, height: 800 }, path: './' },
  { name: 'classroom', size: { width: 1920, height: 1080 }, path: './?classroom=1' },
]) {
  test(`Leader crash's tour from the Scenarios menu to the end (${name} ${size.width}×${size.height}): every step's targets are on screen, the page never scrolls`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize(size);
    await openApp(page, path);
    await pickScenario(page, 'Leader crash and re-election in a new epoch');
    await page.getByRole('button', { name: /Start the guided tour/ }).click();
    for (let i = 1; i <= 7; i++) {
      await expect(page.getByTestId('tour')).toContainText(`Tour step ${i} of 7`);
      const panel = page.locator('[data-tour-highlight="panel"]');
      await expect(panel).toHaveCount(1);
      await expect(panel).toBeInViewport();
      const servers = page.locator('[data-tour-highlight="server"]');
      await expect(servers.first()).toBeVisible();
      for (const s of await servers.all()) await expect(s).toBeInViewport({ ratio: 0.99 });
      await expect(page.getByTestId('tour-text')).toBeInViewport();
      // "the tally of server 1": scrolled to inside its panel, not only the panel's header on screen.
      if (i === 5) await expect(page.getByTestId('tally').getByRole('heading', { name: 'Votes seen by server 1' })).toBeInViewport();
      expect(await page.evaluate(() => document.scrollingElement?.scrollTop), `step ${i}`).toBe(0);
      await page.screenshot({ path: `test-results/tour-leader-crash-${name}-step${i}.png` });
      if (i < 7) await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    expect(errors).toEqual([]);
  });
}
