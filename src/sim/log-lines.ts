/**
 * ZooKeeper 3.8's own log lines, rebuilt from step records and marks, so the event log reads like a
 * real server's log (the format of ../shared/reference/raw/ensemble-*.json). Timestamps are virtual
 * time counted from 1970-01-01 00:00:00,000, the run's time zero.
 */
import type { Mark } from '../engine/marks';
import { syncLineAt } from '../engine/peer/sync-log';
import { zxidHex } from '../engine/zxid';
import type { InFlight, StepRecord } from './world-state';

/** One line of the event log, tied to the step that produced it. */
export interface LogLine {
  readonly step: number;
  readonly time: number;
  readonly sid: number;
  readonly text: string;
}

/** What the log needs to remember between steps (plain data, so it is checkpointed with the world). */
export interface LogMemory {
  /** When each server's current election started, for "LEADER ELECTION TOOK". */
  readonly electionStart: Map<number, number>;
}

/** What happened in one step: its record, plus the delivered message and its receiver's state before. */
export interface StepContext {
  readonly record: StepRecord;
  readonly delivered: InFlight | null;
  readonly receiverState: string | null;
}

/** A fresh log memory. */
export function newLogMemory(): LogMemory {
  return { electionStart: new Map() };
}

const two = (n: number, w = 2) => String(n).padStart(w, '0');

/** `1970-01-01 00:00:00,215` for a virtual time in ms. */
export function logStamp(ms: number): string {
  const t = Math.floor(ms);
  const s = Math.floor(t / 1000), m = Math.floor(s / 60), h = Math.floor(m / 60), d = Math.floor(h / 24);
  return `1970-01-${two(d + 1)} ${two(h % 24)}:${two(m % 60)}:${two(s % 60)},${two(t % 1000, 3)}`;
}

const hex = (n: number | bigint) => `0x${n.toString(16)}`;
const peerThread = (sid: number) => `QuorumPeer[myid=${sid}](plain=0.0.0.0:2181)(secure=disabled)`;

/** The log lines one step produces, in the order ZooKeeper would print them. */
export function logLinesOf(ctx: StepContext, mem: LogMemory): LogLine[] {
  const { record } = ctx;
  const out: LogLine[] = [];
  const emit = (sid: number, where: string, text: string, level = 'INFO ') =>
    out.push({ step: record.index, time: record.time, sid, text: `${logStamp(record.time)} - ${level} [${where}] - ${text}` });
  const d = ctx.delivered;
  if (d && record.sid !== null) deliveredLines(d, ctx.receiverState, emit);
  for (const m of record.marks) markLines(m, record, mem, emit);
  return out;
}

type Emit = (sid: number, where: string, text: string, level?: string) => void;

function deliveredLines(d: InFlight, receiverState: string | null, emit: Emit): void {
  if (d.channel === 'election') {
    if (receiverState !== 'LOOKING') return;
    const n = d.payload;
    emit(d.to, `WorkerReceiver[myid=${d.to}]:FastLeaderElection$Messenger$WorkerReceiver@391`,
      `Notification: my state:${receiverState}; n.sid:${d.from}, n.state:${n.state}, n.leader:${n.leader}, n.round:${hex(n.electionEpoch)}, ` +
      `n.peerEpoch:${hex(n.peerEpoch)}, n.zxid:${zxidHex(n.zxid)}, message format version:${hex(n.version)}, n.config version:0x0`);
    return;
  }
  const p = d.payload;
  const at = `${peerThread(d.to)}:Learner`;
  if (p.packet === 'DIFF') emit(d.to, `${at}@565`, `Getting a diff from the leader ${zxidHex(p.zxid)}`);
  else if (p.packet === 'SNAP') emit(d.to, `${at}@576`, `Getting a snapshot from leader ${zxidHex(p.zxid)}`);
  else if (p.packet === 'TRUNC') emit(d.to, `${at}@599`, `Truncating log to get in sync with the leader ${zxidHex(p.zxid)}`, 'WARN ');
  else if (p.packet === 'NEWLEADER') emit(d.to, `${at}@737`, 'Learner received NEWLEADER message');
  else if (p.packet === 'UPTODATE') emit(d.to, `${at}@721`, 'Learner received UPTODATE message');
}

