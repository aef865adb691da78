/**
 * A Frame: what the app draws at one moment of a run, as plain structured-clone-safe data (no
 * bigint: zxids travel as hex strings). Built from a World; the worker adds history (log, markers).
 */
import type { Notification, Vote } from '../engine/election/types';
import type { QuorumPacket, QuorumPacketType } from '../engine/peer/packets';
import type { Peer } from '../engine/peer/state';
import { zxidHex } from '../engine/zxid';
import type { World } from '../sim/world';
import type { InFlight } from '../sim/world-state';

/** The state word shown on a server. */
export type StateWord = 'LOOKING' | 'FOLLOWING' | 'LEADING' | 'OBSERVING' | 'STOPPED';

/** A vote as shown: the leader it proposes, that leader's zxid (hex), its peerEpoch and the round. */
export interface VoteView {
  readonly leader: number;
  readonly zxid: string;
  readonly peerEpoch: number;
  readonly round: number;
}

/** One server. */
export interface ServerView {
  readonly id: number;
  readonly observer: boolean;
  readonly state: StateWord;
  readonly logicalclock: number | null;
  /** The proposal while LOOKING, the decided vote otherwise. */
  readonly vote: VoteView | null;
  readonly acceptedEpoch: number | null;
  readonly currentEpoch: number | null;
  readonly lastZxid: string | null;
  readonly zabState: string | null;
  readonly serving: boolean;
  /** A pending receive poll or finalizeWait of lookForLeader, with its length in ms. */
  readonly wait: { readonly kind: 'poll' | 'finalize'; readonly until: number; readonly ms: number } | null;
}

/** The link between two servers. */
export interface LinkView {
  readonly a: number;
  readonly b: number;
  readonly state: 'up' | 'cut' | 'partitioned';
}

/**
 * A notification as drawn: the engine's Notification with its zxid in hex (the sender is the message's
 * `from`). A replayed one also says when its logs show it sent (null: not in the sender's log) and received.
 */
export interface NotificationView {
  readonly type: 'notification';
  readonly leader: number;
  readonly zxid: string;
  readonly electionEpoch: number;
  readonly peerEpoch: number;
  readonly state: string;
  readonly logged?: { readonly sentAt: number | null; readonly receivedAt: number };
}

/** A quorum packet as drawn: its type and zxid (hex), and the learner's sid or epoch when it carries one. */
export interface ZabPacketView {
  readonly type: 'zab';
  readonly packet: QuorumPacketType;
  /** null for packets ZooKeeper sends with zxid -1 (UPTODATE, …): they carry no zxid. */
  readonly zxid: string | null;
  readonly learnerSid?: number;
  readonly currentEpoch?: number;
}

/** The payload of a message as drawn: one typed union, from the engine's send to the view. */
export type PayloadView = NotificationView | ZabPacketView;

/** A message on the wire with its payload. */
export interface MessageView {
  readonly id: number;
  readonly channel: 'election' | 'zab';
  readonly from: number;
  readonly to: number;
  readonly sentAt: number;
  readonly deliverAt: number;
  readonly lostAt: number | null;
  readonly lostWhy: string | null;
  readonly payload: PayloadView;
  /** A re-sent notification (the duplicate fault): the id of the message it repeats. */
  readonly duplicateOf?: number;
  /** How long a delay fault held it back. */
  readonly delayedMs?: number;
}

/** One entry of recvset or outofelection. */
export interface VoteRow extends VoteView {
  readonly sid: number;
  readonly state: string;
  /** true when this entry supports the server's current proposal. */
  readonly supports: boolean;
}

/** The election tally of one server (§1.8): its proposal, what it heard, and the quorum meter. */
export interface TallyView {
  readonly sid: number;
  readonly proposal: VoteView | null;
  readonly recvset: readonly VoteRow[];
  readonly outofelection: readonly VoteRow[];
  readonly support: number;
  readonly needed: number;
}

