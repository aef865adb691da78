/**
 * Sync cases on a real 3-server ZooKeeper 3.8 (issue 16): start, kill and write as a case says, then read
 * from the leaders' logs how each sync of the learner under test went (LearnerHandler.syncFollower's lines)
 * and what `srvr` says of the learner at the end. The same case runs in the simulator for the comparison.
 */
import zookeeper from 'node-zookeeper-client';
import type { Client } from 'node-zookeeper-client';
import { syncLineAt, syncPathOf } from '../engine/peer/sync-log.ts';
import { createRealQuorum, waitFor, type RealQuorum } from './real-ensemble.ts';

/** One step of a case; servers are 1–3. */
export type SyncCaseStep =
  | { readonly do: 'start'; readonly servers: readonly number[] }
  | { readonly do: 'kill'; readonly servers: readonly number[] }
  /** `creates` znodes /<session>-<k> through the session, opening it (on `server`) at first use. */
  | { readonly do: 'write'; readonly session: string; readonly server: number; readonly creates: number; readonly bytes?: number }
  | { readonly do: 'quit'; readonly session: string }
  /** Starts `server` and kills it after it got SNAP and before NEWLEADER (the snapshot must be big). */
  | { readonly do: 'killDuringSnap'; readonly server: number }
  | { readonly do: 'wait'; readonly ms: number };

/** A case: the steps, and the learner whose syncs are compared. */
export interface SyncCase {
  readonly name: string;
  readonly learner: number;
  readonly steps: readonly SyncCaseStep[];
}

/** How one sync went, as the leader logged it. */
export interface ObservedSync {
  readonly leader: number;
  readonly mode: string;
  readonly path: string;
  readonly log: readonly string[];
}

/** What a case showed: every sync of the learner in order, and its final `srvr` Zxid. */
export interface CaseOutcome {
  readonly syncs: readonly ObservedSync[];
  readonly learnerZxid: string | null;
}

const LINE = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) - (\w+)\s+\[(.+):(\w+@\d+)\] - (.*)$/;

/** The syncs of `learner` in one leader's log: the lines of the handler thread that synced it. */
export function syncsInLog(text: string, leader: number, learner: number): (ObservedSync & { readonly stamp: string })[] {
  const lines = text.split('\n').map((l) => LINE.exec(l)).filter((m) => m !== null);
  const out: (ObservedSync & { stamp: string })[] = [];
  lines.forEach((m, i) => {
    if (!m[5].startsWith(`Synchronizing with Learner sid: ${learner} `)) return;
    const thread = m[3];
    const block: string[] = [];
    const before = lines[i - 1];
    if (before && before[3] === thread && syncLineAt(before[5])) block.push(before[5]);
    for (const n of lines.slice(i)) {
      if (n[3] !== thread || !syncLineAt(n[5])) continue;
      block.push(n[5]);
      if (/^Sending (snapshot|DIFF|TRUNC)/.test(n[5])) break;
    }
    const told = syncPathOf(block);
    out.push({ stamp: m[1], leader, mode: told?.mode ?? '?', path: told?.path ?? '?', log: block });
  });
  return out;
}

function openClient(port: number): Promise<Client> {
  const client = zookeeper.createClient(`127.0.0.1:${port}`, { sessionTimeout: 30000, retries: 0 });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no session on 127.0.0.1:${port}`)), 20000);
    client.once('connected', () => {
      clearTimeout(timer);
      resolve(client);
    });
    client.connect();
  });
}

function create(client: Client, path: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => client.create(path, data, (e) => (e ? reject(e) : resolve())));
}

/** Runs one step; `sessions` keeps the open clients by name. */
async function runStep(q: RealQuorum, step: SyncCaseStep, sessions: Map<string, Client>): Promise<void> {
  switch (step.do) {
    case 'start':
      for (const id of step.servers) q.start(id);
      await waitFor(`servers ${step.servers.join(',')} to serve`, async () => {
        const modes = await Promise.all(step.servers.map(async (id) => (await q.srvr(id)).mode));
        return modes.every((m) => m === 'leader' || m === 'follower') ? true : null;
      }, 90000);
      return;
    case 'kill':
      await Promise.all(step.servers.map((id) => q.kill(id)));
      return;
    case 'write': {
      let client = sessions.get(step.session);
      if (!client) sessions.set(step.session, (client = await openClient(q.clientPorts[step.server - 1])));
      const data = Buffer.alloc(step.bytes ?? 1, 'v');
      for (let k = 0; k < step.creates; k++) await create(client, `/${step.session}-${k}`, data);
      return;
    }
    case 'quit':
      // closeSession goes out at once; with no quorum it is logged by the leader and never committed.
      sessions.get(step.session)?.close();
      sessions.delete(step.session);
      await new Promise((r) => setTimeout(r, 300));
      return;
    case 'killDuringSnap':
      return killDuringSnap(q, step.server);
    case 'wait':
      await new Promise((r) => setTimeout(r, step.ms));
  }
}

/**
 * Kills the learner as soon as it logs the SNAP, then checks that NEWLEADER had not come yet. The other
 * servers are frozen the moment the SNAP shows, so the rest of the snapshot and the NEWLEADER behind it
 * stay unsent while the learner is killed: on a busy machine noticing the SNAP can take longer than the
 * whole snapshot takes to arrive. Frozen for that moment only, they go on as if the learner had died then.
 */
async function killDuringSnap(q: RealQuorum, id: number): Promise<void> {
  const from = q.log(id).length;
  const others = [1, 2, 3].filter((x) => x !== id);
  q.start(id);
  await waitFor(`server ${id} to receive SNAP`, () => (q.log(id).slice(from).includes('Getting a snapshot from leader') ? true : null), 90000, 5);
  for (const o of others) q.freeze(o, true);
  try {
    await q.kill(id);
  } finally {
    for (const o of others) q.freeze(o, false);
  }
  const after = q.log(id).slice(from);
  if (after.includes('Learner received NEWLEADER message')) {
    throw new Error(`server ${id} got NEWLEADER before it was killed: make the snapshot bigger (the kill must land between SNAP and NEWLEADER)`);
  }
}

/** Runs `c` on a fresh real ensemble and reads what its leaders logged. */
export async function runRealCase(c: SyncCase): Promise<CaseOutcome> {
  const q = await createRealQuorum();
  const sessions = new Map<string, Client>();
  try {
    for (const step of c.steps) await runStep(q, step, sessions);
    // A learner serves while it still applies what the DIFF brought: its final zxid is the one that holds still.
    let last: string | null = null;
    const zxid = await waitFor(`server ${c.learner} to follow with a steady zxid`, async () => {
      const s = await q.srvr(c.learner);
      const now = s.mode === 'follower' ? s.zxid : null;
      const steady = now !== null && now === last ? now : null;
      last = now;
      if (steady === null) await new Promise((r) => setTimeout(r, 900));
      return steady;
    });
    const syncs = [1, 2, 3].filter((id) => id !== c.learner).flatMap((id) => syncsInLog(q.log(id), id, c.learner));
    syncs.sort((a, b) => a.stamp.localeCompare(b.stamp));
    return { syncs: syncs.map(({ stamp: _stamp, ...s }) => s), learnerZxid: zxid };
  } finally {
    for (const client of sessions.values()) client.close();
    await q.stop();
  }
}
