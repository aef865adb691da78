/**
 * Predict mode as the app holds it: on or off, which kinds of question the teacher allows (remembered),
 * the learner's answer to the question on screen, and the score of this session. The questions
 * themselves, and their right answers, come from the worker with the frame.
 */
import { create } from 'zustand';
import { QUESTION_KINDS, type Question, type QuestionKind } from '../../worker/protocol.ts';
import { nextRequest, onFrame, onReply, post, setPlaying } from '../state/runStore.ts';

const KINDS_KEY = 'zkscope.predict.kinds';

/** The learner's answer to the question shown, until Continue. */
export interface Answered {
  readonly question: Question;
  readonly chosen: string;
}

/** Predict mode's view state. */
export interface PredictState {
  readonly enabled: boolean;
  readonly kinds: readonly QuestionKind[];
  readonly answered: Answered | null;
  readonly asked: number;
  readonly right: number;
}

function storedKinds(): QuestionKind[] {
  try {
    const raw = JSON.parse(globalThis.localStorage?.getItem(KINDS_KEY) ?? 'null') as unknown;
    if (Array.isArray(raw)) return QUESTION_KINDS.filter((k) => raw.includes(k));
  } catch {
    // Unreadable or unavailable storage: every kind.
  }
  return [...QUESTION_KINDS];
}

/** The predict store. */
export const usePredictStore = create<PredictState>()(() => ({ enabled: false, kinds: storedKinds(), answered: null, asked: 0, right: 0 }));

function configure(): void {
  const s = usePredictStore.getState();
  post({ type: 'predict', enabled: s.enabled, kinds: s.kinds, req: nextRequest() });
}

/** Turns predict mode on or off (the worker stops before the next decision when on). */
export function setPredict(enabled: boolean): void {
  usePredictStore.setState({ enabled, answered: null });
  configure();
}

/** Allows or forbids one kind of question, and remembers the choice on this device. */
export function toggleKind(kind: QuestionKind): void {
  const kinds = usePredictStore.getState().kinds;
  const next = kinds.includes(kind) ? kinds.filter((k) => k !== kind) : QUESTION_KINDS.filter((k) => k === kind || kinds.includes(k));
  usePredictStore.setState({ kinds: next });
  try {
    globalThis.localStorage?.setItem(KINDS_KEY, JSON.stringify(next));
  } catch {
    // Not remembered; the choice holds for this page.
  }
  configure();
}

/** The learner picks an answer: it is scored, and the run moves on to the moment the engine decided. */
export function answer(question: Question, chosen: string): void {
  const s = usePredictStore.getState();
  if (s.answered) return;
  usePredictStore.setState({ answered: { question, chosen }, asked: s.asked + 1, right: s.right + (chosen === question.answer ? 1 : 0) });
  post({ type: 'reveal', req: nextRequest() });
}

/** Closes the reveal card. */
export function dismissReveal(): void {
  usePredictStore.setState({ answered: null });
}

/**
 * A question arriving pauses playback; every newly loaded run gets the settings again (a new session
 * starts with predict off); `?predict=1` in the page's address turns it on.
 */
export function installPredict(): () => void {
  if (new URLSearchParams(location.search).get('predict') === '1') usePredictStore.setState({ enabled: true });
  const offFrame = onFrame((f) => {
    if (f.question) setPlaying(false);
  });
  const offReply = onReply((r) => {
    if (r.type === 'loaded') {
      usePredictStore.setState({ answered: null });
      if (usePredictStore.getState().enabled) configure();
    }
  });
  return () => {
    offFrame();
    offReply();
  };
}
