import { describe, expect, it } from 'vitest';
import type { Peer } from '../engine/peer/state';
import { makeZxid, zxidHex } from '../engine/zxid';
import { PRESET_IDS, presetScenario, type ScenarioPresetId } from '../scenario/presets/index';
import { cellsOf, viewHistories, type ServerHistory } from './frame-history';
import { createWorld, runUntil, type World } from '../sim/world';

/** The cells a history's runs stand for, one per zxid. */
function expand(h: ServerHistory) {
  return h.runs.flatMap((r) => {
    const out = [];
    for (let c = r.first; c <= r.last; c++) out.push({ zxid: zxidHex(makeZxid(r.epoch, c)), state: r.state, onDisk: r.onDisk, acks: r.acks });
    return out;
  });
}

const hex = (z: bigint) => zxidHex(z);

/** Checks one server's history against its disk and memory, property by property. */
function checkAgainstEngine(p: Peer, h: ServerHistory, leader: Peer | undefined): void {
  const cells = expand(h);
  const where = `server ${p.sid}`;
  // Disk: exactly the txn log, in order, and the snapshot and epoch files.
  expect(cells.filter((c) => c.onDisk).map((c) => c.zxid), where).toEqual(p.disk.txnLog.map((t) => hex(t.zxid)));
  expect(h.snapshot, where).toBe(p.disk.snapshot ? hex(p.disk.snapshot.lastProcessedZxid) : null);
  expect([h.currentEpoch, h.acceptedEpoch], where).toEqual([p.disk.currentEpoch, p.disk.acceptedEpoch]);
  const mem = p.mem;
  expect(h.running, where).toBe(mem !== null);
  if (!mem) {
    // Stopped: the disk stays, memory is gone, nobody knows what was committed.
    expect(cells.every((c) => c.onDisk && c.state === 'logged'), where).toBe(true);
    expect([h.lastProcessedZxid, h.committedLog, h.sync], where).toEqual([null, null, null]);
    return;
  }
  const last = mem.db.lastProcessedZxid;
  expect(h.lastProcessedZxid, where).toBe(hex(last));
  const log = mem.db.committedLog;
  expect(h.committedLog, where).toEqual(log.length ? { min: hex(log[0].zxid), max: hex(log[log.length - 1].zxid), count: log.length } : null);
  const snap = p.disk.snapshot?.lastProcessedZxid ?? -1n;
  const logged = new Set(p.disk.txnLog.map((t) => t.zxid));
  const inMemoryOnly = new Set([
    ...(mem.learner?.packetsNotCommitted ?? []).map((t) => t.zxid),
    ...log.filter((t) => t.zxid > snap).map((t) => t.zxid),
  ].filter((z) => !logged.has(z)).map(hex));
  expect(new Set(cells.filter((c) => !c.onDisk).map((c) => c.zxid)), where).toEqual(inMemoryOnly);
  // A SNAP held in memory until NEWLEADER: the old log on disk no longer describes the tree.
  const snapPending = mem.learner?.syncMode === 'SNAP' && !mem.learner.newLeaderSeen;
  expect(h.snapshotInMemory, where).toBe(snapPending ? hex(last) : null);
  for (const c of cells) {
    const z = BigInt(c.zxid);
    const expected = snapPending && c.onDisk ? 'logged' : z <= last ? 'applied' : c.state === 'committed' ? 'committed' : 'proposed';
    expect(c.state, `${where} ${c.zxid}`).toBe(expected);
  }
  for (const o of mem.leader?.outstanding.values() ?? []) {
    const cell = cells.find((c) => c.zxid === hex(o.proposal.zxid));
    expect(cell, `${where} outstanding ${hex(o.proposal.zxid)}`).toMatchObject({ state: 'proposed', acks: [...o.acks].sort((a, b) => a - b) });
  }
  for (const t of mem.learner?.pendingTxns ?? []) {
    const cell = cells.find((c) => c.zxid === hex(t.zxid));
    const known = mem.learner!.packetsCommitted.includes(t.zxid) ? 'committed' : 'proposed';
    if (snapPending) continue;
    expect(cell?.state, `${where} pending ${hex(t.zxid)}`).toBe(t.zxid <= last ? 'applied' : known);
  }
  const decided = leader?.mem?.leader?.handlers.get(p.sid)?.sync;
  if (h.sync) expect([h.sync.mode, h.sync.path, h.sync.peerLastZxid], where).toEqual([decided?.mode, decided?.path, hex(decided!.peerLastZxid)]);
  if (h.sync) expect(mem.learner?.syncMode ?? h.sync.mode, where).toBe(h.sync.mode);
}

