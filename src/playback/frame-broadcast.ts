/**
 * Zab broadcast as the app draws it (issue 13, reference §3.7–3.8): each proposal the leader has not
 * committed yet with the voters that ACKed it against the quorum, and each client write still waiting
 * for its reply, followed from the server that took it to the leader and back. Read from the engine.
 */
import type { Proposal } from '../engine/peer/database';
import type { Peer } from '../engine/peer/state';
import { zxidHex } from '../engine/zxid';
import type { World } from '../sim/world';

/** A proposal filling up with ACKs; it commits once `acks` holds a quorum (`needed` voters). */
export interface ProposalQuorum {
  readonly zxid: string;
  readonly op: string;
  readonly path: string | null;
  readonly acks: readonly number[];
  readonly needed: number;
}

/**
 * A client write not yet answered: queued on the server the client talks to, forwarded to the leader as
 * a REQUEST, proposed (with its ACKs), or committed and on its way back to be applied and answered.
 */
export interface WriteJourney {
  readonly server: number;
  readonly leader: number | null;
  readonly client: string;
  readonly xid: number;
  readonly op: string;
  readonly path: string | null;
  readonly stage: 'forwarded' | 'queued' | 'proposed' | 'committed';
  readonly zxid: string | null;
  readonly acks: readonly number[];
  readonly needed: number;
}

/** What broadcast looks like at this moment. */
export interface BroadcastView {
  readonly leader: number | null;
  readonly outstanding: readonly ProposalQuorum[];
  readonly writes: readonly WriteJourney[];
}

function pathOf(p: Proposal): string | null {
  const b = p.txn.body;
  return 'path' in b && typeof b.path === 'string' ? b.path : null;
}

/** The leader's outstanding proposals and every client write in flight. */
export function viewBroadcast(w: World): BroadcastView {
  const needed = Math.floor(w.qv.voters.length / 2) + 1;
  const peers = [...w.state.peers.values()].sort((a, b) => a.sid - b.sid);
  const leaderPeer = peers.find((p) => p.mem?.leader?.phase === 'broadcast') ?? null;
  const l = leaderPeer?.mem?.leader ?? null;
  const outstanding = l
    ? [...l.outstanding.values()]
      .sort((a, b) => (a.proposal.zxid < b.proposal.zxid ? -1 : 1))
      .map((o) => ({ zxid: zxidHex(o.proposal.zxid), op: o.proposal.txn.body.type, path: pathOf(o.proposal), acks: [...o.acks].sort((a, b) => a - b), needed }))
    : [];
  const writes: WriteJourney[] = [];
  for (const p of peers) writes.push(...writesOn(w, p, leaderPeer, needed));
  return { leader: leaderPeer?.sid ?? null, outstanding, writes };
}

function writesOn(w: World, p: Peer, leader: Peer | null, needed: number): WriteJourney[] {
  const mem = p.mem;
  if (!mem) return [];
  const out: WriteJourney[] = [];
  const l = leader?.mem?.leader ?? null;
  for (const c of mem.zk.cnxns.values()) {
    for (const q of c.queue) {
      if (q.done || q.kind !== 'write') continue;
      const matches = (t: Proposal) => t.txn.hdr.sessionId === c.sessionId && t.txn.hdr.cxid === q.xid;
      const outstanding = l ? [...l.outstanding.values()].find((o) => matches(o.proposal)) : undefined;
      const logged = [...(mem.learner?.pendingTxns ?? []), ...(l?.toBeApplied ?? [])].find(matches);
      const stage = outstanding ? 'proposed' : logged ? 'committed' : p === leader ? 'queued' : 'forwarded';
      const zxid = outstanding?.proposal.zxid ?? logged?.zxid ?? null;
      out.push({
        server: p.sid, leader: leader?.sid ?? null, client: w.state.cnxns.get(c.id)?.client ?? c.id, xid: q.xid,
        op: q.op.type, path: 'path' in q.op ? q.op.path : null, stage, zxid: zxid === null ? null : zxidHex(zxid),
        acks: outstanding ? [...outstanding.acks].sort((a, b) => a - b) : [], needed,
      });
    }
  }
  return out;
}
