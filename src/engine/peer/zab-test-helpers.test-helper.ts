/**
 * Builders for Zab unit tests: a peer that has just become LEADING or FOLLOWING, and quorum packets.
 * Not collected by vitest.
 */
import type { DiskSpec } from '../election/fake-io.test-helper';
import { deliver, FakeIO, fire, input, loopback, note, started } from '../election/fake-io.test-helper';
import type { Zxid } from '../zxid';
import { makeZxid } from '../zxid';
import type { QuorumPacket } from './packets';
import type { Peer } from './state';

/** Server `sid` elected LEADING in round 1 by the LOOKING votes of the lower voters (io cleared). */
export function leaderPeer(sid: number, voters: number[], observers: number[] = [], spec: DiskSpec = {}) {
  const io = new FakeIO(sid, voters, observers);
  const peer = started(sid, io, spec);
  const e = peer.mem!.election;
  const others = voters.filter((v) => v !== sid);
  const need = Math.floor(voters.length / 2); // plus ourselves
  for (const v of others.slice(0, need)) {
    deliver(peer, note(v, { leader: sid, zxid: e.proposedZxid, round: 1, peerEpoch: e.proposedEpoch }), io);
  }
  loopback(peer, io);
  fire(peer, 'fle.poll', io);
  if (peer.mem!.state !== 'LEADING') throw new Error(`server ${sid} did not become LEADING`);
  io.clear();
  return { io, peer };
}

/** Server `sid` (of 1,2,3) following leader 3 elected in round 1, connected to it (io cleared after FOLLOWERINFO). */
export function followerPeer(sid: number, spec: DiskSpec = {}, voters = [1, 2, 3], observers: number[] = []) {
  const io = new FakeIO(sid, voters, observers);
  const peer = started(sid, io, spec);
  const other = voters.find((v) => v !== sid && v !== 3)!;
  deliver(peer, note(other, { state: 'FOLLOWING', leader: 3, round: 1, peerEpoch: 0 }), io);
  deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 1, peerEpoch: 0 }), io);
  if (peer.mem!.state !== 'FOLLOWING' && peer.mem!.state !== 'OBSERVING') throw new Error('not following');
  io.clear();
  input(peer, { kind: 'zabConnected', peer: 3 }, io);
  return { io, peer };
}

/** A packet from `from` to the peer. */
export function recv(peer: Peer, from: number, packet: QuorumPacket, io: FakeIO) {
  return input(peer, { kind: 'zabPacket', from, packet }, io);
}

export const followerInfo = (sid: number, acceptedEpoch: number): QuorumPacket =>
  ({ type: 'zab', packet: 'FOLLOWERINFO', zxid: makeZxid(acceptedEpoch, 0), learnerSid: sid });
export const observerInfo = (sid: number, acceptedEpoch: number): QuorumPacket =>
  ({ type: 'zab', packet: 'OBSERVERINFO', zxid: makeZxid(acceptedEpoch, 0), learnerSid: sid });
export const ackEpoch = (currentEpoch: number, lastZxid: Zxid): QuorumPacket =>
  ({ type: 'zab', packet: 'ACKEPOCH', zxid: lastZxid, currentEpoch });
export const ack = (zxid: Zxid): QuorumPacket => ({ type: 'zab', packet: 'ACK', zxid });
export const leaderInfo = (epoch: number): QuorumPacket => ({ type: 'zab', packet: 'LEADERINFO', zxid: makeZxid(epoch, 0) });
export const bare = (p: 'DIFF' | 'NEWLEADER' | 'UPTODATE' | 'COMMIT' | 'TRUNC', zxid: Zxid): QuorumPacket => ({ type: 'zab', packet: p, zxid });
export const ping = (zxid: Zxid): QuorumPacket => ({ type: 'zab', packet: 'PING', zxid, touches: [] });
