/**
 * Break it and predict mode as the worker sees them: the search and the question types of src/sim,
 * re-exported so that the worker stays a thin adapter over the playback layer (design.md §1). Only types
 * and constants from import-free modules: the app's bundle takes its constants from here.
 */
export type { Finding, FindingKind } from '../sim/breakit/findings';
export { FINDING_KINDS } from '../sim/breakit/findings';
export type { BreakItOptions, FaultKind } from '../sim/breakit/options';
export { BREAKIT_SIZES, FAULT_KINDS, MAX_BREAKIT_SEEDS, breakItProblem } from '../sim/breakit/options';
export type { Choice, DecidingMark, Question, QuestionKind } from '../sim/predict/types';
export { QUESTION_KINDS } from '../sim/predict/types';
