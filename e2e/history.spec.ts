import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openApp, pickScenario, tourTo } from './helpers';

const logs = (page: Page) => page.getByRole('region', { name: 'Transaction logs' });
const serverLog = (page: Page, sid: number) => logs(page).getByRole('list', { name: `Server ${sid} log` });

test('sync-trunc: at the sync the learner\'s list loses the cut-off zxid and the mode is named TRUNC', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await pickScenario(page, 'An uncommitted tail is truncated (TRUNC)');
  await tourTo(page, 5, 7);
  // The leader has chosen TRUNC; server 3 still holds the uncommitted 0x100000003.
  await expect(logs(page).getByTestId('sync-3')).toContainText('TRUNC from leader 2');
  await expect(logs(page).getByTestId('sync-3')).toContainText('peerLastZxid 0x100000003');
  await expect(page.getByTestId('rule-reason')).toContainText('TRUNC');
  await expect(page.locator('.pseudo-code li[aria-current="step"]')).toContainText('queue TRUNC(maxCommittedLog)');
  await expect(serverLog(page, 3).getByRole('listitem', { name: /^0x100000003 / })).toHaveCount(1);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByTestId('tour')).toContainText('Tour step 6 of 7');
  await expect(serverLog(page, 3).getByRole('listitem', { name: /^0x100000003 / })).toHaveCount(0);
  await expect(serverLog(page, 3).getByRole('listitem', { name: /^0x100000002 committed/ })).toHaveCount(1);
  // The strip shows the cut cell struck out, for this step.
  await expect(page.locator('[data-testid="history-strip"] .cell.ghost.cut')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('sync-diff: the returning follower\'s list gains the leader\'s proposals', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await pickScenario(page, 'A lagging follower catches up by DIFF');
  await tourTo(page, 3, 5);
  await expect(logs(page).getByTestId('sync-1')).toContainText('DIFF from leader 3');
  await expect(logs(page).getByTestId('sync-1')).toContainText('Using committedLog');
  await expect(serverLog(page, 1).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByTestId('tour')).toContainText('Tour step 4 of 5');
  for (const z of ['0x100000003', '0x100000004', '0x100000005']) {
    await expect(serverLog(page, 1).getByRole('listitem', { name: `${z} committed` })).toHaveCount(1);
  }
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(serverLog(page, 1).getByRole('listitem', { name: '0x100000005 committed, applied' })).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('sync-snap: a snapshot marker replaces the learner\'s cells; zh-CN names the states', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await pickScenario(page, 'A follower from an old epoch gets a SNAP');
  await tourTo(page, 2, 5);
  await expect(serverLog(page, 3).getByRole('listitem', { name: /^0x100000003 logged/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByTestId('tour')).toContainText('Tour step 4 of 5');
  await expect(logs(page).getByTestId('sync-3')).toHaveAttribute('data-mode', 'SNAP');
  const items = serverLog(page, 3).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAccessibleName('snapshot covers everything up to 0x200000002');
  await expect(page.locator('[data-testid="history-strip"] .history-row .history-snapshot')).not.toHaveCount(0);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('region', { name: '事务日志' }).getByRole('list', { name: '服务器 2 日志' }).getByRole('listitem', { name: '0x200000002 已提交，已应用' })).toHaveCount(1);
  expect(errors).toEqual([]);
});
