/**
 * The per-connection request order of the CommitProcessor: a read is answered from the local tree only
 * once every earlier write of the session has been answered, which gives read-your-own-writes
 * (reference §3.8).
 */
import { processRead } from '../datatree/final-request-processor';
import type { ReadOp } from '../datatree/request';
import type { PeerIO } from '../peer/io';
import type { Peer } from '../peer/state';
import type { ServerCnxn } from './zk-server-state';

/** Answers the reads at the head of the queue and drops answered writes, up to the first pending one. */
export function drainQueue(peer: Peer, c: ServerCnxn, io: PeerIO): void {
  const mem = peer.mem!;
  while (c.queue.length > 0) {
    const head = c.queue[0];
    if (head.kind === 'read') {
      const reply = processRead(mem.db.tree, mem.zk.watches, c.id, head.op as ReadOp, c);
      io.clientSend(c.id, { kind: 'response', xid: head.xid, zxid: mem.db.lastProcessedZxid, err: reply.err, body: reply.body });
      c.queue.shift();
      continue;
    }
    if (!head.done) return;
    c.queue.shift();
  }
}
