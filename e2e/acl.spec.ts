import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';
import { consoleOf, openClient, openWithLeader, type } from './console-helpers';

/** Issue 15, as a new user tries it: digest auth in one console, a refused read in another, and why. */

test.describe.configure({ timeout: 60_000 });

test('alice protects /s with her digest; bob\'s get is refused; the tree marks /s and its stat shows the ACL', async ({ page }) => {
  const errors = collectErrors(page);
  await openWithLeader(page);
  await page.getByRole('tab', { name: 'Znodes & clients' }).click();
  await openClient(page, 1, 'c1');
  await openClient(page, 2, 'c2');
  const alice = consoleOf(page, 'c1'), bob = consoleOf(page, 'c2');

  await type(alice, 'addauth digest alice:secret');
  await type(alice, 'create /s data auth::cdrwa');
  await expect(alice.getByRole('log')).toContainText('Created /s');
  await type(bob, 'get /s');
  await expect(bob.getByRole('log')).toContainText('Insufficient permission : /s');
  await type(bob, 'getAcl /s');
  await expect(bob.getByRole('log')).toContainText('Insufficient permission : /s');

  const tree = page.getByRole('region', { name: 'Znode tree' });
  const s = tree.getByRole('treeitem', { name: '/s', exact: true });
  await expect(s).toHaveAttribute('data-protected', 'true');
  await expect(tree.getByRole('treeitem', { name: '/zookeeper', exact: true })).not.toHaveAttribute('data-protected', 'true');
  await s.click();
  const stat = page.getByRole('region', { name: 'stat /s' });
  await expect(stat.getByTestId('stat-acl')).toHaveText('digest:alice:aYXlLOpEooaV1cRAvUL1fp9Qt7E=:cdrwa');
  await expect(stat).toContainText('Protected');

  // Slowly, so the refusal can be seen on its way back to bob.
  await page.getByRole('slider', { name: 'Speed' }).fill('-2.6');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await type(bob, 'set /s hacked');
  await expect(page.getByRole('img', { name: /^setData \/s refused: NoAuth: server 2 → c2$/ })).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: 'test-results/screens/acl-refused.png', fullPage: true });
  await expect(bob.getByRole('log')).toContainText('Insufficient permission : /s', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  await type(bob, 'addauth digest alice:secret');
  await type(bob, 'get /s');
  await expect(bob.getByRole('log').locator(':scope > *').last()).toHaveText('data');
  expect(errors).toEqual([]);
});
