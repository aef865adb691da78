/**
 * Drawing from the run store outside React's render (design.md §5, issue 12): what changes with every
 * frame of the worker — the D3 views, the clock, the scrubber, countdowns — is written straight into the
 * DOM from a store subscription, so a frame that only moves time or messages makes no React commit.
 */
import { useEffect, useLayoutEffect, useRef, type DependencyList, type RefObject } from 'react';
import { useRunStore, type RunState } from '../state/runStore.ts';

/** Whether a store change concerns a drawing: by default, a new frame. */
type Changed = (s: RunState, prev: RunState) => boolean;
const newFrame: Changed = (s, prev) => s.frame !== prev.frame;

/**
 * Calls `draw` with the store's state at once, again whenever `changed` says a store change concerns
 * it, and again when `deps` change (a language switch, a search filter) — never inside React's render.
 */
export function useRunSubscription(draw: (s: RunState) => void, deps: DependencyList, changed: Changed = newFrame): void {
  useEffect(() => {
    draw(useRunStore.getState());
    return useRunStore.subscribe((s, prev) => {
      if (changed(s, prev)) draw(s);
    });
    // The caller's deps stand for what `draw` and `changed` close over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/**
 * Like useRunSubscription, for a secondary view whose drawing can be heavy (the space-time diagram of
 * 51 voters): when `heavy` says so it draws in a task of its own just after the frame's, with the
 * store's latest state, so the browser can paint the stage between the two and frames that arrive
 * together are drawn once. A light drawing goes with the frame: a second task would cost a second
 * page update (style, paint, commit) for every frame.
 */
export function useLaterRunSubscription(draw: (s: RunState) => void, deps: DependencyList, heavy: (s: RunState) => boolean): void {
  useEffect(() => {
    let due = false;
    let live = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      due = false;
      if (live) draw(useRunStore.getState());
    };
    draw(useRunStore.getState());
    const off = useRunStore.subscribe((s, prev) => {
      if (!newFrame(s, prev) || due) return;
      if (!heavy(s)) return draw(s);
      due = true;
      channel.port2.postMessage(null);
    });
    return () => {
      live = false;
      off();
      channel.port1.close();
    };
    // As above: the caller's deps stand for what `draw` closes over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/**
 * Keeps a value of the run store written into an element: `write` runs on mount, when the value changes
 * (compared with Object.is) and when the component renders anyway (e.g. a new language). React renders
 * nothing inside what `write` sets, so the two never fight.
 */
export function useLiveDom<E extends Element, V>(select: (s: RunState) => V, write: (el: E, v: V) => void): RefObject<E | null> {
  const ref = useRef<E>(null);
  const latest = useRef({ select, write });
  useLayoutEffect(() => {
    latest.current = { select, write };
    const el = ref.current;
    if (el) write(el, select(useRunStore.getState()));
  });
  useEffect(
    () =>
      useRunStore.subscribe((s, prev) => {
        const { select: sel, write: wr } = latest.current;
        const v = sel(s);
        if (ref.current && !Object.is(v, sel(prev))) wr(ref.current, v);
      }),
    [],
  );
  return ref;
}
