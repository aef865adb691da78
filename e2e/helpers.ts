import { expect, type Page } from '@playwright/test';

/** Collects console errors (CSP violations included) and uncaught page errors. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/** Opens the app and waits for the ensemble. */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('button', { name: /^(Server|服务器) 1[,，]/ })).toBeVisible();
}

/** Picks a story from the menu named "Scenarios". */
export async function pickScenario(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByRole('menu', { name: 'Scenarios' }).getByRole('menuitem', { name: title }).click();
  await expect(page.getByTestId('scenario-info')).toContainText(title);
}

/** Starts the scenario's tour and moves to step `n` of `total`, waiting for each step to show. */
export async function tourTo(page: Page, n: number, total: number): Promise<void> {
  await page.getByRole('button', { name: /Start the guided tour/ }).click();
  await expect(page.getByTestId('tour')).toContainText(`Tour step 1 of ${total}`);
  for (let i = 2; i <= n; i++) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByTestId('tour')).toContainText(`Tour step ${i} of ${total}`);
  }
}

/** The accessible names of every server, in order. */
export function serverNames(page: Page): Promise<(string | null)[]> {
  return page.getByRole('button', { name: /^(Server|服务器) \d+[,，]/ }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
}

/** Opens the app and its Replay logs dialog (File menu → Open server logs…). */
export async function openReplayDialog(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('button', { name: /^Server 3,/ })).toBeVisible();
  await page.locator('summary', { hasText: 'File' }).click();
  await page.getByRole('button', { name: 'Open server logs…' }).click();
  await expect(page.getByRole('dialog', { name: 'Replay logs' })).toBeVisible();
}
