import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';

/** A role="status" line announcing the latest change of a server's state. */
export function StatusLine() {
  const t = useT();
  const frame = useRunStore((s) => s.frame);
  const prev = useRef<Map<number, string> | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (!frame) return;
    const before = prev.current;
    const now = new Map(frame.servers.map((s) => [s.id, s.state]));
    prev.current = now;
    if (!before) {
      setText(t('status.ready', { title: frame.title }));
      return;
    }
    const changed = frame.servers.filter((s) => before.get(s.id) !== s.state);
    if (changed.length > 0) setText(changed.map((s) => t('status.change', { id: s.id, state: s.state })).join('; '));
  }, [frame, t]);
  return (
    <p className="status-line" role="status" data-testid="status-line">
      {text}
    </p>
  );
}
