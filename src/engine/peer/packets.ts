/**
 * Quorum packets between a leader and its learners (reference §3.1). Only the fields a packet
 * really carries are modelled; `zxid` keeps ZooKeeper's meaning for each type.
 */
import type { Zxid } from '../zxid';
import type { Proposal, Snapshot } from './database';

/** Packet types in the order of their codes in Leader.java. */
export type QuorumPacketType =
  | 'REQUEST' | 'PROPOSAL' | 'ACK' | 'COMMIT' | 'PING' | 'SYNC' | 'INFORM' | 'NEWLEADER'
  | 'FOLLOWERINFO' | 'UPTODATE' | 'DIFF' | 'TRUNC' | 'SNAP' | 'OBSERVERINFO' | 'LEADERINFO' | 'ACKEPOCH';

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
  | (Base<'PING'> & { readonly touches: readonly (readonly [string, number])[] })
  | (Base<'REQUEST'> & { readonly request: unknown });

/** Builds a packet that carries only a zxid. */
export function packet(
  type: 'DIFF' | 'TRUNC' | 'NEWLEADER' | 'UPTODATE' | 'ACK' | 'COMMIT' | 'SYNC' | 'LEADERINFO',
  zxid: Zxid,
): QuorumPacket {
  return { type: 'zab', packet: type, zxid };
}
