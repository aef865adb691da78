import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';

/** The list of keyboard shortcuts, opened with `?` (a modal dialog; Escape closes it). */
export function ShortcutsDialog() {
  const t = useT();
  const open = useRunStore((s) => s.shortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const rows: [string, string][] = [
    ['Space', t('shortcuts.space')],
    ['← / →', t('shortcuts.arrows')],
    ['PageUp / PageDown', t('shortcuts.pages')],
    ['.', t('shortcuts.dot')],
    ['Delete', t('shortcuts.delete')],
    ['?', t('shortcuts.question')],
  ];
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" onClose={() => useRunStore.setState({ shortcutsOpen: false })}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt><kbd>{k}</kbd></dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => useRunStore.setState({ shortcutsOpen: false })}>{t('shortcuts.close')}</button>
    </dialog>
  );
}
