/**
 * Text that follows the virtual time shown (clock, timeline, countdowns) is written to the DOM by the
 * playback loop on each animation frame, outside React: a frame that only moves time commits nothing.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { addTicker, currentTime } from './loop.ts';

/** Calls `write` with the time shown on every tick, and after every render (so it sees fresh props). */
export function useTicker(write: (time: number) => void): void {
  const latest = useRef(write);
  useLayoutEffect(() => {
    latest.current = write;
    write(currentTime());
  });
  useEffect(() => addTicker((time) => latest.current(time)), []);
}
