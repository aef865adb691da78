import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openApp } from './helpers';

/** Classic payloads: each would set window.__xss (or open a dialog) if it ever ran. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<script>window.__xss=2</script>',
  '<svg onload="window.__xss=3">',
  '"><iframe src="javascript:window.top.__xss=4"></iframe>',
  "javascript:window.__xss=5//';alert(5)",
];
const P = PAYLOADS.join(' ');

function guard(page: Page): { dialogs: string[] } {
  const seen = { dialogs: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

async function expectNothingRan(page: Page, seen: { dialogs: string[] }): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  // Nothing was parsed as markup: no element the payloads would create exists in the page.
  expect(await page.locator('img[src="x"], iframe, svg[onload], script:not([src])').count()).toBe(0);
}

const hostile = {
  format: 'zkscope/scenario', version: 1, title: PAYLOADS[0], seed: 1,
  titles: { en: PAYLOADS[1], 'zh-CN': PAYLOADS[2] }, explain: { en: P }, question: { en: PAYLOADS[3] },
  tour: [{ at: 10, text: { en: P }, look: { en: PAYLOADS[4] } }],
  servers: [{ id: 1 }, { id: 2 }, { id: 3 }],
  events: [
    { at: 0, do: 'start', server: 1 }, { at: 0, do: 'start', server: 2 }, { at: 0, do: 'start', server: 3 },
    // Znode names and data: a node named after a payload, holding another.
    { at: 2000, do: 'client', session: 'x', command: `create /app ${JSON.stringify(P)}` },
    { at: 2100, do: 'client', session: 'x', command: 'create /%3Cimg%20src=x%20onerror=window.__xss=6%3E v' },
    { at: 2200, do: 'client', session: 'x', command: 'create /<b>bold</b> <img/src=x/onerror=window.__xss=7>' },
    { at: 2300, do: 'client', session: 'x', command: 'get /app' },
  ],
  until: 4000,
};

test('XSS payloads in scenario titles, texts, tours, znode names and data, imported files and URLs never execute', async ({ page, browser }) => {
  const seen = guard(page);
  const errors = collectErrors(page);
  // A URL that is itself a payload: a message, the default scenario, nothing runs.
  await openApp(page, `./#${encodeURIComponent(PAYLOADS[0])}`);
  await expect(page.getByRole('alert')).toContainText('could not be opened');
  await expectNothingRan(page, seen);

  // An imported file full of payloads: shown as text.
  await page.getByTestId('scenario-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  await expect(page.getByTestId('scenario-info')).toContainText(PAYLOADS[1]);
  await expect(page.getByTestId('scenario-info')).toContainText(PAYLOADS[3]);
  await page.getByRole('button', { name: /Start the guided tour/ }).click();
  await expect(page.getByTestId('tour-text')).toHaveText(P);
  await page.getByRole('slider', { name: 'Timeline' }).fill('4000');
  await expect(page.getByTestId('clock')).toContainText('4,000');
  // The znode views of the data tab, when present, draw the names and data too.
  const dataTab = page.getByRole('tab', { name: /Znodes/ });
  if (await dataTab.count()) {
    await dataTab.click();
    await expect(page.locator('.data-workspace')).toContainText('/app');
  }
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByTestId('scenario-info')).toContainText(PAYLOADS[2]);
  await expectNothingRan(page, seen);

  // An invalid file whose problems echo payloads.
  await page.getByTestId('scenario-file').setInputFiles({ name: `${PAYLOADS[0]}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ [PAYLOADS[0]]: PAYLOADS[1], servers: PAYLOADS[2] })) });
  await expect(page.getByRole('alert').filter({ hasText: 'onerror' }).first()).toBeVisible();
  await expectNothingRan(page, seen);

  // A share link carrying the payload scenario, opened in a fresh browser.
  await page.getByTestId('scenario-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  await page.getByRole('button', { name: '分享' }).click();
  const url = await page.locator('.share-url input').inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const seen2 = guard(other);
  await other.goto(url);
  await expect(other.getByTestId('scenario-info')).toContainText(PAYLOADS[2]);
  await expectNothingRan(other, seen2);
  await fresh.close();
  expect(errors).toEqual([]);
});
