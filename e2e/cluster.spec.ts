import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './helpers';

const server = (page: Page, id: number) => page.getByRole('button', { name: new RegExp(`^Server ${id},`) });
const leader = (page: Page) => page.getByRole('button', { name: /^Server \d+, LEADING/ });

async function open(page: Page, path = './') {
  await page.goto(path);
  await expect(server(page, 3)).toBeVisible();
}

async function playUntilLeader(page: Page) {
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(leader(page)).toHaveCount(1, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
}

test('the default scenario shows three servers; Play elects a leader', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page);
  for (const id of [1, 2, 3]) await expect(server(page, id)).toHaveAttribute('aria-label', /LOOKING|STOPPED/);
  await playUntilLeader(page);
  await expect(page.getByRole('button', { name: /^Server \d+, FOLLOWING/ })).toHaveCount(2);
  await expect(page.getByRole('status')).toContainText(/Server \d+ is now (LEADING|FOLLOWING)/);
  await expect(page.getByTestId('event-log')).toContainText('LEADER ELECTION TOOK');
  // The log shows its newest line (the panel scrolls to it), not the oldest of a long log.
  await expect(page.getByTestId('event-log').locator('li').last()).toBeInViewport();
  await expect(page.getByTestId('event-log').locator('li').first()).not.toBeInViewport();
  await expect(page.getByTestId('invariant-badge')).toHaveText('Invariants hold');
  expect(errors).toEqual([]);
});

test('after the election in Fresh start, each decided server\'s tally marks the winner\'s votes as backing it', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page);
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: /^Server \d+, FOLLOWING/ })).toHaveCount(2, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const winner = /^Server (\d+)/.exec((await leader(page).getAttribute('aria-label')) ?? '')![1];
  const quorum = page.getByTestId('tally-quorum');
  for (const id of [1, 2, 3]) {
    await server(page, id).locator('circle.server-body').click();
    await expect(page.getByTestId('tally')).toContainText(`Votes seen by server ${id}`);
    await expect(page.getByTestId('tally-proposal')).toContainText(`Decided vote: leader ${winner},`);
    await expect(quorum).toHaveText(/^\d of 3 votes back the decided vote; quorum is 2$/);
    // recvset: leader column and "Backs decided vote" column of every row.
    const rows = await page.getByTestId('tally').locator('table').first().locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('td')?.textContent, tr.querySelector('td:last-child')?.textContent]));
    for (const [leaderId, backs] of rows) expect(backs, `server ${id}: a vote for ${leaderId}`).toBe(leaderId === winner ? 'yes' : 'no');
    const backing = rows.filter(([, backs]) => backs === 'yes').length;
    expect(backing, `server ${id}`).toBeGreaterThanOrEqual(2);
    await expect(quorum).toHaveText(`${backing} of 3 votes back the decided vote; quorum is 2`);
  }
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(quorum).toHaveText(/^3 票中有 \d 票支持已定选票；法定人数为 2$/);
  expect(errors).toEqual([]);
});

/** At a vote change, the reason, the log line of that step, the highlighted rule and the tally agree. */
async function expectVoteChangeAgrees(page: Page) {
  const reason = (await page.getByTestId('rule-reason').textContent()) ?? '';
  const m = /^Server (\d+) votes for (\d+) .* server (\d+) adopts it/.exec(reason);
  expect(m, reason).not.toBeNull();
  const [, from, voted, sid] = m!;
  const current = page.locator('ol.log li[data-current="true"]').last();
  await expect(current).toContainText(`[WorkerReceiver[myid=${sid}]`);
  await expect(current).toContainText(`n.sid:${from}, n.state:LOOKING, n.leader:${voted},`);
  await expect(page.locator('ol.code li[data-active="true"]')).toContainText('elif n.vote beats proposal');
  await expect(page.getByTestId('tally')).toContainText(`Votes seen by server ${sid}`);
  await expect(page.getByTestId('tally-proposal')).toContainText(`Proposal: leader ${voted},`);
  const row = page.getByTestId('tally').locator('table').first().locator('tbody tr', { has: page.locator(`th:text-is("${from}")`) });
  await expect(row.locator('td').first()).toHaveText(voted);
}

