/**
 * Predict mode in a simulated run: moving forward stops just before a step that raises a question, until
 * the learner has answered; the reveal then moves to the moment the answer was decided. Each step is asked
 * about at most once per branch, so stepping back and forth does not repeat a question already answered.
 */
import { nextQuestion } from '../sim/predict/predict';
import type { Question, QuestionKind } from '../sim/predict/types';
import { QUESTION_KINDS } from '../sim/predict/types';
import type { Run } from './run';

/** The question waiting for an answer, and the step (position) at which it was asked. */
export interface PendingQuestion {
  readonly question: Question;
  readonly askedAt: number;
}

/** Predict mode's state for one session. */
export class PredictGate {
  private enabled = false;
  private kinds: ReadonlySet<QuestionKind> = new Set(QUESTION_KINDS);
  private readonly asked = new Set<string>();
  pending: PendingQuestion | null = null;

  /** Turns predict mode on or off, with the kinds of question to ask. */
  configure(enabled: boolean, kinds: readonly QuestionKind[]): void {
    this.enabled = enabled;
    this.kinds = new Set(kinds.filter((k) => QUESTION_KINDS.includes(k)));
    if (!enabled) this.pending = null;
  }

  /**
   * Where a forward move from `from` to `to` steps on `run` (of branch `branch`) should stop: before the
   * first step that raises a question (then `pending` is set), else at `to`.
   */
  stopFor(run: Run, branch: number, from: number, to: number): number {
    if (!this.enabled || this.kinds.size === 0 || to <= from) return to;
    for (let p = from; p < to; p++) {
      if (run.seekStep(p) < p) return p;
      const key = `${branch}:${p}`;
      if (this.asked.has(key)) continue;
      const q = nextQuestion(run.world, this.kinds);
      this.asked.add(key);
      if (q) {
        this.pending = { question: q, askedAt: p };
        return p;
      }
    }
    return to;
  }

  /** The step to show after the reveal (just after the deciding step); asks nothing up to it again. */
  reveal(branch: number): number | null {
    const p = this.pending;
    if (!p) return null;
    for (let s = p.askedAt; s <= p.question.decidedAtStep; s++) this.asked.add(`${branch}:${s}`);
    this.pending = null;
    return p.question.decidedAtStep + 1;
  }
}
