import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens the app, plays until a leader is elected, pauses, and moves to t = 1.5 s, when the followers have
 * synced and serve clients: where playback happened to pause depends on how busy the machine is, and a
 * client opened while a follower still syncs stays CONNECTING longer than the console's settle.
 */
export async function openWithLeader(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Server \d+, LEADING/ })).toHaveCount(1, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('slider', { name: 'Timeline' }).fill('1500');
  await expect(page.getByText(/^t = 1,500 ms/)).toBeVisible();
}

/** The zkCli console of client `name`. */
export const consoleOf = (page: Page, name: string): Locator => page.getByRole('region', { name: `${name} · zkCli` });

/** Types one line into a console and presses Enter. */
export async function type(c: Locator, line: string): Promise<void> {
  const input = c.getByRole('textbox', { name: 'zkCli command' });
  await input.fill(line);
  await input.press('Enter');
}

/** Opens a client connected to `server` and waits until it is connected. */
export async function openClient(page: Page, server: number, name: string): Promise<void> {
  await page.getByLabel('Connected to').selectOption(String(server));
  await page.getByRole('button', { name: 'Open client' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`^${name} `) })).toContainText('CONNECTED');
}

/**
 * On the Znodes & clients tab: c1 on server 1 and c2 on server 2, c1 creates `path` with data `one` and
 * c2 reads it with a data watch. Returns the two consoles.
 */
export async function twoClientsWatching(page: Page, path: string): Promise<{ c1: Locator; c2: Locator }> {
  await page.getByRole('tab', { name: 'Znodes & clients' }).click();
  await openClient(page, 1, 'c1');
  await openClient(page, 2, 'c2');
  const c1 = consoleOf(page, 'c1'), c2 = consoleOf(page, 'c2');
  await type(c1, `create ${path} one`);
  await expect(c1.getByRole('log')).toContainText(`Created ${path}`);
  await type(c2, `get -w ${path}`);
  await expect(c2.getByRole('log')).toContainText('one');
  return { c1, c2 };
}