/** The parts of a frame that come straight from the world. */
export interface WorldView {
  readonly servers: readonly ServerView[];
  readonly links: readonly LinkView[];
  readonly messages: readonly MessageView[];
  readonly tally: TallyView | null;
  readonly voters: number;
  /** Faults by hand that have no drawing of their own: slow servers and links with their own latency. */
  readonly network: NetworkFaultsView;
}

/** Slow servers (sid, ms late) and links with their own latency range (a, b, min, max). */
export interface NetworkFaultsView {
  readonly slow: readonly (readonly [number, number])[];
  readonly latency: readonly (readonly [number, number, number, number])[];
}

const NO_NETWORK_FAULTS: NetworkFaultsView = { slow: [], latency: [] };

function networkFaults(w: World): NetworkFaultsView {
  if (w.state.slowMs.size === 0 && w.state.linkLatencyMs.size === 0) return NO_NETWORK_FAULTS;
  const latency = [...w.state.linkLatencyMs].map(([key, r]) => {
    const [a, b] = key.split('-').map(Number);
    return [a, b, r[0], r[1]] as const;
  });
  return { slow: [...w.state.slowMs].sort((x, y) => x[0] - y[0]), latency };
}

/** Reads the visible state of a world; `tallyOf` picks the server whose tally is included. */
export function viewWorld(w: World, tallyOf: number | null): WorldView {
  const peers = [...w.state.peers.values()].sort((a, b) => a.sid - b.sid);
  const messages: MessageView[] = [];
  for (const m of w.state.inFlight.values()) if (m.from !== m.to) messages.push(messageView(m));
  const peer = tallyOf === null ? undefined : w.state.peers.get(tallyOf);
  return {
    servers: peers.map(serverView),
    links: linkViews(w, peers.map((p) => p.sid)),
    messages,
    tally: peer ? tallyView(peer, Math.floor(w.qv.voters.length / 2) + 1) : null,
    voters: w.qv.voters.length,
    network: networkFaults(w),
  };
}

function voteView(v: Vote): VoteView {
  return { leader: v.id, zxid: zxidHex(v.zxid), peerEpoch: v.peerEpoch, round: v.electionEpoch };
}

/** One server as drawn. */
export function serverView(p: Peer): ServerView {
  const base = { id: p.sid, observer: p.observer, acceptedEpoch: p.disk.acceptedEpoch, currentEpoch: p.disk.currentEpoch };
  const mem = p.mem;
  if (!mem) return { ...base, state: 'STOPPED', logicalclock: null, vote: null, lastZxid: null, zabState: null, serving: false, wait: null };
  const e = mem.election;
  const looking = mem.state === 'LOOKING';
  const vote = looking
    ? { leader: e.proposedLeader, zxid: zxidHex(e.proposedZxid), peerEpoch: e.proposedEpoch, round: e.logicalclock }
    : voteView(mem.currentVote);
  const wait = looking && e.phase !== 'idle'
    ? { kind: e.phase === 'finalizing' ? ('finalize' as const) : ('poll' as const), until: e.waitUntil, ms: e.phase === 'finalizing' ? 200 : e.notTimeout }
    : null;
  return {
    ...base, state: mem.state, logicalclock: e.logicalclock, vote, lastZxid: zxidHex(mem.db.lastProcessedZxid),
    zabState: mem.zabState, serving: mem.serving, wait,
  };
}

function linkViews(w: World, sids: readonly number[]): LinkView[] {
  const out: LinkView[] = [];
  const part = w.state.partition;
  for (let i = 0; i < sids.length; i++) {
    for (let j = i + 1; j < sids.length; j++) {
      const a = sids[i], b = sids[j];
      const cut = w.state.cutLinks.has(`${a}-${b}`);
      const split = part.size > 0 && (part.get(a) ?? -a) !== (part.get(b) ?? -b);
      out.push({ a, b, state: cut ? 'cut' : split ? 'partitioned' : 'up' });
    }
  }
  return out;
}

