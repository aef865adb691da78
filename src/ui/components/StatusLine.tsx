import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { useScenarioTitle } from '../scenarios/ScenarioInfo.tsx';
import { useTeachingStore } from '../scenarios/teachingStore.ts';
import { useReplayStore } from '../replay/replayStore.ts';
import { useRunStore } from '../state/runStore.ts';

/** What the line announces, kept as data so a language switch re-words it (and the scenario's title) at once. */
type Status = { readonly loaded: true } | { readonly changes: readonly { readonly id: number; readonly state: string }[] } | null;

/** The run's title in the UI's language: the replayed files, the scenario's localized title, else the frame's. */
function useRunTitle(): string {
  const t = useT();
  const frameTitle = useRunStore((s) => s.frame?.title ?? '');
  const infoTitle = useTeachingStore((s) => s.info?.title);
  const localized = useScenarioTitle();
  const replayed = useReplayStore((s) => s.info?.files);
  if (replayed) return t('replay.title', { files: replayed.join(', ') });
  return infoTitle === frameTitle ? localized : frameTitle;
}

/** A role="status" line announcing the latest change of a server's state. */
export function StatusLine() {
  const t = useT();
  // The servers only: a frame in which no server changed keeps the same array and renders nothing.
  const servers = useRunStore((s) => s.frame?.servers);
  const title = useRunTitle();
  const prev = useRef<Map<number, string> | null>(null);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => {
    if (!servers) return;
    const before = prev.current;
    const now = new Map(servers.map((s) => [s.id, s.state]));
    prev.current = now;
    if (!before) {
      setStatus({ loaded: true });
      return;
    }
    const changed = servers.filter((s) => before.get(s.id) !== s.state);
    if (changed.length > 0) setStatus({ changes: changed.map((s) => ({ id: s.id, state: s.state })) });
  }, [servers]);
  let text = '';
  if (status && 'loaded' in status) text = t('status.ready', { title });
  else if (status) text = status.changes.map((c) => t('status.change', { id: c.id, state: c.state })).join(t('status.separator'));
  return (
    <p className="status-line" role="status" data-testid="status-line">
      {text}
    </p>
  );
}
