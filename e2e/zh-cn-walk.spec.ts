/**
 * The zh-CN walk (issue 14, point 5): switch the app to 简体中文, visit every screen — each workspace tab,
 * every panel, menu and dialog, classroom, phone, a tour step, a notice — and fail on any visible English
 * word (text, aria-label, title, placeholder) that is not on the allowlist below.
 */
import { expect, test, type Page } from '@playwright/test';
import { englishWords, visibleTexts } from './visible-words';

// The allowlist: words that stay Latin in the Chinese UI on purpose, each group with its reason.
const ALLOWED = new Set<string>([
  // ZooKeeper's server states, as its logs and four-letter words print them (STOPPED: a process not running).
  'LOOKING', 'FOLLOWING', 'LEADING', 'OBSERVING', 'STOPPED',
  // Zab's packet types and FastLeaderElection's notification, named as in ZooKeeper's code.
  'NOTIFICATION', 'FOLLOWERINFO', 'LEADERINFO', 'ACKEPOCH', 'DIFF', 'SNAP', 'TRUNC', 'NEWLEADER', 'UPTODATE',
  'PROPOSAL', 'ACK', 'COMMIT', 'PING',
  // ZooKeeper's own terms, which Chinese ZooKeeper material writes in Latin letters (design.md: ZooKeeper's
  // names for ZooKeeper's concepts).
  'Zab', 'Leader', 'Follower', 'Learner', 'Observer', 'quorum', 'epoch', 'zxid', 'myid', 'znode', 'Znode', 'id', 'ID',
  'watch', 'Watch', 'Watcher', 'ACL', 'digest', 'cdrwa', 'TTL', 'stat',
  // The pseudo-code of FastLeaderElection.lookForLeader: its keywords and the method's variable names; a
  // notification's fields as its toString names them (leader, state; the others are camelCase).
  'if', 'elif', 'else', 'while', 'null', 'logicalclock', 'recvset', 'outofelection', 'proposal', 'state', 'leader',
  // zkCli commands, client states and the signals a server is stopped with, as typed and printed.
  'create', 'exists', 'ls', 'CONNECTED', 'KILL', 'TERM',
  // The znodes ZooKeeper creates itself (/zookeeper/quota, /zookeeper/config), shown by name in the tree.
  'zookeeper', 'quota', 'config',
  // Fields of a scenario file, named in the validator's problems as the file spells them.
  'version', 'servers', 'until',
  // The replay search's field names, typed as they are (server:3 state:LEADING).
  'server', 'round', 'text',
  // Abbreviations of acceptedEpoch / currentEpoch under each server, where the drawing has no room (the
  // server's accessible name spells them out).
  'acc', 'cur',
  // Key names, as printed on the keys.
  'Space', 'Delete', 'Tab',
  // Protocols, file formats and units.
  'TCP', 'JSON', 'PNG', 'SVG', 'Markdown', 'logback', 'ms',
  // The app's name, and the Language control, which stays readable to whoever needs to switch back.
  'zkscope', 'Language', 'English',
]);

/** What the walk found: each English word with the first place and text it was seen in. */
class Walk {
  readonly found = new Map<string, string>();
  constructor(private readonly page: Page) {}

  /** Reads the screen as it is now, under the name `where`. */
  async look(where: string): Promise<void> {
    for (const text of await visibleTexts(this.page)) {
      for (const w of englishWords(text, ALLOWED)) if (!this.found.has(w)) this.found.set(w, `${where}: ${text.slice(0, 120)}`);
    }
  }

  /** Fails with every English word found, and where. */
  check(): void {
    console.log(JSON.stringify(Object.fromEntries(this.found), null, 1));
    expect(Object.fromEntries(this.found)).toEqual({});
  }
}

/** Opens the app in English and switches it to 简体中文 through the Language control, as a user would. */
async function openInChinese(page: Page, path = './'): Promise<Walk> {
  await page.goto(path);
  await page.getByRole('combobox', { name: /Language/ }).selectOption('zh-CN');
  await expect(page.getByRole('button', { name: /^服务器 1，/ })).toBeVisible();
  return new Walk(page);
}

