import { expect, test } from '@playwright/test';
import { collectErrors, openApp, pickScenario } from './helpers';

// Issue 16: the rule panel explains a learner sync by the branch of LearnerHandler.syncFollower, with the
// leader's own log lines as ZooKeeper 3.8.0 writes them.
test('a TRUNC sync is explained with its branch and the leader\'s ZooKeeper log lines', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await pickScenario(page, 'An uncommitted tail is truncated (TRUNC)');
  // Server 3 restarts at 9 s; seek just before and step until the leader's sync rule fires.
  await page.getByRole('slider', { name: 'Timeline' }).fill('9000');
  await expect(page.getByTestId('clock')).toHaveText(/^t = 9,[0-9]{3} ms/);
  const forward = page.getByRole('button', { name: 'Step forward' });
  const reason = page.getByTestId('rule-reason');
  for (let i = 0; i < 300 && (await reason.getAttribute('data-rule')) !== 'zab.sync.trunc'; i++) {
    const before = await page.getByTestId('clock').textContent();
    await forward.click();
    await expect(page.getByTestId('clock')).not.toHaveText(before!);
  }
  await expect(reason).toHaveAttribute('data-rule', 'zab.sync.trunc');
  await expect(reason).toContainText('TRUNCATE');
  await expect(page.getByRole('heading', { name: 'syncFollower: how the leader syncs a learner' })).toBeVisible();
  await expect(page.getByTestId('rule-zk-log')).toContainText(/Synchronizing with Learner sid: 3 maxCommittedLog=0x\w+ minCommittedLog=0x\w+ lastProcessedZxid=0x\w+ peerLastZxid=0x\w+/);
  await expect(page.getByTestId('rule-zk-log')).toContainText(/Sending TRUNC/);
  await expect(page.getByRole('list', { name: 'Pseudo-code of LearnerHandler.syncFollower' }).locator('[aria-current="step"]').first()).toBeVisible();
  await page.getByTestId('rule-zk-log').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/sync-reason.png' });
  expect(errors).toEqual([]);
});
