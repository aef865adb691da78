import { useRef, type KeyboardEvent } from 'react';

/**
 * The WAI-ARIA tabs keys for a tab list: ←/→ select the previous/next tab and move focus to it. The
 * arrows belong to the tab list there, not to the stepping shortcuts. Returns the refs to attach to the
 * tab buttons and the list's key handler.
 */
export function useRovingTabs<T extends string>(ids: readonly T[], current: T, select: (id: T) => void) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (ev: KeyboardEvent) => {
    const d = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
    if (d === 0) return;
    ev.preventDefault();
    ev.stopPropagation();
    const next = ids[(ids.indexOf(current) + d + ids.length) % ids.length];
    select(next);
    refs.current[next]?.focus();
  };
  return { refs, onKey };
}
