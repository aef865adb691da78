/**
 * View state of the stage itself: the message pointed at (hover or focus), shown in the stage's message
 * card, and whether the legend is open (collapsed by default: the drawing comes first).
 */
import { create } from 'zustand';

/** The stage's view state. */
export interface StageState {
  readonly pointedMessage: number | null;
  readonly legendOpen: boolean;
}

/** The stage store. */
export const useStageStore = create<StageState>()(() => ({ pointedMessage: null, legendOpen: false }));

/** Remembers which message the pointer or the keyboard focus is on (null: none). */
export function pointMessage(id: number | null): void {
  if (useStageStore.getState().pointedMessage !== id) useStageStore.setState({ pointedMessage: id });
}

/** Opens or closes the legend. */
export function setLegendOpen(open: boolean): void {
  useStageStore.setState({ legendOpen: open });
}
