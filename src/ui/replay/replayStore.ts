/**
 * Log replay as the app sees it (issue 7): the files staged in the "Replay logs" dialog, why the worker
 * refused them, and what the open replay holds. The worker does the replaying; this store only stages
 * text and listens to the worker's answers.
 */
import { create } from 'zustand';
import { m, type Phrase, type ReplayInfo, type ReplayLogFile } from '../../worker/protocol.ts';
import { onReply, onRestart, post, useRunStore } from '../state/runStore.ts';
import type { LogSample } from './samples.ts';

/** Files bigger than this are not read at all (server logs of an election are kilobytes to megabytes). */
export const MAX_FILE_BYTES = 20_000_000;

/** A file waiting in the dialog. */
export interface StagedFile extends ReplayLogFile {
  readonly lines: number;
}

/** Replay view state. */
export interface ReplayState {
  readonly dialogOpen: boolean;
  readonly staged: readonly StagedFile[];
  /** Why the staged files could not be read or replayed; the current run is untouched. */
  readonly problems: readonly Phrase[];
  readonly busy: boolean;
  /** Lines read so far while the worker replays (null when not replaying). */
  readonly progress: { readonly linesDone: number; readonly linesTotal: number } | null;
  /** The sample the staged files came from (its explanation and text are shown with the replay), or null. */
  readonly sample: LogSample | null;
  /** The sample of the open replay, or null. */
  readonly openSample: LogSample | null;
  /** The open replay, null while a simulated run is shown. */
  readonly info: ReplayInfo | null;
}

/** The replay store. */
export const useReplayStore = create<ReplayState>()(() => ({ dialogOpen: false, staged: [], problems: [], busy: false, progress: null, sample: null, openSample: null, info: null }));

const countLines = (text: string): number => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

/** Opens or closes the dialog (closing keeps the staged files for next time). */
export function setReplayDialog(open: boolean): void {
  useReplayStore.setState({ dialogOpen: open, problems: [] });
}

/** Adds files (a staged file of the same name is replaced, so dropping a file again updates it). */
export function stage(files: readonly ReplayLogFile[]): void {
  useReplayStore.setState((s) => {
    const names = new Set(files.map((f) => f.name));
    return { staged: [...s.staged.filter((f) => !names.has(f.name)), ...files.map((f) => ({ ...f, lines: countLines(f.text) }))], problems: [], sample: null };
  });
}

/** Reads dropped or picked files as text; a file too big to be a log is named in the problems instead. */
export async function stageFiles(files: readonly File[]): Promise<void> {
  const tooBig = files.filter((f) => f.size > MAX_FILE_BYTES);
  const read = await Promise.all(files.filter((f) => f.size <= MAX_FILE_BYTES).map(async (f) => ({ name: f.name, text: await f.text() })));
  stage(read);
  if (tooBig.length) {
    useReplayStore.setState({ problems: tooBig.map((f) => m`${f.name}: ${f.size} bytes, more than the ${MAX_FILE_BYTES} a log file may have here`) });
  }
}

/** Stages a sample's text alone, under its title as file name, and replays it. */
export function replaySample(sample: LogSample, fileName: string): void {
  useReplayStore.setState({ staged: [{ name: fileName, text: sample.text, lines: countLines(sample.text) }], problems: [], sample });
  startReplay();
}

/** Removes a staged file. */
export function unstage(name: string): void {
  useReplayStore.setState((s) => ({ staged: s.staged.filter((f) => f.name !== name), problems: [], sample: null }));
}

/** The files last sent to be replayed, and those of the replay on screen (a restarted worker replays them again). */
let sentFiles: readonly ReplayLogFile[] = [];
let openFiles: readonly ReplayLogFile[] | null = null;

/** Asks the worker to replay the staged files. */
export function startReplay(): void {
  const files = useReplayStore.getState().staged.map(({ name, text }) => ({ name, text }));
  if (files.length === 0) return;
  sentFiles = files;
  useReplayStore.setState({ busy: true, problems: [], progress: null });
  post({ type: 'replayLogs', files });
}

/** Listens to the worker: a replay opened (close the dialog), was refused (say why), or another run loaded. */
export function connectReplay(): () => void {
  const offRestart = onRestart(() => {
    if (openFiles) post({ type: 'replayLogs', files: openFiles });
    return openFiles !== null;
  });
  const offReply = onReply((r) => {
    if (r.type === 'loaded') {
      openFiles = null;
      useReplayStore.setState({ info: null, openSample: null });
    }
    else if (r.type === 'replayProgress') useReplayStore.setState({ progress: { linesDone: r.linesDone, linesTotal: r.linesTotal } });
    else if (r.type === 'replayRefused') useReplayStore.setState({ busy: false, progress: null, problems: r.problems });
    // The worker failed while replaying: the dialog stops waiting and says why; the staged files stay.
    else if (r.type === 'error' && useReplayStore.getState().busy) useReplayStore.setState({ busy: false, progress: null, problems: [r.message] });
    else if (r.type === 'replayed') {
      openFiles = sentFiles;
      useReplayStore.setState((s) => ({ busy: false, progress: null, info: r.info, openSample: s.sample, dialogOpen: false, problems: [] }));
      useRunStore.setState({ playing: false, shareUrl: null, selectedMessage: null });
      // The address bar must not keep a link to the simulated run that was on screen.
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });
  return () => {
    offRestart();
    offReply();
  };
}
