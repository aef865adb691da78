/**
 * Frames carry only what changed (design.md §5): a part of a frame equal to the one posted before is
 * left out of the patch, so the worker does not clone it again and the app keeps its old object — and a
 * React panel selecting it does not re-render. The app applies a patch with `{ ...previous, ...patch }`.
 */
import type { Frame } from './frame-types';

/** A whole frame (the first of a run), or one with every part that did not change since the previous one left out. */
export type FramePatch = { readonly whole: Frame } | { readonly parts: Partial<Frame> };

/** The parts compared with the previous frame; the others (times, ids, small numbers) always go. */
const COMPARED = [
  'servers', 'links', 'messages', 'tally', 'lastStep', 'marks', 'log', 'markers', 'trace', 'invariant', 'branches', 'tree', 'clients', 'clientMessages', 'dropped', 'network', 'question', 'histories', 'broadcast', 'pending',
] as const satisfies readonly (keyof Frame)[];

/** Turns the frames of one timeline into patches against the frame posted before. */
export class FramePatcher {
  private sent = new Map<string, string>();

  /** Forgets what was sent: the next frame goes whole (a new scenario or replay was opened). */
  reset(): void {
    this.sent.clear();
  }

  /** The patch of `frame` against the previous one. */
  patch(frame: Frame): FramePatch {
    const whole = this.sent.size === 0;
    const parts: { -readonly [K in keyof Frame]?: Frame[K] } = { ...frame };
    for (const key of COMPARED) {
      // JSON is exact for frames: they are plain data with no bigint (zxids travel as hex).
      const text = JSON.stringify(frame[key]) ?? 'undefined';
      if (this.sent.get(key) === text) delete parts[key];
      else this.sent.set(key, text);
    }
    return whole ? { whole: frame } : { parts };
  }
}
