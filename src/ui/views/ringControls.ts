/** What the ring's servers, links and messages share as controls: activation by key, and names with queued changes. */
import { spaceActivatesFocus } from '../playback/useKeyboard.ts';
import type { Coming } from './pending.ts';
import type { RingLabels } from './ringView.ts';

/** A name, with the change queued for it while paused if there is one. */
export const said = <T>(labels: RingLabels, name: string, c: Coming<T> | undefined, kind: (v: T) => 'stop' | 'start' | 'lost') =>
  c ? `${name}, ${labels.coming(kind(c.value), c.step)}` : name;

/** A keydown handler that activates with Enter, or Space when Space is not taken for play/pause. */
export const activate = (fn: () => void) => (ev: KeyboardEvent) => {
  // Space after a mouse click on a server or link plays or pauses (useKeyboard), as after any button.
  if (ev.key === 'Enter' || (ev.key === ' ' && spaceActivatesFocus())) {
    ev.preventDefault();
    ev.stopPropagation();
    fn();
  }
};
