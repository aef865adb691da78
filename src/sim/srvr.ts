/**
 * What `srvr` and the epoch files show for each server (cli-contract.md §2).
 */
import { zxidHex } from '../engine/zxid';
import type { Peer } from '../engine/peer/state';
import type { World } from './world';

/** One server as a snapshot reports it. */
export interface ServerSnapshot {
  readonly mode: 'leader' | 'follower' | 'observer' | 'not-serving' | 'stopped';
  readonly zxid: string | null;
  readonly currentEpoch: number | null;
  readonly acceptedEpoch: number | null;
}

/** The `srvr` Mode of a peer. */
export function modeOf(peer: Peer): ServerSnapshot['mode'] {
  const mem = peer.mem;
  if (!mem) return 'stopped';
  if (!mem.serving) return 'not-serving';
  if (mem.state === 'LEADING') return 'leader';
  if (mem.state === 'FOLLOWING') return 'follower';
  if (mem.state === 'OBSERVING') return 'observer';
  return 'not-serving';
}

/** The snapshot of one server. */
export function snapshotServer(peer: Peer): ServerSnapshot {
  const mode = modeOf(peer);
  const serving = mode !== 'stopped' && mode !== 'not-serving';
  return {
    mode,
    zxid: serving ? zxidHex(peer.mem!.db.lastProcessedZxid) : null,
    currentEpoch: peer.disk.currentEpoch,
    acceptedEpoch: peer.disk.acceptedEpoch,
  };
}

/** Every server, keyed by id in ascending order, and the leader (or null). */
export function snapshotWorld(w: World): { leader: number | null; servers: Record<string, ServerSnapshot> } {
  const servers: Record<string, ServerSnapshot> = {};
  let leader: number | null = null;
  for (const sid of [...w.state.peers.keys()].sort((a, b) => a - b)) {
    const s = snapshotServer(w.state.peers.get(sid)!);
    servers[String(sid)] = s;
    if (s.mode === 'leader') leader = sid;
  }
  return { leader, servers };
}