/** A message in flight as drawn. */
export function messageView(m: InFlight): MessageView {
  return {
    id: m.id, channel: m.channel, from: m.from, to: m.to, sentAt: m.sentAt, deliverAt: m.deliverAt, lostAt: m.lostAt, lostWhy: m.lostWhy, payload: payloadView(m.payload),
    ...(m.duplicateOf !== undefined ? { duplicateOf: m.duplicateOf } : {}), ...(m.delayedMs ? { delayedMs: m.delayedMs } : {}),
  };
}

/** A payload as drawn: zxids in hex, a packet's bulk (snapshots, proposals) left on the wire. */
export function payloadView(p: Notification | QuorumPacket): PayloadView {
  if (p.type === 'notification') {
    return { type: 'notification', leader: p.leader, zxid: zxidHex(p.zxid), electionEpoch: p.electionEpoch, peerEpoch: p.peerEpoch, state: p.state };
  }
  const view: { -readonly [K in keyof ZabPacketView]: ZabPacketView[K] } = { type: 'zab', packet: p.packet, zxid: p.zxid < 0n ? null : zxidHex(p.zxid) };
  if ('learnerSid' in p) view.learnerSid = p.learnerSid;
  if ('currentEpoch' in p) view.currentEpoch = p.currentEpoch;
  return view;
}

/** recvset or outofelection as shown, each entry marked with whether it backs the vote compared with. */
function rowsOf(m: ReadonlyMap<number, Vote>, backs: (v: Vote) => boolean): VoteRow[] {
  return [...m].sort((x, y) => x[0] - y[0]).map(([sid, v]) => ({ sid, ...voteView(v), state: v.state, supports: backs(v) }));
}

/** The tally of one server: recvset and outofelection, and how many voters back its proposal (or decided vote). */
export function tallyView(p: Peer, needed: number): TallyView {
  const mem = p.mem;
  if (!mem) return { sid: p.sid, proposal: null, recvset: [], outofelection: [], support: 0, needed };
  const e = mem.election;
  if (mem.state !== 'LOOKING') {
    // Once decided, the rows are compared with the vote it decided on.
    const decided = voteView(mem.currentVote);
    const backs = (v: Vote) => backsDecided(voteView(v), decided);
    const recvset = rowsOf(e.recvset, backs);
    const outofelection = rowsOf(e.outofelection, backs);
    return { sid: p.sid, proposal: decided, recvset, outofelection, support: decidedSupport(recvset, outofelection), needed };
  }
  // While LOOKING, recvset is compared with the proposal by Vote.equals: the whole vote, as one side is LOOKING.
  const recvset = rowsOf(e.recvset, (v) => v.id === e.proposedLeader && v.zxid === e.proposedZxid && v.peerEpoch === e.proposedEpoch && v.electionEpoch === e.logicalclock);
  const proposal = { leader: e.proposedLeader, zxid: zxidHex(e.proposedZxid), peerEpoch: e.proposedEpoch, round: e.logicalclock };
  return { sid: p.sid, proposal, recvset, outofelection: rowsOf(e.outofelection, () => false), support: recvset.filter((r) => r.supports).length, needed };
}

/**
 * Whether a row backs a decided server's vote: it names the same leader with the same zxid. Zab raises the
 * decided vote's peerEpoch to the new epoch after the decision (QuorumPeer.updateElectionVote), so the
 * peerEpoch shown is no longer the one the quorum agreed on.
 */
export function backsDecided(row: VoteView, decided: VoteView): boolean {
  return row.leader === decided.leader && row.zxid === decided.zxid;
}

/** The votes that back a decided server's vote, in the set that made the quorum (recvset, or outofelection for a late joiner). */
export function decidedSupport(recvset: readonly VoteRow[], outofelection: readonly VoteRow[]): number {
  const count = (rows: readonly VoteRow[]) => rows.filter((r) => r.supports).length;
  return Math.max(count(recvset), count(outofelection));
}
