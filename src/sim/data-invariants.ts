/**
 * Invariants over the replicated data (reference §7: Agreement/PrefixConsistency, leaderLogCompleteness,
 * and "all running servers' trees are equal once they have applied the same zxid"). Checked from the
 * marks of each step and the servers' state, never from the engine's own word.
 */
import type { Proposal } from '../engine/peer/database';
import type { Peer } from '../engine/peer/state';
import { zxidHex } from '../engine/zxid';
import type { StepRecord } from './world-state';
import type { World } from './world';

/** A broken data property. */
export interface DataProblem {
  readonly property: string;
  readonly detail: string;
}

function key(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v instanceof Map ? [...v] : v instanceof Set ? [...v] : v));
}

/** A canonical text of a tree (paths in order, data and stored stats), to compare replicas. */
export function treeDigest(peer: Peer): string {
  const tree = peer.mem!.db.tree;
  const paths = [...tree.nodes.keys()].sort();
  return key(paths.map((p) => {
    const n = tree.nodes.get(p)!;
    return [p, n.data, n.stat, [...n.children].sort()];
  }));
}

/** Ghost state and checks for one run. */
export class DataChecker {
  private readonly committed = new Map<bigint, string>();
  private readonly digests = new Map<number, { zxid: bigint; digest: string }>();

  /** Looks at one step; returns the first problem found. */
  observe(w: World, r: StepRecord): DataProblem | null {
    for (const m of r.marks) {
      const peer = w.state.peers.get(m.sid);
      if (!peer?.mem) continue;
      if (m.code === 'zab.commit' || m.code === 'zab.apply') {
        const zxid = m.args.zxid as bigint;
        const p = findProposal(peer, zxid);
        if (!p) continue;
        const k = key(p.txn);
        const before = this.committed.get(zxid);
        if (before !== undefined && before !== k) {
          return { property: 'Agreement', detail: `server ${m.sid} committed a different transaction at ${zxidHex(zxid)}` };
        }
        this.committed.set(zxid, k);
      }
      if (m.code === 'zab.serving' && m.args.role === 'leader') {
        const missing = this.missingCommitted(peer);
        if (missing !== null) return { property: 'LeaderLogCompleteness', detail: `leader ${m.sid} of epoch ${m.args.epoch as number} lacks committed ${zxidHex(missing)}` };
      }
    }
    return this.checkTrees(w);
  }

  private missingCommitted(leader: Peer): bigint | null {
    const last = leader.mem!.db.lastProcessedZxid;
    for (const zxid of this.committed.keys()) if (zxid > last) return zxid;
    return null;
  }

  private checkTrees(w: World): DataProblem | null {
    const byZxid = new Map<bigint, { sid: number; digest: string }>();
    for (const peer of w.state.peers.values()) {
      const mem = peer.mem;
      if (!mem?.serving) continue;
      const zxid = mem.db.lastProcessedZxid;
      let d = this.digests.get(peer.sid);
      if (!d || d.zxid !== zxid || d.digest === '') {
        d = { zxid, digest: treeDigest(peer) };
        this.digests.set(peer.sid, d);
      }
      const other = byZxid.get(zxid);
      if (other && other.digest !== d.digest) {
        return { property: 'TreesEqual', detail: `servers ${other.sid} and ${peer.sid} both applied up to ${zxidHex(zxid)} but their trees differ` };
      }
      byZxid.set(zxid, { sid: peer.sid, digest: d.digest });
    }
    return null;
  }
}

function findProposal(peer: Peer, zxid: bigint): Proposal | undefined {
  const log = peer.mem!.db.committedLog;
  for (let i = log.length - 1; i >= 0; i--) if (log[i].zxid === zxid) return log[i];
  return undefined;
}
