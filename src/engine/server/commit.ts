/**
 * A committed transaction reaches this server's tree (FinalRequestProcessor): the tree changes, the
 * watches it triggers are sent first, then the reply to the client that asked, if it is connected here
 * (reference §3.7, §5.4).
 */
import { applyTxn } from '../datatree/apply-txn';
import { writeReply } from '../datatree/final-request-processor';
import { removeAppliedChanges } from '../datatree/change-record';
import { removeSession, trackSession } from '../session/session-tracker';
import { fireTriggers, removeConnectionWatches } from '../watch/server-watches';
import { addCommittedProposal } from '../peer/database';
import type { Proposal } from '../peer/database';
import type { PeerIO } from '../peer/io';
import type { Peer } from '../peer/state';
import { drainQueue } from './request-queue';

/** Applies a committed proposal on this server, with everything that follows from it. */
export function commitProposal(peer: Peer, p: Proposal, io: PeerIO): void {
  const mem = peer.mem!;
  if (p.zxid <= mem.db.lastProcessedZxid) return;
  const { result, watchEvents } = applyTxn(mem.db.tree, p.txn);
  mem.db.lastProcessedZxid = p.zxid;
  addCommittedProposal(mem.db, p);
  io.mark('zab.apply', { zxid: p.zxid, op: p.txn.body.type, err: result.err });
  const zk = mem.zk;
  const { hdr, body } = p.txn;
  if (zk.pipeline) {
    removeAppliedChanges(zk.pipeline.prep, p.zxid);
    if (body.type === 'createSession') trackSession(zk.pipeline.tracker, hdr.sessionId, body.timeout, io.now);
    if (body.type === 'closeSession') removeSession(zk.pipeline.tracker, hdr.sessionId);
  }
  for (const n of fireTriggers(zk.watches, watchEvents)) io.clientSend(n.watcher, { kind: 'watch', event: n.event });
  for (const c of zk.cnxns.values()) {
    if (c.sessionId !== hdr.sessionId) continue;
    if (body.type === 'createSession' && c.state === 'connecting') {
      c.state = 'open';
      io.clientSend(c.id, { kind: 'connected', sessionId: c.sessionId, timeout: body.timeout });
      continue;
    }
    const item = c.queue.find((q) => !q.done && q.kind === 'write' && q.xid === hdr.cxid);
    if (item) {
      item.done = true;
      const reply = writeReply(result);
      io.clientSend(c.id, { kind: 'response', xid: item.xid, zxid: p.zxid, err: reply.err, body: reply.body });
    }
    if (body.type === 'closeSession') {
      // An expiry nobody asked for: the client learns its session is gone (§6.3).
      if (!item) io.clientSend(c.id, { kind: 'sessionClosed', expired: true });
      removeConnectionWatches(zk.watches, c.id);
      zk.cnxns.delete(c.id);
      io.clientClose(c.id, 'session closed');
      continue;
    }
    drainQueue(peer, c, io);
  }
}
