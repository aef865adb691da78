/**
 * Predict mode's questions (issue 18). A question is asked just before a step at which the engine makes
 * a decision, and its right answer is what the engine then did: the question is built by running a copy
 * of the world ahead, never by a second model of the protocol. Texts are i18n keys with parameters.
 */
import type { MarkView } from '../../engine/marks';

/** The kinds of question, each of which a teacher can turn off. */
export const QUESTION_KINDS = ['vote', 'leader', 'followers', 'finalize', 'sync', 'watches', 'lock'] as const;
/** One kind of question. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A parameter of a question's or an answer's text. */
export type TextParams = Readonly<Record<string, string | number>>;

/** One answer offered. `key` names its text (`predict.choice.<key>`). */
export interface Choice {
  readonly id: string;
  readonly key: string;
  readonly params: TextParams;
}

/** The rule that decided, as the engine marked it. */
export type DecidingMark = MarkView;

/** A question, its answers, the right one and the mark that will show why. */
export interface Question {
  readonly kind: QuestionKind;
  /** Text of the question (`predict.q.<kind>`) and its parameters. */
  readonly params: TextParams;
  readonly choices: readonly Choice[];
  readonly answer: string;
  /** The step (index in the run) at which the answer is decided, and its mark. */
  readonly decidedAtStep: number;
  readonly decidedAtTime: number;
  readonly mark: DecidingMark;
}
