/**
 * End to end through the CLI: the real ZooKeeper 3.8.0 server logs inside ../shared/reference/raw/
 * (every run of ensemble-3-start-together, every phase of ensemble-3-start-1-2-then-3) are written out as
 * log files at test time and replayed with `npm run -s replay`. A phase's logs are cumulative: a server's
 * file holds everything it logged up to that phase.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { referenceCases, referencePresent as present } from './reference-cases.test-helper.ts';

if (!present) console.warn('skipping the reference log replay: ../shared/reference/raw not found (is ../shared next to this clone?)');
const cases = referenceCases;

const dir = present ? mkdtempSync(join(tmpdir(), 'zkscope-replay-')) : '';
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const STATE_OF_MODE: Record<string, string> = { leader: 'LEADING', follower: 'FOLLOWING', observer: 'OBSERVING' };

function replayCli(files: string[]): { servers: Record<string, { state: string; leader: number | null; round: number | null }>; notifications: number; unparsedLines: number } {
  const out = execFileSync('npm', ['run', '-s', 'replay', '--', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out);
}

describe.skipIf(!present)('replaying the real ZooKeeper 3.8.0 logs of the reference recordings', () => {
  for (const c of cases()) {
    it(`${c.name}: every server's state, leader ${c.leader}, round 1, and every notification`, () => {
      const files = Object.entries(c.logs).map(([id, lines]) => {
        const file = join(dir, `${c.name.replace(/\W+/g, '_')}-s${id}.log`);
        writeFileSync(file, `${lines.join('\n')}\n`);
        return file;
      });
      const result = replayCli(files);
      const expected = Object.fromEntries(Object.entries(c.modes).map(([id, mode]) => [id, { state: STATE_OF_MODE[mode], leader: c.leader, round: 1 }]));
      expect(result.servers).toEqual(expected);
      const notificationLines = Object.values(c.logs).flat().filter((l) => l.includes('Notification: my state:')).length;
      expect(result.notifications).toBe(notificationLines);
      expect(result.unparsedLines).toBe(0);
    }, 30000);
  }
});

describe('the replay command on a note with pasted logs (seed 002)', () => {
  it('reads server 3\'s section as pasted: FOLLOWING leader 2, 23 notifications, the layout and what it skipped', () => {
    const note = readFileSync('src/ui/replay/samples/seed-002-late-joiner.txt', 'utf8').split('\n');
    const file = join(dir || mkdtempSync(join(tmpdir(), 'zkscope-replay-')), 'server3-section.md');
    writeFileSync(file, note.slice(note.indexOf('server3:'), note.indexOf('server2:')).join('\n'));
    const out = JSON.parse(execFileSync('npm', ['run', '-s', 'replay', '--', file], { encoding: 'utf8' }));
    expect(out).toEqual({ servers: { '3': { state: 'FOLLOWING', leader: 2, round: 1 } }, notifications: 23, unparsedLines: 0, layouts: [{ file, layout: 'zookeeper' }], clockShifts: [], skippedLines: 34 });
    // 34 skipped: the heading, 4 fences, 1 comment and 28 blank lines.
  }, 30000);
});

describe('the replay command on bad input', () => {
  it('exits 2 with one line per problem', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npm', ['run', '-s', 'replay', '--', 'README.md', 'no-such-file.log'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(status).toBe(2);
    const lines = stderr.split('\n').filter((l) => l.startsWith('replay: '));
    expect(lines).toEqual(['replay: cannot read log file "no-such-file.log": ENOENT', expect.stringMatching(/^replay: README\.md: not a ZooKeeper server log/)]);
  }, 30000);
});