function markLines(m: Mark, r: StepRecord, mem: LogMemory, emit: Emit): void {
  const a = m.args;
  const qp = peerThread(m.sid);
  switch (m.code) {
    case 'fle.lookForLeader':
      mem.electionStart.set(m.sid, r.time);
      emit(m.sid, `${qp}:QuorumPeer@1455`, 'LOOKING');
      emit(m.sid, `${qp}:FastLeaderElection@946`, `New election. My id = ${m.sid}, proposed zxid=${zxidHex(a.zxid as bigint)}`);
      return;
    case 'fle.poll.resend':
    case 'fle.poll.connectAll':
      emit(m.sid, `${qp}:FastLeaderElection@1019`, `Notification time out: ${a.nextTimeoutMs}`);
      return;
    case 'peer.state': {
      const state = String(a.state);
      if (state === 'LOOKING') {
        emit(m.sid, `${qp}:QuorumPeer@903`, 'Peer state changed: looking');
        return;
      }
      const word = state === 'LEADING' ? 'leading' : state === 'FOLLOWING' ? 'following' : 'observing';
      emit(m.sid, `${qp}:QuorumPeer@903`, `Peer state changed: ${word}`);
      emit(m.sid, `${qp}:QuorumPeer@${state === 'LEADING' ? 1549 : state === 'FOLLOWING' ? 1537 : 1509}`, state);
      const took = r.time - (mem.electionStart.get(m.sid) ?? r.time);
      const cls = state === 'LEADING' ? 'Leader@588' : state === 'FOLLOWING' ? 'Follower@77' : 'Observer@78';
      emit(m.sid, `${qp}:${cls}`, `${state} - LEADER ELECTION TOOK - ${took} MS`);
      emit(m.sid, `${qp}:QuorumPeer@917`, `Peer state changed: ${word} - discovery`);
      return;
    }
    case 'zab.followerinfo':
      emit(m.sid, `LearnerHandler-/127.0.0.1:${43000 + Number(a.from)}:LearnerHandler@510`, `Follower sid: ${a.from} : info : participant`);
      return;
    case 'zab.sync.diff':
    case 'zab.sync.snap':
    case 'zab.sync.trunc':
      syncLine(m, emit);
      return;
    case 'zab.serving':
      if (a.role === 'leader') {
        const acks = r.marks.find((x) => x.code === 'zab.newleader.quorum' && x.sid === m.sid)?.args.acks;
        emit(m.sid, `${qp}:Leader@1519`, `Have quorum of supporters, sids: [[${String(acks ?? '').split(',').join(', ')}]]; starting up and setting last processed zxid: ${zxidHex(a.zxid as bigint)}`);
      }
      emit(m.sid, `${qp}:QuorumPeer@917`, `Peer state changed: ${a.role === 'leader' ? 'leading' : a.role === 'observer' ? 'observing' : 'following'} - broadcast`);
      return;
    case 'zab.commit.withoutTxn':
      emit(m.sid, `${qp}:FollowerZooKeeperServer@99`, `Committing ${(a.zxid as bigint).toString(16)} without seeing txn`, 'WARN ');
      return;
    case 'zab.commit.skipped':
      emit(m.sid, `${qp}:Learner@${a.observer ? 804 : 667}`, `Committing ${zxidHex(a.zxid as bigint)}, but next proposal is ${zxidHex(a.next as bigint)}`, 'WARN ');
      return;
    case 'peer.observerDelay':
      emit(m.sid, `${qp}:Observer@264`, `Waiting for ${a.delayMs} ms before reconnecting with the leader`);
      return;
    case 'peer.stop':
      emit(m.sid, `${qp}:QuorumPeer@1591`, `shutdown called (${a.signal})`, 'WARN ');
      return;
    case 'zab.leader.lost':
    case 'zab.timeout.read':
      emit(m.sid, `${qp}:Follower@129`, 'Exception when following the leader', 'WARN ');
      return;
    case 'zab.quorum.lost':
      emit(m.sid, `${qp}:Leader@755`, `Shutting down: Not sufficient followers synced, only synced with sids: [ ${String(a.synced).split(',').join(',')} ]`);
      return;
    default:
      return;
  }
}

/** The leader's lines for one learner sync, as the mark carries them (LearnerHandler.syncFollower). */
function syncLine(m: Mark, emit: Emit): void {
  const to = Number(m.args.to);
  const thread = `LearnerHandler-/127.0.0.1:${43000 + to}`;
  for (const text of String(m.args.pathLog ?? '').split('\n')) {
    if (text === '') continue;
    const at = syncLineAt(text) ?? { level: 'INFO', at: 'LearnerHandler' };
    emit(m.sid, `${thread}:${at.at}`, text, at.level.padEnd(5));
  }
}
