/**
 * Replays the raw recordings of a real ZooKeeper 3.8.0 (../shared/reference/raw/client-*.json) through the
 * standalone server and compares, step by step: result or error (code and message), sequential names,
 * statAfter (every field but ctime/mtime; session ids by client), and the watch events delivered.
 */
import { describe, expect, it } from 'vitest';
import { codeName, keeperErrorMessage } from '../../engine/datatree/keeper-exception.ts';
import { getNode, statOf } from '../../engine/datatree/data-tree.ts';
import type { Stat } from '../../engine/datatree/stat.ts';
import { hasWatchesToRemove } from '../../engine/zkcli/zookeeper-client.ts';
import { call, connect, createHarness, type ApiHarness, type SeenReply } from './api-harness.ts';
import { replayCall, type RawStep } from './raw-replay.ts';
import { loadFs } from './test-files.ts';

const RAW_DIR = '../shared/reference/raw';
const fs = await loadFs();
const present = fs.existsSync(RAW_DIR);

type Json = Record<string, unknown>;
interface Recording {
  clients: Record<string, { sessionId: string }>;
  commands: string[];
  steps: (RawStep & Json)[];
}

const hex = (v: bigint): string => `0x${BigInt.asUintN(64, v).toString(16)}`;

function statJson(h: ApiHarness, s: Stat): Json {
  const owner = s.ephemeralOwner === 0n ? '0x0' : `session:${[...h.clients].find(([, c]) => c.sessionId === s.ephemeralOwner)?.[0]}`;
  return {
    czxid: hex(s.czxid), mzxid: hex(s.mzxid), pzxid: hex(s.pzxid), version: s.version, cversion: s.cversion,
    aversion: s.aversion, ephemeralOwner: owner, dataLength: s.dataLength, numChildren: s.numChildren,
  };
}

function expectedStat(rec: Recording, s: Json): Json {
  const { ctime: _c, mtime: _m, ...rest } = s;
  const owner = rest.ephemeralOwner as string;
  const byId = Object.entries(rec.clients).find(([, c]) => c.sessionId === owner)?.[0];
  return { ...rest, ephemeralOwner: owner === '0x0' ? '0x0' : `session:${byId}` };
}

function deleteAll(h: ApiHarness, client: string, root: string): void {
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    const r = call(h, client, { type: 'getChildren', path: found[i] as string, watch: false });
    for (const c of r.body.children ?? []) found.push(`${found[i]}/${c}`);
  }
  call(h, client, { type: 'multi', ops: [...found].reverse().map((path) => ({ type: 'delete' as const, path, version: -1 })) });
}

function actualResult(h: ApiHarness, step: RawStep, r: SeenReply): unknown {
  const c = replayCall(step);
  if (c.kind !== 'op') return null;
  const b = r.body;
  switch (c.op.type) {
    case 'create':
      return { createdPath: b.path, stat: statJson(h, b.stat as Stat) };
    case 'getData':
      return step.javaApi.includes('stat)') ? { data: b.data, stat: statJson(h, b.stat as Stat) } : b.data;
    case 'exists':
      return b.stat ? statJson(h, b.stat) : null;
    case 'setData':
      return statJson(h, b.stat as Stat);
    case 'getChildren':
      return [...(b.children ?? [])].sort();
    case 'multi':
      return (b.multi ?? []).map((m) => m.err);
    default:
      return null;
  }
}

function expectedResult(rec: Recording, step: Json): unknown {
  const r = step.result as Json | unknown[] | string | null;
  const norm = (s: unknown): Json => expectedStat(rec, s as Json);
  if (r === null || typeof r === 'string') return r ?? null;
  if (Array.isArray(r)) return r.every((x) => typeof x === 'string' && !x.includes('Result')) ? [...r].sort() : r.map(() => 0);
  if ('multiThrew' in r) return (r.opResults as string[]).map((s) => Number(/err=(-?\d+)/.exec(s)?.[1]));
  if ('createdPath' in r) return { createdPath: r.createdPath, stat: norm(r.stat) };
  if ('children' in r || 'childrenSorted' in r) return [...((r.children ?? r.childrenSorted) as string[])].sort();
  if ('data' in r) return { data: r.data, stat: norm(r.stat) };
  return norm(r);
}

function replay(name: string): void {
  const rec = JSON.parse(fs.readFileSync(`${RAW_DIR}/${name}`, 'utf8')) as Recording;
  const h = createHarness();
  // The recordings connect every client before the first step; their SyncConnected events belong to step 1.
  for (const c of Object.keys(rec.clients)) connect(h, c);
  const steps = rec.steps.filter((s) => typeof s.step === 'number');
  it.each(steps.map((s) => [`${s.step} ${s.client}: ${s.cmd}`, s] as const))('step %s', (_label, s) => {
    const call0 = replayCall(s);
    const before = h.events.length;
    let reply: SeenReply | null = null;
    if (call0.kind === 'deleteall') deleteAll(h, s.client, call0.path);
    else if (call0.kind === 'op') {
      const op = call0.op;
      const client = h.clients.get(s.client)!;
      reply = op.type === 'removeWatches' && !hasWatchesToRemove(client, op) ? { err: -121, body: {} } : call(h, s.client, op, call0.watcher);
    }
    const path = call0.kind === 'op' && 'path' in call0.op ? call0.op.path : null;
    if (s.ok === false) {
      const e = s.error as Json;
      expect({ code: codeName(reply!.err), codeInt: reply!.err, message: keeperErrorMessage(reply!.err, path) }).toEqual({ code: e.code, codeInt: e.codeInt, message: e.message });
    } else if (reply !== null) {
      if (!(call0.kind === 'op' && call0.op.type === 'exists')) expect(reply.err === 0 || reply.err === -101 || call0.kind === 'op').toBe(true);
      if ((s.result as Json | null)?.multiThrew === undefined && call0.kind === 'op' && call0.op.type !== 'multi') expect(reply.err).toBe(call0.op.type === 'exists' && s.result === null ? -101 : 0);
      expect(actualResult(h, s, reply)).toEqual(expectedResult(rec, s));
    }
    for (const [p, st] of Object.entries((s.statAfter ?? {}) as Record<string, Json | null>)) {
      const node = getNode(h.server.tree, p);
      expect(node === undefined ? null : statJson(h, statOf(h.server.tree, node)), `statAfter ${p}`).toEqual(st === null ? null : expectedStat(rec, st));
    }
    const key = (e: { client: string; watcher: string; type: string; state: string; path: string | null }): string => `${e.client} ${e.watcher} ${e.type} ${e.state} ${e.path}`;
    const seen = h.events.slice(s.step === steps[0]!.step ? 0 : before).map(key).sort();
    expect(seen, 'watch events').toEqual(((s.events ?? []) as Json[]).map((e) => key(e as never)).sort());
  });
}

describe.skipIf(!present)('raw recordings of ZooKeeper 3.8.0 (skipped: ../shared/reference/raw is absent)', () => {
  describe('client-basic-crud.json: §4.1–4.4 create/get/set/delete, versions, errors, multi atomicity', () => replay('client-basic-crud.json'));
  describe('client-sequential-naming.json: §4.5 suffix from the parent stored create counter', () => replay('client-sequential-naming.json'));
  describe('client-watches-basic.json: §5.1–5.3 one-shot watches and which watcher gets which event', () => replay('client-watches-basic.json'));
});
