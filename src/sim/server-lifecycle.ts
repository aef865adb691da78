/**
 * Stopping a server: the process ends, memory and timers are gone, its connections close at once
 * and whatever was on the wire to or from it is lost; the disk stays (cli-contract.md §1).
 */
import { stopPeer } from '../engine/peer/quorum-peer';
import { dropTimers } from './agenda';
import { dropElectionConnections } from './election-transport';
import { loseInFlight } from './transmit';
import type { World } from './world';
import { dropLinks } from './zab-links';
import { dropServerConnections } from './clients';

/** Stops a running server (TERM and KILL alike lose memory and keep the disk). */
export function stopServer(w: World, sid: number): void {
  const peer = w.state.peers.get(sid);
  if (!peer?.mem) return;
  stopPeer(peer);
  dropTimers(w, sid);
  dropElectionConnections(w, sid);
  dropLinks(w, sid);
  loseInFlight(w, 'stopped', (m) => m.from === sid || m.to === sid);
  dropServerConnections(w, sid);
}
