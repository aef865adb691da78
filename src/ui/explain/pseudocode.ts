/**
 * lookForLeader in our own words (following reference §1.8), one entry per line, and which line each
 * engine mark stands for. The panel highlights the line of the most telling mark of the last step.
 */
import type { MessageKey } from '../i18n/en.ts';
import type { MarkView } from '../../worker/protocol.ts';

/** One line of pseudo-code; `rule` names the lines a mark can highlight. */
export interface CodeLine {
  readonly text: string;
  readonly indent: number;
  readonly rule?: string;
}

/** The pseudo-code shown. */
export const LOOK_FOR_LEADER: readonly CodeLine[] = [
  { text: 'lookForLeader():', indent: 0 },
  { text: 'recvset = {}; outofelection = {}; notTimeout = 200', indent: 1, rule: 'start' },
  { text: 'logicalclock += 1; proposal = my initial vote', indent: 1, rule: 'start' },
  { text: 'sendNotifications()   # to every voter, me included', indent: 1, rule: 'send' },
  { text: 'while state == LOOKING:', indent: 1 },
  { text: 'n = recvqueue.poll(notTimeout)', indent: 2 },
  { text: 'if n == null: resend or reconnect; notTimeout *= 2', indent: 2, rule: 'timeout' },
  { text: 'if n.sid or n.leader is not a voter: ignore', indent: 2, rule: 'ignore' },
  { text: 'if n.state == LOOKING:', indent: 2 },
  { text: 'if n.round > logicalclock:', indent: 3 },
  { text: 'logicalclock = n.round; recvset.clear()', indent: 4, rule: 'jump' },
  { text: 'proposal = best of (n.vote, my initial vote); send', indent: 4, rule: 'jump' },
  { text: 'elif n.round < logicalclock: ignore n', indent: 3, rule: 'lower' },
  { text: 'elif n.vote beats proposal: proposal = n.vote; send', indent: 3, rule: 'adopt' },
  { text: 'else: keep proposal', indent: 3, rule: 'keep' },
  { text: 'recvset[n.sid] = n.vote', indent: 3, rule: 'put' },
  { text: 'if a quorum in recvset backs proposal:', indent: 3, rule: 'quorum' },
  { text: 'wait finalizeWait (200 ms) for a better vote', indent: 4, rule: 'quorum' },
  { text: 'better one arrives: put it back, keep looping', indent: 4, rule: 'putBack' },
  { text: 'worse one arrives: discard it', indent: 4, rule: 'discard' },
  { text: 'none: state = LEADING if proposal is me else FOLLOWING', indent: 4, rule: 'decide' },
  { text: 'if n.state is FOLLOWING or LEADING:', indent: 2 },
  { text: 'same round: recvset[n.sid] = n.vote; quorum + checkLeader → join', indent: 3, rule: 'followRecv' },
  { text: 'outofelection[n.sid] = n.vote; quorum + checkLeader → join', indent: 3, rule: 'followOut' },
  { text: '(WorkerReceiver) not LOOKING or sender behind: reply with my vote', indent: 0, rule: 'reply' },
];

/** LearnerHandler.syncFollower in our words (reference §3.6); a sync mark highlights the branch it names. */
export const SYNC_FOLLOWER: readonly CodeLine[] = [
  { text: 'syncFollower(peerLastZxid):', indent: 0 },
  { text: 'if peerLastZxid == lastProcessedZxid: queue DIFF (empty)', indent: 1, rule: 'inSync' },
  { text: 'elif peerLastZxid > maxCommittedLog and not a new-epoch zxid: queue TRUNC(maxCommittedLog)', indent: 1, rule: 'aheadOfCommittedLog' },
  { text: 'elif minCommittedLog <= peerLastZxid <= maxCommittedLog:  # "Using committedLog"', indent: 1, rule: 'committedLog' },
  { text: 'DIFF, or TRUNC if peer has txns we lack; never TRUNC across epochs → SNAP', indent: 2, rule: 'committedLog' },
  { text: 'elif peerLastZxid < minCommittedLog and the txn log reaches back to it:', indent: 1, rule: 'txnlogAndCommittedLog' },
  { text: 'replay txn log, then committedLog  # "Use txnlog and committedLog"; a gap → SNAP', indent: 2, rule: 'txnlogAndCommittedLog' },
  { text: 'else: SNAP (the whole tree, then NEWLEADER)', indent: 1, rule: 'txnlogUnusable' },
];

