/**
 * Quorum packets between a leader and its learners (reference §3.1). Only the fields a packet
 * really carries are modelled; `zxid` keeps ZooKeeper's meaning for each type.
 */
import type { Zxid } from '../zxid';
import type { Request } from '../datatree/request';
import type { Proposal, Snapshot } from './database';

/** Packet types in the order of their codes in Leader.java. */
export type QuorumPacketType =
  | 'REQUEST' | 'PROPOSAL' | 'ACK' | 'COMMIT' | 'PING' | 'SYNC' | 'INFORM' | 'NEWLEADER'
  | 'FOLLOWERINFO' | 'UPTODATE' | 'DIFF' | 'TRUNC' | 'SNAP' | 'OBSERVERINFO' | 'LEADERINFO' | 'ACKEPOCH'
  | 'REVALIDATE';

interface Base<T extends QuorumPacketType> {
  readonly type: 'zab';
  readonly packet: T;
  readonly zxid: Zxid;
}

/** A quorum packet. */
export type QuorumPacket =
  | (Base<'FOLLOWERINFO' | 'OBSERVERINFO'> & { readonly learnerSid: number })
  | Base<'LEADERINFO'>
  | (Base<'ACKEPOCH'> & { readonly currentEpoch: number })
  | Base<'DIFF' | 'TRUNC' | 'NEWLEADER' | 'UPTODATE' | 'ACK' | 'COMMIT' | 'SYNC'>
  | (Base<'SNAP'> & { readonly snapshot: Snapshot })
  | (Base<'PROPOSAL' | 'INFORM'> & { readonly proposal: Proposal })
  /** A learner's PING reply lists the sessions its clients touched, with their timeouts. */
  | (Base<'PING'> & { readonly touches: readonly (readonly [bigint, number])[] })
  | (Base<'REQUEST'> & { readonly request: ForwardedRequest })
  /** Learner → leader: is this session still valid? Leader → learner: the answer. */
  | (Base<'REVALIDATE'> & { readonly sessionId: bigint; readonly timeout: number; readonly valid: boolean });

/** What a learner forwards: a write (or session change), or a sync (LearnerSyncRequest). */
export type ForwardedRequest = Request | { readonly sessionId: bigint; readonly cxid: number; readonly op: { readonly type: 'sync'; readonly path: string } };

/** Builds a packet that carries only a zxid. */
export function packet(
  type: 'DIFF' | 'TRUNC' | 'NEWLEADER' | 'UPTODATE' | 'ACK' | 'COMMIT' | 'SYNC' | 'LEADERINFO',
  zxid: Zxid,
): QuorumPacket {
  return { type: 'zab', packet: type, zxid };
}
