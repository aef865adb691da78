/**
 * Log replay as the app sees it (issue 7): the files staged in the "Replay logs" dialog, why the worker
 * refused them, and what the open replay holds. The worker does the replaying; this store only stages
 * text and listens to the worker's answers.
 */
import { create } from 'zustand';
import { m, type Phrase, type ReplayInfo, type ReplayLogFile } from '../../worker/protocol.ts';
import { onReply, post, useRunStore } from '../state/runStore.ts';

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
  /** The open replay, null while a simulated run is shown. */
  readonly info: ReplayInfo | null;
}

/** The replay store. */
export const useReplayStore = create<ReplayState>()(() => ({ dialogOpen: false, staged: [], problems: [], busy: false, info: null }));

const countLines = (text: string): number => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

/** Opens or closes the dialog (closing keeps the staged files for next time). */
export function setReplayDialog(open: boolean): void {
  useReplayStore.setState({ dialogOpen: open, problems: [] });
}

/** Adds files (a staged file of the same name is replaced, so dropping a file again updates it). */
export function stage(files: readonly ReplayLogFile[]): void {
  useReplayStore.setState((s) => {
    const names = new Set(files.map((f) => f.name));
    return { staged: [...s.staged.filter((f) => !names.has(f.name)), ...files.map((f) => ({ ...f, lines: countLines(f.text) }))], problems: [] };
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

/** Removes a staged file. */
export function unstage(name: string): void {
  useReplayStore.setState((s) => ({ staged: s.staged.filter((f) => f.name !== name), problems: [] }));
}

/** Asks the worker to replay the staged files. */
export function startReplay(): void {
  const files = useReplayStore.getState().staged.map(({ name, text }) => ({ name, text }));
  if (files.length === 0) return;
  useReplayStore.setState({ busy: true, problems: [] });
  post({ type: 'replayLogs', files });
}

/** Listens to the worker: a replay opened (close the dialog), was refused (say why), or another run loaded. */
export function connectReplay(): () => void {
  return onReply((r) => {
    if (r.type === 'loaded') useReplayStore.setState({ info: null });
    else if (r.type === 'replayRefused') useReplayStore.setState({ busy: false, problems: r.problems });
    else if (r.type === 'replayed') {
      useReplayStore.setState({ busy: false, info: r.info, dialogOpen: false, problems: [] });
      useRunStore.setState({ playing: false, shareUrl: null, selectedMessage: null });
      // The address bar must not keep a link to the simulated run that was on screen.
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });
}
