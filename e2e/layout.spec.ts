import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openApp, pickScenario } from './helpers';
import { intersects, shareInViewport, stageFacts } from './layout-helpers';

/** The checks every viewport must pass on first load (issue 10's acceptance list). */
async function firstLoadChecks(page: Page, minStageTextPx: number, minDrawingTextPx: number) {
  const f = await stageFacts(page);
  const { width: vw, height: vh } = f.viewport;
  expect(shareInViewport(f.ring, vw, vh), 'the ensemble drawing is on screen').toBeGreaterThanOrEqual(0.95);
  expect(f.circles.length).toBeGreaterThanOrEqual(3);
  for (const c of f.circles) expect(shareInViewport(c, vw, vh), 'every server circle is on screen').toBe(1);
  for (const name of ['Play', 'Step forward']) {
    const b = await page.getByRole('button', { name, exact: true }).boundingBox();
    expect(b && shareInViewport(b, vw, vh), `${name} is on screen with the servers`).toBe(1);
  }
  expect(f.scrollWidth, 'no horizontal overflow').toBeLessThanOrEqual(vw);
  expect(f.smallestDrawingTextPx, 'text on the drawing').toBeGreaterThanOrEqual(minDrawingTextPx);
  expect(f.smallestStageTextPx, 'text on the stage').toBeGreaterThanOrEqual(minStageTextPx);
  // Server circles and their text never overlap each other.
  const marks = [...f.circles, ...f.serverLabels];
  for (let i = 0; i < f.circles.length; i++) {
    for (let j = 0; j < marks.length; j++) {
      if (j !== i && j !== i + f.circles.length) expect(intersects(f.circles[i], marks[j]), `server ${i + 1} overlaps mark ${j}`).toBe(false);
    }
  }
  for (let i = 0; i < f.serverLabels.length; i++) {
    for (let j = i + 1; j < f.serverLabels.length; j++) expect(intersects(f.serverLabels[i], f.serverLabels[j])).toBe(false);
  }
  // The legend is collapsed by default; opened, it never covers a server.
  await expect(page.getByTestId('legend')).toHaveCount(0);
  await page.getByRole('button', { name: 'Legend' }).click();
  const legend = await page.getByTestId('legend').boundingBox();
  const after = await stageFacts(page);
  for (const c of after.circles) expect(intersects(legend!, c), 'the legend covers a server').toBe(false);
  expect(after.scrollWidth).toBeLessThanOrEqual(vw);
  await page.getByRole('button', { name: 'Legend' }).click();
  return f;
}

/** Plays the default scenario until every server has decided, then pauses. */
async function playToLeader(page: Page) {
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Server \d+, LEADING/ })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
}

for (const [width, height] of [[1280, 800], [1366, 768]] as const) {
  test(`laptop ${width}×${height}: the stage and its transport fit on one screen, with no page scroll`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width, height });
    await openApp(page);
    const f = await firstLoadChecks(page, 12, 12);
    expect(f.scrollHeight, 'no page scroll').toBeLessThanOrEqual(height);
    // The drawing is the largest thing on screen: larger than any panel around it.
    const panels = await page.locator('.pframe').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width * e.getBoundingClientRect().height));
    for (const area of panels) expect(f.ring.width * f.ring.height).toBeGreaterThan(area);
    await playToLeader(page);
    const g = await stageFacts(page);
    for (const m of g.messageLabels) for (const s of g.serverLabels) expect(intersects(m, s), 'a message label covers a server label').toBe(false);
    expect(errors).toEqual([]);
  });
}

test('classroom 1920×1080: the stage takes ≥ 60 % of the projector, text ≥ 18 px, the panels menu is there', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, './?classroom=1');
  const f = await firstLoadChecks(page, 18, 18);
  expect(f.scrollHeight).toBeLessThanOrEqual(1080);
  expect((f.stage.width * f.stage.height) / (1920 * 1080), 'stage share of the screen').toBeGreaterThanOrEqual(0.6);
  await expect(page.locator('summary', { hasText: 'Panels' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('phone 390×844: the stage first, panels as tabs under it, nothing overflows sideways', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await firstLoadChecks(page, 12, 12);
  const tabs = page.getByRole('tablist', { name: 'Panels' });
  await expect(tabs).toBeVisible();
  const stage = (await page.getByTestId('stage').boundingBox())!;
  expect((await tabs.boundingBox())!.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
  await tabs.getByRole('tab', { name: 'Log', exact: true }).click();
  await expect(page.locator('.log-panel')).toBeVisible();
  const f = await stageFacts(page);
  expect(f.scrollWidth).toBeLessThanOrEqual(390);
  expect(errors).toEqual([]);
});

test('Space after clicking Step forward with the mouse starts playback; ←/→ still step', async ({ page }) => {
  await openApp(page);
  const clock = page.getByTestId('clock');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(clock).toHaveText(/step 1$/);
  await page.keyboard.press('ArrowRight');
  await expect(clock).toHaveText(/step 2$/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
});

test('a sync, step by step: no message label covers a server or its text (FOLLOWERINFO … NEWLEADER … ACK)', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await pickScenario(page, 'An uncommitted tail is truncated (TRUNC)');
  const clock = page.getByTestId('clock');
  const seen = new Set<string>();
  // The first election and the followers' sync with the new leader (FOLLOWERINFO … UPTODATE, ACK).
  for (let step = 1; step <= 60; step++) {
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(clock).toHaveText(new RegExp(`step ${step}$`));
    const f = await stageFacts(page);
    const texts = await page.locator('svg.ring text.msg-label:not([display])').allTextContents();
    texts.forEach((t) => seen.add(t));
    for (const m of f.messageLabels) {
      for (const s of [...f.serverLabels, ...f.circles]) expect(intersects(m, s), `step ${step}: a message label ${JSON.stringify(m)} covers ${JSON.stringify(s)}`).toBe(false);
    }
  }
  // The walk saw the sync's packets drawn with their labels, not only elections.
  expect([...seen]).toEqual(expect.arrayContaining(['FOLLOWERINFO', 'ACKEPOCH', 'NEWLEADER']));
  expect(errors).toEqual([]);
});
