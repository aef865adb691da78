/**
 * End to end through the CLI: the real ZooKeeper 3.8.0 server logs inside ../shared/reference/raw/
 * (every run of ensemble-3-start-together, every phase of ensemble-3-start-1-2-then-3) are written out as
 * log files at test time and replayed with `npm run -s replay`. A phase's logs are cumulative: a server's
 * file holds everything it logged up to that phase.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const RAW = '../shared/reference/raw';
const present = existsSync(`${RAW}/ensemble-3-start-together.json`) && existsSync(`${RAW}/ensemble-3-start-1-2-then-3.json`);
if (!present) console.warn(`skipping the reference log replay: ${RAW} not found (is ../shared next to this clone?)`);

interface RecServer { mode: string; logLines?: string[] }
interface Snapshot { label?: string; leader: number; servers: Record<string, RecServer> }
interface Case { name: string; leader: number; logs: Record<string, string[]>; modes: Record<string, string> }

function cases(): Case[] {
  const out: Case[] = [];
  const together = JSON.parse(readFileSync(`${RAW}/ensemble-3-start-together.json`, 'utf8')) as { runs: { repetition: number; snapshot: Snapshot }[] };
  for (const r of together.runs) {
    const logs = Object.fromEntries(Object.entries(r.snapshot.servers).map(([id, s]) => [id, s.logLines ?? []]));
    out.push({ name: `start-together run ${r.repetition}`, leader: r.snapshot.leader, logs, modes: Object.fromEntries(Object.entries(r.snapshot.servers).map(([id, s]) => [id, s.mode])) });
  }
  const staged = JSON.parse(readFileSync(`${RAW}/ensemble-3-start-1-2-then-3.json`, 'utf8')) as { phases: Snapshot[] };
  const soFar: Record<string, string[]> = {};
  for (const p of staged.phases) {
    for (const [id, s] of Object.entries(p.servers)) soFar[id] = [...(soFar[id] ?? []), ...(s.logLines ?? [])];
    const running = Object.entries(p.servers).filter(([, s]) => s.mode !== 'stopped');
    out.push({ name: `1-2-then-3 "${p.label}"`, leader: p.leader, logs: Object.fromEntries(running.map(([id]) => [id, [...(soFar[id] ?? [])]])), modes: Object.fromEntries(running.map(([id, s]) => [id, s.mode])) });
  }
  return out;
}

const dir = present ? mkdtempSync(join(tmpdir(), 'zkscope-replay-')) : '';
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const STATE_OF_MODE: Record<string, string> = { leader: 'LEADING', follower: 'FOLLOWING', observer: 'OBSERVING' };

function replayCli(files: string[]): { servers: Record<string, { state: string; leader: number | null; round: number | null }>; notifications: number; unparsedLines: number } {
  const out = execFileSync('npm', ['run', '-s', 'replay', '--', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out);
}

describe.skipIf(!present)('replaying the real ZooKeeper 3.8.0 logs of the reference recordings', () => {
  for (const c of present ? cases() : []) {
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
