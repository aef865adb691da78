import { useSyncExternalStore } from 'react';

/** Below this width the workbench is one column: the stage first, the panels as tabs under it. */
export const PHONE_QUERY = '(max-width: 700px)';

function subscribe(fn: () => void): () => void {
  const mq = matchMedia(PHONE_QUERY);
  mq.addEventListener('change', fn);
  return () => mq.removeEventListener('change', fn);
}

/** true on a phone-sized window (follows resizes and rotation). */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, () => matchMedia(PHONE_QUERY).matches);
}
