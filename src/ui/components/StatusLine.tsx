import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';

/** A role="status" line announcing the latest change of a server's state. */
export function StatusLine() {
  const t = useT();
  // The servers only: a frame in which no server changed keeps the same array and renders nothing.
  const servers = useRunStore((s) => s.frame?.servers);
  const title = useRunStore((s) => s.frame?.title ?? '');
  const prev = useRef<Map<number, string> | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (!servers) return;
    const before = prev.current;
    const now = new Map(servers.map((s) => [s.id, s.state]));
    prev.current = now;
    if (!before) {
      setText(t('status.ready', { title }));
      return;
    }
    const changed = servers.filter((s) => before.get(s.id) !== s.state);
    if (changed.length > 0) setText(changed.map((s) => t('status.change', { id: s.id, state: s.state })).join('; '));
  }, [servers, title, t]);
  return (
    <p className="status-line" role="status" data-testid="status-line">
      {text}
    </p>
  );
}
