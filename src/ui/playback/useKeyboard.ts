import { useEffect } from 'react';
import { setPlaying, stepBy, useRunStore } from '../state/runStore.ts';

/** Whether the focused control got its focus from a pointer (a click) rather than from Tab. */
let focusedByPointer = false;

/**
 * Whether Space activates the focused control: only when it was reached with the keyboard (Tab). After a
 * mouse click Space is the player's (play/pause); controls that handle keys themselves ask this first.
 */
export function spaceActivatesFocus(): boolean {
  return !focusedByPointer;
}

/** true when the key belongs to the focused control (typing, a select, a button's own Space). */
function ownedByTarget(ev: KeyboardEvent): boolean {
  const el = ev.target as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    // A slider keeps its arrow keys; text fields keep every key.
    return type !== 'range' || ev.key.startsWith('Arrow') || ev.key.startsWith('Page');
  }
  // Space activates a button reached with the keyboard (Tab); one merely focused by a mouse click must not
  // swallow it: Space then plays or pauses, as a presenter expects.
  return ev.key === ' ' && (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') && spaceActivatesFocus();
}

/** Presenter keys: Space play/pause, ←/→ PageUp/PageDown `.` step, `?` shortcuts. */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.ctrlKey || ev.metaKey || ev.altKey || ownedByTarget(ev)) return;
      const s = useRunStore.getState();
      if (s.shortcutsOpen || !s.frame) return;
      switch (ev.key) {
        case ' ':
          setPlaying(!s.playing);
          break;
        case 'ArrowRight':
        case 'PageDown':
        case '.':
          stepBy(1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          stepBy(-1);
          break;
        case '?':
          useRunStore.setState({ shortcutsOpen: true });
          break;
        default:
          return;
      }
      ev.preventDefault();
    };
    const onPointer = () => { focusedByPointer = true; };
    const onTab = (ev: KeyboardEvent) => { if (ev.key === 'Tab') focusedByPointer = false; };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('keydown', onTab, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('keydown', onTab, true);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
