/**
 * The lock demo presets (issue 18): each does what its explanation promises.
 */
import { describe, expect, it } from 'vitest';
import { runPreset } from './run-preset.test-helper';

const holding = (lines: string[]) => lines.filter((l) => l.includes('is the lowest: holding the lock'));
const notified = (lines: string[]) => lines.filter((l) => l.startsWith('notified:'));

describe('lock demo presets', () => {
  it('lock-queue: each release wakes exactly one waiter, who then holds the lock, in order alice, bob, carol, dave', () => {
    const run = runPreset('lock-queue');
    expect(run.violations).toEqual([]);
    const c = run.clients;
    for (const name of ['alice', 'bob', 'carol', 'dave']) expect(holding(c[name])).toHaveLength(1);
    expect(notified(c.alice)).toEqual([]);
    expect(notified(c.bob)).toEqual(['notified: NodeDeleted /locks/lock-0000000000']);
    expect(notified(c.carol)).toEqual(['notified: NodeDeleted /locks/lock-0000000001']);
    expect(notified(c.dave)).toEqual(['notified: NodeDeleted /locks/lock-0000000002']);
  });

  it('lock-holder-dies: nobody is woken until alice\'s session expires 30 s later; its closeSession deletes the node and bob takes the lock', () => {
    const run = runPreset('lock-holder-dies');
    expect(run.violations).toEqual([]);
    expect(run.clients.alice.at(-1)).toBe('(process killed)');
    const close = run.marks.find((m) => m.code === 'zab.apply' && m.args.op === 'closeSession')!;
    expect(close.time).toBeGreaterThanOrEqual(4000 + 30_000 - 2000);
    expect(close.time).toBeLessThan(42_000);
    expect(notified(run.clients.bob)).toEqual(['notified: NodeDeleted /locks/lock-0000000000']);
    expect(holding(run.clients.bob)).toHaveLength(1);
    expect(holding(run.clients.carol)).toHaveLength(1);
  });

  it('lock-herd: every release wakes every waiter still in line, and only the lowest takes the lock', () => {
    const run = runPreset('lock-herd');
    expect(run.violations).toEqual([]);
    const c = run.clients;
    for (const name of ['alice', 'bob', 'carol', 'dave']) expect(holding(c[name])).toHaveLength(1);
    // dave waited through three releases and heard of each (and of the creates after its own watch).
    expect(notified(c.dave).length).toBeGreaterThanOrEqual(3);
    expect(notified(c.dave).every((l) => l === 'notified: NodeChildrenChanged /herd')).toBe(true);
  });
});