/** Runs a preset, checking every server's history after every step; returns the steps checked. */
function checkPreset(id: ScenarioPresetId, onStep?: (w: World, hs: ServerHistory[]) => void): number {
  const scenario = presetScenario(id);
  const w = createWorld(scenario);
  let steps = 0;
  w.onStep = (world) => {
    const hs = viewHistories(world);
    const peers = [...world.state.peers.values()];
    const leader = peers.find((p) => p.mem?.leader);
    for (const h of hs) checkAgainstEngine(world.state.peers.get(h.sid)!, h, leader);
    onStep?.(world, hs);
    steps++;
  };
  runUntil(w, scenario.until);
  return steps;
}

const zxidsOf = (h: ServerHistory | undefined) => (h ? expand(h).map((c) => c.zxid) : []);

describe('issue 13: the history view of every frame is the engine state at that step', () => {
  for (const id of PRESET_IDS) {
    it(`${id}: every server's log cells, snapshot, epochs and committedLog match disk and memory after every step`, () => {
      expect(checkPreset(id)).toBeGreaterThan(0);
    }, 120_000);
  }

  it('sync-trunc: server 3 loses the uncommitted 0x100000003 when TRUNC arrives, and the sync is named TRUNC', () => {
    const seen: string[][] = [];
    let mode: string | null = null;
    checkPreset('sync-trunc', (_w, hs) => {
      const h3 = hs.find((h) => h.sid === 3);
      if (h3?.running) seen.push(zxidsOf(h3));
      if (h3?.sync) mode = h3.sync.mode;
    });
    expect(seen.some((z) => z.includes('0x100000003'))).toBe(true);
    expect(seen[seen.length - 1]).not.toContain('0x100000003');
    expect(mode).toBe('TRUNC');
  });

  it('sync-diff: the returning follower gains the leader\'s proposals by DIFF', () => {
    let before: number | null = null;
    let after = 0;
    let mode: string | null = null;
    checkPreset('sync-diff', (_w, hs) => {
      for (const h of hs) {
        if (h.sync?.mode !== 'DIFF' || h.sync.path === 'inSync') continue;
        mode = 'DIFF';
        if (before === null) before = expand(h).length;
        after = expand(h).length;
      }
    });
    expect(mode).toBe('DIFF');
    expect(after).toBeGreaterThan(before ?? Infinity);
  });

  it('sync-snap: a snapshot marker replaces the learner\'s cells', () => {
    let snapped: ServerHistory | null = null;
    checkPreset('sync-snap', (_w, hs) => {
      for (const h of hs) if (h.sync?.mode === 'SNAP') snapped = h;
    });
    expect(snapped).not.toBeNull();
    const h = snapped! as ServerHistory;
    expect(h.snapshot).not.toBeNull();
    expect(expand(h).every((c) => BigInt(c.zxid) > BigInt(h.snapshot!))).toBe(true);
  });

  it('a long log takes the fast path (runs by contiguity) and still equals the cell-by-cell reading', () => {
    const w = createWorld(presetScenario('sync-diff'));
    runUntil(w, presetScenario('sync-diff').until);
    const p = w.state.peers.get(1)!;
    const txn = (e: number, c: number) => ({ zxid: makeZxid(e, c), txn: { hdr: { sessionId: 0n, cxid: c, zxid: makeZxid(e, c), time: 0 }, body: { type: 'error' as const, err: -101 } } });
    const log = [];
    for (let c = 1; c <= 5000; c++) log.push(txn(1, c));
    for (let c = 1; c <= 5000; c++) if (c !== 2500) log.push(txn(2, c));
    p.disk.txnLog = log;
    p.mem!.db.lastProcessedZxid = makeZxid(2, 4000);
    // One applied txn held only in memory, inside the gap.
    p.mem!.db.committedLog = [txn(2, 2499), txn(2, 2500), txn(2, 2501)];
    const h = viewHistories(w).find((x) => x.sid === 1)!;
    const careful = cellsOf(p).map((c) => ({ zxid: zxidHex(c.zxid), state: c.state, onDisk: c.onDisk, acks: c.acks }));
    expect(expand(h)).toEqual(careful);
    expect(h.runs.map((r) => `${r.epoch}:${r.first}-${r.last} ${r.state}${r.onDisk ? '' : ' mem'}`)).toEqual([
      '1:1-5000 applied', '2:1-2499 applied', '2:2500-2500 applied mem', '2:2501-4000 applied', '2:4001-5000 proposed',
    ]);
  });
});
