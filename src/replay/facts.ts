/**
 * What a ZooKeeper log message says, for the messages the election replay needs. Each pattern is the
 * format string of the ZooKeeper class named beside it; the 3.4 and 3.5–3.9 notification layouts differ.
 */
import { m, type Phrase } from '../scenario/phrase';
import type { LineFact, NotificationFields, PeerState } from './types.ts';

const STATES: Record<string, PeerState> = { LOOKING: 'LOOKING', FOLLOWING: 'FOLLOWING', LEADING: 'LEADING', OBSERVING: 'OBSERVING' };

/** `LOOKING`, `following`, … as a PeerState, or null. */
export function peerState(s: string | undefined): PeerState | null {
  return s === undefined ? null : (STATES[s.toUpperCase()] ?? null);
}

/** Reads a hex number (`0x1f` or `1f`) as a JS number; null when it is not hex or too large to be exact. */
function hexNumber(s: string | undefined): number | null {
  if (s === undefined || !/^(0x)?[0-9a-fA-F]+$/.test(s)) return null;
  const v = BigInt(s.startsWith('0x') ? s : `0x${s}`);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : null;
}

/** Normalises a hex zxid to lower case with `0x`, or null. */
function hexZxid(s: string | undefined): string | null {
  if (s === undefined || !/^(0x)?[0-9a-fA-F]+$/.test(s)) return null;
  return `0x${BigInt(s.startsWith('0x') ? s : `0x${s}`).toString(16)}`;
}

function decimal(s: string | undefined): number | null {
  return s !== undefined && /^\d+$/.test(s) ? Number(s) : null;
}

/** Builds the fields from label → text; null when a required one is missing or malformed. */
function notificationFrom(get: (label: string) => string | undefined): NotificationFields | null {
  const sid = decimal(get('n.sid'));
  const state = peerState(get('n.state'));
  const leader = decimal(get('n.leader'));
  const zxid = hexZxid(get('n.zxid'));
  // Every layout prints n.round (the electionEpoch) in hex.
  const round = hexNumber(get('n.round'));
  const peerEpoch = hexNumber(get('n.peerepoch'));
  if (sid === null || state === null || leader === null || zxid === null || round === null || peerEpoch === null) return null;
  const myStateText = get('my state');
  const versionText = get('message format version');
  return { sid, state, leader, zxid, round, peerEpoch, myState: peerState(myStateText), version: versionText === undefined ? null : hexNumber(versionText) };
}

/** 3.5+ (FastLeaderElection$Messenger$WorkerReceiver): `my state:LOOKING; n.sid:2, n.state:LOOKING, …`. */
function modernNotification(body: string): NotificationFields | null {
  const m = /^my state:(\w+);\s*(.*)$/.exec(body);
  if (m === null) return null;
  const fields = new Map<string, string>([['my state', m[1] as string]]);
  for (const part of (m[2] as string).split(',')) {
    const i = part.lastIndexOf(':');
    if (i > 0) fields.set(part.slice(0, i).trim().toLowerCase(), part.slice(i + 1).trim());
  }
  return notificationFrom((label) => fields.get(label));
}

/** 3.4 and early 3.5 (FastLeaderElection.printNotification / Notification.toString): `2 (n.leader), 0x0 (n.zxid), …`. */
function legacyNotification(body: string): NotificationFields | null {
  const fields = new Map<string, string>();
  for (const m of body.matchAll(/([^\s,()]+) \(([^)]+)\)/g)) fields.set((m[2] as string).trim().toLowerCase(), m[1] as string);
  return fields.size === 0 ? null : notificationFrom((label) => fields.get(label));
}

/** Result of reading a message: a fact, or a reason why a message that looked known could not be read. */
export type FactResult = { fact: LineFact } | { error: Phrase };

/** Reads one log message (the text after the header). */
export function readFact(message: string): FactResult {
  const msg = message.trim();
  const notif = /Notification: (?!time out)(.*)$/.exec(msg);
  if (notif !== null) {
    const body = notif[1] as string;
    const n = modernNotification(body) ?? legacyNotification(body);
    return n === null ? { error: m`looks like a Notification but its fields could not be read` } : { fact: { kind: 'notification', ...n } };
  }
  const fact = simpleFact(msg);
  return { fact: fact ?? { kind: 'other' } };
}

function simpleFact(msg: string): LineFact | null {
  let m: RegExpExecArray | null;
  const state = peerState(/^(LOOKING|FOLLOWING|LEADING|OBSERVING)$/.exec(msg)?.[1]);
  if (state !== null) return { kind: 'state', state, detail: null };
  if ((m = /^Peer state changed: (\w+)(?: - (.*))?$/.exec(msg))) {
    const s = peerState(m[1]);
    if (s !== null) return { kind: 'state', state: s, detail: m[2] ?? null };
  }
  if ((m = /^(LEADING|FOLLOWING|OBSERVING) - LEADER ELECTION TOOK - (\d+)/.exec(msg))) return { kind: 'election-took', state: peerState(m[1]) as PeerState, ms: Number(m[2]) };
  if ((m = /^New election\. My id =\s*(\d+), proposed zxid=(0x[0-9a-fA-F]+)/.exec(msg))) return { kind: 'new-election', myid: Number(m[1]), proposedZxid: hexZxid(m[2]) as string };
  if ((m = /^Notification time out: (\d+)/.exec(msg))) return { kind: 'notification-timeout', ms: Number(m[1]) };
  if ((m = /^Getting a diff from the leader (0x[0-9a-fA-F]+)/.exec(msg))) return { kind: 'sync-from-leader', mode: 'diff', zxid: hexZxid(m[1]) as string };
  if ((m = /^Getting a snapshot from leader (0x[0-9a-fA-F]+)/.exec(msg))) return { kind: 'sync-from-leader', mode: 'snap', zxid: hexZxid(m[1]) as string };
  if ((m = /^Truncating log to get in sync with the leader (0x[0-9a-fA-F]+)/.exec(msg))) return { kind: 'sync-from-leader', mode: 'trunc', zxid: hexZxid(m[1]) as string };
  if ((m = /^Synchronizing with (?:Learner|Follower) sid: (\d+)(.*)$/.exec(msg))) {
    return { kind: 'sync-learner', sid: Number(m[1]), peerLastZxid: hexZxid(/peerLastZxid=(0x[0-9a-fA-F]+)/.exec(m[2] as string)?.[1]) };
  }
  if ((m = /^Have quorum of supporters, sids: (.*?); starting up and setting last processed zxid: (0x[0-9a-fA-F]+)/.exec(msg))) {
    return { kind: 'quorum-up', sids: [...(m[1] as string).matchAll(/\d+/g)].map((d) => Number(d[0])), zxid: hexZxid(m[2]) as string };
  }
  if ((m = /^(currentEpoch|acceptedEpoch) not found! Creating with a reasonable default of (\d+)/.exec(msg))) {
    return { kind: 'epoch', name: m[1] as 'currentEpoch' | 'acceptedEpoch', value: Number(m[2]) };
  }
  if ((m = /^Learner received (NEWLEADER|UPTODATE) message/.exec(msg))) return { kind: 'learner-packet', packet: m[1] as 'NEWLEADER' | 'UPTODATE' };
  // QuorumPeerMain.runFromConfig (3.8 adds ", myid=N"; 3.4 logs the bare phrase).
  if (/^Starting quorum peer(?:, myid=\d+)?$/.test(msg)) return { kind: 'peer-start' };
  return null;
}
