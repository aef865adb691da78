import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { codeFor, explainedMark, LOOK_FOR_LEADER, reasonKey, reasonParams, ruleOf, SYNC_FOLLOWER } from './pseudocode.ts';

const CODES = [
  'fle.lookForLeader', 'fle.sendNotifications', 'fle.poll.resend', 'fle.poll.connectAll', 'fle.ignore.nonVoter', 'fle.round.jump',
  'fle.round.lower', 'fle.vote.adopt', 'fle.vote.keep', 'fle.recvset.put', 'fle.quorum.reached', 'fle.finalize.putBack',
  'fle.finalize.discard', 'fle.decided', 'fle.following.recvset', 'fle.following.outofelection', 'fle.decided.outofelection',
  'receiver.reply.notLooking',
];

describe('pseudo-code of lookForLeader', () => {
  it('has a highlighted line and a reason sentence for every election mark', () => {
    const rules = new Set(LOOK_FOR_LEADER.map((l) => l.rule));
    for (const c of CODES) {
      expect(rules.has(ruleOf(c)!), c).toBe(true);
      expect(Object.hasOwn(en, reasonKey(c)), c).toBe(true);
    }
  });
  it('explains the decisive mark of a step rather than its bookkeeping', () => {
    const m = (code: string) => ({ code, sid: 1, args: {} });
    expect(explainedMark([m('fle.vote.adopt'), m('fle.sendNotifications'), m('fle.recvset.put')])?.code).toBe('fle.vote.adopt');
    expect(explainedMark([m('fle.recvset.put'), m('fle.quorum.reached')])?.code).toBe('fle.quorum.reached');
    expect(explainedMark([m('zab.commit')])).toBeNull();
  });
});

describe('pseudo-code of syncFollower (issue 16)', () => {
  const PATHS = ['inSync', 'aheadOfCommittedLog', 'committedLog', 'txnlogAndCommittedLog', 'txnlogUnusable'];
  it('a sync mark is explained before the bookkeeping of its step, with the branch it names highlighted', () => {
    const sync = { code: 'zab.sync.snap', sid: 2, args: { to: 3, path: 'txnlogUnusable', pathLog: 'Sending snapshot …' } };
    expect(explainedMark([{ code: 'zab.ackepoch', sid: 2, args: {} }, sync, { code: 'zab.newleader', sid: 2, args: {} }])).toBe(sync);
    const { lines, rule } = codeFor(sync);
    expect(lines).toBe(SYNC_FOLLOWER);
    expect(lines.filter((l) => l.rule === rule).length).toBeGreaterThan(0);
  });
  it('every branch has a line, a name in the dictionary, and every mode a reason sentence', () => {
    const rules = new Set(SYNC_FOLLOWER.map((l) => l.rule));
    for (const path of PATHS) {
      expect(rules.has(path), path).toBe(true);
      expect(Object.hasOwn(en, `sync.path.${path}`), path).toBe(true);
    }
    for (const code of ['zab.sync.diff', 'zab.sync.trunc', 'zab.sync.snap']) expect(Object.hasOwn(en, reasonKey(code)), code).toBe(true);
    const p = reasonParams({ code: 'zab.sync.diff', sid: 2, args: { path: 'committedLog' } }, (k) => en[k]);
    expect(p.pathName).toBe('Using committedLog');
  });
});
