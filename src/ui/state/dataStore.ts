/**
 * View state of the data side (issue 5): which workspace tab is open, which znode is selected, and the
 * commands typed into each console (for ↑/↓ history). The run itself stays in the worker.
 */
import { create } from 'zustand';

/** The workspace tabs. */
export type WorkspaceTab = 'cluster' | 'data' | 'lock' | 'breakit';

/** Data-side view state. */
export interface DataState {
  readonly tab: WorkspaceTab;
  readonly selectedPath: string | null;
  /** Lines typed per session, oldest first. */
  readonly typed: Readonly<Record<string, readonly string[]>>;
}

/** The data-side store. */
export const useDataStore = create<DataState>()(() => ({ tab: 'cluster', selectedPath: null, typed: {} }));

/** Opens a workspace tab. */
export function setTab(tab: WorkspaceTab): void {
  useDataStore.setState({ tab });
}

/** Selects a znode by path (null clears). */
export function selectPath(path: string | null): void {
  useDataStore.setState({ selectedPath: path });
}

/** Remembers a typed line for the session's ↑/↓ history (an immediate repeat is kept once, as JLine does). */
export function rememberTyped(session: string, line: string): void {
  useDataStore.setState((s) => {
    const list = s.typed[session] ?? [];
    if (list[list.length - 1] === line) return s;
    return { typed: { ...s.typed, [session]: [...list, line] } };
  });
}