const SYNC_MARKS = new Set(['zab.sync.diff', 'zab.sync.trunc', 'zab.sync.snap']);

/** true for a mark that explains a learner sync rather than an election rule. */
export function isSyncMark(code: string): boolean {
  return SYNC_MARKS.has(code);
}

/** The pseudo-code a mark is explained with, and the rule of it that the mark highlights. */
export function codeFor(m: MarkView): { readonly lines: readonly CodeLine[]; readonly rule: string | null } {
  if (isSyncMark(m.code)) return { lines: SYNC_FOLLOWER, rule: typeof m.args.path === 'string' ? m.args.path : null };
  return { lines: LOOK_FOR_LEADER, rule: ruleOf(m.code) };
}

const RULE_OF: Record<string, string> = {
  'fle.lookForLeader': 'start', 'fle.sendNotifications': 'send', 'fle.poll.resend': 'timeout', 'fle.poll.connectAll': 'timeout',
  'fle.ignore.nonVoter': 'ignore', 'fle.ignore.observing': 'ignore', 'fle.ignore.zxidMinusOne': 'ignore', 'fle.ignore.selfMinusOne': 'ignore',
  'fle.round.jump': 'jump', 'fle.round.lower': 'lower', 'fle.vote.adopt': 'adopt', 'fle.vote.keep': 'keep', 'fle.recvset.put': 'put',
  'fle.quorum.reached': 'quorum', 'fle.finalize.putBack': 'putBack', 'fle.finalize.discard': 'discard', 'fle.decided': 'decide',
  'fle.following.recvset': 'followRecv', 'fle.following.outofelection': 'followOut', 'fle.decided.outofelection': 'decide',
  'receiver.reply.nonVoter': 'reply', 'receiver.reply.lowerRound': 'reply', 'receiver.reply.notLooking': 'reply',
};

/** Most telling first: a decision says more than the bookkeeping that came with it. */
const PRIORITY = [
  'zab.sync.diff', 'zab.sync.trunc', 'zab.sync.snap', 'fle.decided', 'fle.decided.outofelection', 'fle.quorum.reached', 'fle.round.jump', 'fle.vote.adopt', 'fle.finalize.putBack',
  'fle.finalize.discard', 'fle.following.recvset', 'fle.following.outofelection', 'fle.vote.keep', 'fle.round.lower',
  'fle.poll.resend', 'fle.poll.connectAll', 'fle.lookForLeader', 'fle.ignore.nonVoter', 'fle.ignore.observing',
  'fle.ignore.zxidMinusOne', 'fle.ignore.selfMinusOne', 'fle.recvset.put', 'receiver.reply.lowerRound',
  'receiver.reply.notLooking', 'receiver.reply.nonVoter', 'fle.sendNotifications',
];

/** The mark of a step that the panel explains, or null when no election rule fired. */
export function explainedMark(marks: readonly MarkView[]): MarkView | null {
  let best: MarkView | null = null;
  let rank = Infinity;
  for (const m of marks) {
    const r = PRIORITY.indexOf(m.code);
    if (r >= 0 && r < rank) {
      best = m;
      rank = r;
    }
  }
  return best;
}

/** The pseudo-code rule a mark highlights. */
export function ruleOf(code: string): string | null {
  return RULE_OF[code] ?? null;
}

/** The message key of the one-sentence reason for a mark. */
export function reasonKey(code: string): MessageKey {
  if (code.startsWith('fle.ignore.')) return 'reason.fle.ignore';
  if (code.startsWith('receiver.')) return 'reason.receiver';
  return `reason.${code}` as MessageKey;
}

/** The mark's args as message parameters, with its server as `sid` (and a sync's branch as `pathName`). */
export function reasonParams(m: MarkView, t?: (key: MessageKey) => string): Record<string, string | number> {
  const p: Record<string, string | number> = { sid: m.sid };
  if (t && isSyncMark(m.code)) p.pathName = t(`sync.path.${String(m.args.path)}` as MessageKey);
  for (const [k, v] of Object.entries(m.args)) p[k] = v === null ? '-' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;
  return p;
}
