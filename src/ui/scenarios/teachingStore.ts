/**
 * View state of the teaching features: the library's menu entries, the loaded scenario's texts and
 * tour, the tour position, problems of an opened file, classroom and embed modes (the panel layout is
 * panelStore's). It listens to the worker's replies (runStore.onReply) and posts teaching commands.
 */
import { create } from 'zustand';
import type { LibraryEntry, Phrase, Reply, ScenarioInfo } from '../../worker/protocol.ts';
import { parseLanguage } from '../i18n/languages.ts';
import { nextRequest, onReply, post, useRunStore } from '../state/runStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { downloadText } from '../export/download.ts';
import { applyPanelLinkNames, classroomPanels, panelLinkNames } from '../state/panelStore.ts';

/** The teaching state. */
export interface TeachingState {
  readonly entries: readonly LibraryEntry[];
  readonly info: ScenarioInfo | null;
  /** The tour step shown, or null when no tour is running. */
  readonly tourIndex: number | null;
  readonly fileProblems: readonly Phrase[] | null;
  readonly classroom: boolean;
  readonly embed: boolean;
}

function queryFlag(name: string): boolean {
  try {
    return new URLSearchParams(globalThis.location?.search ?? '').get(name) === '1';
  } catch {
    return false;
  }
}

/** The teaching store. */
export const useTeachingStore = create<TeachingState>()(() => ({
  entries: [], info: null, tourIndex: null, fileProblems: null,
  classroom: queryFlag('classroom'), embed: queryFlag('embed'),
}));

// A page opened with ?classroom=1 starts with classroom mode's layout.
if (useTeachingStore.getState().classroom) classroomPanels(true);

function receive(r: Reply): void {
  if (r.type === 'library') useTeachingStore.setState({ entries: r.entries });
  else if (r.type === 'loaded') {
    // The first load is also the first moment the worker surely exists: ask for the menu then.
    if (useTeachingStore.getState().entries.length === 0) post({ type: 'library' });
    useTeachingStore.setState({ info: r.info ?? null, tourIndex: null, fileProblems: null });
    if (r.panels) applyPanelLinkNames(r.panels);
    const lang = parseLanguage(r.lang);
    if (lang) useViewStore.getState().setLanguage(lang);
  } else if (r.type === 'fileProblems') useTeachingStore.setState({ fileProblems: r.problems });
  else if (r.type === 'file') downloadText(r.text, r.name, 'application/json');
}

/** Starts listening to the worker's replies; returns the unsubscribe function. */
export function connectTeaching(): () => void {
  return onReply(receive);
}

/** Loads a library preset by id (clears the link: the address bar no longer names the old moment). */
export function loadLibrary(id: string): void {
  useRunStore.setState({ playing: false, shareUrl: null, selectedMessage: null, linkProblem: null });
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  post({ type: 'load', hash: null, preset: null, library: id });
}

/** Opens a scenario file's text; the worker validates it and keeps the current run if it is invalid. */
export function openScenarioText(text: string): void {
  useRunStore.setState({ playing: false });
  useTeachingStore.setState({ fileProblems: null });
  post({ type: 'load', hash: null, preset: null, file: text });
}

/** Shows one problem about a file (e.g. it could not be read) in the file-problems list. */
export function reportFileProblem(problem: Phrase): void {
  useTeachingStore.setState({ fileProblems: [problem] });
}

/** Asks for a v2 share link of this moment, with the open panels and the language. */
export function shareMoment(): void {
  post({ type: 'share', panels: panelLinkNames(), lang: useViewStore.getState().language });
}

/** Saves the run (scenario + actions) or its trace as a file download. */
export function requestFile(kind: 'save' | 'exportTrace'): void {
  // The schema is published next to the app (public/), wherever the app is hosted.
  post(kind === 'save' ? { type: kind, schemaUrl: new URL('scenario.schema.json', document.baseURI).href } : { type: kind });
}

/** Shows tour step `index` (the worker seeks to its exact moment); null ends the tour. */
export function goToTourStep(index: number | null): void {
  useRunStore.setState({ playing: false });
  useTeachingStore.setState({ tourIndex: index });
  if (index !== null) post({ type: 'tour', index, req: nextRequest() });
}

/** Moves the running tour by `delta` steps, staying within it. */
export function moveTour(delta: number): void {
  const { tourIndex, info } = useTeachingStore.getState();
  const n = info?.tour.length ?? 0;
  if (tourIndex === null || n === 0) return;
  const next = Math.max(0, Math.min(n - 1, tourIndex + delta));
  if (next !== tourIndex) goToTourStep(next);
}

/** Turns classroom mode on or off. */
export function setClassroom(on: boolean): void {
  useTeachingStore.setState({ classroom: on });
  classroomPanels(on);
}