/** Plays at full speed until a leader is elected, then pauses. */
async function playToLeader(page: Page): Promise<void> {
  await page.getByRole('slider', { name: '速度' }).fill('0');
  await page.getByRole('button', { name: '播放', exact: true }).click();
  await expect(page.getByRole('button', { name: /^服务器 \d+，LEADING/ })).toHaveCount(1, { timeout: 15_000 });
  await page.getByRole('button', { name: '暂停', exact: true }).click();
}

const openMenu = (page: Page, name: string) => page.locator('summary', { hasText: name }).click();

test.describe.configure({ timeout: 120_000 });

test('zh-CN walk: the cluster view, every panel, menu and dialog around it', async ({ page }) => {
  const walk = await openInChinese(page);
  await walk.look('start');
  // Play in slow motion until a notification is on its way, pause, and open its card.
  const notifications = page.getByRole('button', { name: /^NOTIFICATION，从服务器/ });
  await page.getByRole('slider', { name: '速度' }).fill('-2.6');
  await page.getByRole('button', { name: '播放', exact: true }).click();
  await expect(notifications.first()).toBeVisible();
  await page.getByRole('button', { name: '暂停', exact: true }).click();
  await notifications.first().press('Enter');
  await walk.look('a message card');
  await page.getByRole('button', { name: '图例' }).click();
  await walk.look('legend');
  await page.getByRole('button', { name: '图例' }).click();
  await playToLeader(page);
  await walk.look('leader elected');
  await openMenu(page, '面板');
  for (const box of await page.getByRole('group', { name: '面板' }).getByRole('checkbox').all()) await box.check();
  await walk.look('panels menu, every panel open');
  await openMenu(page, '面板');
  // Acting while rewound makes a branch: the branch menu appears.
  await page.getByRole('slider', { name: '时间轴' }).fill('100');
  await page.getByRole('button', { name: /^服务器 1，/ }).press('Enter');
  await walk.look('server 1 selected');
  await page.getByRole('button', { name: '停止（KILL）' }).click();
  await expect(page.getByRole('combobox', { name: '分支' })).toBeVisible();
  await walk.look('a branch');
  await page.getByRole('button', { name: /^链路 1–2/ }).click();
  await walk.look('link 1–2 cut');
  await page.getByRole('button', { name: '场景' }).first().click();
  await expect(page.getByRole('menu')).toBeVisible();
  await walk.look('Scenarios menu');
  await page.keyboard.press('Escape');
  await openMenu(page, '文件');
  await walk.look('File menu (export, real ZooKeeper)');
  await openMenu(page, '文件');
  await page.getByRole('button', { name: '分享' }).click();
  await walk.look('share');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await walk.look('shortcuts dialog');
  await page.keyboard.press('Escape');
  const bad = { format: 'zkscope/scenario', version: 2, servers: [{ id: 0 }], until: -1 };
  await page.getByTestId('scenario-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByRole('alert').filter({ hasText: '无法打开该文件' })).toBeVisible();
  await walk.look('open file: problems');
  walk.check();
});

test('zh-CN walk: Predict, a tour step, classroom, a broken link and the phone', async ({ page }) => {
  const walk = await openInChinese(page);
  await page.getByText('题目', { exact: true }).click();
  await walk.look('Predict questions');
  await page.getByText('题目', { exact: true }).click();
  await page.getByRole('switch', { name: '预测' }).click();
  await page.getByRole('button', { name: '播放', exact: true }).click();
  const card = page.getByTestId('predict-card');
  await expect(card).toBeVisible();
  await walk.look('Predict card');
  await card.getByRole('button').first().click();
  await expect(card.getByRole('status')).toBeVisible();
  await walk.look('Predict revealed');
  await card.getByRole('button', { name: '继续' }).click();
  await page.getByRole('switch', { name: '预测' }).click();

  await page.getByRole('button', { name: '场景' }).first().click();
  await page.getByRole('menuitem', { name: /^Leader 崩溃/ }).click();
  await page.getByRole('button', { name: /开始导览/ }).click();
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await expect(page.getByTestId('tour')).toContainText('导览第 2 步');
  await walk.look('tour step 2');
  await page.getByRole('button', { name: '课堂模式' }).click();
  await expect(page.locator('html')).toHaveClass(/classroom/);
  await walk.look('classroom');
  await page.getByRole('button', { name: '课堂模式' }).click();

  await page.goto('./#s=garbage');
  await expect(page.getByRole('alert').first()).toBeVisible();
  await walk.look('a broken link');
  await page.goto('./?embed=1');
  await expect(page.getByRole('button', { name: /^服务器 1，/ })).toBeVisible();
  await walk.look('embed');
  await page.setViewportSize({ width: 390, height: 844 });
  const tabs = page.getByRole('tablist', { name: '面板' }).getByRole('tab');
  for (const tab of await tabs.all()) {
    await tab.click();
    await walk.look(`phone, ${await tab.textContent()}`);
  }
  walk.check();
});

test('zh-CN walk: Znodes & clients, the lock demo and Break it', async ({ page }) => {
  const walk = await openInChinese(page);
  await playToLeader(page);
  await page.getByRole('tab', { name: 'Znode 与客户端' }).click();
  await walk.look('Znodes & clients');
  await page.getByLabel('连接到').selectOption('1');
  await page.getByRole('button', { name: '打开客户端' }).click();
  await expect(page.getByRole('row', { name: /^c1 / })).toContainText('CONNECTED');
  const input = page.getByRole('textbox', { name: 'zkCli 命令' });
  // Znode data is the user's text: numbers, so the walk needs no allowlist for it.
  for (const line of ['create /a 1', 'get -w /a', 'set /a 2']) {
    await input.fill(line);
    await input.press('Enter');
  }
  await page.getByRole('treeitem', { name: '/a', exact: true }).click();
  await walk.look('client console and stat');
  await page.getByRole('tab', { name: '分布式锁演示' }).click();
  const demo = page.getByRole('region', { name: '分布式锁演示' });
  for (let i = 0; i < 2; i++) {
    await demo.getByRole('button', { name: '添加客户端' }).click();
    await demo.getByRole('button', { name: '添加羊群客户端' }).click();
  }
  await expect(demo.getByRole('listitem', { name: '客户端 2', exact: true })).toBeVisible();
  await walk.look('lock demo');
  await page.getByRole('tab', { name: '弄坏它' }).click();
  await walk.look('Break it');
  await page.getByRole('combobox', { name: '种子数' }).selectOption({ index: 0 });
  await page.getByRole('button', { name: '运行', exact: true }).click();
  await expect(page.getByRole('progressbar', { name: '已检查的种子' })).toHaveAttribute('aria-valuenow', '100', { timeout: 90_000 });
  await walk.look('Break it findings');
  walk.check();
});

test('zh-CN walk: replay server logs (dialog, lines not understood, search) and the live ensemble', async ({ page }) => {
  const walk = await openInChinese(page);
  await openMenu(page, '文件');
  await page.getByRole('button', { name: '打开服务器日志…' }).click();
  const dialog = page.getByRole('dialog', { name: '回放日志' });
  await expect(dialog).toBeVisible();
  await dialog.getByText('改为粘贴日志').click();
  await walk.look('replay dialog');
  const log = [
    '2023-05-01 10:00:00,000 [myid:1] - INFO  [QuorumPeer[myid=1](plain=0.0.0.0:2181)(secure=disabled):QuorumPeer@1371] - LOOKING',
    '',
    'a stray line',
  ].join('\n');
  await dialog.getByLabel('文件名').fill('one.log');
  await dialog.getByLabel('日志内容').fill(log);
  await dialog.getByRole('button', { name: '添加粘贴的日志' }).click();
  await walk.look('replay dialog, a file staged');
  await dialog.getByRole('button', { name: '回放', exact: true }).click();
  const banner = page.getByTestId('replay-banner');
  await expect(banner).toBeVisible();
  await banner.getByTestId('unparsed').locator('summary').click();
  await walk.look('replay: lines not understood');
  const search = page.getByRole('searchbox');
  // A field the search does not know (the query is the user's text).
  await search.fill('颜色:红');
  await search.press('Enter');
  await walk.look('replay: search');
  await openMenu(page, '文件');
  await page.getByRole('button', { name: '实时集群' }).click();
  await walk.look('live ensemble');
  walk.check();
});
