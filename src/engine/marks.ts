/**
 * Marks: small records of which ZooKeeper rule fired on which server and why. They drive the
 * narration, the pseudo-code highlight and the tests (design.md §2). Codes are stable identifiers;
 * the words shown to people live in the UI's dictionaries.
 */
import type { Zxid } from './zxid';

/** A value a mark may carry. */
export type MarkValue = number | string | boolean | Zxid | null;

/** One rule firing on one server. */
export interface Mark {
  /** Stable code such as `fle.round.jump`; see MARK_CODES. */
  readonly code: MarkCode;
  /** The server the rule fired on. */
  readonly sid: number;
  readonly args: Readonly<Record<string, MarkValue>>;
}

/** Every mark code, grouped by the reference section that defines the rule. */
export const MARK_CODES = [
  // §1.8 lookForLeader
  'fle.lookForLeader', 'fle.sendNotifications', 'fle.poll.resend', 'fle.poll.connectAll',
  'fle.ignore.nonVoter', 'fle.ignore.observing', 'fle.ignore.zxidMinusOne', 'fle.ignore.selfMinusOne',
  'fle.round.jump', 'fle.round.lower', 'fle.vote.adopt', 'fle.vote.keep', 'fle.recvset.put',
  'fle.quorum.reached', 'fle.finalize.discard', 'fle.finalize.putBack', 'fle.decided',
  'fle.following.recvset', 'fle.following.outofelection', 'fle.decided.outofelection',
  // §1.10 WorkerReceiver
  'receiver.reply.nonVoter', 'receiver.reply.lowerRound', 'receiver.reply.notLooking',
  // §2 QuorumPeer
  'peer.start', 'peer.stop', 'peer.state', 'peer.observerDelay',
  // §3.3–3.5 discovery and synchronisation
  'zab.connect.retry', 'zab.connect.failed', 'zab.followerinfo', 'zab.epoch.proposed', 'zab.epoch.decided',
  'zab.leaderinfo', 'zab.ackepoch', 'zab.ackepoch.alreadyAccepted', 'zab.epoch.rejected',
  'zab.follower.ahead', 'zab.epochAck.quorum', 'zab.sync.diff', 'zab.sync.trunc', 'zab.sync.snap',
  'zab.trunc.applied', 'zab.snap.discarded', 'zab.newleader', 'zab.newleader.ack', 'zab.newleader.quorum', 'zab.uptodate', 'zab.serving',
  'zab.timeout.epoch', 'zab.timeout.epochAck', 'zab.timeout.newLeaderAck', 'zab.timeout.read',
  'zab.quorum.lost', 'zab.handler.closed', 'zab.leader.lost', 'zab.counter.exhausted',
  // §3.7 broadcast
  'zab.propose', 'zab.ack', 'zab.commit', 'zab.commit.withoutTxn', 'zab.commit.skipped', 'zab.inform', 'zab.request.forward', 'zab.apply',
  'zab.sync.request', 'zab.sync.released',
  // §3.8, §6 the ZooKeeperServer and its clients
  'server.client.refused', 'server.session.revalidated',
] as const;

/** A mark as it crosses to the app: its args cloneable and printable (zxids and other bigints in hex). */
export interface MarkView {
  readonly code: string;
  readonly sid: number;
  readonly args: Readonly<Record<string, string | number | boolean | null>>;
}

/** The MarkView of a mark. */
export function markView(m: Mark): MarkView {
  const args: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(m.args)) args[k] = typeof v === 'bigint' ? `0x${v.toString(16)}` : v;
  return { code: m.code, sid: m.sid, args };
}

/** A mark code. */
export type MarkCode = (typeof MARK_CODES)[number];
