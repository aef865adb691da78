/**
 * The PeerIO a peer sees while it handles one input: every call lands in the world (transport,
 * timers) or in the current step's record (marks).
 */
import type { QuorumVerifier } from '../engine/election/quorum';
import type { Notification } from '../engine/election/types';
import type { Mark, MarkCode, MarkValue } from '../engine/marks';
import type { PeerIO, QuorumConfig, TimerKey } from '../engine/peer/io';
import type { QuorumPacket } from '../engine/peer/packets';
import { cancelTimer, setTimer } from './agenda';
import { nextInt } from './prng';
import { connectAll, haveDelivered, toSend } from './election-transport';
import { closeLink, linkBetween, zabConnect, zabSend } from './zab-links';
import type { ServerMessage } from '../engine/zkcli/protocol';
import { closeFromServer, toClient } from './clients';
import type { World } from './world';

const NO_ARGS: Record<string, MarkValue> = {};

/** One reusable PeerIO per world; `sid` and `marks` are set before each step. */
export class WorldPeerIO implements PeerIO {
  sid = 0;
  marks: Mark[] = [];

  constructor(private readonly w: World) {}

  get now(): number {
    return this.w.state.now;
  }
  get qv(): QuorumVerifier {
    return this.w.qv;
  }
  get config(): QuorumConfig {
    return this.w.config;
  }
  sendNotification(to: number, message: Notification): void {
    toSend(this.w, this.sid, to, message);
  }
  haveDelivered(): boolean {
    return haveDelivered(this.w, this.sid);
  }
  connectAll(): void {
    connectAll(this.w, this.sid);
  }
  zabConnect(leader: number, timeoutMs: number): void {
    zabConnect(this.w, this.sid, leader, timeoutMs);
  }
  zabSend(peer: number, packet: QuorumPacket): void {
    zabSend(this.w, this.sid, peer, packet);
  }
  zabClose(peer: number): void {
    const link = linkBetween(this.w, this.sid, peer);
    if (link) closeLink(this.w, link, this.sid);
  }
  clientSend(cnxnId: string, message: ServerMessage): void {
    toClient(this.w, cnxnId, message);
  }
  clientClose(cnxnId: string, reason: string): void {
    closeFromServer(this.w, cnxnId, reason);
  }
  setTimer(key: TimerKey, delayMs: number): void {
    setTimer(this.w, this.sid, key, delayMs);
  }
  cancelTimer(key: TimerKey): void {
    cancelTimer(this.w, this.sid, key);
  }
  random(bound: number): number {
    return nextInt(this.w.state.peerRng, 0, bound - 1);
  }
  mark(code: MarkCode, args?: Record<string, MarkValue>): void {
    this.marks.push({ code, sid: this.sid, args: args ?? NO_ARGS });
  }
}
