/**
 * The election presets run headless and show what their explanations promise (reference §1, §2).
 */
import { describe, expect, it } from 'vitest';
import { marksOf, runPreset } from './run-preset.test-helper';

describe('election presets', () => {
  it('fresh-start-3: equal zxids, so the highest myid (3) leads epoch 1 after finalizeWait; 1 and 2 switch their votes to 3', () => {
    const run = runPreset('fresh-start-3');
    expect(run.violations).toEqual([]);
    const s = run.snapshots.elected;
    expect(s.leader).toBe(3);
    expect(s.servers['1'].mode).toBe('follower');
    expect(s.servers['2'].mode).toBe('follower');
    for (const sid of ['1', '2', '3']) expect(s.servers[sid]).toMatchObject({ currentEpoch: 1, acceptedEpoch: 1 });
    for (const sid of [1, 2]) expect(marksOf(run, 'fle.vote.adopt', sid).some((m) => m.args.leader === 3)).toBe(true);
    const decided = marksOf(run, 'fle.decided', 3)[0];
    expect(decided.time).toBeGreaterThanOrEqual(200);
    expect(decided.time).toBeLessThan(400);
    for (const sid of [1, 2]) expect(marksOf(run, 'zab.sync.diff', 3).some((m) => m.args.to === sid)).toBe(true);
  });

  it('fresh-start-5: server 5 leads epoch 1 and all four others follow', () => {
    const run = runPreset('fresh-start-5');
    expect(run.violations).toEqual([]);
    const s = run.snapshots.elected;
    expect(s.leader).toBe(5);
    for (const sid of ['1', '2', '3', '4']) expect(s.servers[sid]).toMatchObject({ mode: 'follower', currentEpoch: 1 });
  });

  it('late-joiner: 1 and 2 elect 2; server 3 follows 2 through outofelection and checkLeader, adopting round 1', () => {
    const run = runPreset('late-joiner');
    expect(run.violations).toEqual([]);
    expect(run.snapshots['servers 1 and 2 running']).toMatchObject({ leader: 2, servers: { 3: { mode: 'stopped' } } });
    expect(run.snapshots['server 3 joined']).toMatchObject({ leader: 2, servers: { 1: { mode: 'follower' }, 3: { mode: 'follower', currentEpoch: 1 } } });
    expect(marksOf(run, 'fle.vote.adopt', 1).some((m) => m.args.leader === 2)).toBe(true);
    expect(marksOf(run, 'fle.following.outofelection', 3).length).toBeGreaterThan(0);
    const joined = marksOf(run, 'fle.decided', 3);
    expect(joined).toHaveLength(1);
    expect(joined[0].args).toMatchObject({ leader: 2, round: 1, state: 'FOLLOWING' });
    expect(joined[0].time).toBeGreaterThan(3000);
  });

  it('leader-crash: after 3 dies, 2 leads epoch 2 in round 2, the next write is 0x200000001, and 3 rejoins by DIFF', () => {
    const run = runPreset('leader-crash');
    expect(run.violations).toEqual([]);
    expect(run.snapshots['before the crash']).toMatchObject({ leader: 3, servers: { 3: { zxid: '0x100000002' } } });
    const after = run.snapshots['after re-election'];
    expect(after).toMatchObject({ leader: 2, servers: { 1: { mode: 'follower', currentEpoch: 2 }, 3: { mode: 'stopped' } } });
    expect(marksOf(run, 'fle.decided', 2).at(-1)!.args).toMatchObject({ round: 2, leader: 2, state: 'LEADING' });
    const back = run.snapshots['old leader back'];
    expect(back.leader).toBe(2);
    for (const sid of ['1', '2', '3']) expect(back.servers[sid]).toMatchObject({ zxid: '0x200000001', currentEpoch: 2 });
    expect(marksOf(run, 'zab.sync.diff', 2).some((m) => m.args.to === 3)).toBe(true);
  });

  it('epoch-zxid-beats-sid: server 3 adopts server 1\'s vote for its higher peerEpoch, and 1 leads epoch 3', () => {
    const run = runPreset('epoch-zxid-beats-sid');
    expect(run.violations).toEqual([]);
    expect(run.snapshots['epoch 2 written']).toMatchObject({ leader: 2, servers: { 1: { zxid: '0x200000002' } } });
    const adopt = marksOf(run, 'fle.vote.adopt', 3).filter((m) => m.time >= 8000);
    expect(adopt.map((m) => m.args.leader)).toEqual([1]);
    expect(adopt[0].args).toMatchObject({ oldLeader: 3, peerEpoch: 2, oldPeerEpoch: 1 });
    expect(run.snapshots['after the restart']).toMatchObject({ leader: 1, servers: { 1: { currentEpoch: 3 }, 3: { mode: 'follower' } } });
  });

  it('rounds-backoff: server 1 alone doubles its wait from 200 ms; server 3 jumps to round 2 and 1 ignores 3\'s round 1', () => {
    const run = runPreset('rounds-backoff');
    expect(run.violations).toEqual([]);
    const waits = marksOf(run, 'fle.poll.connectAll', 1).filter((m) => m.time < 30000).map((m) => m.args.timeoutMs);
    expect(waits.slice(0, 5)).toEqual([200, 400, 800, 1600, 3200]);
    expect(run.snapshots['server 1 alone'].leader).toBeNull();
    expect(marksOf(run, 'fle.round.jump', 3)[0].args).toMatchObject({ from: 1, fromRound: 1, toRound: 2 });
    expect(marksOf(run, 'fle.round.lower', 1)[0].args).toMatchObject({ from: 3, round: 1, logicalclock: 2 });
    expect(run.snapshots['server 3 joined']).toMatchObject({ leader: 1, servers: { 1: { currentEpoch: 2 }, 3: { mode: 'follower' } } });
  });
});
