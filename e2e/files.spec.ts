import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openApp } from './helpers';

const SCENARIO = {
  format: 'zkscope/scenario', version: 1, title: 'Two of three from a file', seed: 7,
  servers: [{ id: 1 }, { id: 2 }, { id: 3 }],
  events: [{ at: 0, do: 'start', server: 1 }, { at: 0, do: 'start', server: 2 }],
  until: 3000,
};

function file(name: string, doc: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof doc === 'string' ? doc : JSON.stringify(doc)) };
}

async function download(page: Page, click: () => Promise<void>) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

test('open a scenario file (picker and drop); an invalid file lists each problem and leaves the run alone; save the run', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByTestId('scenario-file').setInputFiles(file('two.json', SCENARIO));
  await expect(page.getByTestId('scenario-info')).toContainText('Two of three from a file');
  await expect(page.getByRole('button', { name: /^Server 3, STOPPED/ })).toBeVisible();
  // The moment is read once the step's frame is on screen: the worker answers after the click returns.
  await expect(page.getByTestId('clock')).toHaveText(/step 0$/);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('clock')).toHaveText(/step 1$/);
  const clock = await page.getByTestId('clock').textContent();

  const bad = { ...SCENARIO, version: 2, servers: [{ id: 0 }], until: -1 };
  await page.getByTestId('scenario-file').setInputFiles(file('bad.json', bad));
  const alert = page.getByRole('alert').filter({ hasText: 'cannot be opened' });
  await expect(alert).toContainText('3 problems');
  await expect(alert.getByRole('listitem')).toHaveCount(3);
  await expect(alert).toContainText('version');
  await expect(alert).toContainText('servers[0].id');
  await expect(alert).toContainText('until');
  await expect(page.getByTestId('scenario-info')).toContainText('Two of three from a file');
  await expect(page.getByTestId('clock')).toHaveText(clock!);

  await page.getByTestId('scenario-file').setInputFiles(file('junk.json', '{ not json'));
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be opened' })).toContainText('not valid JSON');

  // Drag and drop: a file dropped anywhere on the page opens.
  const dropped = { ...SCENARIO, title: 'Dropped on the page' };
  const dt = await page.evaluateHandle((text) => {
    const t = new DataTransfer();
    t.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return t;
  }, JSON.stringify(dropped));
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  await expect(page.getByTestId('scenario-info')).toContainText('Dropped on the page');

  // An action by hand (stop server 1) is saved as a timed event of the file.
  await page.getByRole('slider', { name: 'Timeline' }).fill('1000');
  await expect(page.getByRole('button', { name: /^Server 1, (LEADING|FOLLOWING)/ })).toBeVisible();
  await page.getByRole('button', { name: /^Server 1,/ }).press('Enter');
  await page.getByRole('button', { name: 'Stop (KILL)' }).click();
  await page.locator('summary', { hasText: 'File' }).click();
  const saved = await download(page, () => page.getByRole('button', { name: 'Save run as file' }).click());
  expect(saved.name).toBe('dropped-on-the-page.zkscope.json');
  const doc = JSON.parse(saved.bytes.toString('utf8'));
  expect(doc.title).toBe('Dropped on the page');
  expect(doc.events.some((e: { do: string; server?: number; signal?: string }) => e.do === 'stop' && e.server === 1 && e.signal === 'KILL')).toBe(true);
  expect(errors).toEqual([]);
});

test('export: the view as PNG and SVG, the run as trace JSON, the Lamport diagram as SVG', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByRole('slider', { name: 'Timeline' }).fill('300');
  const fileMenu = () => page.locator('summary', { hasText: 'File' }).click();
  await fileMenu();
  const png = await download(page, () => page.getByRole('button', { name: 'Ensemble view as PNG' }).click());
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(png.bytes.length).toBeGreaterThan(5000);
  const svg = await download(page, () => fileMenu().then(() => page.getByRole('button', { name: 'Ensemble view as SVG' }).click()));
  expect(svg.name).toMatch(/ensemble\.svg$/);
  expect(svg.bytes.toString()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg.bytes.toString()).toContain('stroke-width=');
  const trace = await download(page, () => fileMenu().then(() => page.getByRole('button', { name: 'Run as trace JSON' }).click()));
  const t = JSON.parse(trace.bytes.toString());
  expect(t.format).toBe('zkscope/trace');
  expect(t.steps.length).toBeGreaterThan(10);
  expect(t.messages.length).toBeGreaterThan(10);
  const lamport = await download(page, () => fileMenu().then(() => page.getByRole('button', { name: 'Space-time diagram as SVG' }).click()));
  expect(lamport.name).toMatch(/lamport\.svg$/);
  expect(lamport.bytes.toString()).toContain('<svg');
  expect(errors).toEqual([]);
});
