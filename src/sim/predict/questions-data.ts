/**
 * Questions about Zab and the data: which sync a connecting learner gets, which watches a commit fires,
 * and who gets the lock next. Each is answered by what the engine then did.
 */
import type { WatchedEvent } from '../../engine/watch/watched-event';
import type { World } from '../world';
import type { SimEvent, StepRecord } from '../world-state';
import { markView as decidingMark } from '../../engine/marks';
import { zxidHex as hex } from '../../engine/zxid';
import { runAhead } from './scout';
import { LOOKAHEAD_STEPS } from './questions-election';
import type { Choice, Question } from './types';

const SYNC_CODES: Record<string, string> = { 'zab.sync.diff': 'DIFF', 'zab.sync.trunc': 'TRUNC', 'zab.sync.snap': 'SNAP' };

/** "Learner X has sent FOLLOWERINFO: DIFF, TRUNC or SNAP?" — answered by the leader's syncFollower mark. */
export function syncQuestion(before: World, r: StepRecord, scout: World): Question | null {
  const info = r.marks.find((m) => m.code === 'zab.followerinfo');
  if (!info) return null;
  const leader = info.sid;
  const learner = info.args.from as number;
  const hit = runAhead(scout, LOOKAHEAD_STEPS, (rec) => rec.marks.find((m) => m.sid === leader && SYNC_CODES[m.code] && m.args.to === learner) ?? null);
  if (!hit) return null;
  const lmem = before.state.peers.get(learner)?.mem;
  const mem = before.state.peers.get(leader)?.mem;
  return {
    kind: 'sync',
    params: {
      learner, leader, peerLastZxid: lmem ? hex(lmem.db.lastProcessedZxid) : '?', leaderLastZxid: mem ? hex(mem.db.lastProcessedZxid) : '?',
    },
    choices: ['DIFF', 'TRUNC', 'SNAP'].map((mode): Choice => ({ id: mode, key: 'mode', params: { mode } })),
    answer: SYNC_CODES[hit.code], decidedAtStep: scout.state.stepIndex - 1, decidedAtTime: scout.state.now, mark: decidingMark(hit),
  };
}

/** Watch notifications put on the wire by the step just run (agenda entries newer than `seq`). */
function watchesSent(w: World, seq: number): { client: string; event: WatchedEvent }[] {
  const out: { client: string; event: WatchedEvent }[] = [];
  for (const ev of w.state.agenda as SimEvent[]) {
    if (ev.seq >= seq && ev.kind === 'serverToClient' && ev.message.kind === 'watch') {
      out.push({ client: w.state.cnxns.get(ev.cnxnId)?.client ?? ev.cnxnId, event: ev.message.event });
    }
  }
  return out;
}

/** Transactions that change the tree (and so may fire watches); a new session fires none. */
const WATCHABLE_OPS = new Set(['create', 'create2', 'createContainer', 'createTTL', 'delete', 'deleteContainer', 'setData', 'multi', 'closeSession']);

/**
 * "This txn is applied on server N: which of N's clients get a watch event?" — asked when N holds watches;
 * the answer is the set of clients N notified in that very step (the reveal names each event).
 */
export function watchesQuestion(before: World, r: StepRecord, after: World): Question | null {
  const apply = r.marks.find((m) => m.code === 'zab.apply' && WATCHABLE_OPS.has(String(m.args.op)));
  if (!apply) return null;
  const zk = before.state.peers.get(apply.sid)?.mem?.zk;
  if (!zk) return null;
  const clientOf = (c: string) => before.state.cnxns.get(c)?.client ?? c;
  const watching = new Set<string>();
  for (const table of [zk.watches.dataWatches, zk.watches.childWatches]) for (const ws of table.watchTable.values()) for (const c of ws) watching.add(clientOf(c));
  if (watching.size === 0) return null;
  const sent = watchesSent(after, before.state.seq);
  const fired = [...new Set(sent.map((s) => s.client))].sort();
  const all = [...watching].sort();
  // The beliefs students hold: every watcher hears of every write; nobody does; only some of them.
  const options = [fired, all, [], fired.length > 1 ? fired.slice(1) : all.filter((c) => !fired.includes(c))].map((s) => s.join(', '));
  const unique = [...new Set(options)].slice(0, 4).sort();
  const events = sent.map((s) => `${s.client}: ${s.event.type} ${s.event.path ?? ''}`).join(' · ');
  return {
    kind: 'watches', params: { server: apply.sid, op: String(apply.args.op), zxid: String(decidingMark(apply).args.zxid), events },
    choices: unique.map((text): Choice => ({ id: text || '-', key: text === '' ? 'noWatch' : 'clients', params: { clients: text } })),
    answer: fired.join(', ') || '-', decidedAtStep: r.index, decidedAtTime: r.time, mark: decidingMark(apply),
  };
}

/** "The holder lets go: who gets the lock next?" — when a holding lock client is released, killed or closed. */
export function lockQuestion(before: World, r: StepRecord, scout: World): Question | null {
  if (r.kind !== 'action' || r.actionIndex === null) return null;
  const action = before.actions[r.actionIndex];
  if (action.do !== 'unlock' && action.do !== 'kill' && !(action.do === 'client' && action.command.trim() === 'close')) return null;
  const holder = before.state.clients.get(action.session);
  if (!holder?.recipe || holder.recipe.phase !== 'holding') return null;
  const waiting = [...before.state.clients.values()].filter((c) => c.recipe && c !== holder && c.recipe.lockPath === holder.recipe!.lockPath && c.recipe.phase !== 'released' && c.cli.processAlive);
  if (waiting.length < 1) return null;
  const hit = runAhead(scout, LOOKAHEAD_STEPS, (rec, w) => {
    const next = waiting.find((c) => w.state.clients.get(c.name)?.recipe?.phase === 'holding');
    return next ? { rec, name: next.name } : null;
  });
  if (!hit) return null;
  const names = [hit.name, ...waiting.map((c) => c.name).filter((n) => n !== hit.name)].slice(0, 4).sort();
  return {
    kind: 'lock', params: { holder: holder.name },
    choices: names.map((name): Choice => ({ id: name, key: 'client', params: { client: name } })), answer: hit.name,
    decidedAtStep: hit.rec.index, decidedAtTime: hit.rec.time,
    mark: { code: 'lock.acquired', sid: 0, args: { client: hit.name, node: scout.state.clients.get(hit.name)?.recipe?.node ?? null } },
  };
}