test('stepping back to a vote change: log line, highlighted rule and tally agree', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page);
  await playUntilLeader(page);
  await page.getByRole('slider', { name: 'Timeline' }).fill('0');
  await expect(page.getByTestId('clock')).toHaveText(/^t = 0 ms/);
  const start = Number(/step (\d+)$/.exec((await page.getByTestId('clock').textContent()) ?? '')![1]);
  const forward = page.getByRole('button', { name: 'Step forward' });
  for (let i = 0; i < 80; i++) {
    await forward.click();
    await expect(page.getByTestId('clock')).toHaveText(new RegExp(`step ${start + i + 1}$`));
    if ((await page.getByTestId('rule-reason').getAttribute('data-rule')) === 'fle.vote.adopt') break;
  }
  await expect(page.getByTestId('rule-reason')).toHaveAttribute('data-rule', 'fle.vote.adopt');
  const clock = await page.getByTestId('clock').textContent();
  await forward.click();
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(page.getByTestId('clock')).toHaveText(clock!);
  await expectVoteChangeAgrees(page);
  expect(errors).toEqual([]);
});

test('stopping the leader from its server menu leads to a re-election', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page);
  await playUntilLeader(page);
  const label = (await leader(page).getAttribute('aria-label')) ?? '';
  const old = Number(/^Server (\d+)/.exec(label)![1]);
  await leader(page).locator('circle.server-body').click();
  await page.getByRole('button', { name: 'Stop (KILL)' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(server(page, old)).toHaveAttribute('aria-label', /STOPPED/);
  await expect(leader(page)).toHaveCount(1, { timeout: 15_000 });
  await expect(leader(page)).not.toHaveAttribute('aria-label', new RegExp(`^Server ${old},`));
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('event-log')).toContainText(`shutdown called (KILL)`);
  expect(errors).toEqual([]);
});

test('keyboard: Space, arrows, PageDown, "." and "?"', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page);
  const clock = page.getByTestId('clock');
  await page.keyboard.press('ArrowRight');
  await expect(clock).toHaveText(/step 1$/);
  await page.keyboard.press('PageDown');
  await expect(clock).toHaveText(/step 2$/);
  await page.keyboard.press('.');
  await expect(clock).toHaveText(/step 3$/);
  await page.keyboard.press('ArrowLeft');
  await expect(clock).toHaveText(/step 2$/);
  await page.keyboard.press('PageUp');
  await expect(clock).toHaveText(/step 1$/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(errors).toEqual([]);
});

test('a Share link reopens the same moment in a fresh browser', async ({ page, browser }) => {
  const errors = collectErrors(page);
  await open(page);
  await playUntilLeader(page);
  await page.getByRole('button', { name: 'Step back' }).click();
  await page.getByRole('button', { name: 'Step back' }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(url).toMatch(/#v2\./);
  const clock = await page.getByTestId('clock').textContent();
  const names = await page.getByRole('button', { name: /^Server \d+,/ }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherErrors = collectErrors(other);
  await other.goto(url);
  await expect(other.getByTestId('clock')).toHaveText(clock!);
  expect(await other.getByRole('button', { name: /^Server \d+,/ }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(names);
  await fresh.close();
  expect([...errors, ...otherErrors]).toEqual([]);
});

test('a broken link says so and opens the default scenario', async ({ page }) => {
  await open(page, './#v1.not-a-real-link');
  await expect(page.getByRole('alert')).toContainText('could not be opened');
  await expect(page.getByRole('button', { name: /^Server \d+,/ })).toHaveCount(3);
});

test('a paused page schedules no animation frames', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __rafCount: number };
    w.__rafCount = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => {
      w.__rafCount++;
      return raf(cb);
    };
  });
  await open(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(200);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(200);
  const before = await page.evaluate(() => (window as unknown as { __rafCount: number }).__rafCount);
  expect(before).toBeGreaterThan(0);
  await page.waitForTimeout(2000);
  expect(await page.evaluate(() => (window as unknown as { __rafCount: number }).__rafCount)).toBe(before);
});

test('the view tabs follow the tabs pattern: ←/→ on a focused tab select and focus the next one', async ({ page }) => {
  await open(page);
  const cluster = page.getByRole('tab', { name: 'Cluster' });
  await cluster.focus();
  await page.keyboard.press('ArrowRight');
  const data = page.getByRole('tab', { name: 'Znodes & clients' });
  await expect(data).toHaveAttribute('aria-selected', 'true');
  await expect(data).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Break it' })).toHaveAttribute('aria-selected', 'true');
});
