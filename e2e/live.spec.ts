/**
 * Live mode end to end (issue 7): a real standalone ZooKeeper 3.8 (Debian's package, on 127.0.0.1 with a
 * throwaway data dir) and the bridge (`npm run bridge -- --allow-commands`) are started here and stopped by
 * their pids; the app connects, shows the real tree, runs `create /x y` in the console and sees /x appear,
 * then sees the bridge go away and reconnects when it is back. Skipped, with the reason, without Java or
 * the zookeeper package.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { freePort, realZooKeeperMissing, startRealZooKeeper, type RealServer } from '../src/bridge/real-server.ts';

const missing = realZooKeeperMissing();
if (missing !== null) console.warn(`skipping the live-mode e2e test against a real ZooKeeper: ${missing}`);

const accepts = (port: number): Promise<boolean> => new Promise((resolve) => {
  const c = connect({ host: '127.0.0.1', port }, () => { c.destroy(); resolve(true); });
  c.on('error', () => resolve(false));
});

/** Starts `npm run bridge` as a child process and resolves once its WebSocket port accepts connections. */
async function startBridge(zk: string, port: number): Promise<ChildProcess> {
  const child = spawn('node', ['node_modules/tsx/dist/cli.mjs', 'src/cli/bridge-main.ts', '--zk', zk, '--port', String(port), '--poll-ms', '300', '--allow-commands'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d) => (err += d));
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    if (child.exitCode !== null) break;
    if (await accepts(port)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  stopByPid(child);
  throw new Error(`the bridge did not listen on ${port}: ${err}`);
}

/** Stops a child by its pid (SIGTERM, as the bridge expects) and waits for it to exit. */
async function stopByPid(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) process.kill(child.pid, 'SIGKILL');
}

test.describe('live mode against a real ZooKeeper 3.8', () => {
  test.skip(missing !== null, missing ?? '');
  test.describe.configure({ timeout: 120_000 });
  let zk: RealServer | null = null;
  let bridge: ChildProcess | null = null;
  let bridgePort = 0;
  test.beforeAll(async () => {
    zk = await startRealZooKeeper(await freePort(), 60_000);
    bridgePort = await freePort();
    bridge = await startBridge(zk.connectString, bridgePort);
  });
  test.afterAll(async () => {
    await stopByPid(bridge);
    await zk?.stop();
  });

  test('connect, see the real tree, create /x in the console and see it appear; the bridge going away is shown and the view reconnects', async ({ page }) => {
    await page.goto('./');
    await page.locator('summary', { hasText: 'File' }).click();
    await page.getByRole('button', { name: 'Live ensemble' }).click();
    await page.getByLabel('Bridge address').fill(`ws://127.0.0.1:${bridgePort}`);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByTestId('live-status')).toContainText('Connected to the bridge', { timeout: 15_000 });
    await expect(page.getByTestId('live-servers')).toContainText('standalone', { timeout: 15_000 });
    await expect(page.getByRole('button', { name: /^Znode \/zookeeper,/ })).toBeVisible({ timeout: 15_000 });
    await page.getByLabel('Command').fill('create /x y');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('live-console-output')).toContainText('Created /x', { timeout: 15_000 });
    const x = page.getByRole('button', { name: /^Znode \/x, 0 children/ });
    await expect(x).toBeVisible({ timeout: 15_000 });
    await x.click();
    await expect(page.getByTestId('live-stat')).toContainText('dataLength');
    await expect(page.getByTestId('live-tree')).toContainText('= y');
    // The lock demo: a holds /locks, b queues behind it, and takes it when a releases.
    const lock = page.getByTestId('live-lock');
    await page.getByRole('button', { name: 'Acquire (a)' }).click();
    await expect(lock.locator('li').nth(0)).toContainText('holds the lock', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Acquire (b)' }).click();
    await expect(lock.locator('li').nth(1)).toContainText('waiting as', { timeout: 15_000 });
    await page.screenshot({ path: 'test-results/live-connected.png', fullPage: true });
    await page.getByRole('button', { name: 'Release (a)' }).click();
    await expect(lock.locator('li').nth(1)).toContainText('holds the lock', { timeout: 15_000 });

    await stopByPid(bridge);
    await expect(page.getByTestId('live-status')).toContainText('No bridge at', { timeout: 15_000 });
    bridge = await startBridge(zk!.connectString, bridgePort);
    await expect(page.getByTestId('live-status')).toContainText('Connected to the bridge', { timeout: 30_000 });
    await expect(x).toBeVisible({ timeout: 15_000 });
  });
});
