/**
 * Predict mode's entry: given the world shown, is the next step a decision worth a question? The next
 * step is computed on a scout copy; the world shown is never touched.
 */
import type { World } from '../world';
import { step } from '../world';
import { firstQuorum, followersQuestion, finalizeQuestion, leaderQuestion, voteQuestion } from './questions-election';
import { lockQuestion, syncQuestion, watchesQuestion } from './questions-data';
import { scoutOf } from './scout';
import type { Question, QuestionKind } from './types';

/** The question the next step raises, if any of the enabled kinds applies (in a fixed order of priority). */
export function nextQuestion(shown: World, kinds: ReadonlySet<QuestionKind>): Question | null {
  const scout = scoutOf(shown);
  const r = step(scout);
  if (!r) return null;
  // Builders that only read the step come first; those that run the scout ahead go last (it moves on).
  if (kinds.has('vote')) {
    const q = voteQuestion(shown, r, scout);
    if (q) return q;
  }
  if (kinds.has('watches')) {
    const q = watchesQuestion(shown, r, scout);
    if (q) return q;
  }
  const quorum = r.marks.some((m) => m.code === 'fle.quorum.reached');
  if (quorum && kinds.has('leader') && firstQuorum(shown)) return leaderQuestion(shown, r, scout);
  if (quorum && kinds.has('finalize')) return finalizeQuestion(shown, r, scout);
  if (kinds.has('followers') && r.marks.some((m) => m.code === 'fle.decided' && m.args.state === 'LEADING')) return followersQuestion(shown, r, scout);
  if (kinds.has('sync') && r.marks.some((m) => m.code === 'zab.followerinfo')) return syncQuestion(shown, r, scout);
  if (kinds.has('lock')) return lockQuestion(shown, r, scout);
  return null;
}
