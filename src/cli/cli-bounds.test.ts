/**
 * The CLIs' command lines (issue 11, issue 14 point 7): `--help` prints the usage and exits 0 without
 * running anything; an unknown option exits 2 with the usage; `sim` and `zkcli` are bounded (by default
 * too) and name the bound they reach; validation refuses a run too long for its bound, and deep or odd
 * JSON gets one line per problem, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'zkscope-cli-'));
let n = 0;
const file = (text: string, ext = 'json'): string => {
  const path = join(dir, `f${n++}.${ext}`);
  writeFileSync(path, text);
  return path;
};
const run = (script: string, args: string[]) => {
  const r = spawnSync('node', ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const SCRIPTS = { sim: 'src/cli/sim-main.ts', zkcli: 'src/cli/zkcli-main.ts', replay: 'src/cli/replay-main.ts', bridge: 'src/cli/bridge-main.ts', bench: 'bench/run.ts' };

const ensemble = (n: number, tickTime: number, until: number) => JSON.stringify({
  format: 'zkscope/scenario', version: 1, seed: 1, servers: Array.from({ length: n }, (_, i) => ({ id: i + 1 })),
  config: { tickTime, initLimit: 10, syncLimit: 5 }, events: Array.from({ length: n }, (_, i) => ({ at: 0, do: 'start', server: i + 1 })), until,
});

describe('every CLI', () => {
  it.each(Object.entries(SCRIPTS))('%s --help prints the usage and exits 0; an unknown option exits 2 with the usage', (name, script) => {
    const help = run(script, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run/);
    const bad = run(script, ['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${name}: unknown option --frobnicate`);
    expect(bad.stderr).toMatch(/usage: npm run/);
  }, 60_000);
});

describe('sim and zkcli are bounded', () => {
  it('the 3-server file at tickTime 2 until 86 400 000 (which ran 15 minutes) is refused at once, saying why', () => {
    const r = run(SCRIPTS.sim, [file(ensemble(3, 2, 86_400_000))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/until: 86400000 ms at config\.tickTime 2 ms with 3 servers is about 518400000 simulation steps .* more than the 10000000 a run may take; allowed: a larger config\.tickTime or a smaller until \(at most 1666666 ms at this tickTime\)/);
  }, 60_000);
  it('51 voters at tickTime 2 are refused at once too', () => {
    const r = run(SCRIPTS.sim, [file(ensemble(51, 2, 600_000))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/with 51 servers is about 61200000 simulation steps/);
  }, 60_000);
  it('a run past --max-steps exits 2 naming the bound, and nothing on stdout', () => {
    const r = run(SCRIPTS.sim, [file(ensemble(3, 100, 2_000_000)), '--max-steps', '1000']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/stopped after 1000 simulation steps \(--max-steps 1000\) at virtual time \d+ ms/);
  }, 60_000);
  it('a run past --max-ms exits 2 naming the bound', () => {
    const r = run(SCRIPTS.sim, [file(ensemble(3, 100, 2_000_000)), '--max-ms', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/stopped after 1 ms of wall-clock time \(--max-ms 1\)/);
  }, 60_000);
  it('a bad bound exits 2 with the usage', () => {
    const r = run(SCRIPTS.sim, [file(ensemble(3, 2000, 1000)), '--max-steps', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sim: --max-steps needs a whole number from 1 to 1000000000, got "lots"');
  }, 60_000);
  it('zkcli past --max-steps exits 2 naming the bound', () => {
    const r = run(SCRIPTS.zkcli, [file('A: <start zkCli -timeout 30000>\nA: ls /\n#sleep 600000\nA: ls /\n', 'txt'), '--max-steps', '50']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/zkcli: .*stopped after 50 simulation steps \(--max-steps 50\)/);
  }, 60_000);
});

describe('sim on JSON nested 100 000 deep', () => {
  const deep = (open: string, close: string) => `${open.repeat(100_000)}${close.repeat(100_000)}`;
  it.each([
    ['a top-level array', deep('[', ']'), /the scenario must be a JSON object, not \[\[\[\[…\]\]\]\]/],
    ['a field', `{"format":"zkscope/scenario","version":1,"seed":${deep('[', ']')}}`, /seed: is \[\[\[\[…\]\]\]\]; allowed/],
    ['an object chain', `{"format":"zkscope/scenario","version":1,"servers":${deep('{"a":', '}').replace('{"a":}', '{"a":1}')}}`, /servers: is \{"a":\{"a":\{"a":\{…\}\}\}\}; allowed/],
  ])('in %s exits 2 with one line per problem, no stack trace', (_what, text, problem) => {
    const r = run(SCRIPTS.sim, [file(text)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(problem);
    expect(r.stderr).not.toMatch(/RangeError|\n\s+at /);
  }, 60_000);
});
