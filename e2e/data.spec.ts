import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';
import { openWithLeader, twoClientsWatching, type } from './console-helpers';

/** Issue 5's journeys: a data watch fires across two consoles; the lock demo hands the lock on after a kill. */

// These journeys play through virtual time (an election, a 30 s session timeout): more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 60_000 });

test('a data watch set by one client fires when another changes the znode: the event travels and the watch goes', async ({ page }) => {
  const errors = collectErrors(page);
  await openWithLeader(page);
  const { c1, c2 } = await twoClientsWatching(page, '/a');

  const tree = page.getByRole('region', { name: 'Znode tree' });
  const a = tree.getByRole('treeitem', { name: '/a', exact: true });
  await a.click();
  const stat = page.getByRole('region', { name: 'stat /a' });
  await expect(stat).toContainText('data watch by c2 (on server 2)');
  await expect(stat.getByTestId('stat-lines')).toContainText('dataVersion = 0');

  // Slow motion, so the watch event can be seen on its way from server 2 to c2.
  await page.getByRole('slider', { name: 'Speed' }).fill('-2.6');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await type(c1, 'set /a two');
  // On the wire (drawn between server 2 and c2) and spelled out in the list beside it.
  await expect(page.getByRole('img', { name: 'NodeDataChanged /a: server 2 → c2' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('watch-events')).toContainText('NodeDataChanged /a → c2 (from server 2)');
  await page.screenshot({ path: 'test-results/screens/data-watch-in-flight.png', fullPage: true });
  await expect(c2.getByRole('log')).toContainText('WatchedEvent state:SyncConnected type:NodeDataChanged path:/a', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(stat).toContainText('No watch on this znode.');
  await expect(stat.getByTestId('stat-lines')).toContainText('dataVersion = 1');
  // The console echoes commands at zkCli's prompt, and ↑ recalls the last one.
  await expect(c1.getByRole('log')).toContainText('[zk: server1:2181(CONNECTED) 0] create /a one');
  const input = c1.getByRole('textbox', { name: 'zkCli command' });
  await input.press('ArrowUp');
  await expect(input).toHaveValue('set /a two');
  await input.fill('ge');
  await input.press('Tab');
  await expect(input).toHaveValue('get');
  await page.screenshot({ path: 'test-results/screens/data-after.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('lock demo: four clients queue in order; killing the holder hands the lock on only after its session expires', async ({ page }) => {
  const errors = collectErrors(page);
  await openWithLeader(page);
  await page.getByRole('tab', { name: 'Lock demo' }).click();
  const demo = page.getByRole('region', { name: 'Lock demo' });
  for (let i = 0; i < 4; i++) await demo.getByRole('button', { name: 'Add client' }).click();
  const item = (n: number) => demo.getByRole('listitem', { name: `Client ${n}`, exact: true });
  // Each add settles 60 virtual ms (from t = 1.5 s): the last contender may still be listing children then.
  await expect(page.getByText(/^t = 1,740 ms/)).toBeVisible();
  await page.getByRole('slider', { name: 'Timeline' }).fill('2000');
  await expect(item(1)).toContainText('holding');
  for (const n of [2, 3, 4]) await expect(item(n)).toContainText('waiting');
  await expect(item(1)).toContainText('lock-0000000000');
  await expect(item(4)).toContainText('lock-0000000003');
  await expect(demo.getByRole('list', { name: 'Queue of /locks' })).toContainText('watches lock-0000000002');

  await item(1).getByRole('button', { name: /^Kill/ }).click();
  await expect(item(1)).toContainText('process killed');
  await page.screenshot({ path: 'test-results/screens/lock-killed.png', fullPage: true });
  // Nothing moves until the 30 s session timeout: play at 100× real time to get there.
  await page.getByRole('slider', { name: 'Speed' }).fill('2');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(item(2)).toContainText('holding', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(item(1)).toContainText('expired');
  for (const n of [3, 4]) await expect(item(n)).toContainText('waiting');
  const t = Number((await page.getByRole('slider', { name: 'Timeline' }).inputValue()));
  expect(t).toBeGreaterThan(30_000);
  await expect(demo.getByTestId('recipe-stats')).toContainText('Hand-offs: 1 · watch notifications: 1');
  await page.screenshot({ path: 'test-results/screens/lock-handoff.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('herd mode runs beside the recipe and counts more notifications per hand-off', async ({ page }) => {
  await openWithLeader(page);
  await page.getByRole('tab', { name: 'Lock demo' }).click();
  const demo = page.getByRole('region', { name: 'Lock demo' });
  for (let i = 0; i < 4; i++) {
    await demo.getByRole('button', { name: 'Add client' }).click();
    await demo.getByRole('button', { name: 'Add herd client' }).click();
  }
  await expect(demo.getByRole('listitem', { name: 'Herd 4', exact: true })).toContainText('waiting');
  await demo.getByRole('button', { name: 'Release the lock held by Client 1' }).click();
  await demo.getByRole('button', { name: 'Release the lock held by Herd 1' }).click();
  await expect(demo.getByRole('listitem', { name: 'Herd 2', exact: true })).toContainText('holding');
  await expect(demo.getByTestId('recipe-stats')).toContainText('per hand-off: 1.0');
  // Every herd waiter was woken by every change of /herd (each join, then the release): far more than 1 per hand-off.
  const herd = (await demo.getByTestId('herd-stats').textContent()) ?? '';
  expect(Number(/per hand-off: ([\d.]+)/.exec(herd)?.[1])).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'test-results/screens/lock-herd.png', fullPage: true });
});

test('at the default speed a watch event is seen on its way: drawn for a while between server and client, then its client pulses', async ({ page }) => {
  await openWithLeader(page);
  const { c1, c2 } = await twoClientsWatching(page, '/w');

  // Record, in the page, when the watch event's drawing comes and goes and when c2's box starts to pulse.
  await page.evaluate(() => {
    const seen = { added: -1, removed: -1, pulsed: -1 };
    (window as unknown as { __watchSeen: typeof seen }).__watchSeen = seen;
    const isWatch = (n: Node) => n instanceof Element && n.matches('g.cmsg[data-kind="watch"]');
    new MutationObserver((records) => {
      for (const r of records) {
        if ([...r.addedNodes].some(isWatch) && seen.added < 0) seen.added = performance.now();
        if ([...r.removedNodes].some(isWatch) && seen.added >= 0 && seen.removed < 0) seen.removed = performance.now();
        if (r.type === 'attributes' && (r.target as Element).matches('g.wclient') && seen.pulsed < 0 && (r.target as Element).getAttribute('aria-label')?.startsWith('Client c2,')) seen.pulsed = performance.now();
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-watched'] });
  });
  // The speed a new page starts with (slow motion: a virtual millisecond lasts 50 ms).
  await page.getByRole('slider', { name: 'Speed' }).fill('-1.7');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await type(c1, 'set /w two');
  await expect(c2.getByRole('log')).toContainText('WatchedEvent state:SyncConnected type:NodeDataChanged path:/w', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const seen = await page.evaluate(() => (window as unknown as { __watchSeen: { added: number; removed: number; pulsed: number } }).__watchSeen);
  expect(seen.added, 'the watch event was drawn in flight').toBeGreaterThan(0);
  expect(seen.removed, 'and gone when it arrived').toBeGreaterThan(seen.added);
  // Its flight may be brief; the client's box then pulses for 1.6 s, so the delivery is seen either way.
  expect(seen.pulsed, 'c2 pulsed when it arrived').toBeGreaterThanOrEqual(seen.added);
});
