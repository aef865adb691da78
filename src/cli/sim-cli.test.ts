import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'zkscope-sim-'));

function sim(doc: unknown): { code: number | null; stdout: string; stderr: string } {
  const file = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  const r = spawnSync('node', ['--import', 'tsx', 'src/cli/sim-main.ts', file], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scenario = {
  format: 'zkscope/scenario', version: 1, title: 'cli', seed: 9,
  servers: [{ id: 1 }, { id: 2 }, { id: 3 }],
  events: [
    { at: 0, do: 'start', server: 1 }, { at: 0, do: 'start', server: 2 }, { at: 0, do: 'start', server: 3 },
    { at: 3000, do: 'client', session: 'c1', command: 'create /k1 one' },
    { at: 5000, do: 'snapshot', label: 'done' },
  ],
  until: 6000,
};

describe('npm run -s sim (cli-contract.md §2)', () => {
  it('prints one JSON outcome and exits 0; the same file twice gives byte-identical output', () => {
    const a = sim(scenario);
    const b = sim(scenario);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const out = JSON.parse(a.stdout);
    expect(out.snapshots[0]).toMatchObject({ label: 'done', at: 5000, leader: 3 });
    expect(out.clients).toEqual({ c1: ['Created /k1'] });
  }, 30_000);

  it('names, per learner sync, the mode and the branch of LearnerHandler.syncFollower with the zxids it logged (issue 16)', () => {
    const out = JSON.parse(sim({ ...scenario, events: [...scenario.events, { at: 5500, do: 'stop', server: 1 }, { at: 5600, do: 'start', server: 1 }], until: 9000 }).stdout);
    expect(out.syncs.slice(0, 2).map((x: { learner: number; mode: string; path: string }) => [x.learner, x.mode, x.path]).sort()).toEqual([[1, 'DIFF', 'inSync'], [2, 'DIFF', 'inSync']]);
    expect(out.syncs.at(-1)).toEqual({
      at: expect.any(Number), leader: 3, learner: 1, mode: 'DIFF', path: 'inSync',
      peerLastZxid: '0x100000002', minCommittedLog: '0x100000001', maxCommittedLog: '0x100000002', lastProcessedZxid: '0x100000002',
      log: ['On disk txn sync enabled with snapshotSizeFactor 0.33',
        'Synchronizing with Learner sid: 1 maxCommittedLog=0x100000002 minCommittedLog=0x100000001 lastProcessedZxid=0x100000002 peerLastZxid=0x100000002',
        'Sending DIFF zxid=0x100000002 for peer sid: 1'],
    });
  }, 30_000);

  it('a malformed scenario exits 2 with one line per problem on stderr, naming the field, and nothing on stdout', () => {
    const r = sim({ ...scenario, seed: 'x', servers: [{ id: 0 }] });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n').filter((l) => !l.includes('npm warn'));
    expect(lines.some((l) => l.includes('seed: is "x"'))).toBe(true);
    expect(lines.some((l) => l.includes('servers[0].id: is 0'))).toBe(true);
  }, 30_000);

  it('a file that is not JSON exits 2 and says so', () => {
    const r = sim('not json at all');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON/);
  }, 30_000);
});
