import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { explainedMark, LOOK_FOR_LEADER, reasonKey, ruleOf } from './pseudocode.ts';

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
