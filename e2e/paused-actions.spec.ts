import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openApp } from './helpers';
import { consoleOf, type } from './console-helpers';

/** Issue 10 point 5: an action taken while paused shows at once what it will do, and the step that does it. */

const server = (page: Page, id: number) => page.getByRole('button', { name: new RegExp(`^Server ${id},`) });
const clock = (page: Page) => page.getByTestId('clock');

/** Opens the app and steps forward `steps` times with → (paused all along). */
async function pausedAfter(page: Page, steps: number): Promise<void> {
  await openApp(page);
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(clock(page)).toHaveText(new RegExp(`step ${i}$`));
  }
}

/** The step named by "applies at step N" in the queued-actions strip. */
async function appliesAt(page: Page): Promise<number> {
  const text = (await page.getByTestId('pending-actions').textContent()) ?? '';
  return Number(/applies at step (\d+)/.exec(text)![1]);
}

test('paused, Stop on server 2 shows at once: crossed out, "stops at step N", the button reads Start; at step N it is STOPPED', async ({ page }) => {
  const errors = collectErrors(page);
  await pausedAfter(page, 5);
  await server(page, 2).locator('circle.server-body').click();
  await page.getByRole('button', { name: 'Stop (TERM)' }).click();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop (TERM)' })).toHaveCount(0);
  await expect(server(page, 2)).toHaveAttribute('data-pending', 'stop');
  await expect(server(page, 2)).toHaveAttribute('aria-label', /, LOOKING,.*stops at step \d+$/);
  await expect(page.getByTestId('pending-actions')).toContainText(/Stop server 2 \(TERM\) · applies at step \d+/);
  await expect(page.getByTestId('server-coming')).toHaveText(/stops at step \d+/);
  await expect(clock(page)).toHaveText(/step 5$/);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/screens/paused-stop.png' });
  const n = await appliesAt(page);
  expect(n).toBeGreaterThan(5);
  for (let i = 6; i <= n; i++) await page.keyboard.press('ArrowRight');
  await expect(clock(page)).toHaveText(new RegExp(`step ${n}$`));
  await expect(server(page, 2)).toHaveAttribute('aria-label', /STOPPED/);
  await expect(server(page, 2)).not.toHaveAttribute('data-pending', /./);
  await expect(page.getByTestId('pending-actions')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('paused, Isolate turns into Reconnect at once and the links show partitioned; Reconnect turns back into Isolate', async ({ page }) => {
  const errors = collectErrors(page);
  await pausedAfter(page, 5);
  await server(page, 2).locator('circle.server-body').click();
  await page.getByRole('button', { name: 'Isolate' }).click();
  await expect(page.getByRole('button', { name: 'Reconnect' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Isolate' })).toHaveCount(0);
  for (const name of ['1–2', '2–3']) await expect(page.getByRole('button', { name: new RegExp(`^Link ${name},`) })).toHaveAttribute('data-state', 'partitioned');
  await expect(page.getByRole('button', { name: /^Link 1–3,/ })).toHaveAttribute('data-state', 'up');
  await expect(page.getByTestId('pending-actions')).toContainText(/Partition: 2 \| 1 3 · applies at step \d+/);
  await expect(page.getByRole('button', { name: 'Heal all links' })).toBeVisible();
  await page.getByRole('button', { name: 'Reconnect' }).click();
  await expect(page.getByRole('button', { name: 'Isolate' })).toBeVisible();
  await expect(page.getByTestId('ring').locator('g.link[data-state="up"]')).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('paused, a dropped message looks dropped at once and its card says at which step', async ({ page }) => {
  const errors = collectErrors(page);
  await pausedAfter(page, 8);
  const msg = page.getByTestId('ring').locator('g.msg').first();
  await msg.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Drop this message' }).click();
  await expect(msg).toHaveAttribute('data-pending', 'lost');
  await expect(msg).toHaveAttribute('aria-label', /dropped at step 9$/);
  await expect(page.getByTestId('pending-actions')).toContainText(/Drop NOTIFICATION \d → \d · applies at step 9/);
  await page.screenshot({ path: 'test-results/screens/paused-drop.png' });
  expect(errors).toEqual([]);
});

test('Space plays and pauses right after a server was clicked with the mouse; ← and → still step', async ({ page }) => {
  await pausedAfter(page, 2);
  await server(page, 1).locator('circle.server-body').click();
  await expect(page.getByRole('group', { name: 'Server 1' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(clock(page)).toHaveText(/step 3$/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('zkCli output stays under its command, also for lines typed while the client is CONNECTING', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByRole('tab', { name: 'Znodes & clients' }).click();
  await page.getByRole('button', { name: 'Open client' }).click();
  await expect(page.getByRole('row', { name: /^c1 / })).toContainText('CONNECTING');
  const c1 = consoleOf(page, 'c1');
  await type(c1, 'create /a x');
  await expect(c1.getByRole('log')).toContainText('(CONNECTING) 0] create /a x');
  await type(c1, 'ls /');
  await expect(c1.getByRole('log')).toContainText('(CONNECTING) 1] ls /');
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(c1.getByRole('log')).toContainText('[a, zookeeper]', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const lines = await c1.getByRole('log').locator('div').allTextContents();
  const at = (s: string) => lines.findIndex((l) => l.includes(s));
  expect(at('create /a x')).toBeGreaterThanOrEqual(0);
  expect(at('Created /a')).toBe(at('create /a x') + 1);
  expect(at('] ls /')).toBe(at('Created /a') + 1);
  expect(at('[a, zookeeper]')).toBe(at('] ls /') + 1);
  expect(errors).toEqual([]);
});
