/**
 * lookForLeader in our own words (following reference §1.8), one entry per line, and which line each
 * engine mark stands for. The panel highlights the line of the most telling mark of the last step.
 */
import type { MessageKey } from '../i18n/en.ts';
import type { MarkView } from '../../worker/protocol.ts';

/** One line of pseudo-code (its text in the dictionaries: identifiers stay, prose is translated); `rule` names the lines a mark can highlight. */
export interface CodeLine {
  readonly key: MessageKey;
  readonly indent: number;
  readonly rule?: string;
}

/** The pseudo-code shown; the texts are en-code.ts / zh-CN-code.ts. */
export const LOOK_FOR_LEADER: readonly CodeLine[] = [
  { key: 'code.line0', indent: 0 },
  { key: 'code.line1', indent: 1, rule: 'start' },
  { key: 'code.line2', indent: 1, rule: 'start' },
  { key: 'code.line3', indent: 1, rule: 'send' },
  { key: 'code.line4', indent: 1 },
  { key: 'code.line5', indent: 2 },
  { key: 'code.line6', indent: 2, rule: 'timeout' },
  { key: 'code.line7', indent: 2, rule: 'ignore' },
  { key: 'code.line8', indent: 2 },
  { key: 'code.line9', indent: 3 },
  { key: 'code.line10', indent: 4, rule: 'jump' },
  { key: 'code.line11', indent: 4, rule: 'jump' },
  { key: 'code.line12', indent: 3, rule: 'lower' },
  { key: 'code.line13', indent: 3, rule: 'adopt' },
  { key: 'code.line14', indent: 3, rule: 'keep' },
  { key: 'code.line15', indent: 3, rule: 'put' },
  { key: 'code.line16', indent: 3, rule: 'quorum' },
  { key: 'code.line17', indent: 4, rule: 'quorum' },
  { key: 'code.line18', indent: 4, rule: 'putBack' },
  { key: 'code.line19', indent: 4, rule: 'discard' },
  { key: 'code.line20', indent: 4, rule: 'decide' },
  { key: 'code.line21', indent: 2 },
  { key: 'code.line22', indent: 3, rule: 'followRecv' },
  { key: 'code.line23', indent: 3, rule: 'followOut' },
  { key: 'code.line24', indent: 0, rule: 'reply' },
];

/** LearnerHandler.syncFollower in our words (reference §3.6); a sync mark highlights the branch it names. */
export const SYNC_FOLLOWER: readonly CodeLine[] = [
  { key: 'code.sync0', indent: 0 },
  { key: 'code.sync1', indent: 1, rule: 'inSync' },
  { key: 'code.sync2', indent: 1, rule: 'aheadOfCommittedLog' },
  { key: 'code.sync3', indent: 1, rule: 'committedLog' },
  { key: 'code.sync4', indent: 2, rule: 'committedLog' },
  { key: 'code.sync5', indent: 1, rule: 'txnlogAndCommittedLog' },
  { key: 'code.sync6', indent: 2, rule: 'txnlogAndCommittedLog' },
  { key: 'code.sync7', indent: 1, rule: 'txnlogUnusable' },
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
