/**
 * A fake PeerIO for unit tests of the election and Zab rules: it records every send, timer and mark
 * and lets the test decide what the world answers (haveDelivered, now). Not collected by vitest.
 */
import type { Mark, MarkCode, MarkValue } from '../marks';
import type { PeerDisk, Proposal } from '../peer/database';
import type { PeerInput, PeerIO, QuorumConfig, TimerKey } from '../peer/io';
import { DEFAULT_QUORUM_CONFIG } from '../peer/io';
import type { QuorumPacket } from '../peer/packets';
import type { StartOptions, StepOutcome } from '../peer/quorum-peer';
import { startPeer, stepPeer } from '../peer/quorum-peer';
import type { Peer } from '../peer/state';
import { makeZxid } from '../zxid';
import type { Zxid } from '../zxid';
import type { QuorumVerifier } from './quorum';
import { quorumMaj } from './quorum';
import type { Notification, ServerState } from './types';

/** A PeerIO that records everything a peer asks of the world. */
export class FakeIO implements PeerIO {
  now = 0;
  readonly qv: QuorumVerifier;
  readonly config: QuorumConfig;
  /** What haveDelivered() answers. */
  delivered = true;
  sent: { to: number; msg: Notification }[] = [];
  /** The last notification sent to each peer; kept across clear(). */
  lastSent = new Map<number, Notification>();
  zabSent: { to: number; packet: QuorumPacket }[] = [];
  zabClosed: number[] = [];
  zabConnects: { leader: number; timeoutMs: number }[] = [];
  connectAllCalls = 0;
  /** Armed timers: key -> the virtual time it fires. */
  timers = new Map<TimerKey, number>();
  /** Every setTimer call in order. */
  timerLog: { key: TimerKey; delayMs: number }[] = [];
  marks: Mark[] = [];

  constructor(readonly sid: number, voters: readonly number[], observers: readonly number[] = [], config: Partial<QuorumConfig> = {}) {
    this.qv = quorumMaj(voters, observers);
    this.config = { ...DEFAULT_QUORUM_CONFIG, ...config };
  }

  sendNotification(to: number, message: Notification): void {
    this.sent.push({ to, msg: message });
    this.lastSent.set(to, message);
  }
  haveDelivered(): boolean {
    return this.delivered;
  }
  connectAll(): void {
    this.connectAllCalls += 1;
  }
  zabConnect(leader: number, timeoutMs: number): void {
    this.zabConnects.push({ leader, timeoutMs });
  }
  zabSend(peer: number, packet: QuorumPacket): void {
    this.zabSent.push({ to: peer, packet });
  }
  zabClose(peer: number): void {
    this.zabClosed.push(peer);
  }
  /** Client traffic is outside these tests: recorded, never answered. */
  clientMessages: { cnxnId: string; message: unknown }[] = [];
  clientSend(cnxnId: string, message: unknown): void {
    this.clientMessages.push({ cnxnId, message });
  }
  clientClose(cnxnId: string, reason: string): void {
    this.clientMessages.push({ cnxnId, message: { closed: reason } });
  }
  setTimer(key: TimerKey, delayMs: number): void {
    this.timers.set(key, this.now + delayMs);
    this.timerLog.push({ key, delayMs });
  }
  cancelTimer(key: TimerKey): void {
    this.timers.delete(key);
  }
  /** What random(bound) answers, clamped below the bound. */
  randomValue = 0;
  random(bound: number): number {
    return Math.min(this.randomValue, bound - 1);
  }
  mark(code: MarkCode, args: Record<string, MarkValue> = {}): void {
    this.marks.push({ code, sid: this.sid, args });
  }

  /** Forgets what was recorded so far (timers stay armed). */
  clear(): void {
    this.sent = [];
    this.zabSent = [];
    this.zabClosed = [];
    this.zabConnects = [];
    this.connectAllCalls = 0;
    this.timerLog = [];
    this.marks = [];
  }
  /** The codes of the marks recorded so far. */
  codes(): MarkCode[] {
    return this.marks.map((m) => m.code);
  }
  /** The marks with this code. */
  marked(code: MarkCode): Mark[] {
    return this.marks.filter((m) => m.code === code);
  }
  /** The notifications sent to `to`. */
  sentTo(to: number): Notification[] {
    return this.sent.filter((s) => s.to === to).map((s) => s.msg);
  }
}

/** What to put on a fresh peer's disk. */
export interface DiskSpec {
  observer?: boolean;
  currentEpoch?: number | null;
  acceptedEpoch?: number | null;
  /** Zxids of logged transactions (bodies are irrelevant to the quorum layer). */
  txns?: readonly Zxid[];
}

/** A stopped peer with the given disk. */
export function makePeer(sid: number, spec: DiskSpec = {}): Peer {
  // Error txns: they consume a zxid and change nothing else in the tree (reference §4.3).
  const txnLog = (spec.txns ?? []).map((zxid) => ({ zxid, txn: { hdr: { sessionId: 0n, cxid: 0, zxid, time: 0 }, body: { type: 'error', err: -101 } } }) as Proposal);
  const disk: PeerDisk = { currentEpoch: spec.currentEpoch ?? null, acceptedEpoch: spec.acceptedEpoch ?? null, txnLog, snapshot: null };
  return { sid, observer: !!spec.observer, disk, mem: null };
}

/** Builds and starts a peer (it runs lookForLeader at once); the io is cleared afterwards unless `keep`. */
export function started(sid: number, io: FakeIO, spec: DiskSpec = {}, options: StartOptions = {}, keep = false): Peer {
  const peer = makePeer(sid, spec);
  startPeer(peer, io, options);
  if (!keep) io.clear();
  return peer;
}

/** The fields of a notification, with LOOKING/version 2 defaults. */
export interface NoteSpec {
  state?: ServerState;
  leader: number;
  zxid?: Zxid;
  round: number;
  peerEpoch?: number;
  version?: number;
}

/** A notification from `sid`. */
export function note(sid: number, s: NoteSpec): Notification {
  return {
    type: 'notification', sid, state: s.state ?? 'LOOKING', leader: s.leader, zxid: s.zxid ?? 0n,
    electionEpoch: s.round, peerEpoch: s.peerEpoch ?? 0, version: s.version ?? 2,
  };
}

/** Delivers a notification to the peer. */
export function deliver(peer: Peer, n: Notification, io: FakeIO): StepOutcome {
  return stepPeer(peer, { kind: 'notification', n }, io);
}

/** Fires a timer: advances `now` to its due time and steps the peer. */
export function fire(peer: Peer, key: TimerKey, io: FakeIO): StepOutcome {
  const due = io.timers.get(key);
  if (due === undefined) throw new Error(`timer ${key} is not armed`);
  io.now = due;
  io.timers.delete(key);
  return stepPeer(peer, { kind: 'timer', key }, io);
}

/** Hands any input to the peer. */
export function input(peer: Peer, inp: PeerInput, io: FakeIO): StepOutcome {
  return stepPeer(peer, inp, io);
}

/** Delivers to the peer its own last loopback notification, as QuorumCnxManager would. */
export function loopback(peer: Peer, io: FakeIO): StepOutcome {
  const own = io.lastSent.get(peer.sid);
  if (!own) throw new Error('no loopback message was sent');
  return deliver(peer, { ...own, sid: peer.sid }, io);
}

/** zxid shorthand. */
export const z = makeZxid;
