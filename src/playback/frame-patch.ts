/**
 * Frames carry only what changed (design.md §5): a part of a frame equal to the one posted before is
 * left out of the patch, so the worker does not clone it again and the app keeps its old object — and a
 * React panel selecting it does not re-render. The messages in flight go as their changes (51 voters
 * keep a thousand on the wire and a step adds or ends a few), and the app keeps the objects of the
 * messages that did not change. `applyFramePatch` rebuilds the exact frame.
 */
import type { Frame } from './frame-types';
import { diffMessages, patchMessages, type MessageChanges } from './message-changes';

export type { MessageChanges } from './message-changes';

/**
 * A whole frame (the first of a run), or one with every part that did not change since the previous one
 * left out; `messages`, when the frame's messages changed, says how (instead of `parts.messages`).
 */
export type FramePatch = { readonly whole: Frame } | { readonly parts: Partial<Frame>; readonly messages?: MessageChanges };

/** The parts compared with the previous frame; the others (times, ids, small numbers) always go. */
const COMPARED = [
  'servers', 'links', 'tally', 'lastStep', 'marks', 'log', 'markers', 'trace', 'invariant', 'branches', 'tree', 'clients', 'clientMessages', 'dropped', 'network', 'question', 'histories', 'broadcast', 'pending',
] as const satisfies readonly (keyof Frame)[];

/** Turns the frames of one timeline into patches against the frame posted before. */
export class FramePatcher {
  private sent = new Map<string, string>();
  /** The messages of the frame posted before, by id, as JSON; null before the first frame. */
  private sentMessages: Map<number, string> | null = null;
  private sentOrder: readonly number[] = [];

  /** Forgets what was sent: the next frame goes whole (a new scenario or replay was opened). */
  reset(): void {
    this.sent.clear();
    this.sentMessages = null;
    this.sentOrder = [];
  }

  /** The patch of `frame` against the previous one. */
  patch(frame: Frame): FramePatch {
    const whole = this.sentMessages === null;
    const parts: { -readonly [K in keyof Frame]?: Frame[K] } = { ...frame };
    for (const key of COMPARED) {
      // JSON is exact for frames: they are plain data with no bigint (zxids travel as hex).
      const text = JSON.stringify(frame[key]) ?? 'undefined';
      if (this.sent.get(key) === text) delete parts[key];
      else this.sent.set(key, text);
    }
    const diff = diffMessages(this.sentMessages ?? new Map(), this.sentOrder, frame.messages);
    this.sentMessages = diff.sent;
    this.sentOrder = diff.order;
    if (whole) return { whole: frame };
    delete parts.messages;
    if (diff.changes === 'same') return { parts };
    // Most of them changed (a seek far away): the whole list is smaller than its changes.
    if (diff.changes === 'all') return { parts: { ...parts, messages: frame.messages } };
    return { parts, messages: diff.changes };
  }
}

/** The frame a patch describes, given the frame shown before it (null: none yet, so only a whole one will do). */
export function applyFramePatch(prev: Frame | null, p: FramePatch): Frame | null {
  if ('whole' in p) return p.whole;
  if (!prev) return null;
  const next: Frame = { ...prev, ...p.parts };
  return p.messages ? { ...next, messages: patchMessages(prev.messages, p.messages) } : next;
}
